@NullMarked
package org.sala.comment.service;

import org.jspecify.annotations.NullMarked;
