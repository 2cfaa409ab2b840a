package org.sala.base.html;

import org.sala.base.db.DatabaseProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Once Sala is ready, sanitises outdated stored HTML again in the background: on a big site that
 * takes a while, and neither startup nor readers wait for it.
 */
@Component
class ResanitiseAfterStartup {

    private static final Logger log = LoggerFactory.getLogger(ResanitiseAfterStartup.class);

    private final StoredHtmlResanitiser resanitiser;
    private final TaskExecutor executor;

    ResanitiseAfterStartup(StoredHtmlResanitiser resanitiser,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.resanitiser = resanitiser;
        this.executor = executor;
    }

    @EventListener
    void start(ApplicationReadyEvent ready) {
        executor.execute(this::resanitise);
    }

    private void resanitise() {
        try {
            resanitiser.resanitiseOutdated();
        } catch (RuntimeException error) {
            // Each batch that finished is stored; the rest is done on the next start.
            if (DatabaseProblems.isDatabaseProblem(error)) {
                log.warn("Stored HTML could not all be sanitised again (database): {}", error.toString());
            } else {
                log.error("Stored HTML could not all be sanitised again", error);
            }
        }
    }
}
