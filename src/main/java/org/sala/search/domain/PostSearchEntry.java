package org.sala.search.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The searchable form of one post. */
@Entity
@Table(name = "post_search")
public class PostSearchEntry {

    @Id
    @Column(name = "post_id")
    private Long postId;

    @Column(name = "title_terms", nullable = false, columnDefinition = "TEXT")
    private String titleTerms;

    @Column(name = "body_terms", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyTerms;

    @Column(name = "body_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyText;

    protected PostSearchEntry() {}

    public PostSearchEntry(long postId, String title, String bodyText) {
        this.postId = postId;
        update(title, bodyText);
    }

    public final void update(String title, String bodyText) {
        this.titleTerms = SearchTerms.encodeText(title);
        this.bodyTerms = SearchTerms.encodeText(bodyText);
        this.bodyText = bodyText;
    }

    public Long getPostId() {
        return postId;
    }

    public String getBodyText() {
        return bodyText;
    }
}
