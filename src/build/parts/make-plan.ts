/** The parts plan of a build (plan.ts) from the validated content: each bureau's key, and whether the cache has its part. */
import { resolve } from 'node:path';
import { buildSiteModel } from '../../model/site-model.ts';
import type { ValidationResult } from '../../validate/validate-content.ts';
import { hasPart } from './part-files.ts';
import { codeDigest, partKeys, type BuildOptions } from './part-inputs.ts';
import type { PartsPlan } from './plan.ts';

export interface PlanRequest {
  root: string;
  options: BuildOptions;
  validation: ValidationResult;
  cache: string;
  /** Only these bureaus' parts (`--bureau`); absent: the whole site. */
  only?: string[];
  siteAddress?: string;
}

export function makePlan(request: PlanRequest): PartsPlan {
  const content = request.validation.content;
  const data = <T>(docs: { data: T }[]) => docs.map((d) => d.data);
  const site = buildSiteModel({ bureaus: data(content.bureaus), items: data(content.items), flowcharts: data(content.flowcharts) });
  const keys = partKeys(site, resolve(request.root, request.options.contentDir), codeDigest(request.root, request.options));
  const wanted = request.only ? new Set(request.only) : undefined;
  const parts = [...keys]
    .filter(([bureau]) => !wanted || wanted.has(bureau))
    .map(([bureau, key]) => ({ bureau, key, cached: hasPart(request.cache, bureau, key) }));
  return { cache: request.cache, parts, publish: !request.only, ...(request.siteAddress ? { siteAddress: request.siteAddress } : {}) };
}
