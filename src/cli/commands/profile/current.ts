import type { CommandContext } from '../../context.js';

const WHY = { flag: '--profile', env: 'LIVY_PROFILE', current: "'livy profile use'" } as const;

export async function currentProfile(ctx: CommandContext): Promise<void> {
  const target = ctx.target();
  const profile = target.profile;
  const urlFrom = { flag: '--url', env: 'LIVY_URL', profile: 'the profile', default: 'the default' }[target.source];
  ctx.out.result(
    {
      profile: profile?.name ?? null,
      selectedBy: profile ? WHY[profile.selectedBy] : null,
      url: target.url,
      urlFrom,
      auth: target.auth.type,
    },
    () =>
      profile
        ? `${profile.name}\t${target.url}\t(chosen by ${WHY[profile.selectedBy]}; URL from ${urlFrom})`
        : `(no profile)\t${target.url}\t(URL from ${urlFrom})`,
  );
  for (const note of target.notes) ctx.out.info(note);
}
