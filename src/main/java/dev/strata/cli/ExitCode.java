package dev.strata.cli;

/** Exit codes for CI: every command ends with one of these. */
final class ExitCode {

    /** Fine: valid files, a plan within the policy, an applied change. */
    static final int OK = 0;
    /** Problems in the files, an unreachable or refusing server, bad arguments, an unknown command. */
    static final int ERROR = 1;
    /** A policy rule given on the command line is broken. */
    static final int POLICY = 2;

    private ExitCode() {}
}
