package dev.strata.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Where the bootstrap admin token may come from: the environment ({@code STRATA_SECURITY_BOOTSTRAP_ADMIN_TOKEN}) or a
 * file ({@code strata.security.bootstrap-admin-token-file}), never the command line or a {@code -D} system property.
 * The JVM's command line and system properties end up in log files (the embedded Neo4j's {@code debug.log} records
 * them), and a secret must not.
 */
class BootstrapTokenSource implements EnvironmentPostProcessor, Ordered {

    static final String TOKEN = "strata.security.bootstrap-admin-token";
    static final String TOKEN_FILE = "strata.security.bootstrap-admin-token-file";
    private static final String NORMALISED_TOKEN = normalise(TOKEN);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        for (String forbidden : new String[] {
            CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME,
            StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME
        }) {
            PropertySource<?> source = environment.getPropertySources().get(forbidden);
            if (source instanceof EnumerablePropertySource<?> names && containsToken(names)) {
                throw new BootstrapTokenException(TOKEN + " was given on the command line or as a -D system property,"
                        + " which the JVM shows to other processes and Neo4j writes to its log. Give it in the"
                        + " environment (export STRATA_SECURITY_BOOTSTRAP_ADMIN_TOKEN=...) or in a file only you can"
                        + " read (--" + TOKEN_FILE + "=/path/to/file).");
            }
        }
        String file = environment.getProperty(TOKEN_FILE);
        if (file == null || file.isBlank()) {
            return;
        }
        if (environment.containsProperty(TOKEN)) {
            throw new BootstrapTokenException("Both " + TOKEN_FILE + " and " + TOKEN
                    + " (STRATA_SECURITY_BOOTSTRAP_ADMIN_TOKEN)" + " are set; keep one.");
        }
        String token;
        try {
            token = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new BootstrapTokenException(
                    "Cannot read the bootstrap admin token from " + file + " (" + TOKEN_FILE + "): " + e.getMessage());
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("bootstrapAdminTokenFile", Map.of(TOKEN, token)));
    }

    /** After the configuration files are read, so that the file's location may come from them too. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    private static boolean containsToken(EnumerablePropertySource<?> source) {
        for (String name : source.getPropertyNames()) {
            if (normalise(name).equals(NORMALISED_TOKEN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Relaxed binding accepts bootstrap-admin-token, bootstrapAdminToken, bootstrap_admin_token alike; the variable's
     * name given as an argument (--STRATA_SECURITY_BOOTSTRAP_ADMIN_TOKEN=) binds to nothing but is refused as well.
     */
    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(".", "");
    }

    /** The token's source is refused or unreadable; the message says which source to use instead. */
    static final class BootstrapTokenException extends IllegalStateException {
        BootstrapTokenException(String message) {
            super(message);
        }
    }
}
