package org.sala.post.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sala.base.cache.ReaderContentChanged;
import org.sala.base.site.SiteProperties;
import org.sala.post.PostPublished;
import org.sala.post.PostRenderer;
import org.sala.post.domain.Post;
import org.sala.post.domain.PostRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Publishes the scheduled posts whose time has come, with the date they were scheduled for. */
@Component
public class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);
    private static final int BATCH = 100;

    private final PostRepository posts;
    private final PostRenderer renderer;
    private final ApplicationEventPublisher events;
    private final SiteProperties site;

    ScheduledPublishing(PostRepository posts, PostRenderer renderer, ApplicationEventPublisher events,
            SiteProperties site) {
        this.posts = posts;
        this.renderer = renderer;
        this.events = events;
        this.site = site;
    }

    /** Publishes up to a batch of posts due at {@code now}; returns how many. */
    @Transactional
    public int publishDue(Instant now) {
        List<Long> due = posts.findDueIds(now, BATCH);
        for (Post post : posts.findAllById(due)) {
            // a scheduled post is due by its publishing moment, so it has one
            post.publish(Objects.requireNonNull(post.getPublishedAt()), site.timeZone());
            events.publishEvent(new PostPublished(post.getId(), post.getTitle(),
                    renderer.render(post.getBodySource()).text()));
            log.info("Published scheduled post {} ({})", post.getId(), post.getSlug());
            events.publishEvent(new ReaderContentChanged("scheduled post " + post.getId() + " published"));
        }
        return due.size();
    }
}
