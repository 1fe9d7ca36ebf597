// Review mode (Features/ReviewMode/ReviewPage.razor): ← → and PageUp/PageDown (Home/End) move between the sections.
// A module imported by the page: the CSP allows scripts from the app only, never inline.
const handlers = new WeakMap();

function sections(root) {
  return Array.from(root.querySelectorAll('.review-section'));
}

// The section at the top of the screen now (the user may have scrolled with the mouse).
function currentIndex(list) {
  let current = -1;
  list.forEach((s, i) => { if (s.getBoundingClientRect().top <= 40) { current = i; } });
  return current;
}

export function attach(root) {
  const onKey = (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || (e.target instanceof Element && e.target.closest('input, textarea, select, [role=listbox], [role=option], .mud-popover'))) {
      return;
    }
    const step = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1, Home: -1e3, End: 1e3 }[e.key];
    const list = sections(root);
    if (!step || list.length === 0) {
      return;
    }
    e.preventDefault();
    const next = Math.max(0, Math.min(list.length - 1, currentIndex(list) + step));
    list[next].focus({ preventScroll: true });
    list[next].scrollIntoView({ block: 'start' });
  };
  handlers.set(root, onKey);
  document.addEventListener('keydown', onKey);
}

export function detach(root) {
  const onKey = handlers.get(root);
  if (onKey) {
    document.removeEventListener('keydown', onKey);
    handlers.delete(root);
  }
}

export function print() {
  window.print();
}
