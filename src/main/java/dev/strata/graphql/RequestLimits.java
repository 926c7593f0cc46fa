package dev.strata.graphql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The limits every request meets, and their settings. Before anything runs, {@link OperationLimits} refuses an
 * operation too deep or over its cost budget ({@link QueryCost}: a field costs one point or its {@code @cost} weight,
 * a paginated field multiplies what it selects by its page size); while it runs, {@link HeavyFieldGate} admits heavy
 * fields a few at a time and stops starting fields after the request's deadline; {@link RequestSizeFilter} and
 * {@link JsonReadLimits} bound the body before it is read. Each refusal names the limit and the setting that changes it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RequestLimits.Limits.class, RequestLimits.HttpLimits.class})
class RequestLimits {

    /** What an unpaginated list (e.g. {@code Team.platforms}) is assumed to hold when costing a query. */
    static final int UNPAGED_LIST_ESTIMATE = 10;

    /**
     * @param maxDepth                  deepest field nesting accepted
     * @param maxCost                   cost budget of one request
     * @param maxRequestSize            largest GraphQL request body accepted
     * @param requestTimeout            deadline of one request: no field starts after it, heavy loops stop at it
     * @param maxConcurrentHeavyFields  heavy fields ({@code @cost} weight of {@value QueryCost#HEAVY_WEIGHT} or more) that
     *                                  run at once across all requests; 0 means one per processor
     * @param heavyFieldWait            how long a heavy field waits for its turn before it fails with BUSY
     */
    @ConfigurationProperties("strata.graphql")
    record Limits(
            @DefaultValue("15") int maxDepth,
            @DefaultValue("100000") int maxCost,
            @DefaultValue("32MB") DataSize maxRequestSize,
            @DefaultValue("30s") Duration requestTimeout,
            @DefaultValue("0") int maxConcurrentHeavyFields,
            @DefaultValue("2s") Duration heavyFieldWait) {

        int heavyFieldPermits() {
            return maxConcurrentHeavyFields > 0
                    ? maxConcurrentHeavyFields
                    : Runtime.getRuntime().availableProcessors();
        }
    }

    /**
     * @param maxRequestSize   largest request body accepted on any path other than GraphQL's
     * @param maxBytesInFlight request bodies larger than 64 KiB share this many bytes while they run; a body that
     *                         finds them taken waits briefly, then gets 503 with Retry-After
     */
    @ConfigurationProperties("strata.http")
    record HttpLimits(
            @DefaultValue("1MB") DataSize maxRequestSize,
            @DefaultValue("64MB") DataSize maxBytesInFlight) {}
}
