// Code signing for `npm run dist` comes from environment variables only (electron-builder's own names).
// With none set for a platform that signs, packaging goes on unsigned, and says so.

const targetsOf = (args, platform) => {
  const named = [
    args.some((a) => a === '--mac' || a === '-m') && 'darwin',
    args.some((a) => a === '--win' || a === '-w') && 'win32',
    args.some((a) => a === '--linux' || a === '-l') && 'linux',
  ].filter(Boolean);
  return named.length ? named : [platform];
};

/** Which platforms will be signed, the warnings for the rest, and env additions for electron-builder. */
export function signingPlan(env, platform, args = []) {
  const warnings = [];
  const extraEnv = {};
  for (const target of targetsOf(args, platform)) {
    if (target === 'darwin' && !env.CSC_LINK && !env.CSC_NAME) {
      warnings.push(
        'macOS: not signed or notarized — set CSC_LINK (a .p12) and CSC_KEY_PASSWORD, and APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID to notarize. Gatekeeper will warn users.',
      );
      // Otherwise electron-builder may pick whatever identity the keychain holds.
      extraEnv.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
    }
    if (target === 'win32' && !env.WIN_CSC_LINK && !env.CSC_LINK) {
      warnings.push(
        'Windows: not signed — set WIN_CSC_LINK (or CSC_LINK, a .pfx) and WIN_CSC_KEY_PASSWORD (or CSC_KEY_PASSWORD). SmartScreen will warn users.',
      );
    }
  }
  return { warnings, env: extraEnv };
}
