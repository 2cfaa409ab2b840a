package org.sala.page.domain;

import java.util.List;
import java.util.Optional;
import org.sala.base.html.StoredHtml;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SitePageRepository extends JpaRepository<SitePage, Long> {

    Optional<SitePage> findBySlugAndPublishedTrue(String slug);

    List<SitePage> findByPublishedTrueOrderByNavPositionAscIdAsc(Pageable page);

    List<SitePage> findAllByOrderByNavPositionAscIdAsc(Pageable page);

    boolean existsBySlugAndIdNot(String slug, long id);

    boolean existsBySlug(String slug);

    /** Pages stored under a policy version below {@code version}, with an id above {@code afterId}, in id order. */
    @Query("""
            select new org.sala.base.html.StoredHtml(p.id, p.bodySource, p.bodyHtml) from SitePage p
            where p.htmlPolicyVersion < :version and p.id > :afterId order by p.id""")
    List<StoredHtml> findHtmlOlderThan(int version, long afterId, Limit limit);

    /** The page sanitised again, only while it is still outdated (a save in the meantime stored a current rendering). */
    @Modifying
    @Query("""
            update SitePage p set p.bodyHtml = :html, p.htmlPolicyVersion = :version
            where p.id = :id and p.htmlPolicyVersion < :version""")
    int storeResanitisedHtml(long id, String html, int version);
}
