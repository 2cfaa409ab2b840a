@NullMarked
package org.sala.comment.domain;

import org.jspecify.annotations.NullMarked;
