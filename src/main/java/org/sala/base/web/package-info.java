/** Servlet filters and request helpers: client addresses, security headers, sessions, redirects. */
@NamedInterface("web")
package org.sala.base.web;

import org.springframework.modulith.NamedInterface;
