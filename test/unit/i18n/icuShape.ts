import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { expect } from 'vitest';

/** Every placeholder and tag a message uses, as `name:kind`, and every plural it holds. */
export function shape(elements: MessageFormatElement[], into = { args: new Set<string>(), plurals: [] as Set<string>[] }) {
  for (const e of elements) {
    if (e.type === TYPE.argument) into.args.add(`${e.value}:text`);
    if (e.type === TYPE.number) into.args.add(`${e.value}:number`);
    if (e.type === TYPE.date || e.type === TYPE.time) into.args.add(`${e.value}:date`);
    if (e.type === TYPE.tag) {
      into.args.add(`${e.value}:tag`);
      shape(e.children, into);
    }
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      // A count is a number whichever way it is used; a select's value is text.
      into.args.add(`${e.value}:${e.type === TYPE.plural ? 'number' : 'select'}`);
      if (e.type === TYPE.plural) into.plurals.push(new Set(Object.keys(e.options)));
      for (const option of Object.values(e.options)) shape(option.value, into);
    }
  }
  return into;
}

/**
 * Every message of `catalogue` (in `tag`) is worded, parses, and takes exactly the placeholders
 * and tags of its English; each count has every plural form the language's rules ask for, and no other.
 */
export function expectSameShapeAsEnglish(tag: string, catalogue: Record<string, string>, english: Record<string, string>): void {
  const plurals = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  for (const [id, message] of Object.entries(catalogue)) {
    expect(message.trim(), `${tag} ${id}`).not.toBe('');
    const ours = shape(parse(message, { ignoreTag: false }));
    const source = shape(parse(english[id]!, { ignoreTag: false }));
    expect([...ours.args].sort(), `${tag} ${id}`).toEqual([...source.args].sort());
    for (const options of ours.plurals) {
      expect([...options].filter((o) => !o.startsWith('=')).sort(), `${tag} ${id}`).toEqual([...plurals].sort());
    }
  }
}
