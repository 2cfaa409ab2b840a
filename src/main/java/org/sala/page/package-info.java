@NullMarked
package org.sala.page;

import org.jspecify.annotations.NullMarked;
