@NullMarked
package org.sala.page.ui;

import org.jspecify.annotations.NullMarked;
