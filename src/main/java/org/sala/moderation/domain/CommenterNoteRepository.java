package org.sala.moderation.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommenterNoteRepository extends JpaRepository<CommenterNote, String> {

    List<CommenterNote> findByEmailIn(Collection<String> emails);
}
