/** The database server: startup checks, outages the features ride out, the embedded server for development. */
@NamedInterface("db")
package org.sala.base.db;

import org.springframework.modulith.NamedInterface;
