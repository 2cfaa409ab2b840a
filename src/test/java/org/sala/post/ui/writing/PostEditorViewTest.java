package org.sala.post.ui.writing;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.base.site.SiteProperties;
import org.sala.support.BrowserlessViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The post editor's checks without a browser: the field that is wrong says why, what was typed stays. */
class PostEditorViewTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SiteProperties site;

    @BeforeEach
    void signedInAuthor() {
        data.reset();
        signedInAs("malee", Role.AUTHOR);
        navigate(PostEditorView.class);
    }

    @Test
    void aPostWithoutATitleIsNotSavedAndTheTitleSaysWhyThenTheFixedOneIs() {
        test(body()).setValue("A text *without* a title.");
        test(field("post-slug-field")).setValue("Not An Address");

        test(button("save-post")).click();

        assertThat(field("post-title-field").isInvalid()).isTrue();
        assertThat(field("post-title-field").getErrorMessage()).isEqualTo("Please give the post a title.");
        assertThat(field("post-slug-field").isInvalid()).isTrue();
        assertThat(field("post-slug-field").getErrorMessage())
                .isEqualTo("Use only lower-case letters a–z, digits and single hyphens, such as annual-report-2026.");
        assertThat(body().isInvalid()).isFalse();
        assertThat(body().getValue()).isEqualTo("A text *without* a title.");
        assertThat(field("post-slug-field").getValue()).isEqualTo("Not An Address");
        assertThat(notices()).containsExactly("Please correct the marked fields. Nothing was saved yet.");
        assertThat(posts()).isZero();

        test(field("post-title-field")).setValue("With a title");
        test(field("post-slug-field")).setValue("with-a-title");
        test(button("save-post")).click();

        assertThat(field("post-title-field").isInvalid()).isFalse();
        assertThat(field("post-slug-field").isInvalid()).isFalse();
        assertThat(notices()).contains("Draft saved");
        assertThat(find(Paragraph.class).withClassName("post-state").single().getText())
                .isEqualTo("Draft: only you and the admins see it.");
        assertThat(jdbc.queryForList("SELECT title FROM post", String.class)).containsExactly("With a title");
    }

    @Test
    void schedulingNeedsATimeAheadAndKeepsTheTextUntilThen() {
        test(field("post-title-field")).setValue("Later");
        test(body()).setValue("Comes out later.");
        DateTimePicker publishAt = find(DateTimePicker.class).withClassName("post-publish-at").single();

        test(button("schedule-post")).click();
        assertThat(publishAt.isInvalid()).isTrue();
        assertThat(publishAt.getErrorMessage()).isEqualTo("Choose the date and time to publish at.");

        LocalDateTime yesterday = LocalDateTime.now(site.timeZone()).minusDays(1).withSecond(0).withNano(0);
        test(publishAt).setValue(yesterday);
        test(button("schedule-post")).click();
        assertThat(publishAt.isInvalid()).isTrue();
        assertThat(publishAt.getErrorMessage()).isEqualTo("Choose a time in the future, or publish now.");
        assertThat(publishAt.getValue()).isEqualTo(yesterday);
        assertThat(field("post-title-field").getValue()).isEqualTo("Later");
        assertThat(body().getValue()).isEqualTo("Comes out later.");
        assertThat(posts()).isZero();

        test(publishAt).setValue(yesterday.plusDays(2));
        test(button("schedule-post")).click();
        assertThat(notices()).contains("Scheduled");
        assertThat(jdbc.queryForObject("SELECT status FROM post", String.class)).isEqualTo("SCHEDULED");
    }

    private TextField field(String className) {
        return find(TextField.class).withClassName(className).single();
    }

    private TextArea body() {
        return find(TextArea.class).withClassName("post-body-field").single();
    }

    private Button button(String className) {
        return find(Button.class).withClassName(className).single();
    }

    private List<String> notices() {
        return find(Notification.class).all().stream().filter(Notification::isOpened)
                .map(notice -> test(notice).getText()).toList();
    }

    private long posts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM post", Long.class);
    }
}
