/** Types of scripts/pg.mjs (a throwaway PostgreSQL cluster for tests, CI and benchmarks). */
export interface Cluster {
  dir: string;
  port: number;
  /** URL of the "profile_mcp" database. */
  url: string;
  /** URL of the "postgres" database, for creating more databases. */
  adminUrl: string;
  bin: string;
}
export function findPgBin(): string | null;
export function startCluster(dir?: string): Promise<Cluster>;
export function stopCluster(dir: string): Promise<void>;
export function createDatabase(adminUrl: string, name: string): Promise<string>;
