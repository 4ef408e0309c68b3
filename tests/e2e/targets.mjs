// What the elderly-friendly mode promises, measured in the browser: text size and line spacing of
// every piece of text, the size of every tap target, and the exceptions WCAG allows.

/**
 * Runs in the page. Returns the visible text elements smaller than `minFont` px or with line
 * spacing under 1.5, and the visible targets (links, buttons, inputs, selects, summaries) smaller
 * than `minTarget` × `minTarget` px, except, as WCAG 2.5.8 allows:
 *  - a link inside a sentence (inline, with other text in the same block): its size is set by the
 *    line of text it is part of;
 *  - the skip link while it is off screen (it is shown, and measured, when focused);
 *  - a radio button or checkbox inside its label (the label is the target, and is measured).
 */
export function measure({ minFont, minTarget }) {
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && !el.closest('[hidden], [aria-hidden="true"], .visually-hidden, svg, details:not([open]) > :not(summary)');
  };
  const label = (el) => `${el.parentElement?.tagName.toLowerCase()}${el.parentElement?.className && typeof el.parentElement.className === "string" ? "." + el.parentElement.className.trim().split(/\s+/).join(".") : ""} > ${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent || el.value || '').trim().slice(0, 24)}”`;
  const text = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (!visible(el) || el.closest('svg')) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const cs = getComputedStyle(el);
    const size = parseFloat(cs.fontSize);
    const line = cs.lineHeight === 'normal' ? size * 1.2 : parseFloat(cs.lineHeight);
    if (size < minFont - 0.01 || line < size * 1.5 - 0.01) text.push(`${label(el)}: ${size}px / ${line.toFixed(1)}px`);
  }
  const inSentence = (a) => {
    if (getComputedStyle(a).display !== 'inline') return false;
    const block = a.parentElement.closest('p, li, dd, dt, td, th, blockquote, figcaption, label, div, span');
    return block && block.textContent.trim().length > a.textContent.trim().length + 1;
  };
  const targets = [];
  for (const el of document.body.querySelectorAll('a[href], button, input, select, textarea, summary')) {
    if (!visible(el)) continue;
    if (el.matches('.skip-link') && document.activeElement !== el) continue;
    if (el.matches('input[type="radio"], input[type="checkbox"]') && el.closest('label')) continue;
    if (el.matches('a') && inSentence(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < minTarget - 0.5 || r.height < minTarget - 0.5) targets.push(`${label(el)}: ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
  }
  return { text, targets };
}
