package org.sala.moderation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sala.base.site.SiteProperties;
import org.sala.comment.InvalidCommentException;
import org.sala.moderation.service.ReasonTemplate;
import org.sala.moderation.service.RejectionReasonService;
import org.sala.staff.StaffLayout;

/** Admins write the reasons moderators can give when they reject a comment. */
@Route(value = "staff/rejection-reasons", layout = StaffLayout.class)
@Menu(title = "moderation.reasons.title", order = 4)
@RolesAllowed("ADMIN")
public class RejectionReasonsView extends Div implements HasDynamicTitle {

    private final RejectionReasonService reasons;
    private final SiteProperties site;
    private final Grid<ReasonTemplate> grid = new Grid<>();
    private final TextField label = new TextField();
    private final TextArea text = new TextArea();
    private final IntegerField position = new IntegerField();
    private final Button delete = new Button();
    private @Nullable Long editing;

    public RejectionReasonsView(RejectionReasonService reasons, SiteProperties site) {
        this.reasons = reasons;
        this.site = site;
        addClassName("rejection-reasons-view");
        grid.addClassName("reason-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ReasonTemplate::label).setHeader(getTranslation("moderation.reasons.label")).setFlexGrow(1);
        grid.addColumn(ReasonTemplate::text).setHeader(getTranslation("moderation.reasons.text")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));

        label.setLabel(getTranslation("moderation.reasons.label"));
        label.setMaxLength(100);
        label.addClassName("reason-label");
        text.setLabel(getTranslation("moderation.reasons.text"));
        text.setHelperText(getTranslation("moderation.reasons.text-help"));
        text.setMaxLength(2000);
        text.setMinRows(3);
        text.addClassName("reason-text");
        position.setLabel(getTranslation("moderation.reasons.position"));
        position.setMin(0);
        position.setMax(999);
        Button save = new Button(getTranslation("moderation.reasons.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("reason-save");
        Button fresh = new Button(getTranslation("moderation.reasons.new"), click -> grid.deselectAll());
        delete.setText(getTranslation("moderation.reasons.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(click -> {
            if (editing != null) {
                reasons.delete(editing);
                refresh();
            }
        });
        Div form = new Div(label, text, position, new Div(save, fresh, delete));
        form.addClassName("post-form");
        add(new H1(getTranslation("moderation.reasons.title")),
                new Paragraph(getTranslation("moderation.reasons.about")), grid, form);
        refresh();
    }

    private void edit(@Nullable ReasonTemplate reason) {
        editing = reason == null ? null : reason.id();
        label.setValue(reason == null ? "" : reason.label());
        text.setValue(reason == null ? "" : reason.text());
        position.setValue(reason == null ? grid.getListDataView().getItemCount() : reason.position());
        label.setInvalid(false);
        text.setInvalid(false);
        delete.setVisible(reason != null);
    }

    private void save() {
        try {
            reasons.save(new ReasonTemplate(editing, label.getValue(), text.getValue(),
                    position.getValue() == null ? 0 : position.getValue()));
            refresh();
            Notification.show(getTranslation("moderation.reasons.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (InvalidCommentException invalid) {
            Map<String, HasValidation> fields = Map.of("label", label, "text", text);
            invalid.problems().forEach((field, key) -> {
                HasValidation target = fields.getOrDefault(field, label);
                target.setErrorMessage(getTranslation(key));
                target.setInvalid(true);
            });
        }
    }

    private void refresh() {
        grid.setItems(reasons.list());
        grid.deselectAll();
        edit(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("moderation.reasons.title"), site.name());
    }
}
