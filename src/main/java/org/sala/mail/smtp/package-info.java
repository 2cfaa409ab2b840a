@NullMarked
package org.sala.mail.smtp;

import org.jspecify.annotations.NullMarked;
