// The call-taker's page: suggestions while typing. Without this script the "suggest" button posts
// the form and the page shows the same suggestions.
(function () {
  'use strict';
  var form = document.getElementById('form-call');
  var box = document.getElementById('hotline-suggestions');
  if (!form || !box || !window.fetch) {
    return;
  }
  var title = document.getElementById('f-title');
  var body = document.getElementById('f-body');
  var answer = document.getElementById('f-answer');
  var onTheSpot = document.getElementById('f-onTheSpot');
  var english = box.getAttribute('data-english') === 'true';
  var timer = null;
  var asked = '';

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    if (cls) {
      e.className = cls;
    }
    return e;
  }

  function radio(value, label, checked) {
    var l = el('label');
    var input = document.createElement('input');
    input.type = 'radio';
    input.name = 'mergeWith';
    input.value = value;
    input.checked = checked;
    l.appendChild(input);
    l.appendChild(document.createTextNode(' ' + label));
    return l;
  }

  function show(s) {
    var heading = document.getElementById('hotline-suggestions-h');
    while (box.lastChild && box.lastChild !== heading) {
      box.removeChild(box.lastChild);
    }
    var category = el('p', null, null);
    category.id = 'suggested-category';
    category.appendChild(document.createTextNode(box.getAttribute('data-category') + '：'));
    category.appendChild(el('strong', s.category || '—'));
    box.appendChild(category);

    var merge = el('fieldset', null, 'field');
    merge.id = 'f-mergeWith';
    merge.appendChild(el('legend', box.getAttribute('data-duplicates')));
    if (s.duplicates.length === 0) {
      merge.appendChild(el('p', box.getAttribute('data-no-duplicates'), 'muted small'));
    } else {
      merge.appendChild(radio('', box.getAttribute('data-no-merge'), true));
      s.duplicates.forEach(function (d) {
        merge.appendChild(radio(d.trackingNumber, d.trackingNumber + ' ' + d.title + '（'
            + (english ? d.statusEn : d.statusZh) + '）', false));
      });
    }
    box.appendChild(merge);

    var faq = el('div', null, 'field');
    faq.id = 'faq-answers';
    faq.appendChild(el('h3', box.getAttribute('data-faq'), 'small'));
    if (s.answers.length === 0) {
      faq.appendChild(el('p', box.getAttribute('data-no-faq'), 'muted small'));
    } else {
      var list = el('dl');
      s.answers.forEach(function (f) {
        list.appendChild(el('dt', f.question));
        var dd = el('dd', f.answer, 'message');
        var use = el('button', box.getAttribute('data-use-answer'), 'button small');
        use.type = 'button';
        use.addEventListener('click', function () {
          answer.value = f.answer;
          onTheSpot.checked = true;
          answer.focus();
        });
        dd.appendChild(document.createTextNode(' '));
        dd.appendChild(use);
        list.appendChild(dd);
      });
      faq.appendChild(list);
    }
    box.appendChild(faq);
  }

  function ask() {
    var text = (title.value + '\n' + body.value).trim();
    if (text.length < 4 || text === asked) {
      return;
    }
    asked = text;
    fetch('/api/staff/hotline/suggestions', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: JSON.stringify({title: title.value, body: body.value})
    }).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (s) {
      if (s) {
        show(s);
      }
    }).catch(function () {
      // The suggest button still works.
    });
  }

  function later() {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(ask, 700);
  }

  title.addEventListener('input', later);
  body.addEventListener('input', later);
})();
