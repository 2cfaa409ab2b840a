package org.sala.moderation.service;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sala.account.AccountService;
import org.sala.moderation.domain.CommenterNote;
import org.sala.moderation.domain.CommenterNoteRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moderators' notes on commenters, by email, shown beside every comment of theirs in the queue. */
@Service
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class CommenterNoteService {

    public static final int MAX_NOTE = 1000;

    private final CommenterNoteRepository notes;
    private final AccountService accounts;
    private final Clock clock;

    CommenterNoteService(CommenterNoteRepository notes, AccountService accounts, Clock clock) {
        this.notes = notes;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<CommenterNoteView> note(String email) {
        return notes.findById(key(email)).map(CommenterNoteService::view);
    }

    /**
     * Keeps the note (a blank one takes the note away).
     *
     * @throws IllegalArgumentException when the note is longer than {@value #MAX_NOTE} characters
     */
    @Transactional
    public Optional<CommenterNoteView> save(String email, @Nullable String text) {
        String note = text == null ? "" : text.strip();
        if (note.codePointCount(0, note.length()) > MAX_NOTE) {
            throw new IllegalArgumentException("A note on a commenter holds at most " + MAX_NOTE + " characters");
        }
        String key = key(email);
        if (note.isEmpty()) {
            notes.findById(key).ifPresent(notes::delete);
            return Optional.empty();
        }
        String by = accounts.current().displayName();
        CommenterNote saved = notes.findById(key).map(found -> {
            found.change(note, by, clock.instant());
            return found;
        }).orElseGet(() -> notes.save(new CommenterNote(key, note, by, clock.instant())));
        return Optional.of(view(saved));
    }

    static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static CommenterNoteView view(CommenterNote note) {
        return new CommenterNoteView(note.getNote(), note.getUpdatedBy(), note.getUpdatedAt());
    }
}
