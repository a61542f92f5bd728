/** data/all.csv — every bureau's items, one row each (format in docs/open-data.md). */
import { siteModel } from '../../model/site-model.ts';
import { CSV_HEADERS, openDataCsv } from './_open-data.ts';

export function GET(): Response {
  return new Response(openDataCsv(siteModel().bureaus), { headers: CSV_HEADERS });
}
