package dev.strata.analytics.chains;

/**
 * Platform {@code from} needs platform {@code to}: {@code weight} capability dependencies lead from a capability of
 * {@code from} to one of {@code to}.
 *
 * @param from   key of the depending platform
 * @param to     key of the platform depended on
 * @param weight how many {@code DEPENDS_ON} relationships between their capabilities make up this dependency (≥ 1)
 */
public record PlatformDependency(String from, String to, int weight) {}
