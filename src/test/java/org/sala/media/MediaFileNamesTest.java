package org.sala.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sala.account.Role;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.LogErrors;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whatever an uploaded file was called, it is kept under a name safe to show, and its link
 * answers with the file and that name; a name with nothing usable left is refused, never an error.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MediaFileNamesTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestData data;

    @Autowired
    MediaLibraryService media;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    private CapturedOutput output;

    @BeforeEach
    void anAuthor(CapturedOutput output) {
        this.output = output;
        data.reset();
        data.staff("malee", Role.AUTHOR);
    }

    @AfterEach
    void nothingWasLoggedAsAnError() {
        assertThat(LogErrors.in(output)).as("errors in the log").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            report;v2.pdf             | report;v2.pdf
            100% sure.pdf             | 100% sure.pdf
            %2e%2e%2fup.pdf           | %2e%2e%2fup.pdf
            %3B%25.pdf                | %3B%25.pdf
            notes #3.pdf              | notes #3.pdf
            what?.pdf                 | what?.pdf
            a?b=c&d#e.pdf             | a?b=c&d#e.pdf
            `  my   report 2026 .pdf` | my   report 2026.pdf
            ឯកសារ.pdf                 | ឯកសារ.pdf
            ឯកសារ របាយការណ៍ ២០២៦.pdf  | ឯកសារ របាយការណ៍ ២០២៦.pdf
            🎉 party 👩‍👩‍👧.pdf       | 🎉 party 👩‍👩‍👧.pdf
            "quoted".pdf              | quoted.pdf
            a/b.pdf                   | a-b.pdf
            ..\\x.pdf                 | x.pdf
            ../../etc.pdf             | etc.pdf
            /var/www/../up;load.pdf   | var-up;load.pdf
            C:\\Users\\me\\brief.PDF  | C:-Users-me-brief.pdf
            .hidden.pdf               | hidden.pdf
            """)
    void everyStoredFileIsServedByItsLinkUnderItsName(String uploadedAs, String keptAs) {
        MediaLink link = asMalee(() -> media.store(uploadedAs, write(PDF)));

        assertThat(link.name()).isEqualTo(keptAs);
        HttpResponse<byte[]> served = Http.get(port, link.path());
        assertThat(served.statusCode()).as("GET " + link.path()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(PDF);
        assertThat(Http.contentType(served)).isEqualTo("application/pdf");
        String disposition = served.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(ContentDisposition.parse(disposition).getFilename()).as(disposition).isEqualTo(keptAs);
        assertThat(ContentDisposition.parse(disposition).isInline()).isTrue();
        assertThat(disposition).contains("filename*=UTF-8''");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"/", "../..", "..\\..\\", "...", ".pdf", " - _ .pdf", "\u0000\u2028.pdf", ""})
    void aNameWithNothingUsableLeftIsRefused(String uploadedAs) {
        assertThatThrownBy(() -> asMalee(() -> media.store(uploadedAs, write(PDF))))
                .isInstanceOfSatisfying(UploadRejectedException.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo("media.error.name"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM media_file", Long.class)).isZero();
    }

    private <T> T asMalee(Supplier<T> work) {
        return data.asStaff("malee", Role.AUTHOR, work);
    }

    private Path write(byte[] bytes) {
        try {
            return Files.write(Files.createTempFile(temp, "upload", ".tmp"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
