// Done and open tasks per milestone, read from the rows of the dashboard's progress table (no inline script: CSP).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('dashboard-chart');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-chart-row]'));
    var labels = rows.map(function (r) { return r.dataset.label; });
    var done = rows.map(function (r) { return Number(r.dataset.done); });
    var open = rows.map(function (r) { return Number(r.dataset.total) - Number(r.dataset.done); });
    // global Chart from /webjars/chart.js/dist/chart.umd.js
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [
          { label: canvas.dataset.doneLabel, data: done, backgroundColor: '#198754' },
          { label: canvas.dataset.openLabel, data: open, backgroundColor: '#adb5bd' }
        ]
      },
      options: {
        maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  });
})();
