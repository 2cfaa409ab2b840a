package org.sala.wordpress.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WpImportItemRepository extends JpaRepository<WpImportItem, Long> {

    Optional<WpImportItem> findBySourceAndKindAndWpId(String source, WpKind kind, String wpId);

    /** The newest imports first: when two sites had the same id or slug, the last import wins. */
    List<WpImportItem> findByKindAndWpIdOrderByIdDesc(WpKind kind, String wpId, Limit limit);

    List<WpImportItem> findByKindAndWpSlugOrderByIdDesc(WpKind kind, String wpSlug, Limit limit);
}
