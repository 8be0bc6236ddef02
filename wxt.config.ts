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

export default defineConfig({
  srcDir: '.',
  // Parallel builds (tests, benchmarks) each get their own folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  entrypointsDir: 'entrypoints',
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Albania–Iran Fact Check',
    description: 'Checks claims about the 2022 Albania–Iran rupture against bundled sources, offline.',
    permissions: ['storage', 'contextMenus', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'check-selection': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Fact-check the selected text',
      },
    },
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'], browser_specific_settings: { gecko: { id: 'albania-iran-factcheck@example.org', strict_min_version: '115.0' } } }
      : {}),
  }),
  vite: () => ({
    plugins: [preact(), asciiOnly()],
    esbuild: { charset: 'ascii' },
    build: { target: 'es2022' },
  }),
});
