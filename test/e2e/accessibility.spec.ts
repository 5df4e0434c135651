import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import type { ServeApp } from './fixtures';
import { expect, test } from './fixtures';

/**
 * Every admin screen, at a laptop's size and a tablet's: axe finds no serious or critical problem,
 * the navigation fits the width, and no name, date or badge is cut. A picture of each screen is
 * kept for a person to look at.
 */

const SIZES = [
  { name: 'wide', width: 1280, height: 800 },
  { name: 'narrow', width: 768, height: 1024 },
] as const;

const SHOTS = process.env.JOINDESK_SHOTS ?? path.resolve('test-results', 'screenshots', 'layout');

const GROUP = 'Spring 2027 Warehouse Cohort';
const LEARNERS = [
  'Maximiliana Fernández-Castellanos',
  'Siobhan O’Brien',
  '王小明',
  'Ana Ruiz',
  'Bartholomew Featherstonehaugh-Wolfeschlegel',
];
const COURSES = ['Fire safety', 'Forklift basics and warehouse traffic'];

const emailOf = (name: string) =>
  `${
    name
      .normalize('NFKD')
      .replace(/[^A-Za-z]+/g, '')
      .toLowerCase() || 'wang'
  }@example.com`;

/** Two groups (one full, with a closing date), courses, learners with long names, progress and a backup. */
async function arrange(app: ServeApp): Promise<{ groupId: number; fullId: number; closes: string }> {
  const { must } = app;
  const group = await must('groups-create', { name: GROUP, description: 'New hires starting in March, Leeds site.' });
  const other = await must('groups-create', { name: 'Night Shift Team' });
  const closes = new Date(Date.now() + 3 * 24 * 3600_000).toISOString();
  await must('join-code-settings', { groupId: other.id, maxUses: 1, validUntil: closes });
  const courses = [];
  for (const title of COURSES) courses.push(await must('courses-create', { title }));
  await must('group-courses-set', { groupId: group.id, courseIds: courses.map((c) => c.id) });
  const learners = [];
  for (const name of LEARNERS) learners.push(await must('learners-add', { name, email: emailOf(name), groupId: group.id }));
  await must('kiosk-register', { name: 'Li Wei', email: 'li.wei@example.com', code: other.joinCode });
  await must('progress-set', { learnerId: learners[0].id, courseId: courses[0].id, status: 'completed' });
  await must('progress-set', { learnerId: learners[1].id, courseId: courses[1].id, status: 'started' });
  await must('backup-create', {});
  return { groupId: group.id, fullId: other.id, closes };
}

// Scripts run in the page, written as text: this project's tests compile without the DOM's types.

/** No transition still running: a drawer or modal fading in has landed (a spinner, which runs for ever, aside). */
const SETTLED = `document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)`;

/** The text of every cell, header or badge drawn narrower than its text in a box that clips it. */
const CUT_TEXT = `(() => {
  const found = [];
  const selector = 'table td, table th, [role="cell"], [role="columnheader"], .mantine-Badge-label, h1, h2, h3';
  // With a dialog open, the dialog is what is read; the page under it is checked on its own.
  const dialogs = document.querySelectorAll('[role="dialog"]');
  const root = dialogs.length ? dialogs[dialogs.length - 1] : document;
  for (const el of root.querySelectorAll(selector)) {
    if (!el.offsetParent || el.closest('.mantine-Notifications-root')) continue;
    const style = getComputedStyle(el);
    const clips = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
    if (clips && el.scrollWidth > el.clientWidth + 1) found.push(el.innerText.trim().slice(0, 60));
  }
  return found;
})()`;

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  // A drawer or modal still fading in is measured in its blended colours: wait until it has landed.
  // (A spinner runs for ever; it is not waited for.)
  await expect.poll(() => page.evaluate<boolean>(SETTLED)).toBe(true);
  // Toasts come and go on their own; the screen under them is what is checked (as in the other specs).
  const { violations } = await new AxeBuilder({ page }).exclude('.mantine-Notifications-root').analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect
    .soft(
      bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`).join(' | ')})`),
      where,
    )
    .toEqual([]);
}

/** Text that the page cuts (an ellipsis, or a box narrower than its own text, in a table, badge or heading), or a page wider than the window. */
async function expectNothingCut(page: Page, where: string): Promise<void> {
  const cut = await page.evaluate<string[]>(CUT_TEXT);
  expect.soft(cut, `${where}: text cut short`).toEqual([]);
  // Nor is anything pushed past the window's edge, to be reached only by scrolling sideways.
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
  expect.soft(overflow, `${where}: wider than the window`).toBeLessThanOrEqual(0);
}

async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({
    path: path.join(SHOTS, `${name}.png`),
    fullPage: true,
    animations: 'disabled',
    style: '.mantine-Notifications-root { display: none !important; }',
  });
}

/** Goes to a screen by its address, as a bookmark or Back would, and waits for what shows it is there. */
async function visit(page: Page, hash: string, ready: Locator): Promise<void> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
  await expect(ready).toBeVisible();
}

for (const size of SIZES) {
  test(`every admin screen passes axe and cuts no words at ${size.width}×${size.height}`, async ({ app, admin: page }) => {
    test.setTimeout(180_000);
    const { groupId, fullId, closes } = await arrange(app);
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.adminUrl);
    const h2 = (name: string) => page.getByRole('heading', { name, level: 2 });
    await expect(h2('Groups')).toBeVisible();

    const check = async (name: string) => {
      const where = `${name} at ${size.width}px`;
      await expectNoSeriousViolations(page, where);
      await expectNothingCut(page, where);
      await shoot(page, `${name}-${size.name}`);
    };

    // The navigation: a sidebar on a laptop, a menu button on a tablet that leaves the page the width.
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menuButton = page.getByRole('button', { name: 'Open menu' });
    if (size.width < 1000) {
      await expect(nav).toBeHidden();
      const main = await page.locator('main').boundingBox();
      expect(main!.x).toBeLessThan(1);
      await menuButton.click();
      await expect(nav).toBeVisible();
      await check('menu-open');
      await nav.getByRole('link', { name: 'Courses' }).click();
      await expect(h2('Courses')).toBeVisible();
      await expect(nav).toBeHidden();
    } else {
      await expect(menuButton).toBeHidden();
      await expect(nav).toBeVisible();
    }

    await visit(page, '#/groups', page.getByRole('table').getByRole('link', { name: GROUP }));
    await check('groups');
    await page.getByRole('button', { name: 'New group' }).click();
    await expect(page.getByRole('dialog', { name: 'New group' })).toBeVisible();
    await check('new-group');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    const group = `#/groups/${groupId}`;
    await visit(page, `${group}/members`, page.getByText(LEARNERS[0]!).first());
    await check('group-members');
    await visit(page, `${group}/courses`, page.getByRole('button', { name: 'Save courses' }));
    await check('group-courses');
    await visit(page, `${group}/progress`, page.getByRole('table', { name: 'Progress' }));
    await check('group-progress');
    await visit(page, `${group}/settings`, page.getByTestId('join-code-value'));
    await check('group-settings');
    await page.getByRole('button', { name: 'Show join code' }).click();
    await expect(page.getByTestId('join-code-value')).not.toHaveText('••••-••••');
    await check('group-settings-revealed');
    await page.getByRole('button', { name: 'Regenerate code' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('regenerate-confirm');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    // A full group with a closing date: other badges, and date fields with a value to clear.
    await visit(page, `#/groups/${fullId}/settings`, page.getByRole('heading', { name: 'Night Shift Team', level: 2 }));
    await expect(page.getByRole('button', { name: /^Clear/ }).first()).toBeVisible();
    // One date format: the picker shows the closing time as every other date on screen (JoinDesk's English is British).
    const closesText = await page.evaluate<string>(
      `new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(${JSON.stringify(closes)}))`,
    );
    await expect(page.getByRole('button', { name: 'Closes' })).toHaveText(closesText);
    await check('group-settings-full');

    await visit(page, '#/learners', page.getByRole('button', { name: LEARNERS[0] }));
    await check('learners');
    await page.getByRole('button', { name: LEARNERS[0] }).click();
    await expect(page.getByRole('dialog', { name: LEARNERS[0], exact: true })).toBeVisible();
    await check('learner-drawer');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    await visit(page, '#/learners/import', h2('Bulk upload'));
    await check('import');
    const csv = path.join(app.dataDir, '..', `${path.basename(app.dataDir)}-roster.csv`);
    fs.writeFileSync(csv, `name,email,group\r\nNew Person,new.person@example.com,${GROUP}\r\nNo Email,,${GROUP}\r\n`);
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose CSV file' }).click();
    await (await choosing).setFiles(csv);
    await expect(page.getByRole('heading', { name: /^Preview of/ })).toBeVisible();
    await check('import-preview');

    await visit(page, '#/courses', page.getByRole('table', { name: 'Courses' }).getByText(COURSES[1]!));
    await check('courses');
    await page.getByRole('button', { name: `Edit ${COURSES[0]}` }).click();
    await expect(page.getByRole('dialog', { name: 'Edit course' })).toBeVisible();
    await check('course-edit');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    await visit(page, '#/reports', page.getByRole('table', { name: 'Audit log' }));
    await check('reports');

    await visit(page, '#/settings', page.getByRole('table', { name: 'Backups' }));
    await check('settings');

    await visit(page, '#/kiosk', h2('Kiosk'));
    await check('kiosk-launcher');

    // The pages of their own a group opens: the printable card, its report and the room screen.
    await visit(page, `${group}/card`, page.getByRole('heading', { name: GROUP, level: 1 }));
    await check('join-card');
    await visit(page, `${group}/report`, page.getByTestId('group-report'));
    await check('group-report');
    await visit(page, `${group}/presenter`, page.getByRole('heading', { level: 1 }));
    await check('presenter');
  });
}
