package dev.strata.security;

import dev.strata.security.BootstrapTokenSource.BootstrapTokenException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints why the bootstrap token was refused and where to give it instead, without a stack trace. */
class BootstrapTokenFailureAnalyzer extends AbstractFailureAnalyzer<BootstrapTokenException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BootstrapTokenException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Give the token in the environment variable STRATA_SECURITY_BOOTSTRAP_ADMIN_TOKEN, or in a file named by"
                        + " strata.security.bootstrap-admin-token-file (STRATA_SECURITY_BOOTSTRAP_ADMIN_TOKEN_FILE).",
                cause);
    }
}
