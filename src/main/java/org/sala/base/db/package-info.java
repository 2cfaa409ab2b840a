/** The database server: startup checks, outages the features ride out, the embedded server for development. */
@NamedInterface("db")
@NullMarked
package org.sala.base.db;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
