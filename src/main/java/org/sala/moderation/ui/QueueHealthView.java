package org.sala.moderation.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sala.base.site.SiteProperties;
import org.sala.moderation.domain.QueueHealthQueries;
import org.sala.moderation.service.QueueHealth;
import org.sala.moderation.service.QueueHealthService;
import org.sala.staff.StaffLayout;

/** How the queue is doing, for moderators and admins: figures, two pictures, and the numbers behind them. */
@Route(value = "staff/moderation/health", layout = StaffLayout.class)
@Menu(title = "moderation.health.title", order = 4)
@RolesAllowed({"MODERATOR", "ADMIN"})
public class QueueHealthView extends Div implements HasDynamicTitle {

    private final SiteProperties site;

    public QueueHealthView(QueueHealthService health, SiteProperties site, Clock clock) {
        this.site = site;
        addClassName("queue-health");
        QueueHealth now = health.now();
        add(new H1(getTranslation("moderation.health.title")));
        Div figures = new Div(
                figure("moderation.health.pending", String.valueOf(now.pending())),
                figure("moderation.health.oldest", now.oldestPendingSince() == null ? "–"
                        : duration(Duration.between(now.oldestPendingSince(), clock.instant()).toSeconds())),
                figure("moderation.health.median-week", duration(now.lastWeek().medianSeconds())),
                figure("moderation.health.p90-week", duration(now.lastWeek().p90Seconds())),
                figure("moderation.health.median-month", duration(now.lastMonth().medianSeconds())),
                figure("moderation.health.p90-month", duration(now.lastMonth().p90Seconds())),
                figure("moderation.health.spam-share", Math.round(now.spamShare() * 100) + " %"));
        figures.addClassName("health-figures");
        add(figures);

        String arrivals = getTranslation("moderation.health.arrivals");
        String decisions = getTranslation("moderation.health.decisions");
        add(new H2(getTranslation("moderation.health.days")));
        Image days = new Image(QueueHealthCharts.days(now.days(), arrivals, decisions),
                getTranslation("moderation.health.days.alt", QueueHealthService.DAYS));
        days.addClassName("health-days-chart");
        add(days, numbers(now.days().stream().map(day -> getTranslation("moderation.health.day-line", day.day().toString(),
                day.arrivals(), day.decisions())).toList()));

        add(new H2(getTranslation("moderation.health.time-to-decision", now.lastMonth().decided())));
        List<String> labels = new ArrayList<>();
        for (int i = 0; i <= QueueHealthQueries.BUCKET_BOUNDS.size(); i++) {
            labels.add(getTranslation("moderation.health.bucket." + i));
        }
        Image histogram = new Image(QueueHealthCharts.histogram(now.lastMonth().buckets(), labels),
                getTranslation("moderation.health.time-to-decision.alt"));
        histogram.addClassName("health-histogram");
        List<String> bucketLines = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            bucketLines.add(labels.get(i) + ": " + now.lastMonth().buckets().get(i));
        }
        add(histogram, numbers(bucketLines));

        Div tables = new Div(
                table("moderation.health.moderators-week", lines(now.decisionsPerModeratorWeek())),
                table("moderation.health.moderators-month", lines(now.decisionsPerModeratorMonth())),
                table("moderation.health.backlog", now.backlog().stream().map(post -> post.title() + ": " + post.pending()).toList()),
                table("moderation.health.rules", now.pendingByRule().entrySet().stream()
                        .map(rule -> (rule.getKey().isEmpty() ? getTranslation("moderation.health.no-rule")
                                : getTranslation("moderation.rule." + rule.getKey())) + ": " + rule.getValue()).toList()));
        tables.addClassName("health-tables");
        add(tables);
    }

    private Div figure(String key, String value) {
        Span number = new Span(value);
        number.addClassName("health-value");
        Div figure = new Div(number, new Span(getTranslation(key)));
        figure.addClassNames("health-figure", key.replace('.', '-'));
        return figure;
    }

    private static List<String> lines(Map<String, Long> counts) {
        return counts.entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue()).collect(Collectors.toList());
    }

    private Div table(String key, List<String> lines) {
        Div box = new Div(new H2(getTranslation(key)));
        box.addClassNames("health-table", key.replace('.', '-'));
        if (lines.isEmpty()) {
            box.add(new Paragraph(getTranslation("moderation.health.none")));
        } else {
            box.add(new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new)));
        }
        return box;
    }

    /** The numbers behind a picture, for those who cannot or would rather not look at it. */
    private Details numbers(List<String> lines) {
        Details details = new Details(getTranslation("moderation.health.numbers"),
                new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new)));
        details.addClassName("health-numbers");
        return details;
    }

    private String duration(@Nullable Double seconds) {
        return seconds == null ? "–" : duration(Math.round(seconds));
    }

    private String duration(long seconds) {
        if (seconds < 60) {
            return getTranslation("moderation.health.duration.seconds", seconds);
        }
        if (seconds < 3_600) {
            return getTranslation("moderation.health.duration.minutes", seconds / 60);
        }
        if (seconds < 86_400) {
            return getTranslation("moderation.health.duration.hours", seconds / 3_600, seconds % 3_600 / 60);
        }
        return getTranslation("moderation.health.duration.days", seconds / 86_400, seconds % 86_400 / 3_600);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("moderation.health.title"), site.name());
    }
}
