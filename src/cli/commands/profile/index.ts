import { Argument, type Command, InvalidArgumentError, Option } from 'commander';
import { action, addOutputOptions, collect, leaf } from '../../command-kit.js';
import { completeWith } from '../../generate/hints.js';
import type { ProfileSettings } from './settings.js';

const profileName = (description = 'profile name') => completeWith(new Argument('<name>', description), { dynamic: 'profiles' });

/** The settings `add` and `edit` take. Secrets only by indirection or on standard input. */
function addProfileSettings(command: Command, { editing }: { editing: boolean }): Command {
  command
    .option(
      '--url <url>',
      `Livy URL, with any gateway path prefix (https://gw:8443/gateway/default/livy/v1)${editing ? '' : ' (required)'}`,
    )
    .addOption(
      new Option('--auth <type>', 'authentication: none, basic (LDAP), kerberos (SPNEGO), bearer').choices([
        'none',
        'basic',
        'kerberos',
        'bearer',
      ]),
    )
    .option('--user <user>', 'user name for basic authentication')
    .option('--password-stdin', 'read the password from standard input and store it (file mode 0600)')
    .option('--password-env <var>', 'take the password from this environment variable at each use')
    .option('--password-command <cmd>', 'run this shell command at each use; its output is the password')
    .option('--token-stdin', 'read the bearer token from standard input and store it (file mode 0600)')
    .option('--token-env <var>', 'take the bearer token from this environment variable at each use')
    .option('--token-command <cmd>', 'run this shell command at each use; its output is the token')
    .option('--kerberos-service <name>', 'GSSAPI service for SPNEGO (default HTTP@<host of the URL>)')
    .option('--ca-cert <file>', 'PEM CA certificate to trust')
    .option('--client-cert <file>', 'PEM client certificate (with --client-key)')
    .option('--client-key <file>', 'PEM client key')
    .option('--insecure', "do not verify the server's TLS certificate (warned about on every use)")
    .option('-H, --header <header>', "extra HTTP header 'Name: value' (repeatable)", collect)
    .option('--proxy-user <user>', 'default proxyUser (impersonation) for batches and sessions')
    .option('--default-kind <kind>', 'default session kind (spark, pyspark, sparkr, sql)')
    .option('--conf <key=value>', 'default Spark conf for batches and sessions (repeatable)', collect)
    .option('--request-timeout <duration>', 'deadline of each request to this server, e.g. 2m (default 60s)')
    .option('--stage-dir <uri>', 'where submit, run and repl upload local files: hdfs://namenode:8020/dir or s3a://bucket/prefix')
    .option('--webhdfs-url <url>', 'WebHDFS/HttpFS address for an hdfs:// stage dir (default http://<NameNode host>:9870)')
    .option('--s3-endpoint <url>', 'S3-compatible endpoint for an s3a:// stage dir')
    .option('--s3-region <region>', 'S3 region for an s3a:// stage dir (default: AWS_REGION, else us-east-1)');
  if (editing) {
    command.option('--no-insecure', 'verify TLS certificates again').addOption(
      new Option('--unset <setting>', 'remove a setting (repeatable)')
        .choices(UNSETTABLE)
        // After .choices(): argParser replaces the parser that checks them, so check here too.
        .argParser((value: string, previous: string[] | undefined) => {
          if (!UNSETTABLE.includes(value)) {
            throw new InvalidArgumentError(`Allowed choices are ${UNSETTABLE.join(', ')}.`);
          }
          return collect(value, previous);
        }),
    );
  }
  return command;
}

const UNSETTABLE = [
  'user',
  'password',
  'token',
  'kerberos-service',
  'ca-cert',
  'client-cert',
  'headers',
  'proxy-user',
  'default-kind',
  'conf',
  'request-timeout',
  'stage-dir',
  'webhdfs-url',
  's3-endpoint',
  's3-region',
];

/** `livy profile …`: saved connections to Livy servers. */
export function registerProfile(program: Command): void {
  const profile = program.command('profile').description('saved connections to Livy servers: URL, authentication, TLS, defaults');

  addOutputOptions(
    addProfileSettings(profile.command('add').description('save a connection profile').addArgument(profileName()), { editing: false }),
  ).action(action<ProfileSettings>(async (ctx, options, operands) => (await import('./add.js')).addProfile(ctx, options, operands[0]!)));

  addOutputOptions(
    addProfileSettings(profile.command('edit').description('change settings of a profile').addArgument(profileName()), { editing: true }),
  ).action(action<ProfileSettings>(async (ctx, options, operands) => (await import('./edit.js')).editProfile(ctx, options, operands[0]!)));

  leaf(profile, 'list', 'list the profiles (and the built-in local one)')
    .alias('ls')
    .action(action(async (ctx) => (await import('./list.js')).listProfiles(ctx)));

  leaf(profile, 'show', 'show a profile (secrets shown as ***)')
    .addArgument(profileName())
    .action(action(async (ctx, _options, operands) => (await import('./show.js')).showProfile(ctx, operands[0]!)));

  leaf(profile, 'use', 'make a profile the default for every command')
    .addArgument(profileName())
    .action(action(async (ctx, _options, operands) => (await import('./use.js')).useProfile(ctx, operands[0]!)));

  leaf(profile, 'current', 'show which profile and server commands use now, and why').action(
    action(async (ctx) => (await import('./current.js')).currentProfile(ctx)),
  );

  leaf(profile, 'rename', 'rename a profile')
    .addArgument(profileName('current name'))
    .addArgument(new Argument('<new-name>', 'new name'))
    .action(action(async (ctx, _options, operands) => (await import('./rename.js')).renameProfile(ctx, operands[0]!, operands[1]!)));

  leaf(profile, 'remove', 'delete a profile')
    .alias('rm')
    .addArgument(profileName())
    .action(action(async (ctx, _options, operands) => (await import('./remove.js')).removeProfile(ctx, operands[0]!)));

  leaf(profile, 'test', 'check a connection: TLS, authentication, version, latency, writes, impersonation')
    .addArgument(completeWith(new Argument('[name]', 'profile (default: the one commands use now)'), { dynamic: 'profiles' }))
    .action(action(async (ctx, _options, operands) => (await import('./test.js')).testProfile(ctx, operands[0])));
}
