package org.sala.post;

import com.vaadin.flow.component.Component;

/** A part of the post editor another module adds (moderation: how the post's comments are checked), once the post is saved. */
public interface PostEditorSection {

    Component create(long postId);
}
