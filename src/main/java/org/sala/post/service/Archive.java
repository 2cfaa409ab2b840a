package org.sala.post.service;

/** A page of an archive (a category, tag or author) under the archive's name. */
public record Archive(String name, PostListPage page) {}
