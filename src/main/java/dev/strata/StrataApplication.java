package dev.strata;

import dev.strata.cli.StrataCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StrataApplication {
    /**
     * The command line decides: {@code serve} (also no arguments, or only {@code --name=value} settings) starts the
     * server; {@code validate}, {@code plan}, {@code apply}, {@code export} and {@code --help} run without it.
     */
    public static void main(String[] args) {
        StrataCli.runAndExit(args, springArguments -> SpringApplication.run(StrataApplication.class, springArguments));
    }
}
