package org.sala.base.html;

import org.sala.base.cache.ReaderContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Pages and feeds show stored HTML as it is, so it must have gone through the sanitiser policy
 * as it is now. When a policy's version is raised, this sanitises every row stored under an
 * older version again, a batch ({@code sala.html.resanitise-batch-size} rows) at a time in id
 * order (each batch its own transaction, in the feature's {@link OutdatedHtml}), and logs one
 * line with the counts.
 *
 * <p>Deliberately not transactional itself: a transaction around the whole walk would hold a
 * big site's rows until the end.
 */
@Component
@EnableConfigurationProperties(HtmlProperties.class)
public class StoredHtmlResanitiser {

    private static final Logger log = LoggerFactory.getLogger(StoredHtmlResanitiser.class);

    private final List<OutdatedHtml> kinds;
    private final int batchSize;
    private final ApplicationEventPublisher events;

    StoredHtmlResanitiser(List<OutdatedHtml> kinds, HtmlProperties properties, ApplicationEventPublisher events) {
        this.kinds = kinds;
        this.batchSize = properties.resanitiseBatchSize();
        this.events = events;
    }

    public List<Resanitised> resanitiseOutdated() {
        return resanitiseOutdated(batchSize);
    }

    public List<Resanitised> resanitiseOutdated(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("Batch size " + batchSize);
        }
        long started = System.nanoTime();
        List<Resanitised> done = kinds.stream().map(kind -> resanitise(kind, batchSize)).toList();
        log.info("Stored HTML sanitised again where an older policy had sanitised it: {} in {} ms",
                done.stream().map(Resanitised::toString).collect(Collectors.joining(", ")),
                (System.nanoTime() - started) / 1_000_000);
        if (done.stream().anyMatch(kind -> kind.changed() > 0)) {
            events.publishEvent(new ReaderContentChanged("stored HTML sanitised again"));
        }
        return done;
    }

    private static Resanitised resanitise(OutdatedHtml kind, int batchSize) {
        int rows = 0;
        int changed = 0;
        int batches = 0;
        long afterId = 0;
        ResanitisedBatch batch;
        do {
            batch = kind.resanitiseAfter(afterId, batchSize);
            if (batch.rows() > 0) {
                batches++;
                rows += batch.rows();
                changed += batch.changed();
                afterId = batch.lastId();
            }
        } while (batch.rows() == batchSize);
        return new Resanitised(kind.kind(), kind.currentVersion(), rows, changed, batches);
    }
}
