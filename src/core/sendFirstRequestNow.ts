import type { CreateSessionRequest, LivenessBackend } from './types';

/**
 * Calls `backend.createSession(request)` now, and returns a backend whose first `createSession`
 * answers with that call's promise; later calls (the retries) go to `backend`. The request then
 * leaves in the caller's task instead of after the few turns the mutation takes to send it.
 */
export function sendFirstRequestNow(backend: LivenessBackend, request: CreateSessionRequest): LivenessBackend {
  // A throw becomes a rejection, as the mutation would see it from an async call.
  let sent: Promise<unknown> | undefined = new Promise((resolve) => resolve(backend.createSession(request)));
  // Handled by whoever takes it; never reported as unhandled while it waits to be taken.
  sent.catch(() => undefined);
  return {
    createSession(next) {
      const first = sent;
      sent = undefined;
      return first ?? backend.createSession(next);
    },
    getResults: (next) => backend.getResults(next),
  };
}
