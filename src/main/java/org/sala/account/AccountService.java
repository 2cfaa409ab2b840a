package org.sala.account;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sala.account.domain.AccountRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
    public AccountRef createIfAbsent(String username, String displayName, @Nullable String email, @Nullable String password,
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

    /**
     * The account itself, for another feature's entity that names its author; in the caller's transaction, so
     * that entity can hold it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Account> accountNamed(String username) {
        return accounts.findByUsername(username);
    }

    /** A reference to the account without loading it, for an entity that names it (see {@link #accountNamed}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Account accountReference(long accountId) {
        return accounts.getReferenceById(accountId);
    }

    /** The signed-in staff member making this request. */
    @Transactional(readOnly = true)
    public AccountRef current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Nobody is signed in");
        }
        return findByUsername(authentication.getName())
                .orElseThrow(() -> new AccessDeniedException("No account " + authentication.getName()));
    }

    @Transactional(readOnly = true)
    public Optional<String> emailOf(long accountId) {
        return accounts.findById(accountId).map(Account::getEmail);
    }

    @Transactional(readOnly = true)
    public boolean anyExists() {
        return accounts.count() > 0;
    }
}
