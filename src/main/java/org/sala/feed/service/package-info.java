@NullMarked
package org.sala.feed.service;

import org.jspecify.annotations.NullMarked;
