// Strata's GraphiQL: the README's example queries as tabs (examples.graphql), requests to this server's /graphql.
// A token for mutations goes under Headers: {"Authorization": "Bearer <token>"}.

/** Splits examples.graphql into tabs: each "### title" line starts one, comment lines above the operation stay. */
function tabs(text) {
  return text.split(/^### .*$/m)
    .map((query) => query.trim())
    .filter((query) => query.length > 0)
    .map((query) => ({ query: `${query}\n` }));
}

async function start() {
  let defaultTabs = [];
  try {
    const response = await fetch('/graphiql/examples.graphql');
    if (response.ok) defaultTabs = tabs(await response.text());
  } catch {
    // no examples: GraphiQL still works
  }
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: '/graphql' }),
    defaultTabs,
    defaultEditorToolsVisibility: 'headers',
    defaultHeaders: '{}',
  }));
}

start();
