package dev.strata.ingest;

import dev.strata.graphql.HeavyWorkAdmission;
import dev.strata.graphql.ServerBusyException;
import dev.strata.model.Landscape;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/landscape/export}: the landscape as a zip archive of landscape files, streamed file by file as the
 * export renders them. What {@code strata export} downloads; unlike the GraphQL field {@code exportLandscape}, whose
 * answer is one JSON document holding every file (456 MB of text at scale L), the server never holds the text whole.
 * Readers only (security configuration); one turn of the heavy-work admission, as the GraphQL export takes.
 */
@RestController
class ExportDownloadController {

    /** Where the archive is downloaded. */
    static final String PATH = "/api/landscape/export";

    private static final Logger log = LoggerFactory.getLogger(ExportDownloadController.class);

    private final LandscapeService service;
    private final HeavyWorkAdmission admission;

    ExportDownloadController(LandscapeService service, HeavyWorkAdmission admission) {
        this.service = service;
        this.admission = admission;
    }

    @GetMapping(PATH)
    void download(HttpServletResponse response) {
        admission.acquire("export", null);
        try {
            Landscape landscape = service.current();
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition", "attachment; filename=\"strata-landscape.zip\"");
            // No length is known up front: the answer is chunked, so a client can tell an export cut off half way
            // (no last chunk) from a complete one.
            try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8)) {
                // YAML shrinks about tenfold at the fastest level; higher levels cost more CPU than they save on a LAN.
                zip.setLevel(Deflater.BEST_SPEED);
                LandscapeExport.write(landscape, new ZipSink(zip));
            } catch (IOException e) {
                // Writing to the answer failed: the client went away (or its connection did). Nothing to report to
                // it, and nothing for the operator to act on beyond this line.
                log.info("Export download stopped: the client's connection closed ({})", e.toString());
            }
        } finally {
            admission.release();
        }
    }

    @ExceptionHandler(ServerBusyException.class)
    ResponseEntity<Map<String, Object>> busy(ServerBusyException busy) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", String.valueOf(ServerBusyException.RETRY_AFTER_SECONDS))
                .body(Map.of(
                        "errors",
                        List.of(Map.of("message", busy.getMessage(), "extensions", Map.of("classification", "BUSY")))));
    }

    /** Each exported file as one entry of the archive, written as its parts are rendered. */
    private record ZipSink(ZipOutputStream zip) implements LandscapeExport.ExportSink {

        @Override
        public void startFile(String path) throws IOException {
            zip.putNextEntry(new ZipEntry(path));
        }

        @Override
        public void write(String text) throws IOException {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void endFile() throws IOException {
            zip.closeEntry();
        }
    }
}
