@NullMarked
package org.sala.search.domain;

import org.jspecify.annotations.NullMarked;
