@NullMarked
package org.sala.mail.domain;

import org.jspecify.annotations.NullMarked;
