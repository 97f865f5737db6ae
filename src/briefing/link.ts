// A whole briefing in a link: its JSON, deflated and written in base64url, in the hash
// (`#mode=briefing&b=…`). The hash never reaches a server, so a shared briefing stays between
// the people who have the link; and it works offline, like everything else.

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('the link’s briefing is not base64url text');
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** The briefing (any JSON value) as the `b` parameter of a link. */
export async function encodeBriefing(briefing: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(briefing));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** The JSON a link carries; throws with a reader's message if the text was cut or changed. */
export async function decodeBriefing(param: string): Promise<unknown> {
  let json: string;
  try {
    json = new TextDecoder().decode(
      await pipe(fromBase64Url(param), new DecompressionStream('deflate-raw')),
    );
  } catch (e) {
    throw new Error(
      `the link’s briefing could not be read (was the link cut short?): ${(e as Error).message}`,
    );
  }
  try {
    return JSON.parse(json);
  } catch {
    throw new Error('the link’s briefing is not JSON (was the link cut short?)');
  }
}
