package org.sala.notification.service;

import org.sala.account.AccountService;
import org.sala.notification.domain.ModeratorDigest;
import org.sala.notification.domain.ModeratorDigestRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A moderator's own choice: a mail when comments wait, or none. */
@Service
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class DigestPreferencesService {

    private final ModeratorDigestRepository digests;
    private final AccountService accounts;

    DigestPreferencesService(ModeratorDigestRepository digests, AccountService accounts) {
        this.digests = digests;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public boolean wanted() {
        return digests.existsById(accounts.current().id());
    }

    @Transactional
    public void setWanted(boolean wanted) {
        long me = accounts.current().id();
        if (wanted && !digests.existsById(me)) {
            digests.save(new ModeratorDigest(me));
        } else if (!wanted) {
            digests.deleteById(me);
        }
    }
}
