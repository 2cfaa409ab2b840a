@NullMarked
package org.sala.wordpress.service;

import org.jspecify.annotations.NullMarked;
