import type { Command } from 'commander';
import type { LogOptions, PageOptions, RequestOptions, SessionRef } from '../../../client/livy-client.js';
import type { LivyClient } from '../../../client/livy-client.js';
import type { LogPage, StateReply } from '../../../client/schemas.js';
import type { ExitCodeValue } from '../../../errors/exit-codes.js';
import { renderTable } from '../../../text/table.js';
import { action, intOption, leaf, parseRef } from '../../command-kit.js';
import type { CommandContext } from '../../context.js';

/** What a batch and a session have in common, as the list/get/state/kill/logs commands show it. */
export interface ResourceItem {
  id: number;
  name?: string | null;
  state: string;
  appId?: string | null;
  owner?: string | null;
  proxyUser?: string | null;
  appInfo?: { sparkUiUrl?: string | null; driverLogUrl?: string | null } | null;
}

/** Livy's routes of one resource (`/batches` or `/sessions`), through the client. */
export interface ResourceApi<T extends ResourceItem> {
  list(options: PageOptions): Promise<{ from: number; total: number; sessions: T[] }>;
  get(ref: SessionRef, options: RequestOptions): Promise<T>;
  state(ref: SessionRef, options: RequestOptions): Promise<StateReply>;
  log(ref: SessionRef, options: LogOptions): Promise<LogPage>;
  delete(ref: SessionRef, options: RequestOptions): Promise<void>;
}

export interface LogsOptions {
  follow?: boolean;
  from?: number;
  size?: number;
}

/**
 * A Livy resource as data: its names, routes, columns and fields. The commands that read and
 * delete batches and sessions are the same but for this.
 */
export interface ResourceSpec<T extends ResourceItem, L extends LogsOptions = LogsOptions> {
  /** `batch`, `session`: in messages. */
  noun: string;
  /** `batches`, `interactive sessions`: in help texts. */
  plural: string;
  api(client: LivyClient): ResourceApi<T>;
  /** The table of `list`, one column per entry. */
  columns: ReadonlyArray<readonly [header: string, cell: (item: T) => unknown]>;
  /** Lines of `get` between `name` and `state`. */
  extraFields?: ReadonlyArray<readonly [label: string, value: (item: T) => string]>;
  killDescription: string;
  logs: {
    followDescription: string;
    /** Options of `logs` beyond -f/--from/--size. */
    addOptions?(command: Command): Command;
    follow(ctx: CommandContext, client: LivyClient, item: T, options: L): Promise<ExitCodeValue | void>;
    /** Prints the log another way when asked (true: done). */
    printInstead?(ctx: CommandContext, client: LivyClient, item: T, options: L): Promise<boolean>;
  };
}

export function registerResourceList<T extends ResourceItem>(parent: Command, spec: ResourceSpec<T>): void {
  leaf(parent, 'list', `list ${spec.plural} on the server`)
    .alias('ls')
    .option('--from <n>', `skip the first n ${lastWord(spec.plural)}`, intOption('--from'))
    .option('--size <n>', 'how many to list (Livy default 100)', intOption('--size', { min: 1 }))
    .action(
      action<{ from?: number; size?: number }>(async (ctx, options) => {
        const client = await ctx.client();
        const page = await spec.api(client).list({ from: options.from, size: options.size, signal: ctx.signal });
        ctx.out.result(page, () =>
          page.sessions.length === 0
            ? `no ${lastWord(spec.plural)}`
            : renderTable(
                spec.columns.map(([header]) => header),
                page.sessions.map((item) => spec.columns.map(([, cell]) => cell(item))),
                { header: (text) => ctx.out.dataStyle.bold(text) },
              ),
        );
      }),
    );
}

export function registerResourceGet<T extends ResourceItem>(parent: Command, spec: ResourceSpec<T>): void {
  leaf(parent, 'get <id>', `show one ${spec.noun} (id or name)`).action(
    action(async (ctx, _options, [ref]) => {
      const client = await ctx.client();
      const item = await spec.api(client).get(parseRef(ref!), { signal: ctx.signal });
      ctx.out.result(item, () =>
        [
          `id:       ${item.id}`,
          `name:     ${item.name ?? ''}`,
          ...(spec.extraFields ?? []).map(([label, value]) => `${`${label}:`.padEnd(10)}${value(item)}`),
          `state:    ${item.state}`,
          `app id:   ${item.appId ?? ''}`,
          `owner:    ${item.owner ?? ''}`,
          `proxy:    ${item.proxyUser ?? ''}`,
          ...(item.appInfo?.sparkUiUrl ? [`Spark UI: ${item.appInfo.sparkUiUrl}`] : []),
          ...(item.appInfo?.driverLogUrl ? [`driver log: ${item.appInfo.driverLogUrl}`] : []),
        ].join('\n'),
      );
    }),
  );
}

export function registerResourceState<T extends ResourceItem>(parent: Command, spec: ResourceSpec<T>): void {
  leaf(parent, 'state <id>', `print a ${spec.noun}'s state`).action(
    action(async (ctx, _options, [ref]) => {
      const client = await ctx.client();
      const reply = await spec.api(client).state(parseRef(ref!), { signal: ctx.signal });
      ctx.out.result(reply, () => reply.state);
    }),
  );
}

/** Looks the item up first: the reply says what it was, and a name is turned into the id deleted. */
export function registerResourceKill<T extends ResourceItem>(parent: Command, spec: ResourceSpec<T>): void {
  leaf(parent, 'kill <id>', spec.killDescription)
    .alias('delete')
    .action(
      action(async (ctx, _options, [ref]) => {
        const client = await ctx.client();
        const api = spec.api(client);
        const item = await api.get(parseRef(ref!), { signal: ctx.signal });
        await api.delete(item.id, { signal: ctx.signal });
        ctx.out.result(
          { id: item.id, previousState: item.state, deleted: true },
          () => `${spec.noun} ${item.id} killed (was ${item.state})`,
        );
      }),
    );
}

export function registerResourceLogs<T extends ResourceItem, L extends LogsOptions>(parent: Command, spec: ResourceSpec<T, L>): void {
  const command = leaf(parent, 'logs <id>', `print a ${spec.noun}'s log (what Livy kept of it)`)
    .alias('log')
    .option('-f, --follow', spec.logs.followDescription);
  (spec.logs.addOptions?.(command) ?? command)
    .option('--from <n>', 'first line to print (default: everything Livy kept)', intOption('--from'))
    .option('--size <n>', 'how many lines to print', intOption('--size', { min: 1 }))
    .action(
      action<L>(async (ctx, options, [ref]) => {
        const client = await ctx.client();
        const api = spec.api(client);
        const item = await api.get(parseRef(ref!), { signal: ctx.signal });
        if (options.follow) return spec.logs.follow(ctx, client, item, options);
        if (await spec.logs.printInstead?.(ctx, client, item, options)) return;
        const page = await api.log(item.id, {
          from: options.from ?? (options.size === undefined ? 0 : undefined),
          size: options.size ?? -1,
          signal: ctx.signal,
        });
        ctx.out.result(page, () => page.log.join('\n'));
      }),
    );
}

/** `interactive sessions` → `sessions`. */
function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1);
}
