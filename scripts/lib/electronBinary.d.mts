export function findElectronBinary(
  electronDir: string,
  deps?: { env?: NodeJS.ProcessEnv; exists?: (p: string) => boolean; read?: (p: string, encoding: 'utf8') => string },
): { path: string } | { reason: string };
export function missingElectronMessage(options: { electronVersion: string; nodeVersion: string; detail?: string }): string;
export function downloadFailure(output: string | null | undefined): string | undefined;
