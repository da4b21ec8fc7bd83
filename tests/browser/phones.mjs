// Muster on a phone, in a real browser: Debian's headless Chromium driven by playwright-core.
//
//   node phones.mjs BASE_URL ORGANIZER_EMAIL MEMBER_EMAIL PASSWORD STARTS_AT ENDS_AT
//
// Two people who already have verified accounts (the Rust test seeds them) use Muster through
// its pages in a 360 px wide window: the organizer logs in, starts a group, schedules an event
// (STARTS_AT / ENDS_AT as the form's datetime-local values), RSVPs and comments; the member
// joins and RSVPs; the organizer changes the member's role (an audit log entry) and makes an
// API token. Then every page an organizer uses on a phone is opened at 360 px, and the script
// fails (exit 1) if any is wider than the window, or if the event page shows the comments
// before the RSVP box. Run by tests/e2e/browser.rs (`./scripts/test`); see README.md.
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const SLUG = 'phones-on-the-bus';

function fail(message) {
  console.error(`phones.mjs: ${message}`);
  process.exit(2);
}

const [base, organizerEmail, memberEmail, password, startsAt, endsAt] = process.argv.slice(2);
if (!endsAt) {
  fail('usage: node phones.mjs BASE_URL ORGANIZER_EMAIL MEMBER_EMAIL PASSWORD STARTS_AT ENDS_AT');
}
if (!existsSync(CHROMIUM)) {
  fail(`${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium; .ci/run does)`);
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch (e) {
  fail(`playwright-core is not installed (${e.message}): run \`npm ci\` in tests/browser (./scripts/test does)`);
}

const url = (path) => new URL(path, base).toString();

/** Fills a form field whether the page offers a text box or a list. */
async function setField(page, name, value) {
  const field = page.locator(`[name="${name}"]`).first();
  const tag = await field.evaluate((el) => el.tagName);
  if (tag === 'SELECT') {
    await field.selectOption(value);
  } else {
    await field.fill(value);
  }
}

/** Submits the form holding `button` and waits for the page that answers. */
async function submit(page, button) {
  await Promise.all([page.waitForNavigation(), button.click()]);
  const notice = await page.locator('.field-error, .notice.error').allInnerTexts();
  if (notice.length > 0) {
    throw new Error(`${page.url()} refused the form: ${notice.join(' / ')}`);
  }
}

async function logIn(page, email) {
  await page.goto(url('/account/login'));
  await page.fill('#f-email', email);
  await page.fill('#f-password', password);
  await submit(page, page.getByRole('button', { name: 'Log in' }));
}

async function organizerSetsUp(page) {
  await logIn(page, organizerEmail);
  await page.goto(url('/groups/new'));
  await setField(page, 'slug', SLUG);
  await setField(page, 'name', 'Phones on the Bus: a Python user group for commuters');
  await setField(page, 'city', 'Leeds');
  await setField(page, 'timezone', 'Europe/London');
  await submit(page, page.getByRole('button', { name: 'Create the group' }));

  await page.goto(url(`/g/${SLUG}/events/new`));
  await setField(page, 'title', 'December meetup: type hints in anger');
  await setField(page, 'starts_at', startsAt);
  await setField(page, 'ends_at', endsAt);
  await setField(page, 'venue_name', 'The Tech Hub');
  await setField(page, 'rsvp_question', 'Any dietary needs?');
  await submit(page, page.getByRole('button', { name: 'Schedule the event' }));
  const eventPath = new URL(page.url()).pathname;
  if (!/^\/g\/[^/]+\/events\/[0-9a-f-]+$/.test(eventPath)) {
    throw new Error(`scheduling the event led to ${page.url()}, not an event page`);
  }
  await rsvpYes(page);
  await page.fill('#f-body', 'Bring a laptop if you want to follow along. '.repeat(3));
  await submit(page, page.getByRole('button', { name: 'Post the comment' }));
  return eventPath;
}

async function rsvpYes(page) {
  const answer = page.locator('#f-answer');
  if (await answer.count()) {
    await answer.fill('Vegetarian, please');
  }
  await submit(page, page.locator('#rsvp button[value="yes"]'));
  const mine = await page.locator('#rsvp .mine').innerText();
  if (!/going/i.test(mine)) {
    throw new Error(`after the RSVP the box says "${mine}"`);
  }
}

async function memberJoinsAndGoes(page, eventPath) {
  await logIn(page, memberEmail);
  await page.goto(url(`/g/${SLUG}/join`));
  await page.check('#accept');
  await submit(page, page.getByRole('button', { name: 'Join' }));
  await page.goto(url(eventPath));
  await rsvpYes(page);
}

async function organizerManages(page) {
  await page.goto(url(`/g/${SLUG}/settings/members`));
  const role = page.locator('select[name="role"]').first();
  await role.selectOption('event_organizer');
  await submit(page, page.getByRole('button', { name: 'Change' }).first());
  await page.goto(url('/account/settings'));
  await page.fill('#f-token_name', 'calendar sync script on the office server');
  await submit(page, page.getByRole('button', { name: 'Create token' }));
}

/** How far `path` reaches past the window's right edge, with the widest elements to blame. */
async function overflowOf(page, path) {
  await page.goto(url(path));
  return page.evaluate(() => {
    const doc = document.documentElement;
    const culprits = [...document.querySelectorAll('body *')]
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .filter(({ right }) => right > window.innerWidth + 0.5)
      .sort((a, b) => b.right - a.right)
      .slice(0, 5)
      .map(({ el, right }) => {
        const cls = el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} (to ${Math.round(right)} px)`;
      });
    return { scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, culprits };
  });
}

/** Where the RSVP box and the comments start on the event page, top to bottom. */
async function rsvpBeforeComments(page, eventPath) {
  await page.goto(url(eventPath));
  return page.evaluate(() => {
    const top = (sel) => document.querySelector(sel)?.getBoundingClientRect().top ?? NaN;
    return { rsvp: top('#rsvp'), comments: top('#comments') };
  });
}

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
const problems = [];
try {
  const organizer = await (await browser.newContext({ viewport: PHONE })).newPage();
  const member = await (await browser.newContext({ viewport: PHONE })).newPage();
  const eventPath = await organizerSetsUp(organizer);
  await memberJoinsAndGoes(member, eventPath);
  await organizerManages(organizer);

  const pages = {
    'event page': eventPath,
    'attendee list': `${eventPath}/attendees`,
    'group settings': `/g/${SLUG}/settings`,
    'manage members': `/g/${SLUG}/settings/members`,
    'account settings': '/account/settings',
    'audit log': `/g/${SLUG}/settings/audit`,
    'group page': `/g/${SLUG}`,
    'new event form': `/g/${SLUG}/events/new`,
    'write to members': `/g/${SLUG}/messages/new`,
    'email settings': '/account/notifications',
    'delete account (only organizer)': '/account/delete',
  };
  for (const [name, path] of Object.entries(pages)) {
    const { scrollWidth, innerWidth, culprits } = await overflowOf(organizer, path);
    const verdict = scrollWidth > innerWidth ? 'TOO WIDE' : 'fits';
    console.log(`${name} (${path}): ${scrollWidth} px wide in a ${innerWidth} px window: ${verdict}`);
    if (scrollWidth > innerWidth) {
      problems.push(`${name} is ${scrollWidth} px wide at ${innerWidth} px; widest: ${culprits.join(', ')}`);
    }
  }
  const { rsvp, comments } = await rsvpBeforeComments(member, eventPath);
  console.log(`event page: the RSVP box starts at ${rsvp} px, the comments at ${comments} px`);
  if (!(rsvp < comments)) {
    problems.push(`on the event page the RSVP box (top ${rsvp} px) does not come before the comments (top ${comments} px)`);
  }
  // On a desktop the RSVP box stays in the right-hand column, beside the description.
  await member.setViewportSize(DESKTOP);
  const wide = await member.evaluate(() => ({
    rsvp: document.querySelector('#rsvp').getBoundingClientRect().left,
    comments: document.querySelector('#comments').getBoundingClientRect().left,
  }));
  console.log(`event page at ${DESKTOP.width} px: the RSVP box's left edge at ${wide.rsvp} px, the comments' at ${wide.comments} px`);
  if (!(wide.rsvp > wide.comments)) {
    problems.push(`at ${DESKTOP.width} px the RSVP box is not to the right of the comments`);
  }
} finally {
  await browser.close();
}
if (problems.length > 0) {
  console.error(`phones.mjs: ${problems.length} problem(s) at ${PHONE.width} px:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`phones.mjs: every page fits ${PHONE.width} px, and the RSVP box comes before the comments`);
