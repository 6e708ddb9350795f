// Delivery and contact: read from the form and checked as the server checks them (CheckoutValidation), so the client hears
// about a missing postcode before pressing Pay rather than after.

const STATES = ['ACT', 'NSW', 'NT', 'QLD', 'SA', 'TAS', 'VIC', 'WA'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function field(form, name) {
  return form.elements.namedItem(name);
}

function text(form, name) {
  return (field(form, name).value || '').trim();
}

export function method(form) {
  const checked = form.querySelector('input[name=method]:checked');
  return checked ? checked.value : 'PICKUP';
}

/** The delivery as the API takes it; address fields only when shipping. */
export function readDelivery(form) {
  if (method(form) !== 'SHIPPING') {
    return { method: 'PICKUP' };
  }
  return {
    method: 'SHIPPING',
    street: text(form, 'street'),
    suburb: text(form, 'suburb'),
    state: text(form, 'state'),
    postcode: text(form, 'postcode'),
  };
}

export function readContact(form) {
  return { name: text(form, 'name'), email: text(form, 'email'), phone: text(form, 'phone') };
}

/** Field name → message for every problem with the delivery address. */
export function deliveryErrors(delivery) {
  const errors = {};
  if (delivery.method !== 'SHIPPING') {
    return errors;
  }
  if (!delivery.street) {
    errors.street = 'Enter the street address to ship to.';
  }
  if (!delivery.suburb) {
    errors.suburb = 'Enter the suburb.';
  }
  if (!STATES.includes(delivery.state)) {
    errors.state = 'Choose an Australian state or territory.';
  }
  if (!/^[0-9]{4}$/.test(delivery.postcode)) {
    errors.postcode = 'Enter a 4-digit postcode.';
  }
  return errors;
}

export function contactErrors(contact) {
  const errors = {};
  if (!contact.name) {
    errors.name = 'Enter the name to contact about this order.';
  }
  if (!contact.email) {
    errors.email = 'Enter an email address for the order.';
  } else if (!EMAIL.test(contact.email)) {
    errors.email = 'Enter a valid email address.';
  }
  return errors;
}

/**
 * Shows messages under their fields and clears the others; server names like "delivery.postcode" work too.
 * Returns the names that found a field.
 */
export function showErrors(form, errors) {
  form.querySelectorAll('[data-error-for]').forEach((span) => {
    span.textContent = '';
    const input = field(form, span.dataset.errorFor);
    if (input && input.removeAttribute) {
      input.removeAttribute('aria-invalid');
    }
  });
  const placed = [];
  Object.entries(errors).forEach(([name, message]) => {
    const short = name.split('.').pop();
    const span = form.querySelector('[data-error-for="' + short + '"]');
    if (span) {
      placed.push(name);
      span.textContent = message;
      const input = field(form, short);
      if (input && input.setAttribute) {
        input.setAttribute('aria-invalid', 'true');
      }
    }
  });
  return placed;
}

/** Hides the address fields for pickup. */
export function syncAddress(form) {
  document.getElementById('address').hidden = method(form) !== 'SHIPPING';
}
