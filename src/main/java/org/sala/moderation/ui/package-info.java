@NullMarked
package org.sala.moderation.ui;

import org.jspecify.annotations.NullMarked;
