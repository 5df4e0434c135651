import { DEFAULT_THEME, luminance, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from '../../../src/renderer/src/theme';

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe('theme colours', () => {
  const merged = mergeMantineTheme(DEFAULT_THEME, theme);
  const vars = cssVariablesResolver(merged).light as Record<string, string>;
  const palettes = Object.entries(merged.colors).filter(([name]) => name !== 'dark');

  it('light badges and buttons read at 4.5:1 on their background, resting and hovered', () => {
    for (const [name, shades] of palettes) {
      const text = vars[`--mantine-color-${name}-light-color`]!;
      expect(contrast(text, shades[1]), `${name} light`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(text, shades[2]), `${name} light hover`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('white text on filled badges and buttons, and outline text on white, read at 4.5:1', () => {
    for (const [name] of palettes) {
      for (const v of ['filled', 'filled-hover', 'outline']) {
        expect(contrast(vars[`--mantine-color-${name}-${v}`]!, '#fff'), `${name} ${v}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('keeps a colour that already reads as it is', () => {
    // Indigo 7, the primary colour, already passes on white: it is not darkened.
    expect(vars['--mantine-color-indigo-filled']).toBe(merged.colors.indigo[7]);
  });
});
