import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../src/main/serve/replyWords/en';
import { REPLY_WORDS, replyWords } from '../../../src/main/serve/replyWords';
import { LANGUAGE_TAGS } from '../../../src/shared/languages';
import type { Harness, Reply } from '../../security/serveHarness';
import { bearer, request, signIn, start, TOKENS } from '../../security/serveHarness';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(() => h.close());

const FRENCH = 'fr-CA,fr;q=0.9,en;q=0.5';
const ARABIC = 'ar-EG, en;q=0.3';

/** The reply says its language, and that another Accept-Language may get another answer. */
function inLanguage(reply: Reply, tag: string): string {
  expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(reply.headers['content-language']).toBe(tag);
  expect(reply.headers.vary).toBe('Accept-Language');
  return reply.body;
}

describe('plain replies a person reads in a browser', () => {
  it('a used sign-in link: in the browser’s language, counting minutes its own way', async () => {
    const link = h.adminLink();
    await signIn(link);
    const french = await request(link, { headers: { 'Accept-Language': FRENCH } });
    expect(french.status).toBe(401);
    expect(inLanguage(french, 'fr')).toBe(
      'Ce lien a expiré ou a déjà été utilisé. Chaque lien ne fonctionne qu’une fois, pendant 10 minutes : demandez-en un nouveau.',
    );
    const english = await request(link);
    expect(inLanguage(english, 'en')).toBe(
      'That link has expired or was already used. Each link works once, within 10 minutes: ask for a new one.',
    );
  });

  it('a page without a session, and a page for another audience', async () => {
    const arabic = await request(`${h.admin.origin}/`, { headers: { 'Accept-Language': ARABIC } });
    expect(arabic.status).toBe(401);
    expect(inLanguage(arabic, 'ar')).toBe('افتح رابط تسجيل دخول من JoinDesk (يطبع الأمر `npm run serve` هذه الروابط).');
    expect(inLanguage(await request(`${h.admin.origin}/`), 'en')).toBe(
      'Open a sign-in link from JoinDesk (`npm run serve` prints them).',
    );
    // A script's kiosk token may call kiosk channels here, but the admin page is not for it.
    const kiosk = { ...bearer(TOKENS.kiosk), 'Accept-Language': 'zh-CN,zh;q=0.9' };
    const notForIt = await request(`${h.admin.origin}/`, { headers: kiosk });
    expect([notForIt.status, inLanguage(notForIt, 'zh-Hans')]).toEqual([403, '此界面不供你使用。']);
    const asAdmin = { ...bearer(TOKENS.admin), 'Accept-Language': 'zh-CN,zh;q=0.9' };
    expect((await request(`${h.admin.origin}/`, { headers: asAdmin })).status).toBe(200);
  });

  it('not found, wrong method, unknown host and another site: each in the language asked for', async () => {
    const notFound = await request(`${h.admin.origin}/nothing-here`, { headers: { 'Accept-Language': FRENCH } });
    expect([notFound.status, inLanguage(notFound, 'fr')]).toEqual([404, 'Introuvable']);
    const asset = await request(`${h.kiosk.origin}/assets/nope.js`, { headers: { 'Accept-Language': ARABIC } });
    expect([asset.status, inLanguage(asset, 'ar')]).toEqual([404, 'غير موجود']);
    const method = await request(`${h.admin.origin}/`, { method: 'PUT', headers: { 'Accept-Language': 'de-DE' } });
    expect([method.status, inLanguage(method, 'de')]).toEqual([405, 'Methode nicht erlaubt']);
    const host = await request(`${h.admin.origin}/`, { headers: { Host: 'evil.example', 'Accept-Language': 'es-MX' } });
    expect([host.status, inLanguage(host, 'es')]).toEqual([403, 'Host desconocido']);
    const origin = await request(`${h.admin.origin}/`, {
      headers: { Origin: 'http://evil.example', 'Accept-Language': 'pt-BR' },
    });
    expect([origin.status, inLanguage(origin, 'pt')]).toEqual([403, 'Origem externa']);
    const site = await request(`${h.admin.origin}/`, { headers: { 'Sec-Fetch-Site': 'cross-site', 'Accept-Language': 'zh-CN' } });
    expect([site.status, inLanguage(site, 'zh-Hans')]).toEqual([403, '请通过 JoinDesk 自己的链接打开它。']);
  });

  it('every language has every reply, and each formats without leftovers', () => {
    for (const tag of LANGUAGE_TAGS) {
      expect(Object.keys(REPLY_WORDS[tag]).sort(), tag).toEqual(Object.keys(en).sort());
      const w = replyWords(tag);
      for (const id of Object.keys(en) as (keyof typeof en)[]) {
        for (const minutes of [1, 2, 3, 10, 11, 100]) expect(w.say(id, { minutes }), `${tag} ${id}`).not.toMatch(/[{}#]/);
      }
    }
    expect(replyWords('ar').say('reply.linkExpired', { minutes: 2 })).toContain('دقيقتين');
    expect(replyWords('de').say('reply.linkExpired', { minutes: 1 })).toContain('1 Minute:');
  });
});
