// V004: landscape versions. Every change through Strata increments the version on the landscape head (the lock all
// writers take) and records it on its audit event. Immutable once released.
MERGE (h:StrataMeta {key: 'landscape-head'}) ON CREATE SET h.version = 0;
CREATE INDEX audit_event_version IF NOT EXISTS FOR (n:AuditEvent) ON (n.version);
CREATE INDEX audit_event_entity_kind IF NOT EXISTS FOR (n:AuditEvent) ON (n.entityKind, n.entityKey);
