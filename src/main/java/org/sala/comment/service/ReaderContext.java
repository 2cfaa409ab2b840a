package org.sala.comment.service;

/**
 * Where a comment comes from: the reader's IP address and their browser's token (a random
 * value in a cookie that lets them see their own comment while it waits for a moderator).
 */
public record ReaderContext(String ip, String readerToken) {}
