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
  // What the figures shown were calculated from: a download made from other files or options would not
  // be the report on the screen, so downloads wait until Calculate is pressed again.
  var calculated = null;
  // The server keeps the last result under this id, so the one-page report and the downloads of the
  // same inputs are rendered from it rather than uploaded and calculated again.
  var resultId = null;

  function inputs() {
    return JSON.stringify([chosen.map(function (f) { return [f.name, f.size, f.lastModified]; }),
      FIELDS.map(function (name) { return $(name).value.trim(); }), $('allowEmpty').checked]);
  }

  function changed() {
    if (calculated === null || inputs() === calculated || $('stale')) { return; }
    var results = $('problems');
    if (results) {
      results.insertBefore(el('div', { className: 'notice warn', id: 'stale', role: 'alert' },
        el('h3', {}, 'The files or options have changed'),
        el('p', {}, 'The figures below are from before the change. Press Calculate again to see, and download,'
          + ' the report of the files and options chosen now.')), results.firstChild);
    }
  }

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
    changed();
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

  FIELDS.concat(['allowEmpty']).forEach(function (name) {
    $(name).addEventListener('input', changed);
    $(name).addEventListener('change', changed);
  });

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

  // The files go along still: a server started again since has no result under the id and calculates.
  function reportPath(format) {
    return 'api/report?format=' + encodeURIComponent(format)
      + (resultId ? '&result=' + encodeURIComponent(resultId) : '');
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
    var sent = inputs();
    post('api/calculate').then(function (response) {
      $('status').textContent = '';
      if (!response.ok) { calculated = null; resultId = null; return failed(response); }
      calculated = sent;
      resultId = response.headers.get('X-Impact-Result');
      return response.json().then(showResult);
    }, unreachable).finally(function () { button.disabled = false; });
  });

  function download(format, button) {
    if (!ready()) { return; }
    if (inputs() !== calculated) {
      changed();
      $('status').textContent = 'The files or options have changed since these figures: press Calculate again first.';
      return;
    }
    button.disabled = true;
    var label = button.textContent;
    button.textContent = 'Preparing\u2026';
    post(reportPath(format)).then(function (response) {
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

  function showResult(r) {
    var results = openResults('Results');
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

    showReport();
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

  // The one-page report (the --format html file) in a frame of the page: its own styles stay its own.
  // The frame runs no script (sandbox without allow-scripts); allow-same-origin only lets the page read
  // its height, so that it shows whole, without a scroll bar of its own.
  function showReport() {
    var report = $('report');
    report.appendChild(el('h3', {}, 'The one-page report'));
    var status = el('p', { className: 'hint', role: 'status' }, 'Preparing the one-page report\u2026');
    report.appendChild(status);
    post(reportPath('html')).then(function (response) {
      if (!response.ok) {
        status.textContent = 'The one-page report could not be made (impact answered ' + response.status + ').';
        return null;
      }
      return response.text().then(function (html) {
        var frame = el('iframe', { title: 'The one-page report', className: 'report-frame', id: 'report-frame' });
        frame.setAttribute('sandbox', 'allow-same-origin');
        frame.addEventListener('load', function () { fit(frame); });
        frame.srcdoc = html;
        status.replaceWith(frame);
      });
    }, function () {
      status.textContent = 'The one-page report could not be made: the page could not reach impact.';
    });
  }

  function fit(frame) {
    var doc = frame.contentDocument;
    if (doc && doc.documentElement) {
      // Heights are fractional and scrollHeight rounds: without this a sliver of overflow draws a scroll bar.
      // Only the height: a table wider than a phone's frame scrolls sideways rather than losing its last
      // digits, and the frame is made tall enough for that scroll bar too.
      var root = doc.documentElement;
      root.style.overflowY = 'hidden';
      root.style.overflowX = 'auto';
      var wide = root.scrollWidth > root.clientWidth;
      frame.style.height = (root.scrollHeight + (wide ? 24 : 4)) + 'px';
    }
  }

  window.addEventListener('resize', function () {
    if ($('report-frame')) { fit($('report-frame')); }
  });

  fetch('api/info', { headers: auth, credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : null; })
    .then(function (i) {
      if (!i) { return; }
      info = i;
      $('limit').textContent = i.limit;
      showBanks();
    }).catch(function () { /* the defaults above serve */ });
})();
