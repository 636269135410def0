/**
 * The W3C Nu HTML checker (vnu.jar from the `vnu-jar` npm package), run
 * offline with the system's Java. One JVM start checks any number of files.
 * We call the jar directly: the package's own wrapper and its postinstall
 * script would download a Java runtime when none is found.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './site.ts';

export const VNU_JAR = path.join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** One message of the checker: the file, where in it, what is wrong. */
export interface VnuMessage {
  /** Absolute path of the checked file. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  message: string;
  /** The source around the error, as the checker quotes it. */
  extract?: string | undefined;
}

interface RawMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string | undefined;
}

function java(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

/**
 * Checks the given HTML files and returns their errors (warnings and infos are
 * left out). Throws, in German, when Java or the jar is missing or the checker
 * does not answer with its JSON report.
 */
export function checkHtml(files: string[]): VnuMessage[] {
  if (!existsSync(VNU_JAR)) {
    throw new Error(`Der HTML-Prüfer fehlt: ${VNU_JAR}. Erst "npm ci" ausführen (Paket vnu-jar).`);
  }
  // Only the quick JIT (C1) and the serial collector: the checker runs a few seconds, too short for the
  // optimising compiler to pay off; half the CPU time on a small machine. C1's frames are larger, hence the stack.
  const run = spawnSync(java(), ['-Xss16m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) {
    throw new Error(
      `Java fehlt für den HTML-Prüfer (${run.error.message}). "bash scripts/ensure-system.sh" installiert default-jre-headless.`,
    );
  }
  let report: { messages?: RawMessage[] };
  try {
    // The checker writes its JSON report to stderr; a JVM warning may come before it.
    report = JSON.parse(run.stderr.slice(run.stderr.indexOf('{"')));
  } catch {
    throw new Error(`Der HTML-Prüfer lieferte keinen Bericht (Exit ${run.status}):\n${run.stderr}${run.stdout}`);
  }
  return (report.messages ?? [])
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      file: m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? '?'),
      line: m.lastLine,
      column: m.firstColumn ?? m.lastColumn,
      message: m.message,
      extract: m.extract,
    }));
}

/** "suche/index.html:3:7842: Stray start tag “script”.\n    …</html><script…" relative to `dir`. */
export function formatMessage(m: VnuMessage, dir: string): string {
  const where = [path.relative(dir, m.file), m.line, m.column].filter((x) => x !== undefined).join(':');
  const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ')}` : '';
  return `${where}: ${m.message}${extract}`;
}
