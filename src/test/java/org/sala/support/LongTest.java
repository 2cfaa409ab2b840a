package org.sala.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that takes a minute or more (load, outages, whole attack corpora). The everyday
 * {@code ./mvnw verify} leaves it out; {@code ./mvnw verify -Pfull}, which CI runs, includes it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(LongTest.TAG)
public @interface LongTest {

    String TAG = "long";
}
