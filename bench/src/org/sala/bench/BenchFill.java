package org.sala.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The benchmark's data set, filled in SQL with MariaDB's Sequence engine ({@code seq_1_to_N}) over
 * JDBC: {@code --posts} posts with titles and bodies from a few words, in five categories, and
 * {@code --comments} comments spread over them (1 in 10 pending, every other one a reply), plus
 * 50 approved comments on the newest post, a moderator's decision on each other approved comment
 * (a third of them in the last 30 days), and the moderator account the queue measurements sign
 * in as. Idempotent: a data set of the same size is left as it is. Needs only the MariaDB driver
 * ({@code java -cp mariadb-java-client.jar bench/src/org/sala/bench/Bench.java fill …} works).
 */
public final class BenchFill {

    static final String[] WORDS = {"rivers", "mountains", "harvest", "monsoon", "temple", "market", "festival",
            "village", "weaving", "railway"};
    static final String[] FIRST = {"amber", "cobalt", "silver", "golden", "crimson", "indigo", "ivory", "jade",
            "scarlet", "olive", "copper", "violet", "azure"};
    static final String[] SECOND = {"fox", "heron", "tiger", "lotus", "falcon", "otter", "mango", "orchid",
            "gecko", "crane", "bamboo"};
    static final String[] CATEGORIES = {"News", "Essays", "Newsletters", "Publications", "Events"};
    /** The archive of category 1 of 5 (a fifth of the posts): the "category archive" rows. */
    static final String CATEGORY_PATH = "/category/essays";
    /** The moderator the queue measurements sign in as; the fill sets this account up. */
    static final String MODERATOR = "bench-moderator";
    static final String MODERATOR_PASSWORD = "bench-moderator-password";
    /** {@code MODERATOR_PASSWORD} hashed with Spring Security's BCrypt (the app verifies {bcrypt} hashes). */
    static final String MODERATOR_HASH = "{bcrypt}$2a$10$T6H5aY7rvzojyrFDmYiwC.nzTvKzmsQZ.Xuf/DVBAyRflc2ly.rUK";

    private BenchFill() {
    }

    /** The newest post, which the fill gives 50 comments; its month is taken in Asia/Bangkok (UTC+7). */
    static String postPath(int posts) {
        LocalDateTime newest = LocalDateTime.of(2020, 1, 1, 0, 0).plusMinutes(15L * posts).plusHours(7);
        return String.format(Locale.ROOT, "/%04d/%02d/bench-post-%d", newest.getYear(), newest.getMonthValue(), posts);
    }

    static String elt(String[] words, String index) {
        return "ELT(1 + (" + index + "), '" + String.join("','", words) + "')";
    }

    static String enc(String sqlExpr) {
        return "CONCAT('w', LOWER(HEX(" + sqlExpr + ")))";
    }

    static void fill(Map<String, String> o) throws Exception {
        int posts = Integer.parseInt(o.getOrDefault("posts", "100000"));
        int comments = Integer.parseInt(o.getOrDefault("comments", "1000000"));
        String url = "jdbc:mariadb://127.0.0.1:" + o.get("db-port") + "/sala?user=root&allowMultiQueries=true";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO account (username, display_name, email, password_hash, enabled, created_at) "
                    + "VALUES ('" + MODERATOR + "', 'Bench Moderator', 'moderator@example.org', '" + MODERATOR_HASH
                    + "', TRUE, NOW(6)) ON DUPLICATE KEY UPDATE password_hash = VALUES(password_hash)");
            s.execute("INSERT IGNORE INTO account_role (account_id, role) SELECT id, 'MODERATOR' FROM account "
                    + "WHERE username = '" + MODERATOR + "'");
            ResultSet rs = s.executeQuery("SELECT COUNT(*), (SELECT COUNT(*) FROM comment), "
                    + "(SELECT COUNT(*) FROM post_category), (SELECT COUNT(*) FROM comment_decision) FROM post");
            rs.next();
            if (rs.getLong(1) == posts && rs.getLong(2) == comments + 50 && rs.getLong(3) == posts
                    && rs.getLong(4) > 0) {
                System.out.println("Data set already in place: " + posts + " posts, " + comments + " comments");
                return;
            }
            long t0 = System.nanoTime();
            s.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            for (String table : List.of("comment_decision", "comment", "post_search",
                    "post_category", "post_tag", "post_slug_redirect", "post")) {
                s.execute("DELETE FROM " + table);
            }
            s.execute("INSERT IGNORE INTO account (username, display_name, email, enabled, created_at) "
                    + "VALUES ('bench', 'Bench Author', 'bench@example.org', TRUE, NOW(6))");
            s.execute("SET @author = (SELECT id FROM account WHERE username = 'bench')");
            // Post n is published n*15 minutes after 2020-01-01 (UTC); its month in Asia/Bangkok (UTC+7).
            String title = "CONCAT('Bench post about ', " + elt(WORDS, "seq % 10") + ", ' and the ', "
                    + elt(FIRST, "seq % 13") + ", " + elt(SECOND, "seq % 11") + ")";
            String body = "CONCAT('A long walk along the ', " + elt(WORDS, "(seq * 7) % 10")
                    + ", ' near the old ', " + elt(WORDS, "(seq * 3) % 10") + ", ' where the ', "
                    + elt(FIRST, "seq % 13") + ", " + elt(SECOND, "seq % 11")
                    + ", ' lives. ', REPEAT('Readers write about the weather and the road. ', 12))";
            String published = "TIMESTAMP('2020-01-01 00:00:00') + INTERVAL seq * 15 MINUTE";
            for (int from = 1; from <= posts; from += 50000) {
                int to = Math.min(posts, from + 49999);
                s.execute("INSERT INTO post (id, slug, title, body_source, body_html, excerpt, status, author_id, "
                        + "published_at, published_month, comments_open, created_at, updated_at, comment_count) "
                        + "SELECT seq, CONCAT('bench-post-', seq), " + title + ", " + body + ", CONCAT('<p>', " + body
                        + ", '</p>'), LEFT(" + body + ", 200), 'PUBLISHED', @author, " + published + ", "
                        + "CAST(DATE_FORMAT(" + published + " + INTERVAL 7 HOUR, '%Y%m') AS INT), TRUE, "
                        + published + ", " + published + ", 0 FROM seq_" + from + "_to_" + to);
                s.execute("INSERT INTO post_search (post_id, title_terms, body_terms, body_text) "
                        + "SELECT seq, CONCAT_WS(' ', " + enc("'bench'") + ", " + enc("'post'") + ", " + enc("'about'")
                        + ", " + enc(elt(WORDS, "seq % 10")) + ", " + enc("'and'") + ", " + enc("'the'") + ", "
                        + enc("CONCAT(" + elt(FIRST, "seq % 13") + ", " + elt(SECOND, "seq % 11") + ")") + "), "
                        + "CONCAT_WS(' ', " + enc(elt(WORDS, "(seq * 7) % 10")) + ", " + enc(elt(WORDS, "(seq * 3) % 10"))
                        + ", " + enc("'readers'") + ", " + enc("'weather'") + ", " + enc("'road'") + "), " + body
                        + " FROM seq_" + from + "_to_" + to);
            }
            // Five categories, as the peers' fill has them: post n is in category n % 5.
            for (int i = 0; i < CATEGORIES.length; i++) {
                s.execute("INSERT IGNORE INTO category (name, slug, position) VALUES ('" + CATEGORIES[i] + "', '"
                        + CATEGORIES[i].toLowerCase(Locale.ROOT) + "', " + i + ")");
            }
            s.execute("INSERT INTO post_category (post_id, category_id) SELECT p.id, c.id FROM post p JOIN category c "
                    + "ON c.slug = ELT((p.id % 5) + 1, " + Arrays.stream(CATEGORIES)
                            .map(name -> "'" + name.toLowerCase(Locale.ROOT) + "'").collect(Collectors.joining(", ")) + ")");
            System.out.printf("posts: %d in %.1f s%n", posts, (System.nanoTime() - t0) / 1e9);
            // Comments: comment s belongs to post ((s-1) % P) + 1 with P = posts - 1, as its k-th comment
            // (k = (s-1) div P); odd k reply to the k-1-th (depth 1), even k start threads; k % 10 = 9 is
            // PENDING (so 1 in 10), the rest APPROVED. The newest post (id = posts) gets exactly 50
            // approved comments the same way: the "post with 50 comments". Every third approved
            // comment arrived in the last 30 days (3 to 30 days ago: some 10,000 a day for the queue
            // health page), the others along with their post.
            int p = posts - 1;
            String cols = "INSERT INTO comment (id, post_id, parent_id, thread_path, depth, author_name, author_email, "
                    + "author_ip, body_raw, body_html, status, created_at, updated_at) ";
            for (long from = 1; from <= comments; from += 100000) {
                long to = Math.min(comments, from + 99999);
                String k = "((seq - 1) DIV " + p + ")";
                String parent = "IF(" + k + " % 2 = 1, seq - " + p + ", NULL)";
                String recent = "seq % 3 = 0 AND " + k + " % 10 <> 9";
                String recentAt = "NOW(6) - INTERVAL 30 DAY + INTERVAL ((seq * 7) % 2332800) SECOND";
                s.execute(cols + "SELECT seq, ((seq - 1) % " + p + ") + 1, " + parent + ", "
                        + "IF(" + k + " % 2 = 1, CONCAT(LPAD(seq - " + p + ", 12, '0'), '/', LPAD(seq, 12, '0'), '/'), "
                        + "CONCAT(LPAD(seq, 12, '0'), '/')), " + k + " % 2, CONCAT('Reader ', seq % 5000), "
                        + "CONCAT('reader', seq % 5000, '@example.org'), '192.0.2.1', "
                        + "CONCAT('Comment ', seq, ' about the ', " + elt(WORDS, "seq % 10") + "), "
                        + "CONCAT('<p>Comment ', seq, ' about the ', " + elt(WORDS, "seq % 10") + ", '</p>'), "
                        + "IF(" + k + " % 10 = 9, 'PENDING', 'APPROVED'), "
                        + "IF(" + recent + ", " + recentAt + ", TIMESTAMP('2020-01-01 00:00:00') + INTERVAL (((seq - 1) % " + p
                        + ") + 1) * 15 MINUTE + INTERVAL " + k + " HOUR + INTERVAL seq MICROSECOND), "
                        + "IF(" + recent + ", " + recentAt + ", TIMESTAMP('2020-01-01 00:00:00') + INTERVAL (((seq - 1) % " + p
                        + ") + 1) * 15 MINUTE + INTERVAL " + k + " HOUR) FROM seq_" + from + "_to_" + to);
                System.out.printf("comments: %d in %.1f s%n", to, (System.nanoTime() - t0) / 1e9);
            }
            long base = comments;
            s.execute(cols + "SELECT " + base + " + seq, " + posts + ", IF(seq % 2 = 0, " + base + " + seq - 1, NULL), "
                    + "IF(seq % 2 = 0, CONCAT(LPAD(" + base + " + seq - 1, 12, '0'), '/', LPAD(" + base
                    + " + seq, 12, '0'), '/'), CONCAT(LPAD(" + base + " + seq, 12, '0'), '/')), 1 - seq % 2, "
                    + "CONCAT('Reader ', seq), CONCAT('reader', seq, '@example.org'), '192.0.2.1', "
                    + "CONCAT('Comment number ', seq, ' on the busy post'), CONCAT('<p>Comment number ', seq, "
                    + "' on the busy post</p>'), 'APPROVED', NOW(6) - INTERVAL (60 - seq) MINUTE, "
                    + "NOW(6) - INTERVAL (60 - seq) MINUTE FROM seq_1_to_50");
            s.execute("UPDATE post p JOIN (SELECT post_id, COUNT(*) n FROM comment WHERE status = 'APPROVED' "
                    + "GROUP BY post_id) c ON c.post_id = p.id SET p.comment_count = c.n");
            // Each approved comment (but the busy post's) has its moderator's decision, 0 to 72 hours
            // after it arrived: the history the queue health page reads.
            s.execute("INSERT INTO comment_decision (comment_id, moderator_account_id, moderator_name, from_status, "
                    + "to_status, body_edited, decided_at) SELECT c.id, a.id, a.display_name, 'PENDING', 'APPROVED', FALSE, "
                    + "c.created_at + INTERVAL ((c.id * 7) % 4320) MINUTE FROM comment c JOIN account a ON a.username = '"
                    + MODERATOR + "' WHERE c.status = 'APPROVED' AND c.post_id <> " + posts);
            System.out.printf("decisions in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            s.execute("ANALYZE TABLE post, comment, post_search, comment_decision");
            System.out.printf("fill done: %d posts, %d comments (%d pending) in %.1f s%n", posts, comments + 50,
                    comments / 10, (System.nanoTime() - t0) / 1e9);
        }
    }
}
