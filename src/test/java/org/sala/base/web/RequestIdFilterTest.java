package org.sala.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@ExtendWith(OutputCaptureExtension.class)
class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();

    @Test
    void aFailedRequestGetsOneLineNamingItsId(CapturedOutput output) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/staff/moderation");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> idWhileAnswering = new AtomicReference<>();

        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
            idWhileAnswering.set(MDC.get(RequestIdFilter.MDC_KEY));
            throw new IllegalStateException("broken");
        })).isInstanceOf(IllegalStateException.class);

        String id = response.getHeader(RequestIdFilter.HEADER);
        assertThat(id).matches("[0-9a-f]{16}").isEqualTo(idWhileAnswering.get());
        assertThat(output.getOut().lines().filter(line -> line.contains("Request failed:")))
                .singleElement().asString()
                .contains("Request failed: POST /staff/moderation answered 500")
                .contains("IllegalStateException: broken");
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).as("gone after the request").isNull();
    }

    @Test
    void aServerErrorStatusIsLoggedToo(CapturedOutput output) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/feed"), response, (req, res) -> response.setStatus(500));
        assertThat(output.getOut()).contains("Request failed: GET /feed answered 500");
        // while the database is away, 503 is the planned answer: a warning, not an error
        filter.doFilter(new MockHttpServletRequest("GET", "/archives"), new MockHttpServletResponse(),
                (req, res) -> ((HttpServletResponse) res).setStatus(503));
        assertThat(output.getOut().lines().filter(line -> line.contains("GET /archives answered 503")))
                .singleElement().asString().contains("WARN").doesNotContain("ERROR");

        filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), (req, res) -> {});
        assertThat(output.getOut()).doesNotContain("Request failed: GET / answered");
    }

    @Test
    void aProxysIdIsKeptWhenItLooksLikeOneAndReplacedOtherwise() throws Exception {
        MockHttpServletRequest fromNginx = new MockHttpServletRequest("GET", "/");
        fromNginx.addHeader(RequestIdFilter.HEADER, "7f3c2a9e4b1d8c06a5e2f1b0c9d8e7f6");
        MockHttpServletResponse kept = new MockHttpServletResponse();
        filter.doFilter(fromNginx, kept, (req, res) -> {});
        assertThat(kept.getHeader(RequestIdFilter.HEADER)).isEqualTo("7f3c2a9e4b1d8c06a5e2f1b0c9d8e7f6");

        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/");
        forged.addHeader(RequestIdFilter.HEADER, "x\n2026-12-02 ERROR forged line");
        MockHttpServletResponse replaced = new MockHttpServletResponse();
        filter.doFilter(forged, replaced, (req, res) -> {});
        assertThat(replaced.getHeader(RequestIdFilter.HEADER)).matches("[0-9a-f]{16}");
    }

    @Test
    void aClientThatWentAwayIsNoFailure(CapturedOutput output) throws Exception {
        // as Vaadin throws it on: wrapped twice
        filter.doFilter(new MockHttpServletRequest("POST", "/"), new MockHttpServletResponse(), (req, res) -> {
            throw new ServletException(new IllegalStateException(new ClientAbortException(
                    new IOException("Connection reset by peer"))));
        });
        // a page whose client hung up while it was written: the writer finishes as if all was sent
        MockHttpServletResponse hungUp = new MockHttpServletResponse() {
            @Override
            public ServletOutputStream getOutputStream() {
                return new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        throw new ClientAbortException(new IOException("Broken pipe"));
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {}
                };
            }
        };
        filter.doFilter(new MockHttpServletRequest("GET", "/2026/12/a-long-post"), hungUp, (req, res) -> {
            res.getOutputStream().write(new byte[] {1, 2, 3});
            res.getOutputStream().flush();
        });
        assertThat(output.getOut()).doesNotContain("Request failed").doesNotContain("ERROR");
    }

    @Test
    void aQueryTomcatCannotDecodeIsTheClientsMistake(CapturedOutput output) {
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/search"),
                new MockHttpServletResponse(), (req, res) -> {
                    throw new InvalidParameterException("Character decoding failed", 400);
                })).isInstanceOf(InvalidParameterException.class);
        assertThat(output.getOut()).doesNotContain("Request failed").doesNotContain("ERROR");
    }
}
