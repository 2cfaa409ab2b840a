package org.sala.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sala.moderation.service.CommentExcerpt;

class CommentExcerptTest {

    @Test
    void aShortTextStaysWholeOnOneLine() {
        assertThat(CommentExcerpt.of("  Thank you\n\nfor this  ", 40)).isEqualTo("Thank you for this");
    }

    @Test
    void aLongTextIsCutAtAWord() {
        assertThat(CommentExcerpt.of("one two three four five", 12)).isEqualTo("one two…");
    }

    @Test
    void neverCutsAnEmojiInHalf() {
        String cut = CommentExcerpt.of("🙏🙏🙏🙏🙏🙏", 3);
        assertThat(cut).isEqualTo("🙏🙏🙏…");
    }
}
