package org.sala.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * How many Vaadin UIs (server-side pages: one per live tab) the server holds now, as the gauge
 * {@code sala.vaadin.uis}: counted up when Vaadin makes a UI and down when it lets go of it (tab
 * closed, heartbeats missed or session gone), so reading it costs nothing.
 */
@Component
class OpenUis implements VaadinServiceInitListener, MeterBinder {

    private final AtomicLong open = new AtomicLong();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        AtomicLong uis = open;
        event.getSource().addUIInitListener(init -> {
            uis.incrementAndGet();
            AtomicBoolean counted = new AtomicBoolean(true);
            // a UI is detached when it is removed from its session; the listener holds nothing
            // that cannot go along if the session is ever serialised
            init.getUI().addDetachListener(detach -> {
                if (counted.getAndSet(false)) {
                    uis.decrementAndGet();
                }
            });
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("sala.vaadin.uis", open, AtomicLong::get)
                .description("Vaadin UIs held by the server (one per live page)")
                .register(registry);
    }

    long open() {
        return open.get();
    }
}
