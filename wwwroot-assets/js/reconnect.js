// Buttons of the localised reconnect UI (Components/Layout/ReconnectUi.razor).
document.addEventListener('click', function (e) {
  var action = e.target && e.target.getAttribute && e.target.getAttribute('data-reconnect');
  if (action === 'retry' && window.Blazor) { window.Blazor.reconnect(); }
  if (action === 'reload') { location.reload(); }
});
