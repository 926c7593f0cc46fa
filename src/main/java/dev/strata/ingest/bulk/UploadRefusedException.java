package dev.strata.ingest.bulk;

import org.springframework.http.HttpStatus;

/** An upload request refused for a reason the client can act on; the message says what to do. */
class UploadRefusedException extends RuntimeException {

    private final HttpStatus status;

    UploadRefusedException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
