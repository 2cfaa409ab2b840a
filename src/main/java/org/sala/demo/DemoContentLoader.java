package org.sala.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code sala.demo.enabled} (on unless set to false, as {@link DemoProperties} says): fills an
 * empty database once, then tells how to sign in.
 */
@Component
@ConditionalOnBooleanProperty(name = "sala.demo.enabled", matchIfMissing = true)
@Order(0)
class DemoContentLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);

    private final DemoContentService demo;

    DemoContentLoader(DemoContentService demo) {
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.loadIfEmpty()) {
            log.info("Loaded the demo site: posts, categories and demo accounts.");
        }
    }

    @EventListener
    @Order(1)
    void tellHowToSignIn(ApplicationReadyEvent ready) {
        log.info("""

                    Demo accounts (password for all: {}), sign in at /login:
                      author     malee
                      moderator  dara
                      admin      admin
                """, DemoContentService.DEMO_PASSWORD);
    }
}
