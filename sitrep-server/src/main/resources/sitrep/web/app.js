/*
 * Sitrep live page.
 *
 * Plain ES2020, no build step. Leaflet (L) and uPlot come from the webjars as classic scripts
 * loaded before this one. The page runs under a strict CSP (script-src 'self', style-src 'self'),
 * so it never writes markup: every node is built with createElement/textContent, styles are set
 * through element.style or classes, and Leaflet popups/tooltips get DOM nodes, not strings.
 * Report text is data and is shown as text, whatever characters it holds.
 */
(() => {
  'use strict';

  // ---------------------------------------------------------------- constants

  const TYPES = [
    'Battles',
    'Explosions/Remote violence',
    'Violence against civilians',
    'Protests',
    'Riots',
    'Strategic developments',
  ];
  const OTHER = 'Other';
  const STACK = [...TYPES, OTHER];
  const TYPE_COLORS = {
    'Battles': '#c62828',
    'Explosions/Remote violence': '#ef6c00',
    'Violence against civilians': '#6a1b9a',
    'Protests': '#2e7d32',
    'Riots': '#8d6e63',
    'Strategic developments': '#1565c0',
    [OTHER]: '#757575',
  };
  const STATUSES = ['confirmed', 'reported', 'claimed', 'disputed', 'denied', 'unverified'];
  /** Statuses drawn faint on the map: the claim is not (yet) backed by independent reports. */
  const FAINT = new Set(['claimed', 'disputed', 'denied', 'unverified']);
  const DASHED = new Set(['disputed', 'denied']);
  const TIME_PRECISION = { 1: 'day', 2: 'week', 3: 'month' };
  const GEO_PRECISION = { 1: 'the place itself', 2: 'near the place', 3: 'the region' };

  const CELL = 48;            // clustering cell, screen pixels
  const TABLE_CHUNK = 500;    // rows rendered per "show more"
  const DAY = 86400;          // seconds
  const MAX_INCREMENTAL = 40; // above this many changed ids a change refetches all events
  const MAX_ZOOM = 14;

  // ---------------------------------------------------------------- state

  const state = {
    events: new Map(),        // id -> event (list shape, plus derived _fields)
    stats: null,
    lastSeq: null,
    filters: { type: '', actor: '', status: '', country: '', inview: false },
    brush: null,              // { fromTs, toTs, from, to } (UTC day starts, seconds)
    sort: { key: 'date', dir: -1 },
    base: [],                 // events passing the filters (timeline)
    mapEvents: [],            // base ∩ brush ∩ has coordinates (map)
    shown: [],                // base ∩ brush ∩ in view if asked (table, counts)
    tableLimit: TABLE_CHUNK,
    selected: null,           // selected event id
    detail: null,             // /api/events/{id} answer for the selected event
    docs: new Map(),          // doc id -> Promise of /api/documents/{id}
    fresh: new Map(),         // event id -> time it last changed live
    fitted: false,
  };

  const $ = (id) => document.getElementById(id);

  // ---------------------------------------------------------------- small helpers

  /** Builds an element. props: className, text, title, dataset, attrs, on; children: nodes or strings (as text). */
  function h(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      if (props.className) node.className = props.className;
      if (props.text != null) node.textContent = String(props.text);
      if (props.title != null) node.title = String(props.title);
      if (props.dataset) for (const [k, v] of Object.entries(props.dataset)) if (v != null) node.dataset[k] = String(v);
      if (props.attrs) for (const [k, v] of Object.entries(props.attrs)) if (v != null) node.setAttribute(k, String(v));
      if (props.on) for (const [k, v] of Object.entries(props.on)) node.addEventListener(k, v);
    }
    for (const c of children) {
      if (c == null || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  const nf = new Intl.NumberFormat('en');
  const fmtInt = (n) => (n == null || !Number.isFinite(Number(n)) ? '—' : nf.format(Number(n)));

  /** Any JSON value as short plain text. */
  function show(v) {
    if (v == null || v === '') return '—';
    if (Array.isArray(v)) return v.length ? v.map(show).join('; ') : '—';
    if (typeof v === 'object') {
      if (v.name != null) return placeLabel(v);
      if (v.count != null) return show(v.count) + (v.qualifier ? ' (' + v.qualifier + ')' : '');
      try { return JSON.stringify(v); } catch (_) { return String(v); }
    }
    if (typeof v === 'number') return fmtInt(v);
    return String(v);
  }

  let regionNames = null;
  try { regionNames = new Intl.DisplayNames(['en'], { type: 'region' }); } catch (_) { /* old browser */ }
  function countryName(code) {
    if (!code) return '';
    if (regionNames && /^[A-Za-z]{2}$/.test(code)) {
      try { return regionNames.of(code.toUpperCase()) || code; } catch (_) { /* unknown code */ }
    }
    return String(code);
  }

  function placeLabel(p) {
    if (!p) return '—';
    const parts = [p.name, p.admin1 && p.admin1 !== p.name ? p.admin1 : null, p.country ? countryName(p.country) : null];
    return parts.filter(Boolean).join(', ') || '—';
  }

  const typeKey = (t) => (TYPES.includes(t) ? t : OTHER);
  const colorOf = (t) => TYPE_COLORS[typeKey(t)];

  /** A link target only when it is an http(s) URL; anything else is shown as text. */
  function safeHref(url) {
    if (typeof url !== 'string' || !/^https?:\/\//i.test(url.trim())) return null;
    try {
      const u = new URL(url.trim());
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (_) {
      return null;
    }
  }

  function dayTs(s) {
    const m = typeof s === 'string' && /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 1000 : null;
  }
  const isoDay = (ts) => new Date(ts * 1000).toISOString().slice(0, 10);

  function radiusOf(fatalities) {
    const f = Number(fatalities);
    if (!Number.isFinite(f) || f <= 0) return 4;
    return Math.min(30, 4 + 2 * Math.sqrt(f));
  }

  function debounce(fn, ms) {
    let t = 0;
    return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
  }

  const enc = encodeURIComponent;

  async function api(path, params) {
    const q = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v != null && v !== '')).toString() : '';
    const res = await fetch(path + (q ? '?' + q : ''), { headers: { Accept: 'application/json' } });
    if (!res.ok) {
      const err = new Error(path + ': HTTP ' + res.status);
      err.status = res.status;
      throw err;
    }
    return res.json();
  }

  function showError(msg) {
    const box = $('error');
    if (!msg) { box.hidden = true; box.textContent = ''; return; }
    box.textContent = msg;
    box.hidden = false;
  }

  // ---------------------------------------------------------------- events store

  function ingest(e) {
    if (!e || e.id == null) return null;
    e.id = String(e.id);
    const loc = e.location || null;
    const lat = loc && loc.lat != null ? Number(loc.lat) : NaN;
    const lon = loc && loc.lon != null ? Number(loc.lon) : NaN;
    e._hasXY = Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
    if (e._hasXY) {
      e._lat = lat;
      e._lon = lon;
      const p = L.CRS.EPSG3857.latLngToPoint(L.latLng(lat, lon), 0); // 256-px world; scale by 2^zoom
      e._px = p.x;
      e._py = p.y;
    }
    e._day = dayTs(e.event_date);
    const end = dayTs(e.event_date_end);
    e._dayEnd = end != null && e._day != null && end >= e._day ? end : e._day;
    e._actors = [e.actor1, e.actor2, ...(Array.isArray(e.attributed_to) ? e.attributed_to : [])]
      .filter(Boolean).join('\n').toLowerCase();
    e._type = typeKey(e.event_type);
    return e;
  }

  async function loadAllEvents() {
    const data = await api('/api/events');
    const list = Array.isArray(data && data.events) ? data.events : [];
    const next = new Map();
    for (const e of list) { const x = ingest(e); if (x) next.set(x.id, x); }
    state.events = next;
  }

  async function loadStats() {
    try {
      state.stats = await api('/api/stats');
    } catch (err) {
      console.warn(err);
    }
    renderCounts();
    return state.stats;
  }

  // ---------------------------------------------------------------- filtering

  function matchesFilters(e) {
    const f = state.filters;
    if (f.type && e.event_type !== f.type) return false;
    if (f.status && e.status !== f.status) return false;
    if (f.country && (e.location ? e.location.country : null) !== f.country) return false;
    if (f.actorLc && !e._actors.includes(f.actorLc)) return false;
    return true;
  }

  function inBrush(e) {
    const b = state.brush;
    if (!b) return true;
    if (e._day == null) return false;
    return e._day <= b.toTs && e._dayEnd >= b.fromTs;
  }

  function recompute() {
    const base = [];
    for (const e of state.events.values()) if (matchesFilters(e)) base.push(e);
    state.base = base;
    const inRange = state.brush ? base.filter(inBrush) : base;
    state.mapEvents = inRange.filter((e) => e._hasXY);
    if (state.filters.inview && map) {
      const b = map.getBounds();
      state.shown = inRange.filter((e) => e._hasXY && b.contains([e._lat, e._lon]));
    } else {
      state.shown = inRange;
    }
  }

  /** Query parameters for the server-filtered panels (tallies, control). */
  function filterParams() {
    const f = state.filters;
    const p = { type: f.type, actor: f.actor.trim(), status: f.status, country: f.country };
    if (state.brush) { p.from = state.brush.from; p.to = state.brush.to; }
    if (f.inview && map) {
      const b = map.getBounds();
      const r = (x) => Math.round(x * 1e4) / 1e4;
      p.bbox = [r(Math.max(-180, b.getWest())), r(Math.max(-90, b.getSouth())),
        r(Math.min(180, b.getEast())), r(Math.min(90, b.getNorth()))].join(',');
    }
    return p;
  }

  // ---------------------------------------------------------------- update cycle

  function update(parts = {}) {
    const { timeline = true, mapLayer = true, table = true, side = true } = parts;
    recompute();
    if (timeline) renderTimeline();
    if (mapLayer) renderMapEvents();
    if (table) renderTable();
    renderCounts();
    if (side) loadSidePanelsSoon();
  }

  function renderCounts() {
    $('count-events').textContent = fmtInt(state.events.size);
    $('count-shown').textContent = fmtInt(state.shown.length);
    $('count-reports').textContent = state.stats && state.stats.documents != null ? fmtInt(state.stats.documents) : '—';
  }

  // ---------------------------------------------------------------- filters UI

  function fillSelect(select, options, keep) {
    const current = keep != null ? keep : select.value;
    const first = select.options[0];
    select.replaceChildren(first);
    const values = options.map((o) => o.value);
    if (current && !values.includes(current)) options.push({ value: current, label: current });
    for (const o of options) select.append(h('option', { text: o.label, attrs: { value: o.value } }));
    select.value = current;
  }

  function renderFilterOptions() {
    const types = new Set(TYPES);
    const statuses = new Set(STATUSES);
    const countries = new Set();
    for (const e of state.events.values()) {
      if (e.event_type) types.add(e.event_type);
      if (e.status) statuses.add(e.status);
      if (e.location && e.location.country) countries.add(e.location.country);
    }
    fillSelect($('filter-type'), [...types].map((t) => ({ value: t, label: t })));
    fillSelect($('filter-status'), [...statuses].map((s) => ({ value: s, label: s })));
    fillSelect($('filter-country'), [...countries]
      .map((c) => ({ value: c, label: countryName(c) + ' (' + c + ')' }))
      .sort((a, b) => a.label.localeCompare(b.label)));
  }

  function readFilters() {
    const f = state.filters;
    f.type = $('filter-type').value;
    f.status = $('filter-status').value;
    f.country = $('filter-country').value;
    f.actor = $('filter-actor').value;
    f.actorLc = f.actor.trim().toLowerCase();
    f.inview = $('filter-inview').checked;
  }

  function initFilters() {
    const onChange = () => { readFilters(); state.tableLimit = TABLE_CHUNK; update(); };
    for (const id of ['filter-type', 'filter-status', 'filter-country', 'filter-inview']) {
      $(id).addEventListener('change', onChange);
    }
    $('filter-actor').addEventListener('input', debounce(onChange, 200));
    const form = $('filters');
    form.addEventListener('submit', (ev) => ev.preventDefault());
    form.addEventListener('reset', () => setTimeout(onChange, 0));
  }

  // ---------------------------------------------------------------- map

  let map = null;
  let eventRenderer = null;
  let eventsLayer = null;
  let controlLayer = null;
  let selRing = null;

  function initMap() {
    map = L.map('map', {
      minZoom: 1,
      maxZoom: MAX_ZOOM,
      worldCopyJump: false,
      zoomControl: true,
      attributionControl: true,
    });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Outlines: Natural Earth');

    map.createPane('basePane').style.zIndex = '250';
    map.createPane('controlPane').style.zIndex = '620';
    map.createPane('selectPane').style.zIndex = '640';
    map.getPane('selectPane').style.pointerEvents = 'none';

    eventRenderer = L.canvas({ padding: 0.3, tolerance: 3 });
    eventsLayer = L.layerGroup().addTo(map);
    controlLayer = L.layerGroup().addTo(map);

    L.control.layers(null, { 'Events': eventsLayer, 'Control changes': controlLayer }, { collapsed: true }).addTo(map);
    addLegend();
    addFitButton();

    map.setView([10, 20], 2);
    map.on('zoomend moveend', onMapMove);
  }

  const onMapMove = debounce(() => {
    renderMapEvents();
    if (state.filters.inview) update({ timeline: false, mapLayer: false });
  }, 60);

  async function loadCountries() {
    try {
      const res = await fetch('countries-110m.json');
      if (!res.ok) throw new Error('countries-110m.json: HTTP ' + res.status);
      const topo = await res.json();
      const renderer = L.canvas({ pane: 'basePane', padding: 0.5 });
      const style = {
        renderer, interactive: false, color: '#9a9a8f', weight: 0.6, fillColor: '#f3f1ea', fillOpacity: 1,
      };
      for (const c of decodeTopology(topo, 'countries')) {
        if (c.polygons.length) L.polygon(c.polygons, style).addTo(map);
      }
    } catch (err) {
      console.warn('country outlines not loaded', err);
    }
  }

  /**
   * Minimal TopoJSON decoder for Polygon/MultiPolygon collections: arcs are delta-encoded and
   * quantized by topology.transform; a negative arc index ~i means arc i reversed; consecutive
   * arcs of a ring share their joining point. Returns [{ id, name, polygons: [[ring of [lat, lon]]] }].
   */
  function decodeTopology(topo, objectName) {
    const t = topo.transform;
    const arcs = topo.arcs.map((arc) => {
      let x = 0;
      let y = 0;
      return arc.map((pos) => {
        if (t) {
          x += pos[0];
          y += pos[1];
          return [y * t.scale[1] + t.translate[1], x * t.scale[0] + t.translate[0]];
        }
        return [pos[1], pos[0]];
      });
    });
    const arcPoints = (i) => (i >= 0 ? arcs[i] : arcs[~i].slice().reverse());
    const ring = (indexes) => {
      const pts = [];
      indexes.forEach((i, k) => {
        const a = arcPoints(i);
        for (let j = k ? 1 : 0; j < a.length; j++) pts.push(a[j]);
      });
      return pts;
    };
    const polygon = (rings) => rings.map(ring);
    const obj = topo.objects[objectName];
    const geoms = obj.type === 'GeometryCollection' ? obj.geometries : [obj];
    return geoms.map((g) => ({
      id: g.id,
      name: g.properties ? g.properties.name : null,
      polygons: g.type === 'Polygon' ? [polygon(g.arcs)]
        : g.type === 'MultiPolygon' ? g.arcs.map(polygon) : [],
    }));
  }

  /**
   * Grid clustering: every event (projected once at zoom 0) is scaled to the current zoom and
   * put in the CELL x CELL screen-pixel cell it falls in; only cells in and around the view are
   * built. A cell with one event is a canvas circle; a cell with more is one count marker.
   */
  function renderMapEvents() {
    if (!map) return;
    eventsLayer.clearLayers();
    const z = map.getZoom();
    const k = Math.pow(2, z);
    const pb = map.getPixelBounds();
    const pad = CELL * 2;
    const minX = pb.min.x - pad, maxX = pb.max.x + pad, minY = pb.min.y - pad, maxY = pb.max.y + pad;
    const cells = new Map();
    for (const e of state.mapEvents) {
      const x = e._px * k;
      const y = e._py * k;
      if (x < minX || x > maxX || y < minY || y > maxY) continue;
      const key = Math.floor(x / CELL) * 16777216 + Math.floor(y / CELL);
      let c = cells.get(key);
      if (!c) { c = { items: [], sx: 0, sy: 0 }; cells.set(key, c); }
      c.items.push(e);
      c.sx += x;
      c.sy += y;
    }
    for (const c of mergeNearCells(cells)) {
      if (c.items.length === 1) eventsLayer.addLayer(eventMarker(c.items[0]));
      else eventsLayer.addLayer(clusterMarker(c, z));
    }
    const missing = state.shown.length - state.shown.filter((e) => e._hasXY).length;
    $('map-note').textContent = missing > 0 ? fmtInt(missing) + ' shown event(s) have no coordinates and are not on the map.' : '';
    drawSelection();
  }

  /**
   * Points on either side of a cell border would give two touching clusters: biggest cells first,
   * a cell whose centre lies within MERGE px of an earlier kept cell's centre joins that cell.
   */
  function mergeNearCells(cells) {
    const MERGE = CELL * 0.8;
    const list = [...cells.values()].sort((a, b) => b.items.length - a.items.length);
    const kept = [];
    for (const c of list) {
      const cx = c.sx / c.items.length;
      const cy = c.sy / c.items.length;
      let host = null;
      for (const k of kept) {
        const dx = k.cx - cx;
        const dy = k.cy - cy;
        if (dx * dx + dy * dy < MERGE * MERGE) { host = k; break; }
      }
      if (host) {
        for (const e of c.items) host.items.push(e);
        host.sx += c.sx;
        host.sy += c.sy;
      } else {
        c.cx = cx;
        c.cy = cy;
        kept.push(c);
      }
    }
    return kept;
  }

  function eventMarker(e) {
    const r = radiusOf(e.fatalities);
    const m = L.circleMarker([e._lat, e._lon], {
      renderer: eventRenderer,
      radius: r,
      color: '#222',
      weight: 0.8,
      opacity: 0.9,
      fillColor: colorOf(e.event_type),
      fillOpacity: FAINT.has(e.status) ? 0.35 : 0.85,
      dashArray: DASHED.has(e.status) ? '2 2' : null,
    });
    m.on('click', () => select(e.id, 'map'));
    m.bindTooltip(() => eventSummaryNode(e), { direction: 'top', offset: [0, -r], className: 'event-tip' });
    return m;
  }

  function eventSummaryNode(e) {
    return h('div', { className: 'tip' },
      h('strong', { text: e.event_type || 'Event' }),
      e.sub_event_type ? h('span', { text: ' · ' + e.sub_event_type }) : null,
      h('br'),
      h('span', { text: [e.event_date, e.location ? e.location.name : null].filter(Boolean).join(' · ') }),
      h('br'),
      h('span', { text: [e.actor1, e.actor2].filter(Boolean).join(' vs ') || '—' }),
      h('br'),
      h('span', { text: 'Fatalities: ' + (e.fatalities == null ? 'unknown' : fmtInt(e.fatalities)) + ' · ' + (e.status || '') }));
  }

  function clusterMarker(c, z) {
    const n = c.items.length;
    const counts = new Map();
    for (const e of c.items) counts.set(e._type, (counts.get(e._type) || 0) + 1);
    let top = OTHER;
    let topN = -1;
    for (const [t, cnt] of counts) if (cnt > topN) { top = t; topN = cnt; }
    const size = Math.round(22 + 6 * Math.log10(n));
    const inner = h('div', { className: 'cluster-inner' }, h('span', { text: fmtInt(n) }));
    inner.style.backgroundColor = TYPE_COLORS[top];
    const icon = L.divIcon({ html: inner, className: 'cluster', iconSize: [size, size] });
    const ll = map.unproject([c.sx / n, c.sy / n], z);
    const m = L.marker(ll, { icon, keyboard: true, title: n + ' events, mostly ' + top, riseOnHover: true });
    m.on('click', () => onClusterClick(c.items, ll));
    return m;
  }

  function onClusterClick(items, ll) {
    const bounds = L.latLngBounds(items.map((e) => [e._lat, e._lon]));
    const onePlace = bounds.getNorthEast().equals(bounds.getSouthWest(), 1e-7);
    const z = map.getZoom();
    if (!onePlace && z < map.getMaxZoom()) {
      const target = Math.min(map.getBoundsZoom(bounds, false, L.point(40, 40)), map.getMaxZoom());
      if (target > z) map.fitBounds(bounds, { padding: [40, 40], maxZoom: map.getMaxZoom() });
      else map.setView(bounds.getCenter(), Math.min(z + 2, map.getMaxZoom()));
      return;
    }
    // Same spot (or fully zoomed in): zooming cannot split them, so list them.
    const sorted = items.slice().sort((a, b) => (b.event_date || '').localeCompare(a.event_date || ''));
    const list = h('ul', { className: 'cluster-list' });
    for (const e of sorted.slice(0, 50)) {
      list.append(h('li', null, h('button', {
        className: 'linkish',
        dataset: { eventId: e.id },
        text: [e.event_date, e.event_type, e.actor1].filter(Boolean).join(' · '),
        on: { click: () => { map.closePopup(); select(e.id, 'map'); } },
      })));
    }
    const box = h('div', { className: 'cluster-popup' },
      h('p', null, h('strong', { text: fmtInt(items.length) + ' events' }),
        items[0].location && items[0].location.name ? ' at ' + items[0].location.name : ''),
      list,
      items.length > 50 ? h('p', { className: 'note', text: (items.length - 50) + ' more: narrow the filters or the timeline.' }) : null);
    L.popup({ maxWidth: 340, maxHeight: 260 }).setLatLng(ll).setContent(box).openOn(map);
  }

  function drawSelection() {
    if (selRing) { selRing.remove(); selRing = null; }
    const e = state.selected ? state.events.get(state.selected) : null;
    if (!e || !e._hasXY || !map) return;
    selRing = L.circleMarker([e._lat, e._lon], {
      pane: 'selectPane', interactive: false, radius: radiusOf(e.fatalities) + 5,
      color: '#111', weight: 3, fill: false, className: 'selected-ring',
    }).addTo(map);
  }

  function fitToEvents() {
    const pts = state.mapEvents.map((e) => [e._lat, e._lon]);
    if (!pts.length) { map.setView([10, 20], 2); return; }
    const b = L.latLngBounds(pts);
    if (b.getNorthEast().equals(b.getSouthWest())) map.setView(b.getCenter(), 8);
    else map.fitBounds(b, { padding: [30, 30], maxZoom: 9 });
  }

  function addFitButton() {
    const FitControl = L.Control.extend({
      options: { position: 'topleft' },
      onAdd() {
        const wrap = h('div', { className: 'leaflet-bar map-fit' });
        const btn = h('button', {
          text: 'Fit', title: 'Zoom to the shown events', attrs: { type: 'button', id: 'map-fit', 'aria-label': 'Zoom to the shown events' },
          on: { click: () => fitToEvents() },
        });
        wrap.append(btn);
        L.DomEvent.disableClickPropagation(wrap);
        return wrap;
      },
    });
    new FitControl().addTo(map);
  }

  /** The legend sits under the map (not over it), so it never hides markers. */
  function addLegend() {
    const box = $('legend');
    const list = h('ul', { className: 'legend-list' });
    for (const t of STACK) {
      const sw = h('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
      sw.style.backgroundColor = TYPE_COLORS[t];
      list.append(h('li', { dataset: { type: t } }, sw, t));
    }
    const sizes = h('li', { className: 'legend-sizes' }, h('span', { text: 'Fatalities:' }));
    for (const f of [0, 10, 50]) {
      const d = Math.round(radiusOf(f) * 2);
      const dot = h('span', { className: 'size-dot', attrs: { 'aria-hidden': 'true' } });
      dot.style.width = d + 'px';
      dot.style.height = d + 'px';
      sizes.append(dot, h('span', { className: 'size-label', text: f === 0 ? '0 or unknown' : String(f) }));
    }
    const faint = h('span', { className: 'swatch faint', attrs: { 'aria-hidden': 'true' } });
    const cluster = h('span', { className: 'legend-cluster', text: '12', attrs: { 'aria-hidden': 'true' } });
    const square = h('span', { className: 'legend-control', attrs: { 'aria-hidden': 'true' } });
    list.append(sizes,
      h('li', null, faint, 'faint: claimed, disputed, denied, unverified'),
      h('li', null, cluster, 'several events (click to zoom)'),
      h('li', { attrs: { id: 'legend-control' } }, square, 'control changed'));
    box.replaceChildren(list);
  }

  function renderControlLayer(control) {
    if (!map) return;
    controlLayer.clearLayers();
    for (const c of control) {
      const p = c.place;
      const lat = p && p.lat != null ? Number(p.lat) : NaN;
      const lon = p && p.lon != null ? Number(p.lon) : NaN;
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      const inner = h('div', { className: 'control-square' });
      const icon = L.divIcon({ html: inner, className: 'control-marker', iconSize: [16, 16] });
      const m = L.marker([lat, lon], {
        icon, pane: 'controlPane', keyboard: true,
        title: 'Control: ' + (p.name || '?') + (c.held_by ? ' — held by ' + c.held_by : ''),
      });
      m.bindPopup(() => controlNode(c, false), { maxWidth: 340 });
      controlLayer.addLayer(m);
    }
  }

  // ---------------------------------------------------------------- timeline (uPlot)

  let plot = null;
  const tl = { xs: [], raw: [] };
  let selectGuard = false;

  function timelineData() {
    let min = Infinity;
    let max = -Infinity;
    for (const e of state.base) {
      if (e._day == null) continue;
      if (e._day < min) min = e._day;
      if (e._day > max) max = e._day;
    }
    if (state.brush) { // keep the brushed days on the axis
      min = Math.min(min, state.brush.fromTs);
      max = Math.max(max, state.brush.toTs);
    }
    if (!Number.isFinite(min)) {
      const today = Math.floor(Date.now() / 1000 / DAY) * DAY;
      min = today - 7 * DAY;
      max = today;
    }
    min -= DAY;
    max += DAY;
    const n = Math.round((max - min) / DAY) + 1;
    const xs = new Array(n);
    for (let i = 0; i < n; i++) xs[i] = min + i * DAY;
    const raw = STACK.map(() => new Array(n).fill(0));
    for (const e of state.base) {
      if (e._day == null) continue;
      raw[STACK.indexOf(e._type)][Math.round((e._day - min) / DAY)]++;
    }
    // cumulative per stack level; series are drawn top level first so lower levels paint over them
    const cum = [];
    let acc = new Array(n).fill(0);
    for (let s = 0; s < STACK.length; s++) {
      acc = acc.map((v, i) => v + raw[s][i]);
      cum.push(acc);
    }
    tl.xs = xs;
    tl.raw = raw;
    return [xs, ...cum.slice().reverse()];
  }

  /** uPlot series index (1-based, top level first) -> index in STACK */
  const stackIndex = (seriesIdx) => STACK.length - seriesIdx;

  function renderTimeline() {
    const data = timelineData();
    const el = $('timeline');
    if (!plot) {
      const bars = uPlot.paths.bars({ size: [0.9, 40], align: 0 });
      const series = [{
        label: 'Day',
        value: (u, ts) => (ts == null ? '—' : isoDay(ts)),
      }];
      for (let s = 1; s <= STACK.length; s++) {
        const t = STACK[stackIndex(s)];
        series.push({
          label: t,
          stroke: TYPE_COLORS[t],
          fill: TYPE_COLORS[t],
          width: 0,
          paths: bars,
          points: { show: false },
          value: (u, v, si, idx) => (idx == null || !tl.raw[stackIndex(si)] ? '—' : String(tl.raw[stackIndex(si)][idx] || 0)),
        });
      }
      plot = new uPlot({
        width: Math.max(300, el.clientWidth),
        height: 190,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        scales: {
          x: { time: true },
          y: { range: (u, lo, hi) => [0, Math.max(4, Math.ceil((hi || 0) * 1.05))] },
        },
        axes: [
          { stroke: '#444', grid: { show: false } },
          { stroke: '#444', size: 42, values: (u, splits) => splits.map((v) => (Number.isInteger(v) ? fmtInt(v) : '')) },
        ],
        series,
        legend: { show: true, live: true },
        cursor: { drag: { x: true, y: false, setScale: false, dist: 3 }, points: { show: false } },
        select: { show: true },
        hooks: { setSelect: [onBrushSelect] },
      }, data, el);
      new ResizeObserver(() => {
        const w = Math.max(300, el.clientWidth);
        if (plot && Math.abs(plot.width - w) > 1) { plot.setSize({ width: w, height: 190 }); showBrush(); }
      }).observe(el);
      // a click (no drag) hides uPlot's selection without a hook: put the brush back
      document.addEventListener('mouseup', () => setTimeout(() => {
        if (plot && state.brush && plot.select.width < 1) showBrush();
      }, 0));
    } else {
      plot.setData(data);
    }
    showBrush();
  }

  function onBrushSelect(u) {
    if (selectGuard) return;
    const { left, width } = u.select;
    if (width < 2) { showBrush(); return; }
    const a = u.posToVal(left, 'x');
    const b = u.posToVal(left + width, 'x');
    // a day is in when its bar (day ± half a day) meets the selection
    const fromTs = Math.ceil((a - DAY / 2) / DAY) * DAY;
    const toTs = Math.floor((b + DAY / 2) / DAY) * DAY;
    if (!(fromTs <= toTs)) { showBrush(); return; }
    setBrush(fromTs, toTs);
  }

  function setBrush(fromTs, toTs) {
    state.brush = fromTs == null ? null : { fromTs, toTs, from: isoDay(fromTs), to: isoDay(toTs) };
    state.tableLimit = TABLE_CHUNK;
    showBrush();
    update({ timeline: false });
  }

  /** Shows the current brush as uPlot's selection box (snapped to whole days) and in the label. */
  function showBrush() {
    const b = state.brush;
    const label = $('brush-range');
    $('timeline-clear').disabled = !b;
    $('brush-from').value = b ? b.from : '';
    $('brush-to').value = b ? b.to : '';
    $('timeline').dataset.brush = b ? b.from + '/' + b.to : '';
    if (!b) {
      label.textContent = 'drag across the chart to pick days';
      if (plot) { selectGuard = true; plot.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false); selectGuard = false; }
      return;
    }
    const days = Math.round((b.toTs - b.fromTs) / DAY) + 1;
    label.textContent = (b.from === b.to ? b.from : b.from + ' → ' + b.to) + ' (' + days + (days === 1 ? ' day)' : ' days)');
    if (plot) {
      const l = plot.valToPos(b.fromTs - DAY / 2, 'x');
      const r = plot.valToPos(b.toTs + DAY / 2, 'x');
      const left = Math.max(0, l);
      const right = Math.min(plot.over.clientWidth, r);
      selectGuard = true;
      plot.setSelect({ left, width: Math.max(1, right - left), top: 0, height: plot.over.clientHeight }, false);
      selectGuard = false;
    }
  }

  // ---------------------------------------------------------------- table

  const SORT_KEYS = {
    date: (e) => (e.event_date || '') + (e.event_date_end || ''),
    type: (e) => ((e.event_type || '') + ' / ' + (e.sub_event_type || '')).toLowerCase(),
    actor1: (e) => (e.actor1 || '').toLowerCase(),
    actor2: (e) => (e.actor2 || '').toLowerCase(),
    place: (e) => (e.location && e.location.name ? e.location.name : '').toLowerCase(),
    country: (e) => (e.location && e.location.country ? countryName(e.location.country) : '').toLowerCase(),
    fatalities: (e) => (e.fatalities == null ? -1 : Number(e.fatalities)),
    status: (e) => e.status || '',
    sources: (e) => (Array.isArray(e.sources) ? e.sources.length : 0),
  };
  const DESC_FIRST = new Set(['date', 'fatalities', 'sources']);
  const rowsById = new Map();

  function sortedShown() {
    const key = SORT_KEYS[state.sort.key] || SORT_KEYS.date;
    const dir = state.sort.dir;
    const keyed = state.shown.map((e) => [key(e), e]);
    keyed.sort((a, b) => {
      if (a[0] < b[0]) return -dir;
      if (a[0] > b[0]) return dir;
      return a[1].id < b[1].id ? -1 : a[1].id > b[1].id ? 1 : 0;
    });
    return keyed.map((x) => x[1]);
  }

  function renderTable() {
    const rows = sortedShown();
    if (state.selected) { // make sure the selected row is rendered
      const i = rows.findIndex((e) => e.id === state.selected);
      if (i >= state.tableLimit) state.tableLimit = Math.ceil((i + 1) / TABLE_CHUNK) * TABLE_CHUNK;
    }
    const limit = Math.min(rows.length, state.tableLimit);
    const tbody = $('events-tbody');
    const frag = document.createDocumentFragment();
    rowsById.clear();
    const now = Date.now();
    for (let i = 0; i < limit; i++) {
      const tr = tableRow(rows[i], now);
      rowsById.set(rows[i].id, tr);
      frag.append(tr);
    }
    if (!rows.length) {
      frag.append(h('tr', { className: 'empty-row' }, h('td', { text: 'No events match.', attrs: { colspan: 9 } })));
    }
    tbody.replaceChildren(frag);
    $('table-info').textContent = rows.length > limit
      ? 'Showing ' + fmtInt(limit) + ' of ' + fmtInt(rows.length) + ' events'
      : fmtInt(rows.length) + ' event' + (rows.length === 1 ? '' : 's');
    const more = $('table-more');
    more.hidden = rows.length <= limit;
    more.textContent = 'Show ' + fmtInt(Math.min(TABLE_CHUNK, rows.length - limit)) + ' more';
    for (const th of document.querySelectorAll('#events-table th[data-sort]')) {
      th.setAttribute('aria-sort', th.dataset.sort === state.sort.key ? (state.sort.dir < 0 ? 'descending' : 'ascending') : 'none');
    }
  }

  function tableRow(e, now) {
    const loc = e.location || {};
    const date = e.event_date ? e.event_date + (e.event_date_end && e.event_date_end !== e.event_date ? ' – ' + e.event_date_end : '') : '—';
    const sw = h('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
    sw.style.backgroundColor = colorOf(e.event_type);
    const tr = h('tr', { dataset: { eventId: e.id }, attrs: { tabindex: '0' } },
      h('td', { className: 'c-date', text: date }),
      h('td', { className: 'c-type' }, sw, h('span', { text: e.event_type || '—' }),
        e.sub_event_type ? h('span', { className: 'sub', text: e.sub_event_type }) : null),
      h('td', { className: 'c-actor1', text: e.actor1 || '—' }),
      h('td', { className: 'c-actor2', text: e.actor2 || '—' }),
      h('td', { className: 'c-place', text: loc.name || '—' }),
      h('td', { className: 'c-country', text: loc.country || '—', title: loc.country ? countryName(loc.country) : null }),
      h('td', { className: 'c-fatalities num', text: e.fatalities == null ? '—' : fmtInt(e.fatalities) }),
      h('td', { className: 'c-status' }, h('span', { className: 'status', dataset: { status: e.status || 'unknown' }, text: e.status || '—' })),
      h('td', { className: 'c-sources num', text: Array.isArray(e.sources) ? String(e.sources.length) : '0' }));
    if (e.id === state.selected) { tr.classList.add('selected'); tr.setAttribute('aria-selected', 'true'); }
    const t = state.fresh.get(e.id);
    if (t && now - t < 8000) tr.classList.add('fresh');
    return tr;
  }

  function initTable() {
    const tbody = $('events-tbody');
    tbody.addEventListener('click', (ev) => {
      const tr = ev.target.closest('tr[data-event-id]');
      if (tr) select(tr.dataset.eventId, 'table');
    });
    tbody.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      const tr = ev.target.closest('tr[data-event-id]');
      if (tr) { ev.preventDefault(); select(tr.dataset.eventId, 'table'); }
    });
    for (const th of document.querySelectorAll('#events-table th[data-sort]')) {
      th.querySelector('button').addEventListener('click', () => {
        const key = th.dataset.sort;
        if (state.sort.key === key) state.sort.dir = -state.sort.dir;
        else state.sort = { key, dir: DESC_FIRST.has(key) ? -1 : 1 };
        renderTable();
      });
    }
    $('table-more').addEventListener('click', () => { state.tableLimit += TABLE_CHUNK; renderTable(); });
  }

  function markSelectedRow() {
    for (const tr of document.querySelectorAll('#events-tbody tr.selected')) {
      tr.classList.remove('selected');
      tr.removeAttribute('aria-selected');
    }
    const tr = state.selected ? rowsById.get(state.selected) : null;
    if (tr) { tr.classList.add('selected'); tr.setAttribute('aria-selected', 'true'); }
    return tr;
  }

  function scrollRowIntoView(tr) {
    const wrap = $('table-wrap');
    const wr = wrap.getBoundingClientRect();
    const rr = tr.getBoundingClientRect();
    if (rr.top < wr.top || rr.bottom > wr.bottom) wrap.scrollTop += rr.top - wr.top - wrap.clientHeight / 3;
  }

  // ---------------------------------------------------------------- selection and detail

  let detailSeq = 0;

  async function select(id, from) {
    state.selected = id;
    let tr = markSelectedRow();
    if (!tr && state.shown.some((e) => e.id === id)) { renderTable(); tr = markSelectedRow(); }
    if (tr && from !== 'table') scrollRowIntoView(tr);
    drawSelection();
    const e = state.events.get(id);
    if (from === 'table' && e && e._hasXY && map && !map.getBounds().contains([e._lat, e._lon])) {
      map.panTo([e._lat, e._lon]);
    }
    await loadDetail(id);
  }

  async function loadDetail(id, { keepDocument = false } = {}) {
    const seq = ++detailSeq;
    const panel = $('detail');
    panel.dataset.state = 'loading';
    panel.dataset.eventId = id;
    let d;
    try {
      d = await api('/api/events/' + enc(id));
    } catch (err) {
      if (seq !== detailSeq) return;
      panel.dataset.state = err.status === 404 ? 'removed' : 'error';
      $('detail-empty').hidden = false;
      $('detail-empty').textContent = err.status === 404
        ? 'This event is no longer in the picture (it was merged or removed).'
        : 'Could not load the event: ' + err.message;
      $('detail-body').replaceChildren();
      return;
    }
    if (seq !== detailSeq) return;
    state.detail = d;
    renderDetail(d);
    panel.dataset.state = 'ready';
    const ev = Array.isArray(d.evidence) ? d.evidence : [];
    if (!keepDocument) {
      if (ev.length) showEvidence(0, false);
      else if (Array.isArray(d.documents) && d.documents.length) showDocument(d.documents[0].id, null, null);
      else hideDocument();
    }
  }

  function field(dl, label, value) {
    if (value == null || value === '' || (Array.isArray(value) && !value.length)) return;
    dl.append(h('dt', { text: label }), value instanceof Node ? h('dd', null, value) : h('dd', { text: show(value) }));
  }

  function renderDetail(d) {
    $('detail-empty').hidden = true;
    const body = $('detail-body');
    const loc = d.location || null;
    const docsById = new Map((Array.isArray(d.documents) ? d.documents : []).map((x) => [String(x.id), x]));
    const docLabel = (id) => { const x = docsById.get(String(id)); return x && x.title ? x.title : String(id); };

    const title = h('h3', { className: 'detail-title', attrs: { id: 'detail-title' } });
    const sw = h('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
    sw.style.backgroundColor = colorOf(d.event_type);
    title.append(sw, [d.event_type, loc && loc.name, d.event_date].filter(Boolean).join(' — ') || String(d.id));

    const dl = h('dl', { className: 'fields', attrs: { id: 'detail-fields' } });
    let date = d.event_date || '—';
    if (d.event_date_end && d.event_date_end !== d.event_date) date += ' – ' + d.event_date_end;
    if (d.time_precision != null && d.time_precision !== 1) date += ' (to the ' + (TIME_PRECISION[d.time_precision] || d.time_precision) + ')';
    field(dl, 'Date', date);
    field(dl, 'Type', [d.event_type, d.sub_event_type].filter(Boolean).join(' / '));
    field(dl, 'Actor 1', d.actor1);
    field(dl, 'Actor 2', d.actor2);
    field(dl, 'Civilians targeted', d.civilian_targeting == null ? null : d.civilian_targeting ? 'yes' : 'no');
    field(dl, 'Place', loc ? placeLabel(loc) : 'unknown');
    if (loc && loc.lat != null && loc.lon != null) {
      let coords = Number(loc.lat).toFixed(4) + ', ' + Number(loc.lon).toFixed(4);
      if (loc.geo_precision != null) coords += ' (' + (GEO_PRECISION[loc.geo_precision] || 'precision ' + loc.geo_precision) + ')';
      if (loc.geonameid != null) coords += ' · GeoNames ' + loc.geonameid;
      field(dl, 'Coordinates', coords);
    }
    field(dl, 'Fatalities', d.fatalities == null ? 'unknown' : fmtInt(d.fatalities));
    const st = h('span', { className: 'status', dataset: { status: d.status || 'unknown' }, text: d.status || '—' });
    field(dl, 'Status', st);
    field(dl, 'Attributed to', d.attributed_to);
    field(dl, 'Notes', d.notes);
    field(dl, 'Merged from', d.merged);
    field(dl, 'Id', d.id);

    // tolls, side by side: one row per report
    const tolls = Array.isArray(d.tolls) ? d.tolls : [];
    const tollsBox = h('section', { className: 'sub-panel', attrs: { id: 'detail-tolls' } }, h('h4', { text: 'Tolls by report' }));
    if (tolls.length) {
      const tb = h('tbody');
      for (const t of tolls) {
        tb.append(h('tr', { dataset: { doc: t.doc } },
          h('td', { text: docLabel(t.doc) }),
          h('td', { className: 'num', text: t.fatalities == null ? '—' : fmtInt(t.fatalities) }),
          h('td', { text: show(t.attributed_to) }),
          h('td', null, h('span', { className: 'status', dataset: { status: t.status || 'unknown' }, text: t.status || '—' }))));
      }
      tollsBox.append(h('table', { className: 'mini' },
        h('thead', null, h('tr', null, h('th', { text: 'Report', attrs: { scope: 'col' } }), h('th', { text: 'Toll', className: 'num', attrs: { scope: 'col' } }),
          h('th', { text: 'Who says', attrs: { scope: 'col' } }), h('th', { text: 'Status', attrs: { scope: 'col' } }))), tb));
    } else {
      tollsBox.append(h('p', { className: 'empty', text: 'No toll reported.' }));
    }

    // sources
    const docs = Array.isArray(d.documents) ? d.documents : [];
    const srcBox = h('section', { className: 'sub-panel', attrs: { id: 'detail-sources' } }, h('h4', { text: 'Sources (' + docs.length + ')' }));
    const srcList = h('ul', { className: 'sources' });
    for (const x of docs) {
      const href = safeHref(x.source);
      const titleNode = href
        ? h('a', { text: x.title || x.source, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } })
        : h('span', { className: 'src-title', text: x.title || String(x.id) });
      const openBtn = h('button', {
        className: 'linkish small', text: 'read', title: 'Show the cleaned report text',
        attrs: { type: 'button' }, on: { click: () => { showDocument(x.id, null, null); revealDocument(); } },
      });
      const li = h('li', { dataset: { doc: x.id } }, titleNode, ' ', openBtn,
        h('div', { className: 'src-meta', text: [x.outlet, x.published].filter(Boolean).join(' · ') }));
      if (!href && x.source) li.append(h('div', { className: 'src-url', text: String(x.source) }));
      srcList.append(li);
    }
    srcBox.append(docs.length ? srcList : h('p', { className: 'empty', text: 'No sources.' }));

    // evidence
    const ev = Array.isArray(d.evidence) ? d.evidence : [];
    const evBox = h('section', { className: 'sub-panel', attrs: { id: 'detail-evidence' } }, h('h4', { text: 'Evidence' }));
    const evList = h('ol', { className: 'evidence-list' });
    ev.forEach((x, i) => {
      const meta = [docLabel(x.doc), x.attributed_to ? 'according to ' + show(x.attributed_to) : null, x.hedge ? 'hedged: ' + show(x.hedge) : null]
        .filter(Boolean).join(' · ');
      evList.append(h('li', null, h('button', {
        className: 'evidence-item', attrs: { type: 'button', 'aria-pressed': 'false' }, dataset: { index: i, doc: x.doc },
        on: { click: () => { showEvidence(i, true); } },
      }, h('q', { text: x.text || '(span ' + x.start + '–' + x.end + ')' }), h('span', { className: 'ev-meta', text: meta }))));
    });
    evBox.append(ev.length ? evList : h('p', { className: 'empty', text: 'No evidence sentences.' }));

    body.replaceChildren(title, dl, tollsBox, srcBox, evBox);
  }

  function showEvidence(i, reveal) {
    const d = state.detail;
    const x = d && Array.isArray(d.evidence) ? d.evidence[i] : null;
    if (!x) return;
    for (const b of document.querySelectorAll('#detail-evidence .evidence-item')) {
      const on = Number(b.dataset.index) === i;
      b.classList.toggle('active', on);
      b.setAttribute('aria-pressed', on ? 'true' : 'false');
    }
    showDocument(x.doc, x, reveal ? revealDocument : null);
  }

  function revealDocument() {
    const sec = $('document-section');
    const side = $('detail');
    const sr = sec.getBoundingClientRect();
    const pr = side.getBoundingClientRect();
    if (sr.top > pr.bottom - 80 || sr.top < pr.top) side.scrollTop += sr.top - pr.top - 8;
  }

  function hideDocument() {
    $('document-section').hidden = true;
    $('document').replaceChildren();
  }

  function getDocument(id) {
    const key = String(id);
    let p = state.docs.get(key);
    if (!p) {
      p = api('/api/documents/' + enc(key)).catch((err) => { state.docs.delete(key); throw err; });
      state.docs.set(key, p);
    }
    return p;
  }

  let docSeq = 0;

  /** Loads a report into #document; span ({start, end} in code points) is highlighted as mark.evidence. */
  async function showDocument(docId, span, after) {
    const seq = ++docSeq;
    const sec = $('document-section');
    const box = $('document');
    sec.hidden = false;
    box.dataset.state = 'loading';
    let doc;
    try {
      doc = await getDocument(docId);
    } catch (err) {
      if (seq !== docSeq) return;
      box.dataset.state = 'error';
      $('document-meta').replaceChildren();
      box.replaceChildren(h('p', { className: 'empty', text: 'Could not load report ' + docId + ': ' + err.message }));
      return;
    }
    if (seq !== docSeq) return;
    renderDocument(doc, span);
    box.dataset.state = 'ready';
    if (after) after();
  }

  /** Maps code-point offsets to UTF-16 indices (null when the text has no astral characters). */
  function codePointIndex(text) {
    let astral = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) { astral = true; break; }
    }
    if (!astral) return null;
    const idx = [];
    let i = 0;
    while (i < text.length) {
      idx.push(i);
      i += text.codePointAt(i) > 0xffff ? 2 : 1;
    }
    idx.push(text.length);
    return idx;
  }

  function renderDocument(doc, span) {
    const text = typeof doc.text === 'string' ? doc.text : '';
    if (doc._cp === undefined) doc._cp = codePointIndex(text);
    const cp = doc._cp;
    const cpLen = cp ? cp.length - 1 : text.length;
    const at = (o) => {
      const n = Math.max(0, Math.min(Math.floor(Number(o)) || 0, cpLen));
      return cp ? cp[n] : n;
    };

    const meta = $('document-meta');
    const href = safeHref(doc.source);
    meta.replaceChildren(
      h('strong', { className: 'doc-title', text: doc.title || String(doc.id) }),
      h('span', { text: ' ' + [doc.outlet, doc.published].filter(Boolean).join(' · ') + ' ' }),
      href ? h('a', { text: 'source', attrs: { href, target: '_blank', rel: 'noopener noreferrer' } })
        : doc.source ? h('span', { className: 'src-url', text: String(doc.source) }) : null);

    let ev = null;
    if (span && span.start != null && span.end != null) {
      const s = at(span.start);
      const e = at(span.end);
      if (e > s) ev = [s, e];
    }
    const facts = (Array.isArray(doc.facts) ? doc.facts : [])
      .filter((f) => f && f.start != null && f.end != null)
      .map((f) => ({ s: at(f.start), e: at(f.end), kind: String(f.kind || 'fact'), id: f.id }))
      .filter((f) => f.e > f.s);

    const frag = document.createDocumentFragment();
    let evMark = null;
    if (ev) {
      paintFacts(frag, text, 0, ev[0], facts);
      evMark = h('mark', { className: 'evidence', text: text.slice(ev[0], ev[1]) });
      frag.append(evMark);
      paintFacts(frag, text, ev[1], text.length, facts);
    } else {
      paintFacts(frag, text, 0, text.length, facts);
    }
    const box = $('document');
    box.replaceChildren(frag);
    box.dataset.doc = doc.id;
    if (evMark) {
      box.scrollTop = Math.max(0, evMark.offsetTop - box.clientHeight / 3);
    } else {
      box.scrollTop = 0;
    }
  }

  /** Appends text[a, b) with the facts inside it lightly marked (overlaps split into segments). */
  function paintFacts(frag, text, a, b, facts) {
    if (b <= a) return;
    const inside = facts.filter((f) => f.e > a && f.s < b);
    if (!inside.length) { frag.append(document.createTextNode(text.slice(a, b))); return; }
    const cuts = new Set([a, b]);
    for (const f of inside) { cuts.add(Math.max(a, f.s)); cuts.add(Math.min(b, f.e)); }
    const pts = [...cuts].sort((x, y) => x - y);
    for (let k = 0; k + 1 < pts.length; k++) {
      const p = pts[k];
      const q = pts[k + 1];
      const cover = inside.filter((f) => f.s <= p && f.e >= q);
      const t = text.slice(p, q);
      if (!cover.length) { frag.append(document.createTextNode(t)); continue; }
      frag.append(h('mark', {
        className: 'fact', text: t, dataset: { kind: cover[0].kind, factId: cover[0].id },
        title: cover.map((f) => f.kind + (f.id != null ? ' ' + f.id : '')).join(', '),
      }));
    }
  }

  // ---------------------------------------------------------------- tallies and control

  let sideSeq = 0;
  const loadSidePanelsSoon = debounce(loadSidePanels, 250);

  async function loadSidePanels() {
    const seq = ++sideSeq;
    const params = filterParams();
    const [t, c] = await Promise.allSettled([api('/api/tallies', params), api('/api/control', params)]);
    if (seq !== sideSeq) return;
    // on failure the last good content stays (the connection indicator tells the server is away)
    $('tallies').dataset.state = t.status === 'fulfilled' ? 'ready' : 'error';
    $('control').dataset.state = c.status === 'fulfilled' ? 'ready' : 'error';
    if (t.status === 'fulfilled') renderTallies(Array.isArray(t.value && t.value.tallies) ? t.value.tallies : []);
    else console.warn('tallies not loaded', t.reason);
    if (c.status === 'fulfilled') {
      const control = Array.isArray(c.value && c.value.control) ? c.value.control : [];
      renderControl(control);
      renderControlLayer(control);
    } else {
      console.warn('control not loaded', c.reason);
    }
  }

  // A picture of thousands of reports has hundreds of tallies with hundreds of claims: the panels show the most
  // told first, a few claims each, and the rest on demand, so the page stays quick to draw.
  const PANEL_ITEMS = 40;
  const TALLY_CLAIMS = 8;

  function moreButton(text, onClick) {
    return h('button', { className: 'linkish more', text, attrs: { type: 'button' }, on: { click: onClick } });
  }

  function renderTallies(tallies, all) {
    const box = $('tallies');
    if (!tallies.length) { box.replaceChildren(h('p', { className: 'empty', text: 'No tallies.' })); return; }
    const ranked = tallies.slice().sort((a, b) => (Array.isArray(b.claims) ? b.claims.length : 0)
      - (Array.isArray(a.claims) ? a.claims.length : 0));
    const shown = all ? ranked : ranked.slice(0, PANEL_ITEMS);
    const frag = document.createDocumentFragment();
    for (const t of shown) {
      const period = t.period_start || t.period_end
        ? (t.period_start || '…') + (t.period_end && t.period_end !== t.period_start ? ' → ' + t.period_end : '') : null;
      const head = [t.kind, t.group, t.area ? placeLabel(t.area) : null, period].filter(Boolean).join(' · ') || String(t.id);
      const claims = Array.isArray(t.claims) ? t.claims : [];
      const tb = h('tbody');
      const drawClaim = (c) => {
        const ev = Array.isArray(c.evidence) ? c.evidence.find((x) => x && x.start != null) : null;
        const docCell = h('td');
        if (c.doc != null) {
          docCell.append(h('button', {
            className: 'linkish', text: String(c.doc), title: 'Show this report',
            attrs: { type: 'button' },
            on: { click: () => { showDocument(ev && ev.doc != null ? ev.doc : c.doc, ev, revealDocument); } },
          }));
        } else docCell.textContent = '—';
        tb.append(h('tr', null,
          h('td', { className: 'num', text: show(c.count) }),
          h('td', { text: show(c.qualifier) }),
          h('td', { text: show(c.attributed_to) }),
          docCell,
          h('td', { text: show(c.date) })));
      };
      claims.slice(0, TALLY_CLAIMS).forEach(drawClaim);
      const table = h('table', { className: 'mini claims' },
        h('thead', null, h('tr', null,
          ...['Count', 'Qualifier', 'Who says', 'Report', 'Date'].map((x) => h('th', { text: x, attrs: { scope: 'col' } })))),
        tb);
      const range = h('p', { className: 'tally-range' },
        h('span', { className: 'tally-low', text: 'low ' + show(t.low) }), ' · ',
        h('span', { className: 'tally-high', text: 'high ' + show(t.high) }), ' · ',
        h('span', { className: 'tally-conservative', text: 'conservative ' + show(t.conservative) }),
        t.latest != null ? ' · ' : null,
        t.latest != null ? h('span', { className: 'tally-latest', text: 'latest ' + show(t.latest) }) : null);
      const rest = claims.length > TALLY_CLAIMS ? moreButton('all ' + claims.length + ' claims', (ev) => {
        claims.slice(TALLY_CLAIMS).forEach(drawClaim);
        ev.currentTarget.remove();
      }) : null;
      frag.append(h('article', { className: 'tally', dataset: { tallyId: t.id } },
        h('h3', { text: head }), range, claims.length ? table : h('p', { className: 'empty', text: 'No claims.' }), rest));
    }
    if (shown.length < ranked.length) {
      frag.append(moreButton('all ' + ranked.length + ' tallies', () => renderTallies(tallies, true)));
    }
    box.replaceChildren(frag);
  }

  function controlNode(c, withPlaceHeading = true) {
    const p = c.place || null;
    const node = h('article', { className: 'control-place', dataset: { place: p ? p.name || '' : '' } });
    node.append(h(withPlaceHeading ? 'h3' : 'strong', { text: placeLabel(p) }));
    node.append(h('p', { className: 'held' }, 'Held by ', h('strong', { text: c.held_by || 'unknown' }),
      c.since ? ' since ' + c.since : ''));
    const ul = h('ul', { className: 'changes' });
    for (const ch of Array.isArray(c.changes) ? c.changes : []) {
      const li = h('li', null,
        h('span', { className: 'ch-date', text: ch.date || '—' }), ' ',
        h('span', { className: 'ch-from', text: ch.from || '?' }), ' → ',
        h('span', { className: 'ch-to', text: ch.to || '?' }), ' ',
        h('span', { className: 'status', dataset: { status: ch.status || 'unknown' }, text: ch.status || '—' }));
      if (ch.event_id != null) {
        li.append(' ', h('button', {
          className: 'linkish small', text: 'event', attrs: { type: 'button' }, dataset: { eventId: ch.event_id },
          on: { click: () => { if (map) map.closePopup(); select(String(ch.event_id), 'control'); } },
        }));
      }
      ul.append(li);
    }
    node.append(ul);
    return node;
  }

  function renderControl(control, all) {
    const box = $('control');
    if (!control.length) { box.replaceChildren(h('p', { className: 'empty', text: 'No changes of control.' })); return; }
    const frag = document.createDocumentFragment();
    const shown = all ? control : control.slice(-PANEL_ITEMS); // the latest first changes last: keep the latest
    for (const c of shown) frag.append(controlNode(c));
    if (shown.length < control.length) {
      frag.append(moreButton('all ' + control.length + ' places', () => renderControl(control, true)));
    }
    box.replaceChildren(frag);
  }

  // ---------------------------------------------------------------- live stream

  const live = { es: null, hadError: false, changed: new Set(), removed: new Set(), full: false, retry: 0 };

  function setConn(s, text) {
    $('conn').dataset.state = s;
    $('conn-text').textContent = text || s;
  }

  function connect() {
    if (typeof EventSource === 'undefined') { setConn('offline', 'no live updates'); return; }
    setConn('connecting');
    const es = new EventSource('/api/stream');
    live.es = es;
    es.onopen = () => {
      live.retry = 0;
      setConn('live');
      // changes may have happened while we were not listening; a lower number means the server restarted
      loadStats().then((s) => {
        if (s && s.last_change != null && Number(s.last_change) !== state.lastSeq) {
          live.full = true;
          state.lastSeq = Number(s.last_change);
          applyChangesSoon();
        }
      });
    };
    const onMessage = (m) => {
      let d;
      try { d = JSON.parse(m.data); } catch (_) { return; }
      if (d && typeof d === 'object') onChange(d);
    };
    es.addEventListener('change', onMessage);
    es.onmessage = onMessage;
    es.onerror = () => {
      live.hadError = true;
      if (es.readyState === EventSource.CLOSED) {
        setConn('offline', 'offline, retrying');
        es.close();
        const wait = Math.min(30000, 2000 * Math.pow(2, live.retry++));
        setTimeout(() => { if (live.es === es) connect(); }, wait);
      } else {
        setConn('reconnecting');
      }
    };
  }

  function onChange(d) {
    const seq = d.seq != null ? Number(d.seq) : null;
    if (seq != null && state.lastSeq != null) {
      if (seq <= state.lastSeq) return;            // already seen
      if (seq > state.lastSeq + 1) live.full = true; // missed some
    }
    if (seq != null) state.lastSeq = seq;
    for (const id of Array.isArray(d.events) ? d.events : []) live.changed.add(String(id));
    for (const id of Array.isArray(d.removed) ? d.removed : []) live.removed.add(String(id));
    live.docsChanged = live.docsChanged || (Array.isArray(d.documents) && d.documents.length > 0);
    applyChangesSoon();
  }

  const applyChangesSoon = debounce(applyChanges, 300);

  async function applyChanges() {
    const changed = [...live.changed];
    const removed = [...live.removed];
    const full = live.full || changed.length > MAX_INCREMENTAL;
    live.changed.clear();
    live.removed.clear();
    live.full = false;
    const now = Date.now();
    try {
      if (full) {
        const before = new Set(state.events.keys());
        await loadAllEvents();
        for (const id of state.events.keys()) if (!before.has(id)) state.fresh.set(id, now);
        for (const id of changed) state.fresh.set(id, now);
      } else {
        for (const id of removed) state.events.delete(id);
        const got = await Promise.allSettled(changed.map((id) => api('/api/events/' + enc(id))));
        got.forEach((r, i) => {
          if (r.status === 'fulfilled') {
            const e = ingest(r.value);
            if (e) { state.events.set(e.id, e); state.fresh.set(e.id, now); }
          } else if (r.reason && r.reason.status === 404) {
            state.events.delete(changed[i]);
          } else {
            live.changed.add(changed[i]); // try again with the next change
          }
        });
      }
      showError(null);
    } catch (err) {
      showError('Live update failed: ' + err.message);
      live.full = true;
      return;
    }
    renderFilterOptions();
    readFilters();
    update();
    loadStats();
    if (!state.fitted && state.mapEvents.length) { state.fitted = true; fitToEvents(); }
    if (state.selected) {
      if (!state.events.has(state.selected)) {
        $('detail').dataset.state = 'removed';
        $('detail-empty').hidden = false;
        $('detail-empty').textContent = 'This event is no longer in the picture (it was merged or removed).';
      } else if (full || changed.includes(state.selected)) {
        loadDetail(state.selected, { keepDocument: true });
      }
    }
  }

  // ---------------------------------------------------------------- start

  async function start() {
    const t0 = performance.now();
    document.body.dataset.state = 'loading';
    initMap();
    initFilters();
    initTable();
    $('timeline-clear').addEventListener('click', () => setBrush(null));
    // the same day range typed in (keyboard users, and tests that do not drag)
    const onDates = () => {
      let a = dayTs($('brush-from').value);
      let b = dayTs($('brush-to').value);
      if (a == null && b == null) { setBrush(null); return; }
      if (a == null) a = tl.xs.length ? tl.xs[0] : b;
      if (b == null) b = tl.xs.length ? tl.xs[tl.xs.length - 1] : a;
      if (a > b) [a, b] = [b, a];
      setBrush(a, b);
    };
    $('brush-from').addEventListener('change', onDates);
    $('brush-to').addEventListener('change', onDates);
    const countries = loadCountries();
    try {
      const [stats] = await Promise.all([loadStats(), loadAllEvents()]);
      state.lastSeq = stats && stats.last_change != null ? Number(stats.last_change) : null;
      showError(null);
    } catch (err) {
      showError('Could not load events: ' + err.message);
    }
    const t1 = performance.now();
    renderFilterOptions();
    readFilters();
    recompute();
    if (state.mapEvents.length) { state.fitted = true; fitToEvents(); }
    update({ side: false });
    await Promise.all([countries, loadSidePanels()]);
    requestAnimationFrame(() => {
      const t2 = performance.now();
      window.sitrepTimings = { sinceNavigationMs: Math.round(t2), fetchMs: Math.round(t1 - t0), renderMs: Math.round(t2 - t1), totalMs: Math.round(t2 - t0), events: state.events.size };
      document.body.dataset.renderMs = String(Math.round(t2 - t0));
      document.body.dataset.state = 'ready';
    });
    connect();
  }

  // A read-only handle for debugging and browser tests (e.g. sitrep.map.latLngToContainerPoint).
  window.sitrep = {
    get map() { return map; },
    get state() { return state; },
    get plot() { return plot; },
    select: (id) => select(String(id), 'api'),
    /** Brushes the days from..to (YYYY-MM-DD, inclusive); no arguments clears. */
    brush: (from, to) => (from ? setBrush(dayTs(from), dayTs(to || from)) : setBrush(null)),
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
