export function electronBindingPath(root: string, electronVersion: string): string;

export interface DriverFs {
  existsSync(p: string): boolean;
  mkdtempSync(prefix: string): string;
  cpSync(from: string, to: string, options: { recursive: boolean; filter: (p: string) => boolean }): void;
  mkdirSync(p: string, options: { recursive: boolean }): unknown;
  copyFileSync(from: string, to: string): void;
  renameSync(from: string, to: string): void;
  rmSync(p: string, options: { recursive: boolean; force: boolean }): void;
}

export interface DriverDeps {
  fs: DriverFs;
  run(command: string, args: string[], options: { cwd: string; env: Record<string, string | undefined> }): void;
  log?(text: string): void;
  tmpdir: string;
  execPath: string;
  prebuildInstall: string;
  nodeGyp: string;
  env?: Record<string, string | undefined>;
}

export function prepareElectronDriver(
  where: { root: string; electronVersion: string; sourceDir: string },
  deps: DriverDeps,
): { outcome: 'present' | 'prebuilt' | 'compiled'; target: string };
