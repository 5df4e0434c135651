import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { TYPE } from '@formatjs/icu-messageformat-parser';

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
