import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseFragment } from './fragment.ts';

const plain = (json: string) => new TextEncoder().encode(`pagefind_dcd${json}`);

describe('parseFragment', () => {
  const json = JSON.stringify({ url: '/ar/articles/a1/index.html', content: 'هجوم\u200B لداعش', meta: { title: 'هجوم' }, anchors: [{ element: 'span', id: 's-0', text: 'هجوم', location: 0 }] });

  it('gunzips a fragment file and reads its JSON, without the zero-width spaces between elements', async () => {
    const f = await parseFragment(new Uint8Array(gzipSync(plain(json))));
    expect(f.url).toBe('/ar/articles/a1/index.html');
    expect(f.content).toBe('هجوم لداعش');
    expect(f.meta).toEqual({ title: 'هجوم' });
    expect(f.anchors).toEqual([{ element: 'span', id: 's-0', text: 'هجوم', location: 0 }]);
  });

  it('reads a fragment that arrived already decoded (a server that sent it gzip-encoded)', async () => {
    expect((await parseFragment(plain(json))).content).toBe('هجوم لداعش');
  });

  it('names the file when it is not a Pagefind fragment', async () => {
    await expect(parseFragment(new Uint8Array(gzipSync(new TextEncoder().encode('{"url":"x"}'))), 'fragment/x.pf_fragment'))
      .rejects.toThrow('fragment/x.pf_fragment is not a Pagefind fragment');
  });
});
