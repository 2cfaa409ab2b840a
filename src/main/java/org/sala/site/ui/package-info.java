@NullMarked
package org.sala.site.ui;

import org.jspecify.annotations.NullMarked;
