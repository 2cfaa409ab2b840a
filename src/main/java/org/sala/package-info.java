@NullMarked
package org.sala;

import org.jspecify.annotations.NullMarked;
