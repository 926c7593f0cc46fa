package dev.strata.cli;

/** How {@code serve} starts the server: handed in by the application, so this package needs no Spring. */
@FunctionalInterface
public interface ServerLauncher {

    /** Starts the server in this JVM and returns once it serves; throws when it cannot start. */
    void start(String[] springArguments);
}
