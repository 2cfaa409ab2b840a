package org.sala.wordpress.domain;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WpAttachmentRepository extends JpaRepository<WpAttachment, Long> {

    boolean existsBySourceAndWpId(String source, long wpId);

    List<WpAttachment> findByIdGreaterThanOrderById(long afterId, Limit limit);
}
