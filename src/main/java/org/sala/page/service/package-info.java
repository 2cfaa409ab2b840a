@NullMarked
package org.sala.page.service;

import org.jspecify.annotations.NullMarked;
