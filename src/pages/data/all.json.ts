/** data/all.json — every bureau's list in one file (format in docs/open-data.md). */
import { siteModel } from '../../model/site-data.ts';
import { JSON_HEADERS, openDataJson } from './_open-data.ts';

export async function GET(): Promise<Response> {
  return new Response(openDataJson((await siteModel()).bureaus), { headers: JSON_HEADERS });
}
