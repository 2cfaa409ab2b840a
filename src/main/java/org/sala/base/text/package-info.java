/** Text helpers: search patterns, sanitised HTML values, words, spreadsheet cells. */
@NamedInterface("text")
package org.sala.base.text;

import org.springframework.modulith.NamedInterface;
