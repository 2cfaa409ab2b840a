@NullMarked
package org.sala.search.service;

import org.jspecify.annotations.NullMarked;
