@NullMarked
package org.sala.page.domain;

import org.jspecify.annotations.NullMarked;
