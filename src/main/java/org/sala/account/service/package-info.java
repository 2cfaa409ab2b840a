@NullMarked
package org.sala.account.service;

import org.jspecify.annotations.NullMarked;
