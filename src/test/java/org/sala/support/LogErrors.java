package org.sala.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.system.CapturedOutput;

/** The ERROR lines a test run logged. */
public final class LogErrors {

    /**
     * Atmosphere (Vaadin's push) logs these when a browser closes its websocket while a push is
     * being written, a known race of the library (vaadin/flow#7177) that loses nothing; the test
     * browsers close their pages at any moment. Only these exact cases are passed over.
     */
    private static final String CANCEL_RACE = "o.atmosphere.cpr.AsynchronousProcessor   : Failed to cancel resource";
    private static final String PUSH_FAILED = "c.v.f.s.c.PushAtmosphereHandler          : Exception in push connection";
    private static final String SOCKET_CLOSED = "because the WebSocket session has been closed";

    private LogErrors() {}

    public static List<String> in(CapturedOutput output) {
        List<String> lines = output.getAll().lines().toList();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean closedSocket = line.contains(PUSH_FAILED)
                    && lines.subList(i + 1, Math.min(lines.size(), i + 4)).stream().anyMatch(next -> next.contains(SOCKET_CLOSED));
            if (line.contains(" ERROR ") && !line.contains(CANCEL_RACE) && !closedSocket) {
                errors.add(line);
            }
        }
        return errors;
    }
}
