package dev.strata.ingest;

import dev.strata.ingest.LandscapeParser.Document;
import dev.strata.ingest.LandscapeParser.FileResult;
import dev.strata.ingest.LandscapeParser.Origin;
import dev.strata.ingest.LandscapeParser.Parsed;
import dev.strata.ingest.LandscapeParser.Reference;
import dev.strata.ingest.Problem.Code;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.Node;
import dev.strata.model.NodeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses landscape files one by one, each distinct file (path and content) once, in parallel, and puts sets of them
 * together: duplicate keys across files, a file given twice, the declared landscape. An offline plan parses the
 * base and the changed files with one cache, so the files a change leaves alone (at 100,000 nodes, all but one) are
 * parsed once. The problems come in the order one sequential pass finds them.
 */
public final class ParseCache {

    private final Map<LandscapeFile, FileResult> results = new ConcurrentHashMap<>();

    /** The files parsed together; files this cache has seen are not parsed again. */
    public Parsed parse(List<LandscapeFile> files) {
        files.stream().distinct().filter(file -> !results.containsKey(file)).toList().parallelStream()
                .forEach(file -> results.put(file, LandscapeParser.parseFile(file)));
        return merge(files.stream()
                .map(file -> new ParsedFile(file.path(), results.get(file)))
                .toList());
    }

    /** A file's path and what parsing it gave. */
    record ParsedFile(String path, FileResult result) {}

    /**
     * Files parsed one by one, put together in their order: a file given twice, duplicate keys across files, the
     * declared landscape, the problems in the order one sequential pass finds them.
     */
    static Parsed merge(List<ParsedFile> files) {
        List<Problem> problems = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        Map<NodeRef, Origin> origins = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (ParsedFile file : files) {
            if (!paths.add(file.path())) {
                problems.add(new Problem(Code.DUPLICATE_KEY, file.path(), 0, "", "the file is given twice"));
                continue;
            }
            FileResult result = file.result();
            int taken = 0;
            for (Document document : result.documents()) {
                Origin previous = origins.putIfAbsent(document.id(), new Origin(file.path(), document.line()));
                if (previous != null) {
                    problems.addAll(result.problems().subList(taken, document.problemIndex()));
                    taken = document.problemIndex();
                    problems.add(new Problem(
                            Code.DUPLICATE_KEY,
                            file.path(),
                            document.line(),
                            "metadata.key",
                            "duplicate key: " + document.id().display() + " is already declared in " + previous.file()
                                    + ":" + previous.line()));
                } else if (document.node() != null) {
                    nodes.add(document.node());
                    edges.addAll(document.edges());
                }
            }
            problems.addAll(result.problems().subList(taken, result.problems().size()));
            references.addAll(result.references());
        }
        nodes.sort((a, b) -> Landscape.NODE_ORDER.compare(a.id(), b.id()));
        edges.sort((a, b) -> Landscape.EDGE_ORDER.compare(a.id(), b.id()));
        return new Parsed(
                Landscape.ofSorted(nodes, distinct(edges)),
                List.copyOf(problems),
                List.copyOf(references),
                Map.copyOf(origins));
    }

    /** Sorted relationships with each id once (the last, as putting them one by one would keep). */
    private static List<Edge> distinct(List<Edge> sorted) {
        List<Edge> distinct = new ArrayList<>(sorted.size());
        for (Edge edge : sorted) {
            if (!distinct.isEmpty() && distinct.getLast().id().equals(edge.id())) {
                distinct.set(distinct.size() - 1, edge);
            } else {
                distinct.add(edge);
            }
        }
        return distinct;
    }
}
