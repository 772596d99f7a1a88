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
})();
