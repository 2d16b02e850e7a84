// `npm run demo`: starts a real local Livy + Spark (provisioning it on first use)
// and submits examples/pi.py through it, as a user would.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { vendoredLivySource } from './livy-source.mjs';

const source = vendoredLivySource(resolve(import.meta.dirname, '..'));
if (source) {
  process.env.LIVY_LOCAL_SOURCE = source;
  console.error(`Livy will be built from the source releases in ${source} if it is not provisioned yet.`);
}

function livy(...args) {
  const result = spawnSync(process.execPath, ['bin/livy.js', ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

livy('local', 'start');
// `local` is the built-in profile of the server `livy local` runs.
livy('submit', '--profile', 'local', '--name', `demo-pi-${Date.now()}`, 'examples/pi.py', '8');
console.error('\nThe local Livy keeps running: `node bin/livy.js local stop` stops it.');
