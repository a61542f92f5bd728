/**
 * The Content-Security-Policy every page declares in a <meta http-equiv>. The site satisfies it:
 * no inline scripts, no inline styles or style attributes, no inline handlers, nothing from
 * another host. A <meta> policy cannot carry frame-ancestors; a server may add it as a header.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly (it allows no JavaScript eval): without
 * it, the same policy sent as an HTTP header blocks search (docs/search.md, "CSP").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
