import { readFileSync, readdirSync } from 'node:fs';
import { isPidAlive } from '../processes.js';

/** pid → parent pid for every process (Linux /proc; empty elsewhere). */
function parentMap(): Map<number, number> {
  const parents = new Map<number, number>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return parents;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the ")" that closes the command name: state ppid …
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      /* exited meanwhile */
    }
  }
  return parents;
}

/**
 * Every descendant of `pid`. YARN containers run in sessions of their own (the NodeManager
 * starts them with setsid), so signalling the NodeManager's group does not reach them.
 */
export function descendantsOf(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const [child, parent] of parentMap()) children.set(parent, [...(children.get(parent) ?? []), child]);
  const found: number[] = [];
  const stack = [...(children.get(pid) ?? [])];
  while (stack.length) {
    const p = stack.pop()!;
    found.push(p);
    stack.push(...(children.get(p) ?? []));
  }
  return found;
}

/**
 * Processes whose command line contains `text` (other than this one): finds containers left
 * behind by a NodeManager that died, through the cluster's directory on their command line.
 */
export function processesMentioning(text: string): number[] {
  const found: number[] = [];
  for (const pid of parentMap().keys()) {
    if (pid === process.pid) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text)) found.push(pid);
    } catch {
      /* gone */
    }
  }
  return found;
}

/** Alive and not a zombie: a killed process whose parent has not reaped it yet counts as gone. */
export function isRunning(pid: number): boolean {
  if (!isPidAlive(pid)) return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}
