package org.sala.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every {@code sala.*} key is bound by a {@code @ConfigurationProperties} record, which holds its one
 * default: the configuration processor lists each key with its description (the record
 * component's Javadoc) in {@code META-INF/spring-configuration-metadata.json}, and no source reads a
 * {@code sala.*} key through a {@code ${...}} placeholder (which would carry a default of its own).
 * Reads the sources and properties files as text, from the project directory the build runs in.
 */
class ConfigurationMetadataTest {

    private static final String METADATA = "META-INF/spring-configuration-metadata.json";
    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final List<Path> PROPERTIES_FILES = List.of(Path.of("src/main/resources/application.properties"),
            Path.of("src/test/resources/application-test.properties"));

    @Test
    void everySalaKeyThatIsSetIsInTheMetadata() throws IOException {
        Map<String, JsonNode> described = salaProperties();
        List<String> missing = new ArrayList<>();
        for (Path file : PROPERTIES_FILES) {
            for (String key : salaKeys(file)) {
                if (!described.containsKey(key)) {
                    missing.add(key + " (set in " + file + ")");
                }
            }
        }
        assertThat(missing).as("sala.* keys that no @ConfigurationProperties record binds, or that the "
                + "configuration processor did not list in " + METADATA).isEmpty();
    }

    @Test
    void everySalaKeyInTheMetadataIsDescribed() throws IOException {
        List<String> undescribed = salaProperties().entrySet().stream()
                .filter(property -> property.getValue().path("description").asString("").isBlank())
                .map(Map.Entry::getKey)
                .toList();
        assertThat(undescribed).as("sala.* keys without a description (a @param line in their record's Javadoc)")
                .isEmpty();
    }

    @Test
    void noSourceReadsASalaKeyThroughAPlaceholder() throws IOException {
        List<String> placeholders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("${sala.")) {
                        placeholders.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(placeholders).as("sala.* keys read with @Value or another ${...} placeholder instead of "
                + "their @ConfigurationProperties record").isEmpty();
    }

    /** The sala.* properties of every metadata file on the class path (Sala's own lists them), by name. */
    private static Map<String, JsonNode> salaProperties() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> properties = new TreeMap<>();
        for (URL metadata : Collections.list(ConfigurationMetadataTest.class.getClassLoader().getResources(METADATA))) {
            try (InputStream in = metadata.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String name = property.path("name").asString("");
                    if (name.startsWith("sala.")) {
                        properties.put(name, property);
                    }
                }
            }
        }
        return properties;
    }

    private static List<String> salaKeys(Path propertiesFile) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(propertiesFile)) {
            properties.load(in);
        }
        return properties.stringPropertyNames().stream().filter(key -> key.startsWith("sala.")).sorted().toList();
    }
}
