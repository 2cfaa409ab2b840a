package org.sala.page.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Objects;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.TranslatedErrors;
import org.sala.base.ui.component.SafeHtml;
import org.sala.page.service.PageDraft;
import org.sala.page.service.PageEditingService;
import org.sala.post.InvalidPostException;
import org.sala.post.PostHtmlPolicy;
import org.sala.staff.StaffLayout;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Pages outside the blog: the list, and one page's title, address, text, place in the header.
 * Admins only (authors write posts); so is {@link PageEditingService}, whatever calls it.
 */
@Route(value = "staff/pages", layout = StaffLayout.class)
@Menu(title = "pages.title", order = 1)
@RolesAllowed("ADMIN")
public class PagesAdminView extends Div implements HasDynamicTitle {

    private final PageEditingService editing;
    private final SiteProperties site;
    private final Grid<PageDraft> grid = new Grid<>();
    private final TextField title = new TextField();
    private final TextField slug = new TextField();
    private final TextArea body = new TextArea();
    private final IntegerField navPosition = new IntegerField();
    private final Checkbox published = new Checkbox();
    private final Div preview = new Div();
    private final Button delete = new Button();
    private final BeanValidationBinder<PageDraft> binder = new BeanValidationBinder<>(PageDraft.class);
    private PageDraft current = new PageDraft();

    public PagesAdminView(PageEditingService editing, SiteProperties site) {
        this.editing = editing;
        this.site = site;
        addClassName("pages-admin");

        grid.addClassName("pages-grid");
        grid.addColumn(PageDraft::getTitle).setHeader(getTranslation("pages.column.title")).setFlexGrow(3);
        grid.addColumn(page -> "/page/" + page.getSlug()).setHeader(getTranslation("pages.column.address")).setFlexGrow(2);
        grid.addColumn(page -> getTranslation(page.isPublished() ? "pages.shown" : "pages.hidden"))
                .setHeader(getTranslation("pages.column.shown")).setWidth("8rem").setFlexGrow(0);
        grid.addItemClickListener(click -> edit(editing.open(Objects.requireNonNull(click.getItem().getId()))));
        grid.setAllRowsVisible(true);

        title.setLabel(getTranslation("authoring.field.title"));
        title.addClassName("page-title-field");
        slug.setLabel(getTranslation("authoring.field.slug"));
        slug.setHelperText(getTranslation("pages.slug-help"));
        slug.addClassName("page-slug-field");
        body.setLabel(getTranslation("authoring.field.body"));
        body.setMinRows(10);
        body.addClassName("page-body-field");
        body.addValueChangeListener(change -> showPreview(change.getValue()));
        body.getElement().addEventListener("input", typed -> showPreview(typed.getEventData().get("element.value").asString()))
                .addEventData("element.value").debounce(400);
        navPosition.setLabel(getTranslation("pages.position"));
        navPosition.setMin(0);
        navPosition.setMax(999);
        navPosition.setStepButtonsVisible(true);
        published.setLabel(getTranslation("pages.published"));
        published.addClassName("page-published-field");
        binder.setValidationErrorHandler(new TranslatedErrors(this));
        binder.forField(title).bind("title");
        binder.forField(slug).bind("slug");
        binder.forField(body).bind("body");
        binder.forField(navPosition).withConverter(value -> value == null ? 0 : value, value -> value).bind("navPosition");
        binder.forField(published).bind("published");

        Button newPage = new Button(getTranslation("pages.new"), click -> edit(new PageDraft()));
        newPage.addClassName("new-page");
        Button save = new Button(getTranslation("authoring.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-page");
        delete.setText(getTranslation("pages.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(click -> deletePage());
        Div actions = new Div(save, delete);
        actions.addClassName("post-actions");
        Div form = new Div(title, slug, body, navPosition, published, actions);
        form.addClassName("post-form");
        preview.addClassName("post-body");
        Div previewBox = new Div(new H2(getTranslation("authoring.preview")), preview);
        previewBox.addClassName("post-preview");
        Div work = new Div(form, previewBox);
        work.addClassName("post-editor-work");

        add(new H1(getTranslation("pages.title")), newPage, grid, work);
        refresh();
        edit(new PageDraft());
    }

    private void edit(PageDraft page) {
        current = page;
        binder.readBean(page);
        delete.setVisible(page.getId() != null);
        showPreview(page.getBody());
    }

    private void save() {
        PageDraft draft = new PageDraft();
        draft.setId(current.getId());
        draft.setVersion(current.getVersion());
        if (!binder.writeBeanIfValid(draft)) {
            binder.validate();
            return;
        }
        try {
            edit(editing.save(draft));
            refresh();
            Notification.show(getTranslation("pages.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (InvalidPostException invalid) {
            Map<String, HasValidation> fields = Map.of("title", title, "slug", slug, "body", body);
            invalid.problems().forEach((field, key) -> {
                HasValidation target = fields.getOrDefault(field, title);
                target.setErrorMessage(getTranslation(key));
                target.setInvalid(true);
            });
        } catch (ObjectOptimisticLockingFailureException stale) {
            Notification.show(getTranslation("authoring.stale"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.WARNING);
        }
    }

    private void deletePage() {
        if (current.getId() != null) {
            editing.delete(current.getId());
            refresh();
            edit(new PageDraft());
        }
    }

    private void refresh() {
        grid.setItems(editing.list());
    }

    private void showPreview(String markdown) {
        preview.removeAll();
        preview.add(new SafeHtml(PostHtmlPolicy.POLICY, editing.preview(markdown), "post-preview-body"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("pages.title"), site.name());
    }
}
