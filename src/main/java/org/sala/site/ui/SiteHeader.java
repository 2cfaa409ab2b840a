package org.sala.site.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.sala.base.site.SiteProperties;
import org.sala.post.service.CategoryLink;
import org.sala.post.ui.ArchivesView;
import org.sala.post.ui.CategoryView;
import org.sala.page.service.PageLink;
import org.sala.page.ui.SitePageView;
import org.sala.post.ui.FrontPageView;
import org.sala.search.ui.SearchForm;

/** Site name, the categories to read by, the search box and the language choice. */
class SiteHeader extends Header {

    SiteHeader(SiteProperties site, List<CategoryLink> categories, List<PageLink> pages) {
        addClassName("site-header");
        RouterLink home = new RouterLink(site.name(), FrontPageView.class);
        home.addClassName("site-name");
        Paragraph tagline = new Paragraph(getTranslation("layout.tagline"));
        tagline.addClassName("site-tagline");
        Div brand = new Div(home, tagline);
        brand.addClassName("site-brand");

        Div tools = new Div(new SearchForm("header-search", null), new LanguageSwitcher());
        tools.addClassName("site-tools");

        UnorderedList items = new UnorderedList();
        for (CategoryLink category : categories) {
            items.add(new ListItem(CategoryView.link(category)));
        }
        items.add(new ListItem(new RouterLink(getTranslation("archives.link"), ArchivesView.class)));
        for (PageLink page : pages) {
            ListItem item = new ListItem(SitePageView.link(page));
            item.addClassName("site-nav-page");
            items.add(item);
        }
        Nav nav = new Nav(items);
        nav.addClassName("site-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.categories"));

        Div top = new Div(brand, tools);
        top.addClassName("site-header-top");
        add(top, nav);
    }
}
