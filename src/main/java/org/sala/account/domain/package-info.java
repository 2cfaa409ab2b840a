@NullMarked
package org.sala.account.domain;

import org.jspecify.annotations.NullMarked;
