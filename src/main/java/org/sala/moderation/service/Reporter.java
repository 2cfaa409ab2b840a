package org.sala.moderation.service;

import org.jspecify.annotations.Nullable;

/** Who sends a report, as far as Sala knows: their address and their browser's token (never shown to anyone). */
public record Reporter(@Nullable String ip, String readerToken) {}
