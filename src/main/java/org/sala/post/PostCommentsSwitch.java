package org.sala.post;

import org.sala.base.cache.ReaderContentChanged;
import org.sala.post.domain.Post;
import org.sala.post.domain.PostRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Opens and closes a post's comments for other modules (moderation's per-post setting), in their transaction. */
@Component
public class PostCommentsSwitch {

    private final PostRepository posts;
    private final ApplicationEventPublisher events;

    PostCommentsSwitch(PostRepository posts, ApplicationEventPublisher events) {
        this.posts = posts;
        this.events = events;
    }

    /** Whether the post takes comments (not counting the site's closing of old posts); false for no such post. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public boolean isOpen(long postId) {
        return posts.findById(postId).map(Post::isCommentsOpen).orElse(false);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setOpen(long postId, boolean open) {
        posts.findById(postId).filter(post -> post.isCommentsOpen() != open).ifPresent(post -> {
            post.setCommentsOpen(open);
            events.publishEvent(new ReaderContentChanged("comments on post " + postId + (open ? " opened" : " closed")));
        });
    }
}
