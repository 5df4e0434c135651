import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness, Reply } from './serveHarness';
import { bearer, call, held, signIn, start, stream, TOKENS } from './serveHarness';

const MiB = 1024 * 1024;
let h: Harness;
beforeEach(async () => {
  h = await start();
});
afterEach(() => h.close());

/** Waits until `n` of the replies have arrived, or `ms` passed; returns those that did. */
async function settled(replies: Promise<Reply>[], n: number, ms = 5000): Promise<Reply[]> {
  const done: Reply[] = [];
  for (const r of replies)
    void r.then(
      (x) => done.push(x),
      () => {},
    );
  const until = Date.now() + ms;
  while (done.length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  return [...done];
}

function expectRefusal(reply: Reply, status: number) {
  expect(reply.status).toBe(status);
  expect(Number(reply.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  const body = JSON.parse(reply.body) as { ok: boolean; error: { code: string; message: string } };
  expect(body.ok).toBe(false);
  expect(body.error.message.length).toBeGreaterThan(10);
}

describe('serve mode: body limits', () => {
  it('a 32 MiB kiosk body is refused with 413 long before the server has read it', async () => {
    const { session } = await signIn(h.kioskLink());
    const url = `${h.kiosk.origin}/api/kiosk-register`;
    for (const declare of [false, true]) {
      const res = await stream(url, { ...session, 'Content-Type': 'application/json' }, 32 * MiB, declare);
      expect(res.status, `declared: ${declare}`).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({
        ok: false,
        error: { code: 'validation', message: expect.stringMatching(/16 KB/) },
      });
      expect(res.written, 'bytes sent before the answer').toBeLessThan(8 * MiB);
    }
  });

  it('a kiosk body of 16 KB is read; one byte more is not', async () => {
    const { session } = await signIn(h.kioskLink());
    const at = (n: number) => stream(`${h.kiosk.origin}/api/kiosk-status`, session, n, true);
    expect((await at(16 * 1024)).status).toBe(400); // read, and not JSON: spaces only
    expect((await at(16 * 1024 + 1)).status).toBe(413);
  });

  it('admin calls: 1 MB by default, 32 MiB for the CSV import channels', async () => {
    const big = { name: 'x'.repeat(2 * MiB) };
    expect((await call(h.admin.origin, 'groups-create', big, bearer(TOKENS.admin))).status).toBe(413);
    const csv = `name,email,group\n${'A,a@example.com,Seed\n'.repeat(100_000)}`;
    expect(csv.length).toBeGreaterThan(MiB);
    const preview = await call(h.admin.origin, 'learners-import-preview', { csv }, bearer(TOKENS.admin));
    expect(preview.status).toBe(200);
    const tooBig = await stream(`${h.admin.origin}/api/learners-import-preview`, bearer(TOKENS.admin), 33 * MiB);
    expect(tooBig.status).toBe(413);
  });

  it('twenty parallel 32 MiB kiosk bodies leave memory alone', async () => {
    const { session } = await signIn(h.kioskLink());
    global.gc?.();
    const before = process.memoryUsage().rss;
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => stream(`${h.kiosk.origin}/api/kiosk-register`, session, 32 * MiB)),
    );
    const grown = process.memoryUsage().rss - before;
    expect(grown, `rss grew by ${Math.round(grown / MiB)} MiB`).toBeLessThan(100 * MiB);
    expect(replies.map((r) => r.status).filter((s) => s !== 413 && s !== 429)).toEqual([]);
  });
});

describe('serve mode: concurrency caps', () => {
  it('one session gets 8 requests in flight; the rest are answered 429 at once, and the server carries on', async () => {
    const { session } = await signIn(h.kioskLink());
    const calls = Array.from({ length: 200 }, () => held(`${h.kiosk.origin}/api/kiosk-status`, session));
    const early = await settled(
      calls.map((c) => c.response),
      192,
    );
    expect(early).toHaveLength(192);
    for (const reply of early) expectRefusal(reply, 429);
    expect(h.inFlight()).toBe(8);
    for (const c of calls) c.finish();
    const all = await Promise.all(calls.map((c) => c.response));
    expect(all.filter((r) => r.status === 200)).toHaveLength(8);
    expect(h.inFlight()).toBe(0);
    expect((await call(h.kiosk.origin, 'kiosk-status', {}, session)).status).toBe(200);
  });

  it('across sessions, 64 requests are in flight at most; the rest are answered 503', async () => {
    const cookies: Record<string, string>[] = [];
    for (let i = 0; i < 100; i++) cookies.push((await signIn(h.kioskLink())).session);
    const calls = Array.from({ length: 200 }, (_, i) => held(`${h.kiosk.origin}/api/kiosk-status`, cookies[i % 100]!));
    const early = await settled(
      calls.map((c) => c.response),
      136,
    );
    expect(early).toHaveLength(136);
    for (const reply of early) expectRefusal(reply, 503);
    expect(h.inFlight()).toBe(64);
    for (const c of calls) c.finish();
    const all = await Promise.all(calls.map((c) => c.response));
    expect(all.filter((r) => r.status === 200)).toHaveLength(64);
    // An admin is not locked out by a busy kiosk once it calms down.
    expect((await call(h.admin.origin, 'groups-list', {}, bearer(TOKENS.admin))).status).toBe(200);
  });

  it('a kiosk bearer token is one identity with its own cap', async () => {
    const calls = Array.from({ length: 20 }, () => held(`${h.admin.origin}/api/kiosk-status`, bearer(TOKENS.kiosk)));
    const early = await settled(
      calls.map((c) => c.response),
      12,
    );
    expect(early).toHaveLength(12);
    for (const reply of early) expectRefusal(reply, 429);
    // The admin's own calls are not held up by the kiosk token's.
    expect((await call(h.admin.origin, 'groups-list', {}, bearer(TOKENS.admin))).status).toBe(200);
    for (const c of calls) c.finish();
    await Promise.all(calls.map((c) => c.response));
  });
});
