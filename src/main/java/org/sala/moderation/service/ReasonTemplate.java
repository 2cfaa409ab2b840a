package org.sala.moderation.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A rejection reason as moderators pick it and admins edit it; id null for a new one. */
public record ReasonTemplate(
        @Nullable Long id,
        @NotBlank(message = "moderation.reasons.error.label-required")
        @Size(max = 100, message = "moderation.reasons.error.label-too-long")
        String label,
        @NotBlank(message = "moderation.reasons.error.text-required")
        @Size(max = 2000, message = "moderation.reasons.error.text-too-long")
        String text,
        int position) {}
