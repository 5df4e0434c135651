import {
  Alert,
  Box,
  Button,
  Center,
  List,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle, IconBook, IconCircleCheck, IconHourglass, IconLock } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { throttledMessage } from '../../../../shared/result';
import { schemas } from '../../../../shared/schemas';
import type { Registration } from '../../../../shared/types';
import { PinField } from '../../components/PinField';
import { showFieldError } from '../../lib/call';
import { schemaRules } from '../../lib/form';
import { useKioskStore } from './kioskStore';
import { useCountdown } from './useCountdown';
import { IDLE_WARNING_SECONDS, useIdleReset } from './useIdleReset';

/**
 * The sign-up screen. A shared kiosk (`phoneCode` null) clears itself for the next person; a phone
 * that walked up through a room link (`phoneCode`: the code the link carried) is the learner's own:
 * its browser may fill in their name and email, the code is filled in, and it signs up one person.
 */
export function KioskScreen({ phoneCode = null }: { phoneCode?: string | null }) {
  const phone = phoneCode !== null;
  const status = useKioskStore((s) => s.status);
  const registration = useKioskStore((s) => s.registration);
  const formKey = useKioskStore((s) => s.formKey);
  const loadStatus = useKioskStore((s) => s.loadStatus);
  const reset = useKioskStore((s) => s.reset);
  const [dirty, setDirty] = useState(false);
  const clearAll = useCallback(() => {
    setDirty(false);
    reset();
  }, [reset]);
  const idle = useIdleReset(status?.idleSeconds ?? 90, !phone && (dirty || registration !== null), clearAll);

  useEffect(() => {
    void loadStatus();
  }, [loadStatus]);

  return (
    <Center
      mih="100vh"
      p={phone ? 'xs' : 'md'}
      bg="var(--mantine-color-gray-1)"
      // On a phone the form starts at the top: the keyboard takes the bottom half.
      style={phone ? { alignItems: 'flex-start' } : undefined}
    >
      <Stack w="100%" maw={600} gap="md" component="main">
        {status && (status.orgName || status.welcome) && (
          <Box ta="center">
            {status.orgName && (
              <Text fw={700} size="xl" data-testid="org-name">
                {status.orgName}
              </Text>
            )}
            {status.welcome && <Text size="lg">{status.welcome}</Text>}
          </Box>
        )}
        <Paper shadow="sm" radius="lg" p={{ base: phone ? 'md' : 'lg', sm: 40 }}>
          {status?.locked ? (
            <Locked />
          ) : registration ? (
            <Success registration={registration} onDone={phone ? null : clearAll} />
          ) : (
            <SignUpForm key={formKey} onDirty={setDirty} phoneCode={phoneCode} />
          )}
        </Paper>
        {status?.canExit && !phone && <StaffExit locked={status.locked} />}
      </Stack>
      <IdleWarning until={idle.warningUntil} onContinue={idle.stillHere} />
    </Center>
  );
}

function SignUpForm({ onDirty, phoneCode }: { onDirty: (dirty: boolean) => void; phoneCode: string | null }) {
  const phone = phoneCode !== null;
  const submitting = useKioskStore((s) => s.submitting);
  const error = useKioskStore((s) => s.error);
  const register = useKioskStore((s) => s.register);
  const pausedNote = useKioskStore((s) => s.pausedNote);
  const clearError = useKioskStore((s) => s.clearError);
  const retryAt = useKioskStore((s) => s.retryAt);
  const wait = useCountdown(retryAt);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', email: '', code: phoneCode ?? '' },
    validate: schemaResolver(schemas.kioskRegister, { sync: true }),
    onValuesChange: (values) => {
      onDirty(Object.values(values).some((v) => v !== ''));
      if (useKioskStore.getState().error) clearError();
    },
  });

  // Field errors from the server land on their field; the rest go in the banner.
  const serverFieldError = (field: string) => (error?.field === field ? error.message : undefined);
  const inputProps = (field: 'name' | 'email' | 'code') => ({
    key: form.key(field),
    ...form.getInputProps(field),
    error: form.errors[field] ?? serverFieldError(field),
    size: 'lg' as const,
    // A shared kiosk never offers an earlier learner's entries; a phone is its owner's own.
    autoComplete: phone && field !== 'code' ? field : 'off',
    required: true,
  });
  const banner = error && !error.field && error.code !== 'throttled' ? error.message : null;

  return (
    <form onSubmit={form.onSubmit((values) => void register(values))} noValidate autoComplete={phone ? 'on' : 'off'}>
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2">
            Join your group
          </Title>
          <Text c="dimmed" mt={4}>
            {phoneCode
              ? "Enter your name and email. Your group's join code is already filled in."
              : 'Enter your details and the join code your instructor gave you.'}
          </Text>
        </div>
        <TextInput
          label="Full name"
          {...inputProps('name')}
          autoCapitalize="words"
          enterKeyHint="next"
          data-autofocus
          autoFocus
        />
        <TextInput
          label="Email"
          type="email"
          inputMode="email"
          autoCapitalize="none"
          enterKeyHint="next"
          {...inputProps('email')}
          spellCheck={false}
        />
        <TextInput
          label="Join code"
          description="It looks like ABCD-1234. Capitals, spaces and dashes don't matter."
          {...inputProps('code')}
          spellCheck={false}
          autoCapitalize="characters"
          inputMode="text"
          enterKeyHint="go"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: 1 } }}
        />
        {/* Every error is announced here once; the visible text sits on its field or in the banner. */}
        <VisuallyHidden role="alert" aria-live="assertive" data-announcer>
          {error?.message}
        </VisuallyHidden>
        {banner && (
          <Alert color="red" icon={<IconAlertCircle />} title="We couldn't sign you up">
            {banner}
          </Alert>
        )}
        {pausedNote && (
          <Alert color="blue" icon={<IconHourglass />} data-testid="paused-note">
            {pausedNote}
          </Alert>
        )}
        {wait > 0 && (
          <Alert color="orange" icon={<IconHourglass />} data-testid="throttle-countdown">
            {throttledMessage(wait)}
          </Alert>
        )}
        <Button type="submit" size="xl" loading={submitting} disabled={wait > 0}>
          Join group
        </Button>
      </Stack>
    </form>
  );
}

// The success screen clears itself like the form does: after the idle time and a warning the
// learner can answer, so nobody is hurried off it, and it never waits for the next person.
function Success({ registration, onDone }: { registration: Registration; onDone: (() => void) | null }) {
  return (
    <Stack gap="lg" align="center" ta="center" role="status" aria-live="polite">
      <ThemeIcon size={72} radius="xl" color="teal" variant="light" aria-hidden>
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
          <List spacing="xs" icon={<IconBook size={18} aria-hidden />}>
            {registration.courses.map((c) => (
              <List.Item key={c.id}>{c.title}</List.Item>
            ))}
          </List>
        </Stack>
      ) : (
        <Text c="dimmed">Your instructor will let you know when your courses start.</Text>
      )}
      {onDone ? (
        <Button size="xl" onClick={onDone} fullWidth autoFocus>
          Done
        </Button>
      ) : (
        <Text size="lg">All done: you can close this page.</Text>
      )}
    </Stack>
  );
}

function Locked() {
  return (
    <Stack gap="md" align="center" ta="center" role="alert">
      <ThemeIcon size={72} radius="xl" color="gray" variant="light" aria-hidden>
        <IconLock size={44} />
      </ThemeIcon>
      <Title order={1} size="h2">
        This kiosk is locked
      </Title>
      <Text size="lg">There were too many wrong join codes or PINs. Please ask an administrator to unlock it.</Text>
    </Stack>
  );
}

function IdleWarning({ until, onContinue }: { until: number | null; onContinue: () => void }) {
  const left = useCountdown(until);
  return (
    <Modal
      opened={until !== null}
      onClose={onContinue}
      title="Are you still there?"
      centered
      size="md"
      withCloseButton={false}
      closeOnClickOutside
      // A warning appears at once, not by fading in.
      transitionProps={{ duration: 0 }}
    >
      <Stack>
        <Text size="lg" aria-live="polite">
          For your privacy, this form will clear in {left || IDLE_WARNING_SECONDS} seconds.
        </Text>
        <Button size="xl" onClick={onContinue} data-autofocus>
          I'm still here
        </Button>
      </Stack>
    </Modal>
  );
}

function StaffExit({ locked }: { locked: boolean }) {
  const exit = useKioskStore((s) => s.exit);
  const wait = useCountdown(useKioskStore((s) => s.exitRetryAt));
  const [open, setOpen] = useState(false);
  // Controlled: a wrong PIN empties the field without taking the focus from it.
  const form = useForm({ mode: 'controlled', initialValues: { pin: '' }, validate: schemaRules(schemas.kioskExit) });
  const close = () => {
    setOpen(false);
    form.reset();
  };
  const leave = form.onSubmit(async ({ pin }) => {
    const err = await exit(pin);
    form.setFieldValue('pin', '');
    if (!err) return close();
    // A delay shows as the countdown below, not as a PIN error.
    if (err.code === 'throttled') form.clearFieldError('pin');
    else showFieldError(err, form, 'pin');
  });
  return (
    <>
      <Button variant="subtle" color="gray.8" size="lg" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-end' }}>
        Staff: exit kiosk
      </Button>
      <Modal opened={open} onClose={close} title="Exit kiosk mode" centered>
        {locked ? (
          // A locked kiosk takes no PIN, so there is no field to type one into.
          <Stack>
            <Alert color="red" icon={<IconLock />} title="Exit is locked" role="alert">
              Exit is locked until an administrator unlocks this kiosk on the Kiosk page. To get there, restart JoinDesk (restart
              the computer if it will not close), then enter the admin PIN on the Kiosk page.
            </Alert>
            <Button size="lg" onClick={close}>
              Close
            </Button>
          </Stack>
        ) : (
          <form onSubmit={leave}>
            <Stack>
              <PinField label="Admin PIN" autoComplete="off" data-autofocus size="lg" {...form.getInputProps('pin')} />
              {wait > 0 && (
                <Alert color="orange" icon={<IconHourglass />} role="status" data-testid="exit-throttle-countdown">
                  {throttledMessage(wait)}
                </Alert>
              )}
              <Button type="submit" size="lg" disabled={wait > 0}>
                Exit kiosk
              </Button>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
