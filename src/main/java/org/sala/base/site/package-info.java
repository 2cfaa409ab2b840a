/** The site's name, address and discovery paths. */
@NamedInterface("site")
@NullMarked
package org.sala.base.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
