// Remembers which forms marked data-unsaved-guard (Components/Forms/UnsavedGuard.razor) have input not yet saved, and
// asks before the page is left by reload, the address bar, closing the tab or the reconnect UI's reload after a server
// restart. In-app links ask through the guard component, which reads isDirty here. A saved form is replaced by its
// detail page, so its guard is gone.
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
  window.dashboardUnsaved = {
    isDirty: function (guard) { return !!guard && dirty.has(guard); },
    mark: function (guard) { if (guard) { dirty.add(guard); } }
  };
})();
