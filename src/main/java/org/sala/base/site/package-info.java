/** The site's name, address and discovery paths. */
@NamedInterface("site")
package org.sala.base.site;

import org.springframework.modulith.NamedInterface;
