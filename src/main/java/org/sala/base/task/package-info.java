@NullMarked
package org.sala.base.task;

import org.jspecify.annotations.NullMarked;
