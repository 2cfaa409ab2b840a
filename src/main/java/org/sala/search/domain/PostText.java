package org.sala.search.domain;

public record PostText(long postId, String bodyText) {}
