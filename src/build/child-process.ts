/**
 * The build's child processes (Astro), started so that they die with the build: on SIGINT or
 * SIGTERM the build stops every running child (SIGTERM, then SIGKILL after a grace period), waits
 * for it to exit, runs its clean-up, and exits 130 / 143. Nothing keeps writing after the build
 * is gone.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

const running = new Set<ChildProcess>();
const cleanups: (() => void)[] = [];
const GRACE_MS = 5000;
let stopping = false;

export function runChild(command: string, args: string[], options: SpawnOptions = {}, onStart?: (pid: number) => void): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    running.add(child);
    if (child.pid !== undefined) onStart?.(child.pid);
    child.once('error', (error) => {
      running.delete(child);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      running.delete(child);
      // Once the build is stopping, its signal handler owns the exit: the caller never resumes.
      if (stopping) return;
      resolvePromise(code ?? (signal ? 128 : 1));
    });
  });
}

/** Run on a signal, after the children are gone (remove the staging folder, release the lock). */
export function onStop(cleanup: () => void): void {
  cleanups.push(cleanup);
}

async function stopChildren(): Promise<void> {
  const exits = [...running].map(
    (child) =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), GRACE_MS).unref();
      }),
  );
  await Promise.all(exits);
}

export function stopChildrenOnSignals(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.error(`\n收到 ${signal}，正在停止构建，输出文件夹未改动 / ${signal}: stopping the build; output folder unchanged`);
      void stopChildren().finally(() => {
        for (const cleanup of cleanups.reverse()) {
          try {
            cleanup();
          } catch {
            // keep cleaning up
          }
        }
        process.exit(code);
      });
    });
  }
}
