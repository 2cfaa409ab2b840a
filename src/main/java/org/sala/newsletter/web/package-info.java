@NullMarked
package org.sala.newsletter.web;

import org.jspecify.annotations.NullMarked;
