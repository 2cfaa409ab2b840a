package org.sala.search.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

class PostSearchQueriesImpl implements PostSearchQueries {

    private final EntityManager entityManager;

    PostSearchQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Long> findNewestPublishedContaining(List<String> likePatterns, int limit, long offset,
            int maxRowsExamined) {
        StringBuilder sql = new StringBuilder("""
                SELECT p.id FROM post p STRAIGHT_JOIN post_search s ON s.post_id = p.id
                WHERE p.status = 'PUBLISHED'""");
        for (int i = 0; i < likePatterns.size(); i++) {
            sql.append(" AND CONCAT(' ', s.title_terms, ' | ', s.body_terms, ' ') LIKE ?").append(i + 1);
        }
        sql.append(" ORDER BY p.published_at DESC, p.id DESC LIMIT ").append(Math.max(0, limit))
                .append(" OFFSET ").append(Math.max(0, offset));
        if (maxRowsExamined > 0) {
            sql.append(" ROWS EXAMINED ").append(maxRowsExamined);
        }
        Query query = entityManager.createNativeQuery(sql.toString(), Long.class);
        for (int i = 0; i < likePatterns.size(); i++) {
            query.setParameter(i + 1, likePatterns.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Long> ids = query.getResultList();
        return ids;
    }
}
