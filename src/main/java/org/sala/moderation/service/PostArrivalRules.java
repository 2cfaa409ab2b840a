package org.sala.moderation.service;

import java.util.Optional;
import org.sala.comment.CommentArrival;
import org.sala.comment.PostArrival;
import org.sala.moderation.domain.PostArrivalSetting;
import org.sala.moderation.domain.PostArrivalSettingRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the comment module a post's own arrival setting as a comment arrives (anyone's request). */
@Component
class PostArrivalRules implements PostArrival {

    private final PostArrivalSettingRepository settings;

    PostArrivalRules(PostArrivalSettingRepository settings) {
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CommentArrival> arrivalFor(long postId) {
        return settings.findById(postId).map(PostArrivalSetting::getArrival);
    }
}
