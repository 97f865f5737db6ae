import { preview } from 'vite';
import { launch } from '../browser/chromium';
import { openPage, waitForMap } from '../browser/page';
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const browser = await launch();
const q = (lang: string, theme: string) =>
  `#mode=embed&bbox=-118,14,-86,33&lang=${lang}&theme=${theme}&controls=year,layers,legend&title=${encodeURIComponent(lang === 'en' ? 'Where the guns cross <b>south</b>' : 'Por dónde cruzan las armas <b>al sur</b>')}&desc=${encodeURIComponent('Modeled routes of firearms from U.S. court cases.')}&notes=${encodeURIComponent('Routes are modeled via the nearest port.\nSource: court filings.')}&byline=${encodeURIComponent('By A. Reporter')}&credit=${encodeURIComponent('Graphic: The Daily')}`;
try {
  for (const [lang, theme] of [['en', 'light'], ['es', 'dark']])
    for (const w of [320, 600, 1200]) {
      const { page, errors } = await openPage(browser.context, `${server.resolvedUrls!.local[0]}${q(lang!, theme!)}`, { width: w, height: 900 });
      await waitForMap(page);
      await page.waitForTimeout(800);
      await page.screenshot({ path: `test-results/review/embed-${lang}-${theme}-${w}.png`, fullPage: true });
      if (errors.length) console.log(lang, theme, w, errors);
      await page.close();
    }
} finally {
  await browser.close();
  await server.close();
}
