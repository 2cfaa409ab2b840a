/** Cache names, and the event that tells the reader pages their content changed. */
@NamedInterface("cache")
@NullMarked
package org.sala.base.cache;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
