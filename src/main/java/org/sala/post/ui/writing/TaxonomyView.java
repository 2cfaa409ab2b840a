package org.sala.post.ui.writing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sala.base.site.SiteProperties;
import org.sala.post.service.TaxonomyEntry;
import org.sala.post.service.TaxonomyService;
import org.sala.staff.StaffLayout;

/**
 * Admins rename, merge and delete categories and tags. Categories are few and listed whole; tags
 * are paged from the database and filtered by name.
 */
@Route(value = "staff/taxonomy", layout = StaffLayout.class)
@Menu(title = "taxonomy.title", order = 2)
@RolesAllowed("ADMIN")
public class TaxonomyView extends Div implements HasDynamicTitle {

    private final TaxonomyService taxonomy;
    private final SiteProperties site;
    private final Grid<TaxonomyEntry> categoryGrid = new Grid<>();
    private final Grid<TaxonomyEntry> tagGrid = new Grid<>();
    private final TextField tagFilter = new TextField();
    private final Span tagCount = new Span();
    private final TaxonomyEditor categoryEditor;
    private final TaxonomyEditor tagEditor;

    public TaxonomyView(TaxonomyService taxonomy, SiteProperties site) {
        this.taxonomy = taxonomy;
        this.site = site;
        addClassName("taxonomy-view");

        categoryEditor = new TaxonomyEditor("category", new TaxonomyEditor.Actions() {
            @Override
            public void rename(long id, String name) {
                taxonomy.renameCategory(id, name);
            }

            @Override
            public void merge(long id, @Nullable Long targetId) {
                taxonomy.mergeCategory(id, targetId);
            }

            @Override
            public void delete(long id) {
                taxonomy.deleteCategory(id);
            }
        }, (combo, entry) -> combo.setItems(categoryGridItems().stream()
                .filter(other -> other.id() != entry.id()).toList()), this::categoriesChanged);
        tagEditor = new TaxonomyEditor("tag", new TaxonomyEditor.Actions() {
            @Override
            public void rename(long id, String name) {
                taxonomy.renameTag(id, name);
            }

            @Override
            public void merge(long id, @Nullable Long targetId) {
                taxonomy.mergeTag(id, targetId);
            }

            @Override
            public void delete(long id) {
                taxonomy.deleteTag(id);
            }
        }, (combo, entry) -> combo.setItems(query -> taxonomy.tagsExcept(entry.id(), query.getFilter().orElse(""),
                query.getOffset(), query.getLimit()).stream()), gone -> tagsChanged());

        configure(categoryGrid, "category-grid");
        categoryGrid.setAllRowsVisible(true);
        categoryGrid.setEmptyStateText(getTranslation("taxonomy.empty.categories"));
        categoryGrid.setItems(taxonomy.categories());
        categoryGrid.asSingleSelect().addValueChangeListener(change -> categoryEditor.show(change.getValue()));

        tagFilter.setLabel(getTranslation("taxonomy.filter.tags"));
        tagFilter.setClearButtonVisible(true);
        tagFilter.setValueChangeMode(ValueChangeMode.LAZY);
        tagFilter.setMaxLength(100);
        tagFilter.addClassName("tag-filter");
        tagFilter.addValueChangeListener(change -> tagsChanged());
        tagCount.addClassName("tag-count");
        Div tagFilters = new Div(tagFilter, tagCount);
        tagFilters.addClassName("moderation-filters");

        configure(tagGrid, "tag-grid");
        tagGrid.setEmptyStateText(getTranslation("taxonomy.empty.tags"));
        tagGrid.setItems(new CallbackDataProvider<TaxonomyEntry, Void>(
                query -> taxonomy.tags(tagFilter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(Math.min(Integer.MAX_VALUE, taxonomy.countTags(tagFilter.getValue()))),
                TaxonomyEntry::id));
        tagGrid.asSingleSelect().addValueChangeListener(change -> tagEditor.show(change.getValue()));

        Paragraph hint = new Paragraph(getTranslation("taxonomy.pick"));
        hint.addClassName("taxonomy-hint");
        add(new H1(getTranslation("taxonomy.title")), hint,
                section("taxonomy-categories", new H2(getTranslation("taxonomy.categories")),
                        work(categoryGrid, categoryEditor)),
                section("taxonomy-tags", new H2(getTranslation("taxonomy.tags")), tagFilters,
                        work(tagGrid, tagEditor)));
        updateTagCount();
    }

    private void configure(Grid<TaxonomyEntry> grid, String className) {
        grid.addClassNames("taxonomy-grid", className);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(TaxonomyEntry::name).setHeader(getTranslation("taxonomy.column.name")).setFlexGrow(3);
        grid.addColumn(TaxonomyEntry::slug).setHeader(getTranslation("taxonomy.column.slug")).setFlexGrow(2);
        grid.addColumn(TaxonomyEntry::posts).setHeader(getTranslation("taxonomy.column.posts"))
                .setWidth("6rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
    }

    private static Div section(String className, Component... parts) {
        Div section = new Div(parts);
        section.addClassNames("taxonomy-section", className);
        return section;
    }

    private static Div work(Grid<TaxonomyEntry> grid, TaxonomyEditor editor) {
        Div work = new Div(grid, editor);
        work.addClassName("taxonomy-work");
        return work;
    }

    private List<TaxonomyEntry> categoryGridItems() {
        return categoryGrid.getListDataView().getItems().toList();
    }

    /** Lists the categories again; a renamed one stays chosen, a merged or deleted one is let go. */
    private void categoriesChanged(boolean gone) {
        TaxonomyEntry chosen = categoryGrid.asSingleSelect().getValue();
        List<TaxonomyEntry> fresh = taxonomy.categories();
        categoryGrid.setItems(fresh);
        categoryEditor.show(null);
        if (!gone && chosen != null) {
            fresh.stream().filter(entry -> entry.id() == chosen.id()).findFirst().ifPresent(categoryGrid::select);
        }
    }

    private void tagsChanged() {
        tagGrid.deselectAll();
        tagEditor.show(null);
        tagGrid.getDataProvider().refreshAll();
        updateTagCount();
    }

    private void updateTagCount() {
        tagCount.setText(getTranslation("taxonomy.tag-count", taxonomy.countTags(tagFilter.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("taxonomy.title"), site.name());
    }
}
