package dev.strata.analytics.impact;

/**
 * What happens to the targets. Both scenarios reach the same nodes with the same depths and severity score; the
 * scenario is recorded in the result so that a client can label it: under {@link #FAIL} the affected nodes lose
 * service, under {@link #CHANGE} they are the ones to notify and re-test before a breaking change is rolled out.
 */
public enum Scenario {
    FAIL,
    CHANGE
}
