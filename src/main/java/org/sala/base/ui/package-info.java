/** Vaadin setup and the reader page base: metadata, errors, push, the reader script. */
@NamedInterface("ui")
package org.sala.base.ui;

import org.springframework.modulith.NamedInterface;
