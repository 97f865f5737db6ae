// Words carried inside a PNG (iTXt chunks, UTF-8): the picture keeps its title, source and
// address when it is saved, uploaded or forwarded apart from the page. Pure.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An iTXt chunk: keyword (Latin letters), no compression, no language tag, UTF-8 text. */
function itxt(keyword: string, text: string): Uint8Array {
  const enc = new TextEncoder();
  const head = enc.encode(keyword.replace(/[^\x20-\x7e]/g, '').slice(0, 79));
  const body = enc.encode(text);
  const data = new Uint8Array(head.length + 5 + body.length);
  data.set(head, 0);
  // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translation NUL.
  data.set(body, head.length + 5);
  return chunk('iTXt', data);
}

/** The PNG with text chunks inserted after its header chunk (IHDR). */
export function withText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  const extra = Object.entries(entries)
    .filter(([, v]) => v)
    .map(([k, v]) => itxt(k, v));
  const size = extra.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, ihdrEnd), 0);
  let at = ihdrEnd;
  for (const c of extra) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(ihdrEnd), at);
  return out;
}

/** The text chunks of a PNG (iTXt and tEXt), by keyword: for tests and readers. */
export function readText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const view = new DataView(png.buffer, png.byteOffset);
  const dec = new TextDecoder();
  for (let at = 8; at + 12 <= png.length;) {
    const len = view.getUint32(at);
    const type = dec.decode(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'iTXt' || type === 'tEXt') {
      const nul = data.indexOf(0);
      const key = dec.decode(data.subarray(0, nul));
      if (type === 'tEXt') out[key] = new TextDecoder('latin1').decode(data.subarray(nul + 1));
      else {
        // Skip flag, method, then the language tag and translated keyword (each NUL-ended).
        let p = nul + 3;
        p = data.indexOf(0, p) + 1;
        p = data.indexOf(0, p) + 1;
        out[key] = dec.decode(data.subarray(p));
      }
    }
    at += 12 + len;
  }
  return out;
}
