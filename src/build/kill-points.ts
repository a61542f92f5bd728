/**
 * Named points of the build where a fault test can stop it deterministically, by setting
 * QINGDAN_TEST_KILL_AT=<point> (the build kills itself with SIGKILL there) or
 * QINGDAN_TEST_PAUSE_AT=<point> (the build prints "paused at <point>" to stderr and waits until
 * it gets SIGUSR2, or is stopped by SIGINT/SIGTERM). QINGDAN_TEST_ANNOUNCE_CHILD=1 prints each
 * child's pid ("child started <pid>") so a test can hold it still with SIGSTOP before stopping the
 * build. Used only by tests; unset, these do nothing.
 */
/**
 * before-index: inside the Astro build (src/integrations/search-index.ts), when the pages are
 * written and the index is not; the others are in scripts/build.ts.
 */
export type KillPoint = 'before-index' | 'after-index' | 'swap-aside' | 'swap-in';

export function killPoint(point: KillPoint): void {
  if (process.env.QINGDAN_TEST_KILL_AT === point) process.kill(process.pid, 'SIGKILL');
}

export async function pausePoint(point: KillPoint): Promise<void> {
  if (process.env.QINGDAN_TEST_PAUSE_AT !== point) return;
  await new Promise<void>((resume) => {
    const keepAlive = setInterval(() => {}, 60_000);
    process.once('SIGUSR2', () => {
      clearInterval(keepAlive);
      resume();
    });
    console.error(`paused at ${point}`);
  });
}

export function announceChild(pid: number): void {
  if (process.env.QINGDAN_TEST_ANNOUNCE_CHILD === '1') console.error(`child started ${pid}`);
}
