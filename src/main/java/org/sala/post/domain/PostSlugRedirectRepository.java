package org.sala.post.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PostSlugRedirectRepository extends JpaRepository<PostSlugRedirect, String> {

    /** A post that takes back an old slug of its own (or another's) must not be redirected away. */
    @Modifying
    @Query("delete from PostSlugRedirect r where r.oldSlug = :slug")
    void release(String slug);
}
