package org.sala.support;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.apache.catalina.session.ManagerBase;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/** The live HTTP sessions of the running application, as its embedded Tomcat keeps them. */
public final class TomcatSessions {

    private final Manager manager;

    private TomcatSessions(Manager manager) {
        this.manager = manager;
    }

    public static TomcatSessions of(ApplicationContext context) {
        var server = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
        Context web = (Context) Arrays.stream(server.getTomcat().getHost().findChildren()).findFirst().orElseThrow();
        return new TomcatSessions(web.getManager());
    }

    /** Every how many runs of Tomcat's background processor it looks for timed-out sessions. */
    public int expiryCheckFrequency() {
        return ((ManagerBase) manager).getProcessExpiresFrequency();
    }

    public List<Session> all() {
        return List.of(manager.findSessions());
    }

    /** The live session with this id, if any. */
    public Optional<Session> find(String id) {
        try {
            return Optional.ofNullable(manager.findSession(id)).filter(Session::isValid);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The live session whose id this response's {@code Set-Cookie: JSESSIONID} gave. */
    public Optional<Session> of(HttpResponse<?> response) {
        return sessionId(response).flatMap(this::find);
    }

    public static Optional<String> sessionId(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring("JSESSIONID=".length()).split(";", 2)[0])
                .findFirst();
    }
}
