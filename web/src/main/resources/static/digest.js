/* The leaders' dashboard, live: server-sent events bring the topics and alerts every few seconds;
   the charts repeat the figures of the tables next to them (the tables stay the accessible form). */
(function () {
  'use strict';
  var main = document.getElementById('main');
  var status = document.getElementById('live-status');
  if (!main || !window.EventSource) {
    return;
  }
  var windowName = main.getAttribute('data-window') || 'WEEK';
  var topicChart = null;

  function chart(id) {
    var el = document.getElementById(id);
    return el && window.echarts ? window.echarts.init(el) : null;
  }

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function day(iso) {
    return iso ? iso.substring(0, 10) : '';
  }

  function renderTopics(topics) {
    var body = document.getElementById('topic-rows');
    if (!body) {
      return;
    }
    var rows = [];
    topics.forEach(function (t) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-topic', t.id);
      cell(tr, String(t.rank));
      var label = cell(tr, '');
      var details = document.createElement('details');
      var summary = document.createElement('summary');
      summary.textContent = t.label;
      details.appendChild(summary);
      var list = document.createElement('ul');
      (t.representative || []).forEach(function (m) {
        var li = document.createElement('li');
        li.textContent = day(m.at) + ' ' + m.title + ' ' + (m.summary || '');
        list.appendChild(li);
      });
      details.appendChild(list);
      label.appendChild(details);
      cell(tr, String(t.heat));
      cell(tr, String(t.messages));
      cell(tr, String(t.residents));
      cell(tr, String(t.likes));
      cell(tr, (t.keywords || []).join(' '));
      cell(tr, day(t.first) + ' – ' + day(t.last));
      rows.push(tr);
    });
    body.replaceChildren.apply(body, rows);
    var none = document.getElementById('no-topics');
    if (none) {
      none.hidden = topics.length > 0;
    }
    if (!topicChart) {
      topicChart = chart('topic-chart');
    }
    if (topicChart) {
      var shown = topics.slice().reverse();
      topicChart.setOption({
        grid: { left: 180, right: 20, top: 10, bottom: 20 },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: shown.map(function (t) { return t.label; }) },
        series: [{ type: 'bar', data: shown.map(function (t) { return t.heat; }) }]
      });
    }
  }

  function renderTrends() {
    var trendChart = chart('trend-chart');
    if (!trendChart) {
      return;
    }
    fetch('/api/digest/trends?dimension=category&period=week&periods=8', { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (rows) {
        var periods = [];
        var series = {};
        rows.forEach(function (r) {
          if (periods.indexOf(r.period) < 0) {
            periods.push(r.period);
          }
          (series[r.value] = series[r.value] || {})[r.period] = r.count;
        });
        periods.sort();
        trendChart.setOption({
          tooltip: { trigger: 'axis' },
          legend: { type: 'scroll', top: 0 },
          grid: { left: 40, right: 20, top: 40, bottom: 30 },
          xAxis: { type: 'category', data: periods },
          yAxis: { type: 'value' },
          series: Object.keys(series).map(function (name) {
            return { name: name, type: 'line', data: periods.map(function (p) { return series[name][p] || 0; }) };
          })
        });
      });
  }

  var source = new EventSource('/api/digest/stream?window=' + encodeURIComponent(windowName));
  source.addEventListener('digest', function (event) {
    var data = JSON.parse(event.data);
    renderTopics(data.topics || []);
    if (status) {
      status.textContent = (status.getAttribute('data-updated') || '') + ' ' + new Date().toLocaleTimeString();
    }
  });
  source.onerror = function () {
    if (status && source.readyState === EventSource.CLOSED) {
      status.textContent = status.getAttribute('data-lost') || '';
    }
  };
  window.addEventListener('load', renderTrends);
}());
