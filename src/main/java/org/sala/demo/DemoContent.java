package org.sala.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The demo site's people, categories and posts, read from {@code demo/demo-content.yaml}. */
record DemoContent(List<Author> authors, List<Category> categories, List<Post> posts, List<Comment> comments,
        List<Page> pages) {

    static final String RESOURCE = "demo/demo-content.yaml";

    record Author(String username, String displayName) {}

    record Category(String name, String slug) {}

    record Post(String title, LocalDateTime published, String author, List<String> categories, List<String> tags,
            String body) {}

    /**
     * A reader's comment (or a team member's, when {@code staff} names an account) on the post with
     * the title {@code post}; {@code replyTo} is the {@code key} of the comment it answers.
     */
    record Comment(String key, String post, @Nullable String replyTo, String name, String email, @Nullable String staff,
            LocalDateTime at, String status, String body) {}

    /** A page outside the blog, linked from the header in list order. */
    record Page(String slug, String title, String body) {}

    @SuppressWarnings("unchecked")
    static DemoContent read() {
        try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            Map<String, Object> root = new Yaml(new LoaderOptions()).load(in);
            List<Map<String, Object>> authors = (List<Map<String, Object>>) root.get("authors");
            List<Map<String, Object>> categories = (List<Map<String, Object>>) root.get("categories");
            List<Map<String, Object>> posts = (List<Map<String, Object>>) root.get("posts");
            List<Map<String, Object>> comments = (List<Map<String, Object>>) root.getOrDefault("comments", List.of());
            List<Map<String, Object>> pages = (List<Map<String, Object>>) root.getOrDefault("pages", List.of());
            return new DemoContent(
                    Objects.requireNonNull(authors).stream().map(a -> new Author(text(a, "username"), text(a, "displayName"))).toList(),
                    Objects.requireNonNull(categories).stream().map(c -> new Category(text(c, "name"), text(c, "slug"))).toList(),
                    Objects.requireNonNull(posts).stream().map(DemoContent::post).toList(),
                    comments.stream().map(DemoContent::comment).toList(),
                    pages.stream().map(p -> new Page(text(p, "slug"), text(p, "title"), text(p, "body"))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Post post(Map<String, Object> post) {
        return new Post(text(post, "title"), LocalDateTime.parse(text(post, "published")), text(post, "author"),
                (List<String>) post.getOrDefault("categories", List.of()),
                ((List<Object>) post.getOrDefault("tags", List.of())).stream().map(String::valueOf).toList(),
                text(post, "body"));
    }

    private static Comment comment(Map<String, Object> comment) {
        return new Comment(text(comment, "key"), text(comment, "post"), optional(comment, "replyTo"),
                text(comment, "name"), text(comment, "email"), optional(comment, "staff"),
                LocalDateTime.parse(text(comment, "at")), text(comment, "status"), text(comment, "body"));
    }

    private static @Nullable String optional(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : String.valueOf(value);
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("Demo content lacks '" + key + "' in " + map);
        }
        return String.valueOf(value);
    }
}
