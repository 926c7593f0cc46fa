package dev.strata.analytics.adoption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Cumulative quarterly adoption series built from dated CONSUMES edges. */
final class Trends {

    private final Map<String, List<AdoptionEvent>> eventsByKey;
    private final @Nullable LocalDate latestSince;
    private final int streamAlignedTeams;

    private Trends(
            Map<String, List<AdoptionEvent>> eventsByKey, @Nullable LocalDate latestSince, int streamAlignedTeams) {
        this.eventsByKey = eventsByKey;
        this.latestSince = latestSince;
        this.streamAlignedTeams = streamAlignedTeams;
    }

    /** Groups the events by the key the series are wanted for (events without one are left out). */
    static Trends of(
            List<AdoptionEvent> events,
            Function<AdoptionEvent, @Nullable String> key,
            @Nullable LocalDate latestSince,
            int streamAlignedTeams) {
        Map<String, List<AdoptionEvent>> byKey = events.stream()
                .filter(event -> key.apply(event) != null)
                .collect(Collectors.groupingBy(event -> Objects.requireNonNull(key.apply(event))));
        return new Trends(byKey, latestSince, streamAlignedTeams);
    }

    /**
     * Quarters from the one of the first use of {@code key} to the one of the latest {@code since} in the graph; each
     * counts the consumers and STREAM_ALIGNED teams whose first use falls in it or before. Empty without dated use.
     */
    List<AdoptionPoint> of(String key) {
        List<AdoptionEvent> events = eventsByKey.getOrDefault(key, List.of());
        if (events.isEmpty() || latestSince == null) {
            return List.of();
        }
        Map<String, Integer> consumerFirstQuarter = new HashMap<>();
        Map<String, Integer> teamFirstQuarter = new HashMap<>();
        for (AdoptionEvent event : events) {
            int quarter = quarterIndex(event.since());
            consumerFirstQuarter.merge(event.consumerKey(), quarter, Math::min);
            if (event.byStreamAlignedTeam()) {
                teamFirstQuarter.merge(Objects.requireNonNull(event.consumingTeamKey()), quarter, Math::min);
            }
        }
        int first = consumerFirstQuarter.values().stream()
                .mapToInt(Integer::intValue)
                .min()
                .orElseThrow();
        int last = Math.max(first, quarterIndex(latestSince));
        int[] newConsumers = new int[last - first + 1];
        int[] newTeams = new int[last - first + 1];
        consumerFirstQuarter.values().forEach(quarter -> newConsumers[quarter - first]++);
        teamFirstQuarter.values().forEach(quarter -> newTeams[quarter - first]++);
        List<AdoptionPoint> points = new ArrayList<>(newConsumers.length);
        int consumers = 0;
        int teams = 0;
        for (int i = 0; i < newConsumers.length; i++) {
            consumers += newConsumers[i];
            teams += newTeams[i];
            int year = Math.floorDiv(first + i, 4);
            int quarter = Math.floorMod(first + i, 4) + 1;
            points.add(new AdoptionPoint(
                    year + "-Q" + quarter,
                    year,
                    quarter,
                    teams,
                    CypherAdoption.rate(teams, streamAlignedTeams),
                    consumers));
        }
        return List.copyOf(points);
    }

    private static int quarterIndex(LocalDate date) {
        return date.getYear() * 4 + (date.getMonthValue() - 1) / 3;
    }
}
