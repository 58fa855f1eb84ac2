import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './src/compose/sites/matches';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: 'src',
  // WXT resolves publicDir from the project root, not from srcDir.
  publicDir: 'src/public',
  // Parallel builds (tests, benches) may each use their own output folder.
  outDir: process.env.POSTING_COACH_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    // Opens the coach's panel in the page; a command, so people can remap it (chrome://extensions/shortcuts).
    commands: { 'open-coach': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdOpenCoach__' } },
    permissions: ['storage', 'alarms', 'activeTab', 'scripting'],
    // The built-in social sites only: the coach is injected there when a compose box is used.
    host_permissions: SITE_MATCHES,
    optional_host_permissions: ['https://*/*'],
    // Chrome reads enterprise policy for the extension against this schema (docs/enterprise-policy.md).
    storage: { managed_schema: 'managed-schema.json' },
    ...(browser === 'firefox'
      ? {
          // Firefox builds MV2, which has no optional_host_permissions: the same origins go here.
          optional_permissions: ['https://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'posting-coach@example.org',
              // 140: the first ESR with data_collection_permissions and the CSS Custom Highlight API.
              strict_min_version: '140.0',
              // Required of new add-ons: it collects nothing (post text never leaves the browser).
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    // Test hooks exist only in the build the browser tests use (src/test-hooks.ts).
    define: { __POSTING_COACH_TEST_HOOKS__: JSON.stringify(process.env.POSTING_COACH_TEST_HOOKS === '1') },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
