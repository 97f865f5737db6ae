// Developer tool: screenshots of the built app (run `npm run build` first).
// Usage: tsx test/tools/shoot.ts <out.png> [query] [width] [height]
import { preview } from 'vite';
import { launch } from '../browser/chromium';
import { openPage, waitForMap } from '../browser/page';

const [out = 'test-results/shot.png', query = '', w = '1280', h = '800'] = process.argv.slice(2);
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const browser = await launch();
try {
  const { page, errors, offsite } = await openPage(
    browser.context,
    `${server.resolvedUrls!.local[0]}${query}`,
    {
      width: Number(w),
      height: Number(h),
    },
  );
  const err = await waitForMap(page);
  await page.screenshot({ path: out });
  console.log({ err, errors, offsite });
} finally {
  await browser.close();
  await server.close();
}
