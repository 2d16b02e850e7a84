// Makes the V8 code cache of the `livy run` bundle (dist/cli/run-main.cjs.cache): runs
// `livy run --session 0 -e 1+1` once, through bin/livy.js, against a fake Livy on loopback, with
// LIVY_BUILD_CODE_CACHE set, so that bin/livy.js saves what V8 compiled for that run. bin/livy.js
// uses the cache only with the bundle it was made from and V8 only with the Node that made it;
// scripts/build.mjs runs this after each build.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const statement = {
  id: 0,
  code: '1+1',
  state: 'available',
  output: { status: 'ok', execution_count: 0, data: { 'text/plain': '2' } },
  progress: 1,
};
const session = {
  id: 0,
  name: 'code-cache',
  appId: null,
  owner: null,
  proxyUser: null,
  state: 'idle',
  kind: 'pyspark',
  appInfo: {},
  log: [],
};
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    if (req.method === 'POST' && req.url === '/sessions/0/statements')
      res.end(JSON.stringify({ ...statement, state: 'waiting', output: null }));
    else if (req.url === '/sessions/0/statements/0') res.end(JSON.stringify(statement));
    else if (req.url === '/sessions/0') res.end(JSON.stringify(session));
    else {
      res.statusCode = 404;
      res.end(JSON.stringify({ msg: `no ${req.url}` }));
    }
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const home = mkdtempSync(join(tmpdir(), 'livy-code-cache-'));
try {
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    NO_COLOR: '1',
    LIVY_URL: `http://127.0.0.1:${server.address().port}`,
    LIVY_BUILD_CODE_CACHE: join(root, 'dist', 'cli', 'run-main.cjs.cache'),
  };
  const child = spawn(process.execPath, [join(root, 'bin', 'livy.js'), 'run', '--session', '0', '-e', '1+1'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0 || stdout !== '2\n') throw new Error(`livy run for the code cache exited ${code} printing ${JSON.stringify(stdout)}`);
} finally {
  server.close();
  rmSync(home, { recursive: true, force: true });
}
