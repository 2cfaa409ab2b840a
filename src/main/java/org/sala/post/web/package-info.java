@NullMarked
package org.sala.post.web;

import org.jspecify.annotations.NullMarked;
