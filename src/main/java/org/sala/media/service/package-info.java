@NullMarked
package org.sala.media.service;

import org.jspecify.annotations.NullMarked;
