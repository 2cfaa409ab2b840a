@NullMarked
package org.sala.notification.service;

import org.jspecify.annotations.NullMarked;
