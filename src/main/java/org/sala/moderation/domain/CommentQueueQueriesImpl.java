package org.sala.moderation.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sala.base.text.LikePatterns;
import org.sala.comment.Comment;
import org.sala.comment.CommentRule;
import org.sala.comment.CommentStatus;

class CommentQueueQueriesImpl implements CommentQueueQueries {

    private final EntityManager entityManager;

    CommentQueueQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A deferred join: the ids of the page first, from the index on the filter and the order
     * ({@code ix_comment_queue}, {@code ix_comment_post_queue}) without touching the rows they skip,
     * then only those rows. Reading whole rows while skipping, a deep page read every row before it.
     */
    @Override
    public List<Comment> findQueue(CommentQueueFilter filter, long offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Comment> comment = query.from(Comment.class);
        query.select(comment.get("id")).where(conditions(cb, query, comment, filter));
        boolean oldestFirst = filter.status() == CommentStatus.PENDING && filter.byStatus();
        query.orderBy(oldestFirst
                ? List.of(cb.asc(comment.get("createdAt")), cb.asc(comment.get("id")))
                : List.of(cb.desc(comment.get("createdAt")), cb.desc(comment.get("id"))));
        List<Long> ids = entityManager.createQuery(query)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Comment> rows = entityManager.createQuery("select c from Comment c where c.id in :ids", Comment.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Comment::getId, Function.identity()));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    @Override
    public long countQueue(CommentQueueFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Comment> comment = query.from(Comment.class);
        query.select(cb.count(comment)).where(conditions(cb, query, comment, filter));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Comment> comment,
            CommentQueueFilter filter) {
        List<Predicate> conditions = new ArrayList<>();
        switch (filter.list()) {
            case BY_STATUS -> conditions.add(cb.equal(comment.get("status"), filter.status()));
            case REPORTED -> {
                Subquery<Long> reported = query.subquery(Long.class);
                Root<CommentReport> report = reported.from(CommentReport.class);
                reported.select(report.get("commentId")).where(cb.isNull(report.get("resolvedAt")));
                conditions.add(comment.get("id").in(reported));
            }
            case TO_REVIEW -> {
                // published at once and no moderator has looked at it since (a look records a decision)
                Subquery<Long> looked = query.subquery(Long.class);
                Root<CommentDecision> decision = looked.from(CommentDecision.class);
                looked.select(decision.get("commentId")).where(cb.equal(decision.get("commentId"), comment.get("id")));
                conditions.add(cb.equal(comment.get("rule"), CommentRule.REVIEW_AFTER));
                conditions.add(cb.equal(comment.get("status"), CommentStatus.APPROVED));
                conditions.add(cb.not(cb.exists(looked)));
            }
        }
        if (filter.postId() != null) {
            conditions.add(cb.equal(comment.get("postId"), filter.postId()));
        }
        if (filter.text() != null) {
            String pattern = LikePatterns.containing(filter.text());
            conditions.add(cb.or(
                    cb.like(comment.get("authorName"), pattern, LikePatterns.ESCAPE),
                    cb.like(comment.get("authorEmail"), pattern, LikePatterns.ESCAPE),
                    cb.like(comment.get("bodyRaw"), pattern, LikePatterns.ESCAPE)));
        }
        return conditions.toArray(Predicate[]::new);
    }
}
