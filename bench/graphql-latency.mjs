// Drives one GraphQL query at the API for a fixed time with autocannon and prints one JSON line:
// requests/s, p50/p99 latency (ms), and errors, counting a response with GraphQL "errors" as an error.
// usage: node graphql-latency.mjs URL TOKEN QUERY [seconds=20] [connections=4]
import autocannon from 'autocannon';

const [url, token, query, seconds = '20', connections = '4'] = process.argv.slice(2);
let graphqlErrors = 0;
const result = await autocannon({
  url,
  method: 'POST',
  duration: Number(seconds),
  connections: Number(connections),
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ query }),
  setupClient(client) {
    client.on('body', (body) => {
      if (body.includes('"errors"')) graphqlErrors++;
    });
  },
});
console.log(JSON.stringify({
  requests: result.requests.total,
  rps: Math.round(result.requests.average),
  p50: result.latency.p50,
  p99: result.latency.p99,
  errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
}));
