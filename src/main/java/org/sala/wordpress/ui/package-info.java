@NullMarked
package org.sala.wordpress.ui;

import org.jspecify.annotations.NullMarked;
