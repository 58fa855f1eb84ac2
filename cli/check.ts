export function runCheck(_argv: string[]): number { process.stderr.write('check: being written\n'); return 1; }
