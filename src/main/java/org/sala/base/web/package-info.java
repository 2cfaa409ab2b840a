/** Servlet filters and request helpers: client addresses, security headers, sessions, redirects. */
@NamedInterface("web")
@NullMarked
package org.sala.base.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
