/**
 * Holds every sync of a fake workbook until the test lets it through, to interleave writers the way a
 * co-author on another machine (or a second action in the same pane) interleaves with the store: each
 * batch runs whole, but another writer's batch can run between any two of them.
 */
import type { FakeExcel } from "./fake-excel";

export interface HeldSyncs {
  /** Syncs waiting to run, oldest first. */
  readonly waiting: number;
  /** Lets the `index`-th waiting sync run (0: the oldest) and waits until it and what follows it settle. */
  release(index?: number): Promise<void>;
  /** Releases waiting syncs, each chosen by `pick` among those waiting, until `done` settles. */
  drive<T>(done: Promise<T>, pick?: (waiting: number) => number): Promise<T>;
  /** Stops holding: every sync from now on, and those waiting, run at once. */
  stop(): void;
}

/**
 * Lets the event loop run until promises settle and new syncs have had the chance to start waiting: one turn
 * of it. setImmediate where there is one (Node, the store tests): setTimeout waits at least 1 ms, idle time
 * that adds up to seconds over the race test's thousand interleavings. jsdom has none; there, setTimeout.
 */
const settle = (): Promise<void> =>
  new Promise((resolve) => (typeof setImmediate === "function" ? setImmediate(resolve) : setTimeout(resolve, 0)));

/** Starts holding the fake's syncs. */
export function holdSyncs(fake: FakeExcel): HeldSyncs {
  const waiting: Array<() => void> = [];
  let holding = true;
  fake.beforeSync = () => (holding ? new Promise<void>((resolve) => waiting.push(resolve)) : Promise.resolve());
  const release = async (index = 0) => {
    const [go] = waiting.splice(index, 1);
    go?.();
    await settle();
  };
  return {
    get waiting() {
      return waiting.length;
    },
    release,
    async drive(done, pick = () => 0) {
      let finished = false;
      const outcome = done.finally(() => {
        finished = true;
      });
      // Errors surface through `outcome`; the loop only waits for it.
      outcome.catch(() => undefined);
      await settle();
      while (!finished) {
        if (waiting.length === 0) {
          for (let i = 0; i < 5 && waiting.length === 0 && !finished; i++) await settle();
          if (waiting.length === 0 && !finished)
            throw new Error("Nothing is waiting to sync and the actions have not finished.");
          continue;
        }
        await release(pick(waiting.length));
      }
      return outcome;
    },
    stop() {
      holding = false;
      fake.beforeSync = undefined;
      waiting.splice(0).forEach((go) => go());
    },
  };
}
