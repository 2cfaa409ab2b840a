package org.sala.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON answer of Vaadin's server, parsed with Jackson: the UIDL of a round trip, the answer to
 * the init request ({@code {"appConfig":{…,"v-uiId":0,"uidl":{…,"syncId":0,"Vaadin-Security-Key":…}}}}),
 * or the initial state a live page brings in its bootstrap script. It answers what the client needs
 * from it by walking the tree: the UI id, sync id and CSRF token, the node an element with a CSS
 * class has, the event data the page's listeners ask for, the grid rows it got.
 */
public final class Uidl {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /**
     * A live page's bootstrap script, as Vaadin's IndexHtmlRequestHandler writes it (a
     * {@code <script initial="">} in the head): {@code window.Vaadin = window.Vaadin || {};window.Vaadin.TypeScript= {…};}.
     */
    private static final String BOOTSTRAP = "window.Vaadin.TypeScript=";

    private final String text;
    private final JsonNode json;

    private Uidl(String text, JsonNode json) {
        this.text = text;
        this.json = json;
    }

    /** Parses a JSON answer; throws Jackson's exception when it is not JSON (an error page). */
    public static Uidl parse(String text) {
        return new Uidl(text, MAPPER.readTree(text));
    }

    /** The answer parsed, or empty when it is not JSON. */
    static Optional<Uidl> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /**
     * The initial state a live page brings, empty for a page without a UI (a cached page, an
     * error page). The JSON is the text of the bootstrap script between {@code window.Vaadin.TypeScript=}
     * and the script's end: a script element's text ends at the first {@code </script} (HTML's rule
     * for raw-text elements, as the browser reads it; a JSON string cannot hold that sequence
     * there), and Vaadin ends its statement with {@code ;}. That text is parsed as a whole, so a
     * change of Vaadin's format fails here instead of being half read.
     */
    public static Optional<Uidl> fromPage(String html) {
        int at = html.indexOf(BOOTSTRAP);
        if (at < 0) return Optional.empty();
        int end = html.indexOf("</script", at);
        if (end < 0) throw new IllegalStateException("Vaadin's bootstrap script does not end");
        String json = html.substring(at + BOOTSTRAP.length(), end).strip();
        if (json.endsWith(";")) json = json.substring(0, json.length() - 1);
        return Optional.of(parse(json));
    }

    /** The text as the server sent it (for sizes and error messages). */
    public String text() {
        return text;
    }

    public JsonNode json() {
        return json;
    }

    /** The CSRF token Vaadin's client sends as {@code csrfToken}. */
    public Optional<String> securityKey() {
        return Optional.ofNullable(json.findValue("Vaadin-Security-Key")).filter(JsonNode::isString)
                .map(JsonNode::stringValue);
    }

    /** The sync id of the server's state this answer brings. */
    public OptionalLong syncId() {
        JsonNode sync = json.findValue("syncId");
        return sync != null && sync.isIntegralNumber() ? OptionalLong.of(sync.longValue()) : OptionalLong.empty();
    }

    /** The UI's id (init answer and bootstrap page). */
    public Optional<String> uiId() {
        return Optional.ofNullable(json.findValue("v-uiId")).filter(JsonNode::isIntegralNumber).map(JsonNode::asString);
    }

    /** Whether the server refused the request (a wrong token, an error in the session). */
    public boolean appError() {
        return json.findValue("appError") != null;
    }

    /** The changes of Vaadin's state tree this answer makes, in order. */
    List<JsonNode> changes() {
        List<JsonNode> changes = new ArrayList<>();
        for (JsonNode list : json.findValues("changes")) {
            list.forEach(changes::add);
        }
        return changes;
    }

    /**
     * The node of the element that this answer gives a CSS class (the last one it gives it): a
     * {@code splice} change of the element's class list, {@code {"node":9,"type":"splice","feat":11,"index":0,"add":["island","comment-form-island"]}}.
     */
    public OptionalInt nodeWithClass(String className) {
        OptionalInt found = OptionalInt.empty();
        for (JsonNode change : changes()) {
            if (is(change, "type", "splice") && change.path("add").isArray()) {
                for (JsonNode added : change.path("add")) {
                    if (added.isString() && added.stringValue().equals(className)) {
                        found = OptionalInt.of(change.path("node").asInt());
                    }
                }
            }
        }
        return found;
    }

    /** How many nodes this answer attaches to Vaadin's state tree (its {@code attach} changes). */
    public long attachedNodes() {
        return changes().stream().filter(change -> is(change, "type", "attach")).count();
    }

    /**
     * The event data expressions the page's listeners ask for: the names in the answer's constant
     * pool ({@code "constants":{"pb+8QxQrqvU=":{"element.elements.namedItem('name').value.slice(0, 101)":false,…}}}).
     */
    public List<String> eventDataExpressions() {
        List<String> expressions = new ArrayList<>();
        for (JsonNode constants : json.findValues("constants")) {
            for (JsonNode constant : constants) {
                if (constant.isObject()) expressions.addAll(constant.propertyNames());
            }
        }
        return expressions;
    }

    /**
     * The last expression this answer names that is {@code start}, or {@code start} cut to a length
     * ({@code start.slice(0, N)}, as the live form asks for a field's value one character past its
     * limit). The pattern reads a JavaScript expression, not JSON.
     */
    public Optional<String> eventDataExpression(String start) {
        Pattern expression = Pattern.compile(Pattern.quote(start) + "(\\.slice\\(0, \\d+\\))?");
        String found = null;
        for (String name : eventDataExpressions()) {
            Matcher m = expression.matcher(name);
            if (m.matches()) found = name;
        }
        return Optional.ofNullable(found);
    }

    /**
     * The keys of the grid rows this answer brings, in order, once each: the items the grid's
     * connector gets ({@code [{"key":"12","col0":…},…]} among the arguments of its calls).
     */
    public List<String> rowKeys() {
        // a grid row: its key beside its columns' values (plain columns "col0", Lit renderers "lr_0_name")
        return json.findParents("key").stream()
                .filter(row -> row.propertyNames().stream().anyMatch(name -> name.startsWith("col") || name.startsWith("lr_")))
                .map(row -> row.get("key")).filter(key -> key != null && key.isString())
                .map(JsonNode::stringValue).distinct().toList();
    }

    private static boolean is(JsonNode object, String field, String value) {
        JsonNode node = object.path(field);
        return node.isString() && node.stringValue().equals(value);
    }

    /** Every string value in the answer, in order (texts the page shows, attribute values, scripts). */
    public List<String> strings() {
        List<String> strings = new ArrayList<>();
        collectStrings(json, strings);
        return strings;
    }

    private static void collectStrings(JsonNode node, List<String> into) {
        if (node.isString()) {
            into.add(node.stringValue());
        } else if (node.isContainer()) {
            node.forEach(child -> collectStrings(child, into));
        }
    }

    /** Whether a string value of the answer contains this phrase (a text the page shows). */
    public boolean says(String phrase) {
        return strings().stream().anyMatch(text -> text.contains(phrase));
    }

    /**
     * The values the answer sets that read as sentences (a {@code "value"} with a space in it,
     * not a script), for reports.
     */
    public List<String> sentences() {
        return json.findValues("value").stream().filter(JsonNode::isString).map(JsonNode::stringValue)
                .filter(text -> text.contains(" ") && !text.contains("return ")).toList();
    }

    // ---------------------------------------------------------------- what the client sends

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static JsonNode value(Object value) {
        return MAPPER.valueToTree(value);
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
