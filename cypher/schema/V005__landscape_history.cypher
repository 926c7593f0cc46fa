// V005: landscape history (src/docs/history.md). One (:LandscapeChange) per version, a (:LandscapeCheckpoint) every
// so often, and their payloads in (:LandscapeChunk) pieces. Immutable once released.
CREATE CONSTRAINT landscape_change_version IF NOT EXISTS FOR (n:LandscapeChange) REQUIRE n.version IS UNIQUE;
CREATE INDEX landscape_change_at IF NOT EXISTS FOR (n:LandscapeChange) ON (n.at);
CREATE CONSTRAINT landscape_checkpoint_version IF NOT EXISTS FOR (n:LandscapeCheckpoint) REQUIRE n.version IS UNIQUE;
CREATE INDEX landscape_chunk_version IF NOT EXISTS FOR (n:LandscapeChunk) ON (n.of, n.version);
