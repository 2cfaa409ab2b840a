package org.sala.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sala.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Which clients may tell Sala, through X-Forwarded-For and X-Forwarded-Proto, who the reader is and
 * whether the request came over HTTPS: a proxy on the same machine, nobody else. Tomcat on its own
 * would trust every private-range address. robots.txt shows the outcome: its sitemap link is built
 * with the scheme Tomcat settled on.
 */
@IntegrationTest
class ForwardedHeadersTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aProxyOnTheSameMachineIsTrusted() {
        // Tomcat takes the proxy's word for HTTPS, and with it the default port 443
        assertThat(robotsFrom("localhost")).contains("Sitemap: https://localhost/sitemap.xml");
    }

    @Test
    void aClientOnThePrivateNetworkCannotSpeakForItself() {
        Optional<InetAddress> privateAddress = ownPrivateAddress();
        assumeTrue(privateAddress.isPresent(), "this machine has no private-range address to connect from");
        String host = privateAddress.get() instanceof Inet6Address
                ? "[" + privateAddress.get().getHostAddress().replaceAll("%.*", "") + "]"
                : privateAddress.get().getHostAddress();

        assertThat(robotsFrom(host)).contains("Sitemap: http://" + host + ":" + port + "/sitemap.xml");
    }

    /** Connecting to one of this machine's own addresses makes it the client's address too. */
    private String robotsFrom(String host) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/robots.txt"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.9")
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An address Tomcat's default internal-proxies pattern trusts: 10/8, 172.16/12, 192.168/16, fc00::/7. */
    private static Optional<InetAddress> ownPrivateAddress() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(ForwardedHeadersTest::up)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                    .filter(address -> address.isSiteLocalAddress()
                            || (address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc))
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean up(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
