package org.sala.moderation.service.spam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The spam filter measured on the YouTube Spam Collection (Alberto, Lochter and Almeida, 2015;
 * {@code ../shared/corpora/spam}): trained on four of its five files, tested on the fifth, all
 * five ways, at the threshold the rule suggests. Skipped where the corpus is not beside the project.
 * Writes the table to {@code target/spam-evaluation.md}.
 */
class SpamFilterEvaluationTest {

    static final Path CORPUS = Path.of("..", "shared", "corpora", "spam", "youtube-spam-collection");
    static final double THRESHOLD = 0.5;

    @Test
    void trainedOnFourFilesItTellsTheFifthsSpamInTheMidNineties() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the YouTube Spam Collection is not at " + CORPUS.toAbsolutePath());
        List<Path> files;
        try (var listing = Files.list(CORPUS)) {
            files = listing.filter(file -> file.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(files).hasSize(5);
        StringBuilder table = new StringBuilder("| test file | comments | precision | recall | F1 | accuracy |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        double accuracySum = 0;
        double f1Sum = 0;
        for (Path test : files) {
            List<SpamClassifier.Labelled> training = new ArrayList<>();
            for (Path file : files) {
                if (!file.equals(test)) {
                    training.addAll(read(file));
                }
            }
            SpamClassifier classifier = SpamClassifier.train(training);
            int truePositive = 0;
            int falsePositive = 0;
            int falseNegative = 0;
            int correct = 0;
            List<SpamClassifier.Labelled> tested = read(test);
            for (SpamClassifier.Labelled comment : tested) {
                boolean flagged = classifier.spamProbability(comment.text()) >= THRESHOLD;
                if (flagged && comment.spam()) {
                    truePositive++;
                } else if (flagged) {
                    falsePositive++;
                } else if (comment.spam()) {
                    falseNegative++;
                }
                if (flagged == comment.spam()) {
                    correct++;
                }
            }
            double precision = truePositive / (double) (truePositive + falsePositive);
            double recall = truePositive / (double) (truePositive + falseNegative);
            double f1 = 2 * precision * recall / (precision + recall);
            double accuracy = correct / (double) tested.size();
            accuracySum += accuracy;
            f1Sum += f1;
            table.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n",
                    test.getFileName(), tested.size(), precision, recall, f1, accuracy));
        }
        table.append(String.format(Locale.ROOT, "| **mean** | | | | %.3f | %.3f |%n", f1Sum / 5, accuracySum / 5));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "spam-evaluation.md"), "Threshold " + THRESHOLD + "\n\n" + table);
        System.out.println(table);
        assertThat(accuracySum / 5).as("mean accuracy over the five folds").isGreaterThanOrEqualTo(0.90);
    }

    private static List<SpamClassifier.Labelled> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<SpamClassifier.Labelled> comments = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                comments.add(new SpamClassifier.Labelled(row.get("CONTENT"), "1".equals(row.get("CLASS").strip())));
            }
            return comments;
        }
    }
}
