// `prepack`: `npm pack` and `npm publish` build first, so a package made from a fresh clone
// ships dist/ (issue 9). Installs the dev dependencies when they are missing, like `npm test`.
import { ensureDependencies, run } from './setup.mjs';

ensureDependencies();
run('npm', ['run', '--silent', 'build']);
