/**
 * Deployment settings read from the environment at build time. They only change what the portal
 * meta tags say; every link stays relative whatever they are.
 *   SITE_NAME     the portal's or region's name (示例县人民政府) for <meta name="SiteName">, and in
 *                 the site's title, which then reads 示例县人民政府权责清单 (default just 权责清单)
 *   SITE_ID_CODE  the portal's 网站标识码 for <meta name="SiteIDCode">, when it has one
 *   SITE_URL      (read by astro.config.mjs) the deployed address: enables absolute Url meta and the sitemap
 */
export const SITE_NAME = process.env.SITE_NAME?.trim() || '权责清单';
/** The name the header, the home page and <title> show: whose list it is, when SITE_NAME says. */
export const SITE_TITLE = siteTitle(SITE_NAME);

export function siteTitle(name: string): string {
  return name.includes('清单') ? name : `${name}权责清单`;
}
export const SITE_ID_CODE = process.env.SITE_ID_CODE?.trim() || undefined;
