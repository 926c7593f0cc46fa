package dev.strata.ingest.bulk;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An upload of landscape files: waiting for its archive, or ready with what the archive holds.
 *
 * @param id        random identifier; also the last segment of the URL the archive is put to
 * @param owner     who created it (the token's or user's name); only they may send the archive and use it
 * @param state     WAITING until the archive has arrived and was checked, then READY
 * @param files     the landscape files in the archive, in its order (paths as stored in {@code sourceFile})
 * @param bytes     bytes of those files, uncompressed
 * @param sha256    hash of the archive as received, recorded in the audit trail of an apply
 * @param expiresAt when it is deleted unless used again
 */
record Upload(
        String id,
        String owner,
        State state,
        List<String> files,
        long bytes,
        @Nullable String sha256,
        Instant expiresAt) {

    /** Where an upload is in its life. */
    enum State {
        WAITING,
        RECEIVING,
        READY
    }

    Upload {
        files = List.copyOf(files);
    }

    static Upload waiting(String id, String owner, Instant expiresAt) {
        return new Upload(id, owner, State.WAITING, List.of(), 0, null, expiresAt);
    }

    Upload withState(State state) {
        return new Upload(id, owner, state, files, bytes, sha256, expiresAt);
    }

    Upload ready(List<String> files, long bytes, String sha256, Instant expiresAt) {
        return new Upload(id, owner, State.READY, files, bytes, sha256, expiresAt);
    }

    Upload expiringAt(Instant expiresAt) {
        return new Upload(id, owner, state, files, bytes, sha256, expiresAt);
    }

    /** The path the archive is put to. */
    String url() {
        return LandscapeUploads.PATH + id;
    }
}
