// Printer board: drag a card onto a column (or onto a card, to take its priority). The move posts through
// htmx like the card's own "Move" form, so the server's answer (the board, or a "reload" message) replaces it.
(function () {
  'use strict';

  var dragging = null;

  document.addEventListener('dragstart', function (event) {
    var card = event.target.closest && event.target.closest('.job-card');
    if (!card) {
      return;
    }
    dragging = card;
    card.classList.add('dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.dataset.jobId);
  });

  document.addEventListener('dragend', function () {
    if (dragging) {
      dragging.classList.remove('dragging');
    }
    dragging = null;
    document.querySelectorAll('.board-column.drop-target').forEach(function (c) { c.classList.remove('drop-target'); });
  });

  document.addEventListener('dragover', function (event) {
    var column = event.target.closest && event.target.closest('.board-column');
    if (dragging && column) {
      event.preventDefault();
      column.classList.add('drop-target');
    }
  });

  document.addEventListener('dragleave', function (event) {
    var column = event.target.closest && event.target.closest('.board-column');
    if (column && !column.contains(event.relatedTarget)) {
      column.classList.remove('drop-target');
    }
  });

  document.addEventListener('drop', function (event) {
    var column = event.target.closest && event.target.closest('.board-column');
    if (!dragging || !column) {
      return;
    }
    event.preventDefault();
    var card = dragging;
    var values = { version: card.dataset.version, printerId: column.dataset.printerId || '' };
    var onCard = event.target.closest('.job-card');
    if (onCard && onCard !== card) {
      values.priority = onCard.dataset.priority;
    }
    var board = document.getElementById('board');
    values.materialId = board.dataset.filterMaterial || '';
    values.clientId = board.dataset.filterClient || '';
    values.overdue = board.dataset.filterOverdue || 'false';
    htmx.ajax('POST', '/admin/jobs/board/' + card.dataset.jobId + '/move',
      { target: '#board', swap: 'outerHTML', values: values });
  });

  // no polling refresh while a card is in the air or a card's control has focus: it would pull the card
  // out from under the pointer, or the focus out from under the keyboard
  document.addEventListener('htmx:beforeRequest', function (event) {
    var busy = dragging || (document.activeElement && document.activeElement.closest
      && document.activeElement.closest('#board form'));
    if (busy && event.detail.requestConfig && event.detail.requestConfig.verb === 'get') {
      event.preventDefault();
    }
  });
})();
