@NullMarked
package org.sala.moderation.domain;

import org.jspecify.annotations.NullMarked;
