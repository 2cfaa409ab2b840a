package org.sala.account.security;

import org.sala.account.Account;
import org.sala.account.domain.AccountRepository;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the account someone signs in as, for {@link AccountAuthenticationProvider} (not a
 * {@code UserDetailsService} bean of its own: Spring would then warn that it goes unused).
 */
@Component
class SignInAccounts {

    private final AccountRepository accounts;

    SignInAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .filter(found -> found.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No account can sign in as " + username));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .roles(account.getRoles().stream().map(Enum::name).toArray(String[]::new))
                .build();
    }
}
