package org.sala.post.service;

public record TagLink(String name, String slug) {}
