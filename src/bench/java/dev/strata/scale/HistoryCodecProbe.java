package dev.strata.scale;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.Landscape;
import dev.strata.store.LandscapeCodec;

/**
 * What rebuilding a past landscape of a scale costs without a database: decoding a checkpoint, copying a landscape,
 * and building its analytics snapshot (the parts of a cold {@code asOf}), with the decoder it replaced
 * ({@link TreeCheckpointDecoder}) beside it. {@code java ... HistoryCodecProbe M 5}.
 */
final class HistoryCodecProbe {

    private HistoryCodecProbe() {}

    public static void main(String[] args) {
        Scale scale = Scale.valueOf(args.length > 0 ? args[0] : "M");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Landscape landscape = LandscapeFiles.toLandscape(LandscapeGenerator.generate(scale, 42));
        long start = System.nanoTime();
        byte[] encoded = LandscapeCodec.encode(landscape);
        System.out.printf("encode %.0f ms, %,d bytes%n", (System.nanoTime() - start) / 1e6, encoded.length);
        for (int i = 0; i < runs; i++) {
            start = System.nanoTime();
            Landscape tree = TreeCheckpointDecoder.decodeLandscape(encoded);
            double reference = (System.nanoTime() - start) / 1e6;
            tree = null;
            start = System.nanoTime();
            Landscape decoded = LandscapeCodec.decodeLandscape(encoded);
            double decode = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            Landscape copy = decoded.copy();
            double copied = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            LandscapeSnapshot snapshot = LandscapeSnapshot.of(copy);
            double snap = (System.nanoTime() - start) / 1e6;
            System.out.printf(
                    "decode %.0f ms (tree decoder %.0f ms), copy %.0f ms, snapshot %.0f ms (%d relationships)%n",
                    decode, reference, copied, snap, snapshot.relationshipCount());
            if (i == 0) {
                Landscape expected = TreeCheckpointDecoder.decodeLandscape(encoded);
                if (!decoded.nodes().equals(expected.nodes())
                        || !decoded.edges().equals(expected.edges())) {
                    throw new IllegalStateException("the decoders disagree");
                }
            }
        }
    }
}
