package org.sala.moderation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sala.moderation.service.QueueItem;
import org.sala.moderation.service.ReasonTemplate;

/**
 * The reject key's question: with which saved reason, if any. A number key (where the digit is,
 * whatever the keyboard layout) or a click chooses; Escape leaves the comment as it is.
 */
final class RejectDialog extends Dialog {

    /** Digits 1 to 9 choose a reason; 0 rejects without one. */
    private static final int MAX_REASONS = 9;

    private final Consumer<@Nullable Long> reject;

    /** @param reject called with the chosen reason's id, or null for none */
    RejectDialog(QueueItem item, List<ReasonTemplate> reasons, Consumer<@Nullable Long> reject) {
        this.reject = reject;
        addClassName("reject-dialog");
        setHeaderTitle(getTranslation("moderation.reject-dialog.title", item.authorName()));
        Div choices = new Div();
        choices.addClassName("reject-choices");
        Button none = choice(0, getTranslation("moderation.reject-dialog.none"), null);
        none.addThemeVariants(ButtonVariant.ERROR);
        // the number keys reach the dialog only from inside it; autofocus alone loses to the dialog's focus trap
        none.setAutofocus(true);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                none.focus();
            }
        });
        choices.add(none);
        for (int i = 0; i < Math.min(MAX_REASONS, reasons.size()); i++) {
            ReasonTemplate reason = reasons.get(i);
            choices.add(choice(i + 1, reason.label(), Objects.requireNonNull(reason.id())));
        }
        add(new Paragraph(getTranslation("moderation.reject-dialog.help")), choices);
    }

    private Button choice(int number, String label, @Nullable Long reasonId) {
        Runnable choose = () -> {
            close();
            reject.accept(reasonId);
        };
        Button button = new Button(number + " · " + label, click -> choose.run());
        button.addClassName("reject-choice");
        Shortcuts.addShortcutListener(this, choose::run,
                Key.of(String.valueOf(number), "Digit" + number, "Numpad" + number)).listenOn(this);
        return button;
    }
}
