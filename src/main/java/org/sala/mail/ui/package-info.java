@NullMarked
package org.sala.mail.ui;

import org.jspecify.annotations.NullMarked;
