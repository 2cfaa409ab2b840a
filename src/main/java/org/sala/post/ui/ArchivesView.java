package org.sala.post.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sala.base.site.SiteProperties;
import org.sala.post.service.ArchiveService;

/** Every way to browse: the categories and the months with their post counts. */
@Route("archives")
@AnonymousAllowed
public class ArchivesView extends Div implements HasDynamicTitle {

    private final SiteProperties site;

    public ArchivesView(ArchiveService archive, SiteProperties site) {
        this.site = site;
        addClassName("archives-view");
        UnorderedList categories = new UnorderedList();
        archive.categories().forEach(category -> categories.add(new ListItem(CategoryView.link(category))));
        Section byCategory = new Section(new H2(getTranslation("archives.categories")), categories);
        byCategory.addClassName("category-list");
        add(new H1(getTranslation("archives.heading")), byCategory, new MonthList(archive.months()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("archives.heading"), site.name());
    }
}
