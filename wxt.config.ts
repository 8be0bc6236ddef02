import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

// Chromium refuses extension scripts that are not valid UTF-8; esbuild's ascii charset
// escapes every non-ASCII character (Dexie carries a raw U+FFFF) so the output stays ASCII.
/**
 * esbuild's ascii charset leaves characters inside regular-expression literals as they are;
 * this last step escapes whatever is left as \uXXXX, which means the same thing in strings,
 * templates, regular expressions and identifiers.
 */
function asciiOnly(): Plugin {
  return {
    name: 'ascii-only',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = file.code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      }
    },
  };
}

/** The content security policy of the popup, the options page and the background. */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "img-src 'self'",
  "style-src 'self'",
  "connect-src 'self' https: http:",
].join('; ');

export default defineConfig({
  srcDir: '.',
  // Parallel builds (tests, benchmarks) each get their own folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  entrypointsDir: 'entrypoints',
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Albania–Iran Fact Check',
    description: 'Checks claims about the 2022 Albania–Iran rupture against bundled sources, offline.',
    // storage: settings (paused sites); contextMenus: "Fact-check selection"; activeTab: lets
    // the popup read the current tab's address after a click on the toolbar button, so it can
    // say why a browser page or a local file cannot be checked. Reading pages needs no more
    // than the content script's matches; a site is fetched only after asking for it.
    permissions: ['storage', 'contextMenus', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Extension pages run only the extension's own files: no inline or remote script, no
    // plugins, no <base>, no forms posting anywhere, no framing. Fetching an article the user
    // asked for is the only connection they make.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    commands: {
      'check-selection': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Fact-check the selected text',
      },
    },
    ...(browser === 'firefox'
      ? {
          optional_permissions: ['https://*/*', 'http://*/*'],
          browser_specific_settings: {
            // Nothing is collected or sent anywhere; Firefox shows this at install. Firefox 140
            // (the ESR) and 142 on Android are the first to know this key, and 140 is also
            // the first with the CSS Custom Highlight API the notes underline with.
            gecko: { id: 'albania-iran-factcheck@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact(), asciiOnly()],
    esbuild: { charset: 'ascii' },
    build: { target: 'es2022' },
  }),
});
