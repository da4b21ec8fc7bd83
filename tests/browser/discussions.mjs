// Discussions in a real browser: a member opens the group's Discussions tab on a phone,
// starts a thread with Markdown, then replies to it; the thread page shows both, formatted,
// with her face beside her name, and nothing is wider than the screen. A wide window shows
// the list with the thread.
// Usage: node discussions.mjs BASE_URL EMAIL PASSWORD GROUP_SLUG
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const [base, email, password, slug] = process.argv.slice(2);
const url = (path) => new URL(path, base).toString();
const problems = [];
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(url('/account/login'));
  await page.fill('#f-email', email);
  await page.fill('#f-password', password);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Log in' }).click()]);

  await page.goto(url(`/g/${slug}`));
  await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Discussions' }).click()]);
  await page.fill('#f-title', 'Hack night in December?');
  await page.fill('#f-body', 'Shall we hold a **hack night**?\n\n- laptops\n- snacks');
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Start the discussion' }).click()]);
  const started = (await page.locator('.notice').allInnerTexts()).join(' / ');
  console.log(`after starting: ${page.url()} says "${started}"`);
  if (!started.includes('Your discussion is started')) problems.push(`no confirmation: "${started}"`);
  const bold = await page.locator('.thread .prose strong').innerText();
  if (bold !== 'hack night') problems.push(`the Markdown was not rendered: "${bold}"`);
  if ((await page.locator('.thread .prose li').count()) !== 2) problems.push('the list did not render');

  await page.fill('#f-body', 'I can bring *cake*.');
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Reply' }).click()]);
  const replied = (await page.locator('.notice').allInnerTexts()).join(' / ');
  console.log(`after replying: says "${replied}"`);
  if (!replied.includes('Your reply is posted')) problems.push(`no confirmation: "${replied}"`);
  const reply = await page.locator('#replies .comment-body em').innerText();
  if (reply !== 'cake') problems.push(`the reply is not shown formatted: "${reply}"`);
  const faces = await page.locator('#replies .person .face').count();
  if (faces !== 1) problems.push(`the reply shows ${faces} faces, not 1`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 360) problems.push(`the thread page is ${width} px wide in a 360 px window`);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url(`/g/${slug}/discussions`));
  const listed = await page.locator('.threads .thread-title a').allInnerTexts();
  console.log(`the list shows ${JSON.stringify(listed)}`);
  if (listed.length !== 1 || listed[0] !== 'Hack night in December?') problems.push(`the list shows ${JSON.stringify(listed)}`);
  const meta = await page.locator('.threads .meta').first().innerText();
  if (!meta.includes('1 reply')) problems.push(`the list does not count the reply: "${meta}"`);
} finally {
  await browser.close();
}
if (problems.length > 0) {
  console.error(`discussions.mjs: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('discussions.mjs: a thread started and answered through the pages, shown formatted on a phone and listed on a wide screen');
