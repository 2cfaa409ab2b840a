package org.sala.base.ui;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;

/**
 * Puts back what {@link VaadinClient} learnt from the Vaadin service of the real server. It learns
 * from every Vaadin service that starts, and each browserless test starts a mock one without the
 * application shell: cached reader pages made afterwards would lack the shell's stylesheets.
 */
public final class ServerVaadinClient {

    private ServerVaadinClient() {}

    public static void relearn(ApplicationContext context) {
        SpringServlet servlet = context.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet)
                .filter(SpringServlet.class::isInstance).map(SpringServlet.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("No Vaadin servlet on the server"));
        context.getBean(VaadinClient.class).learn(servlet.getService());
    }
}
