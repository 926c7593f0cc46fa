package dev.strata.ingest.bulk;

import dev.strata.graphql.StreamedBodyPath;
import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Uploads of landscape files: each is a zip archive streamed to a file of this instance's upload folder (owner-only,
 * deleted when the server stops), checked once when it arrives (a zip, YAML files of at most 2 MiB each, at most
 * {@code strata.landscape.max-upload-size} in all, counted while inflating, so an archive that inflates to more is
 * refused) and read one file at a time when an operation parses it. Paths in the archive are labels (they become
 * {@code sourceFile}); nothing is ever extracted to the file system under them.
 */
@Component
@EnableConfigurationProperties(BulkProperties.class)
public class LandscapeUploads implements StreamedBodyPath, AutoCloseable {

    /** Where archives are put: {@code PUT /api/landscape/uploads/<id>}. */
    static final String PATH = "/api/landscape/uploads/";

    private static final Pattern UPLOAD_PATH = Pattern.compile(Pattern.quote(PATH) + "[0-9a-f-]{36}");
    private static final int MAX_PATH_LENGTH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(LandscapeUploads.class);

    private final BulkProperties properties;
    private final Path directory;
    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    LandscapeUploads(BulkProperties properties) throws IOException {
        this.properties = properties;
        Path parent = properties.uploadDirectory() != null
                ? properties.uploadDirectory()
                : Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(parent);
        // createTempDirectory makes it owner-only on POSIX file systems: uploads may hold a company's landscape.
        this.directory = Files.createTempDirectory(parent, "strata-uploads-");
    }

    @Override
    public boolean matches(String path) {
        return UPLOAD_PATH.matcher(path).matches();
    }

    @Override
    public long maxBytes() {
        return properties.maxUploadSize().toBytes();
    }

    @Override
    public String setting() {
        return "strata.landscape.max-upload-size";
    }

    /** A new upload waiting for its archive. */
    synchronized Upload create(String owner) {
        expire();
        if (uploads.size() >= properties.maxUploads()) {
            Instant next = uploads.values().stream()
                    .map(Upload::expiresAt)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            throw new UploadRefusedException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    uploads.size() + " uploads are stored"
                            + " already, the most the server keeps (strata.landscape.max-uploads); delete one with"
                            + " deleteLandscapeUpload, or retry after " + next + " when the next one expires");
        }
        Upload upload = Upload.waiting(
                UUID.randomUUID().toString(), owner, clock.instant().plus(properties.uploadTtl()));
        uploads.put(upload.id(), upload);
        return upload;
    }

    /**
     * Streams the archive to disk and checks it; the upload is then READY. Refused archives leave the upload
     * waiting, so the owner can send a corrected one.
     */
    Upload receive(String id, String owner, InputStream body) {
        Upload upload = owned(id, owner);
        if (upload.state() != Upload.State.WAITING
                || !uploads.replace(id, upload, upload.withState(Upload.State.RECEIVING))) {
            throw new UploadRefusedException(
                    HttpStatus.CONFLICT,
                    "upload " + id
                            + (upload.state() == Upload.State.READY
                                    ? " already holds an archive: create a new upload for other files"
                                    : " is receiving an archive already"));
        }
        Path archive = archive(id);
        try {
            String sha256 = store(body, archive);
            Manifest manifest = scan(archive);
            Upload ready = upload.ready(
                    manifest.files(), manifest.bytes(), sha256, clock.instant().plus(properties.uploadTtl()));
            uploads.put(id, ready);
            log.info(
                    "Upload {} of {}: {} landscape files, {} bytes",
                    id,
                    owner,
                    manifest.files().size(),
                    manifest.bytes());
            return ready;
        } catch (RuntimeException e) {
            deleteQuietly(archive);
            uploads.computeIfPresent(id, (key, current) -> current.withState(Upload.State.WAITING));
            throw e;
        }
    }

    /** The upload, ready, for its owner; its expiry starts again (an operation is using it). */
    Upload ready(String id, String owner) {
        Upload upload = owned(id, owner);
        if (upload.state() != Upload.State.READY) {
            throw new UploadRefusedException(
                    HttpStatus.CONFLICT,
                    "upload " + id + " has no archive yet: PUT the" + " zip archive of the landscape files to "
                            + upload.url() + " first");
        }
        Upload used = upload.expiringAt(clock.instant().plus(properties.uploadTtl()));
        uploads.put(id, used);
        return used;
    }

    /** The upload for its owner; the same answer whether it never existed, expired, or is someone else's. */
    Upload owned(String id, String owner) {
        expire();
        Upload upload = uploads.get(id);
        if (upload == null || !upload.owner().equals(owner)) {
            throw new UploadRefusedException(
                    HttpStatus.NOT_FOUND,
                    "no upload " + id + " of " + owner + ": it was"
                            + " never created, expired (strata.landscape.upload-ttl), or was deleted");
        }
        return upload;
    }

    void delete(String id, String owner) {
        owned(id, owner);
        uploads.remove(id);
        deleteQuietly(archive(id));
    }

    /** The landscape files of a ready upload, read from the archive one at a time, in the archive's order. */
    Iterable<LandscapeFile> files(Upload upload) {
        Path archive = archive(upload.id());
        return () -> new ArchiveFiles(archive);
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(LandscapeUploads::deleteQuietly);
        } catch (IOException e) {
            log.info("Could not delete the upload folder {} ({}); delete it by hand", directory, e.getMessage());
        }
    }

    private Path archive(String id) {
        return directory.resolve(id + ".zip");
    }

    private void expire() {
        Instant now = clock.instant();
        uploads.values().removeIf(upload -> {
            boolean expired = upload.expiresAt().isBefore(now) && upload.state() != Upload.State.RECEIVING;
            if (expired) {
                deleteQuietly(archive(upload.id()));
            }
            return expired;
        });
    }

    /** Copies the body to {@code archive}, at most the upload limit, and answers its SHA-256. */
    private String store(InputStream body, Path archive) {
        long limit = maxBytes();
        MessageDigest digest = sha256();
        long total = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(archive), digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                total += read;
                if (total > limit) {
                    throw new UploadRefusedException(
                            HttpStatus.CONTENT_TOO_LARGE,
                            "the archive is larger than "
                                    + limit + " bytes, the limit of an upload (" + setting()
                                    + "); raise it, or split the"
                                    + " landscape and apply the parts with prune off");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UploadRefusedException(HttpStatus.BAD_REQUEST, "the archive could not be received: " + e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Checks every landscape file of the archive by inflating it, and lists them. */
    private Manifest scan(Path archive) {
        List<String> files = new ArrayList<>();
        long bytes = 0;
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String path = landscapePath(entry);
                if (path == null) {
                    continue;
                }
                long size = inflatedSize(zip, entry, path);
                bytes += size;
                if (bytes > maxBytes()) {
                    throw new UploadRefusedException(
                            HttpStatus.CONTENT_TOO_LARGE,
                            "the landscape files of the"
                                    + " archive hold more than " + maxBytes()
                                    + " bytes uncompressed, the limit of an upload ("
                                    + setting()
                                    + "); raise it, or split the landscape and apply the parts with prune off");
                }
                files.add(path);
            }
        } catch (ZipException e) {
            throw new UploadRefusedException(
                    HttpStatus.BAD_REQUEST,
                    "the upload is not a readable zip archive ("
                            + e.getMessage()
                            + "): send the landscape files as a zip archive, e.g. (cd landscape && zip -r"
                            + " - .)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new UploadRefusedException(
                    HttpStatus.BAD_REQUEST,
                    "the archive holds no landscape file: files"
                            + " ending in .yaml or .yml (hidden files and folders are left out)");
        }
        return new Manifest(files, bytes);
    }

    private static long inflatedSize(ZipFile zip, ZipEntry entry, String path) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                size += read;
                if (size > LandscapeParser.MAX_FILE_BYTES) {
                    throw new UploadRefusedException(
                            HttpStatus.BAD_REQUEST,
                            path + ": the file has more than "
                                    + LandscapeParser.MAX_FILE_BYTES
                                    + " bytes, the limit per landscape file: split it into"
                                    + " several files");
                }
            }
            return size;
        }
    }

    /**
     * The path a landscape file of the archive is known by, or null for what is not one: folders, files not ending
     * in .yaml or .yml, hidden files and folders (macOS adds {@code __MACOSX/._x.yaml}).
     */
    static @Nullable String landscapePath(ZipEntry entry) {
        String path = entry.getName().replace('\\', '/');
        while (path.startsWith("./") || path.startsWith("/")) {
            path = path.substring(path.startsWith("./") ? 2 : 1);
        }
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (entry.isDirectory() || !(lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
            return null;
        }
        for (String segment : path.split("/")) {
            if (segment.startsWith(".") || segment.equals("__MACOSX")) {
                return null;
            }
        }
        if (path.length() > MAX_PATH_LENGTH) {
            throw new UploadRefusedException(
                    HttpStatus.BAD_REQUEST,
                    "a path in the archive has " + path.length() + " characters, more than the " + MAX_PATH_LENGTH
                            + " allowed: " + path.substring(0, 80) + "...");
        }
        return path;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.debug("could not delete {}: {}", path, e.getMessage());
        }
    }

    private record Manifest(List<String> files, long bytes) {}

    /** Reads the landscape files of an archive in order; closes the archive after the last one. */
    private static final class ArchiveFiles implements Iterator<LandscapeFile> {

        private final ZipFile zip;
        private final Enumeration<? extends ZipEntry> entries;
        private @Nullable LandscapeFile next;

        ArchiveFiles(Path archive) {
            try {
                this.zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("the upload's archive cannot be read any more: " + e.getMessage(), e);
            }
            this.entries = zip.entries();
            advance();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public LandscapeFile next() {
            LandscapeFile current = next;
            if (current == null) {
                throw new NoSuchElementException();
            }
            advance();
            return current;
        }

        private void advance() {
            next = null;
            try {
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    String path = landscapePath(entry);
                    if (path != null) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            next = new LandscapeFile(
                                    path,
                                    new String(
                                            in.readNBytes(LandscapeParser.MAX_FILE_BYTES + 1), StandardCharsets.UTF_8));
                        }
                        return;
                    }
                }
                zip.close();
            } catch (IOException e) {
                throw new UncheckedIOException("the upload's archive cannot be read any more: " + e.getMessage(), e);
            }
        }
    }
}
