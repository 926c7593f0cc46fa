package dev.strata.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** ISO-8601 {@code Date} and {@code DateTime} scalars, the two temporal types of the landscape. */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

    @Bean
    RuntimeWiringConfigurer temporalScalars() {
        GraphQLScalarType date = scalar("Date", "an ISO-8601 date such as 2024-03-31", LocalDate::parse);
        GraphQLScalarType dateTime = scalar(
                "DateTime", "an ISO-8601 date-time with offset such as 2024-03-31T12:00:00Z", OffsetDateTime::parse);
        return wiring -> wiring.scalar(date).scalar(dateTime);
    }

    private static GraphQLScalarType scalar(String name, String expected, Function<String, TemporalAccessor> parse) {
        return GraphQLScalarType.newScalar()
                .name(name)
                .description(expected)
                .coercing(new Coercing<TemporalAccessor, String>() {
                    @Override
                    public String serialize(Object value, GraphQLContext context, Locale locale) {
                        if (value instanceof ZonedDateTime zoned) {
                            return zoned.toOffsetDateTime().toString();
                        }
                        if (value instanceof TemporalAccessor) {
                            return value.toString();
                        }
                        throw new CoercingSerializeException(
                                name + " cannot represent " + value.getClass().getSimpleName());
                    }

                    @Override
                    public TemporalAccessor parseValue(Object input, GraphQLContext context, Locale locale) {
                        if (input instanceof String text) {
                            try {
                                return parse.apply(text);
                            } catch (DateTimeParseException e) {
                                // reported below with the expected form
                            }
                        }
                        throw new CoercingParseValueException(name + " must be " + expected + ", was '" + input + "'");
                    }

                    @Override
                    public TemporalAccessor parseLiteral(
                            Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                        if (input instanceof StringValue text) {
                            try {
                                return parse.apply(text.getValue());
                            } catch (DateTimeParseException e) {
                                // reported below with the expected form
                            }
                        }
                        throw new CoercingParseLiteralException(name + " must be " + expected);
                    }
                })
                .build();
    }
}
