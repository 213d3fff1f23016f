// Bar charts of the published index: each <canvas data-chart-url="…"> fetches its labels and values as JSON.
(function () {
  'use strict';
  function draw(canvas) {
    fetch(canvas.dataset.chartUrl, { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        canvas.parentElement.style.height = Math.max(160, data.labels.length * 28 + 60) + 'px';
        // global Chart from /webjars/chart.js/dist/chart.umd.js
        new Chart(canvas, {
          type: 'bar',
          data: {
            labels: data.labels,
            datasets: [{ label: canvas.dataset.chartLabel, data: data.values, backgroundColor: '#0d6efd' }]
          },
          options: {
            // numbers as the page writes them (60,5 in Vietnamese); drawn at once, no animation
            locale: document.documentElement.lang || 'vi',
            animation: false,
            indexAxis: 'y',
            maintainAspectRatio: false,
            scales: { x: { min: 0, max: 100 } },
            plugins: { legend: { display: false } }
          }
        });
      });
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas[data-chart-url]').forEach(draw);
  });
})();
