package org.sala.moderation.ui;

import com.vaadin.flow.component.Component;
import org.sala.moderation.service.PostCommentModeService;
import org.sala.post.PostEditorSection;

/** The post editor's choice of how the post's comments are checked. */
@org.springframework.stereotype.Component
class PostCommentModeEditorSection implements PostEditorSection {

    private final PostCommentModeService modes;

    PostCommentModeEditorSection(PostCommentModeService modes) {
        this.modes = modes;
    }

    @Override
    public Component create(long postId) {
        return new PostCommentModeSelect(modes, postId, false);
    }
}
