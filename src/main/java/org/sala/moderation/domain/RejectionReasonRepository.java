package org.sala.moderation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RejectionReasonRepository extends JpaRepository<RejectionReason, Long> {

    List<RejectionReason> findAllByOrderByPositionAscIdAsc(Pageable page);

    Optional<RejectionReason> findByLabel(String label);
}
