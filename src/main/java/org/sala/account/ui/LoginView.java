package org.sala.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sala.base.site.SiteProperties;

/** Staff sign-in. Readers never need it: reading and commenting work without an account. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final SiteProperties site;

    public LoginView(SiteProperties site) {
        this.site = site;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        Anchor back = new Anchor(".", getTranslation("login.back-to-site", site.name()));
        Div box = new Div(form, back);
        box.addClassName("login-box");
        add(box);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        Long wait = parameters.getSingleParameter("wait").filter(value -> value.matches("[0-9]{1,6}"))
                .map(Long::valueOf).orElse(null);
        LoginI18n i18n = i18n();
        if (wait != null) {
            i18n.getErrorMessage().setTitle(getTranslation("login.wait.title"));
            i18n.getErrorMessage().setMessage(wait < 120 ? getTranslation("login.wait.seconds", wait)
                    : getTranslation("login.wait.minutes", (wait + 59) / 60));
        }
        boolean unavailable = parameters.getParameters().containsKey("unavailable");
        if (unavailable) {
            i18n.getErrorMessage().setTitle(getTranslation("login.unavailable.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.unavailable.message"));
        }
        boolean expired = parameters.getParameters().containsKey("expired");
        if (expired) {
            i18n.getErrorMessage().setTitle(getTranslation("login.expired.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.expired.message"));
        }
        form.setI18n(i18n);
        form.setError(wait != null || unavailable || expired || parameters.getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("login.title"), site.name());
    }
}
