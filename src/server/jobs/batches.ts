/**
 * How every long job works through its work: a step at a time (each its own transaction), the event loop serving
 * requests between steps, until the work is done or the run's time is up; what is left waits for the next run.
 */
export async function inBatches(
  deadline: number,
  step: () => Promise<{ n: number; done: boolean }>,
): Promise<{ n: number; done: boolean }> {
  let n = 0;
  for (;;) {
    const result = await step();
    n += result.n;
    if (result.done) return { n, done: true };
    if (Date.now() >= deadline) return { n, done: false };
    await new Promise((resolve) => setImmediate(resolve));
  }
}
