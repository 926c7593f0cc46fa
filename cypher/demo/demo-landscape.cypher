// =====================================================================================================================
// Strata demo landscape: a fictional bank-and-insurer ("Northwind Financial") with its platform-engineering landscape.
//
// 10 value streams, 33 teams (12 platform, 18 stream-aligned, 2 enabling, 1 complicated-subsystem), the 9 layers of
// src/docs/model.md, 15 platforms, 81 capabilities with cross-layer DEPENDS_ON chains, 90 consumers (19 AI use cases)
// and their CONSUMES relationships, plus a handful of deliberate problems for the analytics to find (listed below).
//
// Follows src/docs/model.md exactly: every node is MERGEd on its `key`, gets `createdAt` once and `updatedAt` on every run,
// enums are SCREAMING_CASE. The script is idempotent: running it again changes no node or relationship counts and
// keeps every `createdAt` (it only adds and updates, an edge removed from this file is not removed from the graph).
// It contains literal data only, no parameters.
//
// How to run it in Neo4j Browser:
//   1. Run cypher/schema/V001__constraints.cypher and V002__indexes.cypher first (unique keys, fast MERGE).
//   2. Paste this whole file into the Browser editor and run it (Ctrl/Cmd+Enter). The multi-statement editor
//      (Browser settings, "Enable multi statement query editor", on by default) runs the statements one by one.
//   3. Explore, e.g.  MATCH p = (:Consumer {key: 'customer-chatbot'})-[:CONSUMES|DEPENDS_ON*1..6]->() RETURN p
// From code it runs through dev.strata.neo4j.CypherScript (a statement ends with a semicolon at a line end, comment lines are skipped).
//
// Deliberate problems (everything else is kept clean, so each finding below is the only one of its kind):
//   1. Upward layer violation: k8s-namespaces-as-a-service (platform kubernetes, layer container-platform, rank 2)
//      DEPENDS_ON gitops-deployments (platform build-release, layer developer-platform, rank 3).
//   2. Dependency cycle of three: identity-sso -> pki-certificates -> secrets-vault -> identity-sso.
//   3. DEPRECATED capability still consumed: managed-oracle by core-accounts-service, sepa-batch-processor,
//      policy-admin-system, loan-servicing-platform and stress-testing-batch. RETIRED capability still consumed:
//      sftp-file-transfer by settlement-reporting.
//   4. Overloaded team: team-ml-platform (PLATFORM, size 3) owns gpu-compute and ai-toolbox, 12 capabilities,
//      6 of them BETA (gpu-quota-scheduling, gpu-spot-burst, llm-gateway, vector-database, ml-training-pipelines,
//      prompt-management), with many COLLABORATION consumers (e.g. customer-chatbot, transaction-fraud-detection).
//   5. Unowned: capability batch-job-scheduler has no providing platform (still consumed by four consumers),
//      platform legacy-middleware has no owning team (provides ibm-mq-messaging and sftp-file-transfer).
//   6. Unused capability: service-mesh (GA, platform kubernetes) has no consumers and nothing DEPENDS_ON it.
//      (PLANNED capabilities and the RETIRED jenkins-ci without consumers are normal, not findings.)
//   7. Ownership ambiguity: category model-inference is offered by k8s-model-serving (platform kubernetes, team
//      team-kubernetes) and by model-serving (platform ai-toolbox, team team-ml-platform), both have consumers.
//   8. Tier inversion: tier-1 consumer instant-payments-gateway CONSUMES tier-3 capability serverless-functions (BETA).
//   9. Single point of failure: cloud-networking (category virtual-network, no other capability offers it) is reached
//      transitively by every consumer, and no capability is reached by more.
//  10. Product scorecards (default rules): siem and identity are gold; gpu-compute (no documentation) and
//      legacy-middleware (no owner) reach no level; ai-toolbox, ai-use-case-platform, git-platform and secrets stop at
//      bronze (no on-call or support channel, SLO targets missing); the others are silver.
//  11. Collaboration that lasts: transaction-fraud-detection has collaborated on fraud-scoring-service since 2024-11-18,
//      and team-ml-platform (3 people) is in more collaborations than it has people.
// =====================================================================================================================


// ---------------------------------------------------------------- Value streams
UNWIND [
  {key: 'retail-banking', name: 'Retail Banking', kind: 'BUSINESS', description: 'Current accounts, cards and everyday banking for private customers'},
  {key: 'payments', name: 'Payments', kind: 'BUSINESS', description: 'Card, instant and SEPA payments plus merchant acquiring'},
  {key: 'insurance-claims', name: 'Insurance Claims', kind: 'BUSINESS', description: 'First notice of loss through assessment to payout'},
  {key: 'wealth-management', name: 'Wealth Management', kind: 'BUSINESS', description: 'Advisory, portfolio management and trading'},
  {key: 'corporate-lending', name: 'Corporate Lending', kind: 'BUSINESS', description: 'Loan origination, servicing and credit risk for business clients'},
  {key: 'customer-engagement', name: 'Customer Engagement', kind: 'BUSINESS', description: 'Contact center, chat and personalised marketing'},
  {key: 'developer-experience', name: 'Developer Experience', kind: 'ENABLING', description: 'Paved roads from commit to production'},
  {key: 'ai-enablement', name: 'AI Enablement', kind: 'ENABLING', description: 'Shared ML and GenAI building blocks and adoption support'},
  {key: 'platform-foundations', name: 'Platform Foundations', kind: 'ENABLING', description: 'Cloud, network, data and runtime foundations'},
  {key: 'security-and-compliance', name: 'Security and Compliance', kind: 'ENABLING', description: 'Identity, secrets, detection and audit'}
] AS row
MERGE (n:ValueStream {key: row.key})
ON CREATE SET n.createdAt = datetime()
SET n.name = row.name, n.kind = row.kind, n.description = row.description, n.updatedAt = datetime();

// ---------------------------------------------------------------- Teams
UNWIND [
  {key: 'team-cloud-foundation', name: 'Cloud Foundation', type: 'PLATFORM', size: 8},
  {key: 'team-network', name: 'Network Engineering', type: 'PLATFORM', size: 5},
  {key: 'team-data-services', name: 'Data Services', type: 'PLATFORM', size: 6},
  {key: 'team-kubernetes', name: 'Kubernetes Platform', type: 'PLATFORM', size: 9},
  {key: 'team-git-platform', name: 'Git Platform', type: 'PLATFORM', size: 4},
  {key: 'team-build-release', name: 'Build and Release', type: 'PLATFORM', size: 6},
  {key: 'team-supply-chain', name: 'Software Supply Chain', type: 'PLATFORM', size: 4},
  {key: 'team-ml-platform', name: 'ML Platform', type: 'PLATFORM', size: 3},
  {key: 'team-ai-solutions', name: 'AI Solutions', type: 'PLATFORM', size: 5},
  {key: 'team-observability', name: 'Observability', type: 'PLATFORM', size: 6},
  {key: 'team-identity', name: 'Identity and Access', type: 'PLATFORM', size: 5},
  {key: 'team-security-platform', name: 'Security Platform', type: 'PLATFORM', size: 7},
  {key: 'team-devex-coaching', name: 'DevEx Coaching', type: 'ENABLING', size: 4},
  {key: 'team-ai-adoption', name: 'AI Adoption Guild', type: 'ENABLING', size: 3},
  {key: 'team-fraud-models', name: 'Fraud Models', type: 'COMPLICATED_SUBSYSTEM', size: 5},
  {key: 'team-mobile-banking', name: 'Mobile Banking', type: 'STREAM_ALIGNED', size: 8},
  {key: 'team-online-banking', name: 'Online Banking', type: 'STREAM_ALIGNED', size: 7},
  {key: 'team-accounts-core', name: 'Accounts Core', type: 'STREAM_ALIGNED', size: 9},
  {key: 'team-onboarding-kyc', name: 'Onboarding and KYC', type: 'STREAM_ALIGNED', size: 6},
  {key: 'team-collections', name: 'Collections', type: 'STREAM_ALIGNED', size: 5},
  {key: 'team-card-payments', name: 'Card Payments', type: 'STREAM_ALIGNED', size: 9},
  {key: 'team-instant-payments', name: 'Instant Payments', type: 'STREAM_ALIGNED', size: 8},
  {key: 'team-payment-fraud', name: 'Payment Fraud', type: 'STREAM_ALIGNED', size: 7},
  {key: 'team-merchant-services', name: 'Merchant Services', type: 'STREAM_ALIGNED', size: 6},
  {key: 'team-claims-intake', name: 'Claims Intake', type: 'STREAM_ALIGNED', size: 7},
  {key: 'team-claims-assessment', name: 'Claims Assessment', type: 'STREAM_ALIGNED', size: 8},
  {key: 'team-policy-admin', name: 'Policy Administration', type: 'STREAM_ALIGNED', size: 6},
  {key: 'team-wealth-advisory', name: 'Wealth Advisory', type: 'STREAM_ALIGNED', size: 6},
  {key: 'team-trading', name: 'Trading', type: 'STREAM_ALIGNED', size: 9},
  {key: 'team-corporate-lending', name: 'Corporate Lending', type: 'STREAM_ALIGNED', size: 7},
  {key: 'team-credit-risk', name: 'Credit Risk', type: 'STREAM_ALIGNED', size: 6},
  {key: 'team-customer-service', name: 'Customer Service', type: 'STREAM_ALIGNED', size: 8},
  {key: 'team-marketing-personalization', name: 'Marketing Personalization', type: 'STREAM_ALIGNED', size: 5}
] AS row
MERGE (n:Team {key: row.key})
ON CREATE SET n.createdAt = datetime()
SET n.name = row.name, n.type = row.type, n.size = row.size, n.updatedAt = datetime();

// ---------------------------------------------------------------- Team -[:ALIGNED_TO]-> ValueStream
UNWIND [
  {valueStream: 'platform-foundations', teams: ['team-cloud-foundation', 'team-network', 'team-data-services', 'team-kubernetes', 'team-observability']},
  {valueStream: 'developer-experience', teams: ['team-git-platform', 'team-build-release', 'team-supply-chain', 'team-devex-coaching']},
  {valueStream: 'ai-enablement', teams: ['team-ml-platform', 'team-ai-solutions', 'team-ai-adoption']},
  {valueStream: 'security-and-compliance', teams: ['team-identity', 'team-security-platform']},
  {valueStream: 'payments', teams: ['team-fraud-models', 'team-card-payments', 'team-instant-payments', 'team-payment-fraud', 'team-merchant-services']},
  {valueStream: 'retail-banking', teams: ['team-mobile-banking', 'team-online-banking', 'team-accounts-core', 'team-onboarding-kyc', 'team-collections']},
  {valueStream: 'insurance-claims', teams: ['team-claims-intake', 'team-claims-assessment', 'team-policy-admin']},
  {valueStream: 'wealth-management', teams: ['team-wealth-advisory', 'team-trading']},
  {valueStream: 'corporate-lending', teams: ['team-corporate-lending', 'team-credit-risk']},
  {valueStream: 'customer-engagement', teams: ['team-customer-service', 'team-marketing-personalization']}
] AS row
UNWIND row.teams AS teamKey
MATCH (t:Team {key: teamKey})
MATCH (v:ValueStream {key: row.valueStream})
MERGE (t)-[:ALIGNED_TO]->(v);

// ---------------------------------------------------------------- Layers (rank 1 = bottom of the stack, no rank = cross-cutting)
UNWIND [
  {key: 'infrastructure', name: 'Infrastructure', rank: 1, crossCutting: false, description: 'Cloud accounts, compute, storage, network, managed data stores and GPUs'},
  {key: 'container-platform', name: 'Container Platform', rank: 2, crossCutting: false, description: 'Kubernetes and other runtimes workloads are deployed to'},
  {key: 'developer-platform', name: 'Developer Platform', rank: 3, crossCutting: false, description: 'Source control, CI/CD, supply chain and developer portal'},
  {key: 'ai-toolbox', name: 'AI Toolbox', rank: 4, crossCutting: false, description: 'Model serving, LLM access, feature and vector stores, MLOps'},
  {key: 'ai-use-cases', name: 'AI Use Cases', rank: 5, crossCutting: false, description: 'Reusable AI solutions products build on'},
  {key: 'observability', name: 'Observability', crossCutting: true, description: 'Logs, metrics, traces and alerting for every layer'},
  {key: 'security', name: 'Security', crossCutting: true, description: 'Human, workload and customer identity plus policy'},
  {key: 'secrets', name: 'Secrets', crossCutting: true, description: 'Secrets, certificates and key management'},
  {key: 'siem', name: 'SIEM', crossCutting: true, description: 'Security event collection, detection and audit'}
] AS row
MERGE (n:Layer {key: row.key})
ON CREATE SET n.createdAt = datetime()
SET n.name = row.name, n.rank = row.rank, n.crossCutting = row.crossCutting, n.description = row.description,
    n.updatedAt = datetime();

// ---------------------------------------------------------------- Platforms
UNWIND [
  {key: 'cloud-foundation', name: 'Cloud Foundation', tier: 1, description: 'Landing zones, compute and storage on the public cloud', documentation: 'https://docs.northwind.example/platforms/cloud-foundation', supportChannel: '#cloud-foundation-help', onCall: 'pagerduty:cloud-foundation'},
  {key: 'network', name: 'Network', tier: 1, description: 'Virtual networks, DNS, load balancing and private connectivity', documentation: 'https://docs.northwind.example/platforms/network', supportChannel: '#network-help', onCall: 'pagerduty:network'},
  {key: 'data-services', name: 'Data Services', tier: 1, description: 'Managed databases, streaming and caches', documentation: 'https://docs.northwind.example/platforms/data-services', supportChannel: '#data-services-help', onCall: 'pagerduty:data-services'},
  {key: 'gpu-compute', name: 'GPU Compute', tier: 2, description: 'GPU node pools and GPU quota for training and inference'},
  {key: 'kubernetes', name: 'Kubernetes', tier: 1, description: 'Multi-tenant Kubernetes clusters with ingress and batch', documentation: 'https://docs.northwind.example/platforms/kubernetes', supportChannel: '#kubernetes-help', onCall: 'pagerduty:kubernetes'},
  {key: 'legacy-middleware', name: 'Legacy Middleware', tier: 2, description: 'On-premises MQ and file transfer left over from the data center exit'},
  {key: 'git-platform', name: 'Git Platform', tier: 2, description: 'Git hosting, code review and the developer portal', documentation: 'https://docs.northwind.example/platforms/git-platform', supportChannel: '#git-help'},
  {key: 'build-release', name: 'Build and Release', tier: 1, description: 'CI pipelines, GitOps deployments and feature flags', documentation: 'https://docs.northwind.example/platforms/build-release', supportChannel: '#build-release-help', onCall: 'pagerduty:build-release'},
  {key: 'supply-chain', name: 'Software Supply Chain', tier: 2, description: 'Artifact registry, signing, SBOMs and vulnerability scanning', documentation: 'https://docs.northwind.example/platforms/supply-chain', supportChannel: '#supply-chain-help', onCall: 'pagerduty:supply-chain'},
  {key: 'ai-toolbox', name: 'AI Toolbox', tier: 2, description: 'ML platform: model serving, LLM gateway, vector and feature stores', documentation: 'https://docs.northwind.example/platforms/ai-toolbox', supportChannel: '#ml-platform-help'},
  {key: 'ai-use-case-platform', name: 'AI Use Case Platform', tier: 2, description: 'Reusable AI solutions: document AI, assistants, scoring, guardrails', documentation: 'https://docs.northwind.example/platforms/ai-use-case-platform', onCall: 'pagerduty:ai-use-case-platform'},
  {key: 'observability', name: 'Observability', tier: 1, description: 'Logging, metrics, tracing and on-call alerting', documentation: 'https://docs.northwind.example/platforms/observability', supportChannel: '#observability-help', onCall: 'pagerduty:observability'},
  {key: 'identity', name: 'Identity', tier: 1, description: 'Workforce SSO, workload and customer identity, policy', documentation: 'https://docs.northwind.example/platforms/identity', supportChannel: '#identity-help', onCall: 'pagerduty:identity'},
  {key: 'secrets', name: 'Secrets', tier: 1, description: 'Vault-style secrets, PKI and key management', documentation: 'https://docs.northwind.example/platforms/secrets', supportChannel: '#security-platform-help', onCall: 'pagerduty:secrets'},
  {key: 'siem', name: 'SIEM', tier: 1, description: 'Security log ingestion, threat detection and audit trail', documentation: 'https://docs.northwind.example/platforms/siem', supportChannel: '#security-platform-help', onCall: 'pagerduty:siem'}
] AS row
MERGE (n:Platform {key: row.key})
ON CREATE SET n.createdAt = datetime()
SET n.name = row.name, n.tier = row.tier, n.description = row.description, n.documentation = row.documentation,
    n.supportChannel = row.supportChannel, n.onCall = row.onCall, n.updatedAt = datetime();

// ---------------------------------------------------------------- Platform -[:IN_LAYER]-> Layer
UNWIND [
  {layer: 'infrastructure', platforms: ['cloud-foundation', 'network', 'data-services', 'gpu-compute']},
  {layer: 'container-platform', platforms: ['kubernetes', 'legacy-middleware']},
  {layer: 'developer-platform', platforms: ['git-platform', 'build-release', 'supply-chain']},
  {layer: 'ai-toolbox', platforms: ['ai-toolbox']},
  {layer: 'ai-use-cases', platforms: ['ai-use-case-platform']},
  {layer: 'observability', platforms: ['observability']},
  {layer: 'security', platforms: ['identity']},
  {layer: 'secrets', platforms: ['secrets']},
  {layer: 'siem', platforms: ['siem']}
] AS row
UNWIND row.platforms AS platformKey
MATCH (p:Platform {key: platformKey})
MATCH (l:Layer {key: row.layer})
MERGE (p)-[:IN_LAYER]->(l);

// ---------------------------------------------------------------- Team -[:OWNS]-> Platform (legacy-middleware deliberately has no owner)
UNWIND [
  {team: 'team-cloud-foundation', platforms: ['cloud-foundation']},
  {team: 'team-network', platforms: ['network']},
  {team: 'team-data-services', platforms: ['data-services']},
  {team: 'team-ml-platform', platforms: ['gpu-compute', 'ai-toolbox']},
  {team: 'team-kubernetes', platforms: ['kubernetes']},
  {team: 'team-git-platform', platforms: ['git-platform']},
  {team: 'team-build-release', platforms: ['build-release']},
  {team: 'team-supply-chain', platforms: ['supply-chain']},
  {team: 'team-ai-solutions', platforms: ['ai-use-case-platform']},
  {team: 'team-observability', platforms: ['observability']},
  {team: 'team-identity', platforms: ['identity']},
  {team: 'team-security-platform', platforms: ['secrets', 'siem']}
] AS row
UNWIND row.platforms AS platformKey
MATCH (t:Team {key: row.team})
MATCH (p:Platform {key: platformKey})
MERGE (t)-[:OWNS]->(p);

// ---------------------------------------------------------------- Capabilities (grouped by providing platform)
UNWIND [
  // cloud-foundation
  {key: 'cloud-accounts', name: 'Cloud Accounts', lifecycle: 'GA', gaDate: '2021-02-15', tier: 1, category: 'landing-zone', sloTarget: 99.9, sloAttainment: 99.95, compliant: true, description: 'Account vending with guardrails and budgets'},
  {key: 'cloud-compute', name: 'Cloud Compute', lifecycle: 'GA', gaDate: '2021-03-01', tier: 1, category: 'compute', sloTarget: 99.95, sloAttainment: 99.97, description: 'Virtual machines and scale sets'},
  {key: 'object-storage', name: 'Object Storage', lifecycle: 'GA', gaDate: '2021-04-12', tier: 1, category: 'object-storage', sloTarget: 99.99, sloAttainment: 99.995, compliant: true, description: 'Encrypted buckets with lifecycle rules'},
  {key: 'block-storage', name: 'Block Storage', lifecycle: 'GA', gaDate: '2021-06-01', tier: 2, category: 'block-storage', sloTarget: 99.9, sloAttainment: 99.93, description: 'Encrypted persistent volumes'},
  {key: 'backup-restore', name: 'Backup and Restore', lifecycle: 'GA', gaDate: '2022-01-20', tier: 2, category: 'backup', sloTarget: 99.5, sloAttainment: 99.1, compliant: false, description: 'Scheduled snapshots with cross-region copies'},
  {key: 'cloud-cost-reporting', name: 'Cloud Cost Reporting', lifecycle: 'BETA', tier: 3, category: 'finops', description: 'Showback of cloud spend per team and product'},
  // network
  {key: 'cloud-networking', name: 'Cloud Networking', lifecycle: 'GA', gaDate: '2021-01-18', tier: 1, category: 'virtual-network', sloTarget: 99.99, sloAttainment: 99.99, compliant: true, description: 'Hub-and-spoke virtual networks every workload runs in'},
  {key: 'dns', name: 'DNS', lifecycle: 'GA', gaDate: '2021-02-01', tier: 1, category: 'dns', sloTarget: 99.99, sloAttainment: 99.995, description: 'Private and public zones'},
  {key: 'load-balancing', name: 'Load Balancing', lifecycle: 'GA', gaDate: '2021-05-10', tier: 1, category: 'load-balancing', sloTarget: 99.95, sloAttainment: 99.96, description: 'L4 and L7 load balancers'},
  {key: 'private-connectivity', name: 'Private Connectivity', lifecycle: 'GA', gaDate: '2022-03-07', tier: 2, category: 'connectivity', sloTarget: 99.9, sloAttainment: 99.85, description: 'Direct links to the remaining data center and partners'},
  {key: 'cdn-edge', name: 'CDN and Edge', lifecycle: 'GA', gaDate: '2023-05-15', tier: 2, category: 'edge', sloTarget: 99.9, sloAttainment: 99.92, description: 'CDN, WAF and DDoS protection for public endpoints'},
  {key: 'ip-address-management', name: 'IP Address Management', lifecycle: 'PLANNED', tier: 3, description: 'Self-service IP ranges for new spokes'},
  // data-services
  {key: 'managed-postgres', name: 'Managed PostgreSQL', lifecycle: 'GA', gaDate: '2021-09-01', tier: 1, category: 'relational-database', sloTarget: 99.95, sloAttainment: 99.9, compliant: true, description: 'HA PostgreSQL with point-in-time restore'},
  {key: 'managed-kafka', name: 'Managed Kafka', lifecycle: 'GA', gaDate: '2022-02-14', tier: 1, category: 'streaming', sloTarget: 99.95, sloAttainment: 99.96, description: 'Multi-AZ Kafka with schema registry'},
  {key: 'managed-redis', name: 'Managed Redis', lifecycle: 'GA', gaDate: '2022-07-01', tier: 2, category: 'cache', sloTarget: 99.9, sloAttainment: 99.94, description: 'Redis caches with replication'},
  {key: 'data-lake', name: 'Data Lake', lifecycle: 'GA', gaDate: '2023-03-01', tier: 2, category: 'analytics', sloTarget: 99.5, sloAttainment: 99.6, compliant: true, description: 'Lakehouse tables on object storage'},
  {key: 'managed-oracle', name: 'Managed Oracle', lifecycle: 'DEPRECATED', gaDate: '2021-01-11', tier: 1, category: 'legacy-database', sloTarget: 99.9, sloAttainment: 99.7, compliant: false, description: 'Lift-and-shift Oracle, to be replaced by PostgreSQL'},
  // gpu-compute
  {key: 'gpu-node-pools', name: 'GPU Node Pools', lifecycle: 'GA', gaDate: '2024-03-04', tier: 2, category: 'gpu', sloTarget: 99.5, sloAttainment: 98.9, description: 'Shared A100/H100 node pools'},
  {key: 'gpu-quota-scheduling', name: 'GPU Quota Scheduling', lifecycle: 'BETA', tier: 2, category: 'gpu', description: 'Fair-share GPU quota per team'},
  {key: 'gpu-spot-burst', name: 'GPU Spot Burst', lifecycle: 'BETA', tier: 3, category: 'gpu', description: 'Burst training jobs onto spot GPUs'},
  // kubernetes
  {key: 'k8s-workloads', name: 'Kubernetes Workloads', lifecycle: 'GA', gaDate: '2021-06-14', tier: 1, category: 'container-runtime', sloTarget: 99.95, sloAttainment: 99.97, compliant: true, description: 'Hosting for containerised services on shared clusters'},
  {key: 'k8s-namespaces-as-a-service', name: 'Namespaces as a Service', lifecycle: 'GA', gaDate: '2021-09-20', tier: 1, category: 'tenancy', sloTarget: 99.9, sloAttainment: 99.92, description: 'Self-service namespaces with quotas and RBAC'},
  {key: 'ingress-controller', name: 'Ingress Controller', lifecycle: 'GA', gaDate: '2021-10-04', tier: 1, category: 'ingress', sloTarget: 99.95, sloAttainment: 99.9, description: 'Shared ingress with TLS termination'},
  {key: 'service-mesh', name: 'Service Mesh', lifecycle: 'GA', gaDate: '2023-02-06', tier: 2, category: 'service-mesh', sloTarget: 99.9, sloAttainment: 99.95, description: 'mTLS mesh, rolled out but never adopted'},
  {key: 'serverless-functions', name: 'Serverless Functions', lifecycle: 'BETA', tier: 3, category: 'serverless', description: 'Scale-to-zero functions on Knative'},
  {key: 'k8s-model-serving', name: 'Kubernetes Model Serving', lifecycle: 'GA', gaDate: '2024-04-15', tier: 2, category: 'model-inference', sloTarget: 99.5, sloAttainment: 99.2, description: 'KServe on the shared clusters, built before the AI toolbox existed'},
  {key: 'k8s-batch-jobs', name: 'Kubernetes Batch Jobs', lifecycle: 'GA', gaDate: '2022-05-09', tier: 2, category: 'batch', sloTarget: 99.5, sloAttainment: 99.7, description: 'Cron and batch jobs on the clusters'},
  // legacy-middleware
  {key: 'ibm-mq-messaging', name: 'IBM MQ Messaging', lifecycle: 'GA', gaDate: '2021-01-04', tier: 1, category: 'legacy-integration', sloTarget: 99.9, sloAttainment: 99.6, compliant: false, description: 'Queue manager cluster reached over private links'},
  {key: 'sftp-file-transfer', name: 'SFTP File Transfer', lifecycle: 'RETIRED', tier: 2, category: 'legacy-integration', compliant: false, description: 'Partner file exchange, switched off in favour of APIs'},
  // no providing platform
  {key: 'batch-job-scheduler', name: 'Batch Job Scheduler', lifecycle: 'GA', gaDate: '2021-02-08', tier: 2, category: 'job-scheduling', sloTarget: 99.5, sloAttainment: 99.1, compliant: false, description: 'Enterprise job scheduler nobody took over after the mainframe team left'},
  // git-platform
  {key: 'git-repositories', name: 'Git Repositories', lifecycle: 'GA', gaDate: '2021-03-15', tier: 1, category: 'source-control', sloTarget: 99.9, sloAttainment: 99.95, compliant: true, description: 'Git hosting with branch protection'},
  {key: 'code-review', name: 'Code Review', lifecycle: 'GA', gaDate: '2021-03-15', tier: 2, category: 'source-control', sloTarget: 99.9, sloAttainment: 99.93, description: 'Merge requests with mandatory reviews'},
  {key: 'developer-portal-catalog', name: 'Developer Portal Catalog', lifecycle: 'GA', gaDate: '2023-09-11', tier: 3, category: 'developer-portal', sloTarget: 99.0, sloAttainment: 99.4, description: 'Service catalog and scorecards'},
  {key: 'inner-source-templates', name: 'Inner-Source Templates', lifecycle: 'BETA', tier: 3, category: 'developer-portal', description: 'Golden-path project templates'},
  // build-release
  {key: 'ci-pipelines', name: 'CI Pipelines', lifecycle: 'GA', gaDate: '2021-11-08', tier: 1, category: 'ci', sloTarget: 99.5, sloAttainment: 99.3, description: 'Hosted runners and shared pipeline library'},
  {key: 'gitops-deployments', name: 'GitOps Deployments', lifecycle: 'GA', gaDate: '2022-04-25', tier: 1, category: 'cd', sloTarget: 99.9, sloAttainment: 99.91, compliant: true, description: 'Argo CD based deployments to every cluster'},
  {key: 'feature-flags', name: 'Feature Flags', lifecycle: 'GA', gaDate: '2024-02-12', tier: 2, category: 'release-management', sloTarget: 99.9, sloAttainment: 99.92, description: 'Flags and gradual rollouts'},
  {key: 'jenkins-ci', name: 'Jenkins CI', lifecycle: 'RETIRED', tier: 2, category: 'legacy-ci', description: 'Old Jenkins farm, all jobs migrated'},
  {key: 'progressive-delivery', name: 'Progressive Delivery', lifecycle: 'PLANNED', tier: 2, category: 'cd', description: 'Metric-driven canary analysis'},
  // supply-chain
  {key: 'artifact-registry', name: 'Artifact Registry', lifecycle: 'GA', gaDate: '2021-08-02', tier: 1, category: 'artifacts', sloTarget: 99.9, sloAttainment: 99.96, description: 'Container images and packages'},
  {key: 'dependency-proxy', name: 'Dependency Proxy', lifecycle: 'GA', gaDate: '2022-01-10', tier: 2, category: 'artifacts', sloTarget: 99.9, sloAttainment: 99.95, description: 'Curated mirror of public package registries'},
  {key: 'image-signing', name: 'Image Signing', lifecycle: 'GA', gaDate: '2023-06-19', tier: 2, category: 'supply-chain-security', sloTarget: 99.5, sloAttainment: 99.8, compliant: true, description: 'Keyless and KMS-backed image signatures'},
  {key: 'sbom-generation', name: 'SBOM Generation', lifecycle: 'GA', gaDate: '2024-01-22', tier: 2, category: 'supply-chain-security', sloTarget: 99.0, sloAttainment: 99.5, compliant: true, description: 'SBOMs attached to every release'},
  {key: 'vulnerability-scanning', name: 'Vulnerability Scanning', lifecycle: 'GA', gaDate: '2022-10-03', tier: 1, category: 'supply-chain-security', sloTarget: 99.5, sloAttainment: 99.2, compliant: false, description: 'Image and dependency CVE scanning'},
  {key: 'slsa-provenance', name: 'SLSA Provenance', lifecycle: 'PLANNED', tier: 2, category: 'supply-chain-security', description: 'Signed build provenance'},
  // ai-toolbox
  {key: 'model-serving', name: 'Model Serving', lifecycle: 'GA', gaDate: '2024-09-02', tier: 1, category: 'model-inference', sloTarget: 99.9, sloAttainment: 99.5, description: 'Managed online inference for custom and open models'},
  {key: 'llm-gateway', name: 'LLM Gateway', lifecycle: 'BETA', tier: 1, category: 'llm-access', description: 'Single entry point to hosted and external LLMs'},
  {key: 'vector-database', name: 'Vector Database', lifecycle: 'BETA', tier: 2, category: 'retrieval', description: 'Managed vector indexes for retrieval'},
  {key: 'feature-store', name: 'Feature Store', lifecycle: 'GA', gaDate: '2025-01-13', tier: 2, category: 'ml-data', sloTarget: 99.5, sloAttainment: 99.6, description: 'Online and offline features'},
  {key: 'ml-notebooks', name: 'ML Notebooks', lifecycle: 'GA', gaDate: '2023-11-06', tier: 3, category: 'experimentation', sloTarget: 99.0, sloAttainment: 98.7, description: 'Hosted notebooks with GPU kernels'},
  {key: 'model-registry', name: 'Model Registry', lifecycle: 'GA', gaDate: '2024-06-17', tier: 2, category: 'mlops', sloTarget: 99.5, sloAttainment: 99.7, compliant: true, description: 'Versioned models with approval workflow'},
  {key: 'ml-training-pipelines', name: 'ML Training Pipelines', lifecycle: 'BETA', tier: 2, category: 'mlops', description: 'Reproducible training runs'},
  {key: 'prompt-management', name: 'Prompt Management', lifecycle: 'BETA', tier: 3, category: 'llm-access', description: 'Versioned prompts and evaluations'},
  {key: 'agent-runtime', name: 'Agent Runtime', lifecycle: 'PLANNED', tier: 2, category: 'agents', description: 'Hosted tool-calling agents'},
  // ai-use-case-platform
  {key: 'document-extraction', name: 'Document Extraction', lifecycle: 'GA', gaDate: '2025-03-03', tier: 2, category: 'document-ai', sloTarget: 99.5, sloAttainment: 99.4, description: 'OCR and field extraction for forms and letters'},
  {key: 'rag-assistant-framework', name: 'RAG Assistant Framework', lifecycle: 'BETA', tier: 2, category: 'assistants', description: 'Retrieval-augmented assistants over internal documents'},
  {key: 'conversational-ai', name: 'Conversational AI', lifecycle: 'GA', gaDate: '2025-06-16', tier: 1, category: 'assistants', sloTarget: 99.9, sloAttainment: 99.92, description: 'Customer-facing chat and voice bots'},
  {key: 'fraud-scoring-service', name: 'Fraud Scoring Service', lifecycle: 'GA', gaDate: '2024-11-04', tier: 1, category: 'risk-scoring', sloTarget: 99.95, sloAttainment: 99.96, compliant: true, description: 'Real-time fraud scores for payments and claims'},
  {key: 'speech-to-text', name: 'Speech to Text', lifecycle: 'BETA', tier: 3, category: 'speech', description: 'Transcription for calls and voice notes'},
  {key: 'ai-guardrails', name: 'AI Guardrails', lifecycle: 'GA', gaDate: '2025-09-01', tier: 1, category: 'responsible-ai', sloTarget: 99.9, sloAttainment: 99.93, compliant: true, description: 'PII redaction, toxicity and jailbreak filters'},
  {key: 'text-translation', name: 'Text Translation', lifecycle: 'GA', gaDate: '2026-01-19', tier: 3, category: 'translation', sloTarget: 99.0, sloAttainment: 99.3, description: 'Machine translation of customer texts'},
  {key: 'image-damage-assessment', name: 'Image Damage Assessment', lifecycle: 'PLANNED', tier: 2, category: 'vision', description: 'Damage estimates from photos'},
  // observability
  {key: 'log-aggregation', name: 'Log Aggregation', lifecycle: 'GA', gaDate: '2021-05-03', tier: 1, category: 'logging', sloTarget: 99.9, sloAttainment: 99.85, compliant: true, description: 'Central log search with 90 days retention'},
  {key: 'metrics-monitoring', name: 'Metrics Monitoring', lifecycle: 'GA', gaDate: '2021-07-12', tier: 1, category: 'metrics', sloTarget: 99.9, sloAttainment: 99.95, description: 'Prometheus-compatible metrics and dashboards'},
  {key: 'distributed-tracing', name: 'Distributed Tracing', lifecycle: 'GA', gaDate: '2022-09-05', tier: 2, category: 'tracing', sloTarget: 99.5, sloAttainment: 99.7, description: 'OpenTelemetry traces'},
  {key: 'alerting-oncall', name: 'Alerting and On-Call', lifecycle: 'GA', gaDate: '2021-10-18', tier: 1, category: 'alerting', sloTarget: 99.95, sloAttainment: 99.97, description: 'Alert routing and on-call schedules'},
  {key: 'synthetic-monitoring', name: 'Synthetic Monitoring', lifecycle: 'BETA', tier: 3, category: 'synthetics', description: 'Scripted user journeys from outside'},
  {key: 'llm-observability', name: 'LLM Observability', lifecycle: 'PLANNED', tier: 2, category: 'ai-observability', description: 'Token, latency and quality telemetry for LLM calls'},
  // identity
  {key: 'identity-sso', name: 'Workforce SSO', lifecycle: 'GA', gaDate: '2021-01-25', tier: 1, category: 'workforce-identity', sloTarget: 99.99, sloAttainment: 99.98, compliant: true, description: 'OIDC/SAML single sign-on for employees'},
  {key: 'workload-identity', name: 'Workload Identity', lifecycle: 'GA', gaDate: '2022-06-13', tier: 1, category: 'workload-identity', sloTarget: 99.95, sloAttainment: 99.96, description: 'Short-lived credentials for services'},
  {key: 'customer-identity', name: 'Customer Identity', lifecycle: 'GA', gaDate: '2022-11-21', tier: 1, category: 'customer-identity', sloTarget: 99.95, sloAttainment: 99.97, compliant: true, description: 'Customer login, MFA and consent'},
  {key: 'policy-as-code', name: 'Policy as Code', lifecycle: 'GA', gaDate: '2023-04-03', tier: 2, category: 'policy', sloTarget: 99.5, sloAttainment: 99.8, compliant: true, description: 'OPA policies for admission and authorisation'},
  {key: 'privileged-access', name: 'Privileged Access', lifecycle: 'GA', gaDate: '2021-12-06', tier: 1, category: 'privileged-access', sloTarget: 99.9, sloAttainment: 99.92, compliant: false, description: 'Just-in-time admin access with session recording'},
  // secrets
  {key: 'secrets-vault', name: 'Secrets Vault', lifecycle: 'GA', gaDate: '2021-04-26', tier: 1, category: 'secrets', sloTarget: 99.95, sloAttainment: 99.97, compliant: true, description: 'Vault-style KV and dynamic secrets'},
  {key: 'pki-certificates', name: 'PKI Certificates', lifecycle: 'GA', gaDate: '2021-08-23', tier: 1, category: 'pki', sloTarget: 99.95, sloAttainment: 99.93, compliant: true, description: 'Internal CA and automated certificates'},
  {key: 'key-management', name: 'Key Management', lifecycle: 'GA', gaDate: '2022-02-28', tier: 1, category: 'kms', sloTarget: 99.99, sloAttainment: 99.99, compliant: true, description: 'HSM-backed encryption keys'},
  {key: 'dynamic-db-credentials', name: 'Dynamic DB Credentials', lifecycle: 'BETA', tier: 2, category: 'secrets', description: 'Per-session database credentials'},
  // siem
  {key: 'security-log-ingestion', name: 'Security Log Ingestion', lifecycle: 'GA', gaDate: '2022-05-16', tier: 1, category: 'security-logging', sloTarget: 99.9, sloAttainment: 99.9, compliant: true, description: 'Collects security-relevant logs from every layer'},
  {key: 'threat-detection', name: 'Threat Detection', lifecycle: 'GA', gaDate: '2023-01-30', tier: 1, category: 'detection', sloTarget: 99.5, sloAttainment: 99.6, compliant: true, description: 'Correlation rules and anomaly detection'},
  {key: 'audit-trail', name: 'Audit Trail', lifecycle: 'GA', gaDate: '2022-08-08', tier: 1, category: 'audit', sloTarget: 99.9, sloAttainment: 99.95, compliant: true, description: 'Tamper-evident audit log for regulators'},
  {key: 'soar-playbooks', name: 'SOAR Playbooks', lifecycle: 'PLANNED', tier: 2, category: 'response-automation', description: 'Automated incident response'}
] AS row
MERGE (n:Capability {key: row.key})
ON CREATE SET n.createdAt = datetime()
SET n.name = row.name, n.description = row.description, n.lifecycle = row.lifecycle, n.gaDate = date(row.gaDate),
    n.tier = row.tier, n.category = row.category, n.sloTarget = row.sloTarget, n.sloAttainment = row.sloAttainment,
    n.compliant = row.compliant, n.updatedAt = datetime();

// ---------------------------------------------------------------- Platform -[:PROVIDES]-> Capability (batch-job-scheduler deliberately has no provider)
UNWIND [
  {platform: 'cloud-foundation', capabilities: ['cloud-accounts', 'cloud-compute', 'object-storage', 'block-storage', 'backup-restore', 'cloud-cost-reporting']},
  {platform: 'network', capabilities: ['cloud-networking', 'dns', 'load-balancing', 'private-connectivity', 'cdn-edge', 'ip-address-management']},
  {platform: 'data-services', capabilities: ['managed-postgres', 'managed-kafka', 'managed-redis', 'data-lake', 'managed-oracle']},
  {platform: 'gpu-compute', capabilities: ['gpu-node-pools', 'gpu-quota-scheduling', 'gpu-spot-burst']},
  {platform: 'kubernetes', capabilities: ['k8s-workloads', 'k8s-namespaces-as-a-service', 'ingress-controller', 'service-mesh', 'serverless-functions', 'k8s-model-serving', 'k8s-batch-jobs']},
  {platform: 'legacy-middleware', capabilities: ['ibm-mq-messaging', 'sftp-file-transfer']},
  {platform: 'git-platform', capabilities: ['git-repositories', 'code-review', 'developer-portal-catalog', 'inner-source-templates']},
  {platform: 'build-release', capabilities: ['ci-pipelines', 'gitops-deployments', 'feature-flags', 'jenkins-ci', 'progressive-delivery']},
  {platform: 'supply-chain', capabilities: ['artifact-registry', 'dependency-proxy', 'image-signing', 'sbom-generation', 'vulnerability-scanning', 'slsa-provenance']},
  {platform: 'ai-toolbox', capabilities: ['model-serving', 'llm-gateway', 'vector-database', 'feature-store', 'ml-notebooks', 'model-registry', 'ml-training-pipelines', 'prompt-management', 'agent-runtime']},
  {platform: 'ai-use-case-platform', capabilities: ['document-extraction', 'rag-assistant-framework', 'conversational-ai', 'fraud-scoring-service', 'speech-to-text', 'ai-guardrails', 'text-translation', 'image-damage-assessment']},
  {platform: 'observability', capabilities: ['log-aggregation', 'metrics-monitoring', 'distributed-tracing', 'alerting-oncall', 'synthetic-monitoring', 'llm-observability']},
  {platform: 'identity', capabilities: ['identity-sso', 'workload-identity', 'customer-identity', 'policy-as-code', 'privileged-access']},
  {platform: 'secrets', capabilities: ['secrets-vault', 'pki-certificates', 'key-management', 'dynamic-db-credentials']},
  {platform: 'siem', capabilities: ['security-log-ingestion', 'threat-detection', 'audit-trail', 'soar-playbooks']}
] AS row
UNWIND row.capabilities AS capabilityKey
MATCH (p:Platform {key: row.platform})
MATCH (c:Capability {key: capabilityKey})
MERGE (p)-[:PROVIDES]->(c);

// ---------------------------------------------------------------- Capability -[:DEPENDS_ON]-> Capability
UNWIND [
  {capability: 'cloud-compute', dependsOn: ['cloud-accounts', 'cloud-networking']},
  {capability: 'object-storage', dependsOn: ['cloud-accounts', 'key-management']},
  {capability: 'block-storage', dependsOn: ['cloud-compute', 'key-management']},
  {capability: 'backup-restore', dependsOn: ['object-storage', 'block-storage']},
  {capability: 'cloud-cost-reporting', dependsOn: ['cloud-accounts']},
  {capability: 'dns', dependsOn: ['cloud-networking']},
  {capability: 'load-balancing', dependsOn: ['cloud-networking']},
  {capability: 'private-connectivity', dependsOn: ['cloud-networking']},
  {capability: 'cdn-edge', dependsOn: ['dns', 'load-balancing']},
  {capability: 'ip-address-management', dependsOn: ['cloud-networking']},
  {capability: 'managed-postgres', dependsOn: ['cloud-compute', 'block-storage', 'backup-restore', 'secrets-vault']},
  {capability: 'managed-kafka', dependsOn: ['cloud-compute', 'block-storage', 'pki-certificates']},
  {capability: 'managed-redis', dependsOn: ['cloud-compute', 'cloud-networking']},
  {capability: 'data-lake', dependsOn: ['object-storage', 'identity-sso']},
  {capability: 'managed-oracle', dependsOn: ['cloud-compute', 'block-storage', 'backup-restore']},
  {capability: 'gpu-node-pools', dependsOn: ['cloud-compute', 'cloud-networking']},
  {capability: 'gpu-quota-scheduling', dependsOn: ['gpu-node-pools']},
  {capability: 'gpu-spot-burst', dependsOn: ['gpu-node-pools', 'cloud-cost-reporting']},
  {capability: 'k8s-workloads', dependsOn: ['cloud-compute', 'cloud-networking', 'load-balancing', 'block-storage', 'secrets-vault', 'log-aggregation', 'metrics-monitoring']},
  {capability: 'k8s-namespaces-as-a-service', dependsOn: ['k8s-workloads', 'identity-sso', 'policy-as-code', 'gitops-deployments']},
  {capability: 'ingress-controller', dependsOn: ['k8s-workloads', 'load-balancing', 'dns', 'pki-certificates']},
  {capability: 'service-mesh', dependsOn: ['k8s-workloads', 'pki-certificates']},
  {capability: 'serverless-functions', dependsOn: ['k8s-workloads']},
  {capability: 'k8s-model-serving', dependsOn: ['k8s-workloads', 'gpu-node-pools', 'object-storage']},
  {capability: 'k8s-batch-jobs', dependsOn: ['k8s-workloads']},
  {capability: 'ibm-mq-messaging', dependsOn: ['private-connectivity', 'pki-certificates']},
  {capability: 'sftp-file-transfer', dependsOn: ['private-connectivity']},
  {capability: 'git-repositories', dependsOn: ['k8s-workloads', 'identity-sso', 'backup-restore']},
  {capability: 'code-review', dependsOn: ['git-repositories']},
  {capability: 'developer-portal-catalog', dependsOn: ['git-repositories', 'managed-postgres']},
  {capability: 'inner-source-templates', dependsOn: ['developer-portal-catalog']},
  {capability: 'ci-pipelines', dependsOn: ['k8s-workloads', 'git-repositories', 'artifact-registry', 'dependency-proxy']},
  {capability: 'gitops-deployments', dependsOn: ['git-repositories', 'k8s-workloads', 'artifact-registry', 'workload-identity']},
  {capability: 'feature-flags', dependsOn: ['k8s-workloads', 'managed-redis']},
  {capability: 'progressive-delivery', dependsOn: ['gitops-deployments', 'metrics-monitoring']},
  {capability: 'artifact-registry', dependsOn: ['object-storage', 'k8s-workloads']},
  {capability: 'dependency-proxy', dependsOn: ['object-storage', 'k8s-workloads']},
  {capability: 'image-signing', dependsOn: ['artifact-registry', 'key-management']},
  {capability: 'sbom-generation', dependsOn: ['artifact-registry', 'ci-pipelines']},
  {capability: 'vulnerability-scanning', dependsOn: ['artifact-registry']},
  {capability: 'slsa-provenance', dependsOn: ['image-signing', 'ci-pipelines']},
  {capability: 'model-serving', dependsOn: ['gpu-node-pools', 'k8s-workloads', 'model-registry']},
  {capability: 'llm-gateway', dependsOn: ['model-serving', 'workload-identity']},
  {capability: 'vector-database', dependsOn: ['k8s-workloads', 'block-storage']},
  {capability: 'feature-store', dependsOn: ['data-lake', 'managed-redis', 'k8s-workloads']},
  {capability: 'ml-notebooks', dependsOn: ['gpu-node-pools', 'k8s-workloads', 'object-storage']},
  {capability: 'model-registry', dependsOn: ['object-storage', 'identity-sso']},
  {capability: 'ml-training-pipelines', dependsOn: ['gpu-quota-scheduling', 'k8s-batch-jobs', 'model-registry', 'feature-store']},
  {capability: 'prompt-management', dependsOn: ['llm-gateway', 'git-repositories']},
  {capability: 'agent-runtime', dependsOn: ['llm-gateway', 'vector-database']},
  {capability: 'document-extraction', dependsOn: ['model-serving', 'object-storage', 'ai-guardrails']},
  {capability: 'rag-assistant-framework', dependsOn: ['llm-gateway', 'vector-database', 'ai-guardrails']},
  {capability: 'conversational-ai', dependsOn: ['llm-gateway', 'customer-identity', 'ai-guardrails']},
  {capability: 'fraud-scoring-service', dependsOn: ['model-serving', 'feature-store', 'managed-kafka']},
  {capability: 'speech-to-text', dependsOn: ['model-serving']},
  {capability: 'ai-guardrails', dependsOn: ['model-serving', 'policy-as-code']},
  {capability: 'text-translation', dependsOn: ['llm-gateway', 'ai-guardrails']},
  {capability: 'image-damage-assessment', dependsOn: ['model-serving']},
  {capability: 'log-aggregation', dependsOn: ['object-storage', 'cloud-compute']},
  {capability: 'metrics-monitoring', dependsOn: ['object-storage', 'cloud-compute']},
  {capability: 'distributed-tracing', dependsOn: ['object-storage', 'metrics-monitoring']},
  {capability: 'alerting-oncall', dependsOn: ['metrics-monitoring', 'log-aggregation']},
  {capability: 'synthetic-monitoring', dependsOn: ['alerting-oncall']},
  {capability: 'llm-observability', dependsOn: ['distributed-tracing', 'llm-gateway']},
  {capability: 'identity-sso', dependsOn: ['cloud-compute', 'load-balancing', 'pki-certificates']},
  {capability: 'workload-identity', dependsOn: ['identity-sso', 'pki-certificates']},
  {capability: 'customer-identity', dependsOn: ['cloud-compute', 'load-balancing', 'secrets-vault']},
  {capability: 'policy-as-code', dependsOn: ['identity-sso']},
  {capability: 'privileged-access', dependsOn: ['identity-sso', 'secrets-vault']},
  {capability: 'secrets-vault', dependsOn: ['cloud-compute', 'key-management', 'identity-sso']},
  {capability: 'pki-certificates', dependsOn: ['key-management', 'secrets-vault']},
  {capability: 'dynamic-db-credentials', dependsOn: ['secrets-vault', 'managed-postgres']},
  {capability: 'security-log-ingestion', dependsOn: ['log-aggregation', 'managed-kafka', 'object-storage']},
  {capability: 'threat-detection', dependsOn: ['security-log-ingestion']},
  {capability: 'audit-trail', dependsOn: ['security-log-ingestion', 'object-storage']},
  {capability: 'soar-playbooks', dependsOn: ['threat-detection']}
] AS row
UNWIND row.dependsOn AS dependencyKey
MATCH (c:Capability {key: row.capability})
MATCH (d:Capability {key: dependencyKey})
MERGE (c)-[:DEPENDS_ON]->(d);

// ---------------------------------------------------------------- Consumers (grouped by owning team)
UNWIND [
  // team-mobile-banking
  {key: 'mobile-banking-app', name: 'Mobile Banking App', kind: 'APPLICATION', tier: 1, description: 'iOS and Android banking app'},
  {key: 'mobile-bff', name: 'Mobile Backend for Frontend', kind: 'SERVICE', tier: 1, description: 'API aggregation for the mobile app'},
  {key: 'mobile-push-notifications', name: 'Mobile Push Notifications', kind: 'SERVICE', tier: 2, description: 'Push and in-app messages'},
  {key: 'mobile-feature-config', name: 'Mobile Feature Config', kind: 'SERVICE', tier: 3, description: 'Remote configuration for app releases'},
  {key: 'voice-banking-assistant', name: 'Voice Banking Assistant', kind: 'AI_USE_CASE', tier: 2, description: 'Voice commands for balance and transfers'},
  // team-online-banking
  {key: 'online-banking-portal', name: 'Online Banking Portal', kind: 'APPLICATION', tier: 1, description: 'Web banking for private customers'},
  {key: 'online-banking-bff', name: 'Online Banking BFF', kind: 'SERVICE', tier: 2, description: 'API aggregation for the web portal'},
  {key: 'statements-service', name: 'Statements Service', kind: 'SERVICE', tier: 2, description: 'Monthly PDF statements'},
  {key: 'secure-messaging', name: 'Secure Messaging', kind: 'SERVICE', tier: 3, description: 'Encrypted customer inbox'},
  {key: 'spending-insights', name: 'Spending Insights', kind: 'AI_USE_CASE', tier: 3, description: 'Categorised spending and savings tips'},
  // team-accounts-core
  {key: 'core-accounts-service', name: 'Core Accounts Service', kind: 'SERVICE', tier: 1, description: 'Current and savings account ledger'},
  {key: 'interest-calculation-batch', name: 'Interest Calculation Batch', kind: 'SERVICE', tier: 2, description: 'Nightly interest accrual'},
  {key: 'account-ledger-sync', name: 'Account Ledger Sync', kind: 'SERVICE', tier: 1, description: 'Streams ledger changes to downstream systems'},
  {key: 'overdraft-service', name: 'Overdraft Service', kind: 'SERVICE', tier: 2, description: 'Arranged overdraft limits'},
  {key: 'account-statements-archive', name: 'Account Statements Archive', kind: 'APPLICATION', tier: 3, description: 'Ten-year archive of statements for compliance'},
  // team-onboarding-kyc
  {key: 'customer-onboarding-app', name: 'Customer Onboarding App', kind: 'APPLICATION', tier: 2, description: 'Digital account opening'},
  {key: 'kyc-document-check', name: 'KYC Document Check', kind: 'AI_USE_CASE', tier: 2, description: 'ID document extraction and liveness'},
  {key: 'identity-verification-service', name: 'Identity Verification Service', kind: 'SERVICE', tier: 2, description: 'Orchestrates KYC providers'},
  {key: 'document-upload-service', name: 'Document Upload Service', kind: 'SERVICE', tier: 3, description: 'Secure uploads from customers'},
  {key: 'onboarding-analytics', name: 'Onboarding Analytics', kind: 'APPLICATION', tier: 3, description: 'Funnel dashboards for account opening'},
  // team-collections
  {key: 'collections-workbench', name: 'Collections Workbench', kind: 'APPLICATION', tier: 3, description: 'Case handling for arrears'},
  {key: 'debt-recovery-service', name: 'Debt Recovery Service', kind: 'SERVICE', tier: 2, description: 'Payment reminders and recovery steps'},
  {key: 'payment-plan-service', name: 'Payment Plan Service', kind: 'SERVICE', tier: 3, description: 'Instalment plans for customers in arrears'},
  {key: 'collections-dialer-integration', name: 'Collections Dialer Integration', kind: 'SERVICE', tier: 3, description: 'Connects the outbound dialer'},
  {key: 'arrears-prediction', name: 'Arrears Prediction', kind: 'AI_USE_CASE', tier: 3, description: 'Predicts customers at risk of missing payments'},
  // team-card-payments
  {key: 'card-authorization-service', name: 'Card Authorization Service', kind: 'SERVICE', tier: 1, description: 'Real-time card authorisations'},
  {key: 'card-tokenization-service', name: 'Card Tokenization Service', kind: 'SERVICE', tier: 1, description: 'PCI token vault'},
  {key: 'card-management-app', name: 'Card Management App', kind: 'APPLICATION', tier: 2, description: 'Card controls and limits'},
  {key: 'chargeback-service', name: 'Chargeback Service', kind: 'SERVICE', tier: 3, description: 'Dispute handling with card schemes'},
  {key: 'card-rewards-app', name: 'Card Rewards App', kind: 'APPLICATION', tier: 3, description: 'Points and cashback'},
  // team-instant-payments
  {key: 'instant-payments-gateway', name: 'Instant Payments Gateway', kind: 'SERVICE', tier: 1, description: 'SCT Inst gateway with 10 second SLA'},
  {key: 'sepa-batch-processor', name: 'SEPA Batch Processor', kind: 'SERVICE', tier: 2, description: 'Bulk SEPA credit transfers'},
  {key: 'payment-status-api', name: 'Payment Status API', kind: 'SERVICE', tier: 2, description: 'Payment tracking for channels'},
  {key: 'payee-verification-service', name: 'Payee Verification Service', kind: 'SERVICE', tier: 2, description: 'Verification of payee names'},
  {key: 'payment-limits-service', name: 'Payment Limits Service', kind: 'SERVICE', tier: 1, description: 'Per-customer transfer limits'},
  // team-payment-fraud
  {key: 'transaction-fraud-detection', name: 'Transaction Fraud Detection', kind: 'AI_USE_CASE', tier: 1, description: 'Blocks fraudulent card and instant payments'},
  {key: 'aml-screening-service', name: 'AML Screening Service', kind: 'SERVICE', tier: 1, description: 'Sanctions and PEP screening'},
  {key: 'fraud-case-manager', name: 'Fraud Case Manager', kind: 'APPLICATION', tier: 2, description: 'Investigator case handling'},
  {key: 'fraud-rules-engine', name: 'Fraud Rules Engine', kind: 'SERVICE', tier: 2, description: 'Deterministic fraud rules'},
  {key: 'aml-alert-triage', name: 'AML Alert Triage', kind: 'AI_USE_CASE', tier: 2, description: 'LLM summaries of AML alerts for analysts'},
  // team-merchant-services
  {key: 'merchant-portal', name: 'Merchant Portal', kind: 'APPLICATION', tier: 2, description: 'Self-service portal for merchants'},
  {key: 'merchant-onboarding-service', name: 'Merchant Onboarding Service', kind: 'SERVICE', tier: 3, description: 'Merchant KYB and contracts'},
  {key: 'settlement-reporting', name: 'Settlement Reporting', kind: 'SERVICE', tier: 3, description: 'Daily settlement files for merchants'},
  {key: 'merchant-payouts', name: 'Merchant Payouts', kind: 'SERVICE', tier: 2, description: 'Payouts to merchant accounts'},
  {key: 'merchant-analytics-app', name: 'Merchant Analytics App', kind: 'APPLICATION', tier: 3, description: 'Sales analytics for merchants'},
  // team-claims-intake
  {key: 'claims-intake-portal', name: 'Claims Intake Portal', kind: 'APPLICATION', tier: 1, description: 'Online first notice of loss'},
  {key: 'fnol-service', name: 'FNOL Service', kind: 'SERVICE', tier: 2, description: 'Registers new claims'},
  {key: 'claims-document-ai', name: 'Claims Document AI', kind: 'AI_USE_CASE', tier: 2, description: 'Extracts data from invoices and reports'},
  {key: 'claims-status-api', name: 'Claims Status API', kind: 'SERVICE', tier: 3, description: 'Claim status for channels'},
  {key: 'claims-email-triage', name: 'Claims Email Triage', kind: 'AI_USE_CASE', tier: 3, description: 'Routes claim e-mails to the right queue'},
  // team-claims-assessment
  {key: 'claims-assessment-workbench', name: 'Claims Assessment Workbench', kind: 'APPLICATION', tier: 2, description: 'Assessor workbench'},
  {key: 'damage-photo-assessment', name: 'Damage Photo Assessment', kind: 'AI_USE_CASE', tier: 2, description: 'Estimates repair costs from photos'},
  {key: 'claims-payout-service', name: 'Claims Payout Service', kind: 'SERVICE', tier: 1, description: 'Pays out approved claims'},
  {key: 'fraud-claims-scoring', name: 'Fraud Claims Scoring', kind: 'AI_USE_CASE', tier: 2, description: 'Flags suspicious claims'},
  {key: 'repair-network-integration', name: 'Repair Network Integration', kind: 'SERVICE', tier: 3, description: 'Orders repairs from partner garages'},
  // team-policy-admin
  {key: 'policy-admin-system', name: 'Policy Administration System', kind: 'APPLICATION', tier: 1, description: 'System of record for insurance policies'},
  {key: 'policy-renewal-service', name: 'Policy Renewal Service', kind: 'SERVICE', tier: 2, description: 'Annual renewals and pricing'},
  {key: 'policy-documents-service', name: 'Policy Documents Service', kind: 'SERVICE', tier: 2, description: 'Generates policy documents'},
  {key: 'broker-portal', name: 'Broker Portal', kind: 'APPLICATION', tier: 2, description: 'Portal for insurance brokers'},
  {key: 'underwriting-copilot', name: 'Underwriting Copilot', kind: 'AI_USE_CASE', tier: 3, description: 'Summarises risk documents for underwriters'},
  // team-wealth-advisory
  {key: 'advisor-workbench', name: 'Advisor Workbench', kind: 'APPLICATION', tier: 2, description: 'Client overview for advisors'},
  {key: 'portfolio-rebalancing-service', name: 'Portfolio Rebalancing Service', kind: 'SERVICE', tier: 2, description: 'Model portfolio rebalancing'},
  {key: 'advisor-research-assistant', name: 'Advisor Research Assistant', kind: 'AI_USE_CASE', tier: 3, description: 'Answers advisor questions from research notes'},
  {key: 'client-reporting-service', name: 'Client Reporting Service', kind: 'SERVICE', tier: 3, description: 'Quarterly client reports'},
  {key: 'robo-advisor-app', name: 'Robo Advisor App', kind: 'APPLICATION', tier: 2, description: 'Digital investment advice'},
  // team-trading
  {key: 'trading-order-router', name: 'Trading Order Router', kind: 'SERVICE', tier: 1, description: 'Routes orders to exchanges'},
  {key: 'market-data-feed', name: 'Market Data Feed', kind: 'SERVICE', tier: 1, description: 'Normalised real-time market data'},
  {key: 'trade-reconciliation', name: 'Trade Reconciliation', kind: 'SERVICE', tier: 2, description: 'End-of-day reconciliation with custodians'},
  {key: 'trade-surveillance', name: 'Trade Surveillance', kind: 'SERVICE', tier: 2, description: 'Market abuse detection'},
  {key: 'pricing-engine', name: 'Pricing Engine', kind: 'SERVICE', tier: 2, description: 'Instrument pricing and valuations'},
  // team-corporate-lending
  {key: 'loan-origination-app', name: 'Loan Origination App', kind: 'APPLICATION', tier: 2, description: 'Corporate loan applications'},
  {key: 'loan-servicing-platform', name: 'Loan Servicing Platform', kind: 'APPLICATION', tier: 2, description: 'Servicing of the corporate loan book'},
  {key: 'covenant-monitoring', name: 'Covenant Monitoring', kind: 'SERVICE', tier: 3, description: 'Tracks financial covenants'},
  {key: 'collateral-valuation-service', name: 'Collateral Valuation Service', kind: 'SERVICE', tier: 3, description: 'Revalues collateral'},
  {key: 'credit-memo-drafting', name: 'Credit Memo Drafting', kind: 'AI_USE_CASE', tier: 3, description: 'Drafts credit memos from financials'},
  // team-credit-risk
  {key: 'credit-risk-engine', name: 'Credit Risk Engine', kind: 'SERVICE', tier: 1, description: 'PD/LGD calculations for lending decisions'},
  {key: 'stress-testing-batch', name: 'Stress Testing Batch', kind: 'SERVICE', tier: 2, description: 'Regulatory stress tests'},
  {key: 'risk-reporting-dashboard', name: 'Risk Reporting Dashboard', kind: 'APPLICATION', tier: 3, description: 'Risk dashboards for management'},
  {key: 'credit-model-monitoring', name: 'Credit Model Monitoring', kind: 'SERVICE', tier: 3, description: 'Drift monitoring of credit models'},
  {key: 'early-warning-signals', name: 'Early Warning Signals', kind: 'AI_USE_CASE', tier: 2, description: 'Detects deteriorating corporate borrowers'},
  // team-customer-service
  {key: 'contact-center-desktop', name: 'Contact Center Desktop', kind: 'APPLICATION', tier: 2, description: 'Agent desktop for the contact center'},
  {key: 'customer-chatbot', name: 'Customer Chatbot', kind: 'AI_USE_CASE', tier: 1, description: '24/7 chat for retail customers'},
  {key: 'complaint-classification', name: 'Complaint Classification', kind: 'AI_USE_CASE', tier: 3, description: 'Classifies complaints for regulatory reporting'},
  {key: 'agent-assist-copilot', name: 'Agent Assist Copilot', kind: 'AI_USE_CASE', tier: 2, description: 'Suggests answers to contact center agents'},
  {key: 'customer-feedback-service', name: 'Customer Feedback Service', kind: 'SERVICE', tier: 3, description: 'Surveys and NPS'},
  // team-marketing-personalization
  {key: 'campaign-manager', name: 'Campaign Manager', kind: 'APPLICATION', tier: 3, description: 'Marketing campaigns'},
  {key: 'next-best-offer', name: 'Next Best Offer', kind: 'AI_USE_CASE', tier: 2, description: 'Personalised product offers'},
  {key: 'customer-360-service', name: 'Customer 360 Service', kind: 'SERVICE', tier: 2, description: 'Unified customer profile'},
  {key: 'consent-management-service', name: 'Consent Management Service', kind: 'SERVICE', tier: 2, description: 'Marketing consent records'},
  {key: 'customer-segmentation', name: 'Customer Segmentation', kind: 'AI_USE_CASE', tier: 3, description: 'Clusters customers for campaigns'}
] AS row
MERGE (n:Consumer {key: row.key})
ON CREATE SET n.createdAt = datetime()
SET n.name = row.name, n.kind = row.kind, n.tier = row.tier, n.description = row.description, n.updatedAt = datetime();

// ---------------------------------------------------------------- Team -[:OWNS]-> Consumer
UNWIND [
  {team: 'team-mobile-banking', consumers: ['mobile-banking-app', 'mobile-bff', 'mobile-push-notifications', 'mobile-feature-config', 'voice-banking-assistant']},
  {team: 'team-online-banking', consumers: ['online-banking-portal', 'online-banking-bff', 'statements-service', 'secure-messaging', 'spending-insights']},
  {team: 'team-accounts-core', consumers: ['core-accounts-service', 'interest-calculation-batch', 'account-ledger-sync', 'overdraft-service', 'account-statements-archive']},
  {team: 'team-onboarding-kyc', consumers: ['customer-onboarding-app', 'kyc-document-check', 'identity-verification-service', 'document-upload-service', 'onboarding-analytics']},
  {team: 'team-collections', consumers: ['collections-workbench', 'debt-recovery-service', 'payment-plan-service', 'collections-dialer-integration', 'arrears-prediction']},
  {team: 'team-card-payments', consumers: ['card-authorization-service', 'card-tokenization-service', 'card-management-app', 'chargeback-service', 'card-rewards-app']},
  {team: 'team-instant-payments', consumers: ['instant-payments-gateway', 'sepa-batch-processor', 'payment-status-api', 'payee-verification-service', 'payment-limits-service']},
  {team: 'team-payment-fraud', consumers: ['transaction-fraud-detection', 'aml-screening-service', 'fraud-case-manager', 'fraud-rules-engine', 'aml-alert-triage']},
  {team: 'team-merchant-services', consumers: ['merchant-portal', 'merchant-onboarding-service', 'settlement-reporting', 'merchant-payouts', 'merchant-analytics-app']},
  {team: 'team-claims-intake', consumers: ['claims-intake-portal', 'fnol-service', 'claims-document-ai', 'claims-status-api', 'claims-email-triage']},
  {team: 'team-claims-assessment', consumers: ['claims-assessment-workbench', 'damage-photo-assessment', 'claims-payout-service', 'fraud-claims-scoring', 'repair-network-integration']},
  {team: 'team-policy-admin', consumers: ['policy-admin-system', 'policy-renewal-service', 'policy-documents-service', 'broker-portal', 'underwriting-copilot']},
  {team: 'team-wealth-advisory', consumers: ['advisor-workbench', 'portfolio-rebalancing-service', 'advisor-research-assistant', 'client-reporting-service', 'robo-advisor-app']},
  {team: 'team-trading', consumers: ['trading-order-router', 'market-data-feed', 'trade-reconciliation', 'trade-surveillance', 'pricing-engine']},
  {team: 'team-corporate-lending', consumers: ['loan-origination-app', 'loan-servicing-platform', 'covenant-monitoring', 'collateral-valuation-service', 'credit-memo-drafting']},
  {team: 'team-credit-risk', consumers: ['credit-risk-engine', 'stress-testing-batch', 'risk-reporting-dashboard', 'credit-model-monitoring', 'early-warning-signals']},
  {team: 'team-customer-service', consumers: ['contact-center-desktop', 'customer-chatbot', 'complaint-classification', 'agent-assist-copilot', 'customer-feedback-service']},
  {team: 'team-marketing-personalization', consumers: ['campaign-manager', 'next-best-offer', 'customer-360-service', 'consent-management-service', 'customer-segmentation']}
] AS row
UNWIND row.consumers AS consumerKey
MATCH (t:Team {key: row.team})
MATCH (c:Consumer {key: consumerKey})
MERGE (t)-[:OWNS]->(c);

// ---------------------------------------------------------------- Consumer -[:CONSUMES {since, mode}]-> Capability
UNWIND [
  {consumer: 'mobile-banking-app', capability: 'customer-identity', since: '2023-01-16', mode: 'X_AS_A_SERVICE'},
  {consumer: 'mobile-banking-app', capability: 'cdn-edge', since: '2023-06-05', mode: 'X_AS_A_SERVICE'},
  {consumer: 'mobile-banking-app', capability: 'k8s-workloads', since: '2021-09-06', mode: 'X_AS_A_SERVICE'},
  {consumer: 'mobile-bff', capability: 'k8s-workloads', since: '2021-07-19', mode: 'X_AS_A_SERVICE'},
  {consumer: 'mobile-bff', capability: 'ingress-controller', since: '2021-11-15', mode: 'X_AS_A_SERVICE'},
  {consumer: 'mobile-bff', capability: 'managed-redis', since: '2022-09-12', mode: 'X_AS_A_SERVICE'},
  {consumer: 'mobile-bff', capability: 'log-aggregation', since: '2021-07-19', mode: 'X_AS_A_SERVICE'},
  {consumer: 'mobile-bff', capability: 'ci-pipelines', since: '2022-01-17', mode: 'X_AS_A_SERVICE'},
  {consumer: 'mobile-push-notifications', capability: 'k8s-workloads', since: '2022-02-07', mode: 'X_AS_A_SERVICE'},
  {consumer: 'mobile-push-notifications', capability: 'managed-kafka', since: '2022-04-04', mode: 'X_AS_A_SERVICE'},
  {consumer: 'mobile-feature-config', capability: 'feature-flags', since: '2024-04-08', mode: 'X_AS_A_SERVICE'},
  {consumer: 'voice-banking-assistant', capability: 'speech-to-text', since: '2025-11-03', mode: 'COLLABORATION'},
  {consumer: 'voice-banking-assistant', capability: 'conversational-ai', since: '2025-10-06', mode: 'X_AS_A_SERVICE'},
  {consumer: 'voice-banking-assistant', capability: 'llm-gateway', since: '2025-08-18', mode: 'COLLABORATION'},
  {consumer: 'online-banking-portal', capability: 'customer-identity', since: '2022-12-05', mode: 'X_AS_A_SERVICE'},
  {consumer: 'online-banking-portal', capability: 'cdn-edge', since: '2023-07-03', mode: 'X_AS_A_SERVICE'},
  {consumer: 'online-banking-portal', capability: 'k8s-workloads', since: '2021-08-16', mode: 'X_AS_A_SERVICE'},
  {consumer: 'online-banking-bff', capability: 'k8s-workloads', since: '2021-08-16', mode: 'X_AS_A_SERVICE'},
  {consumer: 'online-banking-bff', capability: 'ingress-controller', since: '2021-12-06', mode: 'X_AS_A_SERVICE'},
  {consumer: 'online-banking-bff', capability: 'metrics-monitoring', since: '2021-08-30', mode: 'X_AS_A_SERVICE'},
  {consumer: 'online-banking-bff', capability: 'ci-pipelines', since: '2021-12-06', mode: 'X_AS_A_SERVICE'},
  {consumer: 'online-banking-bff', capability: 'gitops-deployments', since: '2022-06-07', mode: 'FACILITATING'},
  {consumer: 'statements-service', capability: 'object-storage', since: '2021-10-11', mode: 'X_AS_A_SERVICE'},
  {consumer: 'statements-service', capability: 'k8s-batch-jobs', since: '2022-06-20', mode: 'X_AS_A_SERVICE'},
  {consumer: 'statements-service', capability: 'managed-postgres', since: '2021-11-22', mode: 'X_AS_A_SERVICE'},
  {consumer: 'secure-messaging', capability: 'k8s-workloads', since: '2022-03-14', mode: 'X_AS_A_SERVICE'},
  {consumer: 'secure-messaging', capability: 'managed-postgres', since: '2022-03-14', mode: 'X_AS_A_SERVICE'},
  {consumer: 'secure-messaging', capability: 'text-translation', since: '2026-03-09', mode: 'X_AS_A_SERVICE'},
  {consumer: 'spending-insights', capability: 'feature-store', since: '2025-04-14', mode: 'COLLABORATION'},
  {consumer: 'spending-insights', capability: 'model-serving', since: '2025-02-03', mode: 'X_AS_A_SERVICE'},
  {consumer: 'core-accounts-service', capability: 'managed-oracle', since: '2021-02-01', mode: 'X_AS_A_SERVICE'},
  {consumer: 'core-accounts-service', capability: 'ibm-mq-messaging', since: '2021-02-01', mode: 'X_AS_A_SERVICE'},
  {consumer: 'core-accounts-service', capability: 'k8s-workloads', since: '2022-05-16', mode: 'X_AS_A_SERVICE'},
  {consumer: 'core-accounts-service', capability: 'audit-trail', since: '2022-10-03', mode: 'X_AS_A_SERVICE'},
  {consumer: 'core-accounts-service', capability: 'privileged-access', since: '2022-02-07', mode: 'X_AS_A_SERVICE'},
  {consumer: 'interest-calculation-batch', capability: 'batch-job-scheduler', since: '2021-03-01', mode: 'X_AS_A_SERVICE'},
  {consumer: 'interest-calculation-batch', capability: 'managed-postgres', since: '2022-01-10', mode: 'X_AS_A_SERVICE'},
  {consumer: 'account-ledger-sync', capability: 'managed-kafka', since: '2022-03-21', mode: 'X_AS_A_SERVICE'},
  {consumer: 'account-ledger-sync', capability: 'k8s-workloads', since: '2022-03-21', mode: 'X_AS_A_SERVICE'},
  {consumer: 'overdraft-service', capability: 'k8s-workloads', since: '2023-02-13', mode: 'X_AS_A_SERVICE'},
  {consumer: 'overdraft-service', capability: 'managed-postgres', since: '2023-02-13', mode: 'X_AS_A_SERVICE'},
  {consumer: 'overdraft-service', capability: 'secrets-vault', since: '2023-02-13', mode: 'X_AS_A_SERVICE'},
  {consumer: 'overdraft-service', capability: 'dynamic-db-credentials', since: '2026-01-12', mode: 'COLLABORATION'},
  {consumer: 'account-statements-archive', capability: 'object-storage', since: '2021-06-07', mode: 'X_AS_A_SERVICE'},
  {consumer: 'account-statements-archive', capability: 'backup-restore', since: '2022-04-11', mode: 'X_AS_A_SERVICE'},
  {consumer: 'customer-onboarding-app', capability: 'customer-identity', since: '2023-03-06', mode: 'X_AS_A_SERVICE'},
  {consumer: 'customer-onboarding-app', capability: 'k8s-workloads', since: '2022-01-24', mode: 'X_AS_A_SERVICE'},
  {consumer: 'customer-onboarding-app', capability: 'managed-postgres', since: '2022-01-24', mode: 'X_AS_A_SERVICE'},
  {consumer: 'kyc-document-check', capability: 'document-extraction', since: '2025-04-07', mode: 'COLLABORATION'},
  {consumer: 'kyc-document-check', capability: 'ai-guardrails', since: '2025-10-13', mode: 'X_AS_A_SERVICE'},
  {consumer: 'identity-verification-service', capability: 'k8s-workloads', since: '2022-02-21', mode: 'X_AS_A_SERVICE'},
  {consumer: 'identity-verification-service', capability: 'secrets-vault', since: '2022-02-21', mode: 'X_AS_A_SERVICE'},
  {consumer: 'identity-verification-service', capability: 'private-connectivity', since: '2022-05-02', mode: 'X_AS_A_SERVICE'},
  {consumer: 'document-upload-service', capability: 'object-storage', since: '2022-03-07', mode: 'X_AS_A_SERVICE'},
  {consumer: 'document-upload-service', capability: 'k8s-workloads', since: '2022-03-07', mode: 'X_AS_A_SERVICE'},
  {consumer: 'onboarding-analytics', capability: 'data-lake', since: '2023-05-08', mode: 'X_AS_A_SERVICE'},
  {consumer: 'collections-workbench', capability: 'k8s-workloads', since: '2023-08-14', mode: 'X_AS_A_SERVICE'},
  {consumer: 'collections-workbench', capability: 'identity-sso', since: '2023-08-14', mode: 'X_AS_A_SERVICE'},
  {consumer: 'debt-recovery-service', capability: 'k8s-workloads', since: '2023-09-04', mode: 'X_AS_A_SERVICE'},
  {consumer: 'debt-recovery-service', capability: 'managed-postgres', since: '2023-09-04', mode: 'X_AS_A_SERVICE'},
  {consumer: 'payment-plan-service', capability: 'serverless-functions', since: '2025-05-12', mode: 'X_AS_A_SERVICE'},
  {consumer: 'collections-dialer-integration', capability: 'private-connectivity', since: '2023-10-02', mode: 'X_AS_A_SERVICE'},
  {consumer: 'collections-dialer-integration', capability: 'ibm-mq-messaging', since: '2023-10-02', mode: 'X_AS_A_SERVICE'},
  {consumer: 'arrears-prediction', capability: 'ml-training-pipelines', since: '2025-09-15', mode: 'COLLABORATION'},
  {consumer: 'arrears-prediction', capability: 'feature-store', since: '2025-09-15', mode: 'COLLABORATION'},
  {consumer: 'arrears-prediction', capability: 'model-serving', since: '2025-10-20', mode: 'X_AS_A_SERVICE'},
  {consumer: 'arrears-prediction', capability: 'gpu-spot-burst', since: '2025-11-03', mode: 'COLLABORATION'},
  {consumer: 'card-authorization-service', capability: 'k8s-workloads', since: '2021-07-05', mode: 'X_AS_A_SERVICE'},
  {consumer: 'card-authorization-service', capability: 'managed-kafka', since: '2022-03-07', mode: 'X_AS_A_SERVICE'},
  {consumer: 'card-authorization-service', capability: 'fraud-scoring-service', since: '2024-12-02', mode: 'X_AS_A_SERVICE'},
  {consumer: 'card-authorization-service', capability: 'key-management', since: '2022-03-14', mode: 'X_AS_A_SERVICE'},
  {consumer: 'card-tokenization-service', capability: 'key-management', since: '2022-04-04', mode: 'X_AS_A_SERVICE'},
  {consumer: 'card-tokenization-service', capability: 'secrets-vault', since: '2021-06-21', mode: 'X_AS_A_SERVICE'},
  {consumer: 'card-tokenization-service', capability: 'k8s-workloads', since: '2021-07-05', mode: 'X_AS_A_SERVICE'},
  {consumer: 'card-tokenization-service', capability: 'vulnerability-scanning', since: '2022-11-07', mode: 'X_AS_A_SERVICE'},
  {consumer: 'card-management-app', capability: 'k8s-workloads', since: '2022-06-13', mode: 'X_AS_A_SERVICE'},
  {consumer: 'card-management-app', capability: 'customer-identity', since: '2023-01-09', mode: 'X_AS_A_SERVICE'},
  {consumer: 'chargeback-service', capability: 'k8s-workloads', since: '2022-09-19', mode: 'X_AS_A_SERVICE'},
  {consumer: 'chargeback-service', capability: 'managed-postgres', since: '2022-09-19', mode: 'X_AS_A_SERVICE'},
  {consumer: 'card-rewards-app', capability: 'k8s-workloads', since: '2024-03-04', mode: 'X_AS_A_SERVICE'},
  {consumer: 'card-rewards-app', capability: 'feature-flags', since: '2024-05-06', mode: 'X_AS_A_SERVICE'},
  {consumer: 'card-rewards-app', capability: 'gitops-deployments', since: '2024-03-04', mode: 'X_AS_A_SERVICE'},
  {consumer: 'instant-payments-gateway', capability: 'k8s-workloads', since: '2022-11-07', mode: 'X_AS_A_SERVICE'},
  {consumer: 'instant-payments-gateway', capability: 'managed-kafka', since: '2022-11-07', mode: 'X_AS_A_SERVICE'},
  {consumer: 'instant-payments-gateway', capability: 'serverless-functions', since: '2025-03-17', mode: 'X_AS_A_SERVICE'},
  {consumer: 'instant-payments-gateway', capability: 'pki-certificates', since: '2022-11-07', mode: 'X_AS_A_SERVICE'},
  {consumer: 'sepa-batch-processor', capability: 'managed-oracle', since: '2021-03-15', mode: 'X_AS_A_SERVICE'},
  {consumer: 'sepa-batch-processor', capability: 'ibm-mq-messaging', since: '2021-03-15', mode: 'X_AS_A_SERVICE'},
  {consumer: 'sepa-batch-processor', capability: 'batch-job-scheduler', since: '2021-03-15', mode: 'X_AS_A_SERVICE'},
  {consumer: 'payment-status-api', capability: 'k8s-workloads', since: '2023-04-17', mode: 'X_AS_A_SERVICE'},
  {consumer: 'payment-status-api', capability: 'managed-redis', since: '2023-04-17', mode: 'X_AS_A_SERVICE'},
  {consumer: 'payee-verification-service', capability: 'k8s-workloads', since: '2025-02-10', mode: 'X_AS_A_SERVICE'},
  {consumer: 'payee-verification-service', capability: 'managed-postgres', since: '2025-02-10', mode: 'X_AS_A_SERVICE'},
  {consumer: 'payee-verification-service', capability: 'gitops-deployments', since: '2025-02-10', mode: 'X_AS_A_SERVICE'},
  {consumer: 'payee-verification-service', capability: 'inner-source-templates', since: '2025-01-20', mode: 'FACILITATING'},
  {consumer: 'payment-limits-service', capability: 'k8s-workloads', since: '2023-06-26', mode: 'X_AS_A_SERVICE'},
  {consumer: 'payment-limits-service', capability: 'managed-redis', since: '2023-06-26', mode: 'X_AS_A_SERVICE'},
  {consumer: 'payment-limits-service', capability: 'feature-flags', since: '2024-09-02', mode: 'X_AS_A_SERVICE'},
  {consumer: 'transaction-fraud-detection', capability: 'fraud-scoring-service', since: '2024-11-18', mode: 'COLLABORATION'},
  {consumer: 'transaction-fraud-detection', capability: 'model-serving', since: '2024-10-07', mode: 'COLLABORATION'},
  {consumer: 'transaction-fraud-detection', capability: 'feature-store', since: '2025-02-03', mode: 'COLLABORATION'},
  {consumer: 'transaction-fraud-detection', capability: 'managed-kafka', since: '2023-02-06', mode: 'X_AS_A_SERVICE'},
  {consumer: 'aml-screening-service', capability: 'k8s-workloads', since: '2022-08-01', mode: 'X_AS_A_SERVICE'},
  {consumer: 'aml-screening-service', capability: 'managed-postgres', since: '2022-08-01', mode: 'X_AS_A_SERVICE'},
  {consumer: 'aml-screening-service', capability: 'audit-trail', since: '2022-09-05', mode: 'X_AS_A_SERVICE'},
  {consumer: 'aml-screening-service', capability: 'sbom-generation', since: '2024-03-04', mode: 'X_AS_A_SERVICE'},
  {consumer: 'fraud-case-manager', capability: 'k8s-workloads', since: '2022-10-10', mode: 'X_AS_A_SERVICE'},
  {consumer: 'fraud-case-manager', capability: 'identity-sso', since: '2022-10-10', mode: 'X_AS_A_SERVICE'},
  {consumer: 'fraud-rules-engine', capability: 'k8s-workloads', since: '2021-12-13', mode: 'X_AS_A_SERVICE'},
  {consumer: 'fraud-rules-engine', capability: 'managed-redis', since: '2022-08-15', mode: 'X_AS_A_SERVICE'},
  {consumer: 'fraud-rules-engine', capability: 'code-review', since: '2022-01-10', mode: 'X_AS_A_SERVICE'},
  {consumer: 'aml-alert-triage', capability: 'rag-assistant-framework', since: '2025-06-02', mode: 'COLLABORATION'},
  {consumer: 'aml-alert-triage', capability: 'llm-gateway', since: '2025-05-05', mode: 'COLLABORATION'},
  {consumer: 'merchant-portal', capability: 'customer-identity', since: '2023-05-22', mode: 'X_AS_A_SERVICE'},
  {consumer: 'merchant-portal', capability: 'k8s-workloads', since: '2022-07-11', mode: 'X_AS_A_SERVICE'},
  {consumer: 'merchant-portal', capability: 'cdn-edge', since: '2023-08-07', mode: 'X_AS_A_SERVICE'},
  {consumer: 'merchant-portal', capability: 'synthetic-monitoring', since: '2025-06-16', mode: 'X_AS_A_SERVICE'},
  {consumer: 'merchant-onboarding-service', capability: 'k8s-workloads', since: '2022-08-22', mode: 'X_AS_A_SERVICE'},
  {consumer: 'merchant-onboarding-service', capability: 'document-extraction', since: '2025-06-09', mode: 'X_AS_A_SERVICE'},
  {consumer: 'settlement-reporting', capability: 'sftp-file-transfer', since: '2021-04-19', mode: 'X_AS_A_SERVICE'},
  {consumer: 'settlement-reporting', capability: 'k8s-batch-jobs', since: '2022-06-06', mode: 'X_AS_A_SERVICE'},
  {consumer: 'merchant-payouts', capability: 'k8s-workloads', since: '2022-09-05', mode: 'X_AS_A_SERVICE'},
  {consumer: 'merchant-payouts', capability: 'managed-kafka', since: '2022-09-05', mode: 'X_AS_A_SERVICE'},
  {consumer: 'merchant-analytics-app', capability: 'data-lake', since: '2023-04-03', mode: 'X_AS_A_SERVICE'},
  {consumer: 'merchant-analytics-app', capability: 'k8s-workloads', since: '2023-04-03', mode: 'X_AS_A_SERVICE'},
  {consumer: 'claims-intake-portal', capability: 'customer-identity', since: '2023-02-20', mode: 'X_AS_A_SERVICE'},
  {consumer: 'claims-intake-portal', capability: 'k8s-workloads', since: '2021-10-04', mode: 'X_AS_A_SERVICE'},
  {consumer: 'claims-intake-portal', capability: 'cdn-edge', since: '2023-09-18', mode: 'X_AS_A_SERVICE'},
  {consumer: 'fnol-service', capability: 'k8s-workloads', since: '2021-10-04', mode: 'X_AS_A_SERVICE'},
  {consumer: 'fnol-service', capability: 'managed-postgres', since: '2021-10-04', mode: 'X_AS_A_SERVICE'},
  {consumer: 'fnol-service', capability: 'managed-kafka', since: '2022-05-23', mode: 'X_AS_A_SERVICE'},
  {consumer: 'claims-document-ai', capability: 'document-extraction', since: '2025-03-17', mode: 'COLLABORATION'},
  {consumer: 'claims-document-ai', capability: 'k8s-model-serving', since: '2024-05-13', mode: 'X_AS_A_SERVICE'},
  {consumer: 'claims-status-api', capability: 'k8s-workloads', since: '2022-11-14', mode: 'X_AS_A_SERVICE'},
  {consumer: 'claims-status-api', capability: 'k8s-namespaces-as-a-service', since: '2022-11-14', mode: 'X_AS_A_SERVICE'},
  {consumer: 'claims-email-triage', capability: 'k8s-model-serving', since: '2024-07-01', mode: 'X_AS_A_SERVICE'},
  {consumer: 'claims-email-triage', capability: 'llm-gateway', since: '2025-07-07', mode: 'COLLABORATION'},
  {consumer: 'claims-assessment-workbench', capability: 'k8s-workloads', since: '2022-01-17', mode: 'X_AS_A_SERVICE'},
  {consumer: 'claims-assessment-workbench', capability: 'identity-sso', since: '2022-01-17', mode: 'X_AS_A_SERVICE'},
  {consumer: 'claims-assessment-workbench', capability: 'managed-postgres', since: '2022-01-17', mode: 'X_AS_A_SERVICE'},
  {consumer: 'damage-photo-assessment', capability: 'k8s-model-serving', since: '2024-06-03', mode: 'X_AS_A_SERVICE'},
  {consumer: 'damage-photo-assessment', capability: 'gpu-node-pools', since: '2024-04-22', mode: 'COLLABORATION'},
  {consumer: 'damage-photo-assessment', capability: 'ml-notebooks', since: '2024-02-05', mode: 'FACILITATING'},
  {consumer: 'claims-payout-service', capability: 'k8s-workloads', since: '2022-02-28', mode: 'X_AS_A_SERVICE'},
  {consumer: 'claims-payout-service', capability: 'managed-kafka', since: '2022-04-25', mode: 'X_AS_A_SERVICE'},
  {consumer: 'claims-payout-service', capability: 'audit-trail', since: '2022-10-17', mode: 'X_AS_A_SERVICE'},
  {consumer: 'fraud-claims-scoring', capability: 'fraud-scoring-service', since: '2025-01-20', mode: 'COLLABORATION'},
  {consumer: 'fraud-claims-scoring', capability: 'feature-store', since: '2025-03-03', mode: 'COLLABORATION'},
  {consumer: 'repair-network-integration', capability: 'k8s-workloads', since: '2023-03-20', mode: 'X_AS_A_SERVICE'},
  {consumer: 'repair-network-integration', capability: 'private-connectivity', since: '2023-03-20', mode: 'X_AS_A_SERVICE'},
  {consumer: 'policy-admin-system', capability: 'managed-oracle', since: '2021-05-17', mode: 'X_AS_A_SERVICE'},
  {consumer: 'policy-admin-system', capability: 'k8s-workloads', since: '2022-08-08', mode: 'X_AS_A_SERVICE'},
  {consumer: 'policy-admin-system', capability: 'identity-sso', since: '2021-05-17', mode: 'X_AS_A_SERVICE'},
  {consumer: 'policy-renewal-service', capability: 'k8s-batch-jobs', since: '2022-09-26', mode: 'X_AS_A_SERVICE'},
  {consumer: 'policy-renewal-service', capability: 'managed-postgres', since: '2022-09-26', mode: 'X_AS_A_SERVICE'},
  {consumer: 'policy-documents-service', capability: 'object-storage', since: '2022-10-24', mode: 'X_AS_A_SERVICE'},
  {consumer: 'policy-documents-service', capability: 'k8s-workloads', since: '2022-10-24', mode: 'X_AS_A_SERVICE'},
  {consumer: 'broker-portal', capability: 'customer-identity', since: '2023-10-09', mode: 'X_AS_A_SERVICE'},
  {consumer: 'broker-portal', capability: 'k8s-workloads', since: '2023-10-09', mode: 'X_AS_A_SERVICE'},
  {consumer: 'broker-portal', capability: 'synthetic-monitoring', since: '2025-09-01', mode: 'X_AS_A_SERVICE'},
  {consumer: 'underwriting-copilot', capability: 'rag-assistant-framework', since: '2025-09-08', mode: 'COLLABORATION'},
  {consumer: 'underwriting-copilot', capability: 'vector-database', since: '2025-09-08', mode: 'COLLABORATION'},
  {consumer: 'underwriting-copilot', capability: 'llm-gateway', since: '2025-08-04', mode: 'COLLABORATION'},
  {consumer: 'advisor-workbench', capability: 'k8s-workloads', since: '2022-04-11', mode: 'X_AS_A_SERVICE'},
  {consumer: 'advisor-workbench', capability: 'identity-sso', since: '2022-04-11', mode: 'X_AS_A_SERVICE'},
  {consumer: 'portfolio-rebalancing-service', capability: 'k8s-batch-jobs', since: '2022-07-18', mode: 'X_AS_A_SERVICE'},
  {consumer: 'portfolio-rebalancing-service', capability: 'managed-postgres', since: '2022-07-18', mode: 'X_AS_A_SERVICE'},
  {consumer: 'advisor-research-assistant', capability: 'rag-assistant-framework', since: '2025-05-19', mode: 'COLLABORATION'},
  {consumer: 'advisor-research-assistant', capability: 'prompt-management', since: '2025-07-14', mode: 'FACILITATING'},
  {consumer: 'client-reporting-service', capability: 'object-storage', since: '2022-11-28', mode: 'X_AS_A_SERVICE'},
  {consumer: 'client-reporting-service', capability: 'k8s-batch-jobs', since: '2022-11-28', mode: 'X_AS_A_SERVICE'},
  {consumer: 'robo-advisor-app', capability: 'k8s-workloads', since: '2024-01-15', mode: 'X_AS_A_SERVICE'},
  {consumer: 'robo-advisor-app', capability: 'customer-identity', since: '2024-01-15', mode: 'X_AS_A_SERVICE'},
  {consumer: 'robo-advisor-app', capability: 'feature-flags', since: '2024-03-11', mode: 'X_AS_A_SERVICE'},
  {consumer: 'trading-order-router', capability: 'k8s-workloads', since: '2021-11-01', mode: 'X_AS_A_SERVICE'},
  {consumer: 'trading-order-router', capability: 'private-connectivity', since: '2022-04-04', mode: 'X_AS_A_SERVICE'},
  {consumer: 'trading-order-router', capability: 'managed-kafka', since: '2022-04-04', mode: 'X_AS_A_SERVICE'},
  {consumer: 'trading-order-router', capability: 'privileged-access', since: '2022-01-10', mode: 'X_AS_A_SERVICE'},
  {consumer: 'market-data-feed', capability: 'managed-kafka', since: '2022-03-28', mode: 'X_AS_A_SERVICE'},
  {consumer: 'market-data-feed', capability: 'private-connectivity', since: '2022-03-28', mode: 'X_AS_A_SERVICE'},
  {consumer: 'market-data-feed', capability: 'metrics-monitoring', since: '2021-08-02', mode: 'X_AS_A_SERVICE'},
  {consumer: 'trade-reconciliation', capability: 'ibm-mq-messaging', since: '2021-06-14', mode: 'X_AS_A_SERVICE'},
  {consumer: 'trade-reconciliation', capability: 'batch-job-scheduler', since: '2021-06-14', mode: 'X_AS_A_SERVICE'},
  {consumer: 'trade-surveillance', capability: 'data-lake', since: '2023-06-12', mode: 'X_AS_A_SERVICE'},
  {consumer: 'trade-surveillance', capability: 'threat-detection', since: '2023-11-06', mode: 'FACILITATING'},
  {consumer: 'pricing-engine', capability: 'k8s-workloads', since: '2022-02-14', mode: 'X_AS_A_SERVICE'},
  {consumer: 'pricing-engine', capability: 'managed-redis', since: '2022-08-01', mode: 'X_AS_A_SERVICE'},
  {consumer: 'pricing-engine', capability: 'distributed-tracing', since: '2023-01-09', mode: 'X_AS_A_SERVICE'},
  {consumer: 'loan-origination-app', capability: 'k8s-workloads', since: '2022-05-30', mode: 'X_AS_A_SERVICE'},
  {consumer: 'loan-origination-app', capability: 'identity-sso', since: '2022-05-30', mode: 'X_AS_A_SERVICE'},
  {consumer: 'loan-origination-app', capability: 'managed-postgres', since: '2022-05-30', mode: 'X_AS_A_SERVICE'},
  {consumer: 'loan-servicing-platform', capability: 'managed-oracle', since: '2021-09-13', mode: 'X_AS_A_SERVICE'},
  {consumer: 'loan-servicing-platform', capability: 'batch-job-scheduler', since: '2021-09-13', mode: 'X_AS_A_SERVICE'},
  {consumer: 'covenant-monitoring', capability: 'k8s-batch-jobs', since: '2023-01-23', mode: 'X_AS_A_SERVICE'},
  {consumer: 'covenant-monitoring', capability: 'data-lake', since: '2023-04-24', mode: 'X_AS_A_SERVICE'},
  {consumer: 'collateral-valuation-service', capability: 'k8s-workloads', since: '2023-07-10', mode: 'X_AS_A_SERVICE'},
  {consumer: 'collateral-valuation-service', capability: 'k8s-namespaces-as-a-service', since: '2023-07-10', mode: 'X_AS_A_SERVICE'},
  {consumer: 'credit-memo-drafting', capability: 'rag-assistant-framework', since: '2025-10-27', mode: 'COLLABORATION'},
  {consumer: 'credit-memo-drafting', capability: 'document-extraction', since: '2025-10-27', mode: 'X_AS_A_SERVICE'},
  {consumer: 'credit-memo-drafting', capability: 'prompt-management', since: '2025-11-10', mode: 'FACILITATING'},
  {consumer: 'credit-risk-engine', capability: 'k8s-workloads', since: '2022-06-27', mode: 'X_AS_A_SERVICE'},
  {consumer: 'credit-risk-engine', capability: 'managed-postgres', since: '2022-06-27', mode: 'X_AS_A_SERVICE'},
  {consumer: 'credit-risk-engine', capability: 'model-registry', since: '2024-08-05', mode: 'X_AS_A_SERVICE'},
  {consumer: 'stress-testing-batch', capability: 'managed-oracle', since: '2022-02-07', mode: 'X_AS_A_SERVICE'},
  {consumer: 'stress-testing-batch', capability: 'k8s-batch-jobs', since: '2022-06-13', mode: 'X_AS_A_SERVICE'},
  {consumer: 'risk-reporting-dashboard', capability: 'data-lake', since: '2023-03-27', mode: 'X_AS_A_SERVICE'},
  {consumer: 'credit-model-monitoring', capability: 'model-registry', since: '2024-09-16', mode: 'X_AS_A_SERVICE'},
  {consumer: 'credit-model-monitoring', capability: 'metrics-monitoring', since: '2024-09-16', mode: 'X_AS_A_SERVICE'},
  {consumer: 'early-warning-signals', capability: 'ml-training-pipelines', since: '2025-06-23', mode: 'COLLABORATION'},
  {consumer: 'early-warning-signals', capability: 'model-serving', since: '2025-01-27', mode: 'X_AS_A_SERVICE'},
  {consumer: 'early-warning-signals', capability: 'feature-store', since: '2025-06-23', mode: 'X_AS_A_SERVICE'},
  {consumer: 'contact-center-desktop', capability: 'k8s-workloads', since: '2022-01-31', mode: 'X_AS_A_SERVICE'},
  {consumer: 'contact-center-desktop', capability: 'identity-sso', since: '2022-01-31', mode: 'X_AS_A_SERVICE'},
  {consumer: 'customer-chatbot', capability: 'conversational-ai', since: '2025-07-21', mode: 'COLLABORATION'},
  {consumer: 'customer-chatbot', capability: 'ai-guardrails', since: '2025-09-15', mode: 'X_AS_A_SERVICE'},
  {consumer: 'customer-chatbot', capability: 'llm-gateway', since: '2025-03-03', mode: 'COLLABORATION'},
  {consumer: 'complaint-classification', capability: 'model-serving', since: '2024-12-09', mode: 'X_AS_A_SERVICE'},
  {consumer: 'complaint-classification', capability: 'vector-database', since: '2025-04-28', mode: 'COLLABORATION'},
  {consumer: 'complaint-classification', capability: 'text-translation', since: '2026-02-16', mode: 'X_AS_A_SERVICE'},
  {consumer: 'agent-assist-copilot', capability: 'rag-assistant-framework', since: '2025-08-11', mode: 'COLLABORATION'},
  {consumer: 'agent-assist-copilot', capability: 'speech-to-text', since: '2025-12-01', mode: 'COLLABORATION'},
  {consumer: 'agent-assist-copilot', capability: 'llm-gateway', since: '2025-08-11', mode: 'COLLABORATION'},
  {consumer: 'customer-feedback-service', capability: 'k8s-workloads', since: '2023-05-15', mode: 'X_AS_A_SERVICE'},
  {consumer: 'customer-feedback-service', capability: 'k8s-namespaces-as-a-service', since: '2023-05-15', mode: 'X_AS_A_SERVICE'},
  {consumer: 'customer-feedback-service', capability: 'text-translation', since: '2026-02-02', mode: 'X_AS_A_SERVICE'},
  {consumer: 'campaign-manager', capability: 'k8s-workloads', since: '2022-10-31', mode: 'X_AS_A_SERVICE'},
  {consumer: 'campaign-manager', capability: 'identity-sso', since: '2022-10-31', mode: 'X_AS_A_SERVICE'},
  {consumer: 'next-best-offer', capability: 'feature-store', since: '2025-02-17', mode: 'COLLABORATION'},
  {consumer: 'next-best-offer', capability: 'model-serving', since: '2024-11-11', mode: 'X_AS_A_SERVICE'},
  {consumer: 'next-best-offer', capability: 'ml-training-pipelines', since: '2025-05-26', mode: 'COLLABORATION'},
  {consumer: 'customer-360-service', capability: 'k8s-workloads', since: '2022-12-12', mode: 'X_AS_A_SERVICE'},
  {consumer: 'customer-360-service', capability: 'data-lake', since: '2023-03-13', mode: 'X_AS_A_SERVICE'},
  {consumer: 'customer-360-service', capability: 'managed-kafka', since: '2022-12-12', mode: 'X_AS_A_SERVICE'},
  {consumer: 'consent-management-service', capability: 'customer-identity', since: '2023-02-06', mode: 'X_AS_A_SERVICE'},
  {consumer: 'consent-management-service', capability: 'managed-postgres', since: '2022-11-07', mode: 'X_AS_A_SERVICE'},
  {consumer: 'customer-segmentation', capability: 'ml-notebooks', since: '2024-01-08', mode: 'FACILITATING'},
  {consumer: 'customer-segmentation', capability: 'data-lake', since: '2023-09-04', mode: 'X_AS_A_SERVICE'}
] AS row
MATCH (c:Consumer {key: row.consumer})
MATCH (k:Capability {key: row.capability})
MERGE (c)-[r:CONSUMES]->(k)
SET r.since = date(row.since), r.mode = row.mode;

// ---------------------------------------------------------------- Bookkeeping: the demo landscape has been loaded
MERGE (m:StrataMeta {key: 'demo-landscape'})
ON CREATE SET m.createdAt = datetime()
SET m.updatedAt = datetime();
