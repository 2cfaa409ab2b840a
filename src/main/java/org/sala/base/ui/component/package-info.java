/** Components shared by the views: islands, forms, pager, sanitised HTML. */
@NamedInterface("ui-component")
@NullMarked
package org.sala.base.ui.component;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
