/** Translations and the reader's language. */
@NamedInterface("i18n")
@NullMarked
package org.sala.base.i18n;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
