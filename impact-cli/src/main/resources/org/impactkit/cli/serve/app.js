// impact serve: the page's behaviour. Plain JavaScript, no build step, no library: files are chosen or
// dropped, sent to this computer's impact, and the answer is shown. Text from files and replies is only
// ever set as text (textContent), never as HTML.
'use strict';
(function () {
  // The token comes in the address the first time; keep it for the requests, and take it out of the
  // address bar so it is not shown or shared (a cookie lets a reload in).
  var token = new URLSearchParams(location.search).get('token');
  if (token) {
    history.replaceState(null, '', location.pathname);
  }
  var auth = token ? { 'X-Impact-Token': token } : {};
  var info = { limitBytes: 200 * 1024 * 1024, limit: '200 MB', banks: [], formats: ['xlsx', 'json', 'md', 'csv'] };
  var chosen = [];
  var FORMATS = {
    xlsx: 'Workbook for the funder (.xlsx)',
    html: 'One-page report (.html)',
    md: 'Summary to paste (.md)',
    csv: 'Tables (CSV, .zip)',
    json: 'Figures as data (.json)'
  };
  var FIELDS = ['period', 'bank', 'priceYear'];

  function $(id) { return document.getElementById(id); }

  // Builds an element: el('p', {className: 'x'}, 'text', child, ...).
  function el(tag, props) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k.indexOf('aria-') === 0 || k === 'role' || k === 'scope') { node.setAttribute(k, props[k]); }
      else { node[k] = props[k]; }
    });
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) { continue; }
      node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return node;
  }

  function size(bytes) {
    return bytes >= 1024 * 1024 ? (bytes / 1024 / 1024).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' kB';
  }

  function sentence(text) {
    return text ? text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.') : '';
  }

  // ---- Choosing files ----

  function add(files) {
    Array.prototype.forEach.call(files, function (f) {
      chosen = chosen.filter(function (c) { return c.name.toLowerCase() !== f.name.toLowerCase(); });
      chosen.push(f);
    });
    showChosen();
  }

  function total() {
    return chosen.reduce(function (sum, f) { return sum + f.size; }, 0);
  }

  function showChosen() {
    var list = $('chosen');
    list.textContent = '';
    chosen.forEach(function (f, i) {
      var remove = el('button', { type: 'button', className: 'remove', 'aria-label': 'Remove ' + f.name }, 'Remove');
      remove.addEventListener('click', function () {
        chosen.splice(i, 1);
        showChosen();
        $('files').focus();
      });
      list.appendChild(el('li', {}, el('span', { className: 'name' }, f.name), el('span', { className: 'size' }, size(f.size)),
        remove));
    });
    $('chosen-box').hidden = chosen.length === 0;
    $('status').textContent = chosen.length === 0 ? '' : chosen.length + (chosen.length === 1 ? ' file' : ' files')
      + ' chosen (' + size(total()) + ').';
    showBanks();
  }

  // The bundled banks, and any bank file among the chosen files.
  function showBanks() {
    var select = $('bank');
    var keep = select.value;
    while (select.options.length > 1) { select.remove(1); }
    info.banks.forEach(function (b) { select.appendChild(el('option', { value: b.id }, b.name + ' (' + b.id + ')')); });
    chosen.filter(function (f) { return /\.json$/i.test(f.name); }).forEach(function (f) {
      select.appendChild(el('option', { value: f.name }, 'Bank file ' + f.name));
    });
    select.value = Array.prototype.some.call(select.options, function (o) { return o.value === keep; }) ? keep : '';
  }

  $('files').addEventListener('change', function (e) {
    add(e.target.files);
    e.target.value = '';
  });
  var drop = $('drop');
  ['dragenter', 'dragover'].forEach(function (type) {
    drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    drop.addEventListener(type, function () { drop.classList.remove('over'); });
  });
  // A file dropped anywhere on the page is taken, never opened by the browser in place of the page.
  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) { add(e.dataTransfer.files); }
  });

  // ---- Sending ----

  function form() {
    var data = new FormData();
    chosen.forEach(function (f) { data.append('files', f, f.name); });
    FIELDS.forEach(function (name) {
      if ($(name).value.trim()) { data.append(name, $(name).value.trim()); }
    });
    if ($('allowEmpty').checked) { data.append('allowEmpty', 'true'); }
    return data;
  }

  function ready() {
    clearFieldErrors();
    if (chosen.length === 0) {
      $('status').textContent = 'Choose the evaluation\u2019s files first.';
      $('files').focus();
      return false;
    }
    if (total() > info.limitBytes) {
      $('status').textContent = 'The files come to ' + size(total()) + ', over the ' + info.limit + ' limit.';
      return false;
    }
    return true;
  }

  function post(path) {
    return fetch(path, { method: 'POST', body: form(), headers: auth, credentials: 'same-origin' });
  }

  function failed(response) {
    if (response.status === 403) {
      // A new start of impact serve has a new token: this page is from an earlier one.
      showProblems({ error: 'this page belongs to an earlier start of impact serve; open the address it printed'
        + ' this time', diagnostics: [], checks: [] }, 403);
      return Promise.resolve();
    }
    return response.json().catch(function () {
      return { error: 'impact answered ' + response.status + ' ' + response.statusText, diagnostics: [], checks: [] };
    }).then(function (body) { showProblems(body, response.status); });
  }

  function unreachable() {
    $('status').textContent = '';
    showProblems({ error: 'the page could not reach impact on this computer. Is it still running? Start it'
      + ' again with impact serve', diagnostics: [], checks: [] }, 0);
  }

  $('form').addEventListener('submit', function (e) {
    e.preventDefault();
    if (!ready()) { return; }
    var button = $('calculate');
    button.disabled = true;
    $('status').textContent = 'Calculating\u2026';
    // unreachable() handles the request failing only: a fault in showing the answer is not a lost server.
    post('api/calculate').then(function (response) {
      $('status').textContent = '';
      if (!response.ok) { return failed(response); }
      return response.json().then(showResult);
    }, unreachable).finally(function () { button.disabled = false; });
  });

  function download(format, button) {
    if (!ready()) { return; }
    button.disabled = true;
    var label = button.textContent;
    button.textContent = 'Preparing\u2026';
    post('api/report?format=' + encodeURIComponent(format)).then(function (response) {
      if (!response.ok) { return failed(response); }
      var disposition = response.headers.get('Content-Disposition') || '';
      var match = /filename="([^"]+)"/.exec(disposition);
      return response.blob().then(function (blob) {
        var a = el('a', { href: URL.createObjectURL(blob), download: match ? match[1] : 'impact-report.' + format });
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 60000);
        $('status').textContent = 'Downloaded ' + a.download + '.';
      });
    }, unreachable).finally(function () {
      button.disabled = false;
      button.textContent = label;
    });
  }

  // ---- Showing answers ----

  function clearFieldErrors() {
    FIELDS.forEach(function (name) {
      $(name).removeAttribute('aria-invalid');
      $(name + '-error').hidden = true;
      $(name + '-error').textContent = '';
    });
  }

  function openResults(heading) {
    var results = $('results');
    $('results-heading').textContent = heading;
    ['problems', 'report', 'downloads'].forEach(function (id) { $(id).textContent = ''; });
    results.hidden = false;
    return results;
  }

  function where(d) {
    return d.file ? el('span', { className: 'where' }, d.file + (d.line > 0 ? ':' + d.line : '')
      + (d.column ? ':' + d.column : '') + ': ') : null;
  }

  function checkItem(c) {
    return el('li', {}, el('strong', {}, c.title + ': '), c.message,
      c.advice ? el('span', { className: 'advice' }, c.advice) : null);
  }

  function showProblems(body, status) {
    var results = openResults(status === 413 ? 'Too large' : 'Nothing was calculated');
    var box = el('div', { className: 'notice error', role: 'alert' }, el('h3', {}, sentence(body.error)));
    var diagnostics = body.diagnostics || [];
    if (diagnostics.length) {
      var list = el('ul', {});
      diagnostics.forEach(function (d) {
        if (d.field && $(d.field)) {
          $(d.field).setAttribute('aria-invalid', 'true');
          $(d.field + '-error').textContent = d.message;
          $(d.field + '-error').hidden = false;
          list.appendChild(el('li', {}, el('a', { href: '#' + d.field }, d.message)));
          return;
        }
        list.appendChild(el('li', {}, where(d), d.message, d.advice ? el('span', { className: 'advice' }, d.advice) : null));
      });
      if (body.moreErrors) { list.appendChild(el('li', {}, '\u2026 and ' + body.moreErrors + ' more problems not shown')); }
      box.appendChild(list);
    }
    var checks = body.checks || [];
    if (checks.length) {
      box.appendChild(el('h3', {}, 'Checks that did not pass'));
      var cl = el('ul', {});
      checks.forEach(function (c) { cl.appendChild(checkItem(c)); });
      box.appendChild(cl);
    }
    box.appendChild(el('p', {}, 'Fix the files, then drop them here again.'));
    $('problems').appendChild(box);
    results.focus();
  }

  function money(amount, currency) {
    try {
      return new Intl.NumberFormat('en-GB', { style: 'currency', currency: currency || 'GBP' }).format(amount);
    } catch (e) {
      return (currency || '') + ' ' + Number(amount).toFixed(2);
    }
  }

  function count(n) { return new Intl.NumberFormat('en-GB').format(n); }

  function table(caption, headings, rows) {
    var head = el('tr', {});
    headings.forEach(function (h, i) { head.appendChild(el('th', { scope: 'col', className: i ? 'num' : '' }, h)); });
    var body = el('tbody', {});
    rows.forEach(function (r) {
      var tr = el('tr', {});
      r.forEach(function (cell, i) { tr.appendChild(i ? el('td', { className: 'num' }, cell) : el('th', { scope: 'row' }, cell)); });
      body.appendChild(tr);
    });
    // The heading above names the table for the eye; the caption names it for a screen reader.
    return el('div', { className: 'scroll' }, el('table', {}, el('caption', { className: 'visually-hidden' }, caption),
      el('thead', {}, head), body));
  }

  function figure(label, value, id, main, note) {
    return el('div', { className: 'figure' + (main ? ' main' : '') }, el('dt', {}, label),
      el('dd', id ? { id: id } : {}, value), note ? el('dd', { className: 'note' }, note) : null);
  }

  function showResult(r) {
    var results = openResults('Results');
    var cur = r.bank && r.bank.currency;
    var warnings = (r.checks || []).filter(function (c) { return c.status !== 'pass'; });
    if (warnings.length) {
      var list = el('ul', {});
      warnings.forEach(function (c) {
        list.appendChild(checkItem({ title: (info.checkTitles || {})[c.id] || c.id, message: c.message, advice: null }));
      });
      $('problems').appendChild(el('div', { className: 'notice warn' },
        el('h3', {}, warnings.length === 1 ? '1 thing worth checking before you send it' : warnings.length
          + ' things worth checking before you send it'), list));
    } else {
      $('problems').appendChild(el('div', { className: 'notice ok' }, el('h3', {}, 'All ' + (r.checks || []).length
        + ' checks passed')));
    }

    var t = r.totals;
    var ev = r.evaluation || {};
    var report = $('report');
    report.className = 'report';
    report.appendChild(el('p', { className: 'title' }, ev.title || ev.name || 'Social value'));
    var period = ev.period ? ev.period.start + ' to ' + ev.period.end : null;
    report.appendChild(el('p', { className: 'subtitle' }, [ev.organisation, period && 'Period ' + period,
      r.bank && r.bank.name + ' ' + r.bank.version,
      'figures in ' + (r.priceYear ? r.priceYear.report : r.bank.priceYear) + ' prices'].filter(Boolean).join(' \u00b7 ')));
    var perPound = t.ratio === null || t.ratio === undefined ? 'no investment given'
      : money(t.ratio, cur) + ' for every ' + money(1, cur).replace(/\.00$/, '');
    report.appendChild(el('dl', { className: 'headline' },
      figure('Social value', money(t.socialValue, cur), 'headline', true, t.range
        ? 'range ' + money(t.range.low.socialValue, cur) + ' to ' + money(t.range.high.socialValue, cur) : null),
      figure('Investment', money(t.investment, cur)),
      figure('Return', perPound, 'return'),
      figure('Net social value', money(t.netSocialValue, cur)),
      figure('Participants', count(t.participants)),
      figure('Claims', count(t.claims))));
    report.appendChild(el('h3', {}, 'By age band'));
    report.appendChild(table('Participants, claims and social value by age band', ['Age band', 'Participants', 'Claims', 'Social value'],
      r.byAgeBand.map(function (b) { return [b.label, count(b.participants), count(b.claims), money(b.socialValue, cur)]; })));
    report.appendChild(el('h3', {}, 'By outcome'));
    report.appendChild(table('Claims and social value by outcome', ['Outcome', 'Claims', 'Social value'],
      r.byOutcome.map(function (o) { return [o.name, count(o.claims), money(o.socialValue, cur)]; })));
    report.appendChild(el('h3', {}, 'By activity'));
    report.appendChild(table('Investment, claims and social value by activity', ['Activity', 'Investment', 'Claims', 'Social value'],
      r.byActivity.map(function (a) { return [a.name || a.activity, money(a.investment, cur), count(a.claims), money(a.socialValue, cur)]; })));

    var downloads = $('downloads');
    downloads.appendChild(el('h3', {}, 'Download the report'));
    var buttons = el('div', { className: 'downloads' });
    Object.keys(FORMATS).filter(function (f) { return info.formats.indexOf(f) >= 0; }).forEach(function (f) {
      var b = el('button', { type: 'button', className: 'button ' + (f === 'xlsx' ? 'primary' : 'secondary') }, FORMATS[f] || f);
      b.addEventListener('click', function () { download(f, b); });
      buttons.appendChild(b);
    });
    downloads.appendChild(buttons);
    downloads.appendChild(el('p', { className: 'hint' }, 'Each download is made again from the files chosen above.'));
    results.focus();
  }

  fetch('api/info', { headers: auth, credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : null; })
    .then(function (i) {
      if (!i) { return; }
      info = i;
      $('limit').textContent = i.limit;
      showBanks();
    }).catch(function () { /* the defaults above serve */ });
})();
