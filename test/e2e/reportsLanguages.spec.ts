import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { createIntl } from 'react-intl';
import ar from '../../src/renderer/src/i18n/admin/ar';
import type { AdminMessageId } from '../../src/renderer/src/i18n/admin/en';
import { en } from '../../src/renderer/src/i18n/admin/en';
import de from '../../src/renderer/src/i18n/admin/de';
import fr from '../../src/renderer/src/i18n/admin/fr';
import zhHans from '../../src/renderer/src/i18n/admin/zh-Hans';
import { EXPORT_WORDS } from '../../src/shared/exportWords';
import type { LanguageTag } from '../../src/shared/languages';
import { LANGUAGE_NAMES } from '../../src/shared/languages';
import { expect, SCREENSHOT_DIR, test } from './fixtures';
import { KioskPage } from './pages/KioskPage';

type Shown = 'ar' | 'zh-Hans' | 'fr' | 'de';
const CATALOGUES: Record<Shown | 'en', Record<AdminMessageId, string>> = { en, ar, 'zh-Hans': zhHans, fr, de };

/** The admin's words in `tag`, formatted by the library the screens use. */
function wordsIn(tag: Shown) {
  const intl = createIntl({ locale: tag, messages: CATALOGUES[tag] });
  return (id: AdminMessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
}

/** A screenshot of the whole page, or (`fullPage` false) of the window where it is scrolled to. */
async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  const dir = process.env.JOINDESK_SHOTS_DIR ?? path.join(SCREENSHOT_DIR, 'reports');
  fs.mkdirSync(dir, { recursive: true });
  if (fullPage) await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({
    path: path.join(dir, `${name}.png`),
    fullPage,
    animations: 'disabled',
    style: '.mantine-Notifications-root { display: none !important; }',
  });
}

/** Axe finds nothing serious or critical on the page as it is shown in this language. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    where,
  ).toEqual([]);
}

const go = (page: Page, hash: string) => page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);

for (const tag of ['ar', 'zh-Hans', 'fr', 'de'] as const) {
  test(`reports, progress, audit log, group report and courses in ${tag}`, async ({ app, admin: page, kiosk: kioskTab }) => {
    test.setTimeout(180_000);
    const w = wordsIn(tag);
    const group = (await app.api('groups-create', { name: 'Forklift Wave 5' })).value;
    const full = (await app.api('groups-create', { name: 'Night Shift' })).value;
    await app.api('join-code-settings', { groupId: full.id, maxUses: 1 });
    const courses = [];
    for (const title of ['Fire safety', 'Forklift basics']) courses.push((await app.api('courses-create', { title })).value);
    await app.api('group-courses-set', { groupId: group.id, courseIds: courses.map((c) => c.id) });
    const learners = [];
    for (const name of ['Ana Ruiz', 'Bo Chen', 'Cy Diaz']) {
      const email = `${name.replace(/\W+/g, '').toLowerCase()}@example.com`;
      learners.push((await app.api('learners-add', { name, email, groupId: group.id })).value);
    }
    await app.api('learners-update', { id: learners[0].id, name: 'Ana María Ruiz' });
    await app.api('progress-set', { learnerId: learners[0].id, courseId: courses[0].id, status: 'completed' });
    await app.api('progress-set', { learnerId: learners[1].id, courseId: courses[0].id, status: 'started' });
    const kiosk = new KioskPage(kioskTab);
    await kiosk.open(app.kioskUrl);
    await kiosk.submit({ name: '王小明', email: 'wang@example.com', code: full.joinCode });
    await expect(kiosk.joinedGroup()).toContainText('Night Shift');
    await kiosk.done();
    await kiosk.submit({ name: 'Late Comer', email: 'late@example.com', code: full.joinCode });
    await expect(kiosk.error(/full/i).first()).toBeVisible();

    expect((await app.api('language-settings-update', { language: tag })).ok).toBe(true);
    await page.goto(app.adminUrl);
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    await expect(page.locator('html')).toHaveAttribute('dir', tag === 'ar' ? 'rtl' : 'ltr');

    // The dashboard: charts, codes to look at, exports, the audit log.
    await go(page, '#/reports');
    await expect(page.getByRole('heading', { name: w('reports.title'), level: 2 })).toBeVisible();
    const codes = page.getByRole('list', { name: w('reports.codes.title') });
    await expect(codes).toContainText(w('reports.codes.badge.full'));
    await expect(codes).toContainText(w('reports.codes.kind.group-full'));
    await expect(page.getByRole('table', { name: w('reports.completion.byGroup') })).toBeVisible();
    await shot(page, `reports-dashboard-${tag}`);
    await expectAccessible(page, `reports-dashboard-${tag}`);

    const log = page.getByRole('table', { name: w('reports.audit.title') });
    // The edit names the field it changed, in this language too.
    await expect(log).toContainText(
      w('reports.action.withFields', { action: w('reports.action.learner-updated'), fields: w('reports.field.name') }),
    );
    await expect(log).toContainText(w('reports.attempt.group-full'));
    await expect(log).toContainText(w('reports.station.browser'));
    const what = page
      .getByRole('combobox', { name: w('reports.audit.filter.what') })
      .or(page.getByRole('textbox', { name: w('reports.audit.filter.what') }))
      .first();
    await what.fill(w('reports.action.learner-added'));
    await page.getByRole('option', { name: w('reports.action.learner-added'), exact: true }).click();
    await expect(page.getByTestId('audit-total')).toHaveText(w('reports.audit.total', { n: 3 }));
    // The log is the last thing on the page: its filters and rows fill the bottom of the window.
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    await shot(page, `audit-filtered-${tag}`, false);

    // The learners export, downloaded from the screen: headers and words in the admin's language.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: w('reports.exports.download') }).click(),
    ]);
    const rows = Papa.parse<string[]>(fs.readFileSync((await download.path())!, 'utf8').slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]![0]).toBe(EXPORT_WORDS[tag]['header.name']);
    expect(rows[1]![4]).toBe(EXPORT_WORDS[tag]['source.admin']);

    // A group's progress tab and its courses tab.
    await go(page, `#/groups/${group.id}/progress`);
    await expect(page.getByRole('table', { name: w('reports.progress.table') })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: w('reports.progress.select', { name: 'Bo Chen' }) })).toBeVisible();
    await shot(page, `progress-${tag}`);
    await expectAccessible(page, `progress-${tag}`);
    await go(page, `#/groups/${group.id}/courses`);
    await expect(page.getByRole('button', { name: w('courses.group.save') })).toBeVisible();
    await shot(page, `group-courses-${tag}`);
    await go(page, '#/courses');
    await expect(page.getByRole('table', { name: w('courses.table') }).getByText('Fire safety')).toBeVisible();
    await shot(page, `courses-${tag}`);
    await expectAccessible(page, `courses-${tag}`);
    await page.getByRole('button', { name: w('courses.editNamed', { title: 'Fire safety' }) }).click();
    await expect(page.getByRole('dialog', { name: w('courses.modal.edit') })).toBeVisible();
    await shot(page, `course-edit-${tag}`);
    await page.keyboard.press('Escape');

    // The group report: in the admin's language first, then in another chosen for its readers.
    await go(page, `#/groups/${group.id}/report`);
    const report = page.getByTestId('group-report');
    await expect(report.locator(`[lang="${tag}"]`)).toContainText(w('reports.groupReport.coursesDone'));
    await shot(page, `group-report-${tag}`);
    await expectAccessible(page, `group-report-${tag}`);
    // As printed: the toolbar and its language select stay off the page.
    const dir = process.env.JOINDESK_SHOTS_DIR ?? path.join(SCREENSHOT_DIR, 'reports');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: path.join(dir, `group-report-${tag}.pdf`), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-singlefile',
      path.join(dir, `group-report-${tag}.pdf`),
      path.join(dir, `group-report-${tag}-pdf`),
    ]);
    const other: Shown = tag === 'ar' ? 'zh-Hans' : 'ar';
    const language = page
      .getByRole('combobox', { name: w('reports.groupReport.language') })
      .or(page.getByRole('textbox', { name: w('reports.groupReport.language') }))
      .first();
    await language.click();
    await page.getByRole('option', { name: LANGUAGE_NAMES[other as LanguageTag] }).click();
    const section = report.locator(`[lang="${other}"]`);
    await expect(section).toHaveAttribute('dir', other === 'ar' ? 'rtl' : 'ltr');
    await expect(section).toContainText(wordsIn(other)('reports.groupReport.coursesDone'));
    // The page around it stays in the admin's language.
    await expect(page.getByRole('button', { name: w('reports.groupReport.print') })).toBeVisible();
    await shot(page, `group-report-${tag}-in-${other}`);
    await expectAccessible(page, `group-report-${tag}-in-${other}`);
  });
}
