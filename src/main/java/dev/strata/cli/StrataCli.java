package dev.strata.cli;

import dev.strata.cli.StrataServer.ServerException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code java -jar strata.jar [command] [options]}: the server ({@code serve}, the default) and the landscape
 * commands for CI ({@code validate}, {@code plan}, {@code apply}, {@code export}). Exit codes: 0 fine, 1 error
 * (problems in the files, server unreachable, bad arguments, unknown command), 2 a policy rule is broken. A new
 * command is one class registered in {@link #StrataCli(Console, ServerLauncher)}; a new option is one field.
 */
@Command(
        name = "java -jar strata.jar",
        mixinStandardHelpOptions = true,
        versionProvider = StrataCli.Version.class,
        description = "Strata: graph analytics for platform-engineering landscapes.",
        footer = {
            "",
            "Without a command, or with only --name=value settings, Strata starts the server (serve).",
            "Exit codes: 0 fine, 1 error, 2 policy violated."
        })
public final class StrataCli implements Runnable {

    private static final Set<String> OWN_OPTIONS = Set.of("-h", "--help", "-V", "--version");
    private static final String COMMAND_OPTIONS = "commandOptions";

    private final Console console;
    private final ServeCommand serve;
    private final CommandLine commandLine;

    StrataCli(Console console, ServerLauncher launcher) {
        this.console = console;
        this.serve = new ServeCommand(launcher);
        commandLine = new CommandLine(this)
                .addSubcommand(serve)
                .addSubcommand(new ValidateCommand(console))
                .addSubcommand(new PlanCommand(console))
                .addSubcommand(new ApplyCommand(console))
                .addSubcommand(new ExportCommand(console))
                .addSubcommand(
                        new CommandLine(new HistoryCommand(console)).addSubcommand(new HistoryImportCommand(console)))
                .addSubcommand(new McpCommand(console, System.in, System.out, console.out() == System.out))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(console.out(), true))
                .setErr(new PrintWriter(console.err(), true))
                .setParameterExceptionHandler(this::badArguments)
                .setExecutionExceptionHandler((e, command, parsed) -> failed(e));
        List<String> sections = new ArrayList<>(commandLine.getHelpSectionKeys());
        sections.add(sections.indexOf(UsageMessageSpec.SECTION_KEY_COMMAND_LIST) + 1, COMMAND_OPTIONS);
        commandLine.setHelpSectionKeys(sections);
        commandLine.getHelpSectionMap().put(COMMAND_OPTIONS, help -> commandOptions());
    }

    /** For tests: the landscape commands only; {@code serve} refuses to start a server. */
    StrataCli(PrintStream out, PrintStream err, Map<String, String> env) {
        this(new Console(out, err, env), arguments -> {
            throw new IllegalStateException("no server in this context");
        });
    }

    /**
     * Entry point from {@code StrataApplication.main}: runs the command and exits the JVM with its code, except
     * when the server was started, which then keeps running. (Not named main: Spring Boot names the application
     * after the class whose main method started it.)
     */
    public static void runAndExit(String[] args, ServerLauncher launcher) {
        StrataCli cli = new StrataCli(new Console(System.out, System.err, System.getenv(), onTerminal()), launcher);
        int exitCode = cli.run(args);
        if (!cli.serve.serving()) {
            System.exit(exitCode);
        }
    }

    /**
     * Whether stdout and stdin are a terminal. Since JDK 22 {@code System.console()} answers even when they are
     * redirected, and {@code Console.isTerminal()} tells; the project targets Java 21, so it is looked up.
     */
    private static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    int run(String[] args) {
        return commandLine.execute(withDefaultCommand(args));
    }

    /** Only reached without a subcommand, which {@link #withDefaultCommand} turns into {@code serve}. */
    @Override
    public void run() {
        commandLine.usage(console.out());
    }

    /** No arguments, or Spring-style settings first ({@code --server.port=9090}): the server, as before commands. */
    private static String[] withDefaultCommand(String[] args) {
        if (args.length == 0 || (args[0].startsWith("--") && !OWN_OPTIONS.contains(args[0]))) {
            String[] serve = new String[args.length + 1];
            serve[0] = "serve";
            System.arraycopy(args, 0, serve, 1, args.length);
            return serve;
        }
        return args;
    }

    private int badArguments(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintStream err = console.err();
        if (command == commandLine
                && e instanceof UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().getFirst().startsWith("-")) {
            err.println("strata: unknown command '" + unmatched.getUnmatched().getFirst() + "'; the commands are "
                    + String.join(", ", commandLine.getSubcommands().keySet())
                    + " (java -jar strata.jar --help shows them with their options)");
            return ExitCode.ERROR;
        }
        err.println("strata: " + e.getMessage());
        if (command == commandLine) {
            err.println("java -jar strata.jar --help shows the commands and their options");
        } else {
            command.usage(err);
        }
        return ExitCode.ERROR;
    }

    private int failed(Exception e) {
        if (e instanceof IOException || e instanceof UncheckedIOException || e instanceof ServerException) {
            console.err().println("strata: " + e.getMessage());
        } else if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            console.err().println("strata: interrupted");
        } else {
            console.err().println("strata: unexpected error: " + e);
            e.printStackTrace(console.err());
        }
        return ExitCode.ERROR;
    }

    /** The top-level help shows every command with its options, so one --help answers how to call anything. */
    private String commandOptions() {
        StringBuilder text = new StringBuilder();
        commandLine.getSubcommands().forEach((name, command) -> {
            CommandLine.Help help = command.getHelp();
            text.append('\n').append(help.synopsis(0));
            String[] description = command.getCommandSpec().usageMessage().description();
            for (int line = 1; line < description.length; line++) {
                text.append("  ").append(description[line]).append('\n');
            }
            text.append(help.parameterList()).append(help.optionList());
        });
        return text.toString();
    }

    /** The version the jar was built as (its manifest), or "development" from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = StrataCli.class.getPackage().getImplementationVersion();
            return new String[] {"Strata " + (version == null ? "development" : version)};
        }
    }
}
