// Serves the static export in out/ the way a static host would (clean URLs, 404.html).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const portFlag = process.argv.indexOf('--port');
const port = portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? '3000');

if (!existsSync(`${root}out/index.html`)) {
  console.error('out/ has no build yet: run `npm run build` first.');
  process.exit(1);
}

const child = spawn(
  `${root}node_modules/.bin/serve`,
  ['out', '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NO_UPDATE_CHECK: '1' },
  },
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
