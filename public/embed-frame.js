// Inside a widget (/embed/…): tells the page that frames it how tall the widget's content is, on
// load and whenever it changes, so the host's embed.js can fit the frame to it. It reads and
// writes nothing of the host; the message carries only a height and the widget's address.
(() => {
  if (window.parent === window) return;
  let last = -1;
  const post = (again) => {
    // The content's own height, not the document's (which is at least the frame's height, so a
    // frame could grow but never shrink).
    const body = document.body;
    if (!body) return;
    const style = getComputedStyle(body);
    const height = Math.ceil(body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    if (height === last && !again) return;
    last = height;
    window.parent.postMessage({ type: 'taihang:height', height, id: window.name || location.pathname }, '*');
  };
  const start = () => {
    post();
    if ('ResizeObserver' in window) new ResizeObserver(() => post()).observe(document.body);
    else window.addEventListener('resize', () => post());
    // <details> opening changes the height without resizing the frame on some engines.
    document.addEventListener('toggle', () => post(), true);
    window.addEventListener('load', () => post());
    // The host's embed.js, loaded after this frame, asks once for the height: say it again.
    window.addEventListener('message', (event) => {
      if (event.source === window.parent && event.data && event.data.type === 'taihang:measure') post(true);
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
