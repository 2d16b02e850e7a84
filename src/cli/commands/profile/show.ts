import { readLocalServerState } from '../../../local/state.js';
import { LOCAL_PROFILE } from '../../../profiles/paths.js';
import { ProfileStore } from '../../../profiles/store.js';
import type { CommandContext } from '../../context.js';
import { UsageError } from '../../../errors/cli-error.js';
import { localClusterStage } from '../stage/local-cluster-stage.js';
import { requireProfile } from './lookup.js';
import { profileView, renderProfile } from './view.js';

export async function showProfile(ctx: CommandContext, name: string): Promise<void> {
  const store = new ProfileStore(ctx.env);
  if (name === LOCAL_PROFILE && !store.get(name)) {
    const local = readLocalServerState(ctx.env);
    if (!local) throw new UsageError("profile 'local': no local Livy server is running", "start one with 'livy local start'");
    // On `livy local --cluster yarn` local files are staged to the cluster's HDFS.
    const stage = localClusterStage(ctx.env);
    const profile = { url: local.url, auth: 'none' as const, ...(stage ? { stageDir: stage.stageDir, webhdfsUrl: stage.webhdfsUrl } : {}) };
    ctx.out.result({ ...profileView(name, profile), builtin: true }, () =>
      renderProfile(name, profile, [['built in', "yes (the server of 'livy local')"]]),
    );
    return;
  }
  const profile = requireProfile(store, name);
  const current = store.read().current === name;
  ctx.out.result({ ...profileView(name, profile), current }, () =>
    renderProfile(name, profile, current ? [['default', "yes (set with 'livy profile use')"]] : []),
  );
}
