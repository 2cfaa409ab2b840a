package org.sala.moderation.service.spam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sala.moderation.domain.SpamModel;
import org.sala.moderation.domain.SpamModelRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The model in use: the newest in the database (so every node uses the same), trained on the
 * moderators' decisions, or at first a small built-in one. Nothing leaves the server.
 */
@Component
@EnableConfigurationProperties(SpamFilterProperties.class)
public class SpamFilter {

    private static final Logger log = LoggerFactory.getLogger(SpamFilter.class);
    private static final String BUILT_IN = "spam/built-in-examples.tsv";

    /** A model and its id in spam_model. */
    record Current(SpamClassifier classifier, long modelId) {}

    private final SpamModelRepository models;
    private final SpamFilterProperties properties;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private volatile @Nullable Current current;

    SpamFilter(SpamModelRepository models, SpamFilterProperties properties, PlatformTransactionManager transactions,
            Clock clock) {
        this.models = models;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The model in use, loaded (or the built-in one trained and saved) on first use. */
    Current current() {
        Current found = current;
        if (found != null) {
            return found;
        }
        synchronized (this) {
            if (current == null) {
                current = Objects.requireNonNull(ownTransaction.execute(status -> models.newestId()
                        .flatMap(models::findById)
                        .map(model -> new Current(SpamClassifier.read(model.getModel()), model.getId()))
                        .orElseGet(() -> save(builtInExamples(), true))));
            }
            return Objects.requireNonNull(current);
        }
    }

    /** Drops the model in use: the next comment loads the newest again (tests that remove models). */
    void forgetModel() {
        current = null;
    }

    /** The newest model another node saved, if there is one. */
    void reload() {
        Long newest = ownTransaction.execute(status -> models.newestId().orElse(null));
        Current now = current;
        if (newest != null && (now == null || now.modelId() != newest)) {
            ownTransaction.executeWithoutResult(status -> models.findById(newest).ifPresent(model ->
                    current = new Current(SpamClassifier.read(model.getModel()), model.getId())));
        }
    }

    /**
     * Trains on the newest spam and approved comments with the built-in examples, when the site has
     * enough of both; says whether it did.
     */
    boolean retrain() {
        List<SpamClassifier.Labelled> examples = new ArrayList<>(builtInExamples());
        int builtIn = examples.size();
        Boolean enough = ownTransaction.execute(status -> {
            List<String> spam = models.newestTexts("SPAM", properties.maxExamples());
            List<String> approved = models.newestTexts("APPROVED", properties.maxExamples());
            if (spam.size() < properties.minExamples() || approved.size() < properties.minExamples()) {
                return false;
            }
            spam.forEach(text -> examples.add(new SpamClassifier.Labelled(text, true)));
            approved.forEach(text -> examples.add(new SpamClassifier.Labelled(text, false)));
            return true;
        });
        if (!Boolean.TRUE.equals(enough)) {
            return false;
        }
        Current trained = Objects.requireNonNull(ownTransaction.execute(status -> save(examples, false)));
        current = trained;
        log.info("Spam filter trained again on {} of the site's comments: model {}", examples.size() - builtIn,
                trained.modelId());
        return true;
    }

    private Current save(List<SpamClassifier.Labelled> examples, boolean builtIn) {
        SpamClassifier classifier = SpamClassifier.train(examples);
        int spam = (int) examples.stream().filter(SpamClassifier.Labelled::spam).count();
        SpamModel saved = models.save(new SpamModel(clock.instant(), spam, examples.size() - spam, builtIn,
                classifier.serialize()));
        return new Current(classifier, saved.getId());
    }

    static List<SpamClassifier.Labelled> builtInExamples() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource(BUILT_IN).getInputStream(), StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .map(parts -> new SpamClassifier.Labelled(parts[1], parts[0].equals("spam")))
                    .toList();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
