/** Translations and the reader's language. */
@NamedInterface("i18n")
package org.sala.base.i18n;

import org.springframework.modulith.NamedInterface;
