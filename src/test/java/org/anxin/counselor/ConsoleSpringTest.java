package org.anxin.counselor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.anxin.AnxinSpringTest;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link AnxinSpringTest} with cheap password hashes (BCrypt cost 4 instead of 12), for the tests that make counselor
 * accounts and sign in many times; they share one context. {@code HandoffsTest} checks the shipped cost.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AnxinSpringTest
@TestPropertySource(properties = "anxin.counselor.password-cost=4")
@interface ConsoleSpringTest {
}
