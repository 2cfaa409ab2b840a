package org.sala.comment;

import org.jspecify.annotations.Nullable;

/**
 * The spam filter as the comment module sees it (the moderation module has it): a score for an
 * arriving comment's text, and where to keep it once the comment is stored.
 */
public interface SpamCheck {

    /** What the filter said: the probability of spam, the model, and the site's threshold if one is set. */
    record Assessment(double score, long modelId, @Nullable Double threshold) {

        public static final Assessment NONE = new Assessment(0, 0, null);

        public boolean isSpam() {
            return threshold != null && modelId != 0 && score >= threshold;
        }
    }

    /** Never throws: a filter that fails says {@link Assessment#NONE}, and the comment goes on. */
    Assessment assess(String text);

    /**
     * Keeps the assessment with the stored comment, in the transaction that stored (or changed) it.
     *
     * @param decidedBy the rule that sent the comment where it went on arrival; null after a commenter's edit,
     *     whose own line in the history says where the comment went
     */
    void assessed(long commentId, Assessment assessment, @Nullable CommentRule decidedBy);
}
