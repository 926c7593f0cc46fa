// V001: business keys are the identity of every landscape node. Immutable once released: add V002, never edit.
CREATE CONSTRAINT team_key IF NOT EXISTS FOR (n:Team) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT layer_key IF NOT EXISTS FOR (n:Layer) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT platform_key IF NOT EXISTS FOR (n:Platform) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT capability_key IF NOT EXISTS FOR (n:Capability) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT consumer_key IF NOT EXISTS FOR (n:Consumer) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT value_stream_key IF NOT EXISTS FOR (n:ValueStream) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT strata_meta_key IF NOT EXISTS FOR (n:StrataMeta) REQUIRE n.key IS UNIQUE;
