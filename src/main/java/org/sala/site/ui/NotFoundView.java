package org.sala.site.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.ResponseStatus;
import org.sala.base.ui.component.PreRenderedHtml;
import org.sala.base.ui.markup.ReaderText;

/** An unknown address: a plain "not found" with ways back, answered with HTTP 404. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final SiteProperties site;
    private final I18NProvider translations;

    public NotFoundView(SiteProperties site, I18NProvider translations) {
        this.site = site;
        this.translations = translations;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        PreRenderedHtml.render(getElement(), SiteMarkup.notFound(new ReaderText(translations, getLocale())));
        ResponseStatus.set(HttpServletResponse.SC_NOT_FOUND);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("not-found.heading"), site.name());
    }
}
