import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** Room kept for the document's name and the More button. */
const NAME_ROOM = 150;
const MORE_ROOM = 80;

/**
 * How many toolbar groups fit beside the document name; the rest go to the More menu.
 * Measures with every group shown (before the browser paints), again whenever the toolbar's
 * width or the language (longer Dutch words) changes.
 */
export function useFittingGroups(ref: RefObject<HTMLElement | null>, count: number, language: string): number {
  const [fit, setFit] = useState<number | null>(null);
  // Bumped to measure again: a reset before the last measurement was shown leaves `fit` unchanged.
  const [pass, setPass] = useState(0);
  const remeasure = () => {
    setFit(null);
    setPass((p) => p + 1);
  };
  useLayoutEffect(() => {
    if (fit !== null) return;
    const bar = ref.current;
    if (!bar || bar.clientWidth === 0) return setFit(count);
    const style = getComputedStyle(bar);
    const gap = parseFloat(style.columnGap) || 0;
    const room = bar.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - NAME_ROOM;
    const widths = [...bar.querySelectorAll<HTMLElement>('[data-tool-group]')].map((g) => g.offsetWidth + gap);
    const total = widths.reduce((a, b) => a + b, 0);
    if (total <= room) return setFit(count);
    let used = MORE_ROOM;
    let n = 0;
    while (n < widths.length && used + widths[n]! <= room) used += widths[n++]!;
    setFit(n);
  }, [fit, pass, ref, count]);
  useEffect(remeasure, [language, count]);
  // Text is measured again once the web fonts are in (they are wider than the fallback).
  useEffect(() => {
    let live = true;
    void document.fonts?.ready.then(() => live && remeasure());
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    const bar = ref.current;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    let width = bar.clientWidth;
    const observer = new ResizeObserver(() => {
      if (bar.clientWidth === width) return;
      width = bar.clientWidth;
      remeasure();
    });
    observer.observe(bar);
    return () => observer.disconnect();
  }, [ref]);
  return fit ?? count;
}
