/**
 * What `npm run build` does before Astro starts, run in a worker thread (scripts/build.ts): the
 * content validated once, the validation handed over to Astro's content loader, and, when parts
 * are cached, the parts plan (src/build/parts/). At 10,000 items this holds ~700 MB (documents,
 * positions, the site model, the alignment); in a worker it is all given back when the worker
 * ends, instead of staying in the build process for the whole Astro build. Only the outcome
 * comes back: the error lines, the bureaus, the plan.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { ALIGNMENT_FILE_ENV } from '../align/alignment-store.ts';
import { validationKey, writeValidationHandOver } from '../content/loader.ts';
import { checkContent } from '../lint/check-content.ts';
import { formatProblem } from '../validate/problem.ts';
import { prepareCache } from './parts/cache-folder.ts';
import { makePlan } from './parts/make-plan.ts';
import type { BuildOptions } from './parts/part-inputs.ts';
import { writePlan, type PartsPlan } from './parts/plan.ts';

export interface PrepareRequest {
  root: string;
  options: BuildOptions;
  /** Where the validation goes for Astro's content loader. */
  handOver: string;
  /** Part cache, plan file and the bureaus asked for (`--bureau`); absent with --no-cache. */
  parts?: { cache: string; planFile: string; only?: string[]; siteAddress?: string };
}

export interface Prepared {
  /** One formatted line per error; empty when the content is valid. */
  errors: string[];
  bureaus: string[];
  plan?: PartsPlan;
}

export function prepareBuild(request: PrepareRequest): Prepared {
  const { root, options } = request;
  const validatedFiles = validationKey(root, options.contentDir);
  const result = checkContent(root, options.contentDir);
  const errors = result.problems.filter((p) => p.level === 'error').map(formatProblem);
  const bureaus = result.content.bureaus.map((d) => d.data.id);
  if (errors.length > 0 || (request.parts?.only ?? []).some((b) => !bureaus.includes(b))) return { errors, bureaus };
  writeValidationHandOver(request.handOver, validatedFiles, result);
  if (!request.parts) return { errors, bureaus };
  const { cache, planFile, only, siteAddress } = request.parts;
  prepareCache(cache);
  // Aligned once and kept for the next build while names and citations stay the same (src/align/alignment-store.ts).
  process.env[ALIGNMENT_FILE_ENV] = alignmentFile(cache);
  const plan = makePlan({ root, options, validation: result, cache, only, siteAddress });
  writePlan(planFile, plan);
  return { errors, bureaus, plan };
}

export const alignmentFile = (cache: string) => join(cache, '.alignment.json');

if (!isMainThread && workerData?.prepareBuild) parentPort!.postMessage(prepareBuild(workerData.prepareBuild as PrepareRequest));
