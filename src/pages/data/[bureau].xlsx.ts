/** data/<bureau>.xlsx — one bureau's list as an Excel workbook (format in docs/open-data.md). */
import type { APIContext } from 'astro';
import { bureauPaths } from '../_static-paths.ts';
import type { BureauModel } from '../../model/site-model.ts';
import { openDataXlsx, XLSX_HEADERS } from './_open-data-xlsx.ts';

export const getStaticPaths = bureauPaths;

export function GET({ props }: APIContext<{ model: BureauModel }>): Response {
  return new Response(openDataXlsx(props.model), { headers: XLSX_HEADERS });
}
