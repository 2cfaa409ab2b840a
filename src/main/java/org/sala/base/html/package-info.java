/** Stored HTML and its re-sanitising when a sanitiser policy changes. */
@NamedInterface("html")
package org.sala.base.html;

import org.springframework.modulith.NamedInterface;
