package dev.strata.backstage;

import dev.strata.model.Keys;
import dev.strata.model.NodeKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Derives the model's keys (2 to 64 of {@code [a-z0-9-]}, unique per node kind) from entity refs, injectively and
 * short where possible. The short key is the name in lower case with every other character as {@code -}, prefixed
 * by the namespace when it is not {@code default}, and suffixed by the entity's kind when the name has one
 * character. When that key is taken (by a native document, or by another entity whose short key is the same, such
 * as {@code payments-team/c} and {@code payments/team-c}) or too long, the key is the short key cut to fit, then
 * {@code -} and the first hex digits of the SHA-256 of the full ref: distinct refs get distinct keys.
 * Who keeps the short key when several want it: names that needed no change first, then by kind as claimed, then
 * by ref, so the same catalog always gets the same keys.
 */
final class KeyAssigner {

    private static final int HASH_DIGITS = 8;

    private final Map<NodeKind, Set<String>> taken = new EnumMap<>(NodeKind.class);

    /** Keys that are already used (by native documents) and must not be given to entities. */
    void reserve(NodeKind kind, String key) {
        taken.computeIfAbsent(kind, k -> new HashSet<>()).add(key);
    }

    /** A node that wants a key: an id (the entity ref, or what a created node stands for) and its short key. */
    record Claim(String id, String shortKey, boolean exact, int rank) {}

    /** The claim of an entity: its short key, whether its name needed no change, and its rank among claimants. */
    static Claim claim(EntityRef ref, int rank) {
        String name = sanitize(ref.name());
        boolean exact = name.equals(ref.name()) && ref.namespace().equals(EntityRef.DEFAULT_NAMESPACE);
        String key =
                ref.namespace().equals(EntityRef.DEFAULT_NAMESPACE) ? name : sanitize(ref.namespace()) + "-" + name;
        if (key.length() < 2) {
            key = key + "-" + sanitize(ref.kind());
            exact = false;
        }
        return new Claim(ref.toString(), key, exact, rank);
    }

    /** The claim of a node the import creates (no entity behind it), e.g. a team's platform outside any system. */
    static Claim created(String id, String shortKey, int rank) {
        return new Claim(id, sanitize(shortKey), false, rank);
    }

    /** Assigns keys of one kind; returns key by claim id, and lists the ids that did not get their short key. */
    Map<String, String> assign(NodeKind kind, List<Claim> claims, List<Claim> hashed) {
        Set<String> used = taken.computeIfAbsent(kind, k -> new HashSet<>());
        List<Claim> ordered = new ArrayList<>(claims);
        ordered.sort(Comparator.comparing((Claim c) -> !c.exact())
                .thenComparingInt(Claim::rank)
                .thenComparing(Claim::id));
        Map<String, String> keys = new HashMap<>();
        for (Claim claim : ordered) {
            String key = claim.shortKey();
            if (!Keys.isKey(key) || used.contains(key)) {
                hashed.add(claim);
                int digits = HASH_DIGITS;
                do {
                    key = withHash(claim, digits);
                    digits += 4;
                } while (used.contains(key) && digits <= 64);
            }
            used.add(key);
            keys.put(claim.id(), key);
        }
        return keys;
    }

    private static String withHash(Claim claim, int digits) {
        String hash = sha256(claim.id()).substring(0, Math.min(digits, 64));
        int room = 64 - 1 - hash.length();
        String base = claim.shortKey().length() > room ? claim.shortKey().substring(0, room) : claim.shortKey();
        base = base.replaceAll("-+$", "");
        return base.isEmpty() ? "x-" + hash : base + "-" + hash;
    }

    /** Lower case, every character but {@code [a-z0-9]} as {@code -}, runs of dashes as one, none at either end. */
    static String sanitize(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return lower.replaceAll("^-+|-+$", "");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
