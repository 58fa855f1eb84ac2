// The command line for communication staff: check posts, validate and test packs, evaluate
// the detectors on a labelled corpus. Every command returns its exit code.
const USAGE = `posting-coach — the Posting Coach rule engine on the command line

Usage:
  posting-coach check [TEXT | --file F | -] --pack P [--json] [--site S] [--reply] [--role R]
  posting-coach pack validate P
  posting-coach pack test P
  posting-coach pack fingerprint P           print the pack with fingerprints instead of release texts
  posting-coach eval --corpus FILE.jsonl --packs DIR [--json]
`;

/** A reader that stops early (`| head`) closes the pipe: stop quietly, as other command-line tools do. */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`posting-coach: cannot write the output: ${error.message}\n`);
    process.exit(1);
  });
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return (await import('./check')).runCheck(rest);
      case 'pack':
        return (await import('./pack-commands')).runPack(rest);
      case 'eval':
        return (await import('./eval')).runEval(rest);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    process.stderr.write(`posting-coach: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
