/**
 * The Content-Security-Policy every page declares in a <meta http-equiv>. The site satisfies it:
 * no inline scripts, no inline styles or style attributes, no inline handlers, nothing from
 * another host. A <meta> policy cannot carry frame-ancestors; a server may add it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
