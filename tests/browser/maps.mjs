// Maps in a real browser: the directory, the page of meetups near a place and an event page
// draw their places with Leaflet over the instance's tile server (the test's local stub), a
// marker where each place is; with JavaScript off, the lists and links are all there.
// Usage: node maps.mjs BASE_URL EVENT_PATH
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const [base, eventPath] = process.argv.slice(2);
const url = (path) => new URL(path, base).toString();
const problems = [];
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });

// The markers on the page's map, once drawn: their titles and their centres on the screen.
async function markers(page) {
  await page.waitForSelector('.map .leaflet-marker-icon', { timeout: 10000 });
  await page.waitForSelector('.map img.leaflet-tile-loaded', { timeout: 10000 });
  return page.$$eval('.map .leaflet-marker-icon', (icons) => icons.map((i) => {
    const box = i.getBoundingClientRect();
    return { title: i.getAttribute('title'), x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }));
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const refused = [];
  page.on('console', (m) => { if (m.type() === 'error') refused.push(m.text()); });

  await page.goto(url('/groups'));
  const groups = await markers(page);
  console.log(`the directory's map: ${JSON.stringify(groups)}`);
  const berlin = groups.find((m) => m.title === 'PyBerlin');
  const cologne = groups.find((m) => m.title === 'pyCologne');
  const munich = groups.find((m) => m.title === 'PyMunich');
  if (groups.length !== 3 || !berlin || !cologne || !munich) problems.push(`the directory's map shows ${groups.length} markers, not the three placed groups`);
  else {
    // North is up and east is right: Berlin is north-east of Köln, Munich south of both.
    if (!(berlin.x > cologne.x && berlin.y < cologne.y)) problems.push('Berlin is not north-east of Köln on the map');
    if (!(munich.y > berlin.y && munich.y > cologne.y && munich.x > cologne.x)) problems.push('Munich is not south-east of Köln and south of Berlin');
  }
  const attribution = await page.locator('.leaflet-control-attribution').innerText();
  if (!attribution.includes('OpenStreetMap')) problems.push(`no attribution: "${attribution}"`);

  // A marker's popup links to its group.
  await page.locator('.map .leaflet-marker-icon[title="pyCologne"]').click();
  const link = await page.locator('.leaflet-popup-content a').getAttribute('href');
  if (link !== '/g/pycologne') problems.push(`the popup links to ${link}`);

  await page.goto(url('/events?near=Berlin&radius_km=100&within_days=30'));
  const events = await markers(page);
  console.log(`the meetups near Berlin: ${JSON.stringify(events)}`);
  if (events.length !== 1 || !events[0].title.startsWith('Berlin meetup')) problems.push('the map near Berlin does not show the Berlin meetup alone');

  await page.goto(url(eventPath));
  const venue = await markers(page);
  console.log(`the event page's map: ${JSON.stringify(venue)}`);
  if (venue.length !== 1 || venue[0].title !== 'c-base') problems.push('the event page does not show its venue');
  if (refused.length > 0) problems.push(`the browser reported errors: ${refused.join(' / ')}`);

  // "Use my location": the browser's position (Potsdam, here) becomes the place searched.
  const located = await (await browser.newContext({
    geolocation: { latitude: 52.3989, longitude: 13.0657 }, permissions: ['geolocation'],
  })).newPage();
  await located.goto(url('/groups'));
  await Promise.all([located.waitForNavigation(), located.getByRole('button', { name: 'Use my location' }).click()]);
  const searched = new URL(located.url()).searchParams.get('near');
  const found = await located.locator('.group-card h2').allInnerTexts();
  console.log(`"Use my location" searched near ${searched}: ${JSON.stringify(found)}`);
  if (searched !== '52.40,13.07' || found.length !== 1 || !found[0].startsWith('PyBerlin')) problems.push(`"Use my location" searched near ${searched} and found ${JSON.stringify(found)}`);

  // Without JavaScript: no map, the list and the map link still there.
  const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await plain.goto(url('/groups'));
  const hidden = await plain.locator('.map').isHidden();
  const cards = await plain.locator('.group-card').count();
  if (!hidden || cards !== 4) problems.push(`without JavaScript: map hidden ${hidden}, ${cards} groups listed`);
  if (await plain.getByRole('button', { name: 'Use my location' }).isVisible()) problems.push('"Use my location" is offered without JavaScript');
  await plain.goto(url(eventPath));
  if ((await plain.locator('a[href*="openstreetmap.org"]').count()) !== 1) problems.push('without JavaScript, no link to the venue on a map');
} finally {
  await browser.close();
}
if (problems.length > 0) {
  console.error(`maps.mjs: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('maps.mjs: markers where the places are, on the directory, near a place and on an event');
