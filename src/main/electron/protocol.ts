import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY, contentType, resolveInside } from '../files/staticFiles';

export const APP_SCHEME = 'app';
export const APP_HOST = 'joindesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from `rendererDir` on app://joindesk/, with our CSP on every response. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir));
}

export async function serveAppRequest(request: Request, rendererDir: string): Promise<Response> {
  const url = new URL(request.url);
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  const file = url.host === APP_HOST && request.method === 'GET' ? resolveInside(rendererDir, url.pathname) : null;
  if (!file) return new Response('Not found', { status: 404, headers });
  const response = await net.fetch(pathToFileURL(file).toString()).catch(() => null);
  if (!response?.ok) return new Response('Not found', { status: 404, headers });
  return new Response(response.body, { status: 200, headers: { ...headers, 'Content-Type': contentType(file) } });
}
