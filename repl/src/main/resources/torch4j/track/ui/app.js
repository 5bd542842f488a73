// torch4j track ui: keeps a page's charts current. The page names its JSON in data-api; every two
// seconds the script reads it and, when the run (or project) has committed since, reloads the
// charts (their SVG is drawn by the server) and shows the new state.
(function () {
  'use strict';
  var body = document.body;
  var api = body.getAttribute('data-api');
  if (!api) return;
  var last = body.getAttribute('data-updated');
  function redraw(version) {
    var imgs = document.querySelectorAll('img.chart');
    for (var i = 0; i < imgs.length; i++) {
      var u = new URL(imgs[i].getAttribute('src'), location.href);
      u.searchParams.set('v', version);
      imgs[i].setAttribute('src', u.pathname + u.search);
    }
  }
  function poll() {
    fetch(api, {credentials: 'same-origin', cache: 'no-store'})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (j) {
        if (j && String(j.updated) !== last) {
          last = String(j.updated);
          redraw(last);
          var state = document.getElementById('state');
          if (state && j.state) { state.textContent = j.state; state.className = 'state-' + j.state; }
          var updated = document.getElementById('updated');
          if (updated) updated.textContent = new Date(j.updated).toLocaleString();
          body.setAttribute('data-updated', last);
        }
      })
      .catch(function () { /* the server stopped: try again later */ })
      .then(function () { setTimeout(poll, 2000); });
  }
  setTimeout(poll, 2000);
})();
