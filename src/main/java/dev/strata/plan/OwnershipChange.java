package dev.strata.plan;

import java.util.List;

/**
 * A capability category whose offering platforms a change alters while it is (or was) offered by more than one
 * platform: ownership ambiguity the change introduces or grows (new), or removes or shrinks (fixed).
 *
 * @param category        the category
 * @param platformsBefore platforms offering it before the change, sorted
 * @param platformsAfter  platforms offering it after the change, sorted
 */
public record OwnershipChange(String category, List<String> platformsBefore, List<String> platformsAfter) {

    public OwnershipChange {
        platformsBefore = List.copyOf(platformsBefore);
        platformsAfter = List.copyOf(platformsAfter);
    }
}
