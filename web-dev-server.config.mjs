import { demoCsp } from './scripts/csp.mjs';

// `npm start`: the demo with the bundled sample feeds on http://localhost:8000/demo/.
// demo/csp.html is served with the strict Content-Security-Policy of README, Security.
export default {
  port: 8000,
  hostname: 'localhost',
  rootDir: '.',
  open: false,
  watch: false,
  nodeResolve: true,
  middleware: [demoCsp],
};
