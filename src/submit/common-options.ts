import type { DeclaredOption } from './declared-option.js';

/**
 * The options of livy itself that every command takes — which server and how to reach it, how
 * output looks — and those that place local files in a stage dir. Declared once: commander builds
 * the commands' options from this table, and `livy submit`'s spark-submit parser (which runs
 * without commander) reads the same names, values and help texts.
 */
export interface CommonOption extends DeclaredOption {
  /** The placeholder of `arg` in `livy submit --help`, spark-submit style (`URL`). */
  readonly metavar?: string;
  /** One help text for both commander and `livy submit --help`. */
  readonly help: string;
  readonly group: 'target' | 'output' | 'staging';
  /** Values offered by shell completion (a source of `livy __complete`). */
  readonly completion?: 'profiles';
  /** spark-submit has an option of this name, which `livy submit` keeps as spark-submit's. */
  readonly sparkSubmitHasIt?: boolean;
}

export const OUTPUT_FORMATS = ['text', 'json'] as const;

export const COMMON_OPTIONS: readonly CommonOption[] = [
  {
    long: '--profile',
    short: '-p',
    arg: 'name',
    metavar: 'NAME',
    group: 'target',
    completion: 'profiles',
    help: "connection profile to use (env LIVY_PROFILE; default: the one set with 'livy profile use')",
  },
  {
    long: '--url',
    arg: 'url',
    metavar: 'URL',
    group: 'target',
    help: "Livy server URL (env LIVY_URL; default: the profile's, else http://127.0.0.1:8998)",
  },
  {
    long: '--header',
    short: '-H',
    arg: 'header',
    metavar: '"NAME: VALUE"',
    repeatable: true,
    group: 'target',
    help: "extra HTTP header 'Name: value' (repeatable)",
  },
  { long: '--ca-cert', arg: 'file', metavar: 'FILE', group: 'target', help: 'PEM CA certificate to trust for https (env LIVY_CA_CERT)' },
  { long: '--insecure', group: 'target', help: "do not verify the server's TLS certificate (warned about every time)" },
  {
    long: '--request-timeout',
    arg: 'duration',
    metavar: 'DURATION',
    group: 'target',
    help: 'deadline of each request to Livy, e.g. 2m (env LIVY_REQUEST_TIMEOUT; default 60s)',
  },
  {
    long: '--output',
    short: '-o',
    arg: 'format',
    metavar: 'text|json',
    choices: OUTPUT_FORMATS,
    group: 'output',
    help: 'output format: json puts one JSON document on stdout and nothing else',
  },
  { long: '--no-color', group: 'output', help: 'no colour or animation (also NO_COLOR, or when not a terminal)' },
  { long: '--verbose', short: '-v', group: 'output', sparkSubmitHasIt: true, help: 'show each request sent (secrets redacted)' },
  { long: '--debug', group: 'output', help: 'show internal details, including stack traces' },
  {
    long: '--stage-dir',
    arg: 'uri',
    metavar: 'URI',
    group: 'staging',
    help: "stage dir for local files (hdfs://namenode:8020/dir or s3a://bucket/prefix; env LIVY_STAGE_DIR; default: the profile's stageDir, or the HDFS of 'livy local --cluster yarn')",
  },
  {
    long: '--webhdfs-url',
    arg: 'url',
    metavar: 'URL',
    group: 'staging',
    help: "WebHDFS/HttpFS address for an hdfs:// stage dir (env LIVY_WEBHDFS_URL; default: the profile's webhdfsUrl, else http://<NameNode host>:9870)",
  },
  {
    long: '--s3-endpoint',
    arg: 'url',
    metavar: 'URL',
    group: 'staging',
    help: "S3-compatible endpoint (env LIVY_S3_ENDPOINT; default: the profile's s3Endpoint)",
  },
  {
    long: '--s3-path-style',
    group: 'staging',
    help: 'address buckets in the path, not the host name (the default with a custom endpoint)',
  },
];

export function commonOptions(group: CommonOption['group']): CommonOption[] {
  return COMMON_OPTIONS.filter((option) => option.group === group);
}
