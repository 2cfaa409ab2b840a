package org.sala.newsletter.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a reader types into the footer form. Messages are translation keys. */
public record SubscriptionRequest(
        @NotBlank(message = "newsletter.error.email.required")
        @Size(max = 254, message = "newsletter.error.email.too-long")
        @Email(message = "newsletter.error.email.invalid")
        @Pattern(regexp = "[^\\s@]+@[^\\s@]+\\.[^\\s@]+", message = "newsletter.error.email.invalid")
        String email,
        @Size(max = 100, message = "newsletter.error.name.too-long")
        @Pattern(regexp = "[^\\p{Cc}]*", message = "newsletter.error.name.control-characters")
        String name) {

    public SubscriptionRequest {
        email = email == null ? "" : email.strip();
        name = name == null || name.isBlank() ? null : name.strip();
    }
}
