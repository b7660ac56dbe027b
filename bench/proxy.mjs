// `npm run bench:proxy`: requests per second and p99 latency of the feed proxy for cache hits
// and for revalidations, as a ratio to a bare node:http server answering the same bytes in the
// same run. Load from autocannon in this process; the servers run in child processes.
// Bounded: 2 rounds × 4 scenarios × 3 s, plus 1 s of warm-up each. Needs `npm run build` first.
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const DURATION = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = 2;
const CONNECTIONS = 10;

function child(...args) {
  const proc = fork(join(here, 'proxy-servers.mjs'), args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve) => proc.once('message', (ports) => resolve({ proc, ports })));
}

const ask = (proc) =>
  new Promise((resolve) => {
    proc.once('message', resolve);
    proc.send('count');
  });
const load = (url, duration) => autocannon({ url, connections: CONNECTIONS, duration });

const up = await child('upstream');
const front = await child('front', String(up.ports.port));
const feed = encodeURIComponent(`http://127.0.0.1:${up.ports.port}/feed.json`);
const scenarios = {
  bare: `http://127.0.0.1:${front.ports.bare}/feed.json`,
  "bare + the proxy's headers": `http://127.0.0.1:${front.ports.bareHeaders}/feed.json`,
  'proxy, cache hit': `http://127.0.0.1:${front.ports.hit}/?url=${feed}`,
  'proxy, revalidation (304)': `http://127.0.0.1:${front.ports.revalidate}/?url=${feed}`,
};

const runs = {};
try {
  for (const url of Object.values(scenarios)) await load(url, 1); // warm-up: JIT, caches, sockets
  for (let round = 0; round < ROUNDS; round++) {
    // Odd rounds run in reverse, so that neither server always runs first (the machine is shared).
    const order = round % 2 ? Object.entries(scenarios).reverse() : Object.entries(scenarios);
    for (const [name, url] of order) {
      const before = (await ask(up.proc)).upstreamRequests;
      const cpuBefore = (await ask(front.proc)).cpuMicros;
      const r = await load(url, DURATION);
      const cpu = (await ask(front.proc)).cpuMicros - cpuBefore;
      const upstream = (await ask(up.proc)).upstreamRequests - before;
      if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
      (runs[name] ??= []).push({ rps: r.requests.average, p99: r.latency.p99, requests: r.requests.total, upstream, cpu });
    }
  }
} finally {
  up.proc.kill();
  front.proc.kill();
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
// Server CPU per answer (user + system µs of the serving process): when the load generator,
// not the server, is the limit, req/s ratios flatten towards 1; CPU per answer still differs.
const cpuPer = (rs) => rs.reduce((a, r) => a + r.cpu, 0) / rs.reduce((a, r) => a + r.requests, 0);
const bare = { rps: mean(runs.bare.map((r) => r.rps)), p99: mean(runs.bare.map((r) => r.p99)), cpu: cpuPer(runs.bare) };
const rows = Object.entries(runs).map(([name, rs]) => {
  const rps = mean(rs.map((r) => r.rps));
  const p99 = mean(rs.map((r) => r.p99));
  const requests = rs.reduce((a, r) => a + r.requests, 0);
  const upstream = rs.reduce((a, r) => a + r.upstream, 0);
  const cpu = cpuPer(rs);
  return {
    scenario: name,
    rps: Math.round(rps),
    p99Ms: p99,
    rpsRatio: +(rps / bare.rps).toFixed(2),
    p99Ratio: +(p99 / Math.max(bare.p99, 0.001)).toFixed(2),
    cpuMicrosPerRequest: +cpu.toFixed(1),
    cpuRatio: +(cpu / bare.cpu).toFixed(2),
    requests,
    upstreamRequests: name === 'bare' ? 0 : upstream,
  };
});

const pad = (s, n) => String(s).padEnd(n);
// Other work on the machine moves every number; the load average says how much there was.
const loadAverage = loadavg()[0].toFixed(1);
console.log(
  `\nFeed proxy vs a bare node:http server, same run: ${CONNECTIONS} connections, ${ROUNDS} × ${DURATION} s each, Node ${process.version}, ${cpus().length} cores, load average ${loadAverage}`,
);
console.log(
  `${pad('scenario', 28)}${pad('req/s', 9)}${pad('× bare', 8)}${pad('p99 ms', 8)}${pad('× bare', 8)}${pad('CPU µs/req', 12)}${pad('× bare', 8)}upstream requests`,
);
for (const r of rows) {
  console.log(
    `${pad(r.scenario, 28)}${pad(r.rps, 9)}${pad(r.rpsRatio.toFixed(2), 8)}${pad(r.p99Ms, 8)}${pad(r.p99Ratio.toFixed(2), 8)}${pad(r.cpuMicrosPerRequest, 12)}${pad(r.cpuRatio.toFixed(2), 8)}${r.upstreamRequests} for ${r.requests}`,
  );
}
const hit = rows.find((r) => r.scenario === 'proxy, cache hit');
console.log(`\nGoal: cache hits at ≥ 0.80× the bare server's req/s: ${hit.rpsRatio >= 0.8 ? 'met' : 'NOT met'} (${hit.rpsRatio.toFixed(2)}×).`);

const out = join(here, 'results', 'proxy.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cores: cpus().length,
      loadAverage: Number(loadAverage),
      connections: CONNECTIONS,
      seconds: DURATION,
      rounds: ROUNDS,
      rows,
    },
    null,
    2,
  ) + '\n',
);
console.log(`Written to ${out}`);
