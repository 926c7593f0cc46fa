// The dashboard's only door to Strata: the public GraphQL API at /graphql.
const TOKEN_KEY = 'strata.token';

export function storedToken() {
  return localStorage.getItem(TOKEN_KEY) ?? '';
}

export function storeToken(token) {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

/** An error the dashboard shows as it is: GraphQL errors, HTTP errors, an unreachable server. */
export class ApiError extends Error {
  constructor(message, details = []) {
    super(message);
    this.name = 'ApiError';
    this.details = details;
  }
}

/** POSTs a GraphQL operation and returns its data, or throws an ApiError with a message a person can read. */
export async function gql(query, variables = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  const token = storedToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (e) {
    throw new ApiError(`The Strata server cannot be reached (${e.message}).`);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: fall through to the HTTP status
  }
  if (body?.errors?.length) {
    const messages = body.errors.map((e) => {
      const code = e.extensions?.classification ?? e.extensions?.code;
      return code ? `${e.message} (${code})` : e.message;
    });
    throw new ApiError(messages.join(' · '), body.errors);
  }
  if (response.status === 401 || response.status === 403) {
    throw new ApiError(`The server refused the request (HTTP ${response.status}): enter a valid API token above.`);
  }
  if (!response.ok || !body) {
    throw new ApiError(`The server answered HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}.`);
  }
  return body.data;
}

/**
 * All nodes of a Relay connection field (e.g. `capabilities`), page by page (100 at a time); optionally filtered, e.g.
 * `{ type: 'CapabilityFilter', value: { withoutPlatform: true } }`.
 */
export async function allNodes(field, selection, filter = null) {
  const nodes = [];
  let after = null;
  const declared = filter ? `, $filter: ${filter.type}` : '';
  const argument = filter ? ', filter: $filter' : '';
  do {
    const data = await gql(`query($after: String${declared}) { page: ${field}(first: 100, after: $after${argument}) {
        nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`, { after, filter: filter?.value });
    nodes.push(...data.page.nodes);
    after = data.page.pageInfo.hasNextPage ? data.page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}
