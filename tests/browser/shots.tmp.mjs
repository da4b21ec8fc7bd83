import { chromium } from 'playwright-core';
const [base, thread, cookie] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
const [name, value] = cookie.split('; ')[0].split('=');
for (const [w, h] of [[360, 740], [1280, 900]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  await ctx.addCookies([{ name, value, url: base }]);
  const page = await ctx.newPage();
  await page.goto(`${base}/g/pyleeds/discussions`);
  await page.screenshot({ path: `/tmp/shots/list-${w}.png`, fullPage: false });
  await page.goto(`${base}/g/pyleeds/discussions/${thread}`);
  await page.screenshot({ path: `/tmp/shots/thread-${w}.png`, fullPage: false });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.screenshot({ path: `/tmp/shots/thread-end-${w}.png`, fullPage: false });
  console.log(w, await page.evaluate(() => document.documentElement.scrollWidth));
}
await browser.close();
