import { preview } from 'vite';
import { launch } from '../browser/chromium';
import { openPage, waitForMap } from '../browser/page';
const VIEWS: [string, string, number, number][] = [
  ['embed-top-es', '#mode=embed&lang=es&chain=top', 600, 900],
  ['embed-cover-en', '#mode=embed&lang=en&cover=-110.9747,32.2226', 375, 900],
  ['gunshow-es', '#lang=es&chain=dealer:tx-mcallen-saxet-gun-show', 1280, 900],
  ['top-en', '#lang=en&chain=top', 1280, 900],
];
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const browser = await launch();
try {
  for (const [name, hash, w, h] of VIEWS) {
    const { page, errors } = await openPage(
      browser.context,
      `${server.resolvedUrls!.local[0]}${hash}`,
      { width: w, height: h },
    );
    await waitForMap(page);
    await page.waitForTimeout(1500);
    if (name.startsWith('gunshow'))
      await page.locator('aside.chain table.dealers').scrollIntoViewIfNeeded();
    await page.screenshot({
      path: `test-results/review/${name}.png`,
      fullPage: name.startsWith('embed'),
    });
    if (errors.length) console.log(name, errors);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
