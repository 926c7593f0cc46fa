package dev.strata.cli;

import dev.strata.plan.LandscapePolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The policy a plan or an apply is checked against: any broken rule ends the command with exit code 2. */
final class PolicyOptions {

    @Option(
            names = "--fail-on-new-violation",
            description = "policy: a new upward layer dependency breaks the build (exit 2)")
    boolean failOnNewViolation;

    @Option(names = "--fail-on-new-cycle", description = "policy: a new dependency cycle breaks the build")
    boolean failOnNewCycle;

    @Option(names = "--fail-on-overloaded", description = "policy: a team becoming OVERLOADED breaks the build")
    boolean failOnOverloaded;

    @Option(
            names = "--max-blast-radius",
            paramLabel = "<n>",
            description = "policy: the change may affect at most n nodes (blast radius of what it touches)")
    @Nullable
    Integer maxBlastRadius;

    /** The policy for an offline plan. */
    LandscapePolicy asPolicy() {
        return new LandscapePolicy(failOnNewViolation, failOnNewCycle, failOnOverloaded, maxBlastRadius);
    }

    /** The policy as the GraphQL input {@code LandscapePolicyInput} expects it: only the rules that were given. */
    Map<String, Object> asInput() {
        Map<String, Object> policy = new LinkedHashMap<>();
        if (failOnNewViolation) {
            policy.put("failOnNewLayerViolation", true);
        }
        if (failOnNewCycle) {
            policy.put("failOnNewCycle", true);
        }
        if (failOnOverloaded) {
            policy.put("failOnOverloadedTeam", true);
        }
        if (maxBlastRadius != null) {
            policy.put("maxBlastRadius", maxBlastRadius);
        }
        return policy;
    }
}
