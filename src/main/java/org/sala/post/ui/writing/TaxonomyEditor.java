package org.sala.post.ui.writing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sala.post.service.InvalidTaxonomyException;
import org.sala.post.service.TaxonomyEntry;
import org.sala.post.service.TaxonomyService;

/**
 * The small form beside a category or tag list: rename, merge into another, delete (after asking).
 * {@code kind} is {@code category} or {@code tag}; the view supplies the actions and, for the
 * chosen entry, what it can be merged into.
 */
class TaxonomyEditor extends Div {

    /** What the form does to the entry; problems come back as {@link InvalidTaxonomyException}. */
    interface Actions {
        void rename(long id, String name);

        void merge(long id, @Nullable Long targetId);

        void delete(long id);
    }

    private final String kind;
    private final Actions actions;
    private final BiConsumer<ComboBox<TaxonomyEntry>, TaxonomyEntry> targetsFor;
    private final Consumer<Boolean> changed;
    private final H3 heading = new H3();
    private final TextField name = new TextField();
    private final ComboBox<TaxonomyEntry> target = new ComboBox<>();
    private @Nullable TaxonomyEntry entry;

    /**
     * @param changed told after a change: {@code true} when the entry is gone (merged or
     *        deleted), {@code false} when it is still there (renamed)
     */
    TaxonomyEditor(String kind, Actions actions, BiConsumer<ComboBox<TaxonomyEntry>, TaxonomyEntry> targetsFor,
            Consumer<Boolean> changed) {
        this.kind = kind;
        this.actions = actions;
        this.targetsFor = targetsFor;
        this.changed = changed;
        addClassNames("taxonomy-editor", kind + "-editor");
        heading.addClassName("taxonomy-editor-heading");

        name.setLabel(getTranslation("taxonomy.name"));
        name.setMaxLength(TaxonomyService.MAX_NAME_LENGTH);
        name.addClassName("taxonomy-name-field");
        name.addValueChangeListener(change -> name.setInvalid(false));
        Button rename = new Button(getTranslation("taxonomy.rename"), click -> rename());
        rename.addThemeVariants(ButtonVariant.PRIMARY);
        rename.addClassName("taxonomy-rename");
        Div renameRow = new Div(name, rename);
        renameRow.addClassName("taxonomy-editor-row");

        target.setLabel(getTranslation("taxonomy.merge-into"));
        target.setHelperText(getTranslation("taxonomy.merge-help"));
        target.setItemLabelGenerator(TaxonomyEntry::name);
        target.setClearButtonVisible(true);
        target.addClassName("taxonomy-merge-target");
        target.addValueChangeListener(change -> target.setInvalid(false));
        Button merge = new Button(getTranslation("taxonomy.merge"), click -> merge());
        merge.addClassName("taxonomy-merge");
        Div mergeRow = new Div(target, merge);
        mergeRow.addClassName("taxonomy-editor-row");

        Button delete = new Button(getTranslation("taxonomy.delete"), click -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClassName("taxonomy-delete");

        add(heading, renameRow, mergeRow, delete);
        show(null);
    }

    /** Shows the form for the entry, or hides it for none. */
    void show(@Nullable TaxonomyEntry shown) {
        entry = shown;
        setVisible(shown != null);
        if (shown == null) {
            return;
        }
        heading.setText(getTranslation("taxonomy.editing." + kind, shown.name(), shown.posts()));
        name.setValue(shown.name());
        name.setHelperText(getTranslation("taxonomy.name-help", kind + "/" + shown.slug()));
        name.setInvalid(false);
        target.clear();
        target.setInvalid(false);
        targetsFor.accept(target, shown);
    }

    private void rename() {
        String wanted = name.getValue();
        // the form, and with it this button, shows only while an entry is shown
        TaxonomyEntry renamed = Objects.requireNonNull(entry);
        if (attempt(() -> actions.rename(renamed.id(), wanted))) {
            success(getTranslation("taxonomy.renamed", wanted.strip()));
            changed.accept(false);
        }
    }

    private void merge() {
        TaxonomyEntry into = target.getValue();
        TaxonomyEntry merged = Objects.requireNonNull(entry);
        if (attempt(() -> actions.merge(merged.id(), into == null ? null : into.id()))) {
            // a merge into nothing is refused (InvalidTaxonomyException), so into is there
            success(getTranslation("taxonomy.merged", merged.name(), Objects.requireNonNull(into).name()));
            changed.accept(true);
        }
    }

    private void confirmDelete() {
        TaxonomyEntry doomed = Objects.requireNonNull(entry);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("taxonomy-delete-dialog");
        confirm.setHeader(getTranslation("taxonomy.delete.header." + kind, doomed.name()));
        confirm.setText(getTranslation("taxonomy.delete.text", doomed.posts()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("taxonomy.delete.cancel"));
        confirm.setConfirmText(getTranslation("taxonomy.delete.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            if (attempt(() -> actions.delete(doomed.id()))) {
                success(getTranslation("taxonomy.deleted", doomed.name()));
                changed.accept(true);
            }
        });
        confirm.open();
    }

    /** Runs the action; its problems appear beside their fields, keeping what was typed. */
    private boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidTaxonomyException invalid) {
            showProblems(invalid.problems());
            if (invalid.problems().containsKey("entry")) {
                changed.accept(true);
            }
            return false;
        }
    }

    private void showProblems(Map<String, String> problems) {
        problems.forEach((field, key) -> {
            switch (field) {
                case "name" -> {
                    name.setErrorMessage(getTranslation(key));
                    name.setInvalid(true);
                }
                case "target" -> {
                    target.setErrorMessage(getTranslation(key));
                    target.setInvalid(true);
                }
                default -> Notification.show(getTranslation(key), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.WARNING);
            }
        });
    }

    private static void success(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }
}
