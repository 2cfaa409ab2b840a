@NullMarked
package org.sala.search.ui;

import org.jspecify.annotations.NullMarked;
