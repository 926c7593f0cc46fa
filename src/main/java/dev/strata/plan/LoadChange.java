package dev.strata.plan;

import dev.strata.analytics.load.CognitiveLoadBand;
import org.jspecify.annotations.Nullable;

/**
 * A team whose cognitive-load band changes (null before: a new team; null after: a removed team).
 *
 * @param teamKey     the team
 * @param bandBefore  band before the change
 * @param bandAfter   band after it
 * @param indexBefore load index before
 * @param indexAfter  load index after
 */
public record LoadChange(
        String teamKey,
        @Nullable CognitiveLoadBand bandBefore,
        @Nullable CognitiveLoadBand bandAfter,
        @Nullable Double indexBefore,
        @Nullable Double indexAfter) {}
