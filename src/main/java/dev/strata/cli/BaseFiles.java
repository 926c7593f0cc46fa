package dev.strata.cli;

import dev.strata.ingest.LandscapeFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * The files an offline plan starts from ({@code plan --base}): a folder, read like the files planned; or a git ref
 * (a branch, {@code origin/main}, {@code HEAD~1}, a commit id) of the repository holding the files, read from its
 * object database with JGit, each given path at that commit. Names match the planned files' names, so problems read
 * the same; {@link #label()} goes in front of them.
 *
 * @param files the base's landscape files
 * @param label what names the base in front of a file, e.g. {@code origin/main:landscape/}
 */
record BaseFiles(List<LandscapeFile> files, String label) {

    static BaseFiles read(String base, List<String> paths) throws IOException {
        Path folder = Path.of(base);
        if (Files.isDirectory(folder)) {
            return new BaseFiles(LandscapePaths.files(List.of(base)), base.endsWith("/") ? base : base + "/");
        }
        return fromGit(base, paths);
    }

    private static BaseFiles fromGit(String ref, List<String> paths) throws IOException {
        withoutSystemGit();
        Path first = Path.of(paths.getFirst()).toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder()
                .readEnvironment()
                .findGitDir(
                        Files.isDirectory(first)
                                ? first.toFile()
                                : first.getParent().toFile());
        if (builder.getGitDir() == null) {
            throw new IOException("--base " + ref + ": no folder of that name, and " + paths.getFirst()
                    + " is not in a git repository");
        }
        try (Repository repository = builder.build();
                RevWalk commits = new RevWalk(repository)) {
            ObjectId id = repository.resolve(ref);
            if (id == null) {
                throw new IOException("--base " + ref + ": no folder of that name, and no branch, tag or commit of"
                        + " that name in " + repository.getWorkTree());
            }
            RevCommit commit = commits.parseCommit(id);
            Path root = repository.getWorkTree().toPath().toRealPath();
            List<LandscapeFile> files = new ArrayList<>();
            String label = ref + ":";
            for (String given : paths) {
                Path path = Path.of(given).toAbsolutePath().normalize();
                Path real = Files.exists(path) ? path.toRealPath() : path;
                if (!real.startsWith(root)) {
                    throw new IOException("--base " + ref + ": " + given + " is outside the repository " + root);
                }
                String inRepository = root.relativize(real).toString().replace(File.separatorChar, '/');
                boolean directory = Files.isDirectory(path);
                if (paths.size() == 1 && directory && !inRepository.isEmpty()) {
                    label = ref + ":" + inRepository + "/";
                }
                files.addAll(read(repository, commit, inRepository, directory, given));
            }
            files.sort(Comparator.comparing(LandscapeFile::path));
            return new BaseFiles(files, label);
        }
    }

    /**
     * The YAML files under a path at a commit, named as {@link LandscapePaths#files} names the working tree's: for a
     * directory relative to it, for a file as given. A path the commit does not have yields no files (all added).
     */
    private static List<LandscapeFile> read(
            Repository repository, RevCommit commit, String inRepository, boolean directory, String given)
            throws IOException {
        List<LandscapeFile> files = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            if (!inRepository.isEmpty()) {
                walk.setFilter(PathFilter.create(inRepository));
            }
            while (walk.next()) {
                String path = walk.getPathString();
                if (!path.endsWith(".yaml") && !path.endsWith(".yml")) {
                    continue;
                }
                String name = !directory
                        ? Path.of(given).normalize().toString().replace(File.separatorChar, '/')
                        : inRepository.isEmpty() ? path : path.substring(inRepository.length() + 1);
                String content = new String(repository.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
                files.add(new LandscapeFile(name, content));
            }
        }
        return files;
    }

    /**
     * JGit looks for the system-wide git configuration by running {@code git}; an offline plan needs nothing from
     * it, and must not depend on a git binary.
     */
    static void withoutSystemGit() {
        if (SystemReader.getInstance() instanceof NoSystemConfig) {
            return;
        }
        SystemReader.setInstance(new NoSystemConfig(SystemReader.getInstance()));
    }

    /** A system reader whose system-wide git configuration is empty. */
    private static final class NoSystemConfig extends SystemReader.Delegate {

        NoSystemConfig(SystemReader delegate) {
            super(delegate);
        }

        @Override
        public FileBasedConfig openSystemConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, null, fs) {
                @Override
                public void load() {
                    // no system configuration
                }

                @Override
                public boolean isOutdated() {
                    return false;
                }
            };
        }
    }
}
