import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Writes a text file and, when it is worth it, its `.gz` and `.br` copies for hosts that serve
 * precompressed files. Faster settings than the bundle's own files get (see precompress.ts):
 * thousands of pages are written here, and the highest levels gain them only a few percent.
 */
export function writeCompressed(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  if (text.length < 1024) return;
  writeFileSync(`${file}.gz`, gzipSync(text, { level: 6 }));
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  );
}

const madeFolders = new Set<string>();

/**
 * `writeCompressed` without waiting for the disk: the files are written while the caller goes on
 * (rendering the next page), which on a slow disk took twice as long as compressing them.
 */
export async function writeCompressedAsync(file: string, text: string): Promise<void> {
  const folder = dirname(file);
  // Thousands of pages share a few folders: asking for each again cost as much as writing it.
  if (!madeFolders.has(folder)) {
    await mkdir(folder, { recursive: true });
    madeFolders.add(folder);
  }
  const writes = [writeFile(file, text)];
  if (text.length >= 1024) {
    writes.push(
      writeFile(`${file}.gz`, gzipSync(text, { level: 6 })),
      writeFile(
        `${file}.br`,
        brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
      ),
    );
  }
  await Promise.all(writes);
}
