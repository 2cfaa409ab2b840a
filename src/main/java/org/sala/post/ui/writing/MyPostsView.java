package org.sala.post.ui.writing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.ReaderDates;
import org.sala.post.PostStatus;
import org.sala.post.service.PostEditingService;
import org.sala.post.service.PostWork;
import org.sala.staff.StaffLayout;

/** An author's posts (an admin's: everyone's), newest change first, to open in the editor. */
@Route(value = "staff/posts", layout = StaffLayout.class)
@Menu(title = "authoring.my-posts", order = 0)
@RolesAllowed({"AUTHOR", "ADMIN"})
public class MyPostsView extends Div implements HasDynamicTitle {

    private final PostEditingService editing;
    private final SiteProperties site;
    private final Select<PostStatus> status = new Select<>();
    private final TextField text = new TextField();
    private final Span count = new Span();
    private final Grid<PostWork> grid = new Grid<>();

    public MyPostsView(PostEditingService editing, SiteProperties site) {
        this.editing = editing;
        this.site = site;
        addClassName("my-posts-view");

        status.setLabel(getTranslation("authoring.filter.status"));
        status.setItems(PostStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("authoring.status.any"));
        status.setItemLabelGenerator(value -> value == null
                ? getTranslation("authoring.status.any") : getTranslation("authoring.status." + value.name()));
        status.addValueChangeListener(change -> refresh());
        text.setLabel(getTranslation("authoring.filter.title"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(200);
        text.addValueChangeListener(change -> refresh());
        count.addClassName("my-posts-count");

        Button write = new Button(getTranslation("authoring.new-post"),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(PostEditorView.class)));
        write.addThemeVariants(ButtonVariant.PRIMARY);
        write.addClassName("new-post");
        Div filters = new Div(status, text, count, write);
        filters.addClassName("moderation-filters");

        grid.addClassName("my-posts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(post -> new RouterLink(post.title(), PostEditorView.class,
                        new RouteParameters(PostEditorView.ID, String.valueOf(post.id()))))
                .setHeader(getTranslation("authoring.column.title")).setFlexGrow(4);
        grid.addColumn(post -> getTranslation("authoring.status." + post.status().name()))
                .setHeader(getTranslation("authoring.column.status")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(PostWork::authorName).setHeader(getTranslation("authoring.column.author")).setFlexGrow(1);
        grid.addColumn(post -> post.publishedAt() == null ? "" : ReaderDates.dateTime(post.publishedAt(), site.timeZone(), getLocale()))
                .setHeader(getTranslation("authoring.column.date")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(post -> ReaderDates.dateTime(post.updatedAt(), site.timeZone(), getLocale()))
                .setHeader(getTranslation("authoring.column.updated")).setWidth("11rem").setFlexGrow(0);
        grid.setItems(new CallbackDataProvider<PostWork, Void>(
                query -> editing.work(status.getValue(), text.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(Math.min(Integer.MAX_VALUE, editing.count(status.getValue(), text.getValue()))),
                PostWork::id));
        grid.setEmptyStateText(getTranslation("authoring.empty"));

        add(new H1(getTranslation("authoring.my-posts")), filters, grid);
        updateCount();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("authoring.count", editing.count(status.getValue(), text.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("authoring.my-posts"), site.name());
    }
}
