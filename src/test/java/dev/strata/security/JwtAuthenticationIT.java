package dev.strata.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.strata.testsupport.StrataIntegrationTest;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * OIDC JWTs as the alternative to API tokens: an identity provider's signed token with Strata roles in its
 * {@code roles} claim. The test plays the identity provider with its own key pair; in production Boot builds the
 * decoder from {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}.
 */
@Import(JwtAuthenticationIT.TestIdentityProvider.class)
class JwtAuthenticationIT extends StrataIntegrationTest {

    static final KeyPair KEYS = generate();

    @Test
    void aSignedJwtWithTheEditorRoleMayWriteAndIsNamedInTheAuditTrail() throws Exception {
        String jwt = sign("alice@example.org", List.of("editor"));
        ClientGraphQlResponse me = client(jwt).document("{ me { name role } }").executeSync();
        assertThat(me.field("me.name").toEntity(String.class)).isEqualTo("alice@example.org");
        assertThat(me.field("me.role").toEntity(String.class)).isEqualTo("EDITOR");
        ClientGraphQlResponse write = client(jwt)
                .document(
                        "mutation { createValueStream(input: {key: \"t-jwt\", name: \"JWT\", kind: ENABLING}) { errors { message } } }")
                .executeSync();
        assertThat(write.getErrors()).isEmpty();
        assertThat(count("MATCH (v:ValueStream {key: 't-jwt'}) RETURN count(v)"))
                .isOne();
        assertThat(
                        count(
                                "MATCH (e:AuditEvent {entityKey: 't-jwt', actor: 'alice@example.org', operation: 'createValueStream'}) RETURN count(e)"))
                .isOne();
    }

    @Test
    void aJwtWithOnlyTheViewerRoleCannotWrite() throws Exception {
        String jwt = sign("bob", List.of("viewer"));
        ClientGraphQlResponse write = client(jwt)
                .document(
                        "mutation { createValueStream(input: {key: \"t-jwt2\", name: \"JWT\", kind: ENABLING}) { errors { message } } }")
                .executeSync();
        assertThat(write.getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).startsWith("forbidden"));
    }

    private static String sign(String subject, List<String> roles) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader(JWSAlgorithm.RS256),
                new JWTClaimsSet.Builder()
                        .subject(subject)
                        .claim("roles", roles)
                        .issueTime(new Date())
                        .expirationTime(new Date(System.currentTimeMillis() + 600_000))
                        .build());
        jwt.sign(new RSASSASigner(KEYS.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestIdentityProvider {

        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic())
                    .build();
        }
    }
}
