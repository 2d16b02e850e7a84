import type { LivyClient } from '../client/livy-client.js';
import { Output, type OutputFormat } from './output.js';
import { resolveServerTarget, type ServerTarget } from './server-target.js';
import type { TerminalStream } from './terminal.js';

/** Options every command accepts (see `addCommonOptions`). */
export interface CommonOptions {
  url?: string;
  header?: string[];
  output?: OutputFormat;
  color?: boolean;
  debug?: boolean;
  verbose?: boolean;
}

export interface Io {
  stdout: TerminalStream;
  stderr: TerminalStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Everything a command needs from the outside world, created once per invocation. */
export class CommandContext {
  readonly out: Output;
  private cachedTarget: ServerTarget | undefined;
  private cachedClient: LivyClient | undefined;

  constructor(
    readonly io: Io,
    readonly options: CommonOptions,
    /** Aborted on SIGINT/SIGTERM. */
    readonly signal: AbortSignal,
  ) {
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

  get env(): NodeJS.ProcessEnv {
    return this.io.env;
  }

  target(): ServerTarget {
    this.cachedTarget ??= resolveServerTarget(this.options, this.io.env);
    return this.cachedTarget;
  }

  /** The Livy client for the selected server, loaded on first use so commands that don't talk to Livy stay fast. */
  async client(): Promise<LivyClient> {
    if (this.cachedClient) return this.cachedClient;
    const { LivyClient } = await import('../client/livy-client.js');
    const target = this.target();
    this.cachedClient = new LivyClient({
      url: target.url,
      headers: target.headers,
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
  }
}
