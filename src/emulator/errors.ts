import type { ServerResponse } from 'node:http';

/** HTTP status of each error the emulator sends in awsJson1_1 form (notes §1–2). */
export const ERROR_STATUS: Record<string, number> = {
  ValidationException: 400,
  InvalidParameterException: 400,
  SerializationException: 400,
  SessionNotFoundException: 400,
  AccessDeniedException: 400,
  ProvisionedThroughputExceededException: 400,
  UnknownOperationException: 400,
  ThrottlingException: 500,
  InternalServerError: 500,
  ServiceUnavailableException: 503,
  MissingAuthenticationTokenException: 403,
  IncompleteSignatureException: 403,
  InvalidSignatureException: 400,
  UnrecognizedClientException: 400,
};

const DEFAULT_MESSAGES: Record<string, string> = {
  ThrottlingException: 'Rate exceeded (injected by the emulator).',
  ProvisionedThroughputExceededException: 'Provisioned rate exceeded (injected by the emulator).',
  InternalServerError: 'Internal server error (injected by the emulator).',
  AccessDeniedException: 'You are not authorized to perform this action (injected by the emulator).',
  ServiceUnavailableException: 'Service unavailable (injected by the emulator).',
};

export class ServiceError extends Error {
  readonly status: number;
  constructor(
    readonly type: string,
    message?: string,
  ) {
    super(message ?? DEFAULT_MESSAGES[type] ?? type);
    this.status = ERROR_STATUS[type] ?? 400;
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': crypto.randomUUID(),
    ...headers,
  });
  res.end(text);
}

/** The service's error wire form: `{"__type", "Message"}` plus the `x-amzn-errortype` header. */
export function sendServiceError(res: ServerResponse, error: ServiceError): void {
  sendJson(res, error.status, { __type: error.type, Message: error.message }, { 'x-amzn-errortype': error.type });
}
