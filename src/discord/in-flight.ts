// The interactions being answered right now, so a stop can wait for them (with a bound) instead of dropping them.
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  get size(): number {
    return this.running.size;
  }

  /** Keeps `work` counted until it settles; returns it. */
  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const forget = () => this.running.delete(work);
    work.then(forget, forget);
    return work;
  }

  /**
   * Resolves when every tracked interaction has settled, or after `timeoutMs`: how many finished and how many were
   * left.
   */
  async drain(timeoutMs: number): Promise<{ finished: number; abandoned: number }> {
    const waiting = [...this.running];
    if (waiting.length === 0) return { finished: 0, abandoned: 0 };
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.allSettled(waiting), timedOut]);
    clearTimeout(timer);
    const abandoned = waiting.filter((work) => this.running.has(work)).length;
    return { finished: waiting.length - abandoned, abandoned };
  }
}
