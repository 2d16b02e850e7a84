/** The request with every staged local reference replaced by its staged URI (`#alias` kept). */
import { FILE_LIST_CONF_KEYS, localPathOf, type StageableRequest } from './local-references.js';

export function rewriteRequest<T extends StageableRequest>(
  request: T,
  stagedUriByPath: ReadonlyMap<string, string>,
  existsLocally: (path: string) => boolean,
): T {
  const rewrite = (value: string): string => {
    const local = localPathOf(value, existsLocally);
    const uri = local && stagedUriByPath.get(local.path);
    return uri ? uri + local.alias : value;
  };
  const out: T = { ...request };
  if (out.file !== undefined) out.file = rewrite(out.file);
  for (const field of ['jars', 'pyFiles', 'files', 'archives'] as const) {
    const list = out[field];
    if (list) out[field] = list.map(rewrite);
  }
  if (out.conf) {
    const conf = { ...out.conf };
    for (const key of Object.keys(FILE_LIST_CONF_KEYS)) {
      const list = conf[key];
      if (list === undefined) continue;
      conf[key] = list
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '')
        .map(rewrite)
        .join(',');
    }
    out.conf = conf;
  }
  return out;
}
