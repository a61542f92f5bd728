/** styles/site.css — the one stylesheet (see src/styles/site-css.ts for why it is an endpoint). */
import { SITE_CSS } from '../../styles/site-css.ts';

export function GET(): Response {
  return new Response(SITE_CSS, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
