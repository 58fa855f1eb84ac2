// What the coach shows in a page, read through its test hook (src/compose/test-hook.ts, test
// builds only): one reader for the Chromium and the Firefox suites. `readCoachState` runs in the
// page: pass it to the driver's evaluate (Playwright's or Puppeteer's); it uses nothing from here.

export interface CoachBoxState {
  site: string;
  editor: string;
  text: string;
  badge: string;
  open: boolean;
  findings: { rule: string; category: string; severity: string; message: string; spans: { start: number; end: number }[]; texts: string[];
    replacement: { span: { start: number; end: number }; text: string } | null }[];
  praise: string[];
  highlights: { start: number; end: number; severity: string; category?: string; rule?: string; text: string }[];
}

/** In the page: asks the coach's test hook what it shows; [] when the coach has not loaded (no answer in 300 ms). */
export const readCoachState = (): Promise<CoachBoxState[]> =>
  new Promise<CoachBoxState[]>((resolve) => {
    const timer = setTimeout(() => resolve([]), 300);
    window.addEventListener(
      'posting-coach:test-state',
      (event) => {
        clearTimeout(timer);
        resolve(JSON.parse((event as CustomEvent<string>).detail).boxes);
      },
      { once: true },
    );
    window.dispatchEvent(new CustomEvent('posting-coach:test-query'));
  });
