// One card per accepted model: its figures, the units offer, its print settings and its price line.

const LIMITS = {
  layerHeight: { min: 0.1, max: 0.3, integer: false, message: 'Layer height is 0.10 to 0.30 mm.' },
  infillPercent: { min: 0, max: 100, integer: true, message: 'Infill is a whole number from 0 to 100 %.' },
  overhangThreshold: { min: 0, max: 89, integer: true, message: 'Overhang threshold is 0 (auto) or a whole number of degrees up to 89.' },
  quantity: { min: 1, max: 1000, integer: true, message: 'Quantity is a whole number of at least 1.' },
};

const STATES = { QUEUED: 'queued', RUNNING: 'running', COMPLETED: 'completed', FAILED: 'failed' };

function number(value, decimals) {
  return Number(value).toLocaleString('en-AU', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** Fixed decimals, except that a model drawn in metres (0.047 mm) keeps three significant digits rather than "0.0". */
function figure(value, decimals) {
  return value !== 0 && Math.abs(value) < 10 ** -decimals * 10 ? String(Number(value.toPrecision(3))) : number(value, decimals);
}

export function money(value) {
  return value === null || value === undefined || value === '' ? '—' : '$' + Number(value).toLocaleString('en-AU',
    { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function part(card, selector) {
  return card.querySelector(selector);
}

/**
 * Builds the card for item (item.info is the upload answer) and appends it to list.
 * onChange runs after any setting changes; onRemove when the client removes the model.
 */
export function createCard(item, list, options, onChange, onRemove) {
  const card = document.getElementById('item-template').content.firstElementChild.cloneNode(true);
  card.dataset.fileId = item.info.id;
  part(card, '.item-name').textContent = item.info.name;
  part(card, '.preview').dataset.label = '3D preview of ' + item.info.name
    + '. Drag to turn it, scroll to zoom, arrow keys to move it.';
  part(card, '.item-remove').setAttribute('aria-label', 'Remove ' + item.info.name);
  part(card, '.item-remove').addEventListener('click', () => onRemove(item));
  fillMaterials(part(card, 'select[name=materialId]'), options);
  applyDefaults(card, options.defaults);
  showUnitOffer(card, item, onChange);
  showFacts(card, item);
  card.querySelectorAll('.item-settings input, .item-settings select').forEach((control) => {
    control.addEventListener('input', () => onChange(item));
    control.addEventListener('change', () => onChange(item));
  });
  item.el = card;
  list.appendChild(card);
  return card;
}

function fillMaterials(select, options) {
  options.materials.forEach((m) => {
    const option = document.createElement('option');
    option.value = m.id;
    option.textContent = m.label + (m.pricePerGram ? ' — ' + money(m.pricePerGram) + '/g' : '');
    option.dataset.colour = m.colour || '';
    select.appendChild(option);
  });
}

function applyDefaults(card, defaults) {
  if (!defaults) {
    return;
  }
  const set = (name, value) => {
    if (value !== undefined && value !== null) {
      card.querySelector('[name=' + name + ']').value = value;
    }
  };
  set('materialId', defaults.materialId);
  set('layerHeight', defaults.layerHeight);
  set('infillPercent', defaults.infillPercent);
  if (defaults.supports !== undefined) {
    card.querySelector('[name=supports]').checked = !!defaults.supports;
  }
}

/** The model's figures at the scale the client chose. */
export function showFacts(card, item) {
  const info = item.info;
  const s = item.scale;
  const box = info.bboxMm;
  part(card, '.item-size').textContent = [box.x, box.y, box.z].map((side) => figure(side * s, 1)).join(' × ') + ' mm';
  part(card, '.item-volume').textContent = figure(info.volumeCm3 * s * s * s, 2) + ' cm³';
  part(card, '.item-mesh').textContent = number(info.triangles, 0) + ' triangles'
    + (info.objects > 1 ? ', ' + info.objects + ' objects' : '')
    + (info.watertight ? ', watertight' : ', not watertight');
  const warnings = part(card, '.item-warnings');
  warnings.replaceChildren();
  (info.warnings || []).forEach((w) => {
    const li = document.createElement('li');
    li.className = 'tag warn';
    li.textContent = w;
    warnings.appendChild(li);
  });
}

function showUnitOffer(card, item, onChange) {
  const offer = item.info.unitOffer;
  if (!offer || !offer.scales || !offer.scales.length) {
    return;
  }
  const box = part(card, '.unit-offer');
  box.hidden = false;
  part(card, '.unit-reason').textContent = offer.reason;
  const buttons = part(card, '.unit-buttons');
  const choices = [{ drawnIn: 'millimetres (as it is)', factor: 1 }].concat(offer.scales);
  choices.forEach((choice) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'small unit-scale';
    button.dataset.factor = choice.factor;
    button.textContent = 'Drawn in ' + choice.drawnIn + (choice.factor === 1 ? '' : ' ×' + choice.factor);
    button.setAttribute('aria-pressed', String(choice.factor === item.scale));
    button.addEventListener('click', () => {
      item.scale = choice.factor;
      buttons.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
      showFacts(card, item);
      onChange(item);
    });
    buttons.appendChild(button);
  });
}

/** The item's settings as the quote expects them, or {error} when one is out of range. */
export function readChoice(item) {
  const card = item.el;
  const value = (name) => card.querySelector('[name=' + name + ']').value.trim();
  const numbers = {};
  for (const [name, limit] of Object.entries(LIMITS)) {
    const raw = value(name);
    const n = Number(raw);
    if (raw === '' || !Number.isFinite(n) || n < limit.min || n > limit.max || (limit.integer && !Number.isInteger(n))) {
      return { error: limit.message };
    }
    numbers[name] = n;
  }
  const materialId = Number(value('materialId'));
  if (!materialId) {
    return { error: 'Choose a material.' };
  }
  return {
    choice: {
      fileId: item.info.id,
      materialId,
      layerHeight: numbers.layerHeight,
      infillPercent: numbers.infillPercent,
      supports: card.querySelector('[name=supports]').checked,
      supportStyle: value('supportStyle'),
      overhangThreshold: numbers.overhangThreshold,
      quantity: numbers.quantity,
      scale: item.scale,
    },
  };
}

export function showSettingsError(item, message) {
  part(item.el, '.item-settings-error').textContent = message || '';
}

/** The colour of the material chosen, for the preview. */
export function materialColour(item) {
  const select = item.el.querySelector('select[name=materialId]');
  const option = select.options[select.selectedIndex];
  return option ? option.dataset.colour : '';
}

/** Shows a quoted line (or null while none) on the item's card. */
export function showQuoted(item, quoted) {
  const card = item.el;
  const state = part(card, '.item-state');
  const figures = part(card, '.item-figures');
  const failure = part(card, '.item-failure');
  if (!quoted) {
    state.textContent = 'waiting';
    state.className = 'tag item-state';
    figures.textContent = '';
    failure.textContent = '';
    part(card, '.item-estimate').hidden = true;
    return;
  }
  const name = STATES[quoted.state] || String(quoted.state || '').toLowerCase();
  state.textContent = name;
  state.className = 'tag item-state ' + name;
  part(card, '.item-estimate').hidden = !quoted.estimate;
  failure.textContent = quoted.state === 'FAILED' ? (quoted.failureReason || 'This model could not be sliced.') : '';
  if (quoted.state === 'COMPLETED' && quoted.unitPrice !== null && quoted.unitPrice !== undefined) {
    figures.textContent = number(quoted.gramsPerUnit, 1) + ' g, ' + number(quoted.hoursPerUnit, 2) + ' h each · '
      + money(quoted.unitPrice) + ' each · line ' + money(quoted.lineTotal)
      + (quoted.printer ? ' · on ' + quoted.printer : '');
  } else {
    figures.textContent = quoted.state === 'FAILED' ? '' : 'Slicing…';
  }
}
