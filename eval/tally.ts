/** A counted share: `hit` of `of`. The rate of an empty ratio is null (nothing to measure). */
export interface Ratio {
  hit: number;
  of: number;
}

export const ratio = (): Ratio => ({ hit: 0, of: 0 });

export function add(r: Ratio, ok: boolean): void {
  r.of++;
  if (ok) r.hit++;
}

export const rate = (r: Ratio): number | null => (r.of === 0 ? null : r.hit / r.of);

export const pct = (r: Ratio): string => {
  const x = rate(r);
  return x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`;
};
