/** Helpers for the gauges on the health and metrics endpoints. */
@NamedInterface("metrics")
package org.sala.base.metrics;

import org.springframework.modulith.NamedInterface;
