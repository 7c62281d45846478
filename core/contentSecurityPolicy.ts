/**
 * The one Content-Security-Policy for the renderer, whichever shell serves it (Electron's
 * app:// protocol, the hub's HTTP server, and a meta tag in index.html as a second line).
 * No inline or remote scripts; images may be data/blob URLs because member photos are
 * stored as data URLs; connections go only to our own origin (the hub, its WebSocket).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "font-src 'self'",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
