package org.sala.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A reader who writes: opens a post, fills in name, email and comment, and presses Send. */
public final class Commenter {
    /** What the page said after Send. */
    public enum Outcome {
        /**
         * "Thank you! Your comment is awaiting moderation.", or "… is published." when a rule
         * published it at once (a commenter whose earlier comments a moderator approved).
         */
        ACKNOWLEDGED,
        /** "You sent this same comment a moment ago": an earlier try was stored. */
        ALREADY_THERE,
        /** "The site is briefly unavailable… nothing you typed has been lost." */
        UNAVAILABLE,
        /** "You are commenting very fast. Please wait…": the per-person limits. */
        TOO_FAST,
        /** Anything else (a refusal, a limit, an error). */
        OTHER
    }

    private final Tab tab;
    private final String name;
    private final String email;
    private Uidl last;

    public Commenter(String base, int number) {
        tab = new Tab(base, "198.18." + (number / 250) + "." + (1 + number % 250));
        name = "Commenter " + number + " ស្រីមុំ";
        email = "commenter" + number + "@example.org";
    }

    public int open(String postPath) throws IOException, InterruptedException {
        return tab.open(postPath);
    }

    /**
     * The reader focuses the form: the live UI starts (on a cached page) and the form becomes
     * live. False when the live page said the site is briefly unavailable (the database is away).
     */
    public boolean startWriting() throws IOException, InterruptedException {
        if (!tab.formLive) {
            boolean unavailable = tab.csrf == null ? tab.start().says("briefly unavailable")
                    : tab.page().contains("briefly unavailable");
            if (unavailable) {
                return false;
            }
            tab.send(Tab.event(tab.node("comment-form-island"), "sala-activate", Map.of()));
            tab.send(Tab.event(1, "ui-poll", Map.of())); // as the page's script does once the form is live
            tab.formLive = true;
        }
        return true;
    }

    /** The expression the live form's submit listener asks for this field's value with. */
    private String field(String name) {
        return tab.eventDataExpression("element.elements.namedItem('" + name + "').value");
    }

    public Tab tab() {
        return tab;
    }

    /**
     * Writes and presses Send as a reader does: on a cached page that starts the live UI; the
     * form becomes live (the script's {@code sala-activate}) and its submit event carries the
     * fields' values.
     */
    public Outcome send(String text) throws IOException, InterruptedException {
        if (!startWriting()) return Outcome.UNAVAILABLE;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(field("name"), name);
        fields.put(field("email"), email);
        fields.put(field("website"), "");
        fields.put(field("trap"), "");
        fields.put(field("body"), text);
        fields.put("element.elements.namedItem('notifyWhenPublished').checked", false);
        fields.put("element.elements.namedItem('notifyReplies').checked", false);
        last = tab.send(Tab.event(tab.node("comment-form"), "submit", fields));
        if (last.says("Thank you! Your comment is awaiting moderation.")
                || last.says("Thank you! Your comment is published.")) {
            return Outcome.ACKNOWLEDGED;
        }
        if (last.says("You sent this same comment a moment ago")) return Outcome.ALREADY_THERE;
        if (last.says("briefly unavailable")) {
            // a new, empty form comes only with a comment taken; the typed text must stay
            if (last.nodeWithClass("comment-form").isPresent()) {
                throw new IllegalStateException("the comment form was emptied although the comment was not taken");
            }
            return Outcome.UNAVAILABLE;
        }
        if (last.says("You are commenting very fast") || last.says("You have sent many comments today")) {
            return Outcome.TOO_FAST;
        }
        return Outcome.OTHER;
    }

    /** The texts (with a space in them) that the server's last answer put on the page, for reports. */
    public List<String> said() {
        return last == null ? List.of() : last.sentences().stream().limit(5).toList();
    }
}
