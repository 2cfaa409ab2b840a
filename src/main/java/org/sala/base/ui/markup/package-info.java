/** Server-rendered HTML for the reader pages. */
@NamedInterface("ui-markup")
package org.sala.base.ui.markup;

import org.springframework.modulith.NamedInterface;
