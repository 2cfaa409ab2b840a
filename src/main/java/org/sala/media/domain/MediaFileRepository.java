package org.sala.media.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MediaFileRepository extends JpaRepository<MediaFile, Long> {

    Optional<MediaFile> findByStorageKey(String storageKey);

    List<MediaFile> findByPostIdOrderById(long postId);

    List<MediaFile> findByIdIn(Collection<Long> ids);

    @Modifying
    @Query("update MediaFile m set m.postId = null where m.postId = :postId and m.id not in :keep")
    void detachOthers(long postId, Collection<Long> keep);
}
