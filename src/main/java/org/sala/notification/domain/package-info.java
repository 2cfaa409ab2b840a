@NullMarked
package org.sala.notification.domain;

import org.jspecify.annotations.NullMarked;
