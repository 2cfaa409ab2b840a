package org.sala.comment.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.sala.base.text.LikePatterns;

class CommentQueueQueriesImpl implements CommentQueueQueries {

    private final EntityManager entityManager;

    CommentQueueQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Comment> findQueue(CommentQueueFilter filter, long offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Comment> query = cb.createQuery(Comment.class);
        Root<Comment> comment = query.from(Comment.class);
        query.where(conditions(cb, comment, filter));
        boolean oldestFirst = filter.status() == CommentStatus.PENDING;
        query.orderBy(oldestFirst
                ? List.of(cb.asc(comment.get("createdAt")), cb.asc(comment.get("id")))
                : List.of(cb.desc(comment.get("createdAt")), cb.desc(comment.get("id"))));
        return entityManager.createQuery(query)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countQueue(CommentQueueFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Comment> comment = query.from(Comment.class);
        query.select(cb.count(comment)).where(conditions(cb, comment, filter));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<Comment> comment, CommentQueueFilter filter) {
        List<Predicate> conditions = new ArrayList<>();
        conditions.add(cb.equal(comment.get("status"), filter.status()));
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
