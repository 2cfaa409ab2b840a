@NullMarked
package org.sala.mail;

import org.jspecify.annotations.NullMarked;
