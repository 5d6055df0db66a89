/* eventwire dashboard: charts (vendored Chart.js) and evidence click-through. No inline script:
   chart data comes from <script type="application/json"> blocks rendered by the server. */
(function () {
  "use strict";
  var KINDS = ["quote", "event", "entity", "count", "date", "cue", "contra"];
  var QUAD_COLORS = { 1: "#4e9a06", 2: "#1f5fbf", 3: "#e69500", 4: "#c0392b", null: "#999999" };

  function jsonBlock(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function timelineChart() {
    var data = jsonBlock("timeline-data");
    var canvas = document.getElementById("timeline-chart");
    if (!data || !canvas || !window.Chart) return;
    var dates = Array.from(new Set(data.rows.map(function (r) { return r.date; }))).sort();
    var quads = Array.from(new Set(data.rows.map(function (r) { return r.quad_class; })));
    quads.sort(function (a, b) { return (a === null) - (b === null) || a - b; });
    var datasets = quads.map(function (q) {
      var byDate = {};
      data.rows.forEach(function (r) { if (r.quad_class === q) byDate[r.date] = r.events; });
      return { label: q === null ? "unmapped" : q + " " + data.quads[q], backgroundColor: QUAD_COLORS[q],
               data: dates.map(function (d) { return byDate[d] || 0; }) };
    });
    new Chart(canvas, { type: "bar", data: { labels: dates, datasets: datasets },
      options: { maintainAspectRatio: false, animation: false, scales: { x: { stacked: true },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: "events" } } },
        onClick: function (evt, elements) {  /* a bar opens the events of that day and QuadClass */
          if (!elements.length) return;
          var q = quads[elements[0].datasetIndex], d = dates[elements[0].index];
          location.href = "/events?date_from=" + d + "&date_to=" + d + (q === null ? "" : "&quad=" + q);
        } } });
  }

  /* All days from the first to the last date (so the x axis is true to time), when that is
     at most ten years of days and every date is an ISO day; otherwise the dates as given. */
  function everyDay(dates) {
    var iso = /^\d{4}-\d{2}-\d{2}$/;
    if (dates.length < 2 || !dates.every(function (d) { return iso.test(d); })) return dates;
    var day = new Date(dates[0] + "T00:00:00Z"), last = new Date(dates[dates.length - 1] + "T00:00:00Z");
    if ((last - day) / 86400000 > 3660) return dates;
    var out = [];
    for (; day <= last; day.setUTCDate(day.getUTCDate() + 1)) out.push(day.toISOString().slice(0, 10));
    return out;
  }

  function dyadChart() {
    var data = jsonBlock("dyad-data");
    var canvas = document.getElementById("dyad-chart");
    if (!data || !canvas || !window.Chart) return;
    var dates = everyDay(Array.from(new Set(data.series.concat(data.reverse).map(function (r) { return r.date; }))).sort());
    function series(rows) {
      var byDate = {};
      rows.forEach(function (r) { byDate[r.date] = r.escalation; });
      return dates.map(function (d) { return d in byDate ? byDate[d] : null; });
    }
    var chart = new Chart(canvas, { type: "line", data: { labels: dates, datasets: [
        { label: data.actor + " → " + data.recipient, data: series(data.series), borderColor: "#c0392b",
          backgroundColor: "#c0392b", pointRadius: 5, pointHoverRadius: 8, spanGaps: true },
        { label: data.recipient + " → " + data.actor, data: series(data.reverse), borderColor: "#1f5fbf",
          backgroundColor: "#1f5fbf", pointRadius: 5, pointHoverRadius: 8, spanGaps: true }] },
      options: { maintainAspectRatio: false, animation: false,
        /* a click anywhere in a day's column picks that day: points are small targets */
        interaction: { mode: "index", intersect: false },
        scales: { y: { title: { display: true, text: "escalation (sum of scores)" } } },
        onClick: function (evt, elements) {
          if (elements.length) pickDay(dates[elements[0].index]);
        } } });
    canvas.dataset.points = String(chart.data.datasets.reduce(function (n, ds) {
      return n + ds.data.filter(function (v) { return v !== null; }).length; }, 0));
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

  document.addEventListener("DOMContentLoaded", function () {
    timelineChart();
    dyadChart();
    dyadControls();
    toggles();
    focusRecord();
    window.addEventListener("hashchange", focusRecord);
  });
})();
