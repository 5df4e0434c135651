// Attacks on the kiosk and PIN throttles (DESIGN §4): each test replays a walk-around that once worked.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestCore } from '../unit/helpers';
import { makeCore, tempDir } from '../unit/helpers';

const PIN = '13579246';
const WRONG_PIN = '000000';
const WRONG_CODE = { name: 'Guesser', email: 'guess@example.com', code: 'ZZZZ-ZZZZ' };

function setup(file?: string) {
  let exits = 0;
  // With exitKiosk the core acts as the desktop app, where the kiosk window can be left with the PIN.
  const t = makeCore(file, { host: { exitKiosk: () => void exits++ } });
  const g = t.must('groups-create', { name: 'Real' });
  t.must('admin-pin-set', { pin: PIN });
  let fresh = 0;
  const registerFresh = () =>
    t.call('kiosk-register', { name: 'Walker', email: `walker${fresh++}@example.com`, code: g.joinCode });
  return { t, g, exits: () => exits, registerFresh };
}

/** The kiosk waits out whatever registration delay is running, as a patient attacker would. */
function waitOutRegistration(t: TestCore): number {
  const throttled = t.must('kiosk-status', {}).throttled;
  if (throttled) t.clock.advance(throttled.retryAfterSeconds * 1000);
  return throttled?.retryAfterSeconds ?? 0;
}

const retryAfter = (result: ReturnType<TestCore['call']>) => (result.ok ? 0 : (result.error.retryAfterSeconds ?? 0));

describe('the registration throttle cannot be walked around', () => {
  it('5 wrong codes then 1 valid registration, repeated: delays after the first round, and the lock at 100 holds', () => {
    const { t, registerFresh } = setup();
    const delays: number[] = [];
    let waited = 0;
    while (delays.length < 100) {
      for (let i = 0; i < 5 && delays.length < 100; i++) {
        waited += waitOutRegistration(t);
        const result = t.call('kiosk-register', WRONG_CODE);
        expect(result).toMatchObject({ ok: false, error: { code: 'code-unknown' } });
        delays.push(retryAfter(result));
      }
      if (delays.length < 100) {
        waited += waitOutRegistration(t);
        expect(registerFresh().ok).toBe(true);
      }
    }
    // The first five are free; a success resets the growing delay but hands back no free guesses.
    expect(delays.slice(0, 10)).toEqual([0, 0, 0, 0, 0, 5, 10, 20, 40, 60]);
    expect(delays.slice(5).every((d) => d >= 5)).toBe(true);
    // 95 delayed guesses cost the attacker at least 19 rounds × (5+10+20+40+60) s … all inside one day.
    expect(waited).toBeGreaterThanOrEqual(18 * 135);
    expect(t.must('kiosk-status', {}).locked).toBe(true);
    t.clock.advance(60 * 60 * 1000);
    expect(registerFresh()).toMatchObject({ ok: false, error: { code: 'kiosk-locked' } });
    expect(t.call('kiosk-register', WRONG_CODE)).toMatchObject({ ok: false, error: { code: 'kiosk-locked' } });
  });

  it('even right after a success, a wrong code past the free five is delayed and the next guess refused', () => {
    const { t, registerFresh } = setup();
    for (let i = 0; i < 5; i++) t.call('kiosk-register', WRONG_CODE);
    expect(registerFresh().ok).toBe(true);
    expect(t.call('kiosk-register', WRONG_CODE)).toMatchObject({ error: { code: 'code-unknown', retryAfterSeconds: 5 } });
    expect(t.call('kiosk-register', WRONG_CODE)).toMatchObject({ error: { code: 'throttled', retryAfterSeconds: 5 } });
  });
});

describe('probing emails and old codes counts', () => {
  it('with one valid code, repeated "email registered" answers are throttled', () => {
    const { t, g } = setup();
    t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: g.joinCode });
    const probe = (email: string) => t.call('kiosk-register', { name: 'Probe', email, code: g.joinCode });
    for (let i = 0; i < 5; i++) expect(probe('ana@example.com')).toMatchObject({ error: { code: 'email-registered' } });
    expect(probe('ANA@example.com')).toMatchObject({
      error: {
        code: 'email-registered',
        field: 'email',
        message: 'This email is already registered. Ask an instructor for help.',
      },
    });
    expect(t.must('kiosk-status', {}).throttled).toEqual({ retryAfterSeconds: 5 });
    // While the delay runs, the kiosk says nothing about any email.
    expect(probe('ana@example.com')).toMatchObject({ error: { code: 'throttled' } });
    expect(probe('maybe@example.com')).toMatchObject({ error: { code: 'throttled' } });
    expect(t.db.prepare('SELECT count(*) FROM kiosk_failures').pluck().get()).toBe(6);
  });

  it('100 email probes in a day lock the kiosk', () => {
    const { t, g } = setup();
    t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: g.joinCode });
    for (let i = 0; i < 100; i++) {
      waitOutRegistration(t);
      expect(t.call('kiosk-register', { name: 'Probe', email: 'ana@example.com', code: g.joinCode })).toMatchObject({
        error: { code: 'email-registered' },
      });
    }
    expect(t.must('kiosk-status', {}).locked).toBe(true);
  });

  it('a retired code counts as a wrong guess', () => {
    const { t, g } = setup();
    t.must('join-code-regenerate', { groupId: g.id });
    const old = () => t.call('kiosk-register', { ...WRONG_CODE, code: g.joinCode });
    for (let i = 0; i < 5; i++) expect(old()).toMatchObject({ error: { code: 'code-retired' } });
    expect(old()).toMatchObject({ error: { code: 'code-retired', field: 'code', retryAfterSeconds: 5 } });
    expect(old()).toMatchObject({ error: { code: 'throttled' } });
  });
});

describe('the exit PIN has its own throttle', () => {
  it('a registration in between does not reset the wrong exit-PIN count', () => {
    const { t, exits, registerFresh } = setup();
    for (let i = 0; i < 5; i++) {
      expect(t.call('kiosk-exit', { pin: WRONG_PIN })).toMatchObject({ error: { code: 'validation', field: 'pin' } });
    }
    expect(registerFresh().ok).toBe(true);
    expect(t.call('kiosk-exit', { pin: WRONG_PIN })).toMatchObject({ error: { field: 'pin', retryAfterSeconds: 5 } });
    expect(t.call('kiosk-exit', { pin: PIN })).toMatchObject({ error: { code: 'throttled', field: 'pin' } });
    expect(exits()).toBe(0);
  });

  it('wrong exit PINs do not slow sign-up, and wrong codes do not slow the exit PIN', () => {
    const { t, exits, registerFresh } = setup();
    for (let i = 0; i < 6; i++) t.call('kiosk-exit', { pin: WRONG_PIN });
    expect(t.must('kiosk-status', {}).throttled).toBeNull();
    expect(registerFresh().ok).toBe(true);
    t.clock.advance(5000);
    for (let i = 0; i < 6; i++) t.call('kiosk-register', WRONG_CODE);
    expect(t.must('kiosk-status', {}).throttled).toEqual({ retryAfterSeconds: 5 });
    expect(t.call('kiosk-exit', { pin: PIN })).toEqual({ ok: true, value: { exited: true } });
    expect(exits()).toBe(1);
  });

  it('exit is refused while wrong codes have the kiosk locked, even with the right PIN, until an admin unlocks it', () => {
    const { t, exits } = setup();
    for (let i = 0; i < 100; i++) {
      t.call('kiosk-register', WRONG_CODE);
      t.clock.advance(61_000);
    }
    expect(t.call('kiosk-exit', { pin: PIN })).toMatchObject({ ok: false, error: { code: 'kiosk-locked' } });
    expect(t.call('kiosk-exit', { pin: WRONG_PIN })).toMatchObject({ ok: false, error: { code: 'kiosk-locked' } });
    expect(exits()).toBe(0);
    expect(t.must('kiosk-unlock', { pin: PIN }).locked).toBe(false);
    expect(t.call('kiosk-exit', { pin: PIN })).toEqual({ ok: true, value: { exited: true } });
  });

  it('10 wrong exit PINs in a day lock the kiosk: no exit and no sign-up until an admin unlocks it', () => {
    const { t, exits, registerFresh } = setup();
    for (let i = 0; i < 10; i++) {
      expect(t.must('kiosk-status', {}).locked).toBe(false);
      expect(t.call('kiosk-exit', { pin: WRONG_PIN })).toMatchObject({ error: { code: 'validation', field: 'pin' } });
      t.clock.advance(61_000);
    }
    expect(t.must('kiosk-status', {}).locked).toBe(true);
    expect(t.must('kiosk-overview', {}, 'admin').locked).toBe(true);
    expect(t.call('kiosk-exit', { pin: PIN })).toMatchObject({ error: { code: 'kiosk-locked' } });
    expect(registerFresh()).toMatchObject({ error: { code: 'kiosk-locked' } });
    expect(exits()).toBe(0);
    t.must('kiosk-unlock', { pin: PIN });
    expect(t.call('kiosk-exit', { pin: PIN })).toEqual({ ok: true, value: { exited: true } });
  });

  it('survives a restart', () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const { t } = setup(file);
    for (let i = 0; i < 6; i++) t.call('kiosk-exit', { pin: WRONG_PIN });
    t.db.close();
    const again = makeCore(file, { host: { exitKiosk: () => undefined } });
    expect(again.call('kiosk-exit', { pin: PIN })).toMatchObject({ error: { code: 'throttled', retryAfterSeconds: 5 } });
  });
});

describe('the admin PIN has its own throttle', () => {
  it('wrong PINs at kiosk-unlock and admin-pin-set share one throttle, kept across a restart', () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const { t } = setup(file);
    for (let i = 0; i < 3; i++) {
      expect(t.call('kiosk-unlock', { pin: WRONG_PIN })).toMatchObject({ error: { code: 'validation', field: 'pin' } });
    }
    for (let i = 0; i < 2; i++) {
      expect(t.call('admin-pin-set', { pin: '24682468', currentPin: WRONG_PIN })).toMatchObject({
        error: { code: 'validation', field: 'currentPin' },
      });
    }
    expect(t.call('kiosk-unlock', { pin: WRONG_PIN })).toMatchObject({ error: { field: 'pin', retryAfterSeconds: 5 } });
    // While the delay runs, not even the right PIN is checked.
    expect(t.call('kiosk-unlock', { pin: PIN })).toMatchObject({ error: { code: 'throttled', field: 'pin' } });
    expect(t.call('admin-pin-set', { pin: '24682468', currentPin: PIN })).toMatchObject({
      error: { code: 'throttled', field: 'currentPin' },
    });
    t.db.close();
    const again = makeCore(file);
    expect(again.call('kiosk-unlock', { pin: PIN })).toMatchObject({ error: { code: 'throttled', retryAfterSeconds: 5 } });
    again.clock.advance(5000);
    expect(again.call('admin-pin-set', { pin: '24682468', currentPin: PIN }).ok).toBe(true);
  });

  it('grows to 60 s but never locks: unlocking needs the PIN', () => {
    const { t } = setup();
    const delays: number[] = [];
    for (let i = 0; i < 25; i++) {
      delays.push(retryAfter(t.call('kiosk-unlock', { pin: WRONG_PIN })));
      t.clock.advance(61_000);
    }
    expect(delays.slice(0, 11)).toEqual([0, 0, 0, 0, 0, 5, 10, 20, 40, 60, 60]);
    expect(Math.max(...delays)).toBe(60);
    expect(t.call('kiosk-unlock', { pin: PIN }).ok).toBe(true);
  });

  it('is apart from the kiosks’ throttles: wrong admin PINs do not slow the exit, nor wrong exit PINs the admin', () => {
    const { t, exits } = setup();
    for (let i = 0; i < 6; i++) t.call('kiosk-unlock', { pin: WRONG_PIN });
    expect(t.call('kiosk-exit', { pin: PIN })).toEqual({ ok: true, value: { exited: true } });
    expect(exits()).toBe(1);
    const other = setup();
    for (let i = 0; i < 6; i++) other.t.call('kiosk-exit', { pin: WRONG_PIN });
    expect(other.t.call('kiosk-unlock', { pin: PIN }).ok).toBe(true);
  });
});
