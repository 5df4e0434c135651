import { Button, Group as Row, Paper, Select, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { createIntl } from 'react-intl';
import type { LanguageSettings } from '../../../../shared/domains/language';
import { languageSchemas } from '../../../../shared/domains/language';
import type { LanguageTag } from '../../../../shared/languages';
import { isLanguageTag, LANGUAGE_NAMES, LANGUAGE_TAGS } from '../../../../shared/languages';
import { adminApi } from '../../api';
import { loadAdminCatalogue, useAdminText } from '../../i18n/admin';
import { formatLocale } from '../../i18n/language';
import { showFieldError } from '../../lib/call';
import { schemaRules } from '../../lib/form';
import { adminLanguage, systemLanguage, useAdminLanguage } from '../../stores/language';

/** The language of the admin's screens on this computer: one JoinDesk speaks, or the computer's own. */
export function LanguagePanel() {
  const t = useAdminText();
  const setting = useAdminLanguage((s) => s.setting);
  return (
    <Paper withBorder radius="md" p="lg" data-testid="language-settings">
      <Stack>
        <Title order={3} size="h4">
          {t('settings.language.title')}
        </Title>
        {setting !== null && <LanguageForm setting={setting} />}
      </Stack>
    </Paper>
  );
}

/** "Saved", said in the language just chosen: its words load first, as the screens' do. */
async function announceSaved(tag: LanguageTag) {
  const intl = createIntl({ locale: formatLocale(tag), messages: await loadAdminCatalogue(tag) });
  notifications.show({
    color: 'teal',
    title: intl.formatMessage({ id: 'settings.language.saved.title' }),
    message: intl.formatMessage({ id: 'settings.language.saved.message' }),
  });
}

function LanguageForm({ setting }: { setting: LanguageSettings['language'] }) {
  const t = useAdminText();
  const form = useForm<LanguageSettings>({
    mode: 'controlled',
    initialValues: { language: setting },
    validate: schemaRules(languageSchemas.languageSettingsUpdate),
  });
  const save = form.onSubmit(async (values) => {
    const r = await adminApi['language-settings-update'](values);
    if (!r.ok) return showFieldError(r.error, form, 'language');
    form.setValues(r.value);
    // Every screen switches at once: they all read the language from this store.
    useAdminLanguage.getState().set(r.value.language);
    await announceSaved(adminLanguage(r.value.language));
  });
  // Each language is named in itself, so whoever reads it finds their own, whatever is on screen now.
  const data = [
    { value: 'system', label: t('settings.language.system', { name: LANGUAGE_NAMES[systemLanguage()] }) },
    ...LANGUAGE_TAGS.map((tag) => ({ value: tag, label: LANGUAGE_NAMES[tag] })),
  ];
  return (
    <form noValidate onSubmit={save}>
      <Stack>
        <Select
          label={t('settings.language.label')}
          description={t('settings.language.description')}
          data={data}
          allowDeselect={false}
          // A screen reader says each name in its own language.
          renderOption={({ option }) => <span lang={isLanguageTag(option.value) ? option.value : undefined}>{option.label}</span>}
          key={form.key('language')}
          {...form.getInputProps('language')}
          maw={480}
        />
        <Row>
          <Button type="submit">{t('settings.language.save')}</Button>
        </Row>
      </Stack>
    </form>
  );
}
