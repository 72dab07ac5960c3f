/**
 * Runs the Benchmarks import check a slice at a time, so a long paste never freezes the pane: each slice
 * reads lines for about {@link SLICE_MS} ms, then hands the main thread back to the browser (a timer of
 * 0 ms) so typing, scrolling and the other tabs stay live, and the progress is shown between slices.
 * Starting again, `clear` or unmounting stops the check in flight: its later slices do nothing. The check
 * writes nothing to the workbook, so its progress stays here rather than in the pane's shared busy state.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { type ImportCheck, type PasteCheck, startPasteCheck } from "../../core/benchmarks/import";
import type { Benchmark } from "../../core/benchmarks/types";
import { PASTE_LINES_PER_STEP } from "../../core/input-limits";

/** How long one slice reads lines before yielding: a frame at 60 Hz, far under the 100 ms that feels stuck. */
export const SLICE_MS = 16;

export interface PasteCheckState {
  /** The outcome of the last check that ran to the end, or null. */
  check: ImportCheck | null;
  /** Rows read and rows in all while a check runs; null otherwise. */
  progress: { done: number; total: number } | null;
  /** Starts checking `text` (stopping any check in flight). */
  start(text: string, existing: readonly Benchmark[]): void;
  /** Stops any check in flight and forgets the last outcome. */
  clear(): void;
}

export function usePasteCheck(): PasteCheckState {
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [progress, setProgress] = useState<PasteCheckState["progress"]>(null);
  /** The check in flight; a slice whose check is no longer this one stops. */
  const running = useRef<PasteCheck | null>(null);

  const stop = useCallback(() => {
    running.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const clear = useCallback(() => {
    stop();
    setCheck(null);
    setProgress(null);
  }, [stop]);

  const start = useCallback((text: string, existing: readonly Benchmark[]) => {
    const job = startPasteCheck(text, existing);
    running.current = job;
    setCheck(null);
    const slice = () => {
      if (running.current !== job) return;
      const began = performance.now();
      let outcome = job.outcome;
      while (outcome === undefined && performance.now() - began < SLICE_MS) outcome = job.step(PASTE_LINES_PER_STEP);
      if (outcome !== undefined) {
        running.current = null;
        setProgress(null);
        setCheck(outcome);
      } else {
        setProgress({ done: job.done, total: job.total });
        setTimeout(slice, 0);
      }
    };
    // The first slice runs now: a paste of a few hundred rows is checked before the click returns, with no
    // "Checking…" flashing by.
    slice();
  }, []);

  return { check, progress, start, clear };
}
