// sitrep's page: a map and a timeline of the corpus' events, an event's figures with the ledger of
// claims behind each, and the analysed article with what sitrep found highlighted in its text.
// Plain DOM, no framework; every string from the API goes in as text, never as HTML.
'use strict';

(function () {
  const PAGE = 500;          // the API's largest page
  const MAX_EVENTS = 20000;  // beyond this the page asks for a narrower filter
  const TYPES = {
    'Battles': '--battles',
    'Explosions/Remote violence': '--explosions',
    'Violence against civilians': '--violence',
    'Protests': '--protests',
    'Riots': '--riots',
    'Strategic developments': '--strategic',
  };
  const css = getComputedStyle(document.documentElement);
  const colour = (type) => css.getPropertyValue(TYPES[type] || '--strategic').trim() || '#5d6d7e';

  const $ = (sel) => document.querySelector(sel);
  const state = { events: [], total: 0, markers: new Map(), selected: null, map: null, layer: null };

  // ---------------------------------------------------------------- small helpers

  /** h('a', {href: '#'}, 'text', child...): an element; strings become text nodes. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'style') setStyle(el, v);
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    fill(el, children);
    return el;
  }

  /** Appends children to el: nested arrays flattened, strings as text, null and false skipped. */
  function fill(el, children) {
    for (const c of [children].flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  /** Replaces el's content (as fill appends it). */
  function replace(el, ...children) {
    el.replaceChildren();
    return fill(el, children);
  }

  /**
   * 'a: b; --c: d' set through the CSSOM: the Content-Security-Policy refuses style attributes,
   * not styles set from the page's own script.
   */
  function setStyle(el, text) {
    for (const part of text.split(';')) {
      const i = part.indexOf(':');
      if (i > 0) el.style.setProperty(part.slice(0, i).trim(), part.slice(i + 1).trim());
    }
  }

  async function api(path) {
    const res = await fetch(path, { headers: { Accept: 'application/json' } });
    const body = await res.json().catch(() => null);
    if (!res.ok) {
      const msg = body && body.error ? body.error.message : res.status + ' ' + res.statusText;
      throw new Error(msg);
    }
    return body;
  }

  function status(text) { $('#status').textContent = text; }

  function figureText(low, high) {
    if (low === null && high === null) return '?';
    if (low !== null && high !== null) return low === high ? String(low) : low + '–' + high;
    return low !== null ? '≥ ' + low : '≤ ' + high;
  }

  const APPROX = { exact: '', at_least: 'at least', more_than: 'more than', at_most: 'at most',
    less_than: 'less than', about: 'about', between: 'between', vague: 'vague' };

  function place(e) {
    return [e.placeName, e.admin1, e.country].filter(Boolean).join(', ') || 'place unknown';
  }

  function fatalities(e) {
    const f = (e.figures || []).find((x) => x.measure === 'killed' && x.subjectKind === 'all');
    return f && f.best !== null ? f.best : (e.fatalities ?? null);
  }

  function eventDate(e) { return e.date || e.dateEarliest || null; }

  // ---------------------------------------------------------------- filters

  function filterParams() {
    const p = new URLSearchParams();
    for (const name of ['country', 'type', 'q']) {
      const v = $('#filters [name=' + name + ']').value.trim();
      if (v) p.set(name, v);
    }
    return p;
  }

  /** The day range chosen (inputs or timeline); the map and list show only events inside it. */
  function dayRange() { return { from: $('#f-from').value || null, to: $('#f-to').value || null }; }

  function inRange(e, r) {
    const first = e.dateEarliest || e.date, last = e.dateLatest || e.date;
    if (r.from && (!last || last < r.from)) return false;
    if (r.to && (!first || first > r.to)) return false;
    return true;
  }

  async function loadEvents() {
    status('Loading events…');
    const p = filterParams();
    p.set('limit', PAGE);
    p.set('view', 'brief');
    let offset = 0, all = [], total = 0;
    try {
      do {
        p.set('offset', offset);
        const page = await api('api/events?' + p);
        total = page.total;
        all = all.concat(page.events);
        offset += page.events.length;
        if (page.events.length === 0) break;
      } while (offset < total && offset < MAX_EVENTS);
    } catch (err) {
      status('Could not load events: ' + err.message);
      return;
    }
    state.events = all;
    state.total = total;
    fillChoices(all);
    render(true);
  }

  /** Country and type choices from the events first loaded (the unfiltered corpus). */
  function fillChoices(events) {
    for (const [id, key] of [['#f-country', 'country'], ['#f-type', 'type']]) {
      const select = $(id);
      if (select.options.length > 1) continue;
      const values = [...new Set(events.map((e) => e[key]).filter(Boolean))].sort();
      for (const v of values) select.append(h('option', { value: v }, v));
    }
  }

  // ---------------------------------------------------------------- overview: map, list, timeline

  function render(fit) {
    const range = dayRange();
    const shown = state.events.filter((e) => inRange(e, range));
    drawMarkers(shown, fit);
    drawList(shown);
    drawTimeline(state.events, range);
    const more = state.total > state.events.length ? ' (first ' + state.events.length + ' loaded)' : '';
    status(shown.length + ' of ' + state.total + ' events' + more
      + (range.from || range.to ? ', ' + (range.from || '…') + ' to ' + (range.to || '…') : ''));
  }

  function initMap() {
    const map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5, keyboard: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Natural Earth');
    map.setView([10, 20], 2);
    state.map = map;
    state.layer = L.layerGroup().addTo(map);
    fetch('vendor/world-atlas/countries-50m.json')
      .then((r) => r.json())
      .then((topo) => {
        const land = topojson.feature(topo, topo.objects.countries);
        L.geoJSON(land, {
          interactive: false,
          style: { color: '#9aa3ab', weight: 0.6, fillColor: '#eceae4', fillOpacity: 1 },
        }).addTo(map).bringToBack();
      })
      .catch(() => status('The basemap could not be loaded; events are still shown.'));
    const legend = $('#legend');
    for (const t of Object.keys(TYPES)) {
      legend.append(h('span', { style: '--c:' + colour(t) }, t));
    }
    legend.append(h('span', { style: '--c:#fff' }, 'size: fatalities'));
  }

  function radius(e) {
    const f = fatalities(e) || 0;
    return Math.min(20, 4 + 1.6 * Math.sqrt(f));
  }

  function drawMarkers(events, fit) {
    state.layer.clearLayers();
    state.markers.clear();
    const points = [];
    for (const e of events) {
      if (e.lat === null || e.lon === null || e.lat === undefined) continue;
      const m = L.circleMarker([e.lat, e.lon], {
        radius: radius(e), color: '#1d232a', weight: 1, fillColor: colour(e.type), fillOpacity: 0.7,
        className: 'event-marker',
      });
      m.bindTooltip(eventDate(e) + ' · ' + e.subType + ' · ' + place(e));
      m.on('click', () => { location.hash = '#/event/' + encodeURIComponent(e.id); });
      m.addTo(state.layer);
      const el = m.getElement();
      if (el) {
        el.setAttribute('data-event', e.id);
        el.setAttribute('tabindex', '0');
        el.setAttribute('role', 'button');
        el.setAttribute('aria-label', eventDate(e) + ', ' + e.subType + ', ' + place(e));
        el.addEventListener('keydown', (ev) => {
          if (ev.key === 'Enter' || ev.key === ' ') {
            ev.preventDefault();
            location.hash = '#/event/' + encodeURIComponent(e.id);
          }
        });
      }
      state.markers.set(e.id, m);
      points.push([e.lat, e.lon]);
    }
    if (fit && points.length) {
      const bounds = L.latLngBounds(points).pad(0.3);
      // never smaller than the map is wide: a world of events fills the frame instead
      const wide = Math.ceil(2 * Math.log2(state.map.getSize().x / 256)) / 2;
      const zoom = Math.min(7, Math.max(wide, state.map.getBoundsZoom(bounds)));
      state.map.setView(bounds.getCenter(), zoom, { animate: false });
    }
    highlightMarker(state.selected);
  }

  function highlightMarker(id) {
    for (const [key, m] of state.markers) {
      m.setStyle({ weight: key === id ? 4 : 1, color: key === id ? '#f39c12' : '#1d232a' });
      if (key === id) m.bringToFront();
    }
  }

  function drawList(events) {
    const list = $('#event-list');
    list.replaceChildren();
    for (const e of events) {
      const toll = fatalities(e);
      list.append(h('li', {},
        h('a', { href: '#/event/' + encodeURIComponent(e.id), class: 'event-link', 'data-event': e.id },
          h('span', { class: 'date' }, eventDate(e) || 'no date'),
          h('span', { class: 'what', style: '--c:' + colour(e.type) }, e.subType || e.type),
          h('span', { class: 'toll', title: 'fatalities' }, toll ? toll + ' killed' : ''),
          h('span', { class: 'where' }, place(e) + (e.actor1 ? ' · ' + e.actor1 : '')
            + (e.actor2 ? ' vs ' + e.actor2 : '')))));
    }
  }

  const DAY = 86400000;
  const dayOf = (iso) => Math.round(Date.parse(iso + 'T00:00:00Z') / DAY);
  const isoOf = (n) => new Date(n * DAY).toISOString().slice(0, 10);

  /**
   * Bars of events per day, or per month when the events span more than 400 days (a day would be
   * under two pixels wide). A bar covers [from, to]; the chosen range is highlighted.
   */
  function drawTimeline(events, range) {
    const svg = $('#timeline');
    svg.replaceChildren();
    $('#t-clear').hidden = !(range.from || range.to);
    const dates = events.map(eventDate).filter(Boolean).sort();
    if (!dates.length) return;
    const byMonth = dayOf(dates[dates.length - 1]) - dayOf(dates[0]) > 400;
    $('#timeline-title').textContent = byMonth ? 'Events per month' : 'Events per day';
    const bucket = (d) => (byMonth ? d.slice(0, 7) : d);
    const counts = new Map();
    for (const d of dates) counts.set(bucket(d), (counts.get(bucket(d)) || 0) + 1);
    const keys = [...counts.keys()];
    const index = (k) => (byMonth ? (Number(k.slice(0, 4)) * 12 + Number(k.slice(5, 7)) - 1) : dayOf(k));
    const first = index(keys[0]), span = index(keys[keys.length - 1]) - first + 1;
    const bounds = (k) => {
      if (!byMonth) return [k, k];
      const y = Number(k.slice(0, 4)), m = Number(k.slice(5, 7));
      return [k + '-01', isoOf(dayOf((m === 12 ? (y + 1) + '-01' : y + '-' + String(m + 1).padStart(2, '0')) + '-01') - 1)];
    };
    const width = svg.clientWidth || 600, height = 90, top = 12, bottom = 16;
    const slot = width / span, max = Math.max(...counts.values());
    const ns = 'http://www.w3.org/2000/svg';
    const make = (tag, attrs) => {
      const el = document.createElementNS(ns, tag);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      return el;
    };
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    for (const k of keys) {
      const [from, to] = bounds(k);
      const n = counts.get(k);
      const tall = Math.max(2, (height - top - bottom) * n / max);
      const selected = (range.from || range.to) && (!range.from || to >= range.from) && (!range.to || from <= range.to);
      const label = k + ': ' + n + (n === 1 ? ' event' : ' events');
      const bar = make('rect', {
        class: 'day-bar' + (selected ? ' selected' : ''), x: (index(k) - first) * slot + Math.min(1, slot * 0.1),
        y: height - bottom - tall, width: Math.max(1.5, slot - Math.min(2, slot * 0.2)), height: tall,
        tabindex: 0, role: 'button', 'data-day': from, 'data-to': to,
        'aria-pressed': selected ? 'true' : 'false', 'aria-label': label,
      });
      const tip = make('title', {});
      tip.textContent = label;
      bar.append(tip);
      const choose = (ev) => pickDays(from, to, ev.shiftKey);
      bar.addEventListener('click', choose);
      bar.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); choose(ev); }
      });
      svg.append(bar);
    }
    const text = (x, y, anchor, words) => {
      const t = make('text', { x, y, 'text-anchor': anchor });
      t.textContent = words;
      svg.append(t);
    };
    text(0, height - 3, 'start', keys[0]);
    if (keys.length > 1) text(width, height - 3, 'end', keys[keys.length - 1]);
    text(0, 10, 'start', 'max ' + max + (byMonth ? ' a month' : ' a day'));
  }

  /** A click on a bar shows its days; shift-click stretches the chosen range to them. */
  function pickDays(from, to, extend) {
    const r = dayRange();
    if (extend && (r.from || r.to)) {
      $('#f-from').value = [r.from || from, from].sort()[0];
      $('#f-to').value = [r.to || to, to].sort()[1];
    } else {
      $('#f-from').value = from;
      $('#f-to').value = to;
    }
    render(false);
  }

  // ---------------------------------------------------------------- the event panel

  function showView(which) {
    $('#results').hidden = which !== 'list';
    $('#panel').hidden = which !== 'event';
    $('#article').hidden = which !== 'article';
  }

  /** The JSON at path, or null after saying in the status line why it could not be had. */
  async function loadOrReport(path, what) {
    try {
      return await api(path);
    } catch (err) {
      status(what + ': ' + err.message);
      showView('list');
      return null;
    }
  }

  async function showEvent(id) {
    const e = await loadOrReport('api/events/' + encodeURIComponent(id), 'Event ' + id);
    if (!e) return;
    state.selected = e.id;
    highlightMarker(e.id);
    const m = state.markers.get(e.id);
    if (m) state.map.panTo(m.getLatLng());
    const panel = $('#panel');
    const articles = await articleSummaries(e.articles.concat(e.reports.map((r) => r.article)));
    replace(panel,
      h('p', { class: 'back' }, h('a', { href: '#/' }, '← all events')),
      h('h2', { id: 'panel-title' }, e.type + ' / ' + e.subType),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Date'), h('dd', {}, (e.date || '?') + (e.dateEarliest !== e.dateLatest
          ? ' (between ' + e.dateEarliest + ' and ' + e.dateLatest + ')' : '')),
        h('dt', {}, 'Place'), h('dd', {}, place(e) + (e.place ? ' (GeoNames ' + e.place + ')' : '')
          + (e.geoPrecision ? ', precision ' + e.geoPrecision : '')),
        h('dt', {}, 'Actors'), h('dd', {}, (e.actor1 || '?') + (e.actor2 ? ' vs ' + e.actor2 : '')),
        h('dt', {}, 'Fatalities'), h('dd', {}, fatalities(e) ?? 'none reported'),
        h('dt', {}, 'PLOVER'), h('dd', {}, e.plover || '–'),
        h('dt', {}, 'Sources'), h('dd', {}, e.articles.length + (e.articles.length === 1 ? ' article' : ' articles'))),
      h('h3', {}, 'Figures and their ledgers'),
      e.figures.length ? e.figures.map((f) => figure(f, articles)) : h('p', {}, 'No figures reported.'),
      h('h3', {}, 'Reports'),
      h('ul', { class: 'reports' }, [...new Set(e.reports.map((r) => r.article))].map((id) => {
        const a = articles.get(id);
        const n = e.reports.filter((r) => r.article === id).length;
        return h('li', {},
          h('a', { href: '#/article/' + encodeURIComponent(id), class: 'report-link', 'data-article': id },
            a && a.title ? a.title : id),
          ' ', h('span', { class: 'copy' }, [a && a.source, a && a.published].filter(Boolean).join(', ')
            + (n > 1 ? ' · ' + n + ' mentions merged' : '')
            + (a && a.duplicateOf ? ' · copy of ' + a.duplicateOf : '')));
      })));
    showView('event');
    panel.focus();
  }

  function figure(f, articles) {
    const rows = f.claims.map((c) => {
      const src = c.source ? (c.source.name ? c.source.name + ' (' + c.source.kind + ')' : c.source.kind) : 'unattributed';
      const a = articles.get(c.article);
      return h('tr', { class: 'claim ' + c.status, 'data-status': c.status },
        h('td', {}, c.asOf || '?'),
        h('td', { class: 'value' }, (APPROX[c.approx] ? APPROX[c.approx] + ' ' : '') + figureText(c.low, c.high)),
        h('td', { class: 'source' }, src, c.hedged ? [' ', h('span', { class: 'badge hedged' }, 'hedged')] : null),
        h('td', { class: 'status' }, c.status.replace('-', ' ')),
        h('td', {}, h('a', {
          href: '#/article/' + encodeURIComponent(c.article) + '/' + c.start + '-' + c.end,
          class: 'sentence-link', title: a && a.title ? a.title : c.article,
        }, '“' + c.text + '”')));
    });
    return h('section', { class: 'figure', 'data-measure': f.measure },
      h('div', { class: 'numbers' }, f.measure + (f.subjectKind !== 'all' ? ' (' + f.subjectKind + ')' : '') + ': best ',
        h('b', {}, f.best ?? '?'), ', low ' + (f.low ?? '?') + ', high ' + (f.high ?? '?') + ' ',
        f.conflict ? h('span', { class: 'badge conflict', title: 'credible claims disagree' }, 'conflict') : null),
      h('p', { class: 'rule' }, 'Rule: ' + f.rule),
      h('table', { class: 'ledger' },
        h('caption', { class: 'skip' }, 'Claims for ' + f.measure),
        h('thead', {}, h('tr', {}, ['As of', 'Figure', 'Source', 'Status', 'Sentence'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, rows)));
  }

  /** Title, source, date and copy-of of each article, fetched once per page view. */
  const summaries = new Map();
  async function articleSummaries(ids) {
    const out = new Map();
    await Promise.all([...new Set(ids)].map(async (id) => {
      if (!summaries.has(id)) {
        summaries.set(id, api('api/articles/' + encodeURIComponent(id))
          .then((a) => a.corpus)
          .catch(() => null));
      }
      out.set(id, await summaries.get(id));
    }));
    return out;
  }

  // ---------------------------------------------------------------- the article view

  const KINDS = [
    ['place', 'places'], ['time', 'dates and times'], ['statement', 'statements'], ['claim', 'claims'],
  ];

  async function showArticle(id, focus) {
    const a = await loadOrReport('api/articles/' + encodeURIComponent(id), 'Article ' + id);
    if (!a) return;
    const spans = [];
    for (const p of a.places || []) spans.push({ kind: 'place', start: p.start, end: p.end,
      note: 'place: ' + (p.name || p.text) + (p.geonameid ? ' (GeoNames ' + p.geonameid + ', ' + p.country + ')' : ' (not in the gazetteer)') });
    for (const t of a.times || []) spans.push({ kind: 'time', start: t.start, end: t.end, note: 'time: ' + t.value });
    for (const s of a.statements || []) spans.push({ kind: 'statement', start: s.start, end: s.end,
      note: 'statement' + (s.source && s.source.name ? ' by ' + s.source.name : '') + ' (' + s.cue + ')' });
    for (const c of a.claims || []) spans.push({ kind: 'claim', start: c.start, end: c.end,
      note: 'claim: ' + c.measure + ' ' + figureText(c.low, c.high) + (c.source ? ', source ' + (c.source.name || c.source.kind) : '') + (c.hedged ? ', hedged' : '') });
    if (focus) spans.push({ kind: 'focus', start: focus[0], end: focus[1], note: 'the sentence linked from the ledger' });
    const corpus = a.corpus || {};
    const text = h('div', { id: 'article-text' }, highlight(a.text, spans));
    const view = $('#article');
    replace(view,
      h('p', { class: 'back' }, h('a', { href: state.selected ? '#/event/' + encodeURIComponent(state.selected) : '#/' },
        state.selected ? '← the event' : '← all events')),
      h('h2', { id: 'article-title' }, corpus.title || a.title || a.id),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Published'), h('dd', {}, a.published || 'unknown'),
        h('dt', {}, 'Source'), h('dd', {}, corpus.source || a.source || 'unknown'),
        corpus.url ? [h('dt', {}, 'URL'), h('dd', {}, corpus.url)] : null,
        corpus.duplicateOf ? [h('dt', {}, 'Copy of'), h('dd', {}, h('a', { href: '#/article/' + encodeURIComponent(corpus.duplicateOf) }, corpus.duplicateOf))] : null,
        h('dt', {}, 'Events'), h('dd', {}, (corpus.events || []).length
          ? corpus.events.map((eid, i) => [i ? ', ' : '', h('a', { href: '#/event/' + encodeURIComponent(eid) }, eid)])
          : 'none')),
      h('div', { class: 'toggles', role: 'group', 'aria-label': 'Highlights' },
        KINDS.map(([k, label]) => h('label', {},
          h('input', { type: 'checkbox', checked: true, 'data-kind': k,
            onchange: (ev) => text.classList.toggle('hide-' + k, !ev.target.checked) }),
          ' ', h('span', { class: 'hl-' + k }, label + ' (' + spans.filter((s) => s.kind === k).length + ')')))),
      text,
      KINDS.map(([k, label]) => found(k, label, spans, a.text, text)));
    showView('article');
    const target = text.querySelector('.hl-focus');
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.setAttribute('tabindex', '-1');
      target.focus();
    } else {
      view.focus();
    }
  }

  /** The text cut at every span boundary; each piece carries the classes of the spans over it. */
  function highlight(text, spans) {
    const cuts = new Set([0, text.length]);
    const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
    for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((x, y) => x - y);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i], to = points[i + 1];
      const over = valid.filter((s) => s.start <= from && s.end >= to);
      const piece = text.slice(from, to);
      if (!over.length) { out.push(piece); continue; }
      out.push(h('span', {
        class: over.map((s) => 'hl-' + s.kind).join(' '),
        title: over.map((s) => s.note).join('\n'), 'data-start': from,
      }, piece));
    }
    return out;
  }

  function found(kind, label, spans, text, box) {
    const mine = spans.filter((s) => s.kind === kind);
    if (!mine.length) return null;
    return [h('h3', {}, label[0].toUpperCase() + label.slice(1)), h('ul', { class: 'found', 'data-kind': kind },
      mine.map((s) => h('li', {}, h('button', {
        type: 'button', class: 'linkish',
        onclick: () => {
          const el = box.querySelector('[data-start="' + s.start + '"]');
          if (el) { el.scrollIntoView({ block: 'center' }); el.classList.add('hl-focus'); setTimeout(() => el.classList.remove('hl-focus'), 1500); }
        },
      }, '“' + text.slice(s.start, s.end).slice(0, 120) + '”'), ' ', h('span', { class: 'copy' }, s.note))))];
  }

  // ---------------------------------------------------------------- routing and start-up

  function route() {
    const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
    const ev = hash.match(/^event\/(.+)$/);
    const ar = hash.match(/^article\/([^/]+)(?:\/(\d+)-(\d+))?$/);
    if (ev) {
      showEvent(ev[1]);
    } else if (ar) {
      showArticle(ar[1], ar[2] ? [Number(ar[2]), Number(ar[3])] : null);
    } else {
      state.selected = null;
      highlightMarker(null);
      showView('list');
    }
  }

  function start() {
    initMap();
    $('#filters').addEventListener('submit', (ev) => {
      ev.preventDefault();
      loadEvents();
      if (location.hash.length > 2) location.hash = '#/';
    });
    $('#f-reset').addEventListener('click', () => {
      $('#filters').reset();
      loadEvents();
    });
    for (const id of ['#f-from', '#f-to']) $(id).addEventListener('change', () => render(false));
    $('#t-clear').addEventListener('click', () => {
      $('#f-from').value = '';
      $('#f-to').value = '';
      render(false);
    });
    document.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape' && location.hash.length > 2) location.hash = '#/';
    });
    window.addEventListener('hashchange', route);
    window.addEventListener('resize', () => drawTimeline(state.events, dayRange()));
    loadEvents().then(route);
  }

  document.addEventListener('DOMContentLoaded', start);
})();
