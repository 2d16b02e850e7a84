import { execFileSync } from 'node:child_process';
import { livyMessageSays, offeredAuthSchemes } from '../../../client/error-prose.js';
import { LivyHttpError, LivyNetworkError } from '../../../client/errors.js';
import { LivyClient } from '../../../client/livy-client.js';
import { batchSchema, type Batch } from '../../../client/schemas.js';
import { spnegoService } from '../../../client/spnego.js';
import { serverFeatures, type ServerFeatures } from '../../../client/server-features.js';
import { inspectCertificate, type CertificateReport } from '../../../client/tls.js';
import { openConnection, type Connection } from '../../../profiles/connection.js';
import { tlsOptions } from '../../../profiles/tls-options.js';
import type { CommandContext } from '../../context.js';
import { ExitCode, type ExitCodeValue } from '../../../errors/exit-codes.js';
import { describeError } from '../../report-error.js';
import { secretHeaderFlagWarning } from '../../header-flag-warning.js';
import { resolveServerTarget, type ServerTarget } from '../../../profiles/server-target.js';

export interface Check {
  check: string;
  status: 'ok' | 'warn' | 'fail' | 'info';
  detail: string;
  hint?: string;
}

const NO_RETRY = { retries: 0, baseMs: 0, maxMs: 0 };

/** The WWW-Authenticate scheme each auth type answers (none answers none). */
const SCHEME_OF_AUTH: Record<ServerTarget['auth']['type'], string | undefined> = {
  none: undefined,
  basic: 'basic',
  kerberos: 'negotiate',
  bearer: 'bearer',
};

/** `livy profile test [NAME]`: a doctor for one connection. Exit 0 when nothing failed, else 3. */
export async function testProfile(ctx: CommandContext, name: string | undefined): Promise<ExitCodeValue> {
  const target = resolveServerTarget({ ...ctx.options, ...(name ? { profile: name } : {}) }, ctx.env, ctx.profileSource);
  for (const note of target.notes) ctx.out.warn(note);
  const headerWarning = secretHeaderFlagWarning(ctx.options.header ?? []);
  if (headerWarning) ctx.out.warn(headerWarning);
  const checks: Check[] = [];
  const add = (check: Check) => {
    checks.push(check);
    if (!ctx.out.json) printCheck(ctx, check);
  };
  const url = new URL(target.url);
  add({
    check: 'target',
    status: 'info',
    detail: `${target.url}${target.profile ? ` (profile '${target.profile.name}')` : ''}, auth ${target.auth.type}${target.proxyUser ? `, proxy user ${target.proxyUser}` : ''}`,
  });

  if (target.auth.type === 'kerberos') add(kerberosCheck(target.auth.service ?? spnegoService(url), ctx.env));
  if (url.protocol === 'https:') add(await tlsCheck(url, target));

  let connection: Connection | undefined;
  try {
    connection = await openConnection(target, { env: ctx.env, warn: (message) => ctx.out.warn(message) });
    ctx.out.protectSecrets(connection.secrets);
  } catch (error) {
    const report = describeError(error, target.url);
    add({ check: 'credentials', status: 'fail', detail: report.message, ...(report.hint ? { hint: report.hint } : {}) });
  }

  if (connection) {
    try {
      await runHttpChecks(target, connection, add, ctx.signal);
    } finally {
      await connection.exchange.close();
    }
  }

  const ok = !checks.some((c) => c.status === 'fail');
  if (ctx.out.json) ctx.out.printJson({ url: target.url, profile: target.profile?.name ?? null, ok, checks });
  else ctx.out.info(ok ? 'all checks passed' : 'some checks failed');
  return ok ? ExitCode.Ok : ExitCode.Server;
}

function printCheck(ctx: CommandContext, c: Check): void {
  const mark = {
    ok: ctx.out.style.green('✓'),
    warn: ctx.out.style.yellow('!'),
    fail: ctx.out.style.red('✗'),
    info: ctx.out.style.dim('·'),
  }[c.status];
  ctx.out.line(`${mark} ${c.check}: ${c.detail}`);
  if (c.hint) ctx.out.line(`  hint: ${c.hint}`);
}

function kerberosCheck(service: string, env: NodeJS.ProcessEnv): Check {
  try {
    execFileSync('klist', ['-s'], { env, stdio: 'ignore', timeout: 10_000 });
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      check: 'kerberos ticket',
      status: 'fail',
      detail: missing ? 'klist is not installed, cannot check the ticket cache' : `no valid ticket in the cache (service ${service})`,
      hint: missing ? 'install the Kerberos client tools (krb5-user)' : 'run `kinit`',
    };
  }
  let principal = '';
  try {
    const out = execFileSync('klist', [], { env, encoding: 'utf8', timeout: 10_000 });
    principal = /Default principal:\s*(\S+)/.exec(out)?.[1] ?? '';
  } catch {
    /* shown without the principal */
  }
  return { check: 'kerberos ticket', status: 'ok', detail: `${principal ? `${principal}, ` : ''}service ${service}` };
}

async function tlsCheck(url: URL, target: ServerTarget): Promise<Check> {
  let report: CertificateReport;
  try {
    const options = tlsOptions(target);
    report = await inspectCertificate(url, { ...options, rejectUnauthorized: true });
  } catch (error) {
    const report = describeError(error, target.url);
    return {
      check: 'tls',
      status: 'fail',
      detail: `no TLS handshake: ${(error as Error).message || report.message}`,
      hint: 'is the server https on that port?',
    };
  }
  const cert = `subject ${report.subject ?? '?'}; issuer ${report.issuer ?? '?'}; valid ${report.validFrom ?? '?'} to ${report.validTo ?? '?'}${report.subjectAltName ? `; ${report.subjectAltName}` : ''}`;
  const session = `${report.protocol ?? 'TLS'} ${report.cipher ?? ''}`.trim();
  if (report.authorized) return { check: 'tls', status: 'ok', detail: `${session}, certificate verified: ${cert}` };
  const reason = describeError(
    new LivyNetworkError(report.authorizationError ?? 'TLS', 'GET', '/', report.authorizationError, false),
    target.url,
  );
  if (target.tls.insecure) {
    return { check: 'tls', status: 'warn', detail: `${session}, certificate NOT verified (--insecure): ${reason.message}; ${cert}` };
  }
  return { check: 'tls', status: 'fail', detail: `${reason.message}; ${cert}`, ...(reason.hint ? { hint: reason.hint } : {}) };
}

async function runHttpChecks(target: ServerTarget, connection: Connection, add: (c: Check) => void, signal: AbortSignal): Promise<void> {
  const base = { url: target.url, headers: target.headers, retry: NO_RETRY, exchange: connection.exchange };
  // Without credentials: does the server ask for any, and which scheme?
  const anonymous = new LivyClient(base);
  let anonymousOk = false;
  try {
    await anonymous.version({ signal });
    anonymousOk = true;
    add({
      check: 'authentication',
      status: target.auth.type === 'none' ? 'ok' : 'info',
      detail: 'the server answers without authentication',
    });
  } catch (error) {
    if (error instanceof LivyHttpError && error.status === 401) {
      const header = error.headers['www-authenticate'];
      const offered = header?.split(/[\s,]/)[0] ?? '(no WWW-Authenticate header)';
      const expected = SCHEME_OF_AUTH[target.auth.type];
      add({
        check: 'authentication',
        status: expected === undefined ? 'fail' : offeredAuthSchemes(header)[0] === expected ? 'info' : 'warn',
        detail: `the server asks for authentication: WWW-Authenticate ${offered}`,
        ...(expected === undefined ? { hint: describeError(error, target.url).hint } : {}),
      });
      if (expected === undefined) return;
    } else {
      const report = describeError(error, target.url);
      add({ check: 'reach', status: 'fail', detail: report.message, ...(report.hint ? { hint: report.hint } : {}) });
      return;
    }
  } finally {
    await anonymous.close();
  }

  const client = new LivyClient({ ...base, ...(connection.auth ? { auth: connection.auth } : {}) });
  try {
    const started = performance.now();
    let version;
    try {
      version = await client.version({ signal });
    } catch (error) {
      const report = describeError(error, target.url);
      add({
        check: target.auth.type === 'none' ? 'version' : `login (${target.auth.type})`,
        status: 'fail',
        detail: report.message,
        ...(report.hint ? { hint: report.hint } : {}),
      });
      return;
    }
    const ms = Math.round(performance.now() - started);
    if (target.auth.type !== 'none' && !anonymousOk) add({ check: `login (${target.auth.type})`, status: 'ok', detail: 'accepted' });
    add({
      check: 'version',
      status: 'ok',
      detail: `Livy ${version.version}${version.user ? `, running as ${version.user}` : ''}; GET /version took ${ms} ms`,
    });
    add({ check: 'features', status: 'ok', detail: describeFeatures(serverFeatures(version.version)) });

    add(await writeCheck(client, target, signal));
  } finally {
    await client.close();
  }
}

/** One line on what this release does that the other supported one does not. */
function describeFeatures(f: ServerFeatures): string {
  return f.sessionIdleTimeout
    ? 'session idleTimeout (idle limit) and ttl (whole lifetime)'
    : 'session ttl is the idle limit; no idleTimeout, no lifetime limit (Livy before 0.9)';
}

/**
 * A write that passes authentication, the CSRF filter and the impersonation check but that Livy
 * then refuses before creating anything: a batch named `0` (Livy rejects all-digit names while
 * building the batch, after checking the proxy user, before registering or starting it).
 */
const PROBE_BATCH_NAME = '0';

async function writeCheck(client: LivyClient, target: ServerTarget, signal: AbortSignal): Promise<Check> {
  const body = { name: PROBE_BATCH_NAME, ...(target.proxyUser ? { proxyUser: target.proxyUser } : {}) };
  let created: Batch;
  try {
    created = await client.http.call('POST', '/batches', { body, schema: batchSchema, signal });
  } catch (error) {
    if (error instanceof LivyHttpError && error.status === 400 && !livyMessageSays(error.serverMessage, 'csrf-header-missing')) {
      return {
        check: 'writes',
        status: 'ok',
        detail: `POST accepted for validation (X-Requested-By sent; CSRF fine)${target.proxyUser ? `; proxy user ${target.proxyUser} allowed` : ''}; nothing was created`,
      };
    }
    const report = describeError(error, target.url);
    return { check: 'writes', status: 'fail', detail: report.message, ...(report.hint ? { hint: report.hint } : {}) };
  }
  // A server that takes all-digit names: remove what the probe made.
  const id = created.id;
  try {
    await client.batches.delete(id, { signal });
    return { check: 'writes', status: 'warn', detail: `this server accepted a probe batch named '0' (id ${id}); it was deleted` };
  } catch {
    return {
      check: 'writes',
      status: 'warn',
      detail: `this server accepted a probe batch named '0' (id ${id}) and deleting it failed`,
      hint: `delete it: livy batches kill ${id}`,
    };
  }
}
