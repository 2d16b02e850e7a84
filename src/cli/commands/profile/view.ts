import { redactConf, redactHeaders } from '../../../client/redact.js';
import type { Profile } from '../../../profiles/schema.js';
import { describeSecret, secretForJson } from '../../../profiles/secrets.js';
import { webHdfsAddress } from '../../../staging/hdfs/webhdfs-address.js';

/** A profile as `show --output json` prints it: stored secrets, secret-looking headers and conf values as `***`. */
export function profileView(name: string, p: Profile): Record<string, unknown> {
  return {
    name,
    url: p.url,
    auth: p.auth,
    ...(p.user ? { user: p.user } : {}),
    ...(p.password ? { password: secretForJson(p.password) } : {}),
    ...(p.token ? { token: secretForJson(p.token) } : {}),
    ...(p.kerberosService ? { kerberosService: p.kerberosService } : {}),
    ...(p.caCert ? { caCert: p.caCert } : {}),
    ...(p.clientCert ? { clientCert: p.clientCert, clientKey: p.clientKey } : {}),
    ...(p.insecure ? { insecure: true } : {}),
    ...(p.headers ? { headers: redactHeaders(p.headers) } : {}),
    ...(p.proxyUser ? { proxyUser: p.proxyUser } : {}),
    ...(p.defaultKind ? { defaultKind: p.defaultKind } : {}),
    ...(p.conf ? { conf: redactConf(p.conf) } : {}),
    ...(p.requestTimeout ? { requestTimeout: p.requestTimeout } : {}),
    ...(p.stageDir ? { stageDir: p.stageDir } : {}),
    ...(p.webhdfsUrl ? { webhdfsUrl: p.webhdfsUrl } : {}),
    ...(p.s3Endpoint ? { s3Endpoint: p.s3Endpoint } : {}),
    ...(p.s3PathStyle !== undefined ? { s3PathStyle: p.s3PathStyle } : {}),
    ...(p.s3Region ? { s3Region: p.s3Region } : {}),
  };
}

/** What an hdfs:// stage dir uses when no WebHDFS address is set. */
function webhdfsDefault(stageDir: string): string {
  try {
    return `${webHdfsAddress(stageDir, {})} (the NameNode's default)`;
  } catch {
    return 'unknown: set --webhdfs-url (the stage dir names no NameNode host)';
  }
}

/** The text form: one `key: value` a line. */
export function renderProfile(name: string, p: Profile, extra: Array<[string, string]> = []): string {
  const rows: Array<[string, string | undefined]> = [
    ['name', name],
    ['url', p.url],
    ['auth', p.auth],
    ['user', p.user],
    ['password', describeSecret(p.password)],
    ['token', describeSecret(p.token)],
    ['kerberos service', p.kerberosService ?? (p.auth === 'kerberos' ? `HTTP@${new URL(p.url).hostname} (from the URL)` : undefined)],
    ['ca cert', p.caCert],
    ['client cert', p.clientCert],
    ['client key', p.clientKey],
    ['tls verify', p.url.startsWith('https:') ? (p.insecure ? 'OFF (--insecure)' : 'on') : undefined],
    ...Object.entries(redactHeaders(p.headers ?? {})).map(([k, v]): [string, string] => [`header`, `${k}: ${v}`]),
    ['proxy user', p.proxyUser],
    ['default kind', p.defaultKind],
    ...Object.entries(redactConf(p.conf ?? {})).map(([k, v]): [string, string] => ['conf', `${k}=${v}`]),
    ['request timeout', p.requestTimeout],
    ['stage dir', p.stageDir],
    ['webhdfs url', p.webhdfsUrl ?? (p.stageDir?.startsWith('hdfs:') ? webhdfsDefault(p.stageDir) : undefined)],
    ['s3 endpoint', p.s3Endpoint],
    ['s3 path style', p.s3PathStyle === undefined ? undefined : String(p.s3PathStyle)],
    ['s3 region', p.s3Region],
    ...extra,
  ];
  const shown = rows.filter((r): r is [string, string] => r[1] !== undefined);
  const width = Math.max(...shown.map(([k]) => k.length));
  return shown.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}
