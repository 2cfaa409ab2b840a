package org.sala.comment.service;

import java.util.List;
import org.sala.base.html.OutdatedHtml;
import org.sala.base.html.ResanitisedBatch;
import org.sala.base.html.StoredHtml;
import org.sala.comment.CommentHtmlPolicy;
import org.sala.comment.domain.CommentRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments stored under an older {@link CommentHtmlPolicy}, sanitised again from their stored
 * HTML (not rendered again from the reader's text: the sanitiser's report of what it removed on
 * arrival, which moderators read, stays as it was).
 */
@Component
class OutdatedCommentHtml implements OutdatedHtml {

    private final CommentRepository comments;

    OutdatedCommentHtml(CommentRepository comments) {
        this.comments = comments;
    }

    @Override
    public String kind() {
        return "comments";
    }

    @Override
    public int currentVersion() {
        return CommentHtmlPolicy.VERSION;
    }

    @Override
    @Transactional
    public ResanitisedBatch resanitiseAfter(long afterId, int batchSize) {
        List<StoredHtml> rows = comments.findHtmlOlderThan(CommentHtmlPolicy.VERSION, afterId, Limit.of(batchSize));
        int changed = 0;
        for (StoredHtml row : rows) {
            String html = CommentHtmlPolicy.sanitize(row.html()).html();
            comments.storeResanitisedHtml(row.id(), html, CommentHtmlPolicy.VERSION);
            changed += html.equals(row.html()) ? 0 : 1;
        }
        return ResanitisedBatch.of(rows, changed);
    }
}
