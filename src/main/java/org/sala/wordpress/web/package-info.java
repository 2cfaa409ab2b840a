@NullMarked
package org.sala.wordpress.web;

import org.jspecify.annotations.NullMarked;
