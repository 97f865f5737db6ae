// Raw files as a stream of text, in bounded memory: gzip detected by its magic bytes, the
// encoding detected per file (UTF-8 when every byte sequence is valid UTF-8, else Windows-1252),
// and any failure to read named by the file it happened in.
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import iconv from 'iconv-lite';
import { DataError } from './errors';

export type Encoding = 'utf-8' | 'windows-1252';

async function isGzip(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await fh.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

/** The file's bytes, gunzipped when it is gzip, as a stream; errors name the file. */
async function* bytes(path: string, name: string): AsyncGenerator<Buffer> {
  const gz = await isGzip(path);
  const source = createReadStream(path, { highWaterMark: 1 << 20 });
  const stream = gz ? source.pipe(createGunzip({ chunkSize: 1 << 20 })) : source;
  if (gz) source.on('error', (e) => stream.destroy(e));
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (e) {
    const msg = (e as Error).message;
    throw new DataError(
      name,
      gz
        ? `not a readable gzip file (${msg}): the file is truncated or corrupt`
        : `cannot be read (${msg})`,
    );
  } finally {
    source.destroy();
  }
}

/**
 * Detects the encoding in one streaming pass: UTF-8 when all bytes are valid UTF-8 (a sequence
 * split across chunks is carried over), else Windows-1252, the superset of Latin-1 that public
 * Mexican and U.S. files use (its 0x92 is the apostrophe ’, not a control character).
 */
export async function detectEncoding(path: string, name: string): Promise<Encoding> {
  let carry = Buffer.alloc(0);
  for await (const chunk of bytes(path, name)) {
    const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    // Cut before a trailing incomplete multi-byte sequence (at most 3 bytes) and carry it over.
    let end = buf.length;
    for (let k = 1; k <= 3 && k <= buf.length; k++) {
      const b = buf[buf.length - k]!;
      if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
      if (b >= 0xc0 && k < (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2)) end = buf.length - k;
      break;
    }
    if (!isUtf8(buf.subarray(0, end))) return 'windows-1252';
    carry = Buffer.from(buf.subarray(end));
  }
  return carry.length && !isUtf8(carry) ? 'windows-1252' : 'utf-8';
}

/** The file as decoded text pieces (a byte-order mark removed), in the given encoding. */
export async function* textPieces(
  path: string,
  name: string,
  encoding: Encoding,
): AsyncGenerator<string> {
  const decoder =
    encoding === 'utf-8'
      ? { write: (b: Buffer) => utf8.decode(b, { stream: true }), end: () => utf8.decode() }
      : iconv.getDecoder('win1252');
  const utf8 = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of bytes(path, name)) {
    let text = decoder.write(chunk);
    if (first && text.length) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
