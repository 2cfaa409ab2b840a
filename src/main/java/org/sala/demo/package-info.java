@NullMarked
package org.sala.demo;

import org.jspecify.annotations.NullMarked;
