package dev.strata.audit;

import dev.strata.graphql.Connection;
import dev.strata.graphql.EntityOrder;
import dev.strata.graphql.PagedQuery;
import dev.strata.graphql.Paging;
import dev.strata.model.NodeKind;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Reads the audit trail; nothing in the API writes or deletes it . */
@Controller
class AuditController {

    private static final EntityOrder NEWEST_FIRST =
            new EntityOrder(EntityOrder.Field.CREATED_AT, EntityOrder.Direction.DESC);

    private final Neo4jClient client;

    AuditController(Neo4jClient client) {
        this.client = client;
    }

    @QueryMapping
    Connection<AuditEvent> auditEvents(
            @Argument @Nullable Integer first,
            @Argument @Nullable String after,
            @Argument @Nullable AuditFilter filter) {
        AuditFilter f = filter == null ? new AuditFilter(null, null, null, null, null, null) : filter;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(
                "entityKind", f.entityKind() == null ? null : f.entityKind().label());
        parameters.put("entityKey", f.entityKey());
        parameters.put("actor", f.actor());
        parameters.put("operation", f.operation());
        parameters.put("from", f.from());
        parameters.put("to", f.to());
        return PagedQuery.page(client, """
                MATCH (n:AuditEvent)
                WHERE ($entityKind IS NULL OR n.entityKind = $entityKind)
                  AND ($entityKey IS NULL OR n.entityKey = $entityKey)
                  AND ($actor IS NULL OR n.actor = $actor)
                  AND ($operation IS NULL OR n.operation = $operation)
                  AND ($from IS NULL OR n.at >= $from)
                  AND ($to IS NULL OR n.at < $to)
                """, parameters, NEWEST_FIRST, Paging.of(first, after), AuditEvent::from);
    }

    record AuditFilter(
            @Nullable NodeKind entityKind,
            @Nullable String entityKey,
            @Nullable String actor,
            @Nullable String operation,
            @Nullable OffsetDateTime from,
            @Nullable OffsetDateTime to) {}
}
