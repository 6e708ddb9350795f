// PrintDesk page behaviour: confirmations before destructive actions, CSRF for htmx, active navigation.
(function () {
  'use strict';

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      return;
    }
    // a second click while the first submit is on its way does nothing
    if (form.dataset.submitted === 'true') {
      event.preventDefault();
      return;
    }
    form.dataset.submitted = 'true';
  }, true);

  function cookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? decodeURIComponent(match[1]) : null;
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var token = cookie('XSRF-TOKEN');
    if (token) {
      event.detail.headers['X-XSRF-TOKEN'] = token;
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var path = window.location.pathname;
    var best = null;
    document.querySelectorAll('.sidenav a').forEach(function (link) {
      var href = link.getAttribute('href');
      if ((path === href || path.indexOf(href + '/') === 0) && (!best || href.length > best.getAttribute('href').length)) {
        best = link;
      }
    });
    if (best) {
      best.classList.add('active');
      best.setAttribute('aria-current', 'page');
    }
  });
})();
