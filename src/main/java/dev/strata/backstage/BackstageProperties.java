package dev.strata.backstage;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The running Backstage the server imports from ({@code fromBackstage} in GraphQL). The URL and token come from
 * configuration only: a request cannot make the server call another address or send the token elsewhere.
 *
 * @param url      the Backstage backend, e.g. {@code https://backstage.example.com}; unset: importing from a
 *                 running Backstage is off
 * @param token    a bearer token Backstage accepts for reading the catalog (a static token of
 *                 {@code backend.auth.externalAccess}); from the environment, never logged
 * @param pageSize entities per request to the catalog API (1 to 1000)
 * @param timeout  per request to the catalog API
 */
@ConfigurationProperties("strata.backstage")
public record BackstageProperties(
        @Nullable String url,
        @Nullable String token,
        @DefaultValue("200") int pageSize,
        @DefaultValue("30s") Duration timeout) {

    /** Never prints the token. */
    @Override
    public String toString() {
        return "BackstageProperties[url=" + url + ", token=" + (token == null ? "unset" : "(set)") + ", pageSize="
                + pageSize + ", timeout=" + timeout + "]";
    }
}
