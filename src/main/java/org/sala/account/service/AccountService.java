package org.sala.account.service;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.sala.account.domain.Account;
import org.sala.account.domain.AccountRepository;
import org.sala.account.domain.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates staff accounts and answers who a staff member is. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Creates the account, or returns the existing one of that username unchanged. */
    @Transactional
    public AccountRef createIfAbsent(String username, String displayName, String email, String password,
            Set<Role> roles) {
        Account account = accounts.findByUsername(username).orElseGet(() -> {
            Account created = new Account(username, displayName, email, roles, clock.instant());
            if (password != null) {
                created.setPasswordHash(passwordEncoder.encode(password));
            }
            return accounts.save(created);
        });
        return AccountRef.of(account);
    }

    @Transactional(readOnly = true)
    public Optional<AccountRef> findByUsername(String username) {
        return accounts.findByUsername(username).map(AccountRef::of);
    }

    @Transactional(readOnly = true)
    public boolean anyExists() {
        return accounts.count() > 0;
    }
}
