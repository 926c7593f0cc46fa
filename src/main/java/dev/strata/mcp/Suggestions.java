package dev.strata.mcp;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Close matches for a misspelt key or argument name, so an error can say "did you mean ...": candidates containing
 * the text or contained in it, then those within a small edit distance, nearest first.
 */
final class Suggestions {

    private static final int MAX = 5;

    private Suggestions() {}

    /** The closest candidates, nearest first, at most five. */
    static List<String> of(String wanted, Collection<String> candidates) {
        String needle = wanted.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, needle.length() / 3);
        record Scored(String candidate, int score) {}
        return candidates.stream()
                .map(candidate -> {
                    String c = candidate.toLowerCase(Locale.ROOT);
                    int distance =
                            c.contains(needle) || needle.contains(c) && c.length() >= 3 ? 0 : distance(needle, c);
                    return new Scored(candidate, distance);
                })
                .filter(scored -> scored.score() <= allowed)
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::candidate))
                .limit(MAX)
                .map(Scored::candidate)
                .toList();
    }

    /** {@code "; did you mean 'a', 'b'?"}, or nothing when no candidate is close. */
    static String closeMatches(String wanted, Collection<String> candidates) {
        List<String> close = of(wanted, candidates);
        return close.isEmpty()
                ? ""
                : "; did you mean "
                        + String.join(
                                ", ", close.stream().map(c -> "'" + c + "'").toList()) + "?";
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
