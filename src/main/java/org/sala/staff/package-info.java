@NullMarked
package org.sala.staff;

import org.jspecify.annotations.NullMarked;
