// Asks before leaving (reload, address bar, the reconnect UI's reload after a server restart) a form marked
// data-unsaved-guard that has input not yet saved. A saved form is replaced by its detail page, so its guard is gone.
(function () {
  var dirty = new WeakSet();
  document.addEventListener('input', function (e) {
    var guard = e.target && e.target.closest && e.target.closest('[data-unsaved-guard]');
    if (guard) { dirty.add(guard); }
  }, true);
  window.addEventListener('beforeunload', function (e) {
    var guards = document.querySelectorAll('[data-unsaved-guard]');
    for (var i = 0; i < guards.length; i++) {
      if (dirty.has(guards[i])) { e.preventDefault(); e.returnValue = ''; return; }
    }
  });
})();
