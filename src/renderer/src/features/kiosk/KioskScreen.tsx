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
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconBook, IconCircleCheck, IconHourglass, IconLock } from '@tabler/icons-react';
import type { FormEvent, ReactNode } from 'react';
import { useCallback, useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { kioskSchemas } from '../../../../shared/domains/kiosk';
import type { LanguageTag } from '../../../../shared/languages';
import { bestLanguage, DEFAULT_LANGUAGE } from '../../../../shared/languages';
import type { Registration } from '../../../../shared/types';
import { PinField } from '../../components/PinField';
import type { KioskMessageId, KioskText } from '../../i18n/kiosk';
import { loadKioskCatalogue, useKioskText } from '../../i18n/kiosk';
import { LanguageProvider } from '../../i18n/LanguageProvider';
import { checkSignUp, errorText } from './kioskMessages';
import type { SignUpValues } from './kioskMessages';
import { useKioskStore } from './kioskStore';
import { LanguagePicker } from './LanguagePicker';
import { useCountdown } from './useCountdown';
import { IDLE_WARNING_SECONDS, useIdleReset } from './useIdleReset';

/**
 * The sign-up screen, in the language the learner chose or else the room's default (a phone: its
 * owner's browser language when the kiosk offers it). A shared kiosk (`phoneCode` null) clears
 * itself for the next person, language and all; a phone that walked up through a room link
 * (`phoneCode`: the code the link carried) is the learner's own: its browser may fill in their name
 * and email, the code is filled in, and it signs up one person.
 */
export function KioskScreen({ phoneCode = null }: { phoneCode?: string | null }) {
  const status = useKioskStore((s) => s.status);
  const statusTried = useKioskStore((s) => s.statusTried);
  const chosen = useKioskStore((s) => s.language);
  const loadStatus = useKioskStore((s) => s.loadStatus);

  useEffect(() => {
    void loadStatus();
  }, [loadStatus]);

  const offered = status?.languages ?? [DEFAULT_LANGUAGE];
  const roomDefault = status?.defaultLanguage ?? DEFAULT_LANGUAGE;
  const own = phoneCode !== null ? bestLanguage(navigator.languages, offered) : null;
  const tag: LanguageTag = chosen && offered.includes(chosen) ? chosen : (own ?? roomDefault);

  // Nothing until the kiosk knows its language, so the first learner never sees another flash by.
  if (!statusTried) return null;
  return (
    <LanguageProvider tag={tag} load={loadKioskCatalogue}>
      <KioskPage phoneCode={phoneCode} offered={offered} language={tag} />
    </LanguageProvider>
  );
}

function KioskPage({
  phoneCode,
  offered,
  language,
}: {
  phoneCode: string | null;
  offered: readonly LanguageTag[];
  language: LanguageTag;
}) {
  const phone = phoneCode !== null;
  const text = useKioskText();
  const status = useKioskStore((s) => s.status);
  const registration = useKioskStore((s) => s.registration);
  const formKey = useKioskStore((s) => s.formKey);
  const reset = useKioskStore((s) => s.reset);
  const chooseLanguage = useKioskStore((s) => s.chooseLanguage);
  const [dirty, setDirty] = useState(false);
  const clearAll = useCallback(() => {
    setDirty(false);
    reset();
  }, [reset]);
  const idle = useIdleReset(status?.idleSeconds ?? 90, !phone && (dirty || registration !== null), clearAll);

  const title = text('page.title');
  useEffect(() => {
    document.title = title;
  }, [title]);

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
          // What the admin typed, in whatever script: each line finds its own direction.
          <Box ta="center">
            {status.orgName && (
              <Text fw={700} size="xl" data-testid="org-name" dir="auto">
                {status.orgName}
              </Text>
            )}
            {status.welcome && (
              <Text size="lg" dir="auto">
                {status.welcome}
              </Text>
            )}
          </Box>
        )}
        {!registration && !status?.locked && offered.length > 1 && (
          <LanguagePicker offered={offered} current={language} onChoose={chooseLanguage} />
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

const EMPTY_FORM: SignUpValues = { name: '', email: '', code: '' };

function SignUpForm({ onDirty, phoneCode }: { onDirty: (dirty: boolean) => void; phoneCode: string | null }) {
  const phone = phoneCode !== null;
  const intl = useIntl();
  const text = useKioskText();
  const submitting = useKioskStore((s) => s.submitting);
  const error = useKioskStore((s) => s.error);
  const register = useKioskStore((s) => s.register);
  const paused = useKioskStore((s) => s.paused);
  const clearError = useKioskStore((s) => s.clearError);
  const retryAt = useKioskStore((s) => s.retryAt);
  const wait = useCountdown(retryAt);
  // Problems are kept as message ids, not words, so a language chosen after them rewords them.
  const [problems, setProblems] = useState<ReturnType<typeof checkSignUp>>({});
  const form = useForm<SignUpValues>({
    mode: 'uncontrolled',
    initialValues: { ...EMPTY_FORM, code: phoneCode ?? '' },
    onValuesChange: (values) => {
      onDirty(Object.values(values).some((v) => v !== ''));
      setProblems((now) => (Object.keys(now).length ? {} : now));
      if (useKioskStore.getState().error) clearError();
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = form.getValues();
    const found = checkSignUp(values);
    setProblems(found);
    if (Object.keys(found).length === 0) void register(values);
  };

  // Server errors are worded here, from their code and params; those about a field sit on it.
  const serverText: KioskText | null = error && error.code !== 'throttled' ? errorText(error, form.getValues(), intl) : null;
  const fieldText = (field: keyof SignUpValues): string | undefined => {
    const local = problems[field];
    if (local) return text(local);
    return serverText && error?.field === field ? text(serverText) : undefined;
  };
  const banner = serverText && !(error?.field && error.field in EMPTY_FORM) ? text(serverText) : null;
  const firstProblem = Object.values(problems)[0];
  const announced = firstProblem ? text(firstProblem) : serverText ? text(serverText) : '';

  const inputProps = (field: keyof SignUpValues) => ({
    key: form.key(field),
    ...form.getInputProps(field),
    error: fieldText(field),
    size: 'lg' as const,
    // A shared kiosk never offers an earlier learner's entries; a phone is its owner's own.
    autoComplete: phone && field !== 'code' ? field : 'off',
    required: true,
  });

  return (
    <form onSubmit={submit} noValidate autoComplete={phone ? 'on' : 'off'}>
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2">
            {text('form.title')}
          </Title>
          <Text c="dimmed" mt={4}>
            {text(phoneCode ? 'form.introPhone' : 'form.intro')}
          </Text>
        </div>
        <TextInput
          label={text('form.name')}
          {...inputProps('name')}
          // A name may be in any script: it runs in its own direction, laid out with the page.
          styles={{ input: { unicodeBidi: 'plaintext' } }}
          autoCapitalize="words"
          enterKeyHint="next"
          data-autofocus
          autoFocus
        />
        <TextInput
          label={text('form.email')}
          type="email"
          inputMode="email"
          autoCapitalize="none"
          enterKeyHint="next"
          {...inputProps('email')}
          // Emails and codes read left to right in every language, Arabic's included (`dir` is the input's box).
          dir="ltr"
          spellCheck={false}
        />
        <TextInput
          label={text('form.code')}
          description={text('form.codeHint')}
          {...inputProps('code')}
          dir="ltr"
          spellCheck={false}
          autoCapitalize="characters"
          inputMode="text"
          enterKeyHint="go"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: 1 } }}
        />
        {/* Every error is announced here once; the visible text sits on its field or in the banner. */}
        <VisuallyHidden role="alert" aria-live="assertive" data-announcer>
          {announced}
        </VisuallyHidden>
        {banner && (
          <Alert color="red" icon={<IconAlertCircle />} title={text('form.errorTitle')}>
            {banner}
          </Alert>
        )}
        {paused && (
          <Alert color="blue" icon={<IconHourglass />} data-testid="paused-note">
            {text('error.paused')}
          </Alert>
        )}
        {wait > 0 && (
          <Alert color="orange" icon={<IconHourglass />} data-testid="throttle-countdown">
            {text('form.throttled', { seconds: wait })}
          </Alert>
        )}
        <Button type="submit" size="xl" loading={submitting} disabled={wait > 0}>
          {text('form.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** Text a sentence wraps: a group name in bold, an email kept left to right inside any sentence. */
const strongGroup = (chunks: ReactNode[]) => (
  <strong data-testid="joined-group" dir="auto">
    {chunks}
  </strong>
);
const ltrEmail = (chunks: ReactNode[]) => <bdi dir="ltr">{chunks}</bdi>;

// The success screen clears itself like the form does: after the idle time and a warning the
// learner can answer, so nobody is hurried off it, and it never waits for the next person.
function Success({ registration, onDone }: { registration: Registration; onDone: (() => void) | null }) {
  const text = useKioskText();
  return (
    <Stack gap="lg" align="center" ta="center" role="status" aria-live="polite">
      <ThemeIcon size={72} radius="xl" color="teal" variant="light" aria-hidden>
        <IconCircleCheck size={48} />
      </ThemeIcon>
      <div>
        <Title order={1} size="h2">
          {text('success.title')}
        </Title>
        <Text size="lg" mt="xs">
          <FormattedMessage id="success.welcome" values={{ group: registration.groupName, b: strongGroup }} />
        </Text>
        <Text c="dimmed" size="sm" mt={4}>
          <FormattedMessage id="success.registeredAs" values={{ email: registration.maskedEmail, ltr: ltrEmail }} />
        </Text>
      </div>
      {registration.courses.length > 0 ? (
        <Stack gap="xs" w="100%" ta="start">
          <Text fw={600}>{text('success.courses')}</Text>
          <List spacing="xs" icon={<IconBook size={18} aria-hidden />}>
            {registration.courses.map((c) => (
              <List.Item key={c.id} dir="auto">
                {c.title}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : (
        <Text c="dimmed">{text('success.noCourses')}</Text>
      )}
      {onDone ? (
        <Button size="xl" onClick={onDone} fullWidth autoFocus>
          {text('success.done')}
        </Button>
      ) : (
        <Text size="lg">{text('success.closePage')}</Text>
      )}
    </Stack>
  );
}

function Locked() {
  const text = useKioskText();
  return (
    <Stack gap="md" align="center" ta="center" role="alert">
      <ThemeIcon size={72} radius="xl" color="gray" variant="light" aria-hidden>
        <IconLock size={44} />
      </ThemeIcon>
      <Title order={1} size="h2">
        {text('locked.title')}
      </Title>
      <Text size="lg">{text('locked.body')}</Text>
    </Stack>
  );
}

function IdleWarning({ until, onContinue }: { until: number | null; onContinue: () => void }) {
  const text = useKioskText();
  const left = useCountdown(until);
  return (
    <Modal
      opened={until !== null}
      onClose={onContinue}
      title={text('idle.title')}
      centered
      size="md"
      withCloseButton={false}
      closeOnClickOutside
      // A warning appears at once, not by fading in.
      transitionProps={{ duration: 0 }}
    >
      <Stack>
        <Text size="lg" aria-live="polite">
          {text('idle.body', { seconds: left || IDLE_WARNING_SECONDS })}
        </Text>
        <Button size="xl" onClick={onContinue} data-autofocus>
          {text('idle.stay')}
        </Button>
      </Stack>
    </Modal>
  );
}

function StaffExit({ locked }: { locked: boolean }) {
  const text = useKioskText();
  const exit = useKioskStore((s) => s.exit);
  const wait = useCountdown(useKioskStore((s) => s.exitRetryAt));
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<KioskMessageId | null>(null);
  // Controlled: a wrong PIN empties the field without taking the focus from it.
  const form = useForm({ mode: 'controlled', initialValues: { pin: '' } });
  const close = () => {
    setOpen(false);
    setProblem(null);
    form.reset();
  };
  const leave = form.onSubmit(async ({ pin }) => {
    // An empty PIN is never sent: it would only spend one of the day's tries.
    if (pin === '') return setProblem('exit.pinRequired');
    if (!kioskSchemas.kioskExit.safeParse({ pin }).success) return setProblem('exit.pinWrong');
    const err = await exit(pin);
    form.setFieldValue('pin', '');
    if (!err) return close();
    // A delay shows as the countdown below, not as a PIN error.
    setProblem(err.code === 'throttled' ? null : err.code === 'validation' ? 'exit.pinWrong' : 'error.other');
  });
  return (
    <>
      <Button variant="subtle" color="gray.8" size="lg" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-end' }}>
        {text('exit.open')}
      </Button>
      <Modal
        opened={open}
        onClose={close}
        title={text('exit.title')}
        centered
        closeButtonProps={{ 'aria-label': text('exit.close') }}
      >
        {locked ? (
          // A locked kiosk takes no PIN, so there is no field to type one into.
          <Stack>
            <Alert color="red" icon={<IconLock />} title={text('exit.lockedTitle')} role="alert">
              {text('exit.lockedBody')}
            </Alert>
            <Button size="lg" onClick={close}>
              {text('exit.close')}
            </Button>
          </Stack>
        ) : (
          <form onSubmit={leave}>
            <Stack>
              <PinField
                label={text('exit.pin')}
                showLabel={text('exit.pinShow')}
                autoComplete="off"
                data-autofocus
                size="lg"
                {...form.getInputProps('pin')}
                onChange={(event) => {
                  setProblem(null);
                  form.setFieldValue('pin', event.currentTarget.value);
                }}
                error={problem ? text(problem) : undefined}
                dir="ltr"
              />
              {wait > 0 && (
                <Alert color="orange" icon={<IconHourglass />} role="status" data-testid="exit-throttle-countdown">
                  {text('form.throttled', { seconds: wait })}
                </Alert>
              )}
              <Button type="submit" size="lg" disabled={wait > 0}>
                {text('exit.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
