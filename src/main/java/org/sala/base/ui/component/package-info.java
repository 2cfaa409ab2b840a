/** Components shared by the views: islands, forms, pager, sanitised HTML. */
@NamedInterface("ui-component")
package org.sala.base.ui.component;

import org.springframework.modulith.NamedInterface;
