package org.sala.account.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin account the first start creates when there are no accounts at all.
 *
 * @param username the first admin's username
 * @param password the first admin's password; empty to have one generated and logged once
 */
@ConfigurationProperties("sala.admin")
public record AdminProperties(@DefaultValue("admin") String username, @DefaultValue("") String password) {

    public AdminProperties {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("sala.admin.username must not be empty");
        }
    }
}
