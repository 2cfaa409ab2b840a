@NullMarked
package org.sala.account.security;

import org.jspecify.annotations.NullMarked;
