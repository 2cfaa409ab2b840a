@NullMarked
package org.sala.account;

import org.jspecify.annotations.NullMarked;
