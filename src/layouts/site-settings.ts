/**
 * Deployment settings read from the environment at build time. They only change what the portal
 * meta tags say; every link stays relative whatever they are.
 *   SITE_NAME     the portal's name for <meta name="SiteName"> (default 权责清单)
 *   SITE_ID_CODE  the portal's 网站标识码 for <meta name="SiteIDCode">, when it has one
 *   SITE_URL      (read by astro.config.mjs) the deployed address: enables absolute Url meta and the sitemap
 */
export const SITE_NAME = process.env.SITE_NAME?.trim() || '权责清单';
export const SITE_ID_CODE = process.env.SITE_ID_CODE?.trim() || undefined;
