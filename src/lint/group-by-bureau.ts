/** Problems grouped by the bureau folder they are in, with a count per code, for `npm run lint`. */
import type { Problem } from '../validate/problem.ts';

export interface BureauGroup {
  bureau: string;
  problems: Problem[];
  /** [code, count], most frequent first, then by code. */
  counts: [string, number][];
}

export function groupByBureau(problems: Problem[], contentDir = 'content'): BureauGroup[] {
  const prefix = `${contentDir.replace(/\/$/, '')}/`;
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const bureau = problem.file.startsWith(prefix) ? problem.file.slice(prefix.length).split('/')[0]! : problem.file;
    const group = groups.get(bureau);
    if (group) group.push(problem);
    else groups.set(bureau, [problem]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([bureau, list]) => {
      const counts = new Map<string, number>();
      for (const p of list) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
      return { bureau, problems: list, counts: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) };
    });
}
