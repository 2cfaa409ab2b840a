@NullMarked
package org.sala.moderation;

import org.jspecify.annotations.NullMarked;
