// Delivery and contact: read from the form and checked as the server checks them, so the client hears
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
    errors.street = 'Enter the street address.';
  }
  if (!delivery.suburb) {
    errors.suburb = 'Enter the suburb.';
  }
  if (!STATES.includes(delivery.state)) {
    errors.state = 'Choose the state or territory.';
  }
  if (!/^[0-9]{4}$/.test(delivery.postcode)) {
    errors.postcode = 'A postcode is 4 digits.';
  }
  return errors;
}

export function contactErrors(contact) {
  const errors = {};
  if (!contact.name) {
    errors.name = 'Enter the name to put on the order.';
  }
  if (!EMAIL.test(contact.email)) {
    errors.email = 'Enter an email address we can reach you at.';
  }
  return errors;
}

/** Shows messages under their fields; fields not named are cleared. Server names like "delivery.postcode" work too. */
export function showErrors(form, errors) {
  form.querySelectorAll('[data-error-for]').forEach((span) => {
    span.textContent = '';
    const input = field(form, span.dataset.errorFor);
    if (input && input.removeAttribute) {
      input.removeAttribute('aria-invalid');
    }
  });
  Object.entries(errors).forEach(([name, message]) => {
    const short = name.split('.').pop();
    const span = form.querySelector('[data-error-for="' + short + '"]');
    if (span) {
      span.textContent = message;
      const input = field(form, short);
      if (input && input.setAttribute) {
        input.setAttribute('aria-invalid', 'true');
      }
    }
  });
}

/** Hides the address fields for pickup. */
export function syncAddress(form) {
  document.getElementById('address').hidden = method(form) !== 'SHIPPING';
}
