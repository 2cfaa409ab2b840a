package org.sala.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.ZoneId;
import org.sala.base.ui.ReaderDates;
import org.sala.comment.AddedRuleEntries;
import org.sala.comment.CommentRuleKind;
import org.sala.comment.CommentRuleService;
import org.sala.comment.InvalidRuleException;
import org.sala.comment.RuleEntry;

/** One list at a time (blocked words, watched words, emails, domains, IP ranges): add, find, remove. */
class RuleLists extends Section {

    private final CommentRuleService rules;
    private final Select<CommentRuleKind> kind = new Select<>();
    private final TextArea lines = new TextArea();
    private final TextField filter = new TextField();
    private final Grid<RuleEntry> grid = new Grid<>();

    RuleLists(CommentRuleService rules, ZoneId zone) {
        this.rules = rules;
        addClassName("rules-lists");
        kind.setLabel(getTranslation("moderation.rules.list"));
        kind.setItems(CommentRuleKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("moderation.rules.kind." + value.name()));
        kind.setValue(CommentRuleKind.BLOCKED_WORD);
        kind.addClassName("rules-kind");
        kind.addValueChangeListener(change -> {
            lines.setInvalid(false);
            grid.getDataProvider().refreshAll();
        });

        lines.setLabel(getTranslation("moderation.rules.add-lines"));
        lines.addClassName("rules-lines");
        lines.setMaxLength(CommentRuleService.MAX_LINES * 256);
        Button add = new Button(getTranslation("moderation.rules.add"), click -> add());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClassName("rules-add");

        filter.setLabel(getTranslation("moderation.rules.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setMaxLength(200);
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.addClassName("rules-grid");
        grid.addColumn(RuleEntry::value).setHeader(getTranslation("moderation.rules.column.value")).setFlexGrow(3);
        grid.addColumn(entry -> entry.createdBy() + ", " + ReaderDates.dateTime(entry.createdAt(), zone, getLocale()))
                .setHeader(getTranslation("moderation.rules.column.added")).setFlexGrow(2);
        grid.addComponentColumn(this::removeButton).setFlexGrow(0).setWidth("8rem");
        grid.setEmptyStateText(getTranslation("moderation.rules.empty"));
        grid.setAllRowsVisible(false);
        grid.setItems(new CallbackDataProvider<RuleEntry, Void>(
                query -> rules.entries(kind.getValue(), filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(Math.min(Integer.MAX_VALUE, rules.count(kind.getValue(), filter.getValue()))),
                RuleEntry::id));
        add(new H2(getTranslation("moderation.rules.lists")), new Div(kind), new Div(lines), new Div(add),
                new Div(filter), grid);
    }

    private Button removeButton(RuleEntry entry) {
        Button remove = new Button(getTranslation("moderation.rules.remove"), click -> {
            rules.remove(entry.id());
            Notification.show(getTranslation("moderation.rules.removed", entry.value()), 3000,
                    Notification.Position.BOTTOM_START);
            grid.getDataProvider().refreshAll();
        });
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        remove.addClassName("rules-remove");
        return remove;
    }

    /** Adds the valid lines; the ones that are not valid stay in the box with a message. */
    private void add() {
        try {
            AddedRuleEntries result = rules.add(kind.getValue(), lines.getValue());
            Notification.show(getTranslation("moderation.rules.added", result.added(), result.alreadyListed()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            lines.setValue(String.join("\n", result.invalid()));
            lines.setInvalid(!result.invalid().isEmpty());
            lines.setErrorMessage(getTranslation("moderation.rules.invalid", String.join(", ", result.invalid())));
            grid.getDataProvider().refreshAll();
        } catch (InvalidRuleException invalid) {
            lines.setErrorMessage(getTranslation(invalid.problems().values().iterator().next()));
            lines.setInvalid(true);
        }
    }
}
