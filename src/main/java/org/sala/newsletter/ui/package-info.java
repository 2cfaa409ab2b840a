@NullMarked
package org.sala.newsletter.ui;

import org.jspecify.annotations.NullMarked;
