package org.sala.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A moderator in the queue: signs in, opens it, scrolls in it, selects and decides in bulk. */
public final class Moderator {
    /**
     * The sign-in page's CSRF token, in the meta tag Spring Security's token gets in the page head.
     * A regex over HTML, for one fixed tag: the client needs no HTML parser for it.
     */
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private final Tab tab;

    public Moderator(String base) {
        tab = new Tab(base, "192.0.2.200");
    }

    public Tab tab() {
        return tab;
    }

    /** Signs in; while the database is away this fails with a message saying "briefly unavailable". */
    public void signIn(String username, String password) throws IOException, InterruptedException {
        if (tab.open("/login") == 503 && tab.page().contains("briefly unavailable")) {
            throw new IllegalStateException("the sign-in page said the site is briefly unavailable");
        }
        Matcher csrf = CSRF_META.matcher(tab.page());
        if (!csrf.find()) throw new IllegalStateException("no CSRF token on the sign-in page");
        HttpResponse<String> r = tab.post("/login", Map.of("username", username, "password", password,
                "_csrf", csrf.group(1)));
        String to = r.headers().firstValue("location").orElse("");
        if (to.endsWith("/login?unavailable")) {
            throw new IllegalStateException("sign-in said it is briefly unavailable");
        }
        if (r.statusCode() != 302 || to.contains("error")) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + r.statusCode() + " " + to);
        }
    }

    /**
     * Opens the queue page (which comes with the grid's first rows) and makes the page's first
     * round trip; returns the keys of the rows the grid got.
     */
    public List<String> openQueue() throws IOException, InterruptedException {
        int status = tab.open("/staff/moderation");
        if (status != 200) throw new IllegalStateException("the queue answered " + status);
        tab.send();
        return keys(tab);
    }

    /**
     * Opens the queue health page (its figures and charts come with the page) and makes the page's
     * first round trip; fails unless the figures are there.
     */
    public void openHealth() throws IOException, InterruptedException {
        int status = tab.open("/staff/moderation/health");
        if (status != 200) throw new IllegalStateException("the health page answered " + status);
        tab.send();
        if (tab.answers().stream().noneMatch(answer -> answer.says("waiting now"))) {
            throw new IllegalStateException("the health page shows no figures");
        }
    }

    /** Scrolls the grid so that these rows are in view; returns the keys of the rows it got. */
    public List<String> rows(int first, int count) throws IOException, InterruptedException {
        return tab.send(Tab.call(tab.node("moderation-grid"), "setViewportRange", first, count)).rowKeys();
    }

    /** The keys of the grid rows the page's answers so far brought, in order, once each. */
    static List<String> keys(Tab tab) {
        return tab.answers().stream().flatMap(answer -> answer.rowKeys().stream()).distinct().toList();
    }

    /** Ticks these rows (of those the grid got last). */
    public void select(List<String> keys) throws IOException, InterruptedException {
        int grid = tab.node("moderation-grid");
        tab.send(keys.stream().map(key -> Tab.call(grid, "select", key)).toArray(ObjectNode[]::new));
    }

    /** Presses "Approve selected"; returns the page's answer. */
    public Uidl approveSelected() throws IOException, InterruptedException {
        return tab.send(Tab.click(tab.node("moderation-approve-selected")));
    }
}
