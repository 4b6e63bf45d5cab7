import { appendFileSync } from 'node:fs';

/**
 * Stress suites append one JSON line per figure to $STRESS_SUMMARY (when set); `npm run stress`
 * prints them as one table.
 */
export function record(suite: string, figures: Record<string, number | string>): void {
  const file = process.env.STRESS_SUMMARY;
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ suite, ...figures })}\n`);
}
