import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './src/compose/sites/matches';
import { GECKO_ID } from './src/gecko-id';
import { DATA_FILE, stripExamples } from './build/strip-examples';

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
    ...(browser === 'firefox'
      ? {
          // No storage.managed_schema here: Firefox does not know the key (it warns "An unexpected
          // property") and reads policy values from policies.json unchecked (docs/enterprise-policy.md).
          // Firefox builds MV2, which has no optional_host_permissions: the same origins go here.
          optional_permissions: ['https://*/*'],
          browser_specific_settings: {
            gecko: {
              // The add-on id AMO signs, and the key of the Firefox policies.json section
              // (3rdparty.Extensions.<id>). Never change it: policies and profiles are keyed by it.
              id: GECKO_ID,
              // 140: the first ESR with data_collection_permissions and the CSS Custom Highlight API.
              strict_min_version: '140.0',
              // Required of new add-ons: it collects nothing (post text never leaves the browser).
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Chrome reads enterprise policy for the extension against this schema (docs/enterprise-policy.md).
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
  hooks: {
    // Firefox checks no policy schema (it reads policies.json as is): do not ship Chrome's there.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') return;
      const schema = files.findIndex((file) => file.relativeDest === 'managed-schema.json');
      if (schema >= 0) files.splice(schema, 1);
    },
  },
  vite: () => ({
    plugins: [{ name: 'posting-coach:strip-examples', enforce: 'pre' as const, transform: (code: string, id: string) => (DATA_FILE.test(id) ? { code: stripExamples(code), map: null } : undefined) }],
    // Test hooks exist only in the build the browser tests use (src/test-hooks.ts).
    define: { __POSTING_COACH_TEST_HOOKS__: JSON.stringify(process.env.POSTING_COACH_TEST_HOOKS === '1') },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
