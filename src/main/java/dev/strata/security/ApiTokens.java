package dev.strata.security;

import dev.strata.audit.Actor;
import dev.strata.audit.AuditEntry;
import dev.strata.audit.AuditTrail;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes API tokens. A token reads {@code strata_<id>_<secret>}: the id finds the stored hash,
 * the 256-bit random secret is compared by its SHA-256 hash in constant time. A slow password hash buys nothing for
 * secrets with that much entropy, and a fast one keeps every request cheap.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "strata_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Neo4jClient client;
    private final AuditTrail audit;
    private final @Nullable String bootstrapHash;

    ApiTokens(Neo4jClient client, AuditTrail audit, SecurityProperties properties) {
        this.client = client;
        this.audit = audit;
        String bootstrap = properties.bootstrapAdminToken();
        if (bootstrap != null && !bootstrap.isBlank() && (!bootstrap.startsWith(PREFIX) || bootstrap.length() < 32)) {
            throw new IllegalStateException("strata.security.bootstrap-admin-token must start with '" + PREFIX
                    + "' and be at least 32 characters long");
        }
        this.bootstrapHash = bootstrap == null || bootstrap.isBlank() ? null : sha256(bootstrap);
    }

    /**
     * Creates a token; the returned secret is shown once and never stored. Recorded in the audit trail (name, role,
     * creator; never the secret or its hash) in the same transaction.
     */
    @Transactional
    public IssuedToken issue(String name, Role role, Actor actor) {
        String id = randomText(9);
        String secret = randomText(32);
        client.query("""
                CREATE (:ApiToken {id: $id, name: $name, role: $role, hash: $hash, createdBy: $createdBy,
                                   createdAt: datetime()})
                """)
                .bindAll(Map.of(
                        "id", id, "name", name, "role", role.name(), "hash", sha256(secret), "createdBy", actor.name()))
                .run();
        ApiToken token = find(id).orElseThrow();
        audit.record(new AuditEntry(
                "createApiToken",
                actor,
                "ApiToken",
                id,
                audit.json(Map.of("name", name, "role", role.name())),
                null,
                audit.json(recorded(token)),
                null));
        return new IssuedToken(PREFIX + id + "_" + secret, token);
    }

    /** Revokes a token at once; recorded in the audit trail when it was not revoked before. */
    @Transactional
    public Optional<ApiToken> revoke(String id, Actor actor) {
        Optional<ApiToken> before = find(id);
        client.query("MATCH (t:ApiToken {id: $id}) WHERE t.revokedAt IS NULL SET t.revokedAt = datetime()")
                .bind(id)
                .to("id")
                .run();
        Optional<ApiToken> after = find(id);
        if (before.isPresent() && after.isPresent() && !before.equals(after)) {
            audit.record(new AuditEntry(
                    "revokeApiToken",
                    actor,
                    "ApiToken",
                    id,
                    audit.json(Map.of("id", id)),
                    audit.json(recorded(before.get())),
                    audit.json(recorded(after.get())),
                    null));
        }
        return after;
    }

    /** A token as the audit trail shows it: who it is for and what it may do, never its hash. */
    private static Map<String, Object> recorded(ApiToken token) {
        Map<String, Object> recorded = new java.util.TreeMap<>();
        recorded.put("id", token.id());
        recorded.put("name", token.name());
        recorded.put("role", token.role().name());
        recorded.put("createdBy", token.createdBy());
        recorded.put("revoked", token.revokedAt() != null);
        return recorded;
    }

    public Optional<ApiToken> find(String id) {
        return client.query("MATCH (t:ApiToken {id: $id}) RETURN t")
                .bind(id)
                .to("id")
                .fetchAs(ApiToken.class)
                .mappedBy((types, record) -> ApiToken.from(record.get("t")))
                .one();
    }

    public List<ApiToken> all() {
        return List.copyOf(client.query("MATCH (t:ApiToken) RETURN t ORDER BY t.createdAt LIMIT 10000")
                .fetchAs(ApiToken.class)
                .mappedBy((types, record) -> ApiToken.from(record.get("t")))
                .all());
    }

    /** The principal a presented token stands for, or empty when it is unknown, malformed or revoked. */
    public Optional<TokenPrincipal> authenticate(String presented) {
        if (bootstrapHash != null && constantTimeEquals(bootstrapHash, sha256(presented))) {
            return Optional.of(new TokenPrincipal("bootstrap-admin", Role.ADMIN));
        }
        if (!presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = presented.substring(PREFIX.length());
        int separator = rest.indexOf('_');
        if (separator <= 0) {
            return Optional.empty();
        }
        String id = rest.substring(0, separator);
        String secret = rest.substring(separator + 1);
        return client.query(
                        "MATCH (t:ApiToken {id: $id}) WHERE t.revokedAt IS NULL RETURN t.hash AS hash, t.name AS name, t.role AS role")
                .bind(id)
                .to("id")
                .fetchAs(StoredHash.class)
                .mappedBy((types, r) -> new StoredHash(
                        r.get("hash").asString(),
                        r.get("name").asString(),
                        r.get("role").asString()))
                .one()
                .filter(stored -> constantTimeEquals(stored.hash(), sha256(secret)))
                .map(stored -> new TokenPrincipal("token:" + stored.name(), Role.valueOf(stored.role())));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomText(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(random)
                .replace('_', 'x')
                .replace('-', 'y');
    }

    private record StoredHash(String hash, String name, String role) {}

    /** Who a token authenticates. */
    public record TokenPrincipal(String name, Role role) {}

    /** A freshly issued token: {@code secret} is the whole token text, shown once. */
    public record IssuedToken(String secret, ApiToken token) {}
}
