package org.sala.moderation.service;

import org.sala.comment.CommentArrival;
import org.sala.moderation.domain.PostArrivalSetting;
import org.sala.moderation.domain.PostArrivalSettingRepository;
import org.sala.post.PostCommentsSwitch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each post's own way with comments, set in its editor or from the queue: hold every comment, hold
 * first-time commenters, publish at once and review after, or closed (the post's "comments open").
 */
@Service
@PreAuthorize("hasAnyRole('AUTHOR', 'MODERATOR', 'ADMIN')")
public class PostCommentModeService {

    private final PostArrivalSettingRepository settings;
    private final PostCommentsSwitch comments;

    PostCommentModeService(PostArrivalSettingRepository settings, PostCommentsSwitch comments) {
        this.settings = settings;
        this.comments = comments;
    }

    @Transactional(readOnly = true)
    public PostCommentMode mode(long postId) {
        if (!comments.isOpen(postId)) {
            return PostCommentMode.CLOSED;
        }
        return settings.findById(postId).map(setting -> PostCommentMode.of(setting.getArrival()))
                .orElse(PostCommentMode.SITE_DEFAULT);
    }

    @Transactional
    public void change(long postId, PostCommentMode mode) {
        comments.setOpen(postId, mode != PostCommentMode.CLOSED);
        CommentArrival arrival = mode.arrival();
        if (arrival == null) {
            if (mode == PostCommentMode.SITE_DEFAULT) {
                settings.findById(postId).ifPresent(settings::delete);
            }
            return;
        }
        settings.findById(postId).ifPresentOrElse(setting -> setting.setArrival(arrival),
                () -> settings.save(new PostArrivalSetting(postId, arrival)));
    }
}
