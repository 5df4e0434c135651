import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomHost } from '../../../src/main/core/host';
import type { StationAuth } from '../../../src/main/core/stations';
import { stationAuth } from '../../../src/main/core/stations';
import { pairPage } from '../../../src/main/serve/roomPages';
import { createRoomNetwork } from '../../../src/main/serve/roomNetwork';
import { acceptedLanguages } from '../../../src/main/serve/acceptLanguage';
import { ROOM_WORDS, roomWords } from '../../../src/main/serve/roomWords';
import { en } from '../../../src/main/serve/roomWords/en';
import { LANGUAGE_TAGS } from '../../../src/shared/languages';
import { fakeRenderer, freeRoomPort, request, ROOM } from '../../security/serveHarness';
import type { TestCore } from '../helpers';
import { makeCore } from '../helpers';

describe('the room’s words', () => {
  it('read a browser’s Accept-Language by weight, then by order, leaving out * and q=0', () => {
    expect(acceptedLanguages('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5')).toEqual(['fr-CH', 'fr', 'en', 'de']);
    expect(acceptedLanguages('en;q=0.2, ar-EG')).toEqual(['ar-EG', 'en']);
    expect(acceptedLanguages('es;q=0, pt-BR')).toEqual(['pt-BR']);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(acceptedLanguages(' ,;q=1, *')).toEqual([]);
  });

  it('pick the language JoinDesk speaks that the browser wants most, or English', () => {
    expect(roomWords('ar-EG,ar;q=0.9,en;q=0.5')).toMatchObject({ tag: 'ar', dir: 'rtl' });
    expect(roomWords('ja, zh-CN;q=0.8')).toMatchObject({ tag: 'zh-Hans', dir: 'ltr' });
    // Traditional Chinese is not Simplified: the next wanted one, here none, so English.
    expect(roomWords('zh-TW')).toMatchObject({ tag: 'en' });
    expect(roomWords('en;q=0.1, de-AT;q=0.9')).toMatchObject({ tag: 'de' });
    expect(roomWords(undefined)).toMatchObject({ tag: 'en', dir: 'ltr' });
    expect(roomWords('not a language, !!')).toMatchObject({ tag: 'en' });
  });

  it('cover the same keys in every language, and count in each language’s plural forms', () => {
    for (const tag of LANGUAGE_TAGS) expect(Object.keys(ROOM_WORDS[tag]).sort(), tag).toEqual(Object.keys(en).sort());
    expect(roomWords('en').say('pair.tooMany', { seconds: 1 })).toBe('Too many wrong pairing codes. Try again in 1 second.');
    expect(roomWords('en').say('pair.tooMany', { seconds: 30 })).toBe('Too many wrong pairing codes. Try again in 30 seconds.');
    expect(roomWords('ar').say('pair.tooMany', { seconds: 2 })).toContain('ثانيتين');
    expect(roomWords('fr').say('pair.tooMany', { seconds: 1 })).toContain('1 seconde.');
    for (const tag of LANGUAGE_TAGS) {
      const w = roomWords(tag);
      for (const id of Object.keys(en) as (keyof typeof en)[]) {
        for (const seconds of [0, 1, 2, 3, 11, 100]) expect(w.say(id, { seconds }), `${tag} ${id}`).not.toMatch(/[{}#]/);
      }
    }
  });

  it('escape what they put in the page', () => {
    const html = pairPage({ tag: 'en', dir: 'ltr', say: () => '<script>alert("x")</script> & co' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });
});

let t: TestCore;
let room: RoomHost;
let origin: string;

beforeAll(async () => {
  let auth: StationAuth | null = null;
  // Made once the core's database exists, on the core's clock.
  const stations: StationAuth = {
    redeem: (c) => auth!.redeem(c),
    byCredential: (c) => auth!.byCredential(c),
    alive: (id) => auth!.alive(id),
    recordSignup: (id) => auth!.recordSignup(id),
  };
  room = createRoomNetwork({ core: () => t.core, rendererDir: fakeRenderer(), addresses: () => [], stations });
  t = makeCore(undefined, { host: { room } });
  auth = stationAuth(t.db, t.clock.now);
  const status = await t.core.call('network-set', { enabled: true, address: ROOM, port: await freeRoomPort() });
  if (!status.ok) throw new Error(JSON.stringify(status.error));
  origin = status.value.url!;
});
afterAll(async () => {
  await room.close();
});

describe('the station pairing page', () => {
  it('is in Arabic, right to left, for a browser that asks for Arabic', async () => {
    const reply = await request(`${origin}/pair`, { headers: { 'Accept-Language': 'ar-SA,ar;q=0.9,en;q=0.8' } });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-language']).toBe('ar');
    expect(reply.headers.vary).toContain('Accept-Language');
    expect(reply.body).toContain('<html lang="ar" dir="rtl">');
    expect(reply.body).toContain('<h1>إقران هذه الشاشة</h1>');
    expect(reply.body).toContain('>إقران</button>');
    expect(reply.body).not.toMatch(/Pair this screen|Pairing code/);
  });

  it('is in French for a Swiss French browser, and in English for one that names no language JoinDesk speaks', async () => {
    const french = await request(`${origin}/pair`, { headers: { 'Accept-Language': 'fr-CH, fr;q=0.9, en;q=0.8' } });
    expect(french.body).toContain('<html lang="fr" dir="ltr">');
    expect(french.body).toContain('<h1>Appairer cet écran</h1>');
    const other = await request(`${origin}/pair`, { headers: { 'Accept-Language': 'ja-JP' } });
    expect(other.body).toContain('<html lang="en" dir="ltr">');
    expect(other.body).toContain('<h1>Pair this screen</h1>');
    expect(other.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('says a wrong code is wrong in the browser’s language', async () => {
    const reply = await request(`${origin}/pair/WRONG1`, { headers: { 'Accept-Language': 'de-DE,de;q=0.9' } });
    expect(reply.status).toBe(404);
    expect(reply.body).toContain('<html lang="de" dir="ltr">');
    expect(reply.body).toContain('Dieser Kopplungscode ist falsch');
  });

  it('tells a phone without a room link to scan again, in its language', async () => {
    const zh = await request(`${origin}/kiosk`, { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' } });
    expect(zh.status).toBe(401);
    expect(zh.body).toContain('<html lang="zh-Hans" dir="ltr">');
    expect(zh.body).toContain('请重新扫描所在小组的二维码');
    const english = await request(`${origin}/kiosk`);
    expect(english.body).toMatch(/scan your group's QR code/);
  });
});
