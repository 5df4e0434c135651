import { Alert, Button, Center, List, Paper, Stack, Text, TextInput, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle, IconBook, IconCircleCheck } from '@tabler/icons-react';
import { useEffect } from 'react';
import { schemas } from '../../../../shared/schemas';
import type { Registration } from '../../../../shared/types';
import { useKioskStore } from './kioskStore';

const SUCCESS_RESET_MS = 30_000;

export function KioskScreen() {
  const registration = useKioskStore((s) => s.registration);
  const formKey = useKioskStore((s) => s.formKey);
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-1)">
      <Paper shadow="sm" radius="lg" p={{ base: 'lg', sm: 40 }} w="100%" maw={560} component="main">
        {registration ? <Success registration={registration} /> : <SignUpForm key={formKey} />}
      </Paper>
    </Center>
  );
}

function SignUpForm() {
  const submitting = useKioskStore((s) => s.submitting);
  const error = useKioskStore((s) => s.error);
  const register = useKioskStore((s) => s.register);
  const clearError = useKioskStore((s) => s.clearError);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', email: '', code: '' },
    validate: schemaResolver(schemas.kioskRegister, { sync: true }),
    onValuesChange: () => {
      if (useKioskStore.getState().error) clearError();
    },
  });

  // Field errors from the server land on their field; the rest go in the banner.
  const fieldError = (field: string) => form.errors[field] ?? (error?.field === field ? error.message : undefined);
  const inputProps = (field: 'name' | 'email' | 'code') => ({
    key: form.key(field),
    ...form.getInputProps(field),
    error: fieldError(field),
    size: 'lg' as const,
    autoComplete: 'off',
    required: true,
  });

  return (
    <form onSubmit={form.onSubmit((values) => void register(values))} noValidate autoComplete="off">
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2">
            Join your group
          </Title>
          <Text c="dimmed" mt={4}>
            Enter your details and the join code your instructor gave you.
          </Text>
        </div>
        <TextInput label="Full name" {...inputProps('name')} data-autofocus autoFocus />
        <TextInput label="Email" type="email" inputMode="email" {...inputProps('email')} spellCheck={false} />
        <TextInput
          label="Join code"
          description="It looks like ABCD-1234. Capitals, spaces and dashes don't matter."
          {...inputProps('code')}
          spellCheck={false}
          autoCapitalize="characters"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: 1 } }}
        />
        {/* Every error is announced here; the visible text sits on its field or in the banner. */}
        <VisuallyHidden role="alert" aria-live="assertive" data-announcer>
          {error?.message}
        </VisuallyHidden>
        {error && !error.field && (
          <Alert color="red" icon={<IconAlertCircle />} title="We couldn't sign you up">
            {error.message}
          </Alert>
        )}
        <Button type="submit" size="xl" loading={submitting}>
          Join group
        </Button>
      </Stack>
    </form>
  );
}

function Success({ registration }: { registration: Registration }) {
  const reset = useKioskStore((s) => s.reset);
  useEffect(() => {
    const timer = window.setTimeout(reset, SUCCESS_RESET_MS);
    return () => window.clearTimeout(timer);
  }, [reset]);
  return (
    <Stack gap="lg" align="center" ta="center" role="status" aria-live="polite">
      <ThemeIcon size={72} radius="xl" color="teal" variant="light">
        <IconCircleCheck size={48} />
      </ThemeIcon>
      <div>
        <Title order={1} size="h2">
          You're in!
        </Title>
        <Text size="lg" mt="xs">
          Welcome to <strong data-testid="joined-group">{registration.groupName}</strong>.
        </Text>
        <Text c="dimmed" size="sm" mt={4}>
          Registered as {registration.maskedEmail}
        </Text>
      </div>
      {registration.courses.length > 0 ? (
        <Stack gap="xs" w="100%" ta="left">
          <Text fw={600}>Your courses</Text>
          <List spacing="xs" icon={<IconBook size={18} />}>
            {registration.courses.map((c) => (
              <List.Item key={c.id}>{c.title}</List.Item>
            ))}
          </List>
        </Stack>
      ) : (
        <Text c="dimmed">Your instructor will let you know when your courses start.</Text>
      )}
      <Button size="xl" onClick={reset} fullWidth>
        Done
      </Button>
    </Stack>
  );
}
