/* ecosite: care mode (适老化). Loaded in <head> so that a reader who chose care mode never sees
   the page flash in the normal size first. Without JavaScript the page offers links instead:
   "#es-page" switches care mode on for that page through CSS (:target), "#main" switches it off.
   With JavaScript a button switches it and the choice is remembered in localStorage. */
(function () {
  'use strict';
  var root = document.documentElement;
  var KEY = 'ecosite-care';
  var TARGET = '#es-page';

  function load() {
    try {
      return window.localStorage.getItem(KEY) === 'on';
    } catch (e) {
      return false;
    }
  }

  function save(on) {
    try {
      window.localStorage.setItem(KEY, on ? 'on' : 'off');
    } catch (e) {
      /* Storage may be switched off; care mode then lasts for this page only. */
    }
  }

  root.classList.add('js');
  if (window.location.hash === TARGET) {
    save(true);
  }
  if (load()) {
    root.classList.add('care');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-care-button]');
    if (!button) {
      return;
    }
    function show() {
      button.textContent = root.classList.contains('care') ? button.getAttribute('data-off')
        : button.getAttribute('data-on');
    }
    button.hidden = false;
    show();
    button.addEventListener('click', function () {
      var on = !root.classList.contains('care');
      root.classList.toggle('care', on);
      save(on);
      if (!on && window.location.hash === TARGET && window.history.replaceState) {
        /* The address would keep the CSS-only care mode on; drop it from the address. */
        window.history.replaceState(null, '', window.location.pathname + window.location.search);
      }
      show();
    });
  });
}());
