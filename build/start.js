// Starts the app when the reader first reaches for it (written into dist/ by build/loader.mjs,
// which fills in the names below).
//
// Every page is prerendered and reads, links and prints without the app, so the app's half
// megabyte of WebAssembly is not on a first view, and its hydration (a tenth of a second on a
// cheap phone) is not spent on a reader who only reads. The app starts on the first sign of use:
// a press anywhere but on a link (a tile of the county map counts as one until the app runs), a
// key, focus on a control, a chart coming near the screen; at once where the address or the
// device asks for more than the file shows (a file made for another address, a remembered choice,
// a new build). A press or a field changed before the app runs is handed to the app once it does;
// a field still in an input method's composition (pinyin becoming hanzi) is left to it.
// The service worker is registered here too, after the page has loaded, so one visit is enough
// for offline reading (and keeps the app for a first use); without one, the app is prefetched.
// Where the app is on the device, its module is compiled while the reader reads.
// Never throws: where the app cannot start, the page stays as it was served.
const APP = { script: '__SCRIPT__', scriptIntegrity: '__SCRIPT_INTEGRITY__', wasm: '__WASM__', integrity: '__INTEGRITY__' };
const base = APP.script.slice(0, APP.script.lastIndexOf('/') + 1);
const fetchWasm = () => fetch(APP.wasm, { integrity: APP.integrity });
const root = document.documentElement;

if (typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function') {
  // Styles show what the app will do once woken (share, read aloud) and drop the "needs scripts" notes.
  root.setAttribute('data-script', '');
  if ('speechSynthesis' in window) root.setAttribute('data-speech', '');

  // Printed before the app runs, the page carries its address in words (see `printAddress`).
  const PLAIN_ADDRESS = 'print-address-plain';
  let started = null;
  let running = false;
  // The app's module, compiled while the page sat idle (see `precompile`).
  let compiled = null;
  const pressed = [];
  const changed = new Map();
  // Fields in the middle of an input method's composition (pinyin becoming hanzi).
  const composing = new Set();
  // The control pressed shows a waiting cursor while the app starts: on it alone, since a cursor
  // set on the whole page is inherited by every element and costs two full style recalculations.
  let waiting = null;
  const start = (reason, target = null) => {
    if (started) return started;
    root.setAttribute('data-waking', reason);
    waiting = target instanceof Element ? target.closest('button, [role="button"], [tabindex], select, input, textarea') : null;
    waiting?.setAttribute('data-waiting', '');
    // The app's script with its integrity (import() alone has none); the app also reads its base
    // path from this link.
    const preload = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: APP.script, integrity: APP.scriptIntegrity, crossOrigin: 'anonymous' });
    document.head.append(preload);
    // Both downloads at once: the WASM need not wait for the script that compiles it. If the
    // module was compiled while the page sat idle (`precompile`), that module.
    const module_or_path = compiled ? compiled.then((module) => module ?? fetchWasm()) : fetchWasm();
    started = import(APP.script)
      .then(async (bindings) => {
        const wasm = await bindings.default({ module_or_path });
        window.wasmBindings = bindings;
        running = true;
        document.getElementById(PLAIN_ADDRESS)?.remove();
        root.removeAttribute('data-waking');
        waiting?.removeAttribute('data-waiting');
        stopWatching();
        handOver();
        dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
      })
      .catch((error) => {
        root.removeAttribute('data-waking');
        waiting?.removeAttribute('data-waiting');
        console.warn('The page stays as it was served; its scripts could not start:', error);
      });
    return started;
  };

  // What the reader did while the app was starting: fields get their value back (hydration sets
  // the app's own) and tell the app; pressed buttons are pressed again.
  const handOver = () => {
    for (const [field, { value, checked }] of changed) {
      // Mid-composition the field is the input method's: the app hears its compositionend itself.
      if (!field.isConnected || composing.has(field)) continue;
      if (field.type === 'checkbox' || field.type === 'radio') field.checked = checked;
      else field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    for (const target of pressed) {
      if (target.isConnected) target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: window }));
    }
    changed.clear();
    pressed.length = 0;
  };

  // A tile of the county map is the app's button, and names the page it leads to (`data-href`):
  // before the app runs, it is a link to that page, which loads sooner than the app starts.
  const pageOf = (event) => (event.target instanceof Element ? event.target.closest('[data-href]') : null);
  const onLink = (event) => event.target instanceof Element && event.target.closest('a[href], [data-href]') != null;
  const follow = (tile) => location.assign(tile.dataset.href);
  const listeners = {
    pointerdown: (event) => { if (!onLink(event)) start('press', event.target); },
    keydown: (event) => {
      const tile = pageOf(event);
      if (tile && (event.key === 'Enter' || event.key === ' ')) follow(tile);
      else if (!(event.key === 'Enter' && onLink(event))) start('key');
    },
    focusin: (event) => { if (event.target instanceof Element && event.target.matches('input, select, textarea, button')) start('focus'); },
    click: (event) => {
      if (!(event.target instanceof Element)) return;
      // The mode switch is a link that remembers the mode (src/browser.rs, `mode_memory`).
      const memory = event.target.closest('a[data-remember-key]');
      if (memory) {
        try { localStorage.setItem(memory.dataset.rememberKey, memory.dataset.rememberValue); } catch { /* storage off */ }
      }
      const tile = pageOf(event);
      if (tile) { follow(tile); return; }
      // Links, labels, summaries and fields do their own thing; any other press (a button, a
      // matrix cell, a timeline marker) is the app's to answer.
      if (event.target.closest('a[href], label, summary, input, select, textarea, button[type=submit]')) return;
      if (pressed.length < 5) pressed.push(event.target);
    },
    compositionstart: (event) => { composing.add(event.target); },
    compositionend: (event) => {
      composing.delete(event.target);
      listeners.input(event);
    },
    input: (event) => {
      // Pinyin still being composed is not the reader's text yet: its compositionend is.
      if (event.isComposing) return;
      const field = event.target;
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement) {
        changed.set(field, { value: field.value, checked: field.checked });
      }
    },
  };
  listeners.change = listeners.input;
  for (const [type, listener] of Object.entries(listeners)) document.addEventListener(type, listener, { capture: true, passive: true });

  // Charts are drawn by the app: start it as one comes near the screen.
  let charts = null;
  const watchCharts = () => {
    if (started || !('IntersectionObserver' in window)) return;
    charts = new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) start('chart'); }, { rootMargin: '200px' });
    for (const chart of document.querySelectorAll('.chart')) charts.observe(chart);
  };
  const stopWatching = () => {
    for (const [type, listener] of Object.entries(listeners)) document.removeEventListener(type, listener, { capture: true });
    charts?.disconnect();
  };

  // A choice remembered on the device that changes this page (src/browser.rs, `mode_memory`).
  const remembered = () => [...document.querySelectorAll('[data-remember-key]')].some((el) => {
    try {
      const stored = localStorage.getItem(el.dataset.rememberKey);
      return stored != null && (el.dataset.rememberValue == null || stored === el.dataset.rememberValue);
    } catch { return false; /* storage off: nothing remembered */ }
  });
  // A file prerendered for another address (a query, an old link, the offline fallback, the 404
  // page): the app draws what the address asks for (src/browser.rs, `mount`).
  const here = location.pathname + location.search;
  if (document.body?.dataset.prerendered !== here) start('address');
  else {
    // The rest after the first frame, in a task of its own: the first paint waits for nothing of
    // the loader's (local storage's first read can be slow on a phone).
    requestAnimationFrame(() => setTimeout(() => {
      if (remembered()) start('remembered');
      watchCharts();
    }, 0));
  }

  // Printed before the app runs: the page's address in words (the app's own adds a QR code).
  const printAddress = () => {
    const label = document.querySelector('[data-print-label]')?.dataset.printLabel;
    if (running || !label || document.getElementById(PLAIN_ADDRESS)) return;
    document.body.append(Object.assign(document.createElement('p'), {
      id: PLAIN_ADDRESS, className: 'print-only print-address', textContent: `${label}: ${location.href}`,
    }));
  };
  addEventListener('beforeprint', printAddress);
  matchMedia('print').addEventListener?.('change', (event) => { if (event.matches) printAddress(); });

  // Where the app's module is on the device already (the service worker keeps it), it is compiled
  // while the reader reads, so a first use does not wait for that: the start takes half as long.
  const precompile = () => {
    if (started || compiled || typeof WebAssembly.compileStreaming !== 'function') return;
    compiled = WebAssembly.compileStreaming(fetchWasm()).catch(() => null);
  };
  const whenIdle = window.requestIdleCallback ?? ((f) => setTimeout(f, 2000));

  if (!('serviceWorker' in navigator)) {
    // No worker to keep the app (iOS WeChat, private modes): fetch it into the HTTP cache and
    // compile it while the reader reads, so a first use need not wait for the download; not on a
    // data saver.
    addEventListener('load', () => {
      if (navigator.connection?.saveData) return;
      whenIdle(() => {
        document.head.append(Object.assign(document.createElement('link'), { rel: 'prefetch', href: APP.script, as: 'script', crossOrigin: 'anonymous' }));
        precompile();
      });
    });
  } else {
    addEventListener('load', () => {
      // A page the worker controls: the module comes from its cache, not from the network.
      if (navigator.serviceWorker.controller) whenIdle(precompile);
      navigator.serviceWorker.register(`${base}sw.js`, { scope: base })
        .then((registration) => {
          // A newer build installed and waiting (not the first install): the app offers it.
          const update = () => { if (navigator.serviceWorker.controller) start('update'); };
          if (registration.waiting) update();
          registration.addEventListener('updatefound', () => {
            const worker = registration.installing;
            worker?.addEventListener('statechange', () => { if (worker.state === 'installed') update(); });
          });
        })
        .catch(() => { /* no worker (private mode, some in-app browsers): online as before */ });
    });
  }
}
