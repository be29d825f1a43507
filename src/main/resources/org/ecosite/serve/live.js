// ecosite preview: reloads the page when a rebuild finishes. Served by `ecosite serve` only and
// added to pages as they are sent; the published site never has it.
(function () {
  "use strict";
  var script = document.currentScript;
  var shown = script ? script.getAttribute("data-build") : null;
  var key = "ecosite-scroll:" + location.pathname;
  try {
    var saved = sessionStorage.getItem(key);
    if (saved !== null) {
      sessionStorage.removeItem(key);
      window.addEventListener("load", function () { window.scrollTo(0, Number(saved)); });
    }
  } catch (e) { /* storage may be off */ }
  var close = document.getElementById("ecosite-overlay-close");
  if (close) {
    close.addEventListener("click", function () {
      document.getElementById("ecosite-overlay").hidden = true;
    });
    close.focus();
  }
  if (!window.EventSource) {
    return;
  }
  var events = new EventSource("/__ecosite/events");
  events.addEventListener("build", function (e) {
    // The page shows build `shown`; any other build, newer or after a restart, means reload.
    if (shown !== null && e.data !== shown) {
      try { sessionStorage.setItem(key, String(window.scrollY)); } catch (x) { /* ignore */ }
      events.close();
      location.reload();
    }
  });
})();
