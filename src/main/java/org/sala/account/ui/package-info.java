@NullMarked
package org.sala.account.ui;

import org.jspecify.annotations.NullMarked;
