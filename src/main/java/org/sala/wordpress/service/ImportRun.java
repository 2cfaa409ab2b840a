package org.sala.wordpress.service;

import java.util.HashMap;
import java.util.Map;

/** What one import learnt on its way: which Sala account, category and tag each WordPress one became. */
final class ImportRun {

    final String source;
    final String fallbackAuthor;
    final Map<String, String> usernames = new HashMap<>();
    final Map<String, Long> categoryIds = new HashMap<>();
    final Map<String, Long> tagIds = new HashMap<>();

    ImportRun(String source, String fallbackAuthor) {
        this.source = source;
        this.fallbackAuthor = fallbackAuthor;
    }
}
