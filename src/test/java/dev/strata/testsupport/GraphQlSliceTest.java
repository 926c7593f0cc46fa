package dev.strata.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A GraphQL slice of Strata: the given controllers, the schema, and the GraphQL infrastructure every request meets
 * (scalars, request limits, field authorization, error resolvers), executed in-process through {@code GraphQlTester}
 * with documents from {@code src/test/resources/graphql-test/}. No web server and no database start; what a
 * controller reads (the snapshot, node lookups) the test provides. The write path ({@code edit}) is left out: it
 * needs the database, and its API is tested over HTTP.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@GraphQlTest(
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = {
                            "dev\\.strata\\.graphql\\.(RequestLimits|HeavyWorkAdmission|ScalarConfiguration)",
                        }),
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "dev\\.strata\\.edit\\..*"))
@Import(GraphQlSliceConfiguration.class)
public @interface GraphQlSliceTest {

    /** The controllers under test. */
    @AliasFor(annotation = GraphQlTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
