package org.sala.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.Optional;
import org.sala.base.ui.ReaderDates;
import org.sala.moderation.service.CommenterNoteService;
import org.sala.moderation.service.CommenterNoteView;
import org.sala.moderation.service.QueueItem;

/** The moderators' note on the commenter, beside their comment: read, written, taken away (emptied). */
final class CommenterNoteEditor extends Div {

    private final Span written = new Span();
    private final ZoneId zone;

    CommenterNoteEditor(CommenterNoteService notes, QueueItem item, ZoneId zone, Runnable changed) {
        this.zone = zone;
        addClassName("commenter-note");
        TextArea text = new TextArea(getTranslation("moderation.note.label", item.authorEmail()));
        text.setHelperText(getTranslation("moderation.note.helper"));
        text.setMaxLength(CommenterNoteService.MAX_NOTE);
        text.addClassName("commenter-note-text");
        text.setValue(item.commenterNote() == null ? "" : item.commenterNote().text());
        written.addClassName("commenter-note-written");
        show(Optional.ofNullable(item.commenterNote()));
        Button save = new Button(getTranslation("moderation.note.save"), click -> {
            if (text.getValue().codePointCount(0, text.getValue().length()) > CommenterNoteService.MAX_NOTE) {
                text.setErrorMessage(getTranslation("moderation.note.too-long", CommenterNoteService.MAX_NOTE));
                text.setInvalid(true);
                return;
            }
            text.setInvalid(false);
            show(notes.save(item.authorEmail(), text.getValue()));
            Notification.show(getTranslation("moderation.note.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            changed.run();
        });
        save.addThemeVariants(ButtonVariant.TERTIARY);
        save.addClassName("commenter-note-save");
        add(text, new Div(save, written));
    }

    private void show(Optional<CommenterNoteView> note) {
        written.setText(note.map(found -> getTranslation("moderation.note.written", found.updatedBy(),
                ReaderDates.dateTime(found.updatedAt(), zone, getLocale()))).orElse(""));
    }
}
