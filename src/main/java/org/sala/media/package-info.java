@NullMarked
package org.sala.media;

import org.jspecify.annotations.NullMarked;
