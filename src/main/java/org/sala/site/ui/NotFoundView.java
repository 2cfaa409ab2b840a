package org.sala.site.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.ResponseStatus;
import org.sala.post.ui.ArchivesView;
import org.sala.post.ui.FrontPageView;
import org.sala.search.ui.SearchForm;

/** An unknown address: a plain "not found" with ways back, answered with HTTP 404. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final SiteProperties site;

    public NotFoundView(SiteProperties site) {
        this.site = site;
        addClassName("not-found-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1(getTranslation("not-found.heading")),
                new Paragraph(getTranslation("not-found.text")),
                new SearchForm("not-found-search", null),
                new Paragraph(new RouterLink(getTranslation("not-found.home"), FrontPageView.class)),
                new Paragraph(new RouterLink(getTranslation("archives.link"), ArchivesView.class)));
        ResponseStatus.set(HttpServletResponse.SC_NOT_FOUND);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("not-found.heading"), site.name());
    }
}
