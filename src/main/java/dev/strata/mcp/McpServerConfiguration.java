package dev.strata.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The MCP endpoint: the SDK's stateless Streamable HTTP transport, a servlet at {@value #PATH} behind the same Spring
 * Security filters as GraphQL. Stateless because every tool is a read of the current snapshot: no session to keep,
 * any instance can answer. The caller authenticated by the filters is carried into each tool call's context.
 */
@Configuration(proxyBeanMethods = false)
class McpServerConfiguration {

    static final String PATH = "/mcp";
    static final String INSTRUCTIONS = """
            Strata models a platform-engineering landscape: capabilities (what platforms provide), platforms, consumers \
            (applications using capabilities), teams, value streams and layers, linked by DEPENDS_ON, PROVIDES, CONSUMES, \
            OWNS, IN_LAYER and ALIGNED_TO. Before changing the landscape or the systems it describes, ask: find_nodes to \
            get keys, describe_node for owner/layer/dependencies/consumers, blast_radius for what breaks, \
            dependency_chains for chains and the layer violations or cycles a node is in, team_load before adding work \
            to a team, structural_risks and ownership for risks and owners, and plan_change to check a change (files or \
            a described edit such as adding a dependency) without writing anything.""";

    @Bean
    HttpServletStatelessServerTransport mcpTransport(JsonMapper jsonMapper) {
        return HttpServletStatelessServerTransport.builder()
                .jsonMapper(new JacksonMcpJsonMapper(jsonMapper))
                .messageEndpoint(PATH)
                .contextExtractor(request -> {
                    Map<String, Object> context = new HashMap<>();
                    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
                    if (caller != null) {
                        context.put(ToolRunner.CALLER, caller);
                    }
                    return McpTransportContext.create(context);
                })
                .build();
    }

    @Bean(destroyMethod = "close")
    McpStatelessSyncServer mcpServer(
            HttpServletStatelessServerTransport transport,
            JsonMapper jsonMapper,
            List<StrataTool> tools,
            ToolRunner runner,
            ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return McpServer.sync(transport)
                .jsonMapper(new JacksonMcpJsonMapper(jsonMapper))
                .serverInfo(new McpSchema.Implementation(
                        "strata", "Strata", properties == null ? "dev" : properties.getVersion()))
                .instructions(INSTRUCTIONS)
                .capabilities(
                        McpSchema.ServerCapabilities.builder().tools(false).build())
                .validateToolInputs(false)
                // The servlet thread waits for the answer anyway: running the tool on it saves a hop to Reactor's
                // bounded-elastic pool per call, and with it the pool's queue under load.
                .immediateExecution(true)
                .tools(tools.stream().map(runner::specification).toList())
                .build();
    }

    @Bean
    ServletRegistrationBean<HttpServletStatelessServerTransport> mcpServlet(
            HttpServletStatelessServerTransport transport) {
        ServletRegistrationBean<HttpServletStatelessServerTransport> registration =
                new ServletRegistrationBean<>(transport, PATH);
        registration.setName("mcp");
        registration.setAsyncSupported(true);
        return registration;
    }

    /** Runs before Spring Security, so a foreign web page learns nothing, not even whether a token is needed. */
    @Bean
    FilterRegistrationBean<McpOriginFilter> mcpOriginFilter(
            @Value("${strata.mcp.allowed-origins:}") List<String> allowedOrigins) {
        FilterRegistrationBean<McpOriginFilter> registration = new FilterRegistrationBean<>(new McpOriginFilter(
                Set.copyOf(allowedOrigins.stream().filter(o -> !o.isBlank()).toList())));
        registration.addUrlPatterns(PATH, PATH + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
