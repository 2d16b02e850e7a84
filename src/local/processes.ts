import { readFileSync, readdirSync } from 'node:fs';

// Only the fallbacks below need child_process: loading it lazily keeps it off the start-up
// path of every `livy submit`, which asks whether the local server runs.
function childProcess(): typeof import('node:child_process') {
  return process.getBuiltinModule('node:child_process');
}

/** True when a process with this pid exists (EPERM counts: it exists, we just may not signal it). */
export function isPidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The full command line of a process, or undefined if it cannot be read. */
export function processCommandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    /* not Linux, or gone */
  }
  try {
    return (
      childProcess()
        .execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/**
 * Every process in the session led by `sid` (Linux /proc), else the descendants of `sid` (ps).
 * The server is spawned detached (setsid), so its Spark drivers and their Python workers share its
 * session even where they make their own process group (pyspark.daemon does).
 */
export function sessionProcesses(sid: number): number[] {
  const found: number[] = [];
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        // Fields after the ")" that closes the command name: state ppid pgrp session …
        const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(rest[3]) === sid) found.push(Number(name));
      } catch {
        /* exited meanwhile */
      }
    }
    return found;
  } catch {
    /* no /proc: fall back to the process tree */
  }
  try {
    const out = childProcess().execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const children = new Map<number, number[]>();
    for (const line of out.split('\n')) {
      const [pid, ppid] = line.trim().split(/\s+/).map(Number);
      if (!pid || ppid === undefined) continue;
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    }
    const stack = [sid];
    while (stack.length) {
      const p = stack.pop()!;
      found.push(p);
      stack.push(...(children.get(p) ?? []));
    }
  } catch {
    found.push(sid);
  }
  return found;
}

/** Sends a signal to the process group and to each listed pid, ignoring those already gone. */
export function signalAll(groupLeader: number, pids: number[], signal: NodeJS.Signals): void {
  try {
    process.kill(-groupLeader, signal);
  } catch {
    /* group gone */
  }
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      /* gone */
    }
  }
}

/**
 * Whether a command line (as processCommandLine gives it) holds `argument` as one whole
 * argument: `-Dx=/run` must not match a process started with `-Dx=/run2`.
 */
export function hasArgument(commandLine: string, argument: string): boolean {
  return ` ${commandLine} `.includes(` ${argument} `);
}
