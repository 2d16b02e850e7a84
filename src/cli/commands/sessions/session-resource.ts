import type { Session } from '../../../client/schemas.js';
import type { ResourceSpec } from '../resource/resource-commands.js';

/** Interactive sessions as a resource of the list/get/state/kill/logs commands. */
export const SESSION_RESOURCE: ResourceSpec<Session> = {
  noun: 'session',
  plural: 'interactive sessions',
  api: (client) => client.sessions,
  columns: [
    ['ID', (s) => s.id],
    ['NAME', (s) => s.name],
    ['KIND', (s) => s.kind],
    ['STATE', (s) => s.state],
    ['APP ID', (s) => s.appId],
    ['OWNER', (s) => s.proxyUser ?? s.owner],
  ],
  extraFields: [['kind', (s) => s.kind ?? '']],
  killDescription: 'stop a session and remove it from the server',
  logs: {
    followDescription: 'keep printing new lines until the session ends (Ctrl-C stops following)',
    follow: async (ctx, client, session) => {
      const { followSessionLog } = await import('../../session/follow-session-log.js');
      return followSessionLog(ctx, client, session.id);
    },
  },
};
