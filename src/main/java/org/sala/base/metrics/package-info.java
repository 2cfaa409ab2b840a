/** Helpers for the gauges on the health and metrics endpoints. */
@NamedInterface("metrics")
@NullMarked
package org.sala.base.metrics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
