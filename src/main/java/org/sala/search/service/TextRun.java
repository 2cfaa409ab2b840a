package org.sala.search.service;

/** A piece of shown text; {@code match} when it is one of the words searched for. */
public record TextRun(String text, boolean match) {}
