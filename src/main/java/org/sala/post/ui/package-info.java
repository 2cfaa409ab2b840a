@NullMarked
package org.sala.post.ui;

import org.jspecify.annotations.NullMarked;
