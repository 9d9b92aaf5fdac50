// The members' page's own script: it keeps the page live from the host's stream (each part
// arrives whole, already made safe by the host), ticks the clocks between changes, announces
// the changes that matter in the live region, and sends the forms without leaving the page.
// Without it the page still works: forms post and come back, and a refresh shows what changed.
// The words it writes itself come from the host, in the page's language, on `main`'s
// `data-w-…` attributes.
(function () {
  'use strict';
  var main = document.getElementById('main');
  if (!main || !window.EventSource || !window.fetch) { return; }
  var base = main.getAttribute('data-base');
  var skew = Date.now() - Number(main.getAttribute('data-now'));
  var said = document.getElementById('said');

  function word(name) { return main.getAttribute('data-w-' + name) || ''; }

  function announce(text) {
    if (!text) { return; }
    said.textContent = '';
    window.setTimeout(function () { said.textContent = text; }, 100);
  }

  function two(n) { return (n < 10 ? '0' : '') + n; }

  function words(left) {
    var over = left < 0;
    var s = over ? Math.ceil(-left / 1000) : Math.floor(left / 1000);
    var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, text = two(m) + ':' + two(s % 60);
    if (h > 0) { text = h + ':' + text; }
    return over ? word('over').replace('{time}', '+' + text) : word('left').replace('{time}', text);
  }

  function tick() {
    var now = Date.now() - skew;
    var clocks = document.querySelectorAll('[data-at]');
    for (var i = 0; i < clocks.length; i++) {
      var c = clocks[i], running = c.getAttribute('data-running') === '1';
      var at = Number(c.getAttribute('data-at')), warn = Number(c.getAttribute('data-warn'));
      var left = running ? at - now : at;
      var state = word(!running ? 'paused' : left < 0 ? 'overtime' : left <= warn ? 'almost' : 'running');
      c.querySelector('.time').textContent = words(left);
      c.querySelector('.state').textContent = state;
    }
    window.setTimeout(tick, 1000 - ((Date.now() - skew) % 1000) + 5);
  }

  function announced(part) {
    var el = part.querySelector('[data-announce]');
    return el ? el.getAttribute('data-announce') : '';
  }

  function put(name, data) {
    var at = data.indexOf('\n');
    skew = Date.now() - Number(data.slice(0, at));
    var part = document.getElementById(name);
    if (!part) { return; }
    var before = announced(part);
    var focused = document.activeElement && document.activeElement.id;
    part.innerHTML = data.slice(at + 1);
    var after = announced(part);
    if (after && after !== before && !first[name]) { announce(after); }
    first[name] = false;
    if (focused && !document.getElementById(focused)) { focused = name === 'you' ? 'you-h' : ''; }
    if (focused) {
      var again = document.getElementById(focused);
      if (again && again !== document.activeElement) {
        if (!again.hasAttribute('tabindex') && again.tagName === 'H2') { again.setAttribute('tabindex', '-1'); }
        again.focus();
      }
    }
  }

  var first = {}, stream = null;
  function follow() {
    if (stream) { stream.close(); }
    ['heading', 'item', 'floor', 'you', 'list'].forEach(function (n) { first[n] = true; });
    stream = new EventSource(base + '/events');
    ['heading', 'item', 'floor', 'you', 'list'].forEach(function (name) {
      stream.addEventListener(name, function (e) { put(name, e.data); });
    });
  }

  document.addEventListener('submit', function (e) {
    var form = e.target;
    e.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    if (e.submitter && e.submitter.name) { body.append(e.submitter.name, e.submitter.value); }
    var claiming = form.getAttribute('action') === base + '/claim';
    fetch(form.getAttribute('action'), {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { 'X-Cochair-Page': '1' }
    }).then(function (r) {
      if (r.ok) {
        if (claiming) { follow(); }
        return;
      }
      return r.text().then(function (t) { announce(t.trim()); });
    }).catch(function () {
      announce(word('not-sent'));
    });
  });

  follow();
  tick();
})();
