// Charts of the years pages, drawn from their tables (no inline script: CSP): each <canvas data-years-chart
// data-table="id"> takes the years from the table's th[data-year] and a dataset from each tr[data-series], its values
// from the td[data-value] cells (an empty value is a gap).
(function () {
  'use strict';
  var COLOURS = ['#0d6efd', '#198754', '#ffc107', '#dc3545', '#6f42c1', '#20c997', '#fd7e14', '#6c757d', '#0dcaf0'];
  function draw(canvas) {
    var table = document.getElementById(canvas.dataset.table);
    if (!table) {
      return;
    }
    var labels = Array.prototype.map.call(table.querySelectorAll('th[data-year]'), function (th) {
      return th.textContent.trim();
    });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tr[data-series]'));
    var stacked = canvas.dataset.stacked === 'true';
    var datasets = rows.map(function (row, i) {
      var colour = COLOURS[i % COLOURS.length];
      return {
        label: row.dataset.series,
        data: Array.prototype.map.call(row.querySelectorAll('td[data-value]'), function (td) {
          return td.dataset.value === '' ? null : Number(td.dataset.value);
        }),
        backgroundColor: colour,
        borderColor: colour,
        spanGaps: true
      };
    });
    var y = { beginAtZero: true, stacked: stacked };
    if (canvas.dataset.max) {
      y.max = Number(canvas.dataset.max);
    }
    if (stacked) {
      y.ticks = { precision: 0 };
    }
    // global Chart from /webjars/chart.js/dist/chart.umd.js
    new Chart(canvas, {
      type: canvas.dataset.type || 'line',
      data: { labels: labels, datasets: datasets },
      options: {
        locale: document.documentElement.lang || 'vi',
        animation: false,
        maintainAspectRatio: false,
        scales: { x: { stacked: stacked }, y: y }
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas[data-years-chart]').forEach(draw);
  });
})();
