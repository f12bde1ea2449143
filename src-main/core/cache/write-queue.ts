// One queue for every write: mutations run one at a time, in the order they were asked for, even
// when a mutation awaits (a vault write, a network answer) between its steps.
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(mutation: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(mutation);
    // The queue goes on after a failed mutation; the failure belongs to its caller.
    this.tail = result.catch(() => {});
    return result;
  }

  /** Resolves once every mutation queued so far has finished. */
  drain(): Promise<void> {
    return this.tail.then(() => {});
  }
}
