// Draws each poll question's bar chart from its data-chart attribute; the table beside it holds the same figures.
(function () {
  'use strict';
  function draw(el) {
    var data;
    try {
      data = JSON.parse(el.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    if (!window.echarts || !data || !data.labels) {
      return;
    }
    el.classList.add('drawn');
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: data.labels, inverse: true, axisLabel: { width: 160, overflow: 'truncate' } },
      series: [{ type: 'bar', data: data.values, itemStyle: { color: '#0b4f8a' }, label: { show: true, position: 'right' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('.poll-chart[data-chart]'), draw);
  });
})();
