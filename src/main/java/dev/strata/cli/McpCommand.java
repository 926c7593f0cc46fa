package dev.strata.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mcp}: Strata's MCP tools on stdio, for desktop clients that start a server as a subprocess. It embeds
 * nothing heavy: it relays to a running Strata server's {@code /mcp} endpoint over HTTP with the token from
 * {@code --token} or {@code STRATA_TOKEN}, so the tools, answers, roles and limits are the server's own. Standard
 * output carries only the protocol; everything else goes to standard error.
 */
@Command(
        name = "mcp",
        description = {
            "serve Strata's MCP tools on stdio for a desktop AI client, relayed to a running"
                    + " Strata server's /mcp endpoint (needs a viewer token)"
        })
final class McpCommand implements Callable<Integer> {

    private final Console console;
    private final InputStream in;
    private final OutputStream out;
    private final boolean ownsLogging;

    @Mixin
    HelpOption help;

    @Option(
            names = "--server",
            paramLabel = "<url>",
            description = "Strata server (default " + ServerOptions.DEFAULT_SERVER + "; env STRATA_SERVER)")
    @Nullable
    String server;

    @Option(
            names = "--token",
            paramLabel = "<token>",
            description = "bearer token, a viewer token is enough (env STRATA_TOKEN)")
    @Nullable
    String token;

    /**
     * @param ownsLogging whether this JVM runs only the command, so it may route all logging to standard error (not
     *                    when it runs inside a test's application)
     */
    McpCommand(Console console, InputStream in, OutputStream out, boolean ownsLogging) {
        this.console = console;
        this.in = in;
        this.out = out;
        this.ownsLogging = ownsLogging;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (ownsLogging) {
            logToStandardError();
        }
        String url =
                server != null ? server : console.env().getOrDefault("STRATA_SERVER", ServerOptions.DEFAULT_SERVER);
        String bearer = token != null ? token : console.env().get("STRATA_TOKEN");
        McpSyncClient upstream = connect(url, bearer);
        List<McpSchema.Tool> tools;
        McpSchema.InitializeResult initialized;
        try {
            initialized = upstream.initialize();
            tools = upstream.listTools().tools();
        } catch (RuntimeException e) {
            upstream.close();
            console.err()
                    .println("strata mcp: cannot use the MCP endpoint of " + url + "/mcp (" + rootMessage(e)
                            + "); start the"
                            + " server (java -jar strata.jar) or pass --server, and pass a token with --token or STRATA_TOKEN"
                            + " when anonymous reads are off");
            return ExitCode.ERROR;
        }
        McpJsonMapper json = McpJsonDefaults.getMapper();
        // The client closes stdin when it is done with us: that ends the relay.
        CountDownLatch closed = new CountDownLatch(1);
        InputStream untilClosed = new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                return ended(super.read());
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return ended(super.read(buffer, offset, length));
            }

            private int ended(int result) {
                if (result < 0) {
                    closed.countDown();
                }
                return result;
            }
        };
        StdioServerTransportProvider stdio = new StdioServerTransportProvider(json, untilClosed, out);
        McpSyncServer relay = McpServer.sync(stdio)
                .serverInfo(initialized.serverInfo())
                .instructions(initialized.instructions())
                .capabilities(
                        McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(tools.stream()
                        .map(tool -> new SyncToolSpecification(tool, (exchange, request) -> upstream.callTool(request)))
                        .toList())
                .build();
        console.err().println("strata mcp: relaying " + tools.size() + " tools of " + url + "/mcp on stdio");
        closed.await();
        relay.close();
        upstream.close();
        return ExitCode.OK;
    }

    private static McpSyncClient connect(String url, @Nullable String bearer) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(url)
                .endpoint("/mcp")
                .httpRequestCustomizer((request, method, uri, body, context) -> {
                    if (bearer != null && !bearer.isBlank()) {
                        request.header("Authorization", "Bearer " + bearer.strip());
                    }
                })
                .build();
        return McpClient.sync(transport)
                .requestTimeout(Duration.ofSeconds(60))
                .clientInfo(new McpSchema.Implementation("strata-mcp-stdio", "Strata stdio relay", "1"))
                .build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** Logback's default writes to standard output, which here is the protocol channel: warnings go to stderr only. */
    private static void logToStandardError() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("strata mcp: %level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
    }
}
