package org.sala.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab: its cookies (the session), and for the page it shows the UI id, the CSRF
 * token, the last sync id and the next client id, as Vaadin's client keeps them. Opening another
 * page in the same tab keeps the cookies and starts a new UI. Not for use by two threads at once.
 *
 * <p>A reader without a session gets the cached page, plain HTML without a UI; when the reader
 * acts, the page's script starts Vaadin's client for the same address: {@link #start} does what
 * it does (the init request, then the navigation round trip that builds the view).
 */
public final class Tab {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;
    private final String forwardedFor;
    final Map<String, String> cookies = new LinkedHashMap<>();
    private String page = "";
    /** The JSON answers of the page opened last: its initial state (if live), then each round trip's. */
    private final List<Uidl> answers = new ArrayList<>();
    private String openedPath = "/";
    int cookiesSet;
    /** Whether the comment form of the page opened last was made live. */
    boolean formLive;
    String csrf;
    private String uiId;
    private long syncId;
    private int clientId;

    /** @param forwardedFor the person's own address, as a proxy in front of Sala would pass it on */
    public Tab(String base, String forwardedFor) {
        this.base = base;
        this.forwardedFor = forwardedFor;
    }

    /**
     * GETs a page; a live page's UI is then ready for {@link #send}, a cached page has none until
     * {@link #start}. Returns the HTTP status.
     */
    public int open(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request(path).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        keepCookies(r);
        page = r.body();
        answers.clear();
        openedPath = path;
        csrf = null;
        formLive = false;
        if (r.statusCode() == 200) Uidl.fromPage(page).ifPresent(this::takeUi);
        return r.statusCode();
    }

    /** Takes the UI a live page or the init request brings, if it brings one. */
    private void takeUi(Uidl initial) {
        answers.add(initial);
        var token = initial.securityKey();
        var sync = initial.syncId();
        var ui = initial.uiId();
        if (token.isPresent() && sync.isPresent() && ui.isPresent()) {
            csrf = token.get();
            syncId = sync.getAsLong();
            uiId = ui.get();
            clientId = 0;
        }
    }

    /** Whether the page opened last is a cached page (no UI yet). */
    public boolean isCached() {
        return csrf == null && page.contains("id=\"reader-page\"");
    }

    /**
     * Starts the live UI of a cached page as its reader script does when the reader acts: Vaadin's
     * init request for the page's address, then the navigation round trip that builds the view.
     * On a live page it is the page's first round trip. Returns the view's UIDL.
     */
    public Uidl start() throws IOException, InterruptedException {
        if (csrf != null) {
            return send();
        }
        String[] pathAndQuery = openedPath.split("\\?", 2);
        String query = pathAndQuery.length > 1 ? pathAndQuery[1] : "";
        HttpResponse<String> init = HTTP.send(request("/?v-r=init&location="
                + URLEncoder.encode(pathAndQuery[0].replaceFirst("^/", ""), StandardCharsets.UTF_8) + "&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        keepCookies(init);
        answers.clear();
        if (init.statusCode() == 200) Uidl.tryParse(init.body()).ifPresent(this::takeUi);
        if (csrf == null) {
            throw new IllegalStateException("Vaadin's init request answered " + init.statusCode() + " "
                    + init.body().substring(0, Math.min(300, init.body().length())));
        }
        page = init.body();
        ObjectNode navigate = event(1, "ui-navigate", Map.of());
        ObjectNode data = (ObjectNode) navigate.get("data");
        data.put("route", pathAndQuery[0]);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        return send(navigate);
    }

    /** The last page's HTML (with its initial UIDL), or an error page's text, and the UIDL answers since. */
    public String page() {
        return page;
    }

    /** The page's JSON answers so far: its initial state (a live page's, or the init request's), then each round trip's. */
    public List<Uidl> answers() {
        return List.copyOf(answers);
    }

    /**
     * The node id of the element the page gave a CSS class name (the last one given it, as the
     * page's UIDL answers so far tell).
     */
    public int node(String className) {
        int node = -1;
        for (Uidl answer : answers) {
            OptionalInt found = answer.nodeWithClass(className);
            if (found.isPresent()) node = found.getAsInt();
        }
        if (node < 0) throw new IllegalStateException("no element with class " + className + " in the page");
        return node;
    }

    /**
     * The event data expression the page's listeners ask for that starts with this one (the
     * live form asks for a field's value cut one character past its limit), as the page's
     * UIDL answers so far name it.
     */
    public String eventDataExpression(String start) {
        String found = null;
        for (Uidl answer : answers) {
            found = answer.eventDataExpression(start).orElse(found);
        }
        if (found == null) throw new IllegalStateException("no listener asks for " + start);
        return found;
    }

    /** A DOM event on the element, with the event data its listener asked for. */
    public static ObjectNode event(int node, String event, Map<String, Object> data) {
        ObjectNode rpc = Uidl.object().put("type", "event").put("node", node).put("event", event);
        ObjectNode fields = rpc.putObject("data");
        data.forEach((name, value) -> fields.set(name, Uidl.value(value)));
        return rpc;
    }

    /**
     * One UIDL round trip carrying these RPC calls (none: a plain sync, as after the page loads).
     * Returns the answer; throws when the server refused the request.
     */
    public Uidl send(ObjectNode... rpc) throws IOException, InterruptedException {
        if (csrf == null) throw new IllegalStateException("no Vaadin UI open in this tab");
        ObjectNode request = Uidl.object().put("csrfToken", csrf);
        ArrayNode calls = request.putArray("rpc");
        for (ObjectNode call : rpc) calls.add(call);
        request.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> r = HTTP.send(uidl(request).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        keepCookies(r);
        String body = r.body();
        Uidl answer = r.statusCode() == 200 ? Uidl.tryParse(body).orElse(null) : null;
        if (answer == null || answer.syncId().isEmpty() || answer.appError()) {
            throw new IllegalStateException("UIDL refused: " + r.statusCode() + " "
                    + body.substring(0, Math.min(300, body.length())));
        }
        syncId = answer.syncId().getAsLong();
        clientId++;
        page = page + body;
        answers.add(answer);
        return answer;
    }

    /** What a browser sends when the tab closes or navigates away: the server closes the UI. */
    public void close() throws IOException, InterruptedException {
        if (csrf == null) return;
        ObjectNode request = Uidl.object().put("csrfToken", csrf);
        request.putArray("rpc");
        request.put("syncId", syncId).put("clientId", clientId).put("UNLOAD", true);
        HTTP.send(uidl(request).build(), HttpResponse.BodyHandlers.discarding());
        csrf = null;
    }

    /** A form POST outside Vaadin (the sign-in form); returns the status and keeps the cookies. */
    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> r = HTTP.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        keepCookies(r);
        return r;
    }

    private HttpRequest.Builder uidl(ObjectNode json) {
        return request("/?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(Uidl.write(json), StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (forwardedFor != null) b.header("X-Forwarded-For", forwardedFor);
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return b;
    }

    private void keepCookies(HttpResponse<?> r) {
        for (String header : r.headers().allValues("set-cookie")) {
            cookiesSet++;
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
    }

    /** A property the user changed in the browser (a field's value). */
    public static ObjectNode sync(int node, String property, String value) {
        return Uidl.object().put("type", "mSync").put("node", node).put("feature", 1).put("property", property)
                .put("value", value);
    }

    public static ObjectNode click(int node) {
        return event(node, "click", Map.of());
    }

    /** A call of an element's {@code $server} method, as Vaadin's web components make them. */
    public static ObjectNode call(int node, String method, Object... args) {
        ObjectNode rpc = Uidl.object().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method);
        ArrayNode list = rpc.putArray("templateEventMethodArgs");
        for (Object arg : args) list.add(Uidl.value(arg));
        rpc.put("promise", 0);
        return rpc;
    }
}
