// GraphiQL for the GraphQL route this page was served on (/graphql or /t/{tenant}/graphql): queries and mutations
// are POSTed to that same path; subscriptions go over graphql-transport-ws to the same path, with the headers
// editor's Authorization sent in connection_init. No CDN: every script comes from /graphiql/.
(function () {
  'use strict';
  var path = window.location.pathname;
  var wsUrl = (window.location.protocol === 'https:' ? 'wss://' : 'ws://') + window.location.host + path;
  var fetchers = {};

  function authorizationOf(headers) {
    for (var name in headers || {}) {
      if (name.toLowerCase() === 'authorization') return String(headers[name]);
    }
    return null;
  }

  // one WebSocket client per token: connection_init carries the token the headers editor holds when it opens
  function fetcherFor(authorization) {
    var key = authorization || '';
    if (!fetchers[key]) {
      fetchers[key] = GraphiQL.createFetcher({
        url: path,
        wsClient: graphqlWs.createClient({
          url: wsUrl,
          lazy: true,
          connectionParams: authorization ? { authorization: authorization } : {},
        }),
      });
    }
    return fetchers[key];
  }

  function fetcher(params, options) {
    return fetcherFor(authorizationOf(options && options.headers))(params, options);
  }

  var routeTenant = /^\/t\/([^/]+)\/graphql$/.exec(path);
  var tenant = routeTenant && decodeURIComponent(routeTenant[1]);
  var defaultQuery =
    '# GraphiQL on ' + path + (tenant ? ' (tenant ' + tenant + ')' : ' (platform)') + '\n' +
    '# Token: Headers below, {"Authorization": "Bearer ..."}\n' +
    '# Run: Ctrl-Enter. docs/browser.md\n' +
    '{\n  __typename\n}\n';

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    shouldPersistHeaders: true,
    storage: namespacedStorage(path),
  }));

  // tabs, queries and headers are kept per route, so one tenant's token is not sent to another's route
  function namespacedStorage(prefix) {
    var store = window.localStorage;
    return {
      getItem: function (key) { return store.getItem(prefix + ':' + key); },
      setItem: function (key, value) { store.setItem(prefix + ':' + key, value); },
      removeItem: function (key) { store.removeItem(prefix + ':' + key); },
      clear: function () {
        Object.keys(store).filter(function (k) { return k.indexOf(prefix + ':') === 0; })
          .forEach(function (k) { store.removeItem(k); });
      },
      get length() { return Object.keys(store).filter(function (k) { return k.indexOf(prefix + ':') === 0; }).length; },
    };
  }
})();
