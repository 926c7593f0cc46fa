package dev.strata.backstage;

import dev.strata.backstage.DocumentOutcome.Outcome;
import dev.strata.backstage.Finding.Category;
import dev.strata.backstage.YamlDocuments.Document;
import dev.strata.backstage.YamlDocuments.Unreadable;
import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeParser;
import dev.strata.ingest.Problem;
import dev.strata.ingest.Problem.Code;
import dev.strata.model.Keys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a catalog as it is: from roots (directories are searched for {@code *.yaml} and {@code *.yml}, files are
 * read as given), following every Location's targets (relative paths and globs; URLs only with a {@link Fetcher}),
 * and sorts every YAML document into Backstage entities, native Strata documents, and documents that are no entity
 * (OpenAPI definitions, MkDocs configurations, ...), each accounted for. A file given or targeted that is not YAML is
 * a problem; one merely found in a folder is skipped with a warning (folders hold Helm templates and the like).
 */
public final class CatalogReader {

    /** Backstage's rules (its KubernetesValidatorFunctions): entities that break them are skipped, as Backstage does. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");

    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern KIND = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    /**
     * Catalog apiVersions have a group that is a domain ({@code backstage.io/v1alpha1},
     * {@code scaffolder.backstage.io/v1beta3}, a company's own for its kinds); Kubernetes' {@code v1} and
     * {@code apps/v1} do not.
     */
    private static final Pattern CATALOG_API_VERSION = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+/[a-z0-9]+");

    private final CatalogSource source;
    private final @Nullable Fetcher fetcher;
    private final Map<String, Reason> reached = new LinkedHashMap<>();
    private final Map<String, Unreadable> unreadable = new TreeMap<>();
    private final Deque<String> queue = new ArrayDeque<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<DocumentOutcome> outcomes = new ArrayList<>();
    private final Map<String, String> fetched = new HashMap<>();
    private final List<LandscapeFile> nativeFiles = new ArrayList<>();
    private final Findings findings = new Findings();
    private final List<Problem> problems = new ArrayList<>();

    private CatalogReader(CatalogSource source, @Nullable Fetcher fetcher) {
        this.source = source;
        this.fetcher = fetcher;
    }

    /** Fetches a Location target that is a URL (only when the caller enables it). */
    @FunctionalInterface
    public interface Fetcher {
        /** The text at the URL, or empty when there is none. */
        Optional<String> fetch(String url) throws IOException;
    }

    /** Why a file is read: files given or targeted must be readable, files found in a folder may be anything. */
    private enum Reason {
        FOUND_IN_FOLDER,
        GIVEN,
        TARGETED
    }

    /**
     * Reads the catalog below the roots. {@code fetcher} null: URL targets are reported, not followed.
     *
     * @param roots paths in the source: directories ({@code ""} for all), files, or URLs already in the source
     */
    public static Read read(CatalogSource source, List<String> roots, @Nullable Fetcher fetcher) throws IOException {
        CatalogReader reader = new CatalogReader(source, fetcher);
        for (String root : roots) {
            String normalized = CatalogPaths.normalize(root);
            List<String> files = source.filesUnder(normalized);
            boolean directory = !(files.size() == 1 && files.getFirst().equals(normalized));
            if (files.isEmpty()) {
                reader.problems.add(new Problem(
                        Code.SOURCE_UNAVAILABLE,
                        root,
                        0,
                        "",
                        "no such file or directory," + " or no *.yaml/*.yml file below it"));
            }
            files.forEach(file -> reader.reach(file, directory ? Reason.FOUND_IN_FOLDER : Reason.GIVEN));
        }
        while (!reader.queue.isEmpty()) {
            reader.readFile(reader.queue.poll());
        }
        reader.unreadable.forEach((file, why) -> {
            if (reader.reached.get(file) == Reason.FOUND_IN_FOLDER) {
                reader.findings.add(Category.UNREADABLE_FILE, file, why.line(), "", "file", why.getMessage());
                reader.outcomes.add(new DocumentOutcome(
                        file, why.line(), null, null, Outcome.SKIPPED, List.of(), why.getMessage()));
            } else {
                reader.problems.add(new Problem(Code.MALFORMED_YAML, file, why.line(), "", why.getMessage()));
            }
        });
        if (reader.entities.isEmpty() && reader.nativeFiles.isEmpty() && reader.problems.isEmpty()) {
            // an empty catalog is never "valid": applied with prune it would remove the whole landscape
            reader.problems.add(new Problem(
                    Code.SOURCE_UNAVAILABLE,
                    String.join(", ", roots),
                    0,
                    "",
                    "no catalog entity and no native document found (" + reader.reached.size() + " files read)"));
        }
        reader.entities.sort(Comparator.comparing(Entity::file).thenComparingInt(Entity::line));
        return new Read(
                List.copyOf(reader.entities),
                List.copyOf(reader.nativeFiles),
                List.copyOf(reader.outcomes),
                reader.findings.sorted(),
                List.copyOf(reader.problems),
                reader.reached.size(),
                Map.copyOf(reader.fetched));
    }

    /** Marks a file as reached for a reason (the strongest reason counts) and queues it the first time. */
    private void reach(String file, Reason reason) {
        Reason before = reached.get(file);
        if (before == null) {
            queue.add(file);
        }
        if (before == null || reason.compareTo(before) > 0) {
            reached.put(file, reason);
        }
    }

    private void readFile(String file) throws IOException {
        Optional<String> content =
                CatalogPaths.isUrl(file) && fetcher != null && source.read(file).isEmpty()
                        ? fetch(file)
                        : source.read(file);
        if (content.isEmpty()) {
            return;
        }
        int bytes = content.get().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > LandscapeParser.MAX_FILE_BYTES) {
            unreadable.put(
                    file,
                    new Unreadable(
                            0,
                            "the file has " + bytes + " bytes; the limit is " + LandscapeParser.MAX_FILE_BYTES
                                    + " bytes per file"));
            return;
        }
        List<Document> documents;
        try {
            documents = YamlDocuments.documents(content.get());
        } catch (Unreadable e) {
            unreadable.put(file, e);
            return;
        }
        List<Document> nativeDocuments = new ArrayList<>();
        for (Document document : documents) {
            Map<String, Integer> lines = new HashMap<>();
            Object value = YamlDocuments.value(document.node(), "", lines);
            if (value instanceof Map<?, ?> map && LandscapeParser.API_VERSION.equals(map.get("apiVersion"))) {
                nativeDocuments.add(document);
                outcomes.add(new DocumentOutcome(
                        file,
                        document.line(),
                        null,
                        String.valueOf(map.get("kind")),
                        Outcome.NATIVE,
                        List.of(),
                        "native Strata document, read as landscape as code"));
            } else if (value instanceof List<?> list && looksLikeEntities(list)) {
                readList(file, document, list, lines, "");
            } else if (value instanceof Map<?, ?> map
                    && map.get("items") instanceof List<?> items
                    && looksLikeEntities(items)) {
                readList(file, document, items, lines, "items");
            } else {
                readDocument(file, document.line(), value, lines);
            }
        }
        if (!nativeDocuments.isEmpty()) {
            nativeFiles.add(new LandscapeFile(file, onlyLinesOf(content.get(), nativeDocuments)));
        }
    }

    private Optional<String> fetch(String url) throws IOException {
        Optional<String> content = fetcher == null ? Optional.empty() : fetcher.fetch(url);
        content.ifPresent(text -> fetched.put(url, text));
        return content;
    }

    /** A list of entities, the shape of the catalog REST API's answers (a list, or {@code items} of a page). */
    private void readList(String file, Document document, List<?> list, Map<String, Integer> lines, String path) {
        // path: where the list sits in the document ("" for a list document, "items" for a page of the REST API)
        for (int i = 0; i < list.size(); i++) {
            String item = (path.isEmpty() ? "" : path) + "[" + i + "]";
            Map<String, Integer> itemLines = new HashMap<>();
            String prefix = item + ".";
            lines.forEach((p, line) -> {
                if (p.startsWith(prefix)) {
                    itemLines.put(p.substring(prefix.length()), line);
                }
            });
            readDocument(file, lines.getOrDefault(item, document.line()), list.get(i), itemLines);
        }
    }

    private static boolean looksLikeEntities(List<?> list) {
        return !list.isEmpty()
                && list.stream()
                        .allMatch(item ->
                                item instanceof Map<?, ?> m && m.containsKey("kind") && m.containsKey("metadata"));
    }

    private void readDocument(String file, int line, @Nullable Object value, Map<String, Integer> lines) {
        if (!(value instanceof Map<?, ?> map)) {
            String shape = value instanceof List<?> ? "YAML list" : "YAML scalar";
            skip(file, line, shape, "a " + shape + ", not a catalog entity");
            return;
        }
        Object apiVersion = map.get("apiVersion");
        Object kind = map.get("kind");
        if (!(apiVersion instanceof String version) || !(kind instanceof String kindName)) {
            String[] why = notAnEntity(map);
            skip(file, line, why[0], why[1]);
            return;
        }
        if (!CATALOG_API_VERSION.matcher(version).matches()) {
            skip(
                    file,
                    line,
                    "other apiVersion",
                    "apiVersion '" + version + "' is not a catalog apiVersion (a"
                            + " Kubernetes manifest?): catalog entities have a group with a domain, e.g. backstage.io/v1alpha1");
            return;
        }
        Map<String, Object> metadata = map.get("metadata") instanceof Map<?, ?> m ? strings(m) : Map.of();
        Map<String, Object> spec = map.get("spec") instanceof Map<?, ?> s ? strings(s) : Map.of();
        Object name = metadata.get("name");
        Object namespace = metadata.getOrDefault("namespace", EntityRef.DEFAULT_NAMESPACE);
        String invalid = !(name instanceof String n)
                ? "metadata.name is missing"
                : !NAME.matcher(n).matches()
                        ? "metadata.name '" + n + "' is not a valid Backstage name (1 to 63"
                                + " letters, digits, '-', '_', '.', starting and ending with a letter or digit)"
                        : !(namespace instanceof String ns)
                                        || !NAMESPACE.matcher(ns).matches()
                                        || ns.length() > 63
                                ? "metadata.namespace '" + namespace + "' is not a valid Backstage namespace"
                                : !KIND.matcher(kindName).matches()
                                        ? "kind '" + kindName + "' is not a valid Backstage kind"
                                        : map.containsKey("spec") && !(map.get("spec") instanceof Map<?, ?>)
                                                ? "spec is not a mapping"
                                                : null;
        String ref = kindName + ":" + namespace + "/" + name;
        if (invalid != null) {
            findings.add(Category.INVALID_ENTITY, file, line, "", kindName, ref + ": " + invalid);
            outcomes.add(new DocumentOutcome(
                    file,
                    line,
                    ref.toLowerCase(java.util.Locale.ROOT),
                    kindName,
                    Outcome.SKIPPED,
                    List.of(),
                    "breaks Backstage's rules: " + invalid));
            return;
        }
        String descriptor = entityFile(file, metadata);
        boolean remote = !descriptor.equals(file);
        Entity entity = new Entity(
                version,
                kindName,
                (String) namespace,
                (String) name,
                metadata,
                spec,
                descriptor,
                remote ? 0 : line,
                remote ? Map.of() : lines);
        if (entity.kindKey().equals("location")) {
            if (remote) {
                outcomes.add(new DocumentOutcome(
                        entity.file(),
                        0,
                        entity.ref().toString(),
                        kindName,
                        Outcome.FOLLOWED,
                        List.of(),
                        "read from a running Backstage, which has followed its targets:"
                                + " they are already in the catalog"));
                return;
            }
            follow(entity);
            outcomes.add(new DocumentOutcome(
                    entity.file(),
                    entity.line(),
                    entity.ref().toString(),
                    kindName,
                    Outcome.FOLLOWED,
                    List.of(),
                    "targets read"));
            return;
        }
        entities.add(entity);
    }

    /**
     * Entities read from a running Backstage carry the descriptor they came from in an annotation: problems point
     * there (line unknown) rather than at the file the CLI wrapped them in.
     */
    private static String entityFile(String file, Map<String, Object> metadata) {
        if (metadata.get("annotations") instanceof Map<?, ?> annotations
                && annotations.get("backstage.io/managed-by-location") instanceof String location
                && !location.isBlank()) {
            return location;
        }
        return file;
    }

    private void follow(Entity location) {
        List<String> targets = new ArrayList<>(location.specList("targets"));
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            paths.add(location.specItemPath("targets", i));
        }
        if (location.specString("target") != null) {
            targets.add(location.specString("target"));
            paths.add("spec.target");
        }
        for (int i = 0; i < targets.size(); i++) {
            String target = targets.get(i);
            String field = paths.get(i);
            String resolved;
            try {
                resolved = CatalogPaths.resolve(location.file(), target);
            } catch (IllegalArgumentException e) {
                findings.add(
                        Category.MISSING_TARGET,
                        location,
                        field,
                        "target",
                        "Location " + location.ref() + " target '" + target + "' is not a path or URL Strata can read");
                continue;
            }
            try {
                if (CatalogPaths.isUrl(resolved) && source.read(resolved).isEmpty() && fetcher == null) {
                    findings.add(
                            Category.URL_TARGET,
                            location,
                            field,
                            "url",
                            "Location " + location.ref()
                                    + " target " + resolved + " is a URL; URL targets are read only when fetching is on"
                                    + " (CLI --follow-urls), or import from the running Backstage instead");
                } else if (!CatalogPaths.isUrl(resolved) && CatalogPaths.isGlob(resolved)) {
                    List<String> matches = source.glob(resolved);
                    if (matches.isEmpty()) {
                        findings.add(
                                Category.MISSING_TARGET,
                                location,
                                field,
                                "glob",
                                "Location " + location.ref() + " target '" + target + "' (" + resolved
                                        + ") matches no file");
                    }
                    matches.forEach(match -> reach(match, Reason.TARGETED));
                } else if (CatalogPaths.isUrl(resolved) || source.read(resolved).isPresent()) {
                    reach(resolved, Reason.TARGETED);
                } else {
                    findings.add(
                            Category.MISSING_TARGET,
                            location,
                            field,
                            "file",
                            "Location " + location.ref()
                                    + " target '" + target + "' (" + resolved + ") is not "
                                    + (source instanceof GivenFiles ? "among the given files" : "a file"));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                // a glob that does not compile, a path the file system cannot name
                findings.add(
                        Category.MISSING_TARGET,
                        location,
                        field,
                        "target",
                        "Location " + location.ref()
                                + " target '" + Keys.printable(target) + "' is not a path or glob Strata can read: "
                                + Keys.printable(e.getMessage()));
            }
        }
    }

    private void skip(String file, int line, String topic, String reason) {
        findings.add(Category.NOT_AN_ENTITY, file, line, "", topic, reason);
        outcomes.add(new DocumentOutcome(file, line, null, null, Outcome.SKIPPED, List.of(), reason));
    }

    /**
     * Why a mapping is not an entity, as topic and sentence, recognising what catalog folders usually hold beside
     * descriptors.
     */
    private static String[] notAnEntity(Map<?, ?> map) {
        if (map.containsKey("openapi") || map.containsKey("swagger")) {
            return new String[] {
                "OpenAPI definition", "an OpenAPI definition, not a catalog entity (APIs refer to" + " it with $text)"
            };
        }
        if (map.containsKey("asyncapi")) {
            return new String[] {
                "AsyncAPI definition", "an AsyncAPI definition, not a catalog entity (APIs refer to" + " it with $text)"
            };
        }
        if (map.containsKey("site_name")) {
            return new String[] {"MkDocs configuration", "an MkDocs configuration, not a catalog entity"};
        }
        return new String[] {"other YAML", "a mapping without apiVersion and kind, not a catalog entity"};
    }

    /** The text with every line outside the given documents blanked, so the native parser's lines stay true. */
    private static String onlyLinesOf(String content, List<Document> keep) {
        String[] lines = content.split("\n", -1);
        boolean[] kept = new boolean[lines.length + 2];
        for (Document document : keep) {
            for (int line = document.line(); line <= document.endLine() && line <= lines.length; line++) {
                kept[line] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            boolean separator = lines[i].startsWith("---");
            out.append(kept[i + 1] || separator ? lines[i] : "");
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> strings(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /**
     * What a catalog holds: its entities (Locations excluded, they are followed), native documents beside them (as
     * files with every other line blanked), what became of every document, warnings, problems, and how many files
     * were read.
     *
     * @param fetched the text of every URL target fetched, by URL (the CLI sends them to the server as files)
     */
    public record Read(
            List<Entity> entities,
            List<LandscapeFile> nativeFiles,
            List<DocumentOutcome> outcomes,
            List<Finding> findings,
            List<Problem> problems,
            int files,
            Map<String, String> fetched) {}
}
