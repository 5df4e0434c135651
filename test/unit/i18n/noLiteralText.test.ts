import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const RULE = 'i18next/no-literal-string';

/** Lints `code` with the project's own config as if it were the kiosk screen; returns the rule's findings. */
async function literalsIn(code: string, file = 'src/renderer/src/features/kiosk/KioskScreen.tsx') {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.line);
}

const SCREEN = (jsx: string) => `
import { Button, TextInput } from '@mantine/core';
import { useKioskText } from '../../i18n/kiosk';

export function Screen({ wide }: { wide: boolean }) {
  const text = useKioskText();
  return (
${jsx}
  );
}
`;

describe('no literal text in translated screens', () => {
  it('fails on words written into JSX: as children, in props that hold words, in expressions', async () => {
    expect(await literalsIn(SCREEN(`    <Button size="xl">Join group</Button>`))).toEqual([8]);
    expect(await literalsIn(SCREEN(`    <TextInput label="Full name" size="lg" />`))).toEqual([8]);
    expect(await literalsIn(SCREEN(`    <Button aria-label="Close" variant="subtle" />`))).toEqual([8]);
    expect(await literalsIn(SCREEN(`    <div>{wide ? 'Welcome' : 'Hello'}</div>`))).toEqual([8, 8]);
    expect(await literalsIn(SCREEN('    <div>{`Try again in ${wide} seconds`}</div>'))).toEqual([8]);
  });

  it('passes words from the catalogue, and settings that are not words', async () => {
    const jsx = `    <div data-testid="org-name" style={{ textAlign: 'center' }}>
      <TextInput label={text('form.name')} size="lg" dir="ltr" aria-live="polite" />
      <Button size={wide ? 'xl' : 'lg'} variant="subtle">{text(wide ? 'form.submit' : 'success.done')}</Button>
    </div>`;
    expect(await literalsIn(SCREEN(jsx))).toEqual([]);
  });

  it('applies to every page and screen: the kiosk’s and the admin’s', async () => {
    const literal = SCREEN(`    <span>Sign up</span>`);
    for (const file of [
      'src/renderer/src/kiosk.tsx',
      'src/renderer/src/admin.tsx',
      'src/renderer/src/AdminApp.tsx',
      'src/renderer/src/features/kiosk/KioskScreen.tsx',
      'src/renderer/src/features/kiosk/LanguagePicker.tsx',
      'src/renderer/src/features/groups/GroupsPage.tsx',
      'src/renderer/src/features/learners/LearnerDrawer.tsx',
      'src/renderer/src/features/settings/LanguagePanel.tsx',
      'src/renderer/src/components/PrintSheet.tsx',
      'src/renderer/src/i18n/LanguageProvider.tsx',
    ]) {
      expect(await literalsIn(literal, file), file).toEqual([8]);
    }
  });
});
