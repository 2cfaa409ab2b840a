package org.sala.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo site. {@link DemoContentLoader} is only made when it is enabled (a condition, which
 * reads the key itself, with the same default); this record documents the key and checks its value.
 *
 * @param enabled fill an empty database with the demo site and demo accounts (production sets it to false)
 */
@ConfigurationProperties("sala.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled) {}
