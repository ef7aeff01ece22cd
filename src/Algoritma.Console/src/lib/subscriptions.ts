import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import { accessToken } from './auth';
import { config } from './config';

let client: Client | null = null;

function socketUrl(): string {
  const url = new URL(config.graphql, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

// One graphql-transport-ws socket for the console. A browser cannot set headers on a WebSocket, so the bearer token
// goes in connection_init; each reconnect (the server closes with 4403 when a token expires) asks for a fresh one.
function socket(): Client {
  client ??= createClient({
    url: socketUrl(),
    connectionParams: async () => {
      const token = await accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    shouldRetry: () => true,
    retryAttempts: Number.POSITIVE_INFINITY,
  });
  return client;
}

/**
 * Follows a subscription; returns the function that ends it. The document is one of the console's trusted documents
 * (codegen lists it in the manifest), so the server accepts its text even where only trusted documents are allowed;
 * the text is sent because graphql-ws's client refuses a subscribe payload without `query` (no `documentId` alone).
 */
export function subscribe<Result, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  onData: (data: Result) => void,
  onError: (error: unknown) => void,
): () => void {
  return socket().subscribe<Result>({ query: print(document), variables }, {
    next: (result) => { if (result.data) onData(result.data as Result); else if (result.errors) onError(result.errors); },
    error: onError,
    complete: () => undefined,
  });
}
