package dev.strata.analytics.load;

import java.util.Arrays;
import java.util.List;

/**
 * The cognitive load of all teams in figures only (counts per band, every index): what a histogram of thousands of
 * teams needs, at a small fraction of the fields of their full measurements.
 *
 * @param teams   teams measured
 * @param bands   teams per band, in band order, every band listed
 * @param indexes every team's index, in the order of the measurements given (highest first)
 */
public record CognitiveLoadDistribution(int teams, List<BandCount> bands, List<Double> indexes) {

    /** How many teams are in one band. */
    public record BandCount(CognitiveLoadBand band, int teams) {}

    /** The distribution of these measurements (one per team, highest index first). */
    public static CognitiveLoadDistribution of(List<TeamCognitiveLoad> loads) {
        int[] perBand = new int[CognitiveLoadBand.values().length];
        loads.forEach(load -> perBand[load.band().ordinal()]++);
        List<BandCount> bands = Arrays.stream(CognitiveLoadBand.values())
                .map(band -> new BandCount(band, perBand[band.ordinal()]))
                .toList();
        return new CognitiveLoadDistribution(
                loads.size(),
                bands,
                loads.stream().map(TeamCognitiveLoad::index).toList());
    }
}
