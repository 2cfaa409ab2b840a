package org.sala.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every payload of the public XSS corpora in {@code src/test/resources/xss-corpora} (payloadbox,
 * PayloadsAllTheThings, DOMPurify's fixtures, OWASP's filter evasion cheat sheet), plus RSnake's
 * list where the machine has {@code ../shared/corpora/xss} (its licence keeps it out of the
 * project). De-duplicated, in file order.
 */
public final class XssCorpora {

    private static final Path RSNAKE = Path.of("..", "shared", "corpora", "xss", "rsnake-xssAttacks", "xssAttacks.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<String> all;

    private XssCorpora() {}

    public static synchronized List<String> all() {
        if (all == null) {
            Set<String> payloads = new LinkedHashSet<>();
            payloads.addAll(lines(resource("payloadbox-patt/all-xss-dedup.txt"), line -> line));
            payloads.addAll(lines(resource("dompurify/expect.jsonl"), field("payload")));
            payloads.addAll(lines(resource("owasp/vectors.jsonl"), field("code")));
            if (Files.isReadable(RSNAKE)) {
                try {
                    payloads.addAll(lines(Files.newInputStream(RSNAKE), field("code")));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            payloads.removeIf(String::isBlank);
            all = List.copyOf(payloads);
        }
        return all;
    }

    /** Every n-th payload, {@code size} of them spread over the whole list. */
    public static List<String> sample(int size) {
        List<String> payloads = all();
        int step = Math.max(1, payloads.size() / size);
        return Stream.iterate(0, i -> i < payloads.size(), i -> i + step).limit(size).map(payloads::get).toList();
    }

    private static InputStream resource(String name) {
        InputStream in = XssCorpora.class.getResourceAsStream("/xss-corpora/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing test corpus " + name);
        }
        return in;
    }

    private static Function<String, String> field(String name) {
        return line -> {
            JsonNode value = JSON.readTree(line).get(name);
            return value == null ? "" : value.asString();
        };
    }

    private static List<String> lines(InputStream stream, Function<String, String> payload) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return in.lines().filter(line -> !line.isBlank()).map(payload).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
