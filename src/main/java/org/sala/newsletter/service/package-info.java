@NullMarked
package org.sala.newsletter.service;

import org.jspecify.annotations.NullMarked;
