/** data/<bureau>.csv — one bureau's list, one row per item (format in docs/open-data.md). */
import type { APIContext } from 'astro';
import { bureauPaths } from '../_static-paths.ts';
import type { BureauModel } from '../../model/site-model.ts';
import { CSV_HEADERS, openDataCsv } from './_open-data.ts';

export const getStaticPaths = bureauPaths;

export function GET({ props }: APIContext<{ model: BureauModel }>): Response {
  return new Response(openDataCsv([props.model]), { headers: CSV_HEADERS });
}
