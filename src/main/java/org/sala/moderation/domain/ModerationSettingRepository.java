package org.sala.moderation.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ModerationSettingRepository extends JpaRepository<ModerationSetting, Byte> {}
