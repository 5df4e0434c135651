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
import { useAdminText } from '../../i18n/admin';
import { formatDateTime } from '../../lib/format';
import { schemaRules } from '../../lib/form';
import { useChannel } from '../../lib/useChannel';
import { CODE_MASK, useCodeReveal, useCodesShown } from './codeReveal';
import { CodeStateBadge } from './CodeStateBadge';
import { customCodeProblem, shortCodeWarning, STRENGTH_LABEL, strengthReason } from './codeEditorText';
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
  const t = useAdminText();

  const regenerate = async () => {
    confirm.close();
    const value = await callOrNotify(adminApi['join-code-regenerate']({ groupId: group.id }));
    if (!value) return;
    setGroup(value);
    setPinned(true);
    notifications.show({
      color: 'teal',
      title: t('groups.code.regenerated'),
      message: t('groups.code.regeneratedMessage'),
    });
  };

  return (
    <Paper withBorder radius="md" p="lg" maw={640}>
      <Stack gap="sm">
        <Row justify="space-between">
          <Title order={3} size="h4">
            {t('groups.code.title')}
          </Title>
          <CodeStateBadge state={group.codeState} />
        </Row>
        <Text size="sm" c="dimmed">
          {t('groups.code.intro', { group: group.name })}
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
                dir="ltr"
                data-testid="join-code-value"
                aria-label={shown ? t('groups.code.shownLabel', { code: group.joinCode }) : t('groups.code.hiddenLabel')}
              >
                {shown ? group.joinCode : CODE_MASK}
              </Text>
            </Box>
            <Tooltip label={pinned ? t('groups.code.hide') : t('groups.code.show')}>
              <ActionIcon
                variant="default"
                size="xl"
                aria-label={pinned ? t('groups.code.hideAria') : t('groups.code.showAria')}
                aria-pressed={pinned}
                onClick={() => setPinned(!pinned)}
              >
                {pinned ? <IconEyeOff size={20} /> : <IconEye size={20} />}
              </ActionIcon>
            </Tooltip>
            <CopyButton value={group.joinCode}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('groups.copied') : t('groups.code.copy')}>
                  <ActionIcon
                    variant="default"
                    size="xl"
                    aria-label={t('groups.code.copyAria')}
                    onClick={copy}
                    color={copied ? 'teal' : undefined}
                  >
                    {copied ? <IconCheck size={20} /> : <IconCopy size={20} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
            <Tooltip label={policy?.generatedOnly ? t('groups.code.customOff') : t('groups.code.edit')}>
              <ActionIcon
                variant="default"
                size="xl"
                aria-label={t('groups.code.editAria')}
                disabled={!policy || policy.generatedOnly}
                onClick={() => setEditing(true)}
              >
                <IconPencil size={20} />
              </ActionIcon>
            </Tooltip>
          </Row>
        )}
        <Text size="sm" c="dimmed">
          {t('groups.code.used', { n: group.usedCount, when: formatDateTime(group.codeChangedAt) })}
        </Text>
        {!editing && (
          <Row justify="space-between">
            <ShareCode group={group} />
            <Button variant="light" color="orange" leftSection={<IconRefresh size={18} />} onClick={confirm.open}>
              {t('groups.code.regenerate')}
            </Button>
          </Row>
        )}
      </Stack>
      <Modal opened={confirming} onClose={confirm.close} title={t('groups.regenerate.title')}>
        <Stack>
          <Text>{t('groups.regenerate.body', { group: group.name })}</Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t('groups.cancel')}
            </Button>
            <Button color="orange" onClick={() => void regenerate()}>
              {t('groups.regenerate.confirm')}
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
  const t = useAdminText();
  const initialValues = { code: props.group.joinCode };
  const validate = schemaRules(schemas.joinCodeUpdate, {
    input: (values: typeof initialValues) => ({ groupId: props.group.id, code: values.code }),
    // The policy's rules, as the admin types; an empty field just keeps Save off.
    also: (values) => {
      const problem = values.code.trim() ? customCodeProblem(values.code, props.minLength, t) : null;
      return problem ? { code: problem } : {};
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
  const warning = !error && check.ok && check.warning ? shortCodeWarning(t) : undefined;
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
      title: t('groups.edit.saved'),
      message: result.value.warning ? shortCodeWarning(t) : t('groups.edit.savedMessage'),
    });
    props.onSaved(result.value.group);
  });

  return (
    <form noValidate onSubmit={save}>
      <Stack gap="xs">
        <TextInput
          label={t('groups.edit.label')}
          description={t('groups.edit.hint', { min: props.minLength, max: CUSTOM_MAX_LENGTH })}
          {...form.getInputProps('code')}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          data-autofocus
          autoFocus
          dir="ltr"
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
              {t.rich(rating.reason ? 'groups.strength.ratingWithReason' : 'groups.strength.rating', {
                b: (chunks) => <strong>{chunks}</strong>,
                strength: t(STRENGTH_LABEL[rating.strength]),
                reason: rating.reason ? strengthReason(rating.reason, t) : '',
              })}
              {warning ? ` ${warning}` : ''}
            </Text>
          </Row>
        )}
        <Row>
          <Button type="submit" loading={form.submitting} disabled={!!error || !value.trim()}>
            {t('groups.save')}
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            {t('groups.cancel')}
          </Button>
        </Row>
      </Stack>
    </form>
  );
}
