// Taihang policy widgets: fits each widget's <iframe> to its content. Put it on the host page
// after the iframes (or anywhere, with `async`):
//   <iframe src="https://…/embed/counties/140429/" title="…" width="100%" height="600"></iframe>
//   <script src="https://…/embed.js" async></script>
// It listens for {type: "taihang:height", height, id} from frames of this script's own origin
// and sets the height of the iframe that sent it; any other message is ignored. On start it asks
// every frame ({type: "taihang:measure"}) to say its height again, in case it spoke first. No dependency,
// no inline code, nothing read from the host page but its iframes: it runs under a strict CSP
// that allows this one script.
(() => {
  const script = document.currentScript;
  if (!script || !script.src) return;
  const origin = new URL(script.src, location.href).origin;
  const MAX = 100000;
  window.addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'taihang:height') return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > MAX) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      // A CSSOM property, not a style attribute: allowed under a strict style-src.
      frame.style.height = `${Math.ceil(height)}px`;
      frame.height = String(Math.ceil(height));
    }
  });
  // Frames that loaded before this script have already spoken: ask them to say it again.
  for (const frame of document.getElementsByTagName('iframe')) {
    frame.contentWindow?.postMessage({ type: 'taihang:measure' }, '*');
  }
})();
