(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('catalog-data').textContent);
  var models = data.models;
  var byId = Object.create(null);
  models.forEach(function (m) { byId[m.id] = m; });
  var tbody = document.querySelector('#models tbody');
  var input = document.getElementById('q');
  var count = document.getElementById('count');
  var card = document.getElementById('card');
  var state = { q: '', model: '', sort: '' };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  // Links come from the catalog: https only, checked here again, opened without an opener.
  function safeUrl(url) {
    return typeof url === 'string' && /^https:\/\/[^\s"'<>\\]+$/i.test(url) ? url : null;
  }
  function link(url, text) {
    var a = el('a', null, text);
    a.href = url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }
  function searchText(m) {
    return [m.name, m.nameZh, m.org, m.orgZh, m.family].concat(m.aliases)
      .filter(Boolean).join('\n').toLowerCase();
  }

  var rows = models.map(function (m) {
    var tr = el('tr');
    tr.setAttribute('data-id', m.id);
    tr.tabIndex = 0;
    var name = el('td', 'name');
    name.appendChild(el('span', 'n', m.name));
    if (m.nameZh) name.appendChild(el('span', 'zh', m.nameZh));
    tr.appendChild(name);
    var org = el('td', null, m.org);
    if (m.orgZh) org.appendChild(el('span', 'zh', m.orgZh));
    tr.appendChild(org);
    tr.appendChild(el('td', null, m.family));
    tr.appendChild(el('td', null, m.category));
    tr.appendChild(el('td', 'num', m.released || ''));
    tr.appendChild(el('td', 'num params', m.params || ''));
    tr.appendChild(el('td', m.accessClass, m.access));
    tr.appendChild(el('td', 'license', m.license || ''));
    var links = el('td', 'links');
    m.links.forEach(function (l) {
      var url = safeUrl(l.url);
      if (url) links.appendChild(link(url, l.kind));
    });
    tr.appendChild(links);
    tr.addEventListener('click', function (ev) {
      if (!ev.target.closest('a')) openCard(m.id);
    });
    tr.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') openCard(m.id);
    });
    return { model: m, tr: tr, text: searchText(m) };
  });

  // Sorting: click a heading; again to reverse. Unknown dates and sizes sort last either way.
  var sortKey = 'released';
  var sortDir = 1;
  var KEYS = {
    name: function (m) { return m.name.toLowerCase(); },
    org: function (m) { return m.org.toLowerCase(); },
    family: function (m) { return m.family.toLowerCase(); },
    category: function (m) { return m.category; },
    released: function (m) { return m.day === undefined ? null : m.day; },
    size: function (m) { return m.size === undefined ? null : m.size; },
    access: function (m) { return m.access; },
    license: function (m) { return (m.license || '').toLowerCase() || null; },
    links: function (m) { return m.links.length; }
  };
  function compare(a, b) {
    var ka = KEYS[sortKey](a.model);
    var kb = KEYS[sortKey](b.model);
    if (ka === null || kb === null) {
      if (ka === kb) return a.model.name.localeCompare(b.model.name);
      return ka === null ? 1 : -1;
    }
    var c = ka < kb ? -1 : ka > kb ? 1 : 0;
    return c !== 0 ? c * sortDir : a.model.name.localeCompare(b.model.name);
  }
  function sort() {
    rows.sort(compare);
    var frag = document.createDocumentFragment();
    rows.forEach(function (r) { frag.appendChild(r.tr); });
    tbody.appendChild(frag);
    document.querySelectorAll('#models th').forEach(function (th) {
      var key = th.getAttribute('data-key');
      if (key === sortKey) th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
  }
  document.querySelectorAll('#models th').forEach(function (th) {
    function activate() {
      var key = th.getAttribute('data-key');
      sortDir = key === sortKey ? -sortDir : 1;
      sortKey = key;
      state.sort = (sortDir < 0 ? '-' : '') + sortKey;
      writeHash();
      sort();
    }
    th.addEventListener('click', activate);
    th.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') activate(); });
  });

  // The URL fragment holds the view: #q=meta&model=llama-2&sort=-size, so a link can share it.
  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    return {
      q: params.get('q') || '',
      model: params.get('model') || '',
      sort: params.get('sort') || ''
    };
  }
  function writeHash() {
    var params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    if (state.model) params.set('model', state.model);
    if (state.sort) params.set('sort', state.sort);
    var hash = params.toString();
    history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }
  function filter() {
    var words = state.q.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (r) {
      var ok = words.every(function (w) { return r.text.indexOf(w) >= 0; });
      r.tr.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' models';
    count.setAttribute('data-shown', String(shown));
  }
  input.addEventListener('input', function () {
    state.q = input.value;
    writeHash();
    filter();
  });

  // A model's card: every field, its bases and derivatives (each opens its own card), its links.
  function modelButton(ref) {
    if (!byId[ref.id]) return document.createTextNode(ref.name);
    var b = el('button', 'model', ref.name);
    b.type = 'button';
    b.addEventListener('click', function () { openCard(ref.id); });
    return b;
  }
  function list(items, render) {
    var ul = el('ul');
    items.forEach(function (item) {
      var li = el('li');
      render(li, item);
      ul.appendChild(li);
    });
    return ul;
  }
  function showCard(id) {
    var m = byId[id];
    rows.forEach(function (r) { r.tr.classList.toggle('current', r.model.id === id); });
    card.textContent = '';
    if (!m) {
      card.hidden = true;
      return;
    }
    var close = el('button', 'close', '\u00d7');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', function () { openCard(''); });
    card.appendChild(close);
    var h = el('h2', null, m.name);
    if (m.nameZh) h.appendChild(el('span', 'zh', m.nameZh));
    card.appendChild(h);
    var dl = el('dl');
    function row(term, value) {
      if (value === undefined || value === null || value === '') return;
      dl.appendChild(el('dt', null, term));
      var dd = el('dd');
      if (typeof value === 'string') dd.textContent = value;
      else dd.appendChild(value);
      dl.appendChild(dd);
    }
    row('id', m.id);
    row('aliases', m.aliases.join(', '));
    row('org', m.orgZh ? m.org + ' ' + m.orgZh : m.org);
    row('family', m.family);
    row('category', m.category);
    row('released', m.released || 'unknown');
    row('params', m.params || 'unknown');
    row('access', m.access);
    row('license', m.license);
    if (m.bases.length) {
      row('built on', list(m.bases, function (li, b) {
        li.appendChild(modelButton(b));
        if (b.relation) li.appendChild(document.createTextNode(' (' + b.relation + ')'));
      }));
    }
    if (m.derivatives.length) {
      row('derivatives', list(m.derivatives, function (li, d) { li.appendChild(modelButton(d)); }));
    }
    var safe = m.links.filter(function (l) { return safeUrl(l.url); });
    if (safe.length) {
      row('links', list(safe, function (li, l) {
        li.appendChild(document.createTextNode(l.kind + ': '));
        li.appendChild(link(l.url, l.url));
      }));
    }
    row('notes', m.notes);
    if (m.corrections.length) {
      row('corrections', list(m.corrections, function (li, c) { li.textContent = c; }));
    }
    card.appendChild(dl);
    card.hidden = false;
  }
  function openCard(id) {
    state.model = id;
    writeHash();
    showCard(id);
  }
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape' && !card.hidden) openCard('');
  });
  // A mark in the picture opens its card; the card has the links.
  document.querySelectorAll('#picture [data-model]').forEach(function (g) {
    g.addEventListener('click', function (ev) {
      ev.preventDefault();
      openCard(g.getAttribute('data-model'));
    });
  });

  function apply() {
    state = readHash();
    var key = state.sort.replace(/^-/, '');
    sortKey = KEYS[key] ? key : 'released';
    sortDir = KEYS[key] && state.sort.charAt(0) === '-' ? -1 : 1;
    sort();
    input.value = state.q;
    filter();
    showCard(state.model);
  }
  window.addEventListener('hashchange', apply);
  apply();
  document.documentElement.setAttribute('data-ready', 'true');
})();
