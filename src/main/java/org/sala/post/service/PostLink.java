package org.sala.post.service;

public record PostLink(String title, PostAddress address) {}
