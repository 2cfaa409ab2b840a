package org.sala.post.service;

import java.util.List;
import org.sala.base.html.OutdatedHtml;
import org.sala.base.html.ResanitisedBatch;
import org.sala.base.html.StoredHtml;
import org.sala.post.PostHtmlPolicy;
import org.sala.post.PostRenderer;
import org.sala.post.domain.PostRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Post bodies stored under an older {@link PostHtmlPolicy}, rendered again from their Markdown. */
@Component
class OutdatedPostHtml implements OutdatedHtml {

    private final PostRepository posts;
    private final PostRenderer renderer;

    OutdatedPostHtml(PostRepository posts, PostRenderer renderer) {
        this.posts = posts;
        this.renderer = renderer;
    }

    @Override
    public String kind() {
        return "posts";
    }

    @Override
    public int currentVersion() {
        return PostHtmlPolicy.VERSION;
    }

    @Override
    @Transactional
    public ResanitisedBatch resanitiseAfter(long afterId, int batchSize) {
        List<StoredHtml> rows = posts.findHtmlOlderThan(PostHtmlPolicy.VERSION, afterId, Limit.of(batchSize));
        int changed = 0;
        for (StoredHtml row : rows) {
            String html = renderer.resanitise(row.source(), row.html());
            posts.storeResanitisedHtml(row.id(), html, PostHtmlPolicy.VERSION);
            changed += html.equals(row.html()) ? 0 : 1;
        }
        return ResanitisedBatch.of(rows, changed);
    }
}
