// "Order a print": upload models, preview them, configure each, get a live price and pay.
import { getJson, postJson } from './api.js';
import { createCard, materialColour, money, readChoice, showFacts, showQuoted, showSettingsError } from './cards.js';
import { contactErrors, deliveryErrors, readContact, readDelivery, showErrors, syncAddress } from './delivery.js';
import { showPreview } from './preview.js';
import { renderQuote, showPriceStatus } from './price.js';
import { createUploader } from './uploads.js';

const API = '/api/quick-order/';
const QUOTE_DELAY_MS = 400;
const POLL_MS = 1500;
const RETRY_MS = 5000;

const page = document.getElementById('order-page');
const form = document.getElementById('delivery-form');
const payButton = document.getElementById('pay');

const state = {
  options: null,
  items: [],
  quote: null,
  quoteFresh: false,
  sequence: 0,
  timer: null,
  inFlight: null,
  optionsLoaded: null,
  paying: false,
  checked: false,
  touched: new Set(),
  shippingPending: false,
};

const uploader = createUploader(API + 'upload', document.getElementById('uploads'),
  { files: Number(page.dataset.maxFiles), bytes: Number(page.dataset.maxFileBytes), size: page.dataset.maxFileSize },
  () => state.items.length, (file, info) => addItem(file, info));

// ---- items ----

async function addItem(file, info) {
  await state.optionsLoaded;
  const item = { file, info, scale: 1, el: null, preview: null };
  state.items.push(item);
  createCard(item, document.getElementById('items'), state.options, changed, remove);
  showQuoted(item, null);
  showPreview(item.el.querySelector('.preview'), file, info.format, materialColour(item)).then((handle) => {
    if (state.items.includes(item)) {
      item.preview = handle;
    } else {
      handle.dispose();
    }
  });
  syncEmpty();
  scheduleQuote();
}

function changed(item) {
  if (item.preview) {
    item.preview.setColour(materialColour(item));
  }
  showFacts(item.el, item);
  scheduleQuote();
}

function remove(item) {
  if (!window.confirm('Remove ' + item.info.name + ' from this order?')) {
    return;
  }
  state.items = state.items.filter((i) => i !== item);
  if (item.preview) {
    item.preview.dispose();
  }
  item.el.remove();
  syncEmpty();
  scheduleQuote();
}

function syncEmpty() {
  document.getElementById('empty-state').hidden = state.items.length > 0;
}

// ---- price ----

function scheduleQuote(delay = QUOTE_DELAY_MS) {
  state.quoteFresh = false;
  state.sequence++;
  clearTimeout(state.timer);
  if (state.inFlight) {
    state.inFlight.abort();
    state.inFlight = null;
  }
  syncPay();
  state.timer = setTimeout(() => requestQuote(state.sequence), delay);
}

/** The request body of a quote (and of checkout), or null with the reason shown where it belongs. */
function orderRequest() {
  let valid = true;
  const items = state.items.map((item) => {
    const read = readChoice(item);
    showSettingsError(item, read.error);
    valid = valid && !read.error;
    return read.choice;
  });
  return valid ? { items, delivery: quotedDelivery() } : null;
}

// the server refuses to price shipping to half an address; until it is complete the items are priced
// for pickup and the totals say shipping is still to come (Pay waits for it)
function quotedDelivery() {
  const delivery = readDelivery(form);
  state.shippingPending = Object.keys(deliveryErrors(delivery)).length > 0;
  return state.shippingPending ? { method: 'PICKUP' } : delivery;
}

async function requestQuote(sequence) {
  if (!state.items.length) {
    state.quote = null;
    renderQuote(null);
    showPriceStatus('Add a model to get a price.');
    syncPay();
    return;
  }
  const body = orderRequest();
  if (!body) {
    showPriceStatus('Correct the settings marked on a model to get a price.');
    return;
  }
  const controller = new AbortController();
  state.inFlight = controller;
  showPriceStatus(state.quote ? 'Updating the price…' : 'Pricing your models…');
  try {
    const quote = await postJson(API + 'quote', body, controller.signal);
    if (sequence !== state.sequence) {
      return;
    }
    show(quote, state.shippingPending);
    if (stillSlicing(quote)) {
      state.timer = setTimeout(() => requestQuote(sequence), POLL_MS);
    }
  } catch (problem) {
    if (problem.name === 'AbortError' || sequence !== state.sequence) {
      return;
    }
    state.quote = null;
    renderQuote(null);
    showPriceStatus([problem.message].concat(placeItemErrors(problem)).join(' '), true);
    // a dropped connection or a server hiccup is worth another try; a refused order is not
    if (problem.status === 0 || problem.status >= 500) {
      state.timer = setTimeout(() => requestQuote(sequence), RETRY_MS);
    }
  } finally {
    if (state.inFlight === controller) {
      state.inFlight = null;
    }
  }
}

/** Puts "items[1].materialId" errors on the second card; returns the messages that belong to no card. */
function placeItemErrors(problem) {
  const rest = [];
  problem.fieldErrors().forEach(({ field, message }) => {
    const match = /^items\[(\d+)\]/.exec(field);
    const item = match && state.items[Number(match[1])];
    if (item) {
      showSettingsError(item, message);
    } else {
      rest.push(message);
    }
  });
  return rest;
}

function stillSlicing(quote) {
  return !quote.ready && !quote.items.some((i) => i.state === 'FAILED')
    && quote.items.some((i) => i.state === 'QUEUED' || i.state === 'RUNNING');
}

function show(quote, shippingPending) {
  state.quote = quote;
  state.quoteFresh = true;
  state.items.forEach((item) => showQuoted(item, quote.items.find((q) => q.fileId === item.info.id) || null));
  renderQuote(quote, shippingPending);
  syncPay();
}

function payable() {
  const q = state.quote;
  return !!q && state.quoteFresh && !state.shippingPending && q.ready && !(q.problems || []).length
    && !q.items.some((i) => i.state === 'FAILED') && state.items.length > 0 && !state.paying;
}

function syncPay() {
  payButton.disabled = !payable();
}

// ---- pay ----

async function pay() {
  if (!payable()) {
    return;
  }
  const errors = formErrors();
  state.checked = true;
  showErrors(form, errors);
  if (Object.keys(errors).length) {
    const first = form.querySelector('[aria-invalid=true]');
    if (first) {
      first.focus();
    }
    return;
  }
  const body = orderRequest();
  if (!body) {
    return;
  }
  state.paying = true;
  syncPay();
  const problemBox = document.getElementById('checkout-problem');
  problemBox.hidden = true;
  payButton.textContent = 'Taking you to payment…';
  try {
    const answer = await postJson(API + 'checkout',
      Object.assign(body, { delivery: readDelivery(form), contact: readContact(form) }));
    window.location.assign(answer.url);
  } catch (problem) {
    state.paying = false;
    payButton.textContent = 'Pay';
    const fields = {};
    problem.fieldErrors().forEach((e) => { fields[e.field] = e.message; });
    // errors of fields this form has go under them; the rest (e.g. "items") are spelled out here
    const placed = showErrors(form, fields);
    const unplaced = Object.keys(fields).filter((f) => !placed.includes(f)).map((f) => fields[f]);
    problemBox.textContent = [problem.message].concat(unplaced).join(' ');
    problemBox.hidden = false;
    syncPay();
  }
}

function formErrors() {
  return Object.assign({}, deliveryErrors(readDelivery(form)), contactErrors(readContact(form)));
}

// ---- wiring ----

function wireDropZone() {
  const zone = document.getElementById('drop-zone');
  const input = document.getElementById('file-input');
  input.addEventListener('change', () => {
    uploader.add(input.files);
    input.value = '';
  });
  ['dragenter', 'dragover'].forEach((type) => zone.addEventListener(type, (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  }));
  zone.addEventListener('dragleave', (event) => {
    if (!zone.contains(event.relatedTarget)) {
      zone.classList.remove('dragging');
    }
  });
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    uploader.add(event.dataTransfer.files);
  });
  // a file dropped beside the zone would otherwise open in the tab and lose the order
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());
}

function wireDelivery() {
  const priced = ['method', 'street', 'suburb', 'state', 'postcode'];
  form.addEventListener('change', (event) => {
    syncAddress(form);
    state.touched.add(event.target.name);
    // a field's message appears once the client has left it (or pressed Pay), not while the form is fresh
    const errors = formErrors();
    showErrors(form, state.checked ? errors
      : Object.fromEntries(Object.entries(errors).filter(([name]) => state.touched.has(name))));
    if (priced.includes(event.target.name) && state.items.length) {
      scheduleQuote(event.target.name === 'method' ? 0 : QUOTE_DELAY_MS);
    }
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  syncAddress(form);
}

async function loadOptions() {
  try {
    state.options = await getJson(API + 'options');
    document.getElementById('shipping-note').textContent = shippingNote(state.options);
  } catch (problem) {
    // uploads and previews still work; the price block says what is wrong
    state.options = { materials: [], defaults: null };
    showPriceStatus('Prices are unavailable right now: ' + problem.message, true);
  }
}

function start() {
  state.optionsLoaded = loadOptions();
  wireDelivery();
  wireDropZone();
  payButton.addEventListener('click', pay);
  syncEmpty();
  page.dataset.ready = 'true';
}

function shippingNote(options) {
  if (!options.shippingFee) {
    return '';
  }
  return '(' + money(options.shippingFee) + (options.freeShippingFrom
    ? ', free for orders from ' + money(options.freeShippingFrom) + ' before GST' : '') + ')';
}

start();
