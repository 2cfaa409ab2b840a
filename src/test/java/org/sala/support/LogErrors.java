package org.sala.support;

import java.util.List;
import org.springframework.boot.test.system.CapturedOutput;

/** The ERROR lines a test run logged. */
public final class LogErrors {

    /**
     * Atmosphere (Vaadin's push) logs this when a browser closes its websocket while a push is being
     * written, a known race of the library (vaadin/flow#7177) that loses nothing; the test browsers
     * close pages at any moment.
     */
    private static final String PUSH_CLOSE_RACE = "o.atmosphere.cpr.AsynchronousProcessor   : Failed to cancel resource";

    private LogErrors() {}

    public static List<String> in(CapturedOutput output) {
        return output.getAll().lines().filter(line -> line.contains(" ERROR ") && !line.contains(PUSH_CLOSE_RACE))
                .toList();
    }
}
