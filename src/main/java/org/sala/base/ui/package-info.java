/** Vaadin setup and the reader page base: metadata, errors, push, the reader script. */
@NamedInterface("ui")
@NullMarked
package org.sala.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
