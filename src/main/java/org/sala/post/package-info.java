@NullMarked
package org.sala.post;

import org.jspecify.annotations.NullMarked;
