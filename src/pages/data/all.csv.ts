/** data/all.csv — every bureau's items, one row each (format in docs/open-data.md). */
import { siteModel } from '../../model/site-data.ts';
import { CSV_HEADERS, openDataCsv } from './_open-data.ts';

export async function GET(): Promise<Response> {
  return new Response(openDataCsv((await siteModel()).bureaus), { headers: CSV_HEADERS });
}
