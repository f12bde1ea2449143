// Vite plugin: writes the app's Content-Security-Policy into index.html as a <meta> tag, from the
// same module the hosts use for the header, so the two can never disagree.
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from '../src-main/host/csp';

export function cspMetaPlugin(): Plugin {
  return {
    name: 'smo-csp-meta',
    // The dev server's page takes its (relaxed) policy from the header alone.
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
