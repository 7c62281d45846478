import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from '../core/contentSecurityPolicy.ts';

/**
 * The CSP also travels inside the page, for shells that cannot set headers. Browsers ignore
 * frame-ancestors in a meta tag (and complain), so that one stays header-only.
 */
function contentSecurityPolicyMeta(): Plugin {
  const metaPolicy = contentSecurityPolicy.split('; ').filter((directive) => !directive.startsWith('frame-ancestors')).join('; ');
  return {
    name: 'landhub-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset paths: the same build loads from app://landhub/ in Electron and from the hub over HTTP.
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  resolve: { alias: { '@core': fileURLToPath(new URL('../core', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Maps are written for a developer's own tools but not linked from the bundle: the hub refuses
    // *.map outside LANDHUB_DEV, and a link to a file that answers 404 only adds noise to DevTools.
    sourcemap: 'hidden',
    chunkSizeWarningLimit: 1500,
  },
});
