package org.sala.comment.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentSettingsRepository extends JpaRepository<CommentSettings, Integer> {}
