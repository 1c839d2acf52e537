// Runs in Wiredesk's isolated JavaScript world (page scripts are off). Replaces the parts
// of the rendered article that changed and, when blocks were added, removed or moved,
// reorders the body's blocks to match. Returns "ok", or "missing" when the page lacks a
// part it should have, so the pane reloads instead of showing something stale.
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
    return missing ? 'missing' : 'ok';
  };
})();
