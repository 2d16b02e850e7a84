/** Requests with their local references replaced (staged URIs) or taken out (uploaded into a session later). */
import { FILE_LIST_CONF_KEYS, localPathOf, type StageableRequest } from './local-references.js';

/** The request with each file reference mapped; a list entry mapped to undefined is dropped. */
function mapReferences<T extends StageableRequest>(request: T, map: (value: string) => string | undefined): T {
  const out: T = { ...request };
  if (out.file !== undefined) out.file = map(out.file) ?? out.file;
  for (const field of ['jars', 'pyFiles', 'files', 'archives'] as const) {
    const list = out[field];
    if (!list) continue;
    const mapped = list.map(map).filter((v): v is string => v !== undefined);
    if (mapped.length > 0) out[field] = mapped;
    else delete out[field];
  }
  if (out.conf) {
    const conf = { ...out.conf };
    for (const key of Object.keys(FILE_LIST_CONF_KEYS)) {
      const list = conf[key];
      if (list === undefined) continue;
      const mapped = list
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '')
        .map(map)
        .filter((v): v is string => v !== undefined);
      if (mapped.length > 0) conf[key] = mapped.join(',');
      else delete conf[key];
    }
    out.conf = conf;
  }
  return out;
}

/** The request with every staged local reference replaced by its staged URI (`#alias` kept). */
export function rewriteRequest<T extends StageableRequest>(
  request: T,
  stagedUriByPath: ReadonlyMap<string, string>,
  existsLocally: (path: string) => boolean,
): T {
  return mapReferences(request, (value) => {
    const local = localPathOf(value, existsLocally);
    const uri = local && stagedUriByPath.get(local.path);
    return uri ? uri + local.alias : value;
  });
}

/** The request without its local references (the application file, if local, stays). */
export function withoutLocalReferences<T extends StageableRequest>(request: T, existsLocally: (path: string) => boolean): T {
  return mapReferences(request, (value) => (localPathOf(value, existsLocally) ? undefined : value));
}
