// `posting-coach check`: what the coach says about a post, with line:col for each finding.
import { readFileSync } from 'node:fs';
import { analyse } from '../src/engine';
import { lineColumn } from '../src/engine/pack/json-error';
import type { Finding, Intensity, Report, Role, Severity, Span } from '../src/engine/types';
import { parseArgs, stringFlag } from './args';
import { escapeControl } from './escape';
import { cliMessages } from './messages';
import { DEFAULT_PACK, langFlag, loadPackFile, printPackErrors } from './pack-file';

const USAGE = `Usage: posting-coach check [TEXT | --file F | -] [--pack P] [--json] [--site S] [--reply]
         [--role employee|spokesperson] [--lang nl|en] [--intensity gentle|normal|thorough] [--fail-on info|nudge|warning]
  TEXT is the post; with --file it is read from a file, with - (or piped in) from standard input.
  Without --pack the bundled default pack is used. Exit code 0, also when there are findings,
  unless --fail-on names a severity: then 1 when a finding of that severity or higher appears.
`;

const RANK: Record<Severity, number> = { info: 0, nudge: 1, warning: 2 };
const INTENSITIES = ['gentle', 'normal', 'thorough'];

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export interface LocatedSpan extends Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Spans with 1-based line and column; a column counts characters, so an emoji is one. */
export function locate(text: string, span: Span): LocatedSpan {
  const start = lineColumn(text, span.start);
  const end = lineColumn(text, span.end);
  return { ...span, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function located(text: string, report: Report) {
  return {
    ...report,
    findings: report.findings.map((f) => {
      const spans = f.spans.map((s) => locate(text, s));
      return { ...f, line: spans[0]?.line ?? 1, column: spans[0]?.column ?? 1, spans };
    }),
  };
}

function formatFinding(text: string, f: Finding, report: Report): string {
  const m = cliMessages(report.messageLang);
  const at = f.spans[0] ? locate(text, f.spans[0]) : { line: 1, column: 1 };
  const lines = [`${at.line}:${at.column}  ${f.severity.padEnd(7)}  ${f.rule}  ${f.message}`];
  const marked = f.spans.map((s) => text.slice(s.start, s.end)).filter((s) => s.length <= 80);
  if (marked.length) lines.push(`    ${marked.map((m) => JSON.stringify(m)).join(', ')}`);
  if (f.why) lines.push(`    ${m.why}: ${f.why}`);
  if (f.suggestion) lines.push(`    ${m.try}: ${f.suggestion}`);
  // Messages and spans come from the pack and the post: no control characters reach the terminal.
  return lines.map(escapeControl).join('\n') + '\n';
}

async function postText(args: ReturnType<typeof parseArgs>): Promise<string | undefined> {
  const file = stringFlag(args, 'file');
  if (file) return readFileSync(file, 'utf8');
  if (args.positionals.length === 1 && args.positionals[0] === '-') return readStdin();
  if (args.positionals.length > 0) return args.positionals.join(' ');
  return process.stdin.isTTY ? undefined : readStdin();
}

export async function runCheck(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'reply']);
  const lang = langFlag(stringFlag(args, 'lang'));
  const role = stringFlag(args, 'role') ?? 'employee';
  const intensity = stringFlag(args, 'intensity') ?? 'thorough';
  const failOn = stringFlag(args, 'fail-on');
  if (lang === 'invalid' || !['employee', 'spokesperson'].includes(role) || !INTENSITIES.includes(intensity) || (failOn && !(failOn in RANK))) {
    process.stderr.write(USAGE);
    return 2;
  }
  let text: string | undefined;
  try {
    text = await postText(args);
  } catch (error) {
    process.stderr.write(`posting-coach check: cannot read the post: ${(error as Error).message}\n`);
    return 2;
  }
  if (text === undefined) {
    process.stderr.write(USAGE);
    return 2;
  }
  const packFile = stringFlag(args, 'pack') ?? DEFAULT_PACK;
  const loaded = loadPackFile(packFile, { lang });
  if (!loaded.ok) {
    printPackErrors(packFile, loaded.errors, (s) => process.stderr.write(s), lang);
    return 1;
  }
  const site = stringFlag(args, 'site');
  const report = analyse({ text, site, reply: args.flags.has('reply'), role: role as Role, lang, intensity: intensity as Intensity }, loaded.compiled);
  if (args.flags.has('json')) process.stdout.write(JSON.stringify(located(text, report), null, 2) + '\n');
  else {
    for (const f of report.findings) process.stdout.write(formatFinding(text, f, report));
    process.stdout.write(cliMessages(report.messageLang).findings(report.findings.length, report.language) + '\n');
  }
  const failing = failOn ? report.findings.some((f) => RANK[f.severity] >= RANK[failOn as Severity]) : false;
  return failing ? 1 : 0;
}
