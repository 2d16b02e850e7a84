// Interactive-session benchmark, against a real Livy with one idle
// pyspark session that this script creates and deletes.
//
//   npm run build && LIVY_URL=http://127.0.0.1:8998 node bench/repl.mjs [--runs 20] [--statements 1000] [--json]
//
// Figures (medians):
// 1. direct:  a tight REST loop — POST /statements {code:"1+1"}, then GET it every 10 ms until
//             `available`. The floor any client can reach.
// 2. run:     `livy run --session ID -e '1+1'` as a whole process, next to `node -e 0` for scale
//             (`npm run bench:peers` takes it apart: start to first request, exit after output).
// 3. repl:    inside `livy repl --session ID` running in a pseudo-terminal (util-linux `script`),
//             from writing `1+1⏎` to `2` appearing on the terminal.
//    Ratio repl/direct.
// 4. attach:  `livy repl --session ID` from launch to its first prompt (target < 1 s).
// 5. memory:  the REPL's resident set (VmRSS of its node process) after 100 and after N statements
//             (default 1,000): flat means nothing grows but the terminal's own scrollback.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'livy.js');
const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    statements: { type: 'string', default: '1000' },
    url: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const RUNS = Number(flags.runs);
const STATEMENTS = Number(flags.statements);
const url = (flags.url ?? process.env.LIVY_URL ?? 'http://127.0.0.1:8998').replace(/\/+$/, '');
const env = { ...process.env, LIVY_URL: url, NO_COLOR: '1' };
const headers = { 'Content-Type': 'application/json', 'X-Requested-By': 'livy-bench' };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const log = (text) => process.stderr.write(`${text}\n`);

async function rest(method, path, body) {
  const res = await fetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

async function directOnce(id) {
  const t0 = performance.now();
  const st = await rest('POST', `/sessions/${id}/statements`, { code: '1+1' });
  for (;;) {
    const s = await rest('GET', `/sessions/${id}/statements/${st.id}`);
    if (s.state === 'available') {
      if (s.output?.data?.['text/plain'] !== '2') throw new Error(`unexpected output ${JSON.stringify(s.output)}`);
      return performance.now() - t0;
    }
    await sleep(10);
  }
}

function wall(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`livy ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

/** `livy repl --session ID` in a pseudo-terminal; resolves helpers to type and to wait for output. */
function startRepl(id) {
  const t0 = performance.now();
  const command = `${process.execPath} ${bin} repl --session ${id} --history-dir ${join(root, '.bench-history')}`;
  const child = spawn('script', ['-qfc', command, '/dev/null'], {
    env: { ...env, TERM: 'xterm', COLUMNS: '120', LINES: '40' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  const waiters = [];
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    screen += chunk.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    if (screen.length > 200_000) screen = screen.slice(-100_000);
    for (const w of [...waiters])
      if (w.test(screen)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(performance.now());
      }
  });
  const waitFor = (test, timeoutMs = 60_000) =>
    new Promise((resolve, reject) => {
      if (test(screen)) return resolve(performance.now());
      const timer = setTimeout(() => reject(new Error(`timed out; screen ends with:\n${screen.slice(-2000)}`)), timeoutMs);
      waiters.push({ test, resolve: (t) => (clearTimeout(timer), resolve(t)) });
    });
  return {
    t0,
    child,
    waitFor,
    clear: () => (screen = ''),
    type: (text) => child.stdin.write(text),
  };
}

function replNodePid(scriptPid) {
  const r = spawnSync('pgrep', ['-P', String(scriptPid)], { encoding: 'utf8' });
  return Number(r.stdout.trim().split('\n')[0]);
}

function rssKiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]);
}

async function main() {
  log(`creating a pyspark session on ${url} …`);
  const session = await rest('POST', '/sessions', { kind: 'pyspark', heartbeatTimeoutInSecond: 600, name: `bench-repl-${process.pid}` });
  const id = session.id;
  try {
    for (;;) {
      const { state } = await rest('GET', `/sessions/${id}/state`);
      if (state === 'idle') break;
      if (['dead', 'error', 'killed'].includes(state)) throw new Error(`session ${id} is ${state}`);
      await sleep(500);
    }
    log(`session ${id} idle; warming up`);
    for (let i = 0; i < 3; i++) await directOnce(id);
    wall(['run', '--session', String(id), '-e', '1+1']);

    const direct = [];
    const run = [];
    const node = [];
    for (let i = 0; i < RUNS; i++) {
      direct.push(await directOnce(id));
      const r = wall(['run', '--session', String(id), '-e', '1+1']);
      if (r.stdout !== '2\n') throw new Error(`livy run printed ${JSON.stringify(r.stdout)}`);
      run.push(r.ms);
      const t0 = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      node.push(performance.now() - t0);
    }

    log('REPL: attach, statements, memory');
    const repl = startRepl(id);
    const prompt = new RegExp(`pyspark:${id}>`);
    const attachMs = (await repl.waitFor((s) => prompt.test(s))) - repl.t0;
    const replTimes = [];
    const rss = {};
    const pid = replNodePid(repl.child.pid);
    for (let i = 1; i <= Math.max(STATEMENTS, RUNS); i++) {
      repl.clear();
      const t0 = performance.now();
      repl.type('1+1\r');
      // With the escape sequences stripped, Ink's redraws leave the output right after the
      // erased prompt text, so `2` may follow a space rather than a line break.
      const t1 = await repl.waitFor((s) => /(^|[\s>])2\r?\n/.test(s));
      if (i <= RUNS + 3 && i > 3) replTimes.push(t1 - t0);
      if (i === 100 || i % 1000 === 0 || i === STATEMENTS) rss[i] = rssKiB(pid);
    }
    repl.type('\u0004');
    await new Promise((r) => repl.child.on('close', r));

    const m = {
      directMs: median(direct),
      runWallMs: median(run),
      nodeMs: median(node),
      replMs: median(replTimes),
    };
    const result = {
      session: id,
      runs: RUNS,
      medians: m,
      ratios: { repl: m.replMs / m.directMs },
      attachToPromptMs: attachMs,
      replRssKiB: rss,
    };
    if (flags.json) console.log(JSON.stringify(result, null, 2));
    else {
      const f = (x) => `${x.toFixed(1)} ms`;
      console.log(`1+1 to output, median of ${RUNS} (session ${id}):`);
      console.log(`  direct REST loop (10 ms polls)   ${f(m.directMs)}`);
      console.log(`  livy run --session -e (process)  ${f(m.runWallMs)}  (node -e 0: ${f(m.nodeMs)})`);
      console.log(`  livy repl                        ${f(m.replMs)}  ratio ${result.ratios.repl.toFixed(2)}`);
      console.log(`livy repl --session: launch to first prompt  ${f(attachMs)}`);
      console.log(
        `livy repl RSS: ${Object.entries(rss)
          .map(([n, k]) => `${(k / 1024).toFixed(1)} MiB after ${n} statements`)
          .join(', ')}`,
      );
    }
  } finally {
    await rest('DELETE', `/sessions/${id}`).catch(() => {});
  }
}

await main();
