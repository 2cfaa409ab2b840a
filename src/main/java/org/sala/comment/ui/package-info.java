@NullMarked
package org.sala.comment.ui;

import org.jspecify.annotations.NullMarked;
