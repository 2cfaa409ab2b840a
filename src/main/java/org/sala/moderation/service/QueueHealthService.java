package org.sala.moderation.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sala.base.site.SiteProperties;
import org.sala.comment.CommentStatus;
import org.sala.moderation.domain.ModeratedCommentRepository;
import org.sala.moderation.domain.QueueHealthQueries;
import org.sala.post.PostListService;
import org.sala.post.PostSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The queue health page's figures, each from one indexed query. */
@Service
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class QueueHealthService {

    public static final int DAYS = 30;
    private static final int WEEK = 7;
    private static final int TOP_POSTS = 10;
    private static final int TOP_MODERATORS = 20;

    private final QueueHealthQueries queries;
    private final ModeratedCommentRepository comments;
    private final PostListService posts;
    private final ZoneId zone;
    private final Clock clock;

    QueueHealthService(QueueHealthQueries queries, ModeratedCommentRepository comments, PostListService posts,
            SiteProperties site, Clock clock) {
        this.queries = queries;
        this.comments = comments;
        this.posts = posts;
        this.zone = site.timeZone();
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public QueueHealth now() {
        Instant now = clock.instant();
        Instant week = now.minus(Duration.ofDays(WEEK));
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate firstDay = today.minusDays(DAYS - 1);
        Instant month = firstDay.atStartOfDay(zone).toInstant();
        int offset = zone.getRules().getOffset(now).getTotalSeconds();

        List<QueueHealthQueries.PostBacklog> backlog = queries.backlogPerPost(TOP_POSTS);
        Map<Long, String> titles = posts.summaries(backlog.stream().map(QueueHealthQueries.PostBacklog::postId).toList())
                .stream().collect(Collectors.toMap(PostSummary::id, PostSummary::title));
        Map<String, Long> outcomes = queries.decisionsByOutcome(month);
        Map<LocalDate, Long> arrivals = queries.arrivalsPerDay(month, offset);
        Map<LocalDate, Long> decided = queries.decisionsPerDay(month, offset);
        List<QueueHealth.Day> days = new ArrayList<>(DAYS);
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(new QueueHealth.Day(day, arrivals.getOrDefault(day, 0L), decided.getOrDefault(day, 0L)));
        }
        return new QueueHealth(comments.countByStatus(CommentStatus.PENDING),
                comments.oldestCreatedAt(CommentStatus.PENDING).orElse(null),
                queries.timeToDecision(week), queries.timeToDecision(month),
                queries.decisionsPerModerator(week, TOP_MODERATORS), queries.decisionsPerModerator(month, TOP_MODERATORS),
                backlog.stream().map(post -> new QueueHealth.PostBacklog(post.postId(),
                        titles.getOrDefault(post.postId(), "#" + post.postId()), post.pending())).toList(),
                queries.pendingByRule(),
                outcomes.values().stream().mapToLong(Long::longValue).sum(),
                outcomes.getOrDefault(CommentStatus.SPAM.name(), 0L), days);
    }

}
