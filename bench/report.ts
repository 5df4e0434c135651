import fs from 'node:fs';
import path from 'node:path';

/**
 * One line of the bench's table: what JoinDesk did, beside what it is measured against (named), in
 * the same run. `unit` says which way is better: ms (lower) or /s (higher).
 */
export interface Row {
  name: string;
  ours: number;
  /** What the comparison did, in words: a bare statement doing the same work, a floor, a baseline. */
  bareName: string;
  bare: number | null;
  unit: 'ms' | '/s';
  /** Extra figures (p50, p99, counts) shown after the name. */
  detail?: string;
  /** The target, in words, and whether this run met it. */
  target?: string;
  met?: boolean;
}

export const rows: Row[] = [];

export function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((sorted.length * p) / 100) - 1)] ?? NaN;
}

/** Ours over bare, oriented so that 1× is the floor and more is worse (times) — or the share of it reached (throughput). */
export function ratio(row: Row): string {
  if (row.bare === null || row.bare === 0) return '';
  return row.unit === 'ms' ? `${(row.ours / row.bare).toFixed(1)}×` : `${Math.round((100 * row.ours) / row.bare)} %`;
}

const fmt = (value: number | null, unit: Row['unit']): string =>
  value === null ? '' : unit === 'ms' ? `${value < 10 ? value.toFixed(3) : value.toFixed(1)} ms` : `${Math.round(value)}/s`;

/** Prints the one table. */
export function printTable(): void {
  const widths = { name: 58, value: 12, bareName: 54 };
  const line = (a: string, b: string, c: string, d: string, e: string, f: string) =>
    `${a.padEnd(widths.name)} ${b.padStart(widths.value)}  ${c.padEnd(widths.bareName)} ${d.padStart(widths.value)} ${e.padStart(7)}  ${f}`;
  console.log(line('operation (as the screens and the kiosk call it)', 'JoinDesk', 'measured against', '', 'ratio', 'target'));
  console.log('-'.repeat(widths.name + widths.bareName + 2 * widths.value + 20));
  for (const row of rows) {
    const name = row.detail ? `${row.name} (${row.detail})` : row.name;
    const target = row.target ? `${row.met ? 'met' : 'MISSED'}: ${row.target}` : '';
    console.log(line(name, fmt(row.ours, row.unit), row.bareName, fmt(row.bare, row.unit), ratio(row), target));
  }
}

/** The same table as JSON, for comparing runs. */
export function writeJson(file: string, settings: Record<string, number>): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const data = { at: new Date().toISOString(), settings, rows: rows.map((r) => ({ ...r, ratio: ratio(r) })) };
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
