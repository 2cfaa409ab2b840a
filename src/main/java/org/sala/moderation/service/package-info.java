@NullMarked
package org.sala.moderation.service;

import org.jspecify.annotations.NullMarked;
