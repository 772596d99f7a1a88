// The console's only script: small enhancements over pages that work without it.
(function () {
  'use strict';

  // A board left open refreshes itself through htmx. When the session has ended, the console answers
  // 499 instead of a redirect to the sign-in page; reloading the page signs the person in again and
  // brings them back here. When report-service is unreachable, say so until the next refresh works.
  document.addEventListener('htmx:responseError', function (event) {
    var status = event.detail.xhr.status;
    if (status === 499 || status === 401) {
      window.location.reload();
      return;
    }
    var problem = document.getElementById('live-problem');
    if (problem) {
      problem.hidden = false;
    }
  });
  document.addEventListener('htmx:sendError', function () {
    var problem = document.getElementById('live-problem');
    if (problem) {
      problem.hidden = false;
    }
  });
  document.addEventListener('htmx:afterSwap', function () {
    var problem = document.getElementById('live-problem');
    if (problem) {
      problem.hidden = true;
    }
  });

  // The round form's shortcuts tick boxes in place instead of sending the form back to the server.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-pick]');
    if (!button) {
      return;
    }
    event.preventDefault();
    var pick = button.getAttribute('data-pick');
    var boxes = document.querySelectorAll('input[type=checkbox][name=agency]');
    boxes.forEach(function (box) {
      if (pick === 'none') {
        box.checked = false;
      } else if (box.getAttribute('data-kind') === pick) {
        box.checked = true;
      }
    });
    updateCount();
  });
  document.addEventListener('change', function (event) {
    if (event.target.matches('input[type=checkbox][name=agency]')) {
      updateCount();
    }
  });

  function updateCount() {
    var count = document.getElementById('agencies-count');
    if (count) {
      count.textContent = '(đã chọn ' + document.querySelectorAll('input[type=checkbox][name=agency]:checked').length + ')';
    }
  }

  // ---- An agency's report form -------------------------------------------------------------
  // Figures are typed the Vietnamese way (196.878; 215,4). The rules are VietnameseFormat.parseNumber's:
  // dots between groups of three digits, a comma before the decimals, a lone dot read as a decimal point.
  function parseNumber(text) {
    var typed = text.replace(/[\s\u00a0\u202f]+/g, '');
    if (typed === '') {
      return { empty: true };
    }
    var negative = typed.charAt(0) === '-';
    if (negative || typed.charAt(0) === '+') {
      typed = typed.substring(1);
    }
    var plain;
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(typed)) {
      plain = typed.replace(/\./g, '').replace(',', '.');
    } else if (/^\d+(,\d+)?$/.test(typed)) {
      plain = typed.replace(',', '.');
    } else if (/^\d+\.\d+$/.test(typed)) {
      plain = typed;
    } else {
      return { invalid: true };
    }
    return { negative: negative, plain: plain };
  }

  function formatNumber(number) {
    var parts = number.plain.split('.');
    var whole = parts[0].replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    var fraction = parts.length > 1 ? parts[1].replace(/0+$/, '') : '';
    return (number.negative ? '-' : '') + whole + (fraction ? ',' + fraction : '');
  }

  // The message beside a figure that is not its kind of number, or '' when it is (or is empty).
  function figureProblem(input, form) {
    var number = parseNumber(input.value);
    if (number.empty) {
      return '';
    }
    var whole = input.getAttribute('data-figure-type') !== 'DECIMAL';
    if (number.invalid) {
      return form.getAttribute(whole ? 'data-msg-whole' : 'data-msg-number');
    }
    if (whole && /\.\d*[1-9]/.test(number.plain)) {
      return form.getAttribute('data-msg-whole');
    }
    if (number.negative && !/^[0.]*$/.test(number.plain)) {
      return form.getAttribute('data-msg-negative');
    }
    return '';
  }

  // Shows this page's own message beside the input; a message the service gave stays until the value changes.
  function checkFigure(input, form, reformat) {
    var error = document.getElementById(input.id + '-error');
    var problem = figureProblem(input, form);
    if (problem) {
      input.setAttribute('aria-invalid', 'true');
      if (error) {
        error.textContent = problem;
        error.hidden = false;
      }
      return false;
    }
    input.removeAttribute('aria-invalid');
    if (error) {
      error.textContent = '';
      error.hidden = true;
    }
    var number = parseNumber(input.value);
    if (reformat && !number.empty && !number.invalid) {
      input.value = formatNumber(number);
    }
    return true;
  }

  // What is typed is also kept in this browser (by round, agency and person), so a session that ends while
  // someone types (the sign-in round trip loses the page) takes nothing away: the page offers it back.
  function keepDraft(form) {
    var key = 'baocao-draft:' + form.getAttribute('data-draft-key');
    var state = form.getAttribute('data-draft-state');
    var etag = document.getElementById('draft-etag');
    var kept = form.querySelectorAll('[data-keep]');

    function read() {
      var values = {};
      kept.forEach(function (field) {
        values[field.id] = field.type === 'checkbox' ? field.checked : field.value;
      });
      return values;
    }
    function write(values) {
      kept.forEach(function (field) {
        if (Object.prototype.hasOwnProperty.call(values, field.id)) {
          if (field.type === 'checkbox') {
            field.checked = values[field.id] === true;
          } else {
            field.value = values[field.id];
          }
        }
      });
    }
    function store() {
      try {
        window.localStorage.setItem(key, JSON.stringify({ etag: etag ? etag.value : '', fields: read(), at: Date.now() }));
      } catch (unavailable) {
        // private mode or a full storage: the form still works, only without the copy
      }
    }
    function stored() {
      try {
        return JSON.parse(window.localStorage.getItem(key));
      } catch (unreadable) {
        return null;
      }
    }
    function drop() {
      try {
        window.localStorage.removeItem(key);
      } catch (unavailable) {
        // nothing kept
      }
    }

    if (state === 'saved') {
      drop();
    } else if (state === 'unsaved') {
      store();
    } else {
      var copy = stored();
      if (copy && copy.fields) {
        var now = read();
        var differs = Object.keys(copy.fields).some(function (id) {
          return Object.prototype.hasOwnProperty.call(now, id) && String(now[id]) !== String(copy.fields[id]);
        });
        if (differs) {
          write(copy.fields);
          // the copy was typed over that draft: saving it is refused if someone saved since, and both are shown
          if (etag && copy.etag) {
            etag.value = copy.etag;
          }
          form.setAttribute('data-dirty', 'true');
          var restored = document.getElementById('draft-restored');
          if (restored) {
            restored.hidden = false;
          }
        } else {
          drop();
        }
      }
    }

    var discard = document.getElementById('discard-restored');
    if (discard) {
      discard.addEventListener('click', function () {
        drop();
        window.location.href = window.location.pathname;
      });
    }
    form.addEventListener('input', function () {
      form.setAttribute('data-dirty', 'true');
      store();
    });
    form.addEventListener('change', store);
    form.addEventListener('focusout', function (event) {
      if (event.target.matches('input[data-figure-type]')) {
        checkFigure(event.target, form, true);
        store();
      }
    });
    form.addEventListener('submit', function (event) {
      var invalid = null;
      form.querySelectorAll('input[data-figure-type]').forEach(function (input) {
        if (!checkFigure(input, form, false) && !invalid) {
          invalid = input;
        }
      });
      if (invalid) {
        event.preventDefault();
        invalid.focus();
        return;
      }
      store();
    });
  }

  // After an import, a field the file gives otherwise than saved: its buttons put the saved or the file's value in the
  // field here (without JavaScript they post the form back with the choice, which the console applies).
  function chooseValues(form) {
    form.addEventListener('click', function (event) {
      var button = event.target.closest('button[name=pick]');
      if (!button || !form.contains(button)) {
        return;
      }
      event.preventDefault();
      var pick = button.value;
      var colon = pick.indexOf(':');
      var side = pick.substring(0, colon) === 'file' ? 'file' : 'saved';
      var target = pick.substring(colon + 1);
      form.querySelectorAll('.import-choice').forEach(function (choice) {
        var hidden = document.getElementById('choice-' + choice.getAttribute('data-choice') + '-taken');
        var name = choice.querySelector('button.choose-file').value.substring('file:'.length);
        if (target !== '*' && target !== name) {
          return;
        }
        var input = document.getElementById(choice.getAttribute('data-input'));
        var value = choice.getAttribute(side === 'file' ? 'data-file-value' : 'data-saved-value');
        if (input) {
          if (input.type === 'checkbox') {
            input.checked = value === 'true';
          } else {
            input.value = value;
          }
        }
        if (hidden) {
          hidden.value = side;
        }
        choice.classList.toggle('took-file', side === 'file');
        choice.querySelector('button.choose-file').setAttribute('aria-pressed', side === 'file' ? 'true' : 'false');
        choice.querySelector('button.choose-saved').setAttribute('aria-pressed', side === 'file' ? 'false' : 'true');
      });
      // a choice is an edit: the browser's copy and the dirty mark follow it
      form.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  var draftForm = document.getElementById('draft-form');
  if (draftForm) {
    keepDraft(draftForm);
    chooseValues(draftForm);
  }

  // Forms that ask first: a rotation or a disabling (data-confirm), an import over unsaved typing (data-confirm-dirty).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute('data-confirm');
    if (!question && form.hasAttribute('data-confirm-dirty') && draftForm && draftForm.getAttribute('data-dirty') === 'true') {
      question = form.getAttribute('data-confirm-dirty');
    }
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // A secret shown once: copied to the clipboard with one click (selected for copying by hand where the clipboard is closed).
  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-copy]');
    if (!button) {
      return;
    }
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (!source) {
      return;
    }
    var text = source.textContent;
    var done = function () {
      button.textContent = button.getAttribute('data-copied') || button.textContent;
    };
    var select = function () {
      var range = document.createRange();
      range.selectNodeContents(source);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, select);
    } else {
      select();
    }
  });
})();
