import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers';
import { recorded } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const { handleAppProtocol, registerAppScheme } = await import('../../../src/main/electron/protocol');

let root: string;
let serve: (url: string, method?: string) => Promise<Response>;

beforeAll(() => {
  const base = tempDir();
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>JoinDesk</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'outside the renderer');
  registerAppScheme();
  handleAppProtocol(root);
  const handler = recorded.protocolHandlers.get('app')!;
  serve = (url, method = 'GET') => handler(new Request(url, { method }));
});

describe('app:// protocol', () => {
  it('is registered as a standard, secure scheme', () => {
    expect(recorded.schemes).toContainEqual({
      scheme: 'app',
      privileges: expect.objectContaining({ standard: true, secure: true }),
    });
  });

  it('serves the renderer with a strict CSP and the right type', async () => {
    const res = await serve('app://joindesk/index.html');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('JoinDesk');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
    expect((await serve('app://joindesk/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://joindesk/../../etc/passwd',
    'app://joindesk/..%2F..%2Fetc%2Fpasswd',
    'app://joindesk/%2e%2e/secret.txt',
    'app://joindesk/..%2fsecret.txt',
    'app://joindesk/..%5csecret.txt',
    'app://joindesk/index.html%00.js',
    'app://joindesk/%E0%A4%A',
    'app://other-host/index.html',
  ])('does not serve %s', async (url) => {
    const res = await serve(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/outside the renderer|root:/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('answers only GET', async () => {
    expect((await serve('app://joindesk/index.html', 'POST')).status).toBe(404);
  });
});
