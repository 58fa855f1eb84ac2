import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: 'src',
  // Parallel builds (tests, benches) may each use their own output folder.
  outDir: process.env.POSTING_COACH_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Posting Coach',
    description: 'Coaches you while you write social-media posts. Private: no text leaves your browser.',
    permissions: ['storage', 'alarms'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'posting-coach@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
