@NullMarked
package org.sala.search;

import org.jspecify.annotations.NullMarked;
