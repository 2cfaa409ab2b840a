package org.sala.post;

/** A post to pick from a list, by its title. */
public record PostChoice(long id, String title) {}
