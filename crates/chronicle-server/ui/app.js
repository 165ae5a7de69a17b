// chronicle web UI: plain JavaScript, no build step, no network beyond this server.
// Views: search, events, timeline, map, network (actors), quotes, article. The state lives in
// the URL hash (#/view?filters...), so every view can be bookmarked and shared.
"use strict";

const $ = (sel, el = document) => el.querySelector(sel);
const view = $("#view");
const tip = $("#tip");
const FILTERS = ["q", "from", "to", "country", "type", "actor", "speaker", "include_duplicates"];
const PALETTE = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#ca8a04", "#db2777",
  "#4f46e5", "#65a30d", "#0d9488", "#b45309", "#7c3aed", "#e11d48", "#475569", "#15803d"];
const KIND_COLORS = { state: "#2563eb", government: "#1d4ed8", military: "#7c2d12", police: "#9a3412", security: "#b45309",
  armed_group: "#dc2626", party: "#7c3aed", igo: "#0891b2", organization: "#0d9488", protesters: "#ea580c",
  civilians: "#16a34a", person: "#64748b", unidentified: "#94a3b8" };
// Fixed colours for PLOVER types, grouped by kind: material conflict in reds and oranges,
// protest purple, verbal conflict in ambers and greys, cooperation in greens and blues.
const TYPE_COLORS = { ASSAULT: "#dc2626", COERCE: "#f97316", MOBILIZE: "#be123c", THREATEN: "#b45309", PROTEST: "#9333ea",
  ACCUSE: "#eab308", REJECT: "#64748b", DEMAND: "#0e7490", SANCTION: "#7c3aed", RETREAT: "#a3a3a3", REQUEST: "#06b6d4",
  CONSULT: "#2563eb", AGREE: "#16a34a", COOPERATE: "#15803d", SUPPORT: "#65a30d", AID: "#0d9488", CONCEDE: "#4f46e5" };
let facets = null;
let countries = null;
const typeColor = {};

function esc(s) {
  return String(s ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}
function fmt(n) { return Number(n || 0).toLocaleString("en-US"); }
function colorOf(type) {
  if (!typeColor[type]) typeColor[type] = TYPE_COLORS[type] || PALETTE[Object.keys(typeColor).length % PALETTE.length];
  return typeColor[type];
}
function countryName(code) {
  if (!code) return "";
  const c = countries && countries.find(c => c.code === code);
  return c ? c.name : code;
}

async function api(path, params = {}) {
  const u = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") u.searchParams.set(k, v);
  const r = await fetch(u);
  const body = await r.json().catch(() => ({ error: `HTTP ${r.status}` }));
  if (!r.ok) throw new Error(body.error || `HTTP ${r.status}`);
  return body;
}

// ---- routing and filters -------------------------------------------------------------------
function route() {
  const h = location.hash.replace(/^#\/?/, "");
  const [path, qs] = h.split("?");
  const params = Object.fromEntries(new URLSearchParams(qs || ""));
  const [name, ...rest] = (path || "search").split("/");
  return { name: name || "search", arg: rest.map(decodeURIComponent).join("/"), params };
}
function go(name, params = {}, arg) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") p.set(k, v);
  const s = p.toString();
  location.hash = `#/${name}${arg ? "/" + encodeURIComponent(arg) : ""}${s ? "?" + s : ""}`;
}
function currentFilters() {
  const p = route().params;
  const f = {};
  for (const k of FILTERS) if (p[k]) f[k] = p[k];
  return f;
}
function fillForm(p) {
  for (const k of FILTERS) {
    const el = $(`#filters [name="${k}"]`);
    if (!el) continue;
    if (el.type === "checkbox") el.checked = p[k] === "true";
    else el.value = p[k] || "";
  }
}
$("#filters").addEventListener("submit", e => {
  e.preventDefault();
  const f = {};
  for (const k of FILTERS) {
    const el = $(`#filters [name="${k}"]`);
    if (el.type === "checkbox") { if (el.checked) f[k] = "true"; }
    else if (el.value.trim()) f[k] = el.value.trim();
  }
  let name = route().name;
  if (name === "doc") name = "search";
  go(name, f);
});
$("#f-reset").addEventListener("click", () => { fillForm({}); go(route().name === "doc" ? "search" : route().name, {}); });

// ---- tooltip ------------------------------------------------------------------------------
function showTip(e, html) {
  tip.innerHTML = html;
  tip.hidden = false;
  const x = Math.min(e.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
  tip.style.left = x + "px";
  tip.style.top = (e.clientY + 14) + "px";
}
function hideTip() { tip.hidden = true; }
function tipOn(el, html) {
  el.addEventListener("mousemove", e => showTip(e, html));
  el.addEventListener("mouseleave", hideTip);
}

function pager(page, params, name) {
  const from = page.total ? page.offset + 1 : 0;
  const to = page.offset + page.items.length;
  const limit = Number(params.limit || 50);
  const div = document.createElement("div");
  div.className = "pager";
  div.innerHTML = `<span class="muted">${fmt(from)}–${fmt(to)} of ${fmt(page.total)}</span>
    <button data-dir="-1" ${page.offset <= 0 ? "disabled" : ""}>‹ Prev</button>
    <button data-dir="1" ${to >= page.total ? "disabled" : ""}>Next ›</button>`;
  div.querySelectorAll("button").forEach(b => b.addEventListener("click", () => {
    const off = Math.max(0, page.offset + Number(b.dataset.dir) * limit);
    go(name, { ...params, offset: off });
  }));
  return div;
}

function snippetHtml(s) {
  return esc(s).replace(/\u0002/g, "<mark>").replace(/\u0003/g, "</mark>");
}

// ---- views ---------------------------------------------------------------------------------
async function viewSearch(params) {
  const page = await api("/api/search", { ...params, limit: 20 });
  view.innerHTML = `<div class="bar"><h1 class="grow">${params.q ? `Articles matching “${esc(params.q)}”` : "Articles"}</h1></div>`;
  const bar = view.querySelector(".bar");
  bar.appendChild(pager(page, { ...params, limit: 20 }, "search"));
  const list = document.createElement("div");
  list.className = "panel";
  list.id = "results";
  if (!page.items.length) list.innerHTML = `<div class="empty">No article matches these filters.</div>`;
  for (const h of page.items) {
    const d = document.createElement("div");
    d.className = "hit";
    d.innerHTML = `<div class="title"><a href="#/doc/${encodeURIComponent(h.id)}">${esc(h.title || h.id)}</a></div>
      <div class="meta">${esc((h.published || "").slice(0, 10))} · ${esc(h.source || "unknown source")}
        · <span class="badge">${h.n_events} events</span><span class="badge">${h.n_quotes} quotes</span>
        ${h.duplicate_of ? `<span class="badge dup" title="near duplicate of ${esc(h.duplicate_of)}">wire copy</span>` : ""}</div>
      <div class="snippet">${snippetHtml(h.snippet)}${params.q ? "" : "…"}</div>`;
    list.appendChild(d);
  }
  view.appendChild(list);
}

const EVENT_COLS = [
  ["date", "Date"], ["type", "Type"], ["actor1", "Actor 1"], ["actor2", "Actor 2"],
  ["location", "Location"], ["country", "Country"], ["fatalities", "Killed"], [null, "Evidence"]];

function actorCell(name, kind, country) {
  if (!name) return `<span class="muted">—</span>`;
  return `${esc(name)}<div class="kind">${esc([kind, country].filter(Boolean).join(" · "))}</div>`;
}

async function viewEvents(params) {
  const sort = params.sort || "date";
  const order = params.order || "desc";
  const page = await api("/api/events", { ...params, sort, order, limit: params.limit || 50 });
  view.innerHTML = `<div class="bar"><h1 class="grow">Events</h1></div>`;
  view.querySelector(".bar").appendChild(pager(page, { ...params, sort, order }, "events"));
  const t = document.createElement("table");
  t.className = "grid";
  t.id = "events-table";
  t.innerHTML = `<thead><tr>${EVENT_COLS.map(([k, label]) => k
    ? `<th class="sortable" data-k="${k}">${label} ${sort === k ? `<span class="arrow">${order === "asc" ? "▲" : "▼"}</span>` : ""}</th>`
    : `<th>${label}</th>`).join("")}</tr></thead><tbody></tbody>`;
  t.querySelectorAll("th.sortable").forEach(th => th.addEventListener("click", () => {
    const k = th.dataset.k;
    go("events", { ...params, sort: k, order: sort === k && order === "desc" ? "asc" : "desc", offset: 0 });
  }));
  const tb = t.querySelector("tbody");
  if (!page.items.length) tb.innerHTML = `<tr><td colspan="8" class="empty">No event matches these filters.</td></tr>`;
  for (const e of page.items) {
    const tr = document.createElement("tr");
    const flags = (e.hypothetical ? `<span class="badge neg">hypothetical</span>` : "") + (e.negated ? `<span class="badge neg">negated</span>` : "");
    tr.innerHTML = `<td>${esc(e.day || "")}${e.day_from === "published" ? `<div class="kind" title="no date in the text: publication day">published</div>` : ""}</td>
      <td><span class="swatch" style="background:${colorOf(e.plover_type)}"></span>${esc(e.plover_type)}
        <div class="kind">${esc([e.event_type, e.sub_event_type].filter(Boolean).join(" / "))}</div></td>
      <td>${actorCell(e.actor1, e.actor1_kind, e.actor1_country)}</td>
      <td>${actorCell(e.actor2, e.actor2_kind, e.actor2_country)}</td>
      <td>${esc(e.location || "")}${e.admin1 ? `<div class="kind">${esc(e.admin1)}</div>` : ""}</td>
      <td>${esc(countryName(e.country))}</td>
      <td class="num">${e.fatalities ?? ""}</td>
      <td class="evidence">${flags}${esc(e.evidence.length > 220 ? e.evidence.slice(0, 220) + "…" : e.evidence)}
        <div><a href="#/doc/${encodeURIComponent(e.document_id)}?event=${e.idx}" title="${esc(e.document_title || e.document_id)}">show in article ›</a> <span class="kind">${esc(e.source || "")}</span></div></td>`;
    tb.appendChild(tr);
  }
  view.appendChild(t);
}

// Timeline: stacked bars of events per day (or week, or month, for long spans) by type.
function bucketOf(day, unit) {
  if (unit === "day") return day;
  if (unit === "month") return day.slice(0, 7) + "-01";
  const d = new Date(day + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7)); // Monday of that week
  return d.toISOString().slice(0, 10);
}
async function viewTimeline(params) {
  // The bucket follows the date range asked for (else the store's): the server counts per
  // bucket, so years of data stay a few hundred points.
  const lo = params.from || (facets && facets.first_day), hi = params.to || (facets && facets.last_day);
  const range = lo && hi ? (new Date(hi + "T00:00:00Z") - new Date(lo + "T00:00:00Z")) / 86400000 + 1 : 0;
  const unit = params.unit || (range <= 120 ? "day" : range <= 900 ? "week" : "month");
  const pts = await api("/api/timeline", { ...params, unit });
  if (!pts.length) { view.innerHTML = `<h1>Events over time</h1><div class="panel empty">No dated event matches these filters.</div>`; return; }
  const last = new Date(pts[pts.length - 1].day + "T00:00:00Z");
  const buckets = [];
  for (let d = new Date(bucketOf(pts[0].day, unit) + "T00:00:00Z"); d <= last && buckets.length < 2000;) {
    buckets.push(d.toISOString().slice(0, 10));
    if (unit === "day") d.setUTCDate(d.getUTCDate() + 1);
    else if (unit === "week") d.setUTCDate(d.getUTCDate() + 7);
    else d.setUTCMonth(d.getUTCMonth() + 1);
  }
  const types = [...new Set(pts.map(p => p.type))].sort((a, b) => a.localeCompare(b));
  const byB = {};
  for (const p of pts) { const b = bucketOf(p.day, unit); (byB[b] = byB[b] || {})[p.type] = ((byB[b] || {})[p.type] || 0) + p.n; }
  const totals = buckets.map(b => Object.values(byB[b] || {}).reduce((a, c) => a + c, 0));
  const max = Math.max(1, ...totals);
  const W = 1200, H = 380, L = 44, R = 12, T = 14, B = 46;
  const bw = (W - L - R) / buckets.length;
  const y = v => T + (H - T - B) * (1 - v / max);
  let svg = `<svg id="timeline-svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="events per ${unit}">`;
  svg += `<g class="axis">`;
  const ticks = Math.min(5, max);
  for (let i = 0; i <= ticks; i++) {
    const v = Math.round(max * i / ticks);
    svg += `<line x1="${L}" x2="${W - R}" y1="${y(v)}" y2="${y(v)}" stroke-dasharray="${i ? "2 3" : ""}"></line><text x="${L - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`;
  }
  const every = Math.max(1, Math.ceil(buckets.length / 12));
  const label = b => unit === "month" ? b.slice(0, 7) : b.slice(5);
  buckets.forEach((b, i) => { if (i % every === 0) svg += `<text x="${L + i * bw + bw / 2}" y="${H - B + 16}" text-anchor="middle">${label(b)}</text>`; });
  svg += `<text x="${L}" y="${H - 8}">${buckets[0].slice(0, 4)}</text><text x="${W - R}" y="${H - 8}" text-anchor="end">${buckets[buckets.length - 1].slice(0, 4)}</text></g>`;
  buckets.forEach((b, i) => {
    let acc = 0;
    for (const t of types) {
      const n = (byB[b] || {})[t];
      if (!n) continue;
      const y0 = y(acc), y1 = y(acc + n);
      svg += `<rect class="bar-rect" data-b="${b}" data-type="${esc(t)}" data-n="${n}" x="${L + i * bw + 0.5}" y="${y1}" width="${Math.max(1, bw - 1.5)}" height="${Math.max(0.5, y0 - y1)}" fill="${colorOf(t)}"></rect>`;
      acc += n;
    }
  });
  svg += `</svg>`;
  const sums = {};
  for (const p of pts) sums[p.type] = (sums[p.type] || 0) + p.n;
  const legend = `<div class="legend">${types.map(t => `<span><span class="swatch" style="background:${colorOf(t)}"></span>${esc(t)} <span class="muted">${sums[t]}</span></span>`).join("")}</div>`;
  const units = ["day", "week", "month"].map(u => u === unit ? `<b>${u}</b>` : `<a href="#" data-unit="${u}">${u}</a>`).join(" · ");
  view.innerHTML = `<div class="bar"><h1 class="grow">Events per ${unit}, by type</h1><span class="muted">per ${units}</span></div>
    <div class="chart">${legend}${svg}</div><p class="muted">${fmt(pts.reduce((a, p) => a + p.n, 0))} events from ${pts[0].day} to ${pts[pts.length - 1].day}. Click a bar to list its events. Events without a date in the text are placed on their article's publication day.</p>`;
  view.querySelectorAll("[data-unit]").forEach(a => a.addEventListener("click", e => { e.preventDefault(); go("timeline", { ...currentFilters(), unit: a.dataset.unit }); }));
  const endOf = b => {
    if (unit === "day") return b;
    const d = new Date(b + "T00:00:00Z");
    if (unit === "week") d.setUTCDate(d.getUTCDate() + 6); else { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
    return d.toISOString().slice(0, 10);
  };
  view.querySelectorAll(".bar-rect").forEach(r => {
    tipOn(r, `<b>${unit === "day" ? r.dataset.b : `${r.dataset.b} – ${endOf(r.dataset.b)}`}</b><br>${esc(r.dataset.type)}: ${r.dataset.n} events`);
    r.addEventListener("click", () => { hideTip(); go("events", { ...currentFilters(), from: r.dataset.b, to: endOf(r.dataset.b), type: r.dataset.type }); });
  });
}

// Map: equirectangular projection, graticule, country labels from chronicle's country table.
async function viewMap(params) {
  const pts = await api("/api/map", params);
  view.innerHTML = `<div class="bar"><h1 class="grow">Where events happened</h1><label class="muted"><input type="checkbox" id="world"> whole world</label></div>`;
  const world = params.world === "1";
  $("#world").checked = world;
  $("#world").addEventListener("change", e => go("map", { ...currentFilters(), world: e.target.checked ? "1" : "" }));
  let [lo0, lo1, la0, la1] = [-180, 180, -70, 80];
  if (!world && pts.length) {
    lo0 = Math.min(...pts.map(p => p.lon)); lo1 = Math.max(...pts.map(p => p.lon));
    la0 = Math.min(...pts.map(p => p.lat)); la1 = Math.max(...pts.map(p => p.lat));
    const pad = Math.max(6, (lo1 - lo0) * 0.15, (la1 - la0) * 0.15);
    lo0 = Math.max(-180, lo0 - pad); lo1 = Math.min(180, lo1 + pad); la0 = Math.max(-85, la0 - pad); la1 = Math.min(85, la1 + pad);
    // Keep a 2:1 aspect so the projection is not stretched.
    const w = lo1 - lo0, h = la1 - la0;
    if (w < 2 * h) { const c = (lo0 + lo1) / 2; lo0 = c - h; lo1 = c + h; } else { const c = (la0 + la1) / 2; la0 = c - w / 4; la1 = c + w / 4; }
  }
  const W = 1200, H = 600;
  const X = lon => (lon - lo0) / (lo1 - lo0) * W;
  const Y = lat => (la1 - lat) / (la1 - la0) * H;
  const span = lo1 - lo0;
  const step = span > 180 ? 30 : span > 60 ? 10 : span > 20 ? 5 : 2;
  let svg = `<svg id="map-svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="map of events"><rect class="sea" width="${W}" height="${H}"></rect>`;
  // Country outlines, shaded by the number of events located in them.
  const perCountry = {};
  for (const p of pts) if (p.country) perCountry[p.country] = (perCountry[p.country] || 0) + p.n;
  const byNumeric = {};
  for (const c of countries || []) if (c.numeric != null) byNumeric[String(c.numeric).padStart(3, "0")] = c;
  const maxC = Math.max(1, ...Object.values(perCountry));
  for (const c of (typeof WORLD !== "undefined" ? WORLD : [])) {
    const info = byNumeric[c.id];
    const n = info ? perCountry[info.code] || 0 : 0;
    let d = "";
    for (const r of c.rings) {
      let inView = false;
      for (let k = 0; k < r.length; k += 2) if (r[k] >= lo0 - 10 && r[k] <= lo1 + 10 && r[k + 1] >= la0 - 10 && r[k + 1] <= la1 + 10) { inView = true; break; }
      if (!inView) continue;
      // Unwrap longitudes so a ring that crosses the antimeridian runs off the edge instead of
      // drawing a line across the whole map.
      let prev = null;
      for (let k = 0; k < r.length; k += 2) {
        let lon = r[k];
        if (prev !== null) { while (lon - prev > 180) lon -= 360; while (prev - lon > 180) lon += 360; }
        prev = lon;
        d += (k ? "L" : "M") + X(lon).toFixed(1) + "," + Y(r[k + 1]).toFixed(1);
      }
      d += "Z";
    }
    if (!d) continue;
    const fill = n ? `style="fill:rgba(220,38,38,${(0.10 + 0.35 * n / maxC).toFixed(2)})"` : "";
    svg += `<path class="land${n ? " has-events" : ""}" ${fill} d="${d}"><title>${esc(info ? info.name : c.name)}${n ? `: ${n} events` : ""}</title></path>`;
  }
  for (let lon = Math.ceil(lo0 / step) * step; lon <= lo1; lon += step)
    svg += `<line class="graticule" x1="${X(lon)}" x2="${X(lon)}" y1="0" y2="${H}"></line><text class="graticule-label" x="${X(lon) + 2}" y="${H - 4}">${lon}°</text>`;
  for (let lat = Math.ceil(la0 / step) * step; lat <= la1; lat += step)
    svg += `<line class="graticule" x1="0" x2="${W}" y1="${Y(lat)}" y2="${Y(lat)}"></line><text class="graticule-label" x="2" y="${Y(lat) - 2}">${lat}°</text>`;
  // Country names: those with events first (busiest first), then the others when zoomed in;
  // a name is skipped when it would overlap one already placed.
  const placed = [];
  const cands = (countries || []).filter(c => c.lon >= lo0 && c.lon <= lo1 && c.lat >= la0 && c.lat <= la1 && (perCountry[c.code] || span <= 120))
    .sort((a, b) => (perCountry[b.code] || 0) - (perCountry[a.code] || 0));
  for (const c of cands) {
    const strong = !!perCountry[c.code];
    const w = c.name.length * (strong ? 6.6 : 5.6), h = 12;
    const x = X(c.lon) - w / 2, yTop = Y(c.lat) - 12 - h;
    if (placed.some(b => x < b[0] + b[2] && b[0] < x + w && yTop < b[1] + b[3] && b[1] < yTop + h)) continue;
    placed.push([x, yTop, w, h]);
    svg += `<text class="country-label${strong ? " strong" : ""}" x="${X(c.lon)}" y="${Y(c.lat) - 14}" text-anchor="middle">${esc(c.name)}</text>`;
  }
  const maxN = Math.max(1, ...pts.map(p => p.n));
  pts.slice().sort((a, b) => b.n - a.n).forEach((p, i) => {
    const main = p.types.split(",")[0];
    const r = 4 + 14 * Math.sqrt(p.n / maxN);
    svg += `<circle class="pt" data-i="${i}" cx="${X(p.lon)}" cy="${Y(p.lat)}" r="${r}" fill="${colorOf(main)}"></circle>`;
  });
  svg += `</svg>`;
  const sorted = pts.slice().sort((a, b) => b.n - a.n);
  view.innerHTML += `<div class="chart">${svg}</div>
    <p class="muted">Offline map (equirectangular, ${step}° graticule): Natural Earth 1:110m outlines (public domain, via the world-atlas package), no map tiles. Countries are shaded by events located in them; circle area ∝ events at a place, colour = its most frequent type. Click a place to list its events.</p>`;
  if (!pts.length) view.innerHTML += `<div class="panel empty">No geolocated event matches these filters.</div>`;
  view.querySelectorAll(".pt").forEach(c => {
    const p = sorted[Number(c.dataset.i)];
    tipOn(c, `<b>${esc(p.location || "?")}</b> ${esc(countryName(p.country))}<br>${p.n} events${p.fatalities ? `, ${p.fatalities} killed` : ""}<br>${esc(p.types.split(",").join(", "))}`);
    c.addEventListener("click", () => { hideTip(); go("events", { ...currentFilters(), country: p.country || "" }); });
  });
  // Re-bind clicks after innerHTML += (which recreated the nodes above).
  $("#world").checked = world;
  $("#world").addEventListener("change", e => go("map", { ...currentFilters(), world: e.target.checked ? "1" : "" }));
}

// Actor network: force-directed layout computed here, drawn as SVG.
async function viewNetwork(params) {
  const limit = Number(params.edges || 60);
  const net = await api("/api/network", { ...params, limit });
  const choose = [30, 60, 120, 250].map(n => n === limit ? `<b>${n}</b>` : `<a href="#" data-edges="${n}">${n}</a>`).join(" · ");
  view.innerHTML = `<div class="bar"><h1 class="grow">Who acts on whom</h1><span class="muted">strongest ${choose} links</span></div>`;
  view.querySelectorAll("[data-edges]").forEach(a => a.addEventListener("click", e => { e.preventDefault(); go("network", { ...currentFilters(), edges: a.dataset.edges }); }));
  if (!net.edges.length) { view.innerHTML += `<div class="panel empty">No event with two actors matches these filters.</div>`; return; }
  const W = 1200, H = 760;
  const nodes = net.nodes.map((n, i) => ({ ...n, x: W / 2 + 300 * Math.cos(i * 2.4), y: H / 2 + 220 * Math.sin(i * 2.4), vx: 0, vy: 0 }));
  const idx = Object.fromEntries(nodes.map((n, i) => [n.name, i]));
  const edges = net.edges.map(e => ({ ...e, s: idx[e.source], t: idx[e.target] }));
  const maxE = Math.max(...edges.map(e => e.n));
  const maxN = Math.max(...nodes.map(n => n.n));
  // Simple force simulation: repulsion between all nodes, springs on edges, pull to centre.
  for (let it = 0; it < 400; it++) {
    const alpha = 1 - it / 400;
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i], b = nodes[j];
      let dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
      const f = 3200 / d2;
      const d = Math.sqrt(d2);
      dx /= d; dy /= d;
      a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
    }
    for (const e of edges) {
      const a = nodes[e.s], b = nodes[e.t];
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      const f = (d - 140) * 0.02;
      a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
    }
    for (const n of nodes) {
      n.vx += (W / 2 - n.x) * 0.004; n.vy += (H / 2 - n.y) * 0.006;
      n.x += Math.max(-20, Math.min(20, n.vx * alpha)); n.y += Math.max(-20, Math.min(20, n.vy * alpha));
      n.vx *= 0.6; n.vy *= 0.6;
      n.x = Math.max(60, Math.min(W - 60, n.x)); n.y = Math.max(24, Math.min(H - 24, n.y));
    }
  }
  const rad = n => 5 + 13 * Math.sqrt(n.n / maxN);
  let svg = `<svg id="network-svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="actor network">
    <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#98a2b3"></path></marker></defs>`;
  edges.forEach((e, i) => {
    const a = nodes[e.s], b = nodes[e.t];
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    const r = rad(b) + 2;
    // A slight curve keeps A→B and B→A apart.
    const mx = (a.x + b.x) / 2 - dy / d * 18, my = (a.y + b.y) / 2 + dx / d * 18;
    const ex = b.x - (b.x - mx) / Math.hypot(b.x - mx, b.y - my) * r, ey = b.y - (b.y - my) / Math.hypot(b.x - mx, b.y - my) * r;
    svg += `<path class="edge" data-i="${i}" d="M${a.x},${a.y} Q${mx},${my} ${ex},${ey}" stroke-width="${1 + 5 * e.n / maxE}" marker-end="url(#arrow)"></path>`;
  });
  // Label the busiest actors; the others show their name on hover.
  const labelled = new Set(nodes.map((n, i) => [n.n, i]).sort((a, b) => b[0] - a[0]).slice(0, 45).map(x => x[1]));
  nodes.forEach((n, i) => {
    svg += `<g class="node" data-i="${i}"><circle cx="${n.x}" cy="${n.y}" r="${rad(n)}" fill="${KIND_COLORS[n.kind] || "#64748b"}"></circle>
      ${labelled.has(i) ? `<text x="${n.x + rad(n) + 3}" y="${n.y + 4}">${esc(n.name)}</text>` : ""}</g>`;
  });
  svg += `</svg>`;
  const kinds = [...new Set(nodes.map(n => n.kind || "unknown"))];
  view.innerHTML += `<div class="legend">${kinds.map(k => `<span><span class="swatch" style="background:${KIND_COLORS[k] || "#64748b"}"></span>${esc(k.replace("_", " "))}</span>`).join("")}</div>
    <div class="chart">${svg}</div><p class="muted">Arrows go from the acting actor to the target; width ∝ number of events. Click an actor to list its events.</p>`;
  view.querySelectorAll(".edge").forEach(p => {
    const e = edges[Number(p.dataset.i)];
    tipOn(p, `<b>${esc(e.source)}</b> → <b>${esc(e.target)}</b><br>${e.n} events: ${esc(e.types.split(",").join(", "))}`);
  });
  view.querySelectorAll(".node").forEach(g => {
    const n = nodes[Number(g.dataset.i)];
    tipOn(g, `<b>${esc(n.name)}</b><br>${esc([n.kind, n.country].filter(Boolean).join(" · "))}<br>${n.n} events shown`);
    g.addEventListener("click", () => { hideTip(); go("events", { ...currentFilters(), actor: n.name }); });
  });
}

async function viewQuotes(params) {
  const [speakers, page] = await Promise.all([api("/api/speakers", { limit: 300 }), api("/api/quotes", { ...params, limit: 30 })]);
  view.innerHTML = `<div class="bar"><h1 class="grow">${params.speaker ? `Quotes by ${esc(params.speaker)}` : "Quotes"}</h1></div>
    <div class="split"><div class="panel speakers"><input id="sp-filter" placeholder="Filter speakers"><div id="sp-list"></div></div><div id="quotes"></div></div>`;
  view.querySelector(".bar").appendChild(pager(page, { ...params, limit: 30 }, "quotes"));
  const list = $("#sp-list");
  const draw = filter => {
    list.innerHTML = `<a href="#/quotes" class="${params.speaker ? "" : "active"}"><span>All speakers</span></a>` +
      speakers.filter(s => !filter || s.name.toLowerCase().includes(filter)).map(s =>
        `<a href="#" data-s="${esc(s.name)}" class="${params.speaker === s.name ? "active" : ""}"><span>${esc(s.name)}</span><span class="muted">${s.n}</span></a>`).join("");
    list.querySelectorAll("a[data-s]").forEach(a => a.addEventListener("click", e => {
      e.preventDefault();
      go("quotes", { ...currentFilters(), speaker: a.dataset.s, offset: 0 });
    }));
  };
  draw("");
  $("#sp-filter").addEventListener("input", e => draw(e.target.value.toLowerCase()));
  const box = $("#quotes");
  if (!page.items.length) box.innerHTML = `<div class="panel empty">No quote matches these filters.</div>`;
  for (const q of page.items) {
    const d = document.createElement("div");
    d.className = "quote";
    const who = q.speaker ? `<b>${esc(q.speaker)}</b>${q.speaker_text && q.speaker_text !== q.speaker ? ` <span class="muted">(“${esc(q.speaker_text)}”)</span>` : ""}` : `<span class="muted">unknown speaker</span>`;
    d.innerHTML = `<div class="text">${q.kind === "direct" ? "“" : ""}${esc(q.text)}${q.kind === "direct" ? "”" : ""}</div>
      <div class="meta">— ${who}${q.cue ? `, ${esc(q.cue)}` : ""}${q.channel ? ` · via ${esc(q.channel)}` : ""}${q.addressee ? ` · to ${esc(q.addressee)}` : ""}
        · <span class="badge">${esc(q.kind)}</span> ${esc(q.day || "")} · <a href="#/doc/${encodeURIComponent(q.document_id)}?quote=${q.idx}">${esc(q.document_title || q.document_id)} ›</a></div>`;
    box.appendChild(d);
  }
}

// ---- article view: every layer highlighted over the text -----------------------------------
async function viewDoc(id, params) {
  const stored = await api(`/api/documents/${encodeURIComponent(id)}`);
  const doc = stored.document;
  const chars = Array.from(doc.text); // offsets are in Unicode characters
  const marks = []; // {start, end, cls, title, attrs}
  (doc.entities || []).forEach((e, i) => marks.push({ start: e.start, end: e.end, cls: `e-${e.label}`, title: `${e.label}${e.kind ? " · " + e.kind : ""}: ${e.canonical || e.text}${e.kb_id ? " [" + e.kb_id + "]" : ""}`, attr: `data-ent="${i}"` }));
  (doc.quotes || []).forEach((q, i) => marks.push({ start: q.start, end: q.end, cls: "q", title: `quote (${q.kind}) by ${q.speaker ? (q.speaker.canonical || q.speaker.text) : "?"}`, attr: `data-quote="${i}"` }));
  (doc.times || []).forEach(t => marks.push({ start: t.start, end: t.end, cls: "t", title: `time: ${t.value} (${t.type})` }));
  (doc.places || []).forEach(p => marks.push({ start: p.start, end: p.end, cls: "p", title: `place: ${p.name}, ${countryName(p.country)} (${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}) ${p.id}` }));
  (doc.events || []).forEach((e, i) => {
    if (e.evidence) marks.push({ start: e.evidence.start, end: e.evidence.end, cls: "ev", title: `event ${i + 1}: ${e.type}`, attr: `data-ev="${i}"`, ev: i });
    if (e.trigger) marks.push({ start: e.trigger.start, end: e.trigger.end, cls: "trg", title: `trigger of ${e.type}` });
  });
  const cuts = new Set([0, chars.length]);
  for (const m of marks) { cuts.add(Math.max(0, Math.min(chars.length, m.start))); cuts.add(Math.max(0, Math.min(chars.length, m.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const evStarts = {};
  (doc.events || []).forEach((e, i) => { if (e.evidence) (evStarts[e.evidence.start] = evStarts[e.evidence.start] || []).push(i); });
  let html = "";
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    for (const i of evStarts[a] || []) html += `<span class="evmark" data-evmark="${i}" title="${esc(doc.events[i].type)}">${i + 1}</span>`;
    const on = marks.filter(m => m.start <= a && m.end >= b && m.start < m.end);
    const seg = esc(chars.slice(a, b).join(""));
    if (!on.length) { html += seg; continue; }
    const cls = [...new Set(on.map(m => m.cls))].join(" ");
    const data = on.filter(m => m.attr).map(m => m.attr).join(" ");
    const evs = on.filter(m => m.ev !== undefined).map(m => m.ev).join(" ");
    html += `<span class="${cls}" ${data} ${evs ? `data-evs="${evs}"` : ""} title="${esc(on.map(m => m.title).join("\n"))}">${seg}</span>`;
  }
  const pub = doc.published ? `${esc(doc.published)}${doc.published_source ? ` <span class="muted">(${esc(doc.published_source)})</span>` : ""}` : "date unknown";
  const dup = stored.duplicate_of ? `<div class="panel" style="margin-bottom:12px">Near duplicate (${Math.round(stored.duplicate_of[1] * 100)}% similar) of <a href="#/doc/${encodeURIComponent(stored.duplicate_of[0])}">${esc(stored.duplicate_of[0])}</a> — its events are counted once, under the original.</div>` : "";
  const copies = stored.copies.length ? `<div class="panel" style="margin-bottom:12px">Republished as ${stored.copies.map(c => `<a href="#/doc/${encodeURIComponent(c[0])}">${esc(c[0])}</a> (${Math.round(c[1] * 100)}%)`).join(", ")}.</div>` : "";
  const evItems = (doc.events || []).map((e, i) => {
    const a1 = e.actor1 ? (e.actor1.canonical || e.actor1.name) : "—";
    const a2 = e.actor2 ? (e.actor2.canonical || e.actor2.name) : "—";
    return `<li class="clickable" data-goto-ev="${i}"><span class="evmark">${i + 1}</span><span class="swatch" style="background:${colorOf(e.type)}"></span><b>${esc(e.type)}</b>
      ${e.acled_event_type ? `<span class="kind">${esc(e.acled_event_type)}${e.acled_sub_event_type ? " / " + esc(e.acled_sub_event_type) : ""}</span>` : ""}
      <div>${esc(a1)} → ${esc(a2)}</div>
      <div class="kind">${esc([e.location && e.location.name, e.date, e.fatalities != null ? e.fatalities + " killed" : null, e.injured != null ? e.injured + " injured" : null].filter(Boolean).join(" · "))}
      ${e.negated ? '<span class="badge neg">negated</span>' : ""}${e.hypothetical ? '<span class="badge neg">hypothetical</span>' : ""}</div></li>`;
  }).join("");
  const qItems = (doc.quotes || []).map((q, i) => `<li class="clickable" data-goto-q="${i}"><b>${esc(q.speaker ? (q.speaker.canonical || q.speaker.text) : "unknown")}</b>
      <span class="kind">${esc(q.kind)}${q.cue ? " · " + esc(q.cue.text) : ""}</span><div>${esc(q.text.length > 140 ? q.text.slice(0, 140) + "…" : q.text)}</div></li>`).join("");
  const entNames = {};
  (doc.entities || []).forEach(e => { const k = `${e.label}\u0000${e.canonical || e.text}`; entNames[k] = (entNames[k] || 0) + 1; });
  const entItems = Object.entries(entNames).sort((a, b) => b[1] - a[1]).map(([k, n]) => {
    const [label, name] = k.split("\u0000");
    return `<li><span class="e-${label}" style="padding:0 3px">${esc(label)}</span> ${esc(name)}${n > 1 ? ` <span class="muted">×${n}</span>` : ""}</li>`;
  }).join("");
  const timeItems = (doc.times || []).map(t => `<li><span class="t">${esc(t.text)}</span> → <b>${esc(t.value)}</b> <span class="kind">${esc(t.type)}</span></li>`).join("");
  const placeItems = (doc.places || []).map(p => `<li><span class="p">${esc(p.text)}</span> → ${esc(p.name)}, ${esc(countryName(p.country))} <span class="kind">${esc(p.kind)}</span></li>`).join("");
  view.innerHTML = `<h1>${esc(doc.title || doc.id)}</h1>
    <div class="docmeta">${pub} · ${esc(doc.source || "unknown source")}${doc.url ? ` · <a href="${esc(doc.url)}" rel="noreferrer noopener" target="_blank">original</a>` : ""} · id ${esc(doc.id)}</div>
    ${dup}${copies}
    <div class="toggles" id="toggles">
      <label><input type="checkbox" data-hide="ents" checked><span class="e-PER">&nbsp;PER&nbsp;</span><span class="e-ORG">&nbsp;ORG&nbsp;</span><span class="e-LOC">&nbsp;LOC&nbsp;</span><span class="e-MISC">&nbsp;MISC&nbsp;</span> entities</label>
      <label><input type="checkbox" data-hide="quotes" checked><span class="q">quotes</span></label>
      <label><input type="checkbox" data-hide="times" checked><span class="t">times</span></label>
      <label><input type="checkbox" data-hide="places" checked><span class="p">places</span></label>
      <label><input type="checkbox" data-hide="events" checked><span class="ev">event evidence</span> &amp; <span class="trg">triggers</span></label>
    </div>
    <div class="doc"><div class="text" id="doc-text">${html}</div>
    <aside>
      <div class="panel"><h2>Events (${(doc.events || []).length})</h2><ul id="doc-events">${evItems || '<li class="muted">none found</li>'}</ul></div>
      <div class="panel"><h2>Quotes (${(doc.quotes || []).length})</h2><ul id="doc-quotes">${qItems || '<li class="muted">none found</li>'}</ul></div>
      <div class="panel"><h2>Entities (${(doc.entities || []).length})</h2><ul>${entItems || '<li class="muted">none found</li>'}</ul></div>
      <div class="panel"><h2>Times (${(doc.times || []).length})</h2><ul>${timeItems || '<li class="muted">none found</li>'}</ul></div>
      <div class="panel"><h2>Places (${(doc.places || []).length})</h2><ul>${placeItems || '<li class="muted">none found</li>'}</ul></div>
    </aside></div>`;
  const text = $("#doc-text");
  view.querySelectorAll("#toggles input").forEach(cb => cb.addEventListener("change", () => text.classList.toggle("hide-" + cb.dataset.hide, !cb.checked)));
  const focus = (els) => {
    view.querySelectorAll(".active").forEach(x => x.classList.remove("active"));
    els.forEach(x => { x.classList.add("active"); x.classList.remove("flash"); void x.offsetWidth; x.classList.add("flash"); });
    if (els[0]) els[0].scrollIntoView({ behavior: "smooth", block: "center" });
  };
  const focusEvent = i => focus([...text.querySelectorAll("[data-evs]")].filter(x => x.dataset.evs.split(" ").includes(String(i))));
  const focusQuote = i => focus([...text.querySelectorAll("[data-quote]")].filter(x => x.getAttribute("data-quote") === String(i)));
  view.querySelectorAll("[data-goto-ev]").forEach(li => li.addEventListener("click", () => focusEvent(li.dataset.gotoEv)));
  view.querySelectorAll("[data-goto-q]").forEach(li => li.addEventListener("click", () => focusQuote(li.dataset.gotoQ)));
  text.querySelectorAll("[data-evmark]").forEach(m => m.addEventListener("click", () => focusEvent(m.dataset.evmark)));
  if (params.event !== undefined) setTimeout(() => focusEvent(params.event), 50);
  if (params.quote !== undefined) setTimeout(() => focusQuote(params.quote), 50);
}

// ---- boot ----------------------------------------------------------------------------------
async function loadFacets() {
  try {
    [facets, countries] = await Promise.all([api("/api/stats"), api("/api/countries")]);
  } catch (e) {
    view.innerHTML = `<div class="error">Cannot reach the chronicle API: ${esc(e.message)}</div>`;
    return;
  }
  const c = facets.counts;
  $("#stats").textContent = `${fmt(c.documents)} articles · ${fmt(c.events)} events · ${fmt(c.quotes)} quotes`;
  facets.types.forEach(t => colorOf(t.name));
  $("#f-country").innerHTML = `<option value="">All countries</option>` + facets.countries.map(x => `<option value="${esc(x.name)}">${esc(countryName(x.name))} (${x.n})</option>`).join("");
  $("#f-type").innerHTML = `<option value="">All event types</option><optgroup label="PLOVER">` +
    facets.types.map(x => `<option value="${esc(x.name)}">${esc(x.name)} (${x.n})</option>`).join("") + `</optgroup>` +
    (facets.acled_types.length ? `<optgroup label="ACLED">` + facets.acled_types.map(x => `<option value="${esc(x.name)}">${esc(x.name)} (${x.n})</option>`).join("") + `</optgroup>` : "");
  $("#actors-list").innerHTML = facets.actors.map(a => `<option value="${esc(a.name)}">`).join("");
  $("#speakers-list").innerHTML = facets.speakers.map(a => `<option value="${esc(a.name)}">`).join("");
  if (facets.first_day) { $("#f-from").min = $("#f-to").min = facets.first_day; $("#f-from").max = $("#f-to").max = facets.last_day; }
}

async function render() {
  const r = route();
  fillForm(r.params);
  document.querySelectorAll("#nav a").forEach(a => a.classList.toggle("active", a.dataset.view === r.name));
  hideTip();
  view.innerHTML = `<div class="empty">Loading…</div>`;
  const views = { search: viewSearch, events: viewEvents, timeline: viewTimeline, map: viewMap, network: viewNetwork, quotes: viewQuotes };
  try {
    if (r.name === "doc") await viewDoc(r.arg, r.params);
    else if (views[r.name]) await views[r.name](r.params);
    else view.innerHTML = `<div class="empty">Unknown view “${esc(r.name)}”.</div>`;
    document.body.dataset.ready = r.name;
  } catch (e) {
    view.innerHTML = `<div class="error">${esc(e.message)}</div>`;
    document.body.dataset.ready = "error";
  }
}

window.addEventListener("hashchange", render);
loadFacets().then(render);
