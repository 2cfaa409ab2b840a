@NullMarked
package org.sala.staff.ui;

import org.jspecify.annotations.NullMarked;
