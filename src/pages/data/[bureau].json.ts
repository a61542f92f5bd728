/** data/<bureau>.json — one bureau's list (format in docs/open-data.md). */
import type { APIContext } from 'astro';
import { bureauPaths } from '../_static-paths.ts';
import type { BureauModel } from '../../model/site-model.ts';
import { JSON_HEADERS, openDataJson } from './_open-data.ts';

export const getStaticPaths = bureauPaths;

export function GET({ props }: APIContext<{ model: BureauModel }>): Response {
  return new Response(openDataJson([props.model]), { headers: JSON_HEADERS });
}
