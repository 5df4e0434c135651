import { IconWorld } from '@tabler/icons-react';
import type { LanguageTag } from '../../../../shared/languages';
import { LANGUAGE_NAMES } from '../../../../shared/languages';
import { en } from '../../i18n/kiosk/en';
import { useKioskText } from '../../i18n/kiosk';
import classes from './LanguagePicker.module.css';

/**
 * The kiosk's languages as one row of large buttons, each named in itself and marked with its own
 * `lang`. The group is named in the screen's language and in English ("Idioma / Language"), so a
 * learner lost in a script they cannot read still finds it.
 */
export function LanguagePicker({
  offered,
  current,
  onChoose,
}: {
  offered: readonly LanguageTag[];
  current: LanguageTag;
  onChoose: (tag: LanguageTag) => void;
}) {
  const text = useKioskText();
  const word = text('language.label');
  const name = word === en['language.label'] ? word : `${word} / ${en['language.label']}`;
  return (
    <fieldset className={classes.picker} data-testid="language-picker">
      <legend className={classes.legend}>
        <IconWorld size={28} aria-hidden />
        <span>{name}</span>
      </legend>
      <div className={classes.options}>
        {offered.map((tag) => (
          <label key={tag} className={classes.option} lang={tag} data-checked={tag === current || undefined}>
            <input
              className={classes.radio}
              type="radio"
              name="kiosk-language"
              value={tag}
              checked={tag === current}
              onChange={() => onChoose(tag)}
            />
            {LANGUAGE_NAMES[tag]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
