@NullMarked
package org.sala.media.web;

import org.jspecify.annotations.NullMarked;
