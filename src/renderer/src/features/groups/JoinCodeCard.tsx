import {
  ActionIcon,
  Box,
  Button,
  CopyButton,
  Group as Row,
  Modal,
  Paper,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconEye, IconEyeOff, IconPencil, IconRefresh } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { CodeRating, PatternChecker } from '../../../../shared/codeStrength';
import { contextWords, loadPatternChecker, rateJoinCode } from '../../../../shared/codeStrength';
import { checkCustomCode, CUSTOM_MAX_LENGTH } from '../../../../shared/joinCode';
import { schemas } from '../../../../shared/schemas';
import type { Group } from '../../../../shared/types';
import { adminApi } from '../../api';
import { callOrNotify, showFieldError } from '../../lib/call';
import { count, formatDateTime } from '../../lib/format';
import { schemaRules } from '../../lib/form';
import { useChannel } from '../../lib/useChannel';
import { CODE_MASK, useCodeReveal, useCodesShown } from './codeReveal';
import { CodeStateBadge } from './CodeStateBadge';
import { ShareCode } from './ShareCode';
import { useCurrentGroup } from './currentGroup';

/** The group's join code: masked until revealed (hover or the eye), with copy, edit and regenerate. */
export function JoinCodeCard({ group }: { group: Group }) {
  const setGroup = useCurrentGroup((s) => s.set);
  const pinned = useCodeReveal((s) => s.pinned === group.id);
  const setPinnedGroup = useCodeReveal((s) => s.setPinned);
  const setHovered = useCodeReveal((s) => s.setHovered);
  const resetReveal = useCodeReveal((s) => s.reset);
  const shown = useCodesShown(group.id);
  const setPinned = (pin: boolean) => setPinnedGroup(pin ? group.id : null);
  // Every visit to a group starts with its codes hidden.
  useEffect(() => resetReveal, [resetReveal]);
  const [editing, setEditing] = useState(false);
  const [confirming, confirm] = useDisclosure(false);
  const policy = useChannel('code-policy-get', {}).data;

  const regenerate = async () => {
    confirm.close();
    const value = await callOrNotify(adminApi['join-code-regenerate']({ groupId: group.id }));
    if (!value) return;
    setGroup(value);
    setPinned(true);
    notifications.show({ color: 'teal', title: 'New join code', message: 'The old code no longer works. Share the new one.' });
  };

  return (
    <Paper withBorder radius="md" p="lg" maw={640}>
      <Stack gap="sm">
        <Row justify="space-between">
          <Title order={3} size="h4">
            Join code
          </Title>
          <CodeStateBadge state={group.codeState} />
        </Row>
        <Text size="sm" c="dimmed">
          Learners type this code at the kiosk, with their name and email, to join {group.name}.
        </Text>
        {editing && policy ? (
          <CodeEditor
            group={group}
            minLength={policy.minLength}
            onCancel={() => setEditing(false)}
            onSaved={(g) => {
              setEditing(false);
              setPinned(true);
              setGroup(g);
            }}
          />
        ) : (
          <Row gap="xs" wrap="nowrap">
            <Box
              onMouseEnter={() => setHovered(group.id)}
              onMouseLeave={() => setHovered(null)}
              px="md"
              py="xs"
              bg="var(--mantine-color-gray-0)"
              bd="1px solid var(--mantine-color-gray-3)"
              style={{ borderRadius: 'var(--mantine-radius-md)', minWidth: 220 }}
            >
              <Text
                ff="monospace"
                fz={28}
                fw={700}
                lts={2}
                data-testid="join-code-value"
                aria-label={shown ? `Join code ${group.joinCode}` : 'Join code hidden'}
              >
                {shown ? group.joinCode : CODE_MASK}
              </Text>
            </Box>
            <Tooltip label={pinned ? 'Hide code' : 'Show code'}>
              <ActionIcon
                variant="default"
                size="xl"
                aria-label={pinned ? 'Hide join code' : 'Show join code'}
                aria-pressed={pinned}
                onClick={() => setPinned(!pinned)}
              >
                {pinned ? <IconEyeOff size={20} /> : <IconEye size={20} />}
              </ActionIcon>
            </Tooltip>
            <CopyButton value={group.joinCode}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Copied' : 'Copy code'}>
                  <ActionIcon
                    variant="default"
                    size="xl"
                    aria-label="Copy join code"
                    onClick={copy}
                    color={copied ? 'teal' : undefined}
                  >
                    {copied ? <IconCheck size={20} /> : <IconCopy size={20} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
            <Tooltip label={policy?.generatedOnly ? 'Custom codes are turned off in Settings' : 'Edit code'}>
              <ActionIcon
                variant="default"
                size="xl"
                aria-label="Edit join code"
                disabled={!policy || policy.generatedOnly}
                onClick={() => setEditing(true)}
              >
                <IconPencil size={20} />
              </ActionIcon>
            </Tooltip>
          </Row>
        )}
        <Text size="sm" c="dimmed">
          {count(group.usedCount, 'learner has', 'learners have')} joined with this code since{' '}
          {formatDateTime(group.codeChangedAt)}.
        </Text>
        {!editing && (
          <Row justify="space-between">
            <ShareCode group={group} />
            <Button variant="light" color="orange" leftSection={<IconRefresh size={18} />} onClick={confirm.open}>
              Regenerate code
            </Button>
          </Row>
        )}
      </Stack>
      <Modal opened={confirming} onClose={confirm.close} title="Regenerate the join code?">
        <Stack>
          <Text>
            The old code stops working at once: anyone who tries it will be told it has changed. Learners who already joined stay
            in {group.name}.
          </Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              Cancel
            </Button>
            <Button color="orange" onClick={() => void regenerate()}>
              Regenerate
            </Button>
          </Row>
        </Stack>
      </Modal>
    </Paper>
  );
}

const STRENGTH_LOOK = {
  weak: { color: 'red', value: 33 },
  fair: { color: 'yellow', value: 66 },
  strong: { color: 'teal', value: 100 },
};

/** zxcvbn-ts and its word lists, loaded when the editor first opens (they are large). */
function usePatternChecker(): PatternChecker | null {
  const [checker, setChecker] = useState<PatternChecker | null>(null);
  useEffect(() => {
    let current = true;
    loadPatternChecker().then(
      (c) => current && setChecker(c),
      // Without the word lists the editor still works; the meter just stays away.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return checker;
}

function CodeEditor(props: { group: Group; minLength: number; onCancel: () => void; onSaved: (g: Group) => void }) {
  const initialValues = { code: props.group.joinCode };
  const validate = schemaRules(schemas.joinCodeUpdate, {
    input: (values: typeof initialValues) => ({ groupId: props.group.id, code: values.code }),
    // The policy's rules, as the admin types; an empty field just keeps Save off.
    also: (values) => {
      const check = checkCustomCode(values.code, props.minLength);
      return !check.ok && values.code.trim() ? { code: check.message } : {};
    },
  });
  // Controlled: the strength meter follows every keystroke.
  const form = useForm({
    mode: 'controlled',
    initialValues,
    initialErrors: validate(initialValues),
    validate,
    validateInputOnChange: true,
  });
  const checker = usePatternChecker();
  const orgName = useChannel('kiosk-settings-get', {}).data?.orgName ?? '';
  const context = useMemo(() => contextWords([props.group.name, orgName]), [props.group.name, orgName]);
  const value = form.values.code;
  const error = form.errors.code;
  const check = checkCustomCode(value, props.minLength);
  const warning = !error && check.ok ? check.warning : undefined;
  const key = check.ok ? check.key : null;
  const rating: CodeRating | null = useMemo(
    () => (key && checker ? rateJoinCode(key, checker, context) : null),
    [key, checker, context],
  );

  const save = form.onSubmit(async (values) => {
    const result = await adminApi['join-code-update']({ groupId: props.group.id, code: values.code });
    if (!result.ok) return showFieldError(result.error, form, 'code');
    notifications.show({
      color: result.value.warning ? 'yellow' : 'teal',
      title: 'Join code saved',
      message: result.value.warning ?? 'The previous code no longer works.',
    });
    props.onSaved(result.value.group);
  });

  return (
    <form noValidate onSubmit={save}>
      <Stack gap="xs">
        <TextInput
          label="New join code"
          description={`${props.minLength}–${CUSTOM_MAX_LENGTH} letters and digits. Spaces and dashes are ignored; O counts as 0, I and L as 1.`}
          {...form.getInputProps('code')}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          data-autofocus
          autoFocus
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 20, letterSpacing: 1 } }}
        />
        {rating && (
          <Row gap="xs" wrap="nowrap" align="flex-start" data-testid="code-strength">
            <Progress
              value={STRENGTH_LOOK[rating.strength].value}
              color={STRENGTH_LOOK[rating.strength].color}
              w={120}
              mt={7}
              style={{ flexShrink: 0 }}
              aria-hidden
            />
            <Text size="sm" role="status">
              Strength: <strong>{rating.strength}</strong>
              {rating.reason ? ` — easy to guess: ${rating.reason}.` : ''}
              {warning ? ` ${warning}` : ''}
            </Text>
          </Row>
        )}
        <Row>
          <Button type="submit" loading={form.submitting} disabled={!!error || !value.trim()}>
            Save
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
        </Row>
      </Stack>
    </form>
  );
}
