import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import type { Operation } from 'urql';
import { accessToken, signIn } from './auth';
import { config } from './config';

interface PersistedMeta { __meta__?: { hash?: string } }

// The console sends its trusted documents only: the hash codegen embedded in each document, never its text.
const persistedDocuments = mapExchange({
  onOperation(operation: Operation) {
    const hash = (operation.query as PersistedMeta).__meta__?.hash?.replace(/^sha256:/, '');
    if (!hash) throw new Error(`${operation.kind} without a persisted-document hash: run npm run codegen`);
    return { ...operation, extensions: { ...operation.extensions, persistedQuery: { version: 1, sha256Hash: hash } } };
  },
});

// urql leaves the text out when a persistedQuery is named; the body then names the document by `documentId`.
async function trustedDocumentFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const headers = new Headers(init?.headers);
  const token = await accessToken();
  if (token) headers.set('authorization', `Bearer ${token}`);
  let body = init?.body;
  if (typeof body === 'string') {
    const { extensions, query: _query, ...rest } = JSON.parse(body) as Record<string, unknown> & {
      extensions?: { persistedQuery?: { sha256Hash: string } } & Record<string, unknown>;
    };
    const { persistedQuery, ...otherExtensions } = extensions ?? {};
    body = JSON.stringify({
      ...rest,
      documentId: persistedQuery ? `sha256:${persistedQuery.sha256Hash}` : undefined,
      extensions: Object.keys(otherExtensions).length ? otherExtensions : undefined,
    });
  }
  const response = await fetch(input, { ...init, headers, body });
  if (response.status === 401) void signIn(window.location.pathname + window.location.search);
  return response;
}

export const graphqlClient = new Client({
  url: config.graphql,
  exchanges: [persistedDocuments, cacheExchange, fetchExchange],
  fetch: trustedDocumentFetch,
  preferGetMethod: false,
  requestPolicy: 'cache-and-network',
});
