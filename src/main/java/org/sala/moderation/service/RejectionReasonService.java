package org.sala.moderation.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sala.comment.InvalidCommentException;
import org.sala.moderation.domain.RejectionReason;
import org.sala.moderation.domain.RejectionReasonRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editable reasons for rejecting a comment: moderators pick them, admins write them. */
@Service
public class RejectionReasonService {

    /** A short list by nature; more is never shown. */
    static final int MAX_LISTED = 100;

    private final RejectionReasonRepository reasons;
    private final Validator validator;

    RejectionReasonService(RejectionReasonRepository reasons, Validator validator) {
        this.reasons = reasons;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public List<ReasonTemplate> list() {
        return reasons.findAllByOrderByPositionAscIdAsc(PageRequest.of(0, MAX_LISTED)).stream()
                .map(reason -> new ReasonTemplate(reason.getId(), reason.getLabel(), reason.getText(),
                        reason.getPosition()))
                .toList();
    }

    /**
     * Creates or changes a reason.
     *
     * @throws InvalidCommentException with problems by field ("label", "text"), as translation keys
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ReasonTemplate save(ReasonTemplate template) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<ReasonTemplate> violation : validator.validate(template)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        String label = template.label() == null ? "" : template.label().strip();
        reasons.findByLabel(label).filter(other -> !other.getId().equals(template.id()))
                .ifPresent(other -> problems.putIfAbsent("label", "moderation.reasons.error.label-taken"));
        if (!problems.isEmpty()) {
            throw new InvalidCommentException(problems);
        }
        RejectionReason reason = template.id() == null
                ? reasons.save(new RejectionReason(label, template.text().strip(), template.position()))
                : reasons.findById(template.id()).orElseThrow();
        reason.change(label, template.text().strip(), template.position());
        return new ReasonTemplate(reason.getId(), reason.getLabel(), reason.getText(), reason.getPosition());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        reasons.findById(id).ifPresent(reasons::delete);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public ReasonTemplate get(long id) {
        RejectionReason reason = reasons.findById(id).orElseThrow();
        return new ReasonTemplate(reason.getId(), reason.getLabel(), reason.getText(), reason.getPosition());
    }
}
