/**
 * The request header that carries a session's handle to the results route. One constant for
 * both ends: `createFetchBackend` sends it, `react-face-liveness/server` reads it.
 */
export const SESSION_HANDLE_HEADER = 'x-liveness-session-handle';
