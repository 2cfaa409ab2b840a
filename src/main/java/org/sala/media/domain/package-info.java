@NullMarked
package org.sala.media.domain;

import org.jspecify.annotations.NullMarked;
