// The order's price block: totals from the server's quote (never added up here), its problems and a status line.
import { money } from './cards.js';

export function showPriceStatus(text, isProblem = false) {
  const status = document.getElementById('price-status');
  status.textContent = text;
  status.classList.toggle('field-error', isProblem);
  status.classList.toggle('muted', !isProblem);
}

/** Fills the totals table from a quote, or hides it for null; shippingPending: priced without the address yet. */
export function renderQuote(quote, shippingPending = false) {
  const table = document.getElementById('order-totals');
  const problems = document.getElementById('price-problems');
  problems.replaceChildren();
  if (!quote) {
    table.hidden = true;
    return;
  }
  table.querySelectorAll('[data-total]').forEach((cell) => {
    cell.textContent = money(quote[cell.dataset.total]);
  });
  if (shippingPending) {
    table.querySelector('[data-total=shipping]').textContent = 'needs the address';
  }
  document.getElementById('total-label').textContent = shippingPending ? 'Total before shipping' : 'Total';
  document.getElementById('row-topup').hidden = !quote.minimumTopUp || Number(quote.minimumTopUp) === 0;
  document.getElementById('row-gst').hidden = quote.gstRegistered === false;
  table.hidden = false;
  (quote.problems || []).forEach((text) => {
    const li = document.createElement('li');
    li.className = 'field-error';
    li.textContent = text;
    problems.appendChild(li);
  });
  showPriceStatus(statusOf(quote, shippingPending), quote.items.some((i) => i.state === 'FAILED'));
}

function statusOf(quote, shippingPending) {
  const failed = quote.items.filter((i) => i.state === 'FAILED').length;
  if (failed) {
    return failed === 1 ? 'One model could not be priced: see its message, change its settings or remove it.'
      : failed + ' models could not be priced: see their messages, change their settings or remove them.';
  }
  if (quote.ready && shippingPending) {
    return 'Complete the delivery address to add shipping and pay.';
  }
  if (quote.ready) {
    const estimate = quote.items.some((i) => i.estimate);
    return estimate ? 'Price ready (estimated without the slicer).' : 'Price ready.';
  }
  const waiting = quote.items.filter((i) => i.state === 'QUEUED' || i.state === 'RUNNING').length;
  return waiting ? 'Slicing ' + waiting + (waiting === 1 ? ' model' : ' models') + '… the total is final once every model is sliced.'
    : 'The price is not ready yet.';
}
