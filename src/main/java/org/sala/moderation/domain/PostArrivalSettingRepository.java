package org.sala.moderation.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostArrivalSettingRepository extends JpaRepository<PostArrivalSetting, Long> {}
