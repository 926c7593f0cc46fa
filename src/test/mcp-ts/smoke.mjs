// Connects to Strata's MCP endpoint with the official TypeScript SDK client, as an agent given only the URL and a
// token would, and prints what it learned as one JSON line for McpTypeScriptClientIT to check.
// Usage: node smoke.mjs <server-url> <token>
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const [url, token] = process.argv.slice(2);
const transport = new StreamableHTTPClientTransport(new URL("/mcp", url), {
  requestInit: { headers: { Authorization: `Bearer ${token}` } },
});
const client = new Client({ name: "strata-ts-smoke", version: "1.0.0" });
await client.connect(transport);
const tools = (await client.listTools()).tools.map((tool) => tool.name);
const blast = await client.callTool({ name: "blast_radius", arguments: { targets: ["cloud-networking"] } });
const plan = await client.callTool({
  name: "plan_change",
  arguments: { edit: { action: "ADD_DEPENDENCY", capability: "llm-gateway", dependsOn: "managed-oracle" } },
});
const unknown = await client.callTool({ name: "describe_node", arguments: { key: "llm-gatewey" } });
console.log(JSON.stringify({
  server: client.getServerVersion()?.name,
  tools,
  blastRadius: { isError: blast.isError ?? false, tier1ConsumerCount: blast.structuredContent?.tier1ConsumerCount },
  plan: { isError: plan.isError ?? false, edgesAdded: plan.structuredContent?.plan?.edgesAdded },
  unknownKey: { isError: unknown.isError ?? false, text: unknown.content?.[0]?.text },
}));
await client.close();
