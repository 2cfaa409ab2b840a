package org.sala.moderation.service.spam;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Apache OpenNLP's document categoriser (maximum entropy, words and word pairs) trained on
 * comments labelled spam or not; it answers the probability that a text is spam.
 */
final class SpamClassifier {

    static final String SPAM = "spam";
    static final String HAM = "ham";
    private static final int ITERATIONS = 300;
    private static final int CUTOFF = 1;

    /** A comment and what moderators (or the built-in examples) said it was. */
    record Labelled(String text, boolean spam) {}

    private final DoccatModel model;
    private final int spamIndex;

    private SpamClassifier(DoccatModel model) {
        this.model = model;
        this.spamIndex = new DocumentCategorizerME(model).getIndex(SPAM);
    }

    static SpamClassifier train(Collection<Labelled> examples) {
        if (examples.stream().noneMatch(Labelled::spam) || examples.stream().allMatch(Labelled::spam)) {
            throw new IllegalArgumentException("Training needs examples of spam and of other comments");
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        try {
            DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
                    new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
            var samples = ObjectStreamUtils.createObjectStream(examples.stream()
                    .map(example -> new DocumentSample(example.spam() ? SPAM : HAM, SpamTokens.of(example.text())))
                    .toList());
            return new SpamClassifier(DocumentCategorizerME.train("und", samples, parameters, factory));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static SpamClassifier read(byte[] serialized) {
        try {
            return new SpamClassifier(new DoccatModel(new ByteArrayInputStream(serialized)));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    byte[] serialize() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            model.serialize(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The probability, 0 to 1, that the text is spam. A categoriser is not thread-safe: one per call. */
    double spamProbability(String text) {
        return new DocumentCategorizerME(model).categorize(SpamTokens.of(text))[spamIndex];
    }
}
