// V002: indexes behind the list filters (name search, lifecycle, tier). Immutable once released.
CREATE INDEX team_name IF NOT EXISTS FOR (n:Team) ON (n.name);
CREATE INDEX platform_name IF NOT EXISTS FOR (n:Platform) ON (n.name);
CREATE INDEX capability_name IF NOT EXISTS FOR (n:Capability) ON (n.name);
CREATE INDEX capability_lifecycle IF NOT EXISTS FOR (n:Capability) ON (n.lifecycle);
CREATE INDEX consumer_name IF NOT EXISTS FOR (n:Consumer) ON (n.name);
CREATE INDEX consumer_tier IF NOT EXISTS FOR (n:Consumer) ON (n.tier);
