/**
 * One build at a time per output folder: `<outDir>.lock` is created exclusively and holds the
 * owner's pid. A second build into the same folder stops with an error; a lock whose process is
 * gone (a killed build) is taken over. The same lock, on another path, makes builds of one project
 * take turns where Astro shares a folder between them (scripts/build.ts).
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export class BuildLocked extends Error {
  override name = 'BuildLocked';
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface Lock {
  path: string;
  release(): void;
}

/** What the holder of a lock is doing, for the message a second build gets. */
export const OUTPUT_FOLDER = { zh: '正在写入同一输出文件夹', en: 'is writing this output folder' };

export function acquireLock(outDir: string, holder = OUTPUT_FOLDER): Lock {
  const path = `${outDir}.lock`;
  // A new output folder may sit in a folder that does not exist yet (--outDir /srv/new/dist).
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return { path, release: () => rmSync(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(pid) && pid > 0 && alive(pid))
        throw new BuildLocked(`另一个构建（进程 ${pid}）${holder.zh}；请等它结束（若确认没有构建在运行，可删除锁文件 ${path}） / another build (pid ${pid}) ${holder.en}; delete ${path} if no build is running`);
      rmSync(path, { force: true }); // left by a build that was killed
    }
  }
  throw new BuildLocked(`无法取得构建锁 ${path} / could not take the build lock`);
}
