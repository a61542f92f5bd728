/**
 * The QR code an item sheet prints: an SVG made at build time by the `qrcode` library (no
 * network, no script in the page), leading to the item's online address. The address needs
 * SITE_URL (the deployed home page); without it there is no online address and no QR code.
 */
import QRCode from 'qrcode';
import { itemPath } from '../model/paths.ts';

/** The item's address on the deployed site, or undefined when SITE_URL is not set. */
export function onlineItemUrl(site: URL | undefined, bureau: string, id: string): string | undefined {
  if (!site) return undefined;
  const home = site.href.endsWith('/') ? site.href : `${site.href}/`;
  return new URL(itemPath(bureau, id), home).href;
}

/**
 * The code as an SVG element (black modules on white, a 4-module quiet zone as the standard asks),
 * error correction M. The library's markup holds only paths; the address is not in it as text.
 */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  // The figure around it gives the text alternative; the drawing itself is decorative.
  return svg.replace('<svg ', '<svg class="qr-code__svg" aria-hidden="true" focusable="false" ');
}
