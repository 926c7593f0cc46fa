package dev.strata.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test whose Strata (or Maven, or the CLI) runs in a process of its own, with its own data directory and ports. It
 * shares nothing with the in-process tests, so it runs beside them (see {@code junit-platform.properties}): most of
 * its time is a child process starting, which leaves the test JVM's thread idle. Such classes run one at a time among
 * themselves, so that one child at a time (with its own helpers, such as Maven's forked JVM or Chromium) competes with
 * the in-process tests for the two cores CI has. The class-level resource lock also keeps each class's methods on one
 * thread, in their declared order ({@code @Order} in {@code PackagedJarIT}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(OwnProcessTest.CHILD_PROCESS)
public @interface OwnProcessTest {

    /** The lock that keeps these classes from running at the same time as each other. */
    String CHILD_PROCESS = "strata.child-process";
}
