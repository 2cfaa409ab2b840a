/** Server-rendered HTML for the reader pages. */
@NamedInterface("ui-markup")
@NullMarked
package org.sala.base.ui.markup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
