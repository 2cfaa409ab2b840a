package org.sala.base.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.sala.base.db.DatabaseProblems;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * A client that went away while it was answered (a closed tab, a dropped connection, a client's
 * time-out) is no failure of the site: Spring's {@link DisconnectedClientHelper} recognises the
 * exceptions that say so, and they are logged at DEBUG under this class's name, never as errors.
 */
public final class DisconnectedClients {

    private static final DisconnectedClientHelper HELPER = new DisconnectedClientHelper(DisconnectedClients.class.getName());

    private DisconnectedClients() {}

    /**
     * Whether the exception only says that the client has gone; if so, it is logged at DEBUG. A
     * connection to the database that was reset is the database's problem, not the client's.
     */
    public static boolean wentAway(Throwable error) {
        return !DatabaseProblems.isDatabaseProblem(error) && HELPER.checkAndLogClientDisconnectedException(error);
    }

    /**
     * The response for a page request (GET or HEAD, none of Vaadin's own, no upgrade to a web
     * socket), whose body stops quietly once the client has gone. Writers of whole pages (Vaadin's
     * index page, whose failed write it logs as an error and then answers again) finish as if all
     * was sent; there is nobody left to read the rest.
     */
    static HttpServletResponse forPage(HttpServletRequest request, HttpServletResponse response) {
        String method = request.getMethod();
        String query = request.getQueryString();
        boolean page = ("GET".equals(method) || "HEAD".equals(method)) && request.getHeader("Upgrade") == null
                && (query == null || !query.contains("v-r="));
        return page ? new QuietWhenGone(response) : response;
    }

    private static final class QuietWhenGone extends HttpServletResponseWrapper {

        private @Nullable ServletOutputStream body;
        private boolean gone;

        QuietWhenGone(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (body == null) {
                body = new Body(super.getOutputStream());
            }
            return body;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!gone) {
                try {
                    super.flushBuffer();
                } catch (IOException e) {
                    gone(e);
                }
            }
        }

        private void gone(IOException e) throws IOException {
            if (!wentAway(e)) {
                throw e;
            }
            gone = true;
        }

        private final class Body extends ServletOutputStream {

            private final ServletOutputStream out;

            Body(ServletOutputStream out) {
                this.out = out;
            }

            @Override
            public void write(int b) throws IOException {
                if (!gone) {
                    try {
                        out.write(b);
                    } catch (IOException e) {
                        gone(e);
                    }
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (!gone) {
                    try {
                        out.write(bytes, offset, length);
                    } catch (IOException e) {
                        gone(e);
                    }
                }
            }

            @Override
            public void flush() throws IOException {
                if (!gone) {
                    try {
                        out.flush();
                    } catch (IOException e) {
                        gone(e);
                    }
                }
            }

            @Override
            public void close() throws IOException {
                if (!gone) {
                    try {
                        out.close();
                    } catch (IOException e) {
                        gone(e);
                    }
                }
            }

            @Override
            public boolean isReady() {
                return out.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                out.setWriteListener(listener);
            }
        }
    }
}
