/**
 * Command line for digest editors.
 *
 *   digest json FILE   prints { "entries": [...], "warnings": [...] } as JSON; exits 0 for any text
 *   digest lint FILE   prints FILE:LINE: message for every warning; exits 1 when there is any
 *
 * An unreadable path gets a one-line error and exit 2.
 */
import { readFileSync } from 'node:fs';
import { parseDigestBytes } from '../digest';

const USAGE = 'usage: digest json|lint FILE';

function main(args: string[]): number {
  const [command, file, ...rest] = args;
  if ((command !== 'json' && command !== 'lint') || file === undefined || rest.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    process.stderr.write(`digest: cannot read ${file} (${reason})\n`);
    return 2;
  }
  const { entries, warnings } = parseDigestBytes(bytes);
  if (command === 'json') {
    process.stdout.write(`${JSON.stringify({ entries, warnings }, null, 2)}\n`);
    return 0;
  }
  for (const warning of warnings)
    process.stdout.write(`${file}:${warning.line}: ${warning.message}\n`);
  return warnings.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
