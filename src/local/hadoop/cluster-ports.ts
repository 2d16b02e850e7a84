import { createServer, type Server } from 'node:net';

/** Every port the four daemons listen on (all bound to 127.0.0.1). */
export interface ClusterPorts {
  nameNodeRpc: number;
  nameNodeHttp: number;
  dataNodeTransfer: number;
  dataNodeHttp: number;
  dataNodeIpc: number;
  resourceManager: number;
  resourceManagerScheduler: number;
  resourceManagerTracker: number;
  resourceManagerAdmin: number;
  resourceManagerHttp: number;
  nodeManager: number;
  nodeManagerLocalizer: number;
  nodeManagerHttp: number;
}

const PORT_NAMES: ReadonlyArray<keyof ClusterPorts> = [
  'nameNodeRpc',
  'nameNodeHttp',
  'dataNodeTransfer',
  'dataNodeHttp',
  'dataNodeIpc',
  'resourceManager',
  'resourceManagerScheduler',
  'resourceManagerTracker',
  'resourceManagerAdmin',
  'resourceManagerHttp',
  'nodeManager',
  'nodeManagerLocalizer',
  'nodeManagerHttp',
];

/**
 * Distinct free ports for a cluster. Every listener is held open until all are chosen, so no
 * two roles get the same port; another program may still take one before a daemon binds it
 * (the daemon then fails to start and says so in its log).
 */
export async function allocateClusterPorts(host = '127.0.0.1'): Promise<ClusterPorts> {
  const servers: Server[] = [];
  try {
    const ports: number[] = [];
    for (let i = 0; i < PORT_NAMES.length; i++) {
      const server = createServer();
      servers.push(server);
      ports.push(
        await new Promise<number>((resolvePromise, reject) => {
          server.once('error', reject);
          server.listen({ port: 0, host, exclusive: true }, () => {
            const a = server.address();
            resolvePromise(typeof a === 'object' && a ? a.port : 0);
          });
        }),
      );
    }
    return Object.fromEntries(PORT_NAMES.map((name, i) => [name, ports[i]])) as unknown as ClusterPorts;
  } finally {
    await Promise.all(servers.map((s) => new Promise<void>((r) => (s.listening ? s.close(() => r()) : r()))));
  }
}
