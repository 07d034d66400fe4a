// Live interview stream: resumes from the last post shown, reconnects with back-off.
(function () {
  'use strict';
  var stream = document.getElementById('stream');
  if (!stream || !window.WebSocket || !window.JSON) { return; }
  var id = stream.getAttribute('data-interview');
  var last = Number(stream.getAttribute('data-last')) || 0;
  var staff = stream.getAttribute('data-staff') === '1';
  var reloadOnQueue = stream.getAttribute('data-reload') === '1';
  var count = document.getElementById('viewer-count');
  var state = document.getElementById('stream-state');
  var delay = 1000;
  // The page carries the words in its language (from the message bundles).
  var labels = {};
  var words = document.getElementById('stream-labels');
  if (words) {
    Array.prototype.forEach.call(words.querySelectorAll('li[data-key]'), function (li) {
      labels[li.getAttribute('data-key')] = li.textContent;
    });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function render(f) {
    var li = el('li', 'post kind-' + f.kind.toLowerCase());
    li.id = 'p-' + f.seq;
    li.setAttribute('data-seq', f.seq);
    var head = el('p', 'post-head');
    head.appendChild(el('span', 'post-kind', labels[f.kind] || f.kind));
    head.appendChild(document.createTextNode(' '));
    head.appendChild(el('strong', 'post-author', f.author));
    if (f.authorTitle && f.kind !== 'HOST') { head.appendChild(document.createTextNode(' ')); head.appendChild(el('span', 'muted', f.authorTitle)); }
    if (f.answerTo) {
      var a = el('a', 'muted', labels.answers + f.answerTo);
      a.href = '#p-' + f.answerTo;
      head.appendChild(document.createTextNode(' '));
      head.appendChild(a);
    }
    li.appendChild(head);
    li.appendChild(el('p', 'message', f.body));
    var image = f.imageUrl || '';
    if (image.indexOf('https://') === 0 || image.indexOf('/static/') === 0 || image.indexOf('/api/interviews/images/') === 0) {
      var img = el('img', 'post-image');
      img.src = image;
      img.alt = f.imageAlt || '';
      li.appendChild(img);
    }
    stream.appendChild(li);
    var empty = document.getElementById('stream-empty');
    if (empty) { empty.parentNode.removeChild(empty); }
  }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var path = (staff ? '/ws/staff/interviews/' : '/ws/interviews/') + encodeURIComponent(id);
    var ws = new WebSocket(scheme + location.host + path + '?since=' + last);
    ws.onopen = function () { delay = 1000; if (state && labels.live) { state.textContent = labels.live; } };
    ws.onmessage = function (e) {
      var f;
      try { f = JSON.parse(e.data); } catch (x) { return; }
      if (f.type === 'post' && f.seq > last) {
        last = f.seq;
        render(f);
      } else if (f.type === 'viewers' && count) {
        count.textContent = f.count;
      } else if (f.type === 'queue' && reloadOnQueue) {
        var busy = document.activeElement && /TEXTAREA|INPUT|SELECT/.test(document.activeElement.tagName);
        if (!busy) { location.reload(); }
      }
    };
    ws.onclose = function (e) {
      if (e.code === 1008 || e.code === 1003) { return; }
      if (state && labels.lost) { state.textContent = labels.lost; }
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 15000);
    };
  }
  connect();
}());
