@NullMarked
package org.sala.notification.ui;

import org.jspecify.annotations.NullMarked;
