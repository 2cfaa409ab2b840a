@NullMarked
package org.sala.mail.service;

import org.jspecify.annotations.NullMarked;
