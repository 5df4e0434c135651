import { expect, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';
import { KioskPage } from './pages/KioskPage';

const GENERATED = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Turns `ABCD-1234` into how a hurried learner might type it: `" ab-cd 1o2l "`-style. */
const sloppy = (code: string) => ` ${code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l').replace('-', ' - ')} `;
const fullWidth = (code: string) => [...code].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).join('');

test('the seed walkthrough: groups, join code, kiosk sign-up, code change', async ({
  app,
  admin: adminTab,
  kiosk: kioskTab,
  shot,
}) => {
  const admin = new AdminPage(adminTab);
  const kiosk = new KioskPage(kioskTab);

  // 1. Users > Groups: empty at first; New group gets a generated code at once.
  await admin.open(app.adminUrl);
  await expect(adminTab.getByText('No groups yet. Create one to get its join code.')).toBeVisible();
  await shot(adminTab, '01-groups-empty');

  await admin.createGroup('Spring 2027 Warehouse Cohort', 'New hires starting in March, Leeds site.');
  await shot(adminTab, '02-group-settings-masked');
  await expect(admin.codeValue()).toHaveText('••••-••••');

  // 2. Settings shows the code, masked until hovered or revealed.
  const firstCode = await admin.readCodeByHover();
  expect(firstCode).toMatch(GENERATED);
  await shot(adminTab, '03-group-settings-revealed');
  await adminTab.mouse.move(0, 0);
  await expect(admin.codeValue()).toHaveText('••••-••••');
  await adminTab.getByRole('button', { name: 'Show join code' }).click();
  await expect(admin.codeValue()).toHaveText(firstCode);
  await adminTab.getByRole('button', { name: 'Copy join code' }).click();
  expect(await adminTab.evaluate('navigator.clipboard.readText()')).toBe(firstCode);

  await admin.goToGroups();
  await admin.createGroup('Night Shift Team');
  const otherCode = await admin.readCodeByHover();
  await admin.goToGroups();
  await expect(admin.groupRows()).toHaveCount(2);
  await admin.search('warehouse');
  await expect(admin.groupRows()).toHaveCount(1);
  await expect(admin.groupRows().first()).toContainText('Spring 2027 Warehouse Cohort');
  await shot(adminTab, '04-groups-search');

  // 4. Kiosk: the learner types the code however they like and lands in the group.
  await kiosk.open(app.kioskUrl);
  await shot(kioskTab, '05-kiosk-empty');
  await kiosk.submit({ name: 'Ana Ruiz', email: 'ana.ruiz@example.com', code: sloppy(firstCode) });
  await expect(kiosk.joinedGroup()).toHaveText('Spring 2027 Warehouse Cohort');
  await expect(kioskTab.getByText('Registered as a•••@example.com')).toBeVisible();
  await shot(kioskTab, '06-kiosk-success');
  await kiosk.done();
  await expect(kioskTab.getByLabel('Full name')).toHaveValue('');
  await expect(kioskTab.getByLabel('Email')).toHaveValue('');
  await expect(kioskTab.getByLabel('Join code')).toHaveValue('');
  expect(await kioskTab.content()).not.toContain('ana.ruiz');

  await kiosk.submit({ name: 'Li Wei', email: 'li.wei@example.com', code: fullWidth(firstCode) });
  await expect(kiosk.joinedGroup()).toHaveText('Spring 2027 Warehouse Cohort');
  await kiosk.done();

  // Every kiosk error but throttling, each with its message.
  await kiosk.submit({ name: 'Bo Chen', email: 'bo@example.com', code: 'ZZZZ-ZZZZ' });
  await expect(kiosk.error("We couldn't find that join code. Check it with your instructor.")).toBeVisible();
  await expect(kiosk.announced()).toHaveText("We couldn't find that join code. Check it with your instructor.");
  await shot(kioskTab, '07-kiosk-code-unknown');

  await kiosk.submit({ name: 'Bo Chen', email: 'ANA.RUIZ@example.com', code: firstCode });
  await expect(kiosk.error('This email is already registered. Ask an instructor for help.')).toBeVisible();
  await expect(kioskTab.getByText('Spring 2027')).toHaveCount(0);

  await kiosk.submit({ name: 'Bo Chen', email: 'bo@', code: firstCode });
  await expect(kiosk.error('Enter a valid email address, like name@example.com.')).toBeVisible();
  await kiosk.submit({ name: 'Bo Chen', email: 'bo@example.com', code: 'АВСD-1234' });
  await expect(kiosk.error('Join codes use only the letters A–Z and the digits 0–9.')).toBeVisible();
  await shot(kioskTab, '08-kiosk-validation');

  const nightShift = (await app.api('groups-list', { search: 'night' })).value.items[0];
  const controls: [Record<string, unknown>, RegExp | string][] = [
    [{ enabled: false }, 'Sign-up with this code is paused.'],
    [{ enabled: true, validFrom: '2099-01-01T09:00:00Z' }, /^Sign-up with this code opens on 1 January 2099/],
    [{ validFrom: null, validUntil: '2020-01-01T09:00:00Z' }, /^Sign-up with this code closed on 1 January 2020/],
    [{ validUntil: null, maxUses: 1 }, 'This group is full.'],
  ];
  await app.api('kiosk-register', { name: 'First', email: 'first@example.com', code: otherCode });
  for (const [settings, message] of controls) {
    expect((await app.api('join-code-settings', { groupId: nightShift.id, ...settings })).ok).toBe(true);
    await kiosk.submit({ name: 'Bo Chen', email: 'bo@example.com', code: otherCode });
    await expect(kiosk.error(message)).toBeVisible();
  }
  await shot(kioskTab, '09-kiosk-group-full');

  // 3. The admin edits the code: invalid and taken codes are refused inline, nothing changes.
  await admin.goToGroups();
  await admin.search('');
  await admin.openGroup('Spring 2027 Warehouse Cohort');
  await expect(adminTab.getByRole('tab', { name: 'Members (2)' })).toBeVisible();
  await admin.openTab('Settings');
  const editor = await admin.startEditingCode();
  await editor.fill('ab-c');
  await expect(adminTab.getByText('A join code needs at least 6 letters or digits.')).toBeVisible();
  await expect(adminTab.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await shot(adminTab, '10-edit-code-too-short');
  await editor.fill(otherCode.toLowerCase());
  await adminTab.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(adminTab.getByText('Another group already uses this code. Choose a different one.')).toBeVisible();
  await shot(adminTab, '11-edit-code-taken');
  await editor.fill('SPRING7');
  await expect(adminTab.getByText(/Short codes are easier to guess/)).toBeVisible();
  await editor.fill('Spring-2027-Leeds');
  await adminTab.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(adminTab.getByText('Join code saved')).toBeVisible();
  await expect(admin.codeValue()).toHaveText('Spring-2027-Leeds');
  await shot(adminTab, '12-code-saved');

  // 5. The old code now says it has changed; the earlier learners are still in the group.
  await kiosk.submit({ name: 'Bo Chen', email: 'bo@example.com', code: firstCode });
  await expect(kiosk.error('This join code has been changed. Ask your instructor for the new one.')).toBeVisible();
  await shot(kioskTab, '13-kiosk-code-retired');
  await kiosk.submit({ name: 'Bo Chen', email: 'bo@example.com', code: 'spring 2027 leeds' });
  await expect(kiosk.joinedGroup()).toHaveText('Spring 2027 Warehouse Cohort');
  await kiosk.done();

  await admin.openTab(/Members/);
  const members = adminTab.getByRole('table', { name: 'Learners' });
  for (const name of ['Ana Ruiz', 'Li Wei', 'Bo Chen']) await expect(members.getByText(name)).toBeVisible();
  await expect(adminTab.getByRole('tab', { name: 'Members (3)' })).toBeVisible();
  await shot(adminTab, '14-group-members');

  // Regenerate: confirmed, the custom code stops working at once, members stay.
  await admin.openTab('Settings');
  await adminTab.getByRole('button', { name: 'Regenerate code' }).click();
  await expect(adminTab.getByRole('dialog')).toContainText('The old code stops working at once');
  await shot(adminTab, '15-regenerate-confirm');
  await adminTab.getByRole('dialog').getByRole('button', { name: 'Regenerate' }).click();
  await expect(admin.codeValue()).toHaveText(GENERATED);
  await kiosk.submit({ name: 'Cy Diaz', email: 'cy@example.com', code: 'Spring-2027-Leeds' });
  await expect(kiosk.error('This join code has been changed. Ask your instructor for the new one.')).toBeVisible();
  await admin.openTab(/Members/);
  await expect(adminTab.getByRole('tab', { name: 'Members (3)' })).toBeVisible();

  // Users > Learners lists everyone with their group.
  await adminTab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learners' }).click();
  await expect(adminTab.getByRole('table', { name: 'Learners' }).getByRole('row')).toHaveCount(5);
  await shot(adminTab, '16-learners');
});
