@NullMarked
package org.sala.base.time;

import org.jspecify.annotations.NullMarked;
