export function signingPlan(
  env: Record<string, string | undefined>,
  platform: string,
  args?: string[],
): { warnings: string[]; env: Record<string, string> };
