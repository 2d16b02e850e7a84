import { existsSync } from 'node:fs';
import { systemClock, type Clock } from '../client/clock.js';
import type { HttpExchange } from '../client/http-exchange.js';
import type { LivyClient } from '../client/livy-client.js';
import { secretHeaderValues } from '../client/redact.js';
import { secretHeaderFlagWarning } from './header-flag-warning.js';
import type { Interrupts } from './interrupts.js';
import { Output, type OutputFormat } from './output.js';
import { resolveServerTarget, type ProfileSource, type ServerTarget } from '../profiles/server-target.js';
import type { TerminalStream } from './terminal.js';

/** Options every command accepts (see `addCommonOptions`). */
export interface CommonOptions {
  url?: string;
  header?: string[];
  /** `-p/--profile`: a saved connection profile. */
  profile?: string;
  /** `--ca-cert FILE`: a CA to trust for https. */
  caCert?: string;
  /** `--insecure`: no TLS certificate verification (warned about on every use). */
  insecure?: boolean;
  output?: OutputFormat;
  color?: boolean;
  debug?: boolean;
  verbose?: boolean;
  /** `--request-timeout D`: the deadline of each request (env LIVY_REQUEST_TIMEOUT). */
  requestTimeout?: string;
}

export interface Io {
  stdout: TerminalStream;
  stderr: TerminalStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The time of waits, follows and deadlines: the system clock unless a test gives a virtual one. */
  clock?: Clock;
}

/** Everything a command needs from the outside world, created once per invocation. */
export class CommandContext {
  readonly out: Output;
  readonly clock: Clock;
  private cachedTarget: ServerTarget | undefined;
  private cachedClient: LivyClient | undefined;
  private exchange: HttpExchange | undefined;
  private profiles: ProfileSource = {};

  constructor(
    readonly io: Io,
    readonly options: CommonOptions,
    /** Aborted on SIGINT/SIGTERM/SIGHUP. */
    readonly signal: AbortSignal,
    private readonly interrupts?: Pick<Interrupts, 'stop' | 'holdExit'>,
  ) {
    this.clock = io.clock ?? systemClock;
    this.out = new Output({
      format: options.output ?? 'text',
      noColor: options.color === false,
      debug: options.debug ?? false,
      verbose: options.verbose ?? false,
      stdout: io.stdout,
      stderr: io.stderr,
      env: io.env,
    });
  }

  /** Aborted when the user wants the command to stop now: SIGTERM, SIGHUP, or a second Ctrl-C. */
  get stopSignal(): AbortSignal {
    return this.interrupts?.stop ?? this.signal;
  }

  /** See `Interrupts.holdExit`: a second signal then aborts `stopSignal` instead of ending the process. */
  holdExit(onForcedExit?: () => void): () => void {
    return this.interrupts?.holdExit(onForcedExit) ?? (() => {});
  }

  get env(): NodeJS.ProcessEnv {
    return this.io.env;
  }

  /**
   * Reads the profiles file when there is one or a profile is asked for, so that `target()` can
   * stay synchronous. Called by `action()` before the handler; a broken file is reported only
   * when a command needs a server.
   */
  async loadProfiles(): Promise<void> {
    const { profilesFile } = await import('../profiles/paths.js');
    const wanted = this.options.profile ?? this.env.LIVY_PROFILE;
    const file = profilesFile(this.env);
    if (wanted === undefined && !existsSync(file)) return;
    const [{ readProfiles }, { readLocalServerState }] = await Promise.all([import('../profiles/store.js'), import('../local/state.js')]);
    const local = () => readLocalServerState(this.env);
    try {
      const loaded = readProfiles(this.env);
      this.profiles = { ...(loaded ? { data: loaded.data } : {}), local };
      for (const warning of loaded?.warnings ?? []) this.out.warn(warning);
    } catch (error) {
      this.profiles = { error, local };
    }
  }

  /** The profiles read by `loadProfiles`, for commands that resolve other targets (`livy profile test NAME`). */
  get profileSource(): ProfileSource {
    return this.profiles;
  }

  target(): ServerTarget {
    if (!this.cachedTarget) {
      this.cachedTarget = resolveServerTarget(this.options, this.io.env, this.profiles);
      this.out.protectSecrets(secretHeaderValues(this.cachedTarget.headers));
      const headerWarning = secretHeaderFlagWarning(this.options.header ?? []);
      if (headerWarning) this.out.warn(headerWarning);
      for (const note of this.cachedTarget.notes) this.out.verbose(note);
      if (this.cachedTarget.profile) this.out.verbose(`using profile '${this.cachedTarget.profile.name}' (${this.cachedTarget.url})`);
    }
    return this.cachedTarget;
  }

  /** The Livy client for the selected server, loaded on first use so commands that don't talk to Livy stay fast. */
  async client(): Promise<LivyClient> {
    if (this.cachedClient) return this.cachedClient;
    const [{ LivyClient }, { openConnection }, { requestTimeouts }] = await Promise.all([
      import('../client/livy-client.js'),
      import('../profiles/connection.js'),
      import('./request-timeouts.js'),
    ]);
    const target = this.target();
    const timeouts = requestTimeouts(this.options.requestTimeout, this.env, target.requestTimeout);
    const connection = await openConnection(target, {
      env: this.env,
      warn: (message) => this.out.warn(message),
      connectMs: timeouts.connectMs,
    });
    this.out.protectSecrets(connection.secrets);
    this.exchange = connection.exchange;
    this.cachedClient = new LivyClient({
      url: target.url,
      headers: target.headers,
      timeouts,
      ...(connection.auth ? { auth: connection.auth } : {}),
      exchange: connection.exchange,
      onRequest: (event) => {
        this.out.verbose(`> ${event.method} ${event.url}`);
        for (const [name, value] of Object.entries(event.headers)) this.out.verbose(`> ${name}: ${value}`);
        if (event.body !== undefined) this.out.verbose(`> ${JSON.stringify(event.body)}`);
      },
      onRetry: (event) =>
        this.out.debug(`retry ${event.attempt} of ${event.method} ${event.path} in ${event.delayMs} ms: ${event.error.message}`),
    });
    return this.cachedClient;
  }

  async dispose(): Promise<void> {
    await this.cachedClient?.close();
    await this.exchange?.close();
  }
}
