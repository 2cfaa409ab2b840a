package org.sala.post.service;

public record CategoryLink(String name, String slug) {}
