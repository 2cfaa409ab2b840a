@NullMarked
package org.sala.wordpress.domain;

import org.jspecify.annotations.NullMarked;
