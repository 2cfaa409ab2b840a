package org.sala.account.service;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.sala.account.AccountService;
import org.sala.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new installation has nobody to sign in with: the first start creates an admin account
 * ({@code sala.admin.username}, {@code sala.admin.password}); with no password configured it
 * makes one up and logs it once.
 */
@Component
@Order(10)
@EnableConfigurationProperties(AdminProperties.class)
class FirstAdminAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminAccount.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    FirstAdminAccount(AccountService accounts, AdminProperties properties) {
        this.accounts = accounts;
        this.username = properties.username();
        this.password = properties.password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyExists()) {
            return;
        }
        boolean generated = password.isBlank();
        String initialPassword = generated ? randomPassword() : password;
        accounts.createIfAbsent(username, "Administrator", null, initialPassword,
                Set.of(Role.ADMIN, Role.MODERATOR, Role.AUTHOR));
        if (generated) {
            log.warn("Created the first admin account '{}' with the password {} - sign in at /login and keep it safe.",
                    username, initialPassword);
        } else {
            log.info("Created the first admin account '{}' with the configured password.", username);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
