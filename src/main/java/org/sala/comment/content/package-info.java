@NullMarked
package org.sala.comment.content;

import org.jspecify.annotations.NullMarked;
