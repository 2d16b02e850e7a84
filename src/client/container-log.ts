import { StringDecoder } from 'node:string_decoder';
import { LivyError, LivyHttpError } from './errors.js';

/**
 * A YARN container's log files, read through the NodeManager's REST API
 * (`/ws/v1/node/containers/{id}/logs/{file}`) from the driver log link Livy gives
 * (`appInfo.driverLogUrl`, the NodeManager's `/node/containerlogs/{id}/{user}` page).
 * Livy keeps only the last lines of a log, and in cluster mode its log is spark-submit's, not the
 * driver's: this is the driver's own complete stdout and stderr.
 */
export interface ContainerLogLink {
  /** The NodeManager's web address, e.g. `http://nm-host:8042`. */
  nodeManager: string;
  containerId: string;
}

/** Fetches a URL with the profile's TLS settings (`LivyClient.http.getLink`). */
export type LinkGetter = (url: string, signal?: AbortSignal) => Promise<{ status: number; body: Buffer }>;

export type ContainerLogFile = 'stdout' | 'stderr';

/** The NodeManager page Livy links to, as a link to the container's log files; undefined when it is not one. */
export function containerLogLink(driverLogUrl: string | null | undefined): ContainerLogLink | undefined {
  if (!driverLogUrl) return undefined;
  let url: URL;
  try {
    url = new URL(driverLogUrl);
  } catch {
    return undefined;
  }
  const match = /\/node\/containerlogs\/(container_[\w]+)(?:\/|$)/.exec(url.pathname);
  if (!match || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  return { nodeManager: url.origin, containerId: match[1]! };
}

/**
 * The driver's container of a batch: from Livy's link while the application runs, else (Livy drops
 * the link once it ends) from the ResourceManager's record of the application's last attempt — the
 * ResourceManager being the one whose proxy serves the Spark UI link.
 */
export async function findDriverContainer(
  get: LinkGetter,
  batch: { appId?: string | null; appInfo?: { driverLogUrl?: string | null; sparkUiUrl?: string | null } | null },
  signal?: AbortSignal,
): Promise<ContainerLogLink | undefined> {
  const direct = containerLogLink(batch.appInfo?.driverLogUrl);
  if (direct || !batch.appId || !batch.appInfo?.sparkUiUrl) return direct;
  let resourceManager: string;
  try {
    const ui = new URL(batch.appInfo.sparkUiUrl);
    // While it runs the link goes through the ResourceManager's proxy; after a failure, to its app page.
    if (!ui.pathname.includes(`/proxy/${batch.appId}`) && !ui.pathname.includes(`/cluster/app/${batch.appId}`)) return undefined;
    resourceManager = ui.origin;
  } catch {
    return undefined;
  }
  const reply = await get(`${resourceManager}/ws/v1/cluster/apps/${encodeURIComponent(batch.appId)}/appattempts`, signal);
  if (reply.status !== 200) return undefined;
  try {
    const attempts =
      (JSON.parse(reply.body.toString('utf8')) as { appAttempts?: { appAttempt?: Array<{ logsLink?: string }> } }).appAttempts
        ?.appAttempt ?? [];
    return containerLogLink(attempts.at(-1)?.logsLink);
  } catch {
    return undefined;
  }
}

/** One read of a log file: `bytes` are the file's bytes from `from` up to its `length` then. */
interface LogWindow {
  length: number;
  from: number;
  bytes: Buffer;
}

// The file endpoint wraps the bytes: `...LogLength:N\nLogContents:\n<bytes>End of LogType:...`.
const LENGTH_LINE = /^LogLength:(\d+)$/m;
const CONTENTS_MARK = Buffer.from('LogContents:\n');

/**
 * Reads `file` of the container: the last `tailBytes` of it, or all of it. Throws LivyHttpError
 * when the NodeManager does not have it (the container is unknown or its logs are gone).
 */
export async function readContainerLog(
  get: LinkGetter,
  link: ContainerLogLink,
  file: ContainerLogFile,
  options: { tailBytes?: number; signal?: AbortSignal } = {},
): Promise<LogWindow> {
  const path = `/ws/v1/node/containers/${encodeURIComponent(link.containerId)}/logs/${file}`;
  const query = options.tailBytes === undefined ? '' : `?size=-${options.tailBytes}`;
  const reply = await get(`${link.nodeManager}${path}${query}`, options.signal);
  if (reply.status !== 200) throw nodeManagerError(reply, path);
  const start = reply.body.indexOf(CONTENTS_MARK);
  const length = LENGTH_LINE.exec(reply.body.subarray(0, Math.max(0, start)).toString('latin1'));
  if (start < 0 || !length) throw new LivyError(`GET ${path}: the NodeManager's reply is not a container log`);
  const fileLength = Number(length[1]);
  const shown = Math.min(fileLength, options.tailBytes ?? fileLength);
  const bytesStart = start + CONTENTS_MARK.length;
  return { length: fileLength, from: fileLength - shown, bytes: reply.body.subarray(bytesStart, bytesStart + shown) };
}

/**
 * Follows a container's stdout and stderr: each `poll()` prints what was appended since the last
 * one (only the new bytes are fetched), decoding UTF-8 across reads.
 */
export class ContainerLogFollower {
  private readonly offsets = new Map<ContainerLogFile, number>();
  private readonly decoders = new Map<ContainerLogFile, StringDecoder>();

  constructor(
    private readonly get: LinkGetter,
    readonly link: ContainerLogLink,
    private readonly onText: (file: ContainerLogFile, text: string) => void,
    private readonly files: readonly ContainerLogFile[] = ['stdout', 'stderr'],
  ) {}

  /** Bytes printed so far, per file. */
  printed(file: ContainerLogFile): number {
    return this.offsets.get(file) ?? 0;
  }

  async poll(signal?: AbortSignal): Promise<void> {
    const sizes = await containerLogSizes(this.get, this.link, signal);
    for (const file of this.files) {
      const size = sizes.get(file);
      if (size !== undefined && size > this.printed(file)) await this.readNew(file, size, signal);
    }
  }

  /** At the very end: a character whose bytes were cut by the last read, as the decoder has it. */
  flush(): void {
    for (const file of this.files) {
      const rest = this.decoders.get(file)?.end() ?? '';
      if (rest !== '') this.onText(file, rest);
    }
  }

  private async readNew(file: ContainerLogFile, size: number, signal?: AbortSignal): Promise<void> {
    const offset = this.printed(file);
    let window = await readContainerLog(this.get, this.link, file, { tailBytes: offset === 0 ? undefined : size - offset, signal });
    // The file grew between the listing and the read, so the tail asked for starts too late: ask again.
    for (let tries = 0; window.from > offset && tries < 3; tries++) {
      window = await readContainerLog(this.get, this.link, file, { tailBytes: window.length - offset, signal });
    }
    const decoder = this.decoders.get(file) ?? new StringDecoder('utf8');
    this.decoders.set(file, decoder);
    if (window.from > offset) this.onText(file, `[… ${window.from - offset} bytes of ${file} not shown …]\n`);
    const text = decoder.write(window.bytes.subarray(Math.max(0, offset - window.from)));
    this.offsets.set(file, Math.max(offset, window.length));
    if (text !== '') this.onText(file, text);
  }
}

/**
 * What the NodeManager answers (HTTP 500) for the logs of a container it has but has not started
 * yet: Livy links the driver's container as soon as YARN allocates it, while it is still
 * LOCALIZING the application's files.
 */
const NOT_YET_RUNNING = /Container is not yet running\b/;

/**
 * The sizes of a container's log files, from the NodeManager's listing; none yet while the
 * container has not started.
 */
async function containerLogSizes(get: LinkGetter, link: ContainerLogLink, signal?: AbortSignal): Promise<Map<string, number>> {
  const path = `/ws/v1/node/containers/${encodeURIComponent(link.containerId)}/logs`;
  const reply = await get(`${link.nodeManager}${path}`, signal);
  if (reply.status !== 200 && NOT_YET_RUNNING.test(reply.body.toString('utf8'))) return new Map();
  if (reply.status !== 200) throw nodeManagerError(reply, path);
  let listing: unknown;
  try {
    listing = JSON.parse(reply.body.toString('utf8'));
  } catch {
    throw new LivyError(`GET ${path}: the NodeManager's reply is not JSON`);
  }
  // One entry per log source: an object for a running container's local logs, or a list of them.
  const info = (listing as { containerLogsInfo?: unknown }).containerLogsInfo;
  const sizes = new Map<string, number>();
  for (const source of Array.isArray(info) ? info : [info]) {
    const files = (source as { containerLogInfo?: unknown } | undefined)?.containerLogInfo;
    for (const entry of Array.isArray(files) ? files : []) {
      const { fileName, fileSize } = entry as { fileName?: unknown; fileSize?: unknown };
      if (typeof fileName === 'string' && Number.isFinite(Number(fileSize))) sizes.set(fileName, Number(fileSize));
    }
  }
  return sizes;
}

/** The NodeManager answers errors with a Java exception's text (`java.lang.Exception: Cannot find this log…`). */
function nodeManagerError(reply: { status: number; body: Buffer }, path: string): LivyHttpError {
  const first = reply.body.toString('utf8').trim().split('\n')[0] ?? '';
  return new LivyHttpError(reply.status, first.replace(/^[\w.$]+(Exception|Error): /, '').slice(0, 200), 'GET', path, {});
}
