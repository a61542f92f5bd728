/**
 * Runs one command as a child process and measures it as a whole process tree: wall seconds and
 * the peak resident memory of the child and all its descendants (Astro's workers, Pagefind's
 * native binary …), sampled from /proc every 50 ms.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measure {
  seconds: number;
  peakMiB: number;
  status: number;
  /** The last 4,000 characters of the command's standard error, to explain a failure. */
  stderrTail: string;
}

const SAMPLE_MS = 50;

/** Resident memory (KiB) of a process and all its descendants, read from /proc. */
export function treeRssKiB(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // ended
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
}

/** Runs `command args` and measures it; never throws on a non-zero exit (the caller judges). */
export function measure(command: string, args: string[], options: RunOptions): Promise<Measure> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRssKiB(child.pid!))), SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.on('close', (status, signal) => {
      clearInterval(timer);
      done({ seconds: (performance.now() - started) / 1000, peakMiB: peak / 1024, status: status ?? (signal ? 128 : 1), stderrTail: stderr });
    });
  });
}
