@NullMarked
package org.sala.newsletter.domain;

import org.jspecify.annotations.NullMarked;
