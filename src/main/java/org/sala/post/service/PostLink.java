package org.sala.post.service;

import org.sala.post.PostAddress;

public record PostLink(String title, PostAddress address) {}
