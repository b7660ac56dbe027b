// `npm start`: works as the first command on a fresh machine. Installs what is missing,
// builds, and serves the demo with the bundled sample feeds on http://localhost:8000.
import { ensureDependencies, run } from './setup.mjs';

ensureDependencies();
run('npm', ['run', '--silent', 'build']);
console.log('Demo: http://localhost:8000/demo/');
run('npx', ['web-dev-server', '--config', 'web-dev-server.config.mjs']);
