// Runs the feed proxy (createFeedProxy's Node adapter, from dist/) beside the test server, on
// its own port: another origin, as on a real city site. Feeds under feeds.example.test resolve
// to the test server for the proxy only; the browser cannot reach that name, so a feed from it
// shows up only when it came through the proxy. GET /__proxy/port tells the tests the port.
export function feedProxyPlugin() {
  let server;
  let port;
  let testServerPort;
  return {
    name: 'civic-feed-proxy',
    async serverStart({ config }) {
      testServerPort = config.port;
      const { createNodeServer } = await import('../../dist/proxy/node.js').catch(() => {
        throw new Error('dist/proxy is missing: run `npm run build` before the browser tests');
      });
      server = createNodeServer({
        allow: ['feeds.example.test'],
        // Local development setting: the test server is on loopback.
        allowPrivate: true,
        lookup: (hostname, options, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]),
        sMaxAge: 60,
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = server.address().port;
    },
    async serverStop() {
      server?.closeAllConnections();
      await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    },
    serve(context) {
      if (context.path === '/__proxy/port') return { body: JSON.stringify({ proxy: port, feeds: testServerPort }), type: 'application/json' };
      return undefined;
    },
  };
}
