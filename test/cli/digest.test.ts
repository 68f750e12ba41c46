import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digest, entryLines } from '../support/digest-factory';

const root = resolve(__dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'digest-cli-'));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/digest.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

describe('digest json', () => {
  it('prints entries and warnings as JSON and exits 0', () => {
    const path = file('ok.txt', digest('2024년 3월 8일', entryLines({ tags: '' })));
    const { code, stdout } = run('json', path);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { entries: Array<{ id: string }>; warnings: unknown[] };
    expect(parsed.entries.map((entry) => entry.id)).toEqual(['2024-03-08-a-study-of-things']);
    expect(parsed.warnings).toEqual([
      {
        line: 2,
        kind: 'no-tags',
        message: 'entry has no tag line; left its tags empty',
        quote: 'A Study of Things',
      },
    ]);
  });

  it('replaces bytes that are not UTF-8 and warns', () => {
    const path = file(
      'latin1.txt',
      Buffer.concat([
        Buffer.from('Title\n(Ann '),
        Buffer.from([0xff]),
        Buffer.from(' Lee)\n#llm\n'),
      ]),
    );
    const { code, stdout } = run('json', path);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as {
      entries: Array<{ authors: string[] }>;
      warnings: Array<{ line: number; message: string }>;
    };
    expect(parsed.entries[0]?.authors).toEqual(['Ann \uFFFD Lee']);
    expect(parsed.warnings).toContainEqual({
      line: 2,
      kind: 'invalid-utf8',
      message: expect.stringContaining('not valid UTF-8'),
      quote: '(Ann \uFFFD Lee)',
    });
  });

  it('gives an unreadable path a one-line error and exit 2', () => {
    const { code, stdout, stderr } = run('json', join(folder, 'missing.txt'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('cannot read');
  });
});

describe('digest lint', () => {
  it('prints FILE:LINE: message for every warning and exits 1', () => {
    const path = file('bad.txt', digest('2024년 13월 45일', entryLines({ authors: '(Ann Lee' })));
    const { code, stdout } = run('lint', path);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toEqual([
      `${path}:1: impossible date 2024-13-45; entries after it are undated until the next date line`,
      `${path}:3: authors line has no closing parenthesis; read it to the end of the line`,
    ]);
  });

  it('is silent and exits 0 on a clean digest', () => {
    const { code, stdout } = run('lint', resolve(root, 'data/digest.txt'));
    expect([code, stdout]).toEqual([0, '']);
  });
});
