package dev.strata.plan;

import java.util.List;

/**
 * A capability that a change makes a single point of failure for some consumers (every dependency path of theirs
 * now passes through it: they lost their alternative), or that stops being one for some (they gained an
 * alternative, stopped relying on it, or it is removed).
 *
 * @param capabilityKey the capability
 * @param removed       whether the change removes the capability (fixed side only)
 * @param consumers     how many consumers
 * @param consumerKeys  those consumers, sorted; the first of them when there are more than the impact's list limit
 */
public record SinglePointChange(String capabilityKey, boolean removed, int consumers, List<String> consumerKeys) {

    public SinglePointChange {
        consumerKeys = List.copyOf(consumerKeys);
    }
}
