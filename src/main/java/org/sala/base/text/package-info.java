/** Text helpers: search patterns, sanitised HTML values, words, spreadsheet cells. */
@NamedInterface("text")
@NullMarked
package org.sala.base.text;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
