// Talking to /api/quick-order: the CSRF token travels as the X-XSRF-TOKEN header read from the cookie
// Spring Security sets (as app.js does for htmx), and every error is a problem detail turned into a message.

function cookie(name) {
  const match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
  return match ? decodeURIComponent(match[1]) : null;
}

export function csrfHeaders() {
  const token = cookie('XSRF-TOKEN');
  return token ? { 'X-XSRF-TOKEN': token } : {};
}

/** An error answer from the server, with its problem detail when there was one. */
export class Problem extends Error {
  constructor(status, body) {
    super(messageOf(status, body));
    this.status = status;
    this.body = body || {};
  }

  /** Field errors as [{field, message}], whichever shape the server used (map or list). */
  fieldErrors() {
    const errors = this.body.errors;
    if (!errors) {
      return [];
    }
    if (Array.isArray(errors)) {
      return errors.map((e) => ({
        field: e.field || e.name || (e.pointer ? e.pointer.replace(/^#?\//, '').replace(/\//g, '.') : ''),
        message: e.message || e.detail || String(e),
      }));
    }
    return Object.entries(errors).map(([field, message]) => ({ field, message: String(message) }));
  }
}

function messageOf(status, body) {
  if (body && body.detail) {
    return body.detail;
  }
  if (status === 0) {
    return 'The server could not be reached. Check your connection and try again.';
  }
  if (status === 401 || status === 403) {
    return 'Your session has ended. Sign in again to continue.';
  }
  if (status === 413) {
    return 'The upload is too large.';
  }
  return 'Something went wrong (' + status + '). Please try again.';
}

function parse(text) {
  if (!text) {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    return null;
  }
}

/** POSTs JSON; resolves with the parsed answer, rejects with a Problem. */
export async function postJson(url, body, signal) {
  let response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json' }, csrfHeaders()),
      body: JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') {
      throw e;
    }
    throw new Problem(0, null);
  }
  const parsed = parse(await response.text());
  if (!response.ok) {
    throw new Problem(response.status, parsed);
  }
  return parsed;
}

export async function getJson(url) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  } catch (e) {
    throw new Problem(0, null);
  }
  const parsed = parse(await response.text());
  if (!response.ok) {
    throw new Problem(response.status, parsed);
  }
  return parsed;
}

/**
 * Uploads one file under the part name "files" with XMLHttpRequest, because fetch reports no upload
 * progress. onProgress gets a fraction 0..1. Resolves with the stored file's figures.
 */
export function uploadFile(url, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    Object.entries(csrfHeaders()).forEach(([name, value]) => xhr.setRequestHeader(name, value));
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) {
        onProgress(event.loaded / event.total);
      }
    });
    xhr.addEventListener('load', () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && body && body.files && body.files.length) {
        resolve(body.files[0]);
      } else {
        reject(new Problem(xhr.status, body));
      }
    });
    xhr.addEventListener('error', () => reject(new Problem(0, null)));
    const form = new FormData();
    form.append('files', file, file.name);
    xhr.send(form);
  });
}
