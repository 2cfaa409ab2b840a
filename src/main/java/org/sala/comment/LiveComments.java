package org.sala.comment;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open pages of this server that comments changed, once the change is committed.
 * Listeners must return quickly (a Vaadin view hands the work to {@code UI.access}).
 */
@Component
public class LiveComments {

    private static final Logger log = LoggerFactory.getLogger(LiveComments.class);

    private final Set<Consumer<CommentsChanged>> listeners = ConcurrentHashMap.newKeySet();

    /** Starts telling the listener; run the returned action to stop. */
    public Runnable subscribe(Consumer<CommentsChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener
    void committed(CommentsChanged change) {
        for (Consumer<CommentsChanged> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                log.warn("A live comment listener failed", e);
            }
        }
    }
}
