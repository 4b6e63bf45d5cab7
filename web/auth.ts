/**
 * The API key prompt. Loopback servers without keys answer without one, so the prompt only appears
 * after a 401. A key is checked against the API before it is kept; it is kept in sessionStorage
 * (this tab, this browser session) and never anywhere else.
 */

import { api, ApiError, storedKey, storeKey } from './api.js';
import { byId, showError } from './dom.js';

let onAccepted: () => void = () => undefined;

export function showAuth(rejected: ApiError, hadKey: boolean): void {
  byId('main').hidden = true;
  byId('scope-form').hidden = true;
  byId('auth').hidden = false;
  const error = byId('auth-error');
  if (hadKey) {
    showError(error, new ApiError(401, rejected.code, `The key used so far is no longer accepted (${rejected.message}). Enter a valid key.`));
  } else {
    showError(error, null);
  }
  const input = byId<HTMLInputElement>('auth-key');
  input.value = '';
  input.focus();
}

async function submit(): Promise<void> {
  const input = byId<HTMLInputElement>('auth-key');
  const button = byId<HTMLButtonElement>('auth-submit');
  const error = byId('auth-error');
  const key = input.value.trim();
  if (key === '') {
    showError(error, new ApiError(0, 'validation_error', 'Enter the API key (it starts with pmk_).'));
    input.focus();
    return;
  }
  button.disabled = true;
  try {
    await api('GET', '/collections', { query: { limit: 1 }, key });
  } catch (err) {
    const message =
      err instanceof ApiError && err.status === 401
        ? new ApiError(
            401,
            err.code,
            `Wrong API key: the server did not accept it (${err.message}). Check it for typos, or create one with "profile-mcp keys create --account NAME".`,
          )
        : err;
    showError(error, message);
    input.select();
    input.focus();
    return;
  } finally {
    button.disabled = false;
  }
  storeKey(key);
  input.value = '';
  showError(error, null);
  byId('auth').hidden = true;
  onAccepted();
}

export function initAuth(accepted: () => void): void {
  onAccepted = accepted;
  byId<HTMLFormElement>('auth-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  const forget = byId<HTMLButtonElement>('forget-key');
  forget.addEventListener('click', () => {
    storeKey(null);
    forget.hidden = true;
    accepted();
  });
}

/** Show "Forget key" only while a key is kept. */
export function syncKeyButton(): void {
  byId('forget-key').hidden = storedKey() === null;
}
