@NullMarked
package org.sala.post.service;

import org.jspecify.annotations.NullMarked;
