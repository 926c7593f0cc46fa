package dev.strata.analytics.load;

/**
 * One term of the cognitive-load index: {@code points = rawValue * weight / size}, so a team's points add up to its
 * index.
 *
 * @param name     the measure ({@code weightedFanIn}, {@code consumingTeams}, {@code capabilities}, {@code platforms},
 *                 {@code layers}, {@code handovers})
 * @param rawValue the measured value
 * @param weight   the model's weight for it
 * @param points   its share of the index
 */
public record Contribution(String name, double rawValue, double weight, double points) {

    static Contribution of(String name, double rawValue, double weight, int size) {
        return new Contribution(name, rawValue, weight, rawValue * weight / size);
    }
}
