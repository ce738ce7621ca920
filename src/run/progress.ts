// A progress bar on stderr: only on a terminal, never in CI logs or piped output, and only once a run takes a while.

export interface ProgressOptions {
  total: number;
  write: (text: string) => void;
  enabled: boolean;
  /** Milliseconds before the bar first shows (short runs never see it). */
  delay?: number;
}

export class Progress {
  private done = 0;
  private shown = false;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(private readonly options: ProgressOptions) {}

  static wanted(stderrIsTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
    const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
    return Boolean(stderrIsTTY) && !ci && env.TERM !== 'dumb';
  }

  tick(): void {
    this.done++;
    if (!this.options.enabled) return;
    const now = Date.now();
    if (now - this.started < (this.options.delay ?? 500) || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.shown = true;
    const { total } = this.options;
    const width = 30;
    const filled = Math.round((this.done / total) * width);
    this.options.write(`\rcopydesk [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${total} files`);
  }

  /** Clears the bar (before another message on stderr, or at the end); the next tick draws it again. */
  finish(): void {
    if (this.shown) this.options.write('\r\x1b[K');
    this.shown = false;
  }
}
