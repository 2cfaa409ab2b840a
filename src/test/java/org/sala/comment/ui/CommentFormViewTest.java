package org.sala.comment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.base.ui.component.ElementSearch;
import org.sala.base.ui.component.Island;
import org.sala.post.ui.PostView;
import org.sala.support.BrowserlessViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader's comment form on a post page in a running UI, without a browser. The form is native
 * HTML fields (an island of elements, not Vaadin field components), so there are no testers for
 * it: the test sends the DOM events the page's script and the browser would send, namely
 * {@code sala-activate} when the reader starts writing and {@code submit} with the fields' values
 * under the expressions the form's listener asked for.
 */
class CommentFormViewTest extends BrowserlessViewTest {

    private static final Pattern FIELD = Pattern.compile("namedItem\\('([^']+)'\\)(\\.checked)?");

    @Autowired
    JdbcTemplate jdbc;

    private CommentFormIsland island;

    @BeforeEach
    void aPostOpenToComments() {
        data.reset();
        String path = data.postPath("Annual report", true);
        navigate(path.substring(1), PostView.class);
        island = find(CommentFormIsland.class).single();
        island.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(island.getElement(), Island.ACTIVATE_EVENT, JsonNodeFactory.instance.objectNode()));
    }

    @Test
    void whatIsWrongIsSaidUnderEachFieldAndNothingIsStored() {
        send(Map.of("name", " ", "email", "not-an-address", "website", "ftp://example.org", "body", ""));

        assertThat(errorUnder("name")).contains("Please give a name.");
        assertThat(errorUnder("email")).contains("This does not look like an email address, such as name@example.org.");
        assertThat(errorUnder("website")).contains("A website address starts with https:// or http://.");
        assertThat(errorUnder("body")).contains("Please write a comment.");
        assertThat(control("body").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(comments()).isZero();

        send(Map.of("name", "Sokha", "email", "sokha@example.org", "website", "", "body", "x".repeat(5001)));

        assertThat(errorUnder("name")).isEmpty();
        assertThat(control("name").hasAttribute("aria-invalid")).isFalse();
        assertThat(errorUnder("body")).contains("The comment can be at most 5,000 characters long. Please shorten it.");
        assertThat(comments()).isZero();
    }

    @Test
    void aCommentThatGoesThroughIsThankedForAndTheFormStartsAfreshKeepingWhoWroteIt() {
        send(Map.of("name", "", "email", "sokha@example.org", "website", "", "body", "Thank you for the report."));
        assertThat(errorUnder("name")).contains("Please give a name.");

        send(Map.of("name", "Sokha", "email", "sokha@example.org", "website", "", "body", "Thank you for the report."));

        assertThat(errorUnder("name")).isEmpty();
        assertThat(text(withClass("comment-form-status"))).isEqualTo("Thank you! Your comment is awaiting moderation.");
        assertThat(withClass("comment-form-status").hasAttribute("hidden")).isFalse();
        assertThat(control("name").getAttribute("value")).isEqualTo("Sokha");
        assertThat(control("email").getAttribute("value")).isEqualTo("sokha@example.org");
        assertThat(jdbc.queryForMap("SELECT author_name, body_raw, status FROM comment")).containsEntry("author_name", "Sokha")
                .containsEntry("body_raw", "Thank you for the report.").containsEntry("status", "PENDING");
    }

    @Test
    void aCommentARulePublishesAtOnceIsCountedUnderTheHeading() {
        send(Map.of("name", "Sokha", "email", "sokha@example.org", "website", "", "body", "My first comment here."));
        jdbc.update("UPDATE comment SET status = 'APPROVED'");
        jdbc.update("UPDATE comment_settings SET arrival = 'APPROVE_KNOWN'");
        assertThat(text(heading())).isEqualTo("No comments yet");

        send(Map.of("name", "Sokha", "email", "sokha@example.org", "website", "", "body", "Back with a second thought."));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM comment WHERE status = 'APPROVED'", Long.class)).isEqualTo(2);
        assertThat(text(heading())).isEqualTo("2 comments");
    }

    /** Sends the form as the browser does: a submit event carrying each field's value (checkboxes unticked). */
    private void send(Map<String, String> typed) {
        Element form = withClass("comment-form");
        ElementListenerMap listeners = form.getNode().getFeature(ElementListenerMap.class);
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        for (String expression : listeners.getExpressions("submit")) {
            Matcher field = FIELD.matcher(expression);
            if (field.find()) {
                if (field.group(2) != null) {
                    values.put(expression, false);
                } else {
                    values.put(expression, typed.getOrDefault(field.group(1), ""));
                }
            }
        }
        listeners.fireEvent(new DomEvent(form, "submit", values));
    }

    /** The message shown under the field, if any. */
    private Optional<String> errorUnder(String name) {
        String id = control(name).getAttribute("id") + "-error";
        return ElementSearch.first(island.getElement(), element -> id.equals(element.getAttribute("id")))
                .filter(error -> !error.hasAttribute("hidden")).map(CommentFormViewTest::text).filter(text -> !text.isBlank());
    }

    private Element control(String name) {
        return ElementSearch.first(island.getElement(), element -> name.equals(element.getAttribute("name")))
                .orElseThrow();
    }

    private Element withClass(String className) {
        return ElementSearch.first(island.getElement(), element -> element.getClassList().contains(className))
                .orElseThrow();
    }

    private Element heading() {
        return ElementSearch.first(island.getParent().orElseThrow().getElement(),
                element -> element.getClassList().contains("comments-heading")).orElseThrow();
    }

    private long comments() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM comment", Long.class);
    }

    private static String text(Element element) {
        return element.getTextRecursively().strip();
    }
}
