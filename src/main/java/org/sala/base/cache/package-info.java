/** Cache names, and the event that tells the reader pages their content changed. */
@NamedInterface("cache")
package org.sala.base.cache;

import org.springframework.modulith.NamedInterface;
