package dev.strata.analytics.scorecard;

/**
 * What a scorecard rule checks of a platform. The share checks take a minimum share ({@code min}, 0 to 1) and fail
 * when there is nothing to measure, since a product cannot be shown to meet a promise it makes to no one. "Live"
 * capabilities are those in BETA, GA or DEPRECATED, or without a lifecycle: PLANNED and RETIRED ones are promised to
 * or kept from no user.
 */
public enum ScorecardCheck {
    /** A team owns the platform. */
    OWNER(false),
    /** The platform declares a documentation link ({@code spec.documentation}). */
    DOCUMENTATION(false),
    /** The platform declares a support channel ({@code spec.supportChannel}). */
    SUPPORT_CHANNEL(false),
    /** The platform declares an on-call rotation ({@code spec.onCall}). */
    ON_CALL(false),
    /** At least {@code min} of its live capabilities have an SLO target. */
    SLO_TARGET_SHARE(true),
    /** At least {@code min} of its live capabilities with an SLO target and attainment meet the target. */
    SLO_ATTAINMENT_SHARE(true),
    /** At least {@code min} of the consumptions of its capabilities are in X_AS_A_SERVICE mode (self-service). */
    SELF_SERVICE_SHARE(true),
    /** At least {@code min} of its live capabilities are assessed compliant. */
    COMPLIANT_SHARE(true),
    /** At least {@code min} of its live capabilities are GA. */
    GA_SHARE(true),
    /** None of its capabilities depends directly on a DEPRECATED or RETIRED capability. */
    NO_DEPRECATED_DEPENDENCIES(false);

    private final boolean share;

    ScorecardCheck(boolean share) {
        this.share = share;
    }

    /** Whether the check compares a share with the rule's {@code min}. */
    public boolean share() {
        return share;
    }
}
