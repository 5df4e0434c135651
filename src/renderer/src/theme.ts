import type { CSSVariablesResolver, MantineTheme, MantineThemeOverride } from '@mantine/core';
import { Badge, createTheme, darken, Drawer, Modal, luminance } from '@mantine/core';
import { pickerFormat } from './lib/format';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 keeps white text on filled buttons above 4.5:1.
  primaryShade: 7,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, "Cascadia Mono", "Roboto Mono", Menlo, Consolas, monospace',
  headings: { fontWeight: '650' },
  components: {
    // A badge is a word or two read whole ("Active", "Made by hand"): it keeps its width in a
    // crowded row or cell instead of shrinking to "ACT…".
    Badge: Badge.extend({
      styles: {
        root: { flexShrink: 0, minWidth: 'max-content', overflow: 'visible' },
        label: { overflow: 'visible', textOverflow: 'clip' },
      },
    }),
  },
});

/**
 * The theme's part that speaks, in the page's language (laid over `theme` when the language is
 * set): close buttons need a name for screen readers (Mantine's have none by default), and so do
 * date pickers' clear buttons; a picked date reads like every other date on screen. The pickers
 * are set up by name so the kiosk's bundle does not carry @mantine/dates.
 */
export function languageTheme(words: { close: string; clearDate: string }): MantineThemeOverride {
  const clearable = { clearButtonProps: { 'aria-label': words.clearDate } };
  return createTheme({
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': words.close } } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': words.close } } }),
      DatePickerInput: { defaultProps: { ...clearable, valueFormat: pickerFormat(false) } },
      DateTimePicker: { defaultProps: { ...clearable, valueFormat: pickerFormat(true) } },
    },
  });
}

// WCAG AA for text under 18pt, with a little room for rounding.
const AA = 4.6;
const contrast = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/** `color`, darkened only as far as it must be to read at AA on `background`. */
function readableOn(color: string, background: string): string {
  for (let amount = 0; amount < 0.9; amount += 0.02) {
    const shade = amount === 0 ? color : darken(color, amount);
    if (contrast(shade, background) >= AA) return shade;
  }
  return '#000';
}

/**
 * Mantine's colours as the variants use them, darkened where they fall short of AA: light badges
 * and buttons (teal text on pale teal read 4.32:1, orange 3.61:1), and white text on filled ones.
 */
function readableColorVariables(theme: MantineTheme): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [name, shades] of Object.entries(theme.colors)) {
    if (name === 'dark') continue;
    // Against the hover background too, the darker of the two a light variant sits on.
    vars[`--mantine-color-${name}-light-color`] = readableOn(readableOn(shades[9], shades[1]), shades[2]);
    const filled = readableOn(shades[7], '#fff');
    vars[`--mantine-color-${name}-filled`] = filled;
    vars[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.12);
    vars[`--mantine-color-${name}-outline`] = filled;
  }
  return vars;
}

/** Secondary, error and coloured text dark enough for 4.5:1 (Mantine's defaults are lighter). */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    ...readableColorVariables(theme),
    // Links sit on tinted panels too (the join card's grey box), not only on white.
    '--mantine-color-anchor': readableOn(theme.colors[theme.primaryColor]![7], theme.colors.gray[1]),
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
