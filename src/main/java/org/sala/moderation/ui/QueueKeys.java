package org.sala.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutEventListener;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The queue grid in a focusable frame that hears the queue's keys while the focus is in it (so
 * that typing in a filter or an edit field never decides anything). The frame takes the focus as
 * the queue opens ({@code scripts/queue-keys.js}: a focus asked from the server at attach came
 * before the page was ready and was lost): {@code j}/{@code k} or the arrows move, {@code a} approves,
 * {@code r} rejects, {@code s} marks as spam, {@code x} selects, {@code Enter} opens and
 * {@code ?} lists the keys. Letters match the key's place on the keyboard, so they work in a
 * Thai or Khmer layout too.
 */
@Tag("sala-queue-keys")
@JavaScript("context://scripts/queue-keys.js")
final class QueueKeys extends Component implements HasComponents, HasStyle, Focusable<QueueKeys> {

    /** What the keys do, on the comment the cursor is on. */
    interface Actions {

        /** One comment down ({@code +1}) or up ({@code -1}). */
        void move(int step);

        void approve();

        /** Asks for the reason first. */
        void reject();

        void spam();

        void edit();

        void toggleSelection();

        void open();

        /** Takes the last decision back, while it is offered. */
        void undo();
    }

    private static final List<String> HELP = List.of("move", "approve", "reject", "spam", "edit", "select", "open",
            "undo", "help");

    QueueKeys(Component grid, Actions actions) {
        addClassName("moderation-queue");
        setTabIndex(0);
        add(grid);
        on(() -> actions.move(1), Key.KEY_J);
        on(() -> actions.move(1), Key.ARROW_DOWN);
        on(() -> actions.move(-1), Key.KEY_K);
        on(() -> actions.move(-1), Key.ARROW_UP);
        on(actions::approve, Key.KEY_A);
        on(actions::reject, Key.KEY_R);
        on(actions::spam, Key.KEY_S);
        on(actions::edit, Key.KEY_E);
        on(actions::toggleSelection, Key.KEY_X);
        on(actions::open, Key.ENTER);
        on(actions::undo, Key.KEY_U);
        Runnable help = () -> help().open();
        on(help, Key.of("?"));
        on(help, Key.of("?"), KeyModifier.SHIFT);
    }

    private void on(Runnable action, Key key, KeyModifier... modifiers) {
        ShortcutEventListener listener = event -> action.run();
        Shortcuts.addShortcutListener(this, listener, key, modifiers).listenOn(this);
    }

    private Dialog help() {
        Dialog dialog = new Dialog();
        dialog.addClassName("queue-keys-help");
        dialog.setHeaderTitle(getTranslation("moderation.keys.title"));
        UnorderedList keys = new UnorderedList();
        for (String name : HELP) {
            Span key = new Span(getTranslation("moderation.keys." + name + ".key"));
            key.addClassName("queue-key");
            keys.add(new ListItem(key, new Span(" " + getTranslation("moderation.keys." + name))));
        }
        dialog.add(keys);
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                focus();
            }
        });
        return dialog;
    }
}
