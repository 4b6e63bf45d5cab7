/** One finding of `doctor` about a store; `fix` says what `--repair` does about it, if anything. */
export interface Finding {
  level: 'ok' | 'warn' | 'error';
  check: string;
  message: string;
  path?: string;
  /** What `--repair` does about it. */
  fix?: string;
  /** What the operator can do (when --repair cannot). */
  hint?: string;
  repaired?: boolean;
}
