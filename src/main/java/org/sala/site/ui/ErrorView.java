package org.sala.site.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.sala.base.db.DatabaseProblems;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.ResponseStatus;
import org.sala.base.ui.component.PreRenderedHtml;
import org.sala.base.ui.markup.ReaderText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open: a short explanation instead of a stack trace. A database outage
 * says "try again in a moment" (503); anything else is logged and answered with 500.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final SiteProperties site;
    private final I18NProvider translations;

    public ErrorView(SiteProperties site, I18NProvider translations) {
        this.site = site;
        this.translations = translations;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        boolean unavailable = DatabaseProblems.isDatabaseProblem(parameter.getCaughtException());
        if (unavailable) {
            log.warn("A page could not open because the database is unavailable: {}",
                    parameter.getCaughtException().toString());
        } else {
            log.error("A page failed to open: {}", event.getLocation().getPath(), parameter.getCaughtException());
        }
        PreRenderedHtml.render(getElement(), SiteMarkup.error(unavailable, new ReaderText(translations, getLocale())));
        int status = unavailable ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        ResponseStatus.set(status);
        return status;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("error.heading"), site.name());
    }
}
