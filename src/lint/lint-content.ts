/** The linter: warnings a list maintainer must look at. They never fail the build. */
import type { LoadedContent } from '../validate/cross-checks.ts';
import type { Problem } from '../validate/problem.ts';

export function lintContent(_content: LoadedContent): Problem[] {
  return [];
}
