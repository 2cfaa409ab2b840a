@NullMarked
package org.sala.newsletter;

import org.jspecify.annotations.NullMarked;
