@NullMarked
package org.sala.feed.web;

import org.jspecify.annotations.NullMarked;
