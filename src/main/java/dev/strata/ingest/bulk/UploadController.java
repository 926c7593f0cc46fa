package dev.strata.ingest.bulk;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/landscape/uploads/<id>}: the zip archive of an upload created with {@code createLandscapeUpload},
 * streamed to disk. Only editors reach it (security configuration), and only the upload's owner may fill it. Answers
 * what the archive holds, or why it was refused, in the error format of the rest of the API.
 */
@RestController
class UploadController {

    private final LandscapeUploads uploads;

    UploadController(LandscapeUploads uploads) {
        this.uploads = uploads;
    }

    @PutMapping(LandscapeUploads.PATH + "{id}")
    Map<String, Object> receive(@PathVariable String id, InputStream body, Authentication caller) {
        Upload upload = uploads.receive(id, caller.getName(), body);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", upload.id());
        answer.put("state", upload.state().name());
        answer.put("files", upload.files().size());
        answer.put("bytes", upload.bytes());
        answer.put("expiresAt", upload.expiresAt().toString());
        return answer;
    }

    @ExceptionHandler(UploadRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(UploadRefusedException refusal) {
        return ResponseEntity.status(refusal.status())
                .body(Map.of(
                        "errors",
                        List.of(Map.of(
                                "message",
                                refusal.getMessage(),
                                "extensions",
                                Map.of("classification", "BAD_REQUEST")))));
    }
}
