/** data/all.json — every bureau's list in one file (format in docs/open-data.md). */
import { siteModel } from '../../model/site-model.ts';
import { JSON_HEADERS, openDataJson } from './_open-data.ts';

export function GET(): Response {
  return new Response(openDataJson(siteModel().bureaus), { headers: JSON_HEADERS });
}
