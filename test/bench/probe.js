// In-page half of the benchmark, injected before any page script runs (the app and the
// baseline alike). Plain JavaScript: the app's Content-Security-Policy forbids eval, so the
// harness passes conditions as data ({ selector, text, minCount, visible, absent }), never
// as code.
(() => {
  /** Resolve with performance.now() once the frame now being produced has been painted. */
  const afterThisFrame = (resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  };

  const met = (c) => {
    const els = document.querySelectorAll(c.selector);
    if (c.absent) return els.length === 0;
    if (c.text !== undefined) return els.length > 0 && els[0].textContent === c.text;
    // A card drawn as a block (zoomed out) carries its title in its label, not its text.
    if (c.includes !== undefined) return els.length > 0 && `${els[0].textContent ?? ''} ${els[0].getAttribute('aria-label') ?? ''}`.includes(c.includes);
    let n = els.length;
    if (c.visible) {
      n = 0;
      for (const el of els) if (el.style.visibility !== 'hidden') n++;
    }
    return n >= (c.minCount ?? 1);
  };

  /** The time just after the first frame in which `c` holds has been painted; null on timeout. */
  const paintedWhen = (c, timeout) =>
    new Promise((resolve) => {
      const start = performance.now();
      const check = () => {
        if (met(c)) return afterThisFrame(resolve);
        if (performance.now() - start > timeout) return resolve(null);
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });

  const quantile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null);
  const summarise = (deltas, elapsed) => {
    const sorted = [...deltas].sort((a, b) => a - b);
    return { frames: deltas.length, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), fps: elapsed > 0 ? (deltas.length * 1000) / elapsed : null };
  };

  /** Frame times from a requestAnimationFrame loop, until stop() is called. */
  const frameRecorder = () => {
    const deltas = [];
    let last = null;
    let first = null;
    let running = true;
    const loop = (t) => {
      if (!running) return;
      if (last !== null) deltas.push(t - last);
      else first = t;
      last = t;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    return () => {
      running = false;
      return summarise(deltas, last !== null && first !== null ? last - first : 0);
    };
  };

  const viewport = () => {
    const el = document.querySelector('.react-flow__viewport');
    const m = el && /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/.exec(el.style.transform);
    return m ? { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) } : null;
  };

  const pane = () => document.querySelector('.react-flow__pane');

  const MODIFIERS = new Set(['Control', 'Shift', 'Alt', 'Meta']);
  let armed = null;
  let recorder = null;
  // Listeners registered before any page script: they run first, so a handler that stops
  // the event (d3-drag stops the mouseup that ends a drag) cannot hide it from the clock.
  let pending = null;
  /** Each timed span [input, painted] in performance.now() time, for the profiler's --window. */
  const windows = [];
  for (const type of ['keydown', 'mouseup', 'change', 'click']) {
    window.addEventListener(
      type,
      (e) => {
        if (!pending || pending.type !== type) return;
        // The clock starts at the key that acts: Ctrl+Z is timed from the Z, as the baseline's
        // undo is one key. A modifier pressed first is not the edit (it cost the app a frame of its own).
        if (type === 'keydown' && MODIFIERS.has(e.key)) return;
        const { cond, timeout, resolve } = pending;
        pending = null;
        const t0 = e.timeStamp;
        paintedWhen(cond, timeout).then((t1) => {
          if (t1 !== null) windows.push([t0, t1]);
          resolve(t1 === null ? null : t1 - t0);
        });
      },
      true,
    );
  }

  window.__bench = {
    /** The next `type` event starts the clock; `cond` painted stops it. */
    arm(type, cond, timeout = 120000) {
      armed = new Promise((resolve) => {
        pending = { type, cond, timeout, resolve };
      });
    },
    /** Start the clock now (the baseline's open); `cond` painted stops it. */
    armNow(cond, timeout = 120000) {
      const t0 = performance.now();
      armed = paintedWhen(cond, timeout).then((t1) => (t1 === null ? null : t1 - t0));
    },
    result() {
      return armed;
    },
    /** The timed spans so far, and a user-timing mark that ties performance.now() to the trace's clock. */
    windows() {
      performance.mark('bench:clock');
      return { now: performance.now(), windows: [...windows] };
    },
    startFrames() {
      recorder = frameRecorder();
    },
    stopFrames() {
      const stop = recorder;
      recorder = null;
      return stop ? stop() : null;
    },
    viewport,
    paneRect() {
      const r = pane()?.getBoundingClientRect();
      return r ? { left: r.left, top: r.top, width: r.width, height: r.height } : null;
    },
    domElements() {
      return document.getElementsByTagName('*').length;
    },
    count(selector) {
      return document.querySelectorAll(selector).length;
    },
    /**
     * Wheel events on the pane, one per frame, as a trackpad or mouse wheel sends them:
     * `steps` is a list of [deltaX, deltaY, ctrlKey] (ctrl = pinch zoom in React Flow).
     * Stops after `maxMs`. Returns the frame times.
     */
    wheel(steps, maxMs) {
      const target = pane();
      const r = target.getBoundingClientRect();
      const clientX = r.left + r.width / 2;
      const clientY = r.top + r.height / 2;
      const send = (deltaX, deltaY, ctrlKey) =>
        target.dispatchEvent(new WheelEvent('wheel', { deltaX, deltaY, deltaMode: 0, clientX, clientY, ctrlKey, bubbles: true, cancelable: true, view: window }));
      return new Promise((resolve) => {
        const stop = frameRecorder();
        const start = performance.now();
        let i = 0;
        const net = { pan: [0, 0], pinch: 0 };
        const step = () => {
          const early = i < steps.length && performance.now() - start > maxMs;
          if (i >= steps.length || early) {
            // Stopped early (slow frames): undo what was done in one step, so the view is where
            // it started and the next gesture finds its cards. Pan and pinch both add up.
            if (early && (net.pan[0] || net.pan[1])) send(-net.pan[0], -net.pan[1], false);
            if (early && net.pinch) send(0, -net.pinch, true);
            // One more frame so the last step's frame is counted.
            requestAnimationFrame(() => resolve(stop()));
            return;
          }
          const [deltaX, deltaY, ctrlKey] = steps[i++];
          if (ctrlKey) net.pinch += deltaY;
          else {
            net.pan[0] += deltaX;
            net.pan[1] += deltaY;
          }
          send(deltaX, deltaY, ctrlKey);
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
    },
  };
})();
