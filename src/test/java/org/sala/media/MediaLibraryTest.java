package org.sala.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.account.Role;
import org.sala.post.PostDetails;
import org.sala.post.PostPageService;
import org.sala.post.service.PostDraft;
import org.sala.post.service.PostEditingService;
import org.sala.post.service.SavedPost;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class MediaLibraryTest {

    @Autowired
    TestData data;

    @Autowired
    MediaLibraryService media;

    @Autowired
    PostEditingService editing;

    @Autowired
    PostPageService pages;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @BeforeEach
    void anAuthor() {
        data.reset();
        jdbc.update("DELETE FROM media_file");
        data.staff("malee", Role.AUTHOR);
    }

    @Test
    void anImageIsKeptAndServedWithTheTypeFoundInItsBytes() throws Exception {
        byte[] png = png();
        MediaLink link = asMalee(() -> media.store("../../Field visit ພາບ.PNG", write("upload.tmp", png)));

        assertThat(link.contentType()).isEqualTo("image/png");
        assertThat(link.name()).isEqualTo("Field visit ພາບ.png");
        HttpResponse<byte[]> served = get(link.path());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(served.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
        assertThat(served.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(served.body()).isEqualTo(png);
        assertThat(get("/media/00000000-0000-0000-0000-000000000000/none.png").statusCode()).isEqualTo(404);
    }

    @Test
    void aPdfIsAcceptedAndScriptDressedAsAnImageIsNot() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(asMalee(() -> media.store("report.pdf", write("a.tmp", pdf))).contentType())
                .isEqualTo("application/pdf");

        Path html = write("b.tmp", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> asMalee(() -> media.store("cute-cat.png", html)))
                .isInstanceOfSatisfying(UploadRejectedException.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo("media.error.type"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM media_file", Long.class)).isEqualTo(1);
    }

    @Test
    void tooLargeOrEmptyFilesAreRefused() throws Exception {
        Path large = temp.resolve("large.tmp");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(media.maxSizeBytes() + 1);
        }
        assertThatThrownBy(() -> asMalee(() -> media.store("big.pdf", large)))
                .isInstanceOfSatisfying(UploadRejectedException.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo("media.error.too-large"));
        Path empty = write("empty.tmp", new byte[0]);
        assertThatThrownBy(() -> asMalee(() -> media.store("nothing.png", empty)))
                .isInstanceOfSatisfying(UploadRejectedException.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo("media.error.empty"));
        assertThatThrownBy(() -> media.store("anonymous.png", write("c.tmp", png())))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM media_file", Long.class)).isZero();
    }

    @Test
    void aPostShowsItsFeaturedImageAndAttachments() throws Exception {
        MediaLink image = asMalee(() -> media.store("cover.png", write("d.tmp", png())));
        MediaLink pdf = asMalee(() -> media.store("brief.pdf", write("e.tmp",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))));
        PostDraft draft = new PostDraft();
        draft.setTitle("With files");
        draft.setBody("See the brief.");
        draft.setFeaturedImageId(image.id());
        draft.setAttachmentIds(List.of(pdf.id()));
        SavedPost post = asMalee(() -> editing.publishNow(draft));

        PostDetails details = pages.published(post.slug()).orElseThrow();
        assertThat(details.featuredImage()).contains(image);
        assertThat(details.attachments()).containsExactly(pdf);

        PostDraft without = asMalee(() -> editing.open(post.id())).draft();
        assertThat(without.getAttachmentIds()).containsExactly(pdf.id());
        without.setAttachmentIds(List.of());
        without.setFeaturedImageId(null);
        asMalee(() -> editing.save(without));
        PostDetails after = pages.published(post.slug()).orElseThrow();
        assertThat(after.featuredImage()).isEmpty();
        assertThat(after.attachments()).isEmpty();
    }

    @Test
    void aPdfIsNoFeaturedImageAndAnotherPostsFileStaysWithIt() {
        MediaLink pdf = asMalee(() -> media.store("brief.pdf", write("f.tmp",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))));
        PostDraft first = new PostDraft();
        first.setTitle("First");
        first.setAttachmentIds(List.of(pdf.id()));
        SavedPost owner = asMalee(() -> editing.publishNow(first));

        PostDraft second = new PostDraft();
        second.setTitle("Second");
        second.setFeaturedImageId(pdf.id());
        second.setAttachmentIds(List.of(pdf.id()));
        SavedPost other = asMalee(() -> editing.publishNow(second));

        assertThat(pages.published(other.slug()).orElseThrow().featuredImage()).isEmpty();
        assertThat(pages.published(other.slug()).orElseThrow().attachments()).isEmpty();
        assertThat(pages.published(owner.slug()).orElseThrow().attachments()).containsExactly(pdf);
    }

    private <T> T asMalee(Supplier<T> work) {
        return data.asStaff("malee", Role.AUTHOR, work);
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(temp.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 3, 0x0d6b68);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
