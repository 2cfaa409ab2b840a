@NullMarked
package org.sala.post.content;

import org.jspecify.annotations.NullMarked;
