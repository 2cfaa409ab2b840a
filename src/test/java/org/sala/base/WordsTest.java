package org.sala.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sala.base.text.Words;

class WordsTest {

    @Test
    void thaiWithoutSpacesIsSplitIntoWords() {
        assertThat(Words.of("แรงงานข้ามชาติถูกหลอก")).extracting(Words.Word::text)
                .containsExactly("แรงงาน", "ข้าม", "ชาติ", "ถูก", "หลอก");
    }

    @Test
    void punctuationAndSpacesAreNotWords() {
        assertThat(Words.of("Hello, world! (2017) — ok?")).extracting(Words.Word::text)
                .containsExactly("Hello", "world", "2017", "ok");
    }

    @Test
    void normalisedWordsAreLowerCaseNfkc() {
        assertThat(Words.normalize("ＭＩＧＲＡＮＴ")).isEqualTo("migrant");
        assertThat(Words.normalize("Đi")).isEqualTo("đi");
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String text = "ab" + "😀".repeat(10);

        assertThat(Words.cut(text, 5)).isIn("ab", "ab😀");
        assertThat(Words.cut("short", 10)).isEqualTo("short");
    }
}
