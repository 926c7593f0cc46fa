package dev.strata.ingest;

import dev.strata.ingest.LandscapeParser.FileResult;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The files of the last landscape parsed on this server, by path and content hash, so that validating, planning or
 * applying a repository again parses only the files that changed. Parsing a file depends on nothing but its path
 * and text, so a file with the same path and hash parses to the same documents. Holds at most
 * {@code strata.landscape.parse-cache-documents} documents (default 300,000: a landscape of scale M fits; of L
 * not, and L is parsed anew each time rather than holding gigabytes).
 */
@Component
class ParsedFileCache implements LandscapeFileParses.Cache {

    private final Map<String, Entry> files = new ConcurrentHashMap<>();
    private final AtomicLong documents = new AtomicLong();
    private final long maxDocuments;

    ParsedFileCache(@Value("${strata.landscape.parse-cache-documents:300000}") long maxDocuments) {
        this.maxDocuments = maxDocuments;
    }

    @Override
    public @Nullable FileResult get(String path, String sha256) {
        Entry entry = files.get(path);
        return entry != null && entry.sha256().equals(sha256) ? entry.file() : null;
    }

    @Override
    public void put(String path, String sha256, FileResult file) {
        if (documents.get() + file.documents().size() > maxDocuments) {
            return;
        }
        Entry previous = files.put(path, new Entry(sha256, file));
        documents.addAndGet(file.documents().size()
                - (previous == null ? 0 : previous.file().documents().size()));
    }

    @Override
    public void retainOnly(Set<String> paths) {
        files.entrySet().removeIf(entry -> {
            if (paths.contains(entry.getKey())) {
                return false;
            }
            documents.addAndGet(-entry.getValue().file().documents().size());
            return true;
        });
    }

    private record Entry(String sha256, FileResult file) {}
}
