/**
 * The one Content-Security-Policy for the renderer, whichever shell serves it (Electron's
 * app:// protocol, the hub's HTTP server, and a meta tag in index.html as a second line).
 * No inline or remote scripts; images may be data/blob URLs because member photos are
 * stored as data URLs. Connections may go to any http(s)/ws(s) address: the desktop app runs
 * on app://landhub and syncs with a hub somewhere on the LAN whose address nobody knows in
 * advance. Connecting is not executing: scripts, styles and frames stay 'self' only.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "font-src 'self'",
  "connect-src 'self' http: https: ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
