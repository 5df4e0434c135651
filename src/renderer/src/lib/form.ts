import type { FormErrors } from '@mantine/form';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Result } from '../../../shared/result';
import { errorWords } from '../i18n/admin';
import { showFieldError } from './call';

type Schema = Parameters<typeof schemaResolver>[0];

/**
 * A form's `validate`: the contract's own schema, so the form says what main would say, run on
 * what the form will send (`input`, when the fields are not the channel's input as they stand),
 * plus the checks only the form knows (`also`: a PIN typed twice, a group not chosen yet), which
 * win over the schema's message for the same field.
 */
export function schemaRules<V>(
  schema: Schema,
  options: { input?: (values: V) => unknown; also?: (values: V) => FormErrors } = {},
): (values: V) => FormErrors {
  const resolve = schemaResolver(schema, { sync: true });
  return (values) => {
    const errors: FormErrors = { ...resolve(options.input ? options.input(values) : values), ...options.also?.(values) };
    for (const field of Object.keys(errors)) {
      const message = errors[field];
      if (!message) delete errors[field];
      // The schema says it in English; the form shows it in the admin's language.
      else if (typeof message === 'string') errors[field] = errorWords({ message });
    }
    return errors;
  };
}

/**
 * A settings form: starts from the settings as read, saves them with `save`, which answers with
 * the settings as kept, and shows those. Number fields an admin empties count as 0, so they get
 * the schema's "at least" message. An error that names no field of the form goes on `otherwise`.
 */
export function useSettingsForm<V extends Record<string, unknown>>(options: {
  initialValues: V;
  schema: Schema;
  numbers: (keyof V & string)[];
  save: (input: V) => Promise<Result<V>>;
  otherwise: keyof V & string;
  saved: { title: string; message: string };
}) {
  const input = (values: V): V => {
    const next: Record<string, unknown> = { ...values };
    for (const field of options.numbers) next[field] = Number(values[field]) || 0;
    return next as V;
  };
  // Controlled: a field may follow another as it changes (the policy's length, its switch).
  const form = useForm<V>({
    mode: 'controlled',
    initialValues: options.initialValues,
    validate: schemaRules(options.schema, { input }),
  });
  const submit = form.onSubmit(async (values) => {
    const result = await options.save(input(values));
    if (!result.ok) return showFieldError(result.error, form, options.otherwise);
    form.setValues(result.value);
    notifications.show({ color: 'teal', ...options.saved });
  });
  return { form, submit };
}
