package org.sala.page.service;

/** A published page for readers; {@code bodyHtml} went through the post sanitiser policy. */
public record PageContent(String slug, String title, String bodyHtml) {}
