import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** An in-process NameNode + DataNode pair speaking the WebHDFS protocol, enough to drive the client. */
export class FakeHdfs {
  files = new Map<string, Buffer>();
  dirs = new Set<string>(['/']);
  /** Body bytes the NameNode received (it must never get file data). */
  nameNodeBodyBytes = 0;
  users: string[] = [];
  nameNode!: Server;
  dataNode!: Server;
  nnUrl = '';
  dnUrl = '';

  async start(): Promise<void> {
    this.dataNode = await listen((req, res) => this.onDataNode(req, res));
    this.nameNode = await listen((req, res) => this.onNameNode(req, res));
    this.nnUrl = `http://127.0.0.1:${port(this.nameNode)}`;
    this.dnUrl = `http://127.0.0.1:${port(this.dataNode)}`;
  }

  async stop(): Promise<void> {
    await Promise.all([this.nameNode, this.dataNode].map((s) => new Promise((r) => s.close(r))));
  }

  private notFound(res: ServerResponse, path: string): void {
    json(res, 404, {
      RemoteException: {
        exception: 'FileNotFoundException',
        javaClassName: 'java.io.FileNotFoundException',
        message: `File does not exist: ${path}\n\tat stack`,
      },
    });
  }

  private status(path: string) {
    const name = path.split('/').pop() ?? '';
    if (this.dirs.has(path))
      return {
        pathSuffix: name,
        type: 'DIRECTORY',
        length: 0,
        owner: 'me',
        group: 'g',
        permission: '755',
        modificationTime: 0,
        replication: 0,
        blockSize: 0,
      };
    const f = this.files.get(path);
    return f
      ? {
          pathSuffix: name,
          type: 'FILE',
          length: f.length,
          owner: 'me',
          group: 'g',
          permission: '644',
          modificationTime: 0,
          replication: 1,
          blockSize: 134217728,
        }
      : undefined;
  }

  private onNameNode(req: IncomingMessage, res: ServerResponse): void {
    req.on('data', (c: Buffer) => (this.nameNodeBodyBytes += c.length));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://x');
      const path = decodeURIComponent(url.pathname.replace(/^\/webhdfs\/v1/, '')) || '/';
      const op = url.searchParams.get('op');
      this.users.push(url.searchParams.get('user.name') ?? '');
      switch (op) {
        case 'CREATE':
          if (this.files.has(path) && url.searchParams.get('overwrite') !== 'true') {
            return json(res, 403, {
              RemoteException: { exception: 'FileAlreadyExistsException', message: `${path} for client 127.0.0.1 already exists` },
            });
          }
          res.writeHead(307, { Location: `${this.dnUrl}${url.pathname}?op=CREATE&overwrite=true` }).end();
          return;
        case 'OPEN':
          if (!this.files.has(path)) return this.notFound(res, path);
          res.writeHead(307, { Location: `${this.dnUrl}${url.pathname}?op=OPEN` }).end();
          return;
        case 'GETFILESTATUS': {
          const s = this.status(path);
          return s ? json(res, 200, { FileStatus: s }) : this.notFound(res, path);
        }
        case 'LISTSTATUS': {
          if (!this.status(path)) return this.notFound(res, path);
          const prefix = path === '/' ? '/' : `${path}/`;
          const children = [...this.dirs, ...this.files.keys()].filter(
            (p) => p !== path && p.startsWith(prefix) && !p.slice(prefix.length).includes('/'),
          );
          return json(res, 200, { FileStatuses: { FileStatus: children.map((c) => this.status(c)) } });
        }
        case 'MKDIRS':
          this.dirs.add(path);
          return json(res, 200, { boolean: true });
        case 'SETPERMISSION':
          res.writeHead(200).end();
          return;
        case 'DELETE':
          return json(res, 200, { boolean: this.files.delete(path) || this.dirs.delete(path) });
        default:
          return json(res, 400, {
            RemoteException: { exception: 'IllegalArgumentException', message: `Invalid value for webhdfs parameter "op": ${op}` },
          });
      }
    });
  }

  private onDataNode(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://x');
      const path = decodeURIComponent(url.pathname.replace(/^\/webhdfs\/v1/, ''));
      if (url.searchParams.get('op') === 'CREATE') {
        this.files.set(path, Buffer.concat(chunks));
        res.writeHead(201, { Location: `hdfs://127.0.0.1:9000${path}` }).end();
      } else {
        res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(this.files.get(path));
      }
    });
  }
}

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  const server = createServer(handler);
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

export function port(server: Server): number {
  const a = server.address();
  return typeof a === 'object' && a ? a.port : 0;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}
