@NullMarked
package org.sala.comment;

import org.jspecify.annotations.NullMarked;
