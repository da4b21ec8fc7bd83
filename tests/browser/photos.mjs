// Photos after a meetup, in a real browser: a person who went opens the meetup's gallery on a
// phone, chooses two photos in the file picker with a caption, and sends the form; the
// gallery then shows both, loaded and upright, and the event page shows their thumbnails.
// Usage: node photos.mjs BASE_URL EMAIL PASSWORD EVENT_PATH PHOTO_1 PHOTO_2
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const [base, email, password, eventPath, ...files] = process.argv.slice(2);
const url = (path) => new URL(path, base).toString();
const problems = [];
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
try {
  const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await page.goto(url('/account/login'));
  await page.fill('#f-email', email);
  await page.fill('#f-password', password);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Log in' }).click()]);

  await page.goto(url(`${eventPath}/photos`));
  await page.fill('#photo-caption', 'From the back row');
  await page.setInputFiles('#photo-files', files);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Add photos' }).click()]);
  const notice = (await page.locator('.notice').allInnerTexts()).join(' / ');
  console.log(`after sending: ${page.url()} says "${notice}"`);
  if (!notice.includes('Your photos are added')) problems.push(`no confirmation: "${notice}"`);
  const shown = await page.evaluate(async () => {
    const images = [...document.querySelectorAll('.gallery img')];
    await Promise.all(images.map((i) => (i.complete ? null : new Promise((r) => { i.onload = r; i.onerror = r; }))));
    return images.map((i) => ({ width: i.naturalWidth, height: i.naturalHeight, alt: i.alt }));
  });
  console.log(`the gallery shows ${JSON.stringify(shown)}`);
  if (shown.length !== 2) problems.push(`the gallery shows ${shown.length} photos, not 2`);
  if (!shown.every((i) => i.width > 0 && i.alt === 'From the back row')) problems.push('a photo did not load, or lost its caption');
  // The portrait photo stays a portrait (its thumbnail is 360 × 480).
  if (!shown.some((i) => i.width === 360 && i.height === 480)) problems.push('the portrait photo is not 360 × 480');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 360) problems.push(`the gallery is ${width} px wide in a 360 px window`);

  await page.goto(url(eventPath));
  const thumbs = await page.locator('#photos .gallery img').count();
  console.log(`the event page shows ${thumbs} thumbnails`);
  if (thumbs !== 2) problems.push(`the event page shows ${thumbs} thumbnails, not 2`);
} finally {
  await browser.close();
}
if (problems.length > 0) {
  console.error(`photos.mjs: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('photos.mjs: two photos added through the form, shown in the gallery and on the event page');
