package dev.strata.ingest;

import dev.strata.ingest.Problem.Code;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Converts Backstage catalog descriptors ({@code catalog-info.yaml}) into files of the native format, which then go
 * through the same validate/plan/apply path. Mapping: Group -> Team (size = Users that are members, at least 1),
 * Domain -> ValueStream, System -> Platform, API -> Capability, Resource -> infrastructure Capability, Component ->
 * Consumer (consumesApis and dependsOn resources become consumptions). Annotations carry what Backstage lacks:
 * {@code strata.dev/layer}, {@code strata.dev/team-type}, {@code strata.dev/interaction-mode}, {@code strata.dev/tier}.
 * Entity references follow Backstage's grammar {@code [kind:][namespace/]name}, case-insensitive, with each field's
 * default kind and the referencing entity's namespace; {@code dependsOn} has no default kind. References to entities
 * the catalog does not hold are listed in {@link Conversion#unresolved()}, never dropped silently.
 */
public final class BackstageCatalog {

    private static final String ANNOTATION = "strata.dev/";

    private final Map<String, LandscapeFile> byPath = new LinkedHashMap<>();
    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Entity> byRef = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> unresolved = new ArrayList<>();

    private BackstageCatalog() {
    }

    /** Converts the catalog files (Location targets are resolved among them, relative to the Location's file). */
    public static Conversion convert(List<LandscapeFile> files) {
        BackstageCatalog catalog = new BackstageCatalog();
        files.forEach(f -> catalog.byPath.put(normalize(f.path()), f));
        Deque<String> queue = new ArrayDeque<>(catalog.byPath.keySet());
        Set<String> read = new HashSet<>();
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (read.add(path)) {
                catalog.read(catalog.byPath.get(path), queue);
            }
        }
        return catalog.toNative();
    }

    private void read(LandscapeFile file, Deque<String> queue) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(LandscapeParser.MAX_FILE_BYTES);
        int index = 0;
        try {
            for (Object document : new Yaml(options).loadAll(new StringReader(file.content()))) {
                index++;
                if (!(document instanceof Map<?, ?> map)) {
                    continue;
                }
                String kind = string(map.get("kind"));
                Map<?, ?> metadata = map.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
                String name = string(metadata.get("name"));
                if (kind == null || name == null) {
                    problems.add(new Problem(Code.MISSING_FIELD, file.path(), 0, "document " + index,
                            "a Backstage entity needs kind and metadata.name"));
                    continue;
                }
                String namespace = string(metadata.get("namespace"));
                Entity entity = new Entity(kind.toLowerCase(Locale.ROOT), namespace == null ? "default"
                        : namespace.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT), metadata,
                        map.get("spec") instanceof Map<?, ?> s ? s : Map.of(), file.path());
                if (entity.kind.equals("location")) {
                    List<Object> targets = new ArrayList<>(list(entity.spec.get("targets")));
                    if (entity.spec.get("target") != null) {
                        targets.add(entity.spec.get("target"));
                    }
                    for (Object target : targets) {
                        String resolved = normalize(Path.of(file.path()).resolveSibling(String.valueOf(target))
                                .toString());
                        if (byPath.containsKey(resolved)) {
                            queue.add(resolved);
                        } else {
                            unresolved.add(file.path() + ": Location " + entity.ref() + " targets '" + target
                                    + "', which is not among the given files");
                        }
                    }
                    continue;
                }
                entities.add(entity);
                byRef.put(entity.ref(), entity);
            }
        } catch (YAMLException e) {
            problems.add(new Problem(Code.MALFORMED_YAML, file.path(), 0, "", "malformed YAML: " + e.getMessage()));
        }
    }

    private Conversion toNative() {
        Map<String, Integer> members = new HashMap<>();
        for (Entity user : entities) {
            if (user.kind.equals("user")) {
                for (Object group : list(user.spec.get("memberOf"))) {
                    Entity target = resolve(user, "spec.memberOf", String.valueOf(group), "group");
                    if (target != null) {
                        members.merge(target.ref(), 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, List<Map<String, Object>>> documents = new TreeMap<>();
        Map<String, String> platformOfApi = new HashMap<>();
        for (Entity component : entities) {
            if (component.kind.equals("component")) {
                for (Object api : list(component.spec.get("providesApis"))) {
                    Entity target = resolve(component, "spec.providesApis", String.valueOf(api), "api");
                    Entity system = component.spec.get("system") == null ? null
                            : resolve(component, "spec.system", String.valueOf(component.spec.get("system")), "system");
                    if (target != null && system != null) {
                        platformOfApi.put(target.ref(), system.key());
                    }
                }
            }
        }
        for (Entity entity : entities) {
            Map<String, Object> spec = new LinkedHashMap<>();
            String kind;
            switch (entity.kind) {
                case "group" -> {
                    kind = "Team";
                    spec.put("type", annotation(entity, "team-type", "STREAM_ALIGNED"));
                    spec.put("size", Math.max(1, members.getOrDefault(entity.ref(), 0)));
                    if (entity.annotation("value-stream") != null) {
                        reference(entity, spec, "valueStream", "metadata.annotations.strata.dev/value-stream",
                                entity.annotation("value-stream"), "domain");
                    }
                }
                case "domain" -> {
                    kind = "ValueStream";
                    spec.put("kind", annotation(entity, "value-stream-kind", "BUSINESS"));
                }
                case "system" -> {
                    kind = "Platform";
                    spec.put("tier", Integer.parseInt(annotation(entity, "tier", "2")));
                    String layer = entity.annotation("layer");
                    if (layer == null) {
                        unresolved.add(entity.file + ": System " + entity.ref() + " has no strata.dev/layer"
                                + " annotation; a platform needs a layer");
                    } else {
                        spec.put("layer", layer);
                    }
                    reference(entity, spec, "owner", "spec.owner", entity.spec.get("owner"), "group");
                }
                case "api", "resource" -> {
                    kind = "Capability";
                    spec.put("lifecycle", lifecycle(string(entity.spec.get("lifecycle"))));
                    spec.put("tier", Integer.parseInt(annotation(entity, "tier", "2")));
                    spec.put("category", entity.kind.equals("resource") ? "infrastructure"
                            : string(entity.spec.get("type")));
                    if (entity.spec.get("system") != null) {
                        reference(entity, spec, "platform", "spec.system", entity.spec.get("system"), "system");
                    } else if (platformOfApi.containsKey(entity.ref())) {
                        spec.put("platform", platformOfApi.get(entity.ref()));
                    }
                    List<String> dependsOn = new ArrayList<>();
                    for (Object ref : list(entity.spec.get("dependsOn"))) {
                        Entity target = resolve(entity, "spec.dependsOn", String.valueOf(ref), null);
                        if (target != null && (target.kind.equals("resource") || target.kind.equals("api"))) {
                            dependsOn.add(target.key());
                        } else if (target != null) {
                            unresolved.add(entity.file + ": " + entity.ref() + " spec.dependsOn '" + ref + "' is a "
                                    + target.kind + ", which Strata cannot depend on (only API and Resource)");
                        }
                    }
                    if (!dependsOn.isEmpty()) {
                        spec.put("dependsOn", dependsOn);
                    }
                }
                case "component" -> {
                    kind = "Consumer";
                    String type = string(entity.spec.get("type"));
                    spec.put("kind", "service".equals(type) ? "SERVICE" : "APPLICATION");
                    spec.put("tier", Integer.parseInt(annotation(entity, "tier", "2")));
                    reference(entity, spec, "owner", "spec.owner", entity.spec.get("owner"), "group");
                    List<Map<String, Object>> consumes = new ArrayList<>();
                    String mode = annotation(entity, "interaction-mode", "X_AS_A_SERVICE");
                    for (Object ref : list(entity.spec.get("consumesApis"))) {
                        Entity target = resolve(entity, "spec.consumesApis", String.valueOf(ref), "api");
                        if (target != null) {
                            consumes.add(new LinkedHashMap<>(Map.of("capability", target.key(), "mode", mode)));
                        }
                    }
                    for (Object ref : list(entity.spec.get("dependsOn"))) {
                        Entity target = resolve(entity, "spec.dependsOn", String.valueOf(ref), null);
                        if (target != null && target.kind.equals("resource")) {
                            consumes.add(new LinkedHashMap<>(Map.of("capability", target.key(), "mode", mode)));
                        } else if (target != null) {
                            unresolved.add(entity.file + ": " + entity.ref() + " spec.dependsOn '" + ref + "' is a "
                                    + target.kind + ", which a Strata consumer cannot consume (only API and Resource)");
                        }
                    }
                    if (!consumes.isEmpty()) {
                        spec.put("consumes", consumes);
                    }
                }
                default -> {
                    continue;
                }
            }
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("key", entity.key());
            Object title = entity.metadata.get("title");
            if (title == null && entity.spec.get("profile") instanceof Map<?, ?> profile) {
                title = profile.get("displayName");
            }
            metadata.put("title", title == null ? entity.name : String.valueOf(title));
            if (entity.metadata.get("description") != null) {
                metadata.put("description", String.valueOf(entity.metadata.get("description")));
            }
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("apiVersion", LandscapeParser.API_VERSION);
            document.put("kind", kind);
            document.put("metadata", metadata);
            document.put("spec", spec);
            documents.computeIfAbsent(entity.file, f -> new ArrayList<>()).add(document);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setExplicitStart(true);
        Yaml yaml = new Yaml(options);
        List<LandscapeFile> files = new ArrayList<>();
        documents.forEach((file, docs) -> files.add(new LandscapeFile(file, yaml.dumpAll(docs.iterator()))));
        return new Conversion(files, List.copyOf(problems), List.copyOf(unresolved));
    }

    private void reference(Entity from, Map<String, Object> spec, String field, String backstageField,
                           @Nullable Object ref, String defaultKind) {
        if (ref == null) {
            return;
        }
        Entity target = resolve(from, backstageField, String.valueOf(ref), defaultKind);
        if (target != null) {
            spec.put(field, target.key());
        }
    }

    /** Resolves {@code [kind:][namespace/]name}; null (and a line in the report) when the catalog lacks it. */
    private @Nullable Entity resolve(Entity from, String field, String ref, @Nullable String defaultKind) {
        String text = ref.trim().toLowerCase(Locale.ROOT);
        String kind = defaultKind;
        int colon = text.indexOf(':');
        if (colon >= 0) {
            kind = text.substring(0, colon);
            text = text.substring(colon + 1);
        }
        String namespace = from.namespace;
        int slash = text.indexOf('/');
        if (slash >= 0) {
            namespace = text.substring(0, slash);
            text = text.substring(slash + 1);
        }
        if (kind == null) {
            unresolved.add(from.file + ": " + from.ref() + " " + field + " '" + ref + "' has no kind, and "
                    + field + " has no default kind: write kind:name");
            return null;
        }
        Entity target = byRef.get(kind + ":" + namespace + "/" + text);
        if (target == null) {
            unresolved.add(from.file + ": " + from.ref() + " " + field + " '" + ref + "' -> " + kind + ":" + namespace
                    + "/" + text + " is not in the catalog");
        }
        return target;
    }

    private static String annotation(Entity entity, String name, String fallback) {
        String value = entity.annotation(name);
        return value == null ? fallback : value;
    }

    private static String lifecycle(@Nullable String backstage) {
        if (backstage == null) {
            return "GA";
        }
        return switch (backstage.toLowerCase(Locale.ROOT)) {
            case "experimental" -> "BETA";
            case "deprecated" -> "DEPRECATED";
            case "retired" -> "RETIRED";
            case "planned" -> "PLANNED";
            default -> "GA";
        };
    }

    private static List<?> list(@Nullable Object value) {
        return value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
    }

    private static @Nullable String string(@Nullable Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static String normalize(String path) {
        return Path.of(path).normalize().toString().replace('\\', '/');
    }

    private record Entity(String kind, String namespace, String name, Map<?, ?> metadata, Map<?, ?> spec,
                          String file) {

        String ref() {
            return kind + ":" + namespace + "/" + name;
        }

        /** The Strata key: the name (lower-case, `_` and `.` as dashes), prefixed by a namespace other than default. */
        String key() {
            String base = name.replace('_', '-').replace('.', '-');
            return namespace.equals("default") ? base : namespace + "-" + base;
        }

        @Nullable String annotation(String name) {
            if (metadata.get("annotations") instanceof Map<?, ?> annotations) {
                Object value = annotations.get(ANNOTATION + name);
                return value == null ? null : String.valueOf(value);
            }
            return null;
        }
    }

    /**
     * The catalog as native files (one per catalog file, same path, so {@code sourceFile} names the descriptor),
     * problems reading it, and every reference that could not be mapped, as sentences naming file and entity.
     */
    public record Conversion(List<LandscapeFile> files, List<Problem> problems, List<String> unresolved) {
    }
}
