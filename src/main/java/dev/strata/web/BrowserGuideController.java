package dev.strata.web;

import dev.strata.neo4j.CypherScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * A Neo4j Browser guide ({@code :play http://localhost:8080/browser-guide/strata.html}) that walks through the demo
 * landscape and every analytic. The analytic slides are generated from the files in {@code cypher/analytics/}, so the
 * guide always runs the same queries the application documents and tests.
 */
@RestController
class BrowserGuideController {

    static final String PATH = "/browser-guide/strata.html";

    private static final List<String[]> TOUR = List.of(
            new String[] {
                "The landscape, layer by layer",
                "Layers are ranked from infrastructure (1) up to AI use cases; cross-cutting layers have no rank.",
                "MATCH (l:Layer)<-[:IN_LAYER]-(p:Platform)\nOPTIONAL MATCH (t:Team)-[:OWNS]->(p)\n"
                        + "RETURN l.key AS layer, l.rank AS rank, collect(p.key + ' (' + coalesce(t.key, 'UNOWNED') + ')') AS platforms\n"
                        + "ORDER BY l.rank IS NULL, l.rank, l.key"
            },
            new String[] {
                "A platform and who depends on it",
                "Capabilities stack the layers through DEPENDS_ON; consumers of stream-aligned teams CONSUME them.",
                "MATCH path = (:Platform {key: 'kubernetes'})-[:PROVIDES]->(:Capability)<-[:DEPENDS_ON|CONSUMES*1..2]-()\n"
                        + "RETURN path LIMIT 150"
            },
            new String[] {
                "Teams and their value streams",
                "Teams own platforms and consumers and align to value streams.",
                "MATCH (v:ValueStream)<-[:ALIGNED_TO]-(t:Team)\nRETURN v.key AS valueStream, v.kind AS kind, "
                        + "collect(t.key + ' (' + t.type + ', ' + t.size + ')') AS teams ORDER BY valueStream"
            });

    @CrossOrigin(origins = "*", methods = org.springframework.web.bind.annotation.RequestMethod.GET)
    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    String guide() throws IOException {
        StringBuilder html =
                new StringBuilder("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
        slide(
                html,
                "Strata",
                "<p>Strata keeps a platform-engineering landscape in this graph: teams, layers, platforms, "
                        + "capabilities, consumers and value streams. The next slides tour the demo landscape, then every analytic "
                        + "Strata answers through GraphQL, as the Cypher it is defined by. Click a query to put it in the editor.</p>",
                List.of());
        for (String[] stop : TOUR) {
            slide(html, stop[0], "<p>" + HtmlUtils.htmlEscape(stop[1]) + "</p>", List.of(stop[2]));
        }
        for (Resource file : analyticsFiles()) {
            String text = file.getContentAsString(StandardCharsets.UTF_8);
            List<String> blocks = new ArrayList<>();
            List<String> params =
                    text.lines().filter(line -> line.startsWith(":param")).toList();
            if (!params.isEmpty()) {
                blocks.add(String.join("\n", params));
            }
            blocks.addAll(CypherScript.statements(text));
            slide(
                    html,
                    file.getFilename().replace(".cypher", ""),
                    "<pre>" + HtmlUtils.htmlEscape(header(text)) + "</pre>",
                    blocks);
        }
        return html.append("</carousel>\n</article>\n").toString();
    }

    private static void slide(StringBuilder html, String title, String body, List<String> queries) {
        html.append("<slide class=\"row-fluid\">\n<div class=\"col-sm-12\">\n<h3>")
                .append(HtmlUtils.htmlEscape(title))
                .append("</h3>\n")
                .append(body)
                .append('\n');
        for (String query : queries) {
            html.append("<pre class=\"pre-scrollable code runnable\">")
                    .append(HtmlUtils.htmlEscape(query))
                    .append("</pre>\n");
        }
        html.append("</div>\n</slide>\n");
    }

    private static String header(String text) {
        StringBuilder header = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (line.startsWith("//")) {
                header.append(line.substring(2).strip()).append('\n');
            } else if (!line.startsWith(":param") && !line.isBlank()) {
                break;
            }
        }
        return header.toString().strip();
    }

    private static List<Resource> analyticsFiles() throws IOException {
        Resource[] files =
                new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/analytics/*.cypher");
        return Arrays.stream(files)
                .sorted(Comparator.comparing(Resource::getFilename))
                .toList();
    }
}
