@NullMarked
package org.sala.site.web;

import org.jspecify.annotations.NullMarked;
