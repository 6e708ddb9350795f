// The upload list: each chosen file is checked against the limits, sent on its own with a progress bar,
// and either handed on as an accepted model or left in the list with the server's reason.
import { uploadFile } from './api.js';

const PARALLEL_UPLOADS = 2;

/**
 * limits: {files, bytes, size (as text)}; taken(): models already in the order;
 * onAccepted(file, info): a file the server stored, with its figures.
 */
export function createUploader(url, list, limits, taken, onAccepted) {
  const queue = [];
  let uploading = 0;

  function add(files) {
    Array.from(files || []).forEach((file) => {
      const row = uploadRow(list, file);
      if (taken() + uploading + queue.length >= limits.files) {
        failRow(row, 'An order takes at most ' + limits.files + ' models; remove one to add ' + file.name + '.');
      } else if (file.size > limits.bytes) {
        failRow(row, file.name + ' is larger than the ' + limits.size + ' a model may be.');
      } else if (file.size === 0) {
        failRow(row, file.name + ' is empty.');
      } else {
        queue.push({ file, row });
      }
    });
    pump();
  }

  // one file per request: the upload keeps a request whole or not at all, so a refused file must not take good ones with it
  function pump() {
    while (uploading < PARALLEL_UPLOADS && queue.length) {
      const { file, row } = queue.shift();
      uploading++;
      row.querySelector('.upload-message').textContent = 'uploading…';
      uploadFile(url, file, (fraction) => { row.querySelector('progress').value = fraction; })
        .then((info) => {
          row.remove();
          onAccepted(file, info);
        })
        .catch((problem) => failRow(row, refusal(file, problem)))
        .finally(() => {
          uploading--;
          pump();
        });
    }
  }

  return { add };
}

function uploadRow(list, file) {
  const row = document.createElement('li');
  row.className = 'upload';
  const name = document.createElement('span');
  name.className = 'upload-name';
  name.textContent = file.name;
  const progress = document.createElement('progress');
  progress.max = 1;
  progress.value = 0;
  progress.setAttribute('aria-label', 'Uploading ' + file.name);
  const message = document.createElement('span');
  message.className = 'upload-message';
  message.textContent = 'waiting…';
  row.append(name, progress, message);
  list.appendChild(row);
  return row;
}

function failRow(row, text) {
  row.classList.add('refused');
  const progress = row.querySelector('progress');
  if (progress) {
    progress.remove();
  }
  const message = row.querySelector('.upload-message');
  message.textContent = text;
  message.classList.add('field-error');
  message.setAttribute('role', 'alert');
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'small';
  dismiss.textContent = 'Dismiss';
  dismiss.setAttribute('aria-label', 'Dismiss the message about ' + row.querySelector('.upload-name').textContent);
  dismiss.addEventListener('click', () => row.remove());
  row.appendChild(dismiss);
}

/** The server's reason, without the file name the row already shows ("cube.stl: no facets" → "no facets"). */
function refusal(file, problem) {
  const named = (problem.body && problem.body.file) || file.name;
  const text = problem.message;
  return text.startsWith(named + ': ') ? text.slice(named.length + 2) : text;
}
