/* eventwire dashboard: charts (vendored Chart.js), map (vendored Leaflet), sortable tables and evidence
   click-through. No inline script:
   chart data comes from <script type="application/json"> blocks rendered by the server. */
(function () {
  "use strict";
  var KINDS = ["quote", "event", "entity", "count", "date", "cue", "contra"];
  var QUAD_COLORS = { 1: "#4e9a06", 2: "#1f5fbf", 3: "#e69500", 4: "#c0392b", null: "#999999" };

  function jsonBlock(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  /* Calendar axis without a date adapter: x is the day number (days since 1970-01-01, UTC), so
     every day has its own place and gaps between dates are true to time; ticks print ISO dates. */
  var DAY = 86400000;
  function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / DAY); }
  function isoDay(n) { return new Date(n * DAY).toISOString().slice(0, 10); }
  function calendarAxis(first, last) {
    var step = Math.max(1, Math.ceil((last - first + 1) / 10)), days = [];
    for (var d = first; d <= last; d += step) days.push({ value: d });
    return { type: "linear", min: first - 0.5, max: last + 0.5, offset: false,
      afterBuildTicks: function (axis) { axis.ticks = days.slice(); },  /* one tick per day (or per step) */
      ticks: { autoSkip: false, maxRotation: 0, callback: function (v) { return isoDay(v); } },
      grid: { offset: false } };
  }
  function zeroLine(ctx) { return ctx.tick && ctx.tick.value === 0 ? "#222222" : "rgba(0,0,0,0.08)"; }

  function timelineChart() {
    var data = jsonBlock("timeline-data");
    var canvas = document.getElementById("timeline-chart");
    if (!data || !canvas || !window.Chart || !data.rows.length) return;
    var days = data.rows.map(function (r) { return dayNumber(r.date); });
    var quads = Array.from(new Set(data.rows.filter(function (r) { return r.happened; })
      .map(function (r) { return r.quad_class; })));
    quads.sort(function (a, b) { return (a === null) - (b === null) || a - b; });
    function points(keep) {
      var byDay = {};
      data.rows.forEach(function (r) { if (keep(r)) byDay[r.date] = (byDay[r.date] || 0) + r.events; });
      return Object.keys(byDay).sort().map(function (d) { return { x: dayNumber(d), y: byDay[d], date: d }; });
    }
    var datasets = quads.map(function (q) {
      return { label: q === null ? "unmapped" : q + " " + data.quads[q], backgroundColor: QUAD_COLORS[q], quad: q,
               data: points(function (r) { return r.happened && r.quad_class === q; }) };
    });
    datasets.push({ label: "did not or not yet happen", backgroundColor: "rgba(120,120,120,0.45)", quad: "unreal",
                    hidden: true, data: points(function (r) { return !r.happened; }) });
    var chart = new Chart(canvas, { type: "bar", data: { datasets: datasets },
      options: { maintainAspectRatio: false, animation: false, parsing: false,
        scales: { x: Object.assign(calendarAxis(Math.min.apply(null, days), Math.max.apply(null, days)), { stacked: true }),
                  y: { stacked: true, beginAtZero: true, title: { display: true, text: "events" },
                       ticks: { precision: 0 }, grid: { color: zeroLine } } },
        plugins: { tooltip: { callbacks: { title: function (items) { return items.length ? isoDay(items[0].raw.x) : ""; } } } },
        onClick: function (evt, elements) {  /* a bar opens the events of that day and QuadClass */
          if (!elements.length) return;
          var ds = datasets[elements[0].datasetIndex], d = ds.data[elements[0].index].date;
          var facts = ds.quad === "unreal" ? "&factuality=all" : "";
          location.href = "/events?date_from=" + d + "&date_to=" + d + facts +
            (ds.quad === null || ds.quad === "unreal" ? "" : "&quad=" + ds.quad);
        } } });
    var box = document.getElementById("show-unreal");
    if (box) box.addEventListener("change", function () {
      chart.setDatasetVisibility(datasets.length - 1, box.checked);
      chart.update();
    });
  }

  function dyadChart() {
    var data = jsonBlock("dyad-data");
    var canvas = document.getElementById("dyad-chart");
    if (!data || !canvas || !window.Chart) return;
    var all = data.series.concat(data.reverse).map(function (r) { return dayNumber(r.date); });
    if (!all.length) return;
    var first = Math.min.apply(null, all), last = Math.max.apply(null, all);
    /* every day of the range, null where there is no event: lines stop at empty days */
    function series(rows) {
      var byDay = {};
      rows.forEach(function (r) { byDay[dayNumber(r.date)] = r.escalation; });
      var out = [];
      for (var d = first; d <= last; d++) out.push({ x: d, y: d in byDay ? byDay[d] : null });
      return out;
    }
    var chart = new Chart(canvas, { type: "line", data: { datasets: [
        { label: data.actor + " → " + data.recipient, data: series(data.series), borderColor: "#c0392b",
          backgroundColor: "#c0392b", pointRadius: 5, pointHoverRadius: 8, spanGaps: false },
        { label: data.recipient + " → " + data.actor, data: series(data.reverse), borderColor: "#1f5fbf",
          backgroundColor: "#1f5fbf", pointRadius: 5, pointHoverRadius: 8, spanGaps: false }] },
      options: { maintainAspectRatio: false, animation: false, parsing: false,
        /* a click anywhere in a day's column picks that day: points are small targets */
        interaction: { mode: "nearest", axis: "x", intersect: false },
        scales: { x: calendarAxis(first, last),
                  y: { suggestedMin: 0, suggestedMax: 0, title: { display: true, text: "escalation (sum of scores)" },
                       grid: { color: zeroLine, lineWidth: function (ctx) { return ctx.tick && ctx.tick.value === 0 ? 2 : 1; } } } },
        plugins: { tooltip: { callbacks: { title: function (items) { return items.length ? isoDay(items[0].raw.x) : ""; } } } },
        onClick: function (evt, elements) {
          if (elements.length) pickDay(isoDay(chart.data.datasets[elements[0].datasetIndex].data[elements[0].index].x));
        } } });
    canvas.dataset.points = String(chart.data.datasets.reduce(function (n, ds) {
      return n + ds.data.filter(function (p) { return p.y !== null; }).length; }, 0));
  }

  function pickDay(date) {
    var rows = document.querySelectorAll("#dyad-events tr.event, #dyad-reverse-events tr.event");
    rows.forEach(function (tr) {
      var on = date === null || tr.dataset.date === date;
      tr.classList.toggle("dimmed", !on);
      tr.classList.toggle("picked", on && date !== null);
    });
    var label = document.getElementById("selected-day");
    var all = document.getElementById("show-all");
    if (label) label.textContent = date === null ? "" : "on " + date;
    if (all) all.hidden = date === null;
    var heading = document.getElementById("events-heading");
    if (heading && date !== null) heading.scrollIntoView({ block: "start" });
  }

  function dyadControls() {
    document.querySelectorAll("a.day-link").forEach(function (a) {
      a.addEventListener("click", function (e) { e.preventDefault(); pickDay(a.dataset.date); });
    });
    var all = document.getElementById("show-all");
    if (all) all.addEventListener("click", function () { pickDay(null); });
  }

  function focusRecord() {
    var text = document.getElementById("article-text");
    if (!text) return;
    text.querySelectorAll(".ann.focus").forEach(function (el) { el.classList.remove("focus"); });
    var hash = decodeURIComponent(location.hash || "");
    if (hash.indexOf("#r-") !== 0) return;
    var rid = CSS.escape(hash.slice(3));
    var selector = KINDS.map(function (k) { return ".ann[data-" + k + '~="' + rid + '"]'; }).join(",");
    var hits = text.querySelectorAll(selector);
    hits.forEach(function (el) { el.classList.add("focus"); });
    if (hits.length) hits[0].scrollIntoView({ block: "center" });
  }

  function toggles() {
    var text = document.getElementById("article-text");
    document.querySelectorAll("input.toggle").forEach(function (box) {
      box.addEventListener("change", function () { text.classList.toggle("hide-" + box.value, !box.checked); });
    });
  }

  /* Map: vendored Leaflet over the vendored Natural Earth boundaries; no tiles, no remote request. */
  function eventMap() {
    var data = jsonBlock("map-data");
    var el = document.getElementById("map");
    if (!data || !el || !window.L) return;
    var map = L.map(el, { attributionControl: false, worldCopyJump: true, minZoom: 1, maxZoom: 10 });
    map.setView([25, 20], 2);
    fetch(data.boundaries).then(function (r) { return r.json(); }).then(function (geo) {
      L.geoJSON(geo, { interactive: false, style: { color: "#9aa3b2", weight: 0.7, fillColor: "#f3f1ea", fillOpacity: 1 } })
        .addTo(map).bringToBack();
      el.dataset.boundaries = String(geo.features.length);
    });
    var top = data.places.reduce(function (m, p) { return Math.max(m, p.events); }, 1);
    var markers = data.places.map(function (p) {
      var m = L.circleMarker([p.lat, p.lon], { radius: 5 + 20 * Math.sqrt(p.events / top), weight: 1, color: "#222",
        fillColor: QUAD_COLORS[p.quad_class === undefined ? null : p.quad_class], fillOpacity: 0.75,
        className: "place-marker" });
      m.bindTooltip(p.place + ": " + p.events + " event(s)");
      m.on("click", function () { showPlace(p, data.query); });
      m.addTo(map);
      var path = m.getElement();
      if (path) { path.dataset.place = p.place; path.dataset.events = String(p.events); }
      return m;
    });
    /* No animation: the first view is where the events are, and markers do not move under a click. */
    if (markers.length) map.fitBounds(L.featureGroup(markers).getBounds().pad(0.6), { maxZoom: 6, animate: false });
    el.dataset.markers = String(markers.length);
  }

  function showPlace(p, query) {
    var panel = document.getElementById("place-panel");
    var url = "/map/place?lat=" + encodeURIComponent(p.lat) + "&lon=" + encodeURIComponent(p.lon) + (query ? "&" + query : "");
    delete panel.dataset.error;
    fetch(url).then(function (r) {
      if (!r.ok) throw new Error("the server answered " + r.status);
      return r.text();
    }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, "text/html");  /* server-escaped fragment */
      panel.replaceChildren.apply(panel, Array.from(doc.body.childNodes));
      panel.dataset.place = p.place;
      sortable(panel);
    }).catch(function (err) {  /* say so in the panel rather than leave the last place's events up */
      var msg = document.createElement("p");
      msg.className = "error";
      msg.textContent = "Could not load the events of " + p.place + ": " + err.message;
      panel.replaceChildren(msg);
      panel.dataset.error = err.message;
    });
  }

  /* Click a column heading (th[data-sort]) to sort the table by it; again to reverse. */
  function sortable(root) {
    (root || document).querySelectorAll("table.sortable").forEach(function (table) {
      table.querySelectorAll("th[data-sort]").forEach(function (th, col) {
        if (th.dataset.bound) return;
        th.dataset.bound = "1";
        th.tabIndex = 0;
        th.addEventListener("click", function () {
          var index = Array.prototype.indexOf.call(th.parentNode.children, th);
          var dir = th.dataset.dir === "asc" ? -1 : 1;
          table.querySelectorAll("th[data-sort]").forEach(function (o) { delete o.dataset.dir; });
          th.dataset.dir = dir === 1 ? "asc" : "desc";
          var body = table.tBodies[0];
          var rows = Array.from(body.rows).filter(function (r) { return r.cells.length > index; });
          var num = th.dataset.sort === "num";
          rows.sort(function (a, b) {
            var x = a.cells[index].textContent.trim(), y = b.cells[index].textContent.trim();
            if (num) {
              var fx = x === "" ? -Infinity : parseFloat(x), fy = y === "" ? -Infinity : parseFloat(y);
              return (fx - fy) * dir;
            }
            return x.localeCompare(y) * dir;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    eventMap();
    sortable();
    timelineChart();
    dyadChart();
    dyadControls();
    toggles();
    focusRecord();
    window.addEventListener("hashchange", focusRecord);
  });
})();
