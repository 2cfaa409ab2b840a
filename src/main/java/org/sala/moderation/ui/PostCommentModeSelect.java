package org.sala.moderation.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import org.sala.moderation.service.PostCommentMode;
import org.sala.moderation.service.PostCommentModeService;

/** One post's way with comments, saved as it is chosen (in the post's editor and in the queue). */
final class PostCommentModeSelect extends Select<PostCommentMode> {

    /**
     * @param withClosed whether "closed" is one of the choices (the editor has its own "comments open" box)
     */
    PostCommentModeSelect(PostCommentModeService modes, long postId, boolean withClosed) {
        addClassName("post-comment-mode");
        setLabel(getTranslation("moderation.post-mode"));
        setItems(Arrays.stream(PostCommentMode.values())
                .filter(mode -> withClosed || mode != PostCommentMode.CLOSED).toList());
        setItemLabelGenerator(mode -> getTranslation("moderation.post-mode." + mode.name()));
        PostCommentMode current = modes.mode(postId);
        if (!withClosed && current == PostCommentMode.CLOSED) {
            current = PostCommentMode.SITE_DEFAULT;
        }
        setValue(current);
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                modes.change(postId, change.getValue());
                Notification.show(getTranslation("moderation.post-mode.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS);
            }
        });
    }
}
