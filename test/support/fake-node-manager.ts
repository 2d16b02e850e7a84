import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A YARN NodeManager (and ResourceManager) on 127.0.0.1 as far as driver logs go: one container
 * whose `stdout`/`stderr` the test writes, served like Hadoop 3 does — the listing, and each
 * file wrapped in its `LogType/LogLength/LogContents` frame, `?size=-N` giving the last N bytes —
 * plus the ResourceManager's `appattempts` of one application pointing at it.
 */
export class FakeNodeManager {
  readonly files: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };
  /** Paths (with query) asked for, in order. */
  readonly requests: string[] = [];
  /** Appended to stdout right after the next listing, as a driver writing meanwhile would. */
  growOnNextRead: string | undefined;
  /** Set while the container has not started (e.g. `LOCALIZING`): its listing is refused as Hadoop 3 does. */
  notStartedState: string | undefined;
  url = '';
  private server: Server | undefined;

  constructor(readonly containerId: string) {}

  get driverLogUrl(): string {
    return `${this.url}/node/containerlogs/${this.containerId}/etl`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      this.requests.push(`${url.pathname}${url.search}`);
      const base = `/ws/v1/node/containers/${this.containerId}/logs`;
      const send = (status: number, body: string, type = 'text/plain;charset=utf-8') => {
        res.writeHead(status, { 'content-type': type });
        res.end(body);
      };
      if (url.pathname === base && this.notStartedState !== undefined) {
        const message = `org.apache.hadoop.yarn.webapp.NotFoundException: java.lang.Exception: Container is not yet running. Current state is ${this.notStartedState}`;
        send(
          500,
          JSON.stringify({
            RemoteException: { exception: 'WebApplicationException', message, javaClassName: 'javax.ws.rs.WebApplicationException' },
          }),
          'application/json',
        );
        return;
      }
      if (url.pathname === base) {
        const listing = Object.entries(this.files).map(([fileName, text]) => ({
          fileName,
          fileSize: String(Buffer.byteLength(text)),
          lastModifiedTime: 'now',
        }));
        send(200, JSON.stringify({ containerLogsInfo: { containerLogInfo: listing, containerId: this.containerId } }), 'application/json');
        if (this.growOnNextRead !== undefined) {
          this.files.stdout += this.growOnNextRead;
          this.growOnNextRead = undefined;
        }
        return;
      }
      const file = url.pathname.startsWith(`${base}/`) ? (url.pathname.slice(base.length + 1) as 'stdout' | 'stderr') : undefined;
      if (file && file in this.files) {
        const bytes = Buffer.from(this.files[file]);
        const size = Number(url.searchParams.get('size') ?? bytes.length);
        const shown = size < 0 ? bytes.subarray(Math.max(0, bytes.length + size)) : bytes.subarray(0, size);
        const frame = `Container: ${this.containerId} on nm:1\nLogAggregationType: LOCAL\n${'='.repeat(20)}\nLogType:${file}\nLogLastModifiedTime:now\nLogLength:${bytes.length}\nLogContents:\n`;
        send(200, `${frame}${shown.toString('utf8')}End of LogType:${file}.\n${'*'.repeat(20)}\n\n`);
        return;
      }
      const attempts = /^\/ws\/v1\/cluster\/apps\/([\w]+)\/appattempts$/.exec(url.pathname);
      if (attempts) {
        send(
          200,
          JSON.stringify({ appAttempts: { appAttempt: [{ id: 1, containerId: this.containerId, logsLink: this.driverLogUrl }] } }),
          'application/json',
        );
        return;
      }
      send(404, 'java.lang.Exception: Cannot find this log on the local disk.\n');
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
