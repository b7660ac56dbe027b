// `npm start`: the demo with the bundled sample feeds on http://localhost:8000/demo/.
export default {
  port: 8000,
  hostname: 'localhost',
  rootDir: '.',
  open: false,
  watch: false,
  nodeResolve: true,
};
