package dev.strata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this test checks what can be checked without one: it
 * parses, its Neo4j is the same version as the embedded one, and its environment binds to the properties the
 * application really reads.
 */
class DockerComposeTest {

    private final Map<String, Object> compose = load();

    @Test
    void neo4jServiceRunsTheOfficialImageOfTheEmbeddedVersionWithBrowserBoltVolumeAndHealthCheck() throws IOException {
        Map<String, Object> neo4j = service("neo4j");
        assertThat(neo4j.get("image")).isEqualTo("neo4j:" + embeddedNeo4jVersion());
        assertThat((List<String>) neo4j.get("ports"))
                .anyMatch(p -> p.endsWith(":7474"))
                .anyMatch(p -> p.endsWith(":7687"));
        assertThat((List<String>) neo4j.get("volumes")).contains("neo4j-data:/data");
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("neo4j-data");
        assertThat(neo4j).containsKey("healthcheck");
        assertThat(environment("neo4j").get("NEO4J_AUTH")).contains("${NEO4J_USER", "${NEO4J_PASSWORD");
    }

    @Test
    void strataServiceEnvironmentBindsToSpringNeo4jPropertiesWithCredentialsFromTheEnvironment() {
        Map<String, Object> strata = service("strata");
        assertThat((Map<String, Object>) strata.get("depends_on")).containsKey("neo4j");
        assertThat(strata).containsKey("healthcheck");
        Map<String, String> env = environment("strata");
        assertThat(env.get("SPRING_NEO4J_AUTHENTICATION_PASSWORD")).startsWith("${NEO4J_PASSWORD");
        assertThat(env.get("SPRING_NEO4J_AUTHENTICATION_USERNAME")).startsWith("${NEO4J_USER");

        StandardEnvironment bound = new StandardEnvironment();
        bound.getPropertySources().addFirst(new SystemEnvironmentPropertySource("compose", new HashMap<>(env)));
        Neo4jProperties properties =
                Binder.get(bound).bind("spring.neo4j", Neo4jProperties.class).get();
        assertThat(properties.getUri()).hasToString("bolt://neo4j:7687");
        assertThat(properties.getUri().getPort()).isEqualTo(7687);
        assertThat(Binder.get(bound).bind("strata.demo.enabled", Boolean.class).get())
                .isTrue();
        assertThat(bound.getProperty("STRATA_ADDRESS")).isEqualTo("0.0.0.0");
    }

    private Map<String, Object> service(String name) {
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    private Map<String, String> environment(String name) {
        Map<String, String> env = new HashMap<>();
        ((Map<String, Object>) service(name).get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        return env;
    }

    private static String embeddedNeo4jVersion() throws IOException {
        Matcher matcher =
                Pattern.compile("<neo4j.version>([^<]+)</neo4j.version>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static Map<String, Object> load() {
        try {
            return new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
