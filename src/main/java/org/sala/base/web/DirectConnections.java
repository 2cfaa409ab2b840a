package org.sala.base.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tells requests made on this machine itself (a Prometheus agent or a health check beside Sala)
 * from everything else, whatever the forwarding headers say.
 *
 * <p>With {@code server.forward-headers-strategy=native}, Tomcat's {@code RemoteIpValve} takes
 * the client's address from {@code X-Forwarded-For} when the connection comes from an internal
 * address (loopback, 10/8, 172.16/12, 192.168/16 and more): behind a proxy on the same machine or
 * in a Docker network, a client could send {@code X-Forwarded-For: 127.0.0.1} and look local. So a
 * valve placed before it records, for each request, whether the TCP connection itself comes from
 * a loopback address and carries no forwarding header at all. Only such a request counts as local.
 */
@Component
public class DirectConnections implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    /** The request attribute, {@code Boolean.TRUE} for a direct connection from this machine. */
    static final String ATTRIBUTE = DirectConnections.class.getName() + ".local";

    /** After Boot's own customizer, which adds the RemoteIpValve: this valve goes before it. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        List<Valve> valves = new ArrayList<>(factory.getEngineValves());
        valves.addFirst(new MarkLocal());
        factory.setEngineValves(valves);
    }

    /**
     * Whether the request came over a direct connection from this machine, with no forwarding
     * header. False when not served by the embedded Tomcat (nothing marked it).
     */
    public static boolean isLocal(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
    }

    static boolean isLoopback(String address) {
        if (address == null || !address.matches("[0-9A-Fa-f:.%]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static boolean isForwarded(Enumeration<String> headerNames) {
        while (headerNames.hasMoreElements()) {
            String name = headerNames.nextElement().toLowerCase(Locale.ROOT);
            if (name.startsWith("x-forwarded-") || name.equals("forwarded") || name.equals("x-real-ip")) {
                return true;
            }
        }
        return false;
    }

    private static final class MarkLocal extends ValveBase {

        MarkLocal() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            // the connection's own address: no valve has looked at the forwarding headers yet
            boolean local = isLoopback(request.getRemoteAddr()) && !isForwarded(request.getHeaderNames());
            request.setAttribute(ATTRIBUTE, local);
            getNext().invoke(request, response);
        }
    }
}
