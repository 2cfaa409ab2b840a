package org.sala.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sala.search.service.PostSearchService;
import org.sala.search.service.SearchHit;
import org.sala.search.service.SearchResults;
import org.sala.search.service.TextRun;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PostSearchServiceTest {

    private static final LocalDateTime DAY = LocalDateTime.of(2018, 3, 5, 9, 0);

    @Autowired
    TestData data;

    @Autowired
    PostSearchService search;

    @BeforeEach
    void reset() {
        data.reset();
    }

    private static List<String> titles(SearchResults results) {
        return results.hits().stream().map(hit -> hit.post().title()).toList();
    }

    private static List<String> marked(List<TextRun> runs) {
        return runs.stream().filter(TextRun::match).map(TextRun::text).toList();
    }

    @Test
    void findsPostsContainingEveryWordWithTitleMatchesFirst() {
        data.publish("Recruitment fees explained", "How fees turn into debt for workers.", DAY, List.of("Blog"),
                List.of());
        data.publish("A seminar on debt", "Speakers discussed recruitment and the fees agencies charge.",
                DAY.plusDays(1), List.of("Events"), List.of());
        data.publish("Fees alone", "Nothing about hiring here.", DAY.plusDays(2), List.of("Blog"), List.of());

        SearchResults results = search.search("recruitment fees", 1);

        assertThat(results.termTexts()).containsExactly("recruitment", "fees");
        assertThat(titles(results)).containsExactly("Recruitment fees explained", "A seminar on debt");
        SearchHit best = results.hits().getFirst();
        assertThat(marked(best.title())).containsExactly("Recruitment", "fees");
        assertThat(marked(results.hits().get(1).snippet())).contains("recruitment", "fees");
    }

    @Test
    void longerWordsAlsoFindTheirLongerForms() {
        data.publish("Migrants at sea", "Fishers far from home.", DAY, List.of("Blog"), List.of());
        data.publish("At the border", "A short note.", DAY.plusDays(1), List.of("Blog"), List.of());

        assertThat(titles(search.search("migrant", 1))).containsExactly("Migrants at sea");
        assertThat(titles(search.search("at", 1))).containsExactly("At the border", "Migrants at sea");
        assertThat(titles(search.search("a", 1))).containsExactly("At the border");
    }

    @Test
    void findsAThaiWordInsideThaiTextWrittenWithoutSpaces() {
        data.publish("แรงงานข้ามชาติกับการค้ามนุษย์",
                "องค์กรสมาชิกได้รับเรื่องร้องเรียนจากแรงงานข้ามชาติที่ถูกหลอกไปทำงานและตกเป็นเหยื่อการค้ามนุษย์ในหลายประเทศ",
                DAY, List.of("Blog"), List.of());
        data.publish("ข่าวการประชุมประจำปี", "สมาชิกเครือข่ายจะพบกันที่เวียงจันทน์ในเดือนพฤศจิกายน",
                DAY.plusDays(1), List.of("Updates"), List.of());
        data.publish("An English post", "Nothing in Thai here.", DAY.plusDays(2), List.of("Updates"), List.of());

        SearchResults trafficking = search.search("การค้ามนุษย์", 1);
        assertThat(trafficking.termTexts()).containsExactly("การค้ามนุษย์");
        assertThat(titles(trafficking)).containsExactly("แรงงานข้ามชาติกับการค้ามนุษย์");
        assertThat(marked(trafficking.hits().getFirst().title())).containsExactly("การค้ามนุษย์");
        assertThat(marked(trafficking.hits().getFirst().snippet())).containsExactly("การค้ามนุษย์");

        assertThat(titles(search.search("เวียงจันทน์", 1))).containsExactly("ข่าวการประชุมประจำปี");
        assertThat(titles(search.search("เหยื่อ", 1))).containsExactly("แรงงานข้ามชาติกับการค้ามนุษย์");
    }

    @Test
    void wordsTypedTogetherWithoutSpacesMustAppearTogether() {
        // การ, ค้า and มนุษย์ all occur here, but never as การค้ามนุษย์ (human trafficking).
        data.publish("การค้าชายแดน", "การค้าขายของชุมชนและสิทธิมนุษยชนของมนุษย์ทุกคน", DAY, List.of("Blog"), List.of());
        data.publish("การค้ามนุษย์", "รายงานเรื่องการค้ามนุษย์", DAY.plusDays(1), List.of("Blog"), List.of());

        assertThat(titles(search.search("การค้ามนุษย์", 1))).containsExactly("การค้ามนุษย์");
        assertThat(titles(search.search("การค้า มนุษย์", 1))).containsExactly("การค้ามนุษย์", "การค้าชายแดน");
    }

    @Test
    void findsKhmerVietnameseAndEmojiText() {
        data.publish("វគ្គបណ្តុះបណ្តាលស្តីពីការធ្វើចំណាកស្រុក", "អ្នកស្ម័គ្រចិត្តសហគមន៍បានចូលរួមវគ្គបណ្តុះបណ្តាល 🌏",
                DAY, List.of("Events"), List.of());
        data.publish("Đi xa an toàn", "Chương trình dành cho thanh niên di cư.", DAY.plusDays(1), List.of("Events"),
                List.of());

        assertThat(titles(search.search("ចំណាកស្រុក", 1))).containsExactly("វគ្គបណ្តុះបណ្តាលស្តីពីការធ្វើចំណាកស្រុក");
        assertThat(titles(search.search("thanh niên", 1))).containsExactly("Đi xa an toàn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+-><()~*:\"\"@", ".*+?()[]{}|^$\\", "%%\\%", "\u0000\u0007\u001b", "   ", ""})
    void aQueryOfOnlySymbolsSearchesForNothing(String query) {
        data.publish("Anything", "Any text at all.", DAY, List.of("Blog"), List.of());

        SearchResults results = search.search(query, 1);

        assertThat(results.hasWords()).isFalse();
        assertThat(results.hits()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "'; DROP TABLE post; --",
        "\" OR 1=1 --",
        "' UNION SELECT password_hash FROM account --",
        "+-><()~*:\"\"@distance 3",
        ".*[a-z]+(?=x)\\d{2,}$^|\\",
        "\u0000\u0007\u001b[31m red"
    })
    void injectionAndRegexQueriesAreJustWords(String query) {
        data.publish("Anything", "Any text at all.", DAY, List.of("Blog"), List.of());

        SearchResults results = search.search(query, 1);

        assertThat(results.hasWords()).isTrue();
        assertThat(results.hits()).isEmpty();
        assertThat(titles(search.search("anything", 1))).containsExactly("Anything");
    }

    @Test
    void metacharactersAroundARealWordStillFindIt() {
        data.publish("Helpline cards for Lao workers", "Wallet-sized cards.", DAY, List.of("Updates"), List.of());

        assertThatCode(() -> search.search("+helpline* (\"cards\") -debt ~%' OR '1'='1", 1)).doesNotThrowAnyException();
        assertThat(titles(search.search("\"helpline\" +cards*", 1))).containsExactly("Helpline cards for Lao workers");
        assertThat(titles(search.search("helpline'); DROP TABLE post_search; --", 1))).isEmpty();
        assertThat(titles(search.search("helpline", 1))).containsExactly("Helpline cards for Lao workers");
    }

    @Test
    void resultsArePaged() {
        IntStream.rangeClosed(1, 13).forEach(n -> data.publish("Bulletin " + n, "The weekly bulletin number " + n,
                DAY.plusDays(n), List.of("Newsletters"), List.of()));

        SearchResults first = search.search("bulletin", 1);
        SearchResults second = search.search("bulletin", 2);

        assertThat(first.hits()).hasSize(10);
        assertThat(first.hasMore()).isTrue();
        assertThat(second.hits()).hasSize(3);
        assertThat(second.hasMore()).isFalse();
        assertThat(second.hasPrevious()).isTrue();
        assertThat(titles(first)).doesNotContainAnyElementsOf(titles(second));
    }

    @Test
    void wordsManyPostsContainListThemNewestFirstStillRequiringEveryWord() {
        data.publish("Theory of harvest", "Notes.", DAY.minusDays(1), List.of("Blog"), List.of());
        data.publish("Harvest", "All about it.", DAY, List.of("Blog"), List.of());
        IntStream.rangeClosed(1, 14).forEach(n -> data.publish("Report " + n,
                "The harvest " + (n % 7 == 0 ? "season" : "festival") + " report number " + n + ".", DAY.plusDays(n),
                List.of("Blog"), List.of()));
        data.publish("Harvesters", "At work in the fields.", DAY.plusDays(20), List.of("Blog"), List.of());
        data.publish("Newest", "Nothing about the fields.", DAY.plusDays(30), List.of("Blog"), List.of());

        // 17 posts hold "harvest" (one as "Harvesters"): a common word, so newest first, and the
        // title match, oldest, comes last instead of first
        SearchResults first = search.search("harvest", 1);
        assertThat(titles(first)).containsExactly("Harvesters", "Report 14", "Report 13", "Report 12", "Report 11",
                "Report 10", "Report 9", "Report 8", "Report 7", "Report 6");
        assertThat(first.hasMore()).isTrue();
        assertThat(marked(first.hits().getFirst().title())).containsExactly("Harvesters");
        SearchResults second = search.search("harvest", 2);
        assertThat(titles(second)).containsExactly("Report 5", "Report 4", "Report 3", "Report 2", "Report 1", "Harvest",
                "Theory of harvest");
        assertThat(second.hasMore()).isFalse();

        // every word is still required: twelve reports hold both
        assertThat(titles(search.search("harvest festival", 1))).containsExactly("Report 13", "Report 12", "Report 11",
                "Report 10", "Report 9", "Report 8", "Report 6", "Report 5", "Report 4", "Report 3");
        assertThat(titles(search.search("harvest festival", 2))).containsExactly("Report 2", "Report 1");
        // a rare pair is ranked as before
        assertThat(titles(search.search("harvest season", 1))).containsExactlyInAnyOrder("Report 14", "Report 7");
        // short words match whole words only, as in the ranked search
        // ("theory" is not "the")
        assertThat(titles(search.search("the harvest", 2))).containsExactly("Report 5", "Report 4", "Report 3",
                "Report 2", "Report 1");
    }

    @Test
    void aVeryLongQueryIsCutNotRefused() {
        data.publish("Seminar", "A seminar.", DAY, List.of("Events"), List.of());

        SearchResults results = search.search("seminar " + "word ".repeat(5_000), 1);

        assertThat(results.query()).hasSizeLessThanOrEqualTo(200);
        assertThat(results.hits()).isEmpty();
        assertThat(titles(search.search("seminar " + "!".repeat(5_000), 1))).containsExactly("Seminar");
    }
}
