/** scripts/search.js — the search page's script (see src/search/client-bundle.ts). */
import { searchScript } from '../../search/client-bundle.ts';

export function GET(): Response {
  return new Response(searchScript().code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
