@NullMarked
package org.sala.post.ui.writing;

import org.jspecify.annotations.NullMarked;
