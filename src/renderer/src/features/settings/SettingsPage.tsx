import { Button, Group as Row, NumberInput, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { CodePolicy } from '../../../../shared/types';
import { adminApi } from '../../api';
import { callOrNotify } from '../../lib/call';
import { BackupPanel } from './BackupPanel';

export function SettingsPage() {
  const [policy, setPolicy] = useState<CodePolicy | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void callOrNotify(adminApi['code-policy-get']({})).then((value) => value && setPolicy(value));
  }, []);

  const save = async () => {
    if (!policy) return;
    const result = await adminApi['code-policy-update'](policy);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setPolicy(result.value);
    notifications.show({ color: 'teal', title: 'Code policy saved', message: 'It applies to every group from now on.' });
  };

  return (
    <Stack maw={720}>
      <Title order={2}>Settings</Title>
      <Paper withBorder radius="md" p="lg">
        <Stack>
          <Title order={3} size="h4">
            Join code policy
          </Title>
          {policy && (
            <>
              <Switch
                size="md"
                label="Generated codes only"
                description="Admins can regenerate codes but not type their own. Generated codes are 8 random characters."
                checked={policy.generatedOnly}
                onChange={(e) => setPolicy({ ...policy, generatedOnly: e.currentTarget.checked })}
              />
              <NumberInput
                label="Minimum length of a custom code"
                description="Letters and digits, not counting spaces or dashes. 6 to 32."
                min={6}
                max={32}
                allowDecimal={false}
                disabled={policy.generatedOnly}
                value={policy.minLength}
                onChange={(v) => setPolicy({ ...policy, minLength: Number(v) || 0 })}
                error={error}
                maw={320}
              />
              <Text size="sm" c="dimmed">
                Existing codes keep working; the policy applies when a code is next changed.
              </Text>
              <Row>
                <Button onClick={() => void save()}>Save policy</Button>
              </Row>
            </>
          )}
        </Stack>
      </Paper>
      <BackupPanel />
    </Stack>
  );
}
