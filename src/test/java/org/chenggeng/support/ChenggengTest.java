package org.chenggeng.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A full application context on a database of its own, with the demo data and demo users loaded. Every
 * integration test uses exactly this configuration so that Spring caches one context for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"demo", "test"})
public @interface ChenggengTest {
}
