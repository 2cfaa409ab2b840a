@NullMarked
package org.sala.post.domain;

import org.jspecify.annotations.NullMarked;
