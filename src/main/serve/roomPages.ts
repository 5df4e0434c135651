import type http from 'node:http';
import { send } from './http';
import type { RoomWords } from './roomWords';
import { roomWords } from './roomWords';

/** The room's own pages hold no script, load nothing, and post only to themselves. */
export const ROOM_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const BODY_STYLE = 'font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;line-height:1.5';

/** A whole page in the words' language: `lang` and `dir` on `<html>`, so the browser reads and lays it out in it. */
function page(w: RoomWords, title: string, body: string): string {
  return `<!doctype html><html lang="${w.tag}" dir="${w.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title></head><body style="${BODY_STYLE}">
${body}</body></html>`;
}

/** Where a station types its pairing code (or lands from the QR code, which carries it). */
export function pairPage(w: RoomWords): string {
  return page(
    w,
    w.say('pair.title'),
    `<h1>${escapeHtml(w.say('pair.heading'))}</h1><form method="get" action="/pair"><p><label for="code">${escapeHtml(w.say('pair.code'))}</label></p>
<p><input id="code" name="code" dir="ltr" autocomplete="off" autocapitalize="characters" maxlength="12" required style="font-size:2rem;width:10ch"></p>
<p><button type="submit" style="font-size:1.25rem;padding:.5rem 1.5rem">${escapeHtml(w.say('pair.submit'))}</button></p></form>`,
  );
}

/** One sentence for a person whose browser opened a room address: what happened and what to do. */
export function messagePage(w: RoomWords, text: string): string {
  return page(w, w.say('room.title'), `<p>${escapeHtml(text)}</p>`);
}

/** The words a request's browser asks for (its `Accept-Language`). */
export const wordsFor = (req: http.IncomingMessage): RoomWords => roomWords(req.headers['accept-language']);

/** Sends a room page, saying which language it is in and that the answer depends on the one asked for. */
export function sendRoomPage(
  res: http.ServerResponse,
  status: number,
  w: RoomWords,
  html: string,
  extra: http.OutgoingHttpHeaders = {},
): void {
  send(res, status, 'text/html; charset=utf-8', html, {
    'Content-Security-Policy': ROOM_PAGE_CSP,
    'Content-Language': w.tag,
    Vary: 'Accept-Language',
    ...extra,
  });
}
