package dev.strata.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Neo4j Browser's files, handed to Neo4j's web server as the archive it looks for in its web folder.
 *
 * <p>Left alone, Neo4j serves Browser straight from the {@code neo4j-browser} jar on the class path. Inside the
 * packaged {@code strata.jar} that jar is nested, and Jetty refuses it ("Base Resource should not be an alias"):
 * Browser answered 404 and Neo4j failed to stop. Given a {@code neo4j-browser*.zip} in its web folder instead,
 * Neo4j unpacks it to a temporary folder and serves plain files, from the jar and from the class path alike.
 */
final class BrowserAssets {

    static final String ARCHIVE_NAME = "neo4j-browser.zip";
    private static final String ROOT = "browser/";

    private BrowserAssets() {}

    /**
     * Writes the archive into {@code webFolder} (its entries under {@code browser/}, the layout Neo4j expects), unless
     * it was written from the same Browser jar before, and returns it; null when Browser is not on the class path.
     */
    static @Nullable Path writeArchive(Path webFolder) throws IOException {
        URL index = BrowserAssets.class.getClassLoader().getResource(ROOT + "index.html");
        if (index == null) {
            return null;
        }
        URLConnection connection = index.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return null;
        }
        connection.setUseCaches(false);
        Files.createDirectories(webFolder);
        Path archive = webFolder.resolve(ARCHIVE_NAME);
        // Written once per Browser jar (about a second): the next starts reuse it.
        Path writtenFrom = webFolder.resolve(ARCHIVE_NAME + ".source");
        if (Files.exists(archive)
                && Files.exists(writtenFrom)
                && Files.readString(writtenFrom).equals(index.toString())) {
            return archive;
        }
        Path partial = Files.createTempFile(webFolder, "neo4j-browser", ".partial");
        try (JarFile source = jar.getJarFile();
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            // Already-compressed web assets: storing is several times faster and the archive is read once.
            zip.setLevel(Deflater.NO_COMPRESSION);
            // Neo4j unpacks entry by entry and creates each folder once, before anything inside it: the root first
            // (its name is the folder it serves), then every folder just before its first file.
            Set<String> folders = new HashSet<>();
            folder(zip, folders, ROOT);
            Enumeration<JarEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(ROOT)) {
                    continue;
                }
                folder(
                        zip,
                        folders,
                        entry.getName().substring(0, entry.getName().lastIndexOf('/') + 1));
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(writtenFrom, index.toString());
        return archive;
    }

    /** Writes the entry of {@code name} (ending in /) after those of its parents, once. */
    private static void folder(ZipOutputStream zip, Set<String> written, String name) throws IOException {
        if (name.isEmpty() || written.contains(name)) {
            return;
        }
        String withoutSlash = name.substring(0, name.length() - 1);
        folder(zip, written, withoutSlash.substring(0, withoutSlash.lastIndexOf('/') + 1));
        zip.putNextEntry(new ZipEntry(name));
        zip.closeEntry();
        written.add(name);
    }
}
