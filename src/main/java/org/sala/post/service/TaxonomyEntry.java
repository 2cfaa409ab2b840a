package org.sala.post.service;

/** A category or tag as the taxonomy admin lists it: its name, its slug and how many posts it has. */
public record TaxonomyEntry(long id, String name, String slug, long posts) {}
