package dev.strata;

import dev.strata.cli.StrataCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StrataApplication {
    /** Starts the server, or, when the first argument is validate, plan, apply or export, runs the CLI instead. */
    public static void main(String[] args) {
        if (args.length > 0 && StrataCli.COMMANDS.contains(args[0])) {
            StrataCli.main(args);
            return;
        }
        SpringApplication.run(StrataApplication.class, args);
    }
}
