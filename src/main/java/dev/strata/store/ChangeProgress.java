package dev.strata.store;

/**
 * Where a long landscape change has got to: the step it is in, how many units of that step are done, and whether
 * someone asked to stop. The apply of 100,000 documents takes a minute or more; whoever started it (the CLI, a
 * GraphQL client) follows it through an implementation of this interface. Work calls {@link #checkCancelled()}
 * between batches, so a cancelled change stops within one batch and its transaction rolls back.
 */
public interface ChangeProgress {

    /** Reports nothing and is never cancelled: for small changes nobody follows. */
    ChangeProgress NONE = new ChangeProgress() {
        @Override
        public void step(Step step, long total) {}

        @Override
        public void advance(long units) {}

        @Override
        public void checkCancelled() {}
    };

    /** The steps of validate, plan and apply, in the order they run. */
    enum Step {
        /** Parsing the files (units: files). */
        READING_FILES,
        /** Reading the landscape stored in the graph (units: nodes and relationships). */
        READING_GRAPH,
        /** Comparing the files with the graph (no units). */
        COMPARING,
        /** Computing the impact of the change on snapshots before and after (no units). */
        ASSESSING_IMPACT,
        /** Writing the change in the transaction (units: nodes and relationships written). */
        WRITING,
        /** Committing the transaction (no units; at scale M it takes seconds). */
        COMMITTING
    }

    /** A step starts; {@code total} is its number of units, 0 when it has none or they are not known. */
    void step(Step step, long total);

    /** {@code units} more units of the current step are done. */
    void advance(long units);

    /** Throws {@link java.util.concurrent.CancellationException} when the work was cancelled. */
    void checkCancelled();
}
