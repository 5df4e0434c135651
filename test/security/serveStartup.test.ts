import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readServeConfig, ServeConfigError } from '../../src/main/serve/auth';
import { tempDir } from '../unit/helpers';

/** Runs serve mode from source with `env`; resolves when it exits, or with null once it is serving. */
function runServe(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/serve.ts'], {
      env: { ...process.env, JOINDESK_PORT: '0', JOINDESK_KIOSK_PORT: '0', JOINDESK_DATA_DIR: tempDir(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      // It started serving: that is the failure these tests look for.
      if (/^Admin:/m.test(stdout) && /^Kiosk:/m.test(stdout)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code: /^Admin:/m.test(stdout) ? null : code, stderr, stdout }));
  });
}

describe('serve mode: refuses weak or shared env tokens at start', () => {
  const strong = 's'.repeat(32);
  it.each([
    ['a short admin token', { JOINDESK_TOKEN: 'short-admin-token', JOINDESK_KIOSK_TOKEN: strong }, /JOINDESK_TOKEN.*32/],
    ['a short kiosk token', { JOINDESK_TOKEN: strong, JOINDESK_KIOSK_TOKEN: 'k'.repeat(31) }, /JOINDESK_KIOSK_TOKEN.*32/],
    ['equal tokens', { JOINDESK_TOKEN: strong, JOINDESK_KIOSK_TOKEN: strong }, /JOINDESK_TOKEN.*JOINDESK_KIOSK_TOKEN/],
  ])('%s: one clear line, exit code 1', async (_label, env, message) => {
    const { code, stderr, stdout } = await runServe(env);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr + stdout).not.toContain(strong);
  });
});

describe('serve mode: what it prints', () => {
  it('one-time links on two origins, and never a token', async () => {
    const tokens = { JOINDESK_TOKEN: 'A'.repeat(40), JOINDESK_KIOSK_TOKEN: 'K'.repeat(40) };
    const { code, stdout } = await runServe(tokens);
    expect(code, 'it started').toBeNull();
    const admin = new URL(/^Admin:\s+(\S+)/m.exec(stdout)![1]!);
    const kiosk = new URL(/^Kiosk:\s+(\S+)/m.exec(stdout)![1]!);
    expect(admin.pathname).toBe('/');
    expect(kiosk.pathname).toBe('/kiosk');
    expect(admin.port).not.toBe(kiosk.port);
    expect([...admin.searchParams.keys()]).toEqual(['code']);
    expect([...kiosk.searchParams.keys()]).toEqual(['code']);
    expect(stdout).not.toContain(tokens.JOINDESK_TOKEN);
    expect(stdout).not.toContain(tokens.JOINDESK_KIOSK_TOKEN);
  });
});

describe('readServeConfig', () => {
  const strong = { JOINDESK_TOKEN: 'a'.repeat(32), JOINDESK_KIOSK_TOKEN: 'k'.repeat(32) };

  it('refuses tokens shorter than 32 characters, equal tokens, and odd characters', () => {
    expect(() => readServeConfig({ ...strong, JOINDESK_TOKEN: 'a'.repeat(31) })).toThrow(/JOINDESK_TOKEN is too short/);
    expect(() => readServeConfig({ ...strong, JOINDESK_KIOSK_TOKEN: 'short' })).toThrow(/JOINDESK_KIOSK_TOKEN is too short/);
    expect(() => readServeConfig({ JOINDESK_TOKEN: strong.JOINDESK_TOKEN, JOINDESK_KIOSK_TOKEN: strong.JOINDESK_TOKEN })).toThrow(
      /must differ/,
    );
    expect(() => readServeConfig({ ...strong, JOINDESK_TOKEN: `${'a'.repeat(32)} b` })).toThrow(ServeConfigError);
    // The messages never quote a token.
    try {
      readServeConfig({ JOINDESK_TOKEN: strong.JOINDESK_TOKEN, JOINDESK_KIOSK_TOKEN: strong.JOINDESK_TOKEN });
    } catch (error) {
      expect((error as Error).message).not.toContain(strong.JOINDESK_TOKEN);
    }
  });

  it('makes random, distinct tokens of at least 32 characters when unset (or empty)', () => {
    for (const env of [{}, { JOINDESK_TOKEN: '', JOINDESK_KIOSK_TOKEN: '' }]) {
      const a = readServeConfig(env);
      const b = readServeConfig(env);
      expect(a.tokens.admin.length).toBeGreaterThanOrEqual(32);
      expect(a.tokens.kiosk.length).toBeGreaterThanOrEqual(32);
      expect(a.tokens.admin).not.toBe(a.tokens.kiosk);
      expect(a.tokens.admin).not.toBe(b.tokens.admin);
      expect(a.randomTokens).toEqual({ admin: true, kiosk: true });
    }
    expect(readServeConfig(strong)).toMatchObject({ tokens: { admin: strong.JOINDESK_TOKEN }, randomTokens: { admin: false } });
  });

  it('ports: 5183 and 5185 by default; the kiosk follows port 0; equal ports refused', () => {
    expect(readServeConfig({})).toMatchObject({ port: 5183, kioskPort: 5185 });
    expect(readServeConfig({ JOINDESK_PORT: '0' })).toMatchObject({ port: 0, kioskPort: 0 });
    expect(readServeConfig({ JOINDESK_PORT: '0', JOINDESK_KIOSK_PORT: '7000' })).toMatchObject({ port: 0, kioskPort: 7000 });
    expect(() => readServeConfig({ JOINDESK_PORT: '6000', JOINDESK_KIOSK_PORT: '6000' })).toThrow(/must differ/);
    expect(() => readServeConfig({ JOINDESK_KIOSK_PORT: 'abc' })).toThrow(/JOINDESK_KIOSK_PORT must be a port/);
    expect(() => readServeConfig({ JOINDESK_PORT: '70000' })).toThrow(/JOINDESK_PORT must be a port/);
  });
});
