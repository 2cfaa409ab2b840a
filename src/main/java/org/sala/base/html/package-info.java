/** Stored HTML and its re-sanitising when a sanitiser policy changes. */
@NamedInterface("html")
@NullMarked
package org.sala.base.html;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
