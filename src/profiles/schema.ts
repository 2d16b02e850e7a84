import { z } from 'zod';

/** How `livy` authenticates to a server. */
const AUTH_TYPES = ['none', 'basic', 'kerberos', 'bearer'] as const;
export type AuthType = (typeof AUTH_TYPES)[number];

/**
 * Where a secret comes from. Only `stored` keeps the secret itself in the file (chosen with
 * `--password-stdin` / `--token-stdin`); the others are indirections resolved at each use.
 */
export const secretRefSchema = z.discriminatedUnion('from', [
  z.object({ from: z.literal('env'), name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'not an environment variable name') }),
  z.object({ from: z.literal('command'), command: z.string().min(1) }),
  z.object({ from: z.literal('stored'), value: z.string() }),
]);
export type SecretRef = z.infer<typeof secretRefSchema>;

const urlString = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
  } catch {
    return false;
  }
}, 'must be an http:// or https:// URL without a user name or password');

export const profileSchema = z.strictObject({
  url: urlString,
  auth: z.enum(AUTH_TYPES).default('none'),
  user: z.string().min(1).optional(),
  password: secretRefSchema.optional(),
  token: secretRefSchema.optional(),
  /** GSSAPI service name for SPNEGO; default `HTTP@<host of url>`. */
  kerberosService: z.string().min(1).optional(),
  caCert: z.string().min(1).optional(),
  clientCert: z.string().min(1).optional(),
  clientKey: z.string().min(1).optional(),
  insecure: z.boolean().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  proxyUser: z.string().min(1).optional(),
  defaultKind: z.string().min(1).optional(),
  conf: z.record(z.string(), z.string()).optional(),
  /** Where `livy submit` stages local files (s3a://bucket/prefix, hdfs://namenode:8020/path), and how to reach the store. */
  stageDir: z.string().min(1).optional(),
  /** WebHDFS or HttpFS address for an hdfs:// stage dir, when not the NameNode's default (http://<host>:9870). */
  webhdfsUrl: urlString.optional(),
  s3Endpoint: urlString.optional(),
  s3PathStyle: z.boolean().optional(),
  s3Region: z.string().min(1).optional(),
  /** Deadline of each request, a duration such as `2m` (see `--request-timeout`). */
  requestTimeout: z.string().min(1).optional(),
});
export type Profile = z.infer<typeof profileSchema>;

export const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const profileFileSchema = z.strictObject({
  /** The profile chosen with `livy profile use`. */
  current: z.string().optional(),
  profiles: z.record(z.string().regex(PROFILE_NAME, 'not a valid profile name'), profileSchema).default({}),
});
export type ProfileFile = z.infer<typeof profileFileSchema>;
