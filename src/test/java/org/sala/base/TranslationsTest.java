package org.sala.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Readers get every word in Thai too; staff pages are English-only for now. */
class TranslationsTest {

    private static final Set<String> STAFF_ONLY_PREFIXES = Set.of("moderation.", "staff.", "authoring.", "media.", "pages.", "rules.",
            "taxonomy.", "wordpress.");

    @Test
    void everyReaderFacingTextHasAThaiTranslation() throws IOException {
        Properties english = load("translations.properties");
        Properties thai = load("translations_th.properties");

        Set<String> missing = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            boolean staffOnly = STAFF_ONLY_PREFIXES.stream().anyMatch(key::startsWith);
            if (!staffOnly && thai.getProperty(key, "").isBlank()) {
                missing.add(key);
            }
        }
        assertThat(missing).as("reader keys without Thai").isEmpty();
        assertThat(english.stringPropertyNames()).containsAll(thai.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
