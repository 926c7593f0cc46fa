package dev.strata.analytics.load;

/** Bands of the cognitive-load index, separated by the thresholds of {@link CognitiveLoadModel}. */
public enum CognitiveLoadBand {
    LOW,
    MODERATE,
    HIGH,
    OVERLOADED
}
