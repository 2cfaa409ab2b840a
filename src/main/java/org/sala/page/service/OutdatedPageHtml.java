package org.sala.page.service;

import java.util.List;
import org.sala.base.html.OutdatedHtml;
import org.sala.base.html.ResanitisedBatch;
import org.sala.base.html.StoredHtml;
import org.sala.page.domain.SitePageRepository;
import org.sala.post.PostHtmlPolicy;
import org.sala.post.PostRenderer;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages stored under an older {@link PostHtmlPolicy} (pages share the posts' policy), rendered
 * again from their Markdown.
 */
@Component
class OutdatedPageHtml implements OutdatedHtml {

    private final SitePageRepository pages;
    private final PostRenderer renderer;

    OutdatedPageHtml(SitePageRepository pages, PostRenderer renderer) {
        this.pages = pages;
        this.renderer = renderer;
    }

    @Override
    public String kind() {
        return "pages";
    }

    @Override
    public int currentVersion() {
        return PostHtmlPolicy.VERSION;
    }

    @Override
    @Transactional
    public ResanitisedBatch resanitiseAfter(long afterId, int batchSize) {
        List<StoredHtml> rows = pages.findHtmlOlderThan(PostHtmlPolicy.VERSION, afterId, Limit.of(batchSize));
        int changed = 0;
        for (StoredHtml row : rows) {
            String html = renderer.resanitise(row.source(), row.html());
            pages.storeResanitisedHtml(row.id(), html, PostHtmlPolicy.VERSION);
            changed += html.equals(row.html()) ? 0 : 1;
        }
        return ResanitisedBatch.of(rows, changed);
    }
}
