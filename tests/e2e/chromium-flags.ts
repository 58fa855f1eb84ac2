// The Chromium flags for a browser with the built extension loaded, shared by the browser tests
// and `npm start`. The network here is closed, so background networking is switched off.
export function chromiumFlags(extensionDir: string, options: { headless: boolean; root: boolean }): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    ...(options.root ? ['--no-sandbox'] : []),
    ...(options.headless ? ['--headless=new', '--disable-gpu'] : []),
  ];
}
