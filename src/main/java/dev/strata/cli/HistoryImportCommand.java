package dev.strata.cli;

import dev.strata.ingest.LandscapeFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * {@code history import <repository> [--path <folder>]}: replays a repository's history of landscape files into the
 * server's landscape history with JGit (no {@code git} binary). The first-parent history of the ref (default
 * {@code HEAD}) is walked oldest first; each commit whose landscape files differ from the previous commit's is sent
 * as {@code importLandscapeCommit}: its files become the whole landscape at the commit's time, by its author. A
 * commit whose files do not validate is skipped and reported (commit, file:line), the others are imported; commits
 * without landscape files, and commits not newer than the newest recorded version (imported before), are passed over.
 */
@Command(name = "import", description = "replay a Git repository's commits of landscape files into the history")
final class HistoryImportCommand implements Callable<Integer> {

    private static final String IMPORT = """
            mutation($input: ImportLandscapeCommitInput!) {
              importLandscapeCommit(input: $input) {
                errors { code file line field message }
                documents imported version
                plan { nodesAdded nodesChanged nodesRemoved edgesAdded edgesChanged edgesRemoved }
              }
            }
            """;

    private final Console console;

    @Mixin
    HelpOption help;

    @Mixin
    ServerOptions server;

    @Parameters(index = "0", paramLabel = "<repository>", description = "the Git repository (its work tree or .git)")
    String repository = "";

    @Option(
            names = "--path",
            paramLabel = "<landscape folder>",
            description = "the folder of landscape files inside the repository (default: the whole repository)")
    @Nullable
    String path;

    @Option(
            names = "--ref",
            paramLabel = "<ref>",
            defaultValue = "HEAD",
            description = "branch or commit (default HEAD)")
    String ref = "HEAD";

    HistoryImportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        BaseFiles.withoutSystemGit();
        String folder =
                path == null ? "" : path.replace(File.separatorChar, '/').replaceAll("^/+|/+$", "");
        StrataServer strata = StrataServer.of(server, console);
        Instant newest = newestRecorded(strata);
        Counts counts = new Counts();
        List<Map<String, Object>> report = new ArrayList<>();
        try (Repository git = open(Path.of(repository));
                RevWalk walk = new RevWalk(git)) {
            ObjectId head = git.resolve(ref);
            if (head == null) {
                console.err().println("strata: " + repository + " has no branch, tag or commit '" + ref + "'");
                return ExitCode.ERROR;
            }
            List<RevCommit> commits = firstParentHistory(walk, walk.parseCommit(head));
            List<LandscapeFile> previous = null;
            for (RevCommit commit : commits) {
                String id = commit.getId().abbreviate(10).name();
                PersonIdent author = commit.getAuthorIdent();
                Instant at = commit.getCommitterIdent().getWhenAsInstant();
                List<LandscapeFile> files = files(git, commit, folder);
                if (files.isEmpty() || files.equals(previous)) {
                    counts.unchanged++;
                    continue;
                }
                previous = files;
                if (newest != null && !at.isAfter(newest)) {
                    counts.before++;
                    continue;
                }
                Map<String, Object> input = new LinkedHashMap<>();
                input.put("commit", commit.getId().name());
                input.put("at", at.toString());
                input.put("author", author.getName() + " <" + author.getEmailAddress() + ">");
                input.put("files", LandscapePaths.asInput(files));
                JsonNode outcome =
                        strata.execute(IMPORT, Map.of("input", input)).get("importLandscapeCommit");
                report.add(line(id, at, author, outcome, counts));
            }
        }
        print(report, counts);
        return ExitCode.OK;
    }

    /** The time of the newest version the server has recorded, or null when its history is empty. */
    private static @Nullable Instant newestRecorded(StrataServer strata) throws IOException, InterruptedException {
        JsonNode latest = strata.execute("{ landscapeHistory(first: 1) { latest { at } } }", null)
                .get("landscapeHistory")
                .get("latest");
        return latest == null || latest.isNull()
                ? null
                : java.time.OffsetDateTime.parse(latest.get("at").asString()).toInstant();
    }

    private Map<String, Object> line(String id, Instant at, PersonIdent author, JsonNode outcome, Counts counts) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("commit", id);
        line.put("at", at.toString());
        line.put("author", author.getName());
        JsonNode errors = outcome.get("errors");
        if (!errors.isEmpty()) {
            counts.skipped++;
            List<String> problems = new ArrayList<>();
            for (JsonNode error : errors) {
                problems.add(
                        error.get("file").asString() + ":" + error.get("line").asInt() + ": "
                                + (error.get("field").asString().isEmpty()
                                        ? ""
                                        : error.get("field").asString() + ": ")
                                + error.get("message").asString() + " ["
                                + error.get("code").asString() + "]");
            }
            line.put("skipped", problems);
        } else if (outcome.get("version").isNull()) {
            counts.unchanged++;
            line.put("version", null);
        } else {
            counts.imported++;
            line.put("version", outcome.get("version").asLong());
            JsonNode plan = outcome.get("plan");
            line.put(
                    "changes",
                    "+" + plan.get("nodesAdded").asInt() + " ~"
                            + plan.get("nodesChanged").asInt() + " -"
                            + plan.get("nodesRemoved").asInt() + " nodes, +"
                            + plan.get("edgesAdded").asInt() + " ~"
                            + plan.get("edgesChanged").asInt() + " -"
                            + plan.get("edgesRemoved").asInt()
                            + " relationships");
        }
        return line;
    }

    private void print(List<Map<String, Object>> report, Counts counts) {
        if (server.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("imported", counts.imported);
            json.put("skipped", counts.skipped);
            json.put("unchanged", counts.unchanged);
            json.put("alreadyRecorded", counts.before);
            json.put("commits", report);
            console.out().println(StrataServer.JSON.writeValueAsString(json));
            return;
        }
        for (Map<String, Object> line : report) {
            String head = line.get("commit") + " " + line.get("at") + " " + line.get("author") + ": ";
            if (line.get("skipped") instanceof List<?> problems) {
                console.out().println(head + "skipped, its files do not validate:");
                problems.forEach(problem -> console.out().println("  " + problem));
            } else if (line.get("version") == null) {
                console.out().println(head + "no landscape change");
            } else {
                console.out().println(head + "version " + line.get("version") + " (" + line.get("changes") + ")");
            }
        }
        console.out()
                .println("Imported " + counts.imported + " commits; skipped " + counts.skipped
                        + " whose files do not validate; " + counts.unchanged
                        + " without landscape changes; " + counts.before
                        + " not newer than the history the server already holds.");
    }

    private static final class Counts {
        int imported;
        int skipped;
        int unchanged;
        int before;
    }

    private static Repository open(Path repository) throws IOException {
        Path given = repository.toAbsolutePath().normalize();
        if (!Files.isDirectory(given)) {
            throw new IOException(repository + " is not a directory");
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        if (Files.isDirectory(given.resolve(".git"))) {
            builder.setGitDir(given.resolve(".git").toFile());
        } else {
            builder.setGitDir(given.toFile());
        }
        try {
            return builder.build();
        } catch (org.eclipse.jgit.errors.RepositoryNotFoundException e) {
            throw new IOException(repository + " is not a Git repository (no .git folder, not a bare repository)", e);
        }
    }

    /** The ref's first-parent history, oldest first: the mainline as it was merged, one landscape after another. */
    private static List<RevCommit> firstParentHistory(RevWalk walk, RevCommit head) throws IOException {
        List<RevCommit> commits = new ArrayList<>();
        for (RevCommit commit = head; commit != null; ) {
            commits.add(commit);
            commit = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
        }
        Collections.reverse(commits);
        return commits;
    }

    /** The YAML files under {@code folder} at {@code commit}, named relative to it, in path order. */
    private static List<LandscapeFile> files(Repository git, RevCommit commit, String folder) throws IOException {
        List<LandscapeFile> files = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(git)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            if (!folder.isEmpty()) {
                walk.setFilter(PathFilter.create(folder));
            }
            while (walk.next()) {
                String name = walk.getPathString();
                if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
                    continue;
                }
                String relative = folder.isEmpty() ? name : name.substring(folder.length() + 1);
                String content = new String(git.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
                files.add(new LandscapeFile(relative, content));
            }
        }
        files.sort(Comparator.comparing(LandscapeFile::path));
        return files;
    }
}
