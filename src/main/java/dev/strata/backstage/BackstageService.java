package dev.strata.backstage;

import dev.strata.audit.Actor;
import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeOutcome;
import dev.strata.ingest.LandscapeParser.Parsed;
import dev.strata.ingest.LandscapeService;
import dev.strata.ingest.Problem;
import dev.strata.ingest.Problem.Code;
import dev.strata.model.Keys;
import dev.strata.model.Landscape;
import dev.strata.plan.LandscapePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Validate, plan and apply a Backstage catalog: read it (from the request's files, or from the configured running
 * Backstage), map it, and hand the declaration to the landscape service, which checks references against the graph,
 * computes the plan and its impact, and writes it in one transaction. The server never fetches Location targets
 * that are URLs: the CLI fetches them when asked and sends them as files.
 */
@Service
public class BackstageService {

    private static final Logger log = LoggerFactory.getLogger(BackstageService.class);

    private final LandscapeService landscapes;
    private final BackstageProperties properties;

    BackstageService(LandscapeService landscapes, BackstageProperties properties) {
        this.landscapes = landscapes;
        this.properties = properties;
    }

    /** Every problem, warning and what becomes of every document. Writes nothing. */
    public BackstageOutcome validate(CatalogRequest request) {
        BackstageImport imported = read(request);
        return BackstageOutcome.of(imported, landscapes.validate(imported.declaration()));
    }

    /** What importing the catalog would change and do. Writes nothing. */
    public BackstageOutcome plan(CatalogRequest request, boolean prune, LandscapePolicy policy) {
        BackstageImport imported = read(request);
        return BackstageOutcome.of(imported, landscapes.plan(imported.declaration(), prune, policy));
    }

    /** Imports the catalog in one transaction: all or nothing, idempotent. */
    public BackstageOutcome apply(
            CatalogRequest request, boolean prune, LandscapePolicy policy, Actor actor, Object auditInput) {
        BackstageImport imported = read(request);
        LandscapeOutcome outcome = landscapes.apply(imported.declaration(), prune, policy, actor, auditInput);
        if (outcome.applied() && outcome.plan() != null) {
            BackstageImport.Summary summary = imported.summary();
            log.info(
                    "Imported a Backstage catalog of {} documents ({} mapped, {} merged, {} skipped): {} node and {}"
                            + " relationship changes",
                    summary.documents(),
                    summary.mapped(),
                    summary.merged(),
                    summary.skipped(),
                    outcome.plan().nodes().size(),
                    outcome.plan().edges().size());
        }
        return BackstageOutcome.of(imported, outcome);
    }

    /** The catalog read and mapped; a source that cannot be read at all is a problem, never an exception. */
    BackstageImport read(CatalogRequest request) {
        try {
            if (request.fromBackstage()) {
                return fromBackstage();
            }
            Map<String, String> files = new LinkedHashMap<>();
            for (LandscapeFile file : request.files()) {
                if (files.putIfAbsent(CatalogPaths.normalize(file.path()), file.content()) != null) {
                    return unavailable(file.path(), "the file is given twice");
                }
            }
            List<String> roots = request.roots().isEmpty() ? List.of("") : request.roots();
            return CatalogMapping.map(CatalogReader.read(CatalogSource.of(files), roots, null));
        } catch (IOException | UncheckedIOException e) {
            return unavailable(request.fromBackstage() ? String.valueOf(properties.url()) : "", e.getMessage());
        } catch (java.nio.file.InvalidPathException e) {
            return unavailable(Keys.printable(e.getInput()), "not a file path: " + Keys.printable(e.getReason()));
        }
    }

    private BackstageImport fromBackstage() throws IOException {
        if (properties.url() == null || properties.url().isBlank()) {
            return unavailable(
                    "",
                    "importing from a running Backstage is off: set strata.backstage.url (and"
                            + " strata.backstage.token) on the server, or send the catalog's files");
        }
        Map<String, String> pages;
        try {
            pages = new BackstageClient(
                            properties.url(), properties.token(), properties.pageSize(), properties.timeout())
                    .fetchAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading Backstage", e);
        } catch (IllegalArgumentException e) {
            return unavailable(properties.url(), e.getMessage() + " (strata.backstage.url / page-size)");
        }
        return CatalogMapping.map(CatalogReader.read(CatalogSource.of(pages), List.copyOf(pages.keySet()), null));
    }

    private static BackstageImport unavailable(String where, String why) {
        Parsed nothing = new Parsed(
                new Landscape(), List.of(new Problem(Code.SOURCE_UNAVAILABLE, where, 0, "", why)), List.of(), Map.of());
        return new BackstageImport(nothing, List.of(), List.of(), 0);
    }
}
