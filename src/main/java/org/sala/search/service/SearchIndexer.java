package org.sala.search.service;

import org.sala.post.PostPublished;
import org.sala.search.domain.PostSearchEntry;
import org.sala.search.domain.PostSearchRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the search index in step with published posts, inside the publishing transaction. */
@Component
class SearchIndexer {

    private final PostSearchRepository entries;

    SearchIndexer(PostSearchRepository entries) {
        this.entries = entries;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PostPublished published) {
        PostSearchEntry entry = entries.findById(published.postId())
                .orElseGet(() -> new PostSearchEntry(published.postId(), published.title(), published.bodyText()));
        entry.update(published.title(), published.bodyText());
        entries.save(entry);
    }
}
