import { TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useAdminText } from '../../i18n/admin';

/** A learner's name and email as an admin types them: the same two fields when adding and when editing. */
export function PersonFields(props: { name: GetInputPropsReturnType; email: GetInputPropsReturnType; emailHint?: string }) {
  const t = useAdminText();
  return (
    <>
      <TextInput label={t('learners.field.name')} required data-autofocus autoComplete="off" {...props.name} />
      <TextInput
        label={t('learners.field.email')}
        required
        type="email"
        dir="ltr"
        autoComplete="off"
        description={props.emailHint}
        {...props.email}
      />
    </>
  );
}
