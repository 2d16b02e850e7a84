import { readLocalServerState } from '../../../local/state.js';
import { LOCAL_PROFILE } from '../../../profiles/paths.js';
import { ProfileStore } from '../../../profiles/store.js';
import type { CommandContext } from '../../context.js';

export async function listProfiles(ctx: CommandContext): Promise<void> {
  const data = new ProfileStore(ctx.env).read();
  const local = readLocalServerState(ctx.env);
  const rows = [
    ...Object.entries(data.profiles).map(([name, p]) => ({
      name,
      url: p.url,
      auth: p.auth,
      current: data.current === name,
      builtin: false,
    })),
    ...(Object.hasOwn(data.profiles, LOCAL_PROFILE)
      ? []
      : [{ name: LOCAL_PROFILE, url: local?.url ?? null, auth: 'none', current: data.current === LOCAL_PROFILE, builtin: true }]),
  ];
  ctx.out.result(rows, () => {
    const width = Math.max(4, ...rows.map((r) => r.name.length));
    const authWidth = Math.max(4, ...rows.map((r) => r.auth.length));
    return [
      `  ${'NAME'.padEnd(width)}  ${'AUTH'.padEnd(authWidth)}  URL`,
      ...rows.map(
        (r) =>
          `${r.current ? '*' : ' '} ${r.name.padEnd(width)}  ${r.auth.padEnd(authWidth)}  ${r.url ?? "(not running: 'livy local start')"}${r.builtin ? '  (built in)' : ''}`,
      ),
    ].join('\n');
  });
}
