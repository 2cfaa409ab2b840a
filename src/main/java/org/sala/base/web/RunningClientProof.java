package org.sala.base.web;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * Tells {@link UnprovenSessions} when a session's client runs: Vaadin's client sends requests a
 * page without script never sends, namely its push connection (opened as the page starts, through
 * a WebSocket or, where that is blocked, long polling), its UIDL requests (what the person does)
 * and its heartbeat (every {@code vaadin.heartbeatInterval} seconds). Vaadin calls request
 * interceptors for every one of these, WebSocket messages included, before it handles them.
 * <p>
 * The heartbeat is the proof of last resort (no push, no action), so the unproven timeout must
 * outlast the first heartbeat with room to spare: the application does not start otherwise.
 */
@Component
class RunningClientProof implements VaadinServiceInitListener {

    /** Room for a late first heartbeat (a busy browser, a slow network). */
    private static final long HEARTBEAT_MARGIN_SECONDS = 20;

    private final UnprovenSessions sessions;

    RunningClientProof(UnprovenSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        int heartbeat = event.getSource().getDeploymentConfiguration().getHeartbeatInterval();
        long unproven = sessions.unprovenTimeout().toSeconds();
        if (heartbeat > 0 && unproven < heartbeat + HEARTBEAT_MARGIN_SECONDS) {
            throw new IllegalStateException("sala.sessions.unproven-timeout (" + unproven + " s) must be at least "
                    + HEARTBEAT_MARGIN_SECONDS + " s longer than vaadin.heartbeatInterval (" + heartbeat
                    + " s): a page without push would lose its session before its first heartbeat");
        }
        event.addVaadinRequestInterceptor(new Interceptor(sessions));
    }

    private record Interceptor(UnprovenSessions sessions) implements VaadinRequestInterceptor {

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            if (HandlerHelper.isRequestType(request, RequestType.UIDL)
                    || HandlerHelper.isRequestType(request, RequestType.HEARTBEAT)
                    || HandlerHelper.isRequestType(request, RequestType.PUSH)) {
                // Never creates a session: a request without one (or with an expired one) proves nothing.
                WrappedSession session = request.getWrappedSession(false);
                if (session instanceof WrappedHttpSession http) {
                    sessions.proven(http.getHttpSession());
                }
            }
        }

        @Override
        public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                Exception exception) {}

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {}
    }
}
