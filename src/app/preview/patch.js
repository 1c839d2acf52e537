// Runs in Wiredesk's isolated JavaScript world (page scripts are off). Replaces the parts
// of the rendered article that changed and, when blocks were added, removed or moved,
// reorders the body's blocks to match. Returns "ok", or "missing" when the page lacks a
// part it should have, so the pane reloads instead of showing something stale.
// wiredeskHighlight(ids) marks the cited spans of the sources the provenance sidebar has
// selected (class "wd-cited-highlight", styled through the CSSOM, which the page's
// Content-Security-Policy does not govern) and keeps them marked across patches;
// wiredeskScrollToCitation(block, n) scrolls the n-th cited span of a block into view.
(function () {
  'use strict';
  function selectorFor(key) {
    const colon = key.indexOf(':');
    const kind = key.slice(0, colon);
    const value = CSS.escape(key.slice(colon + 1));
    return kind === 'block' ? '[data-block="' + value + '"]' : '[data-part="' + value + '"]';
  }
  function elementFrom(html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content.firstElementChild;
  }
  const HighlightClass = 'wd-cited-highlight';
  let highlighted = [];
  function applyHighlight() {
    for (const el of Array.from(document.getElementsByClassName(HighlightClass))) {
      el.classList.remove(HighlightClass);
      el.style.removeProperty('background-color');
      el.style.removeProperty('box-shadow');
    }
    for (const span of document.querySelectorAll('[data-part="body"] [data-sources]')) {
      const ids = span.dataset.sources.split(/\s+/);
      if (!ids.some((id) => highlighted.includes(id))) continue;
      span.classList.add(HighlightClass);
      span.style.setProperty('background-color', '#ffcc80');
      span.style.setProperty('box-shadow', '0 2px 0 0 #e65100');
    }
    return document.getElementsByClassName(HighlightClass).length;
  }
  window.wiredeskHighlight = function (ids) {
    highlighted = Array.isArray(ids) ? ids : [];
    return applyHighlight();
  };
  window.wiredeskScrollToCitation = function (blockId, number) {
    const block = document.querySelector('[data-block="' + CSS.escape(blockId) + '"]');
    if (!block) return false;
    // Spans are numbered per block in document order, as CitationExtractor counts them.
    const span = block.querySelectorAll('[data-sources]')[number - 1] || block;
    window.scrollTo(0, span.getBoundingClientRect().top + window.scrollY - 48);
    return true;
  };
  window.wiredeskPatch = function (patch) {
    const parts = patch.parts || {};
    let missing = false;
    for (const key of Object.keys(parts)) {
      const current = document.querySelector(selectorFor(key));
      if (!current) {
        if (!key.startsWith('block:')) missing = true;
        continue; // a new block: placed by the reordering below
      }
      const replacement = elementFrom(parts[key]);
      if (replacement) current.replaceWith(replacement);
      else current.remove();
    }
    if (patch.order) {
      const body = document.querySelector('[data-part="body"]');
      if (!body) return 'missing';
      const existing = new Map();
      for (const child of Array.from(body.children)) {
        if (child.dataset.block) existing.set(child.dataset.block, child);
      }
      let previous = null;
      for (const id of patch.order) {
        let element = existing.get(id);
        existing.delete(id);
        if (!element) {
          const html = parts['block:' + id];
          element = html ? elementFrom(html) : null;
          if (!element) { missing = true; continue; }
        }
        const expected = previous ? previous.nextElementSibling : body.firstElementChild;
        if (expected !== element) body.insertBefore(element, expected);
        previous = element;
      }
      for (const stale of existing.values()) stale.remove();
    }
    if (highlighted.length) applyHighlight();
    return missing ? 'missing' : 'ok';
  };
})();
