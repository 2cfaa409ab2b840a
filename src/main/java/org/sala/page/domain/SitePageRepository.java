package org.sala.page.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SitePageRepository extends JpaRepository<SitePage, Long> {

    Optional<SitePage> findBySlugAndPublishedTrue(String slug);

    List<SitePage> findByPublishedTrueOrderByNavPositionAscIdAsc(Pageable page);

    List<SitePage> findAllByOrderByNavPositionAscIdAsc(Pageable page);

    boolean existsBySlugAndIdNot(String slug, long id);

    boolean existsBySlug(String slug);
}
