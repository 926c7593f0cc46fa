package dev.strata.scale;

/**
 * Named sizes of a generated landscape. Teams, value streams and relationships follow from these counts (see
 * {@link LandscapeGenerator}): about 1 platform team per 2 platforms, 1 stream-aligned team per 40 consumers,
 * 4.5 dependencies per capability and 4 consumptions per consumer.
 */
public enum Scale {
    /** About 1 000 nodes, 4 000 relationships. */
    S(300, 600, 30),
    /** About 100 000 nodes, 450 000+ relationships. */
    M(30_000, 64_000, 3_000),
    /** About 1 000 000 nodes, 4 500 000+ relationships. */
    L(300_000, 640_000, 30_000);

    private final int capabilities;
    private final int consumers;
    private final int platforms;

    Scale(int capabilities, int consumers, int platforms) {
        this.capabilities = capabilities;
        this.consumers = consumers;
        this.platforms = platforms;
    }

    public int capabilities() {
        return capabilities;
    }

    public int consumers() {
        return consumers;
    }

    public int platforms() {
        return platforms;
    }
}
