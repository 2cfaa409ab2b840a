package org.sala.comment.domain;

/**
 * Who wrote a comment. Readers give a name, an email (never shown) and maybe a website; a
 * moderator's reply carries their account.
 */
public record CommentAuthor(String name, String email, String url, String ip, Long staffAccountId) {}
