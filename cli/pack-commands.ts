export function runPack(_argv: string[]): number { process.stderr.write('pack: being written\n'); return 1; }
