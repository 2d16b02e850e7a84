import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * An HTTP proxy on 127.0.0.1 in front of a real Livy that can play a lost reply (the request
 * reaches Livy, the answer never reaches the client) or an outage (every connection cut), so
 * that these faults can be produced against the real server.
 */
export class CuttingProxy {
  url = '';
  /** Cut every connection at once while true. */
  down = false;
  /** Requests whose reply is dropped after Livy handled them, by "METHOD /path". */
  private readonly loseReplies = new Map<string, number>();
  /** The paths of the requests forwarded so far, in order. */
  readonly forwarded: string[] = [];
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly target: string) {}

  loseNextReply(method: string, path: string): void {
    const key = `${method} ${path}`;
    this.loseReplies.set(key, (this.loseReplies.get(key) ?? 0) + 1);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.forward(req, res));
    this.server.on('connection', (socket) => {
      if (this.down) {
        socket.destroy();
        return;
      }
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  cutAll(): void {
    this.down = true;
    for (const socket of this.sockets) socket.destroy();
  }

  async stop(): Promise<void> {
    this.cutAll();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    if (this.down) {
      req.socket.destroy();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    this.forwarded.push(path);
    const key = `${req.method} ${path}`;
    const lose = (this.loseReplies.get(key) ?? 0) > 0;
    if (lose) this.loseReplies.set(key, this.loseReplies.get(key)! - 1);
    const upstream = request(new URL(req.url ?? '/', this.target), { method: req.method, headers: req.headers }, (reply) => {
      if (lose) {
        reply.resume();
        reply.on('end', () => req.socket.destroy());
        return;
      }
      res.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(res);
    });
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  }
}
