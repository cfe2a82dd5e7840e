// Small behaviours for Ordo's server-rendered pages. Loaded from 'self' only (Content-Security-Policy).
(function () {
  'use strict';

  // htmx requests carry the CSRF token like form posts do.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  // A checkbox marked data-tick-all="name" ticks or clears every checkbox of that name on the page. Delegated, since
  // htmx replaces the table that holds it (Statement of Applicability: a decision for the controls shown).
  document.addEventListener('change', function (event) {
    var all = event.target;
    if (!all.matches || !all.matches('input[data-tick-all]')) { return; }
    document.querySelectorAll('input[type=checkbox][name="' + all.getAttribute('data-tick-all') + '"]')
      .forEach(function (box) { box.checked = all.checked; });
  });

  ready(function () {
    // Selects marked data-autosubmit submit their form on change (organization switcher).
    document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });

    // Checkboxes marked data-toggle-class toggle a class on their target.
    document.querySelectorAll('input[data-toggle-class]').forEach(function (box) {
      var target = document.querySelector(box.getAttribute('data-target'));
      var cls = box.getAttribute('data-toggle-class');
      if (!target) { return; }
      box.addEventListener('change', function () { target.classList.toggle(cls, box.checked); });
    });

    // Process map: pointing at a process highlights the arrows into and out of it, with their labels.
    var map = document.getElementById('process-map');
    if (map) {
      var edges = map.querySelectorAll('.edge');
      map.querySelectorAll('.node').forEach(function (node) {
        var id = node.getAttribute('data-id');
        function on() {
          map.classList.add('focus');
          edges.forEach(function (e) {
            var linked = e.getAttribute('data-from') === id || e.getAttribute('data-to') === id;
            e.classList.toggle('active', linked);
          });
        }
        function off() {
          map.classList.remove('focus');
          edges.forEach(function (e) { e.classList.remove('active'); });
        }
        node.addEventListener('mouseenter', on);
        node.addEventListener('mouseleave', off);
        node.addEventListener('focusin', on);
        node.addEventListener('focusout', off);
      });
    }
  });
})();
