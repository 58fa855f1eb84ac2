// Whether this build carries the hooks the browser tests use (the page-readable state query in
// the content script, `postingCoachPolicy` in the service worker). Set at build time from
// POSTING_COACH_TEST_HOOKS=1 (tests/e2e/global-setup.ts); a production build compiles them out,
// which tests/security/production-build.test.ts checks on the built files.
declare const __POSTING_COACH_TEST_HOOKS__: boolean | undefined;

export const TEST_HOOKS: boolean = typeof __POSTING_COACH_TEST_HOOKS__ !== 'undefined' && __POSTING_COACH_TEST_HOOKS__ === true;
