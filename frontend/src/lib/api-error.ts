export type FieldErrors = Record<string, string[]>;

interface ErrorBody {
  status?: unknown;
  code?: unknown;
  message?: unknown;
  fields?: unknown;
  retry_after?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toFieldErrors(value: unknown): FieldErrors {
  if (!isRecord(value)) return {};
  const fields: FieldErrors = {};
  for (const [name, messages] of Object.entries(value)) {
    if (Array.isArray(messages)) fields[name] = messages.map(String);
    else if (typeof messages === "string") fields[name] = [messages];
  }
  return fields;
}

/** An API error in the server's one shape: `{status, code, message, fields, retry_after?}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors;
  readonly retryAfter: number | null;
  readonly body: Record<string, unknown>;

  constructor(
    status: number,
    code: string,
    message: string,
    options: Partial<ApiErrorExtras> = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = options.fields ?? {};
    this.retryAfter = options.retryAfter ?? null;
    this.body = options.body ?? {};
  }

  static fromResponse(response: Response, body: unknown): ApiError {
    const data: ErrorBody = isRecord(body) ? body : {};
    const message = typeof data.message === "string" ? data.message : "";
    const code = typeof data.code === "string" ? data.code : "error";
    const header = Number(response.headers.get("Retry-After"));
    const retryAfter =
      typeof data.retry_after === "number" ? data.retry_after : header > 0 ? header : null;
    return new ApiError(response.status, code, message, {
      fields: toFieldErrors(data.fields),
      retryAfter,
      body: isRecord(body) ? body : {},
    });
  }

  /** The messages for one input, joined into one sentence list. */
  fieldMessage(name: string): string | undefined {
    const messages = this.fields[name];
    return messages && messages.length > 0 ? messages.join(" ") : undefined;
  }
}

interface ApiErrorExtras {
  fields: FieldErrors;
  retryAfter: number | null;
  body: Record<string, unknown>;
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function fieldMessage(error: unknown, name: string): string | undefined {
  return isApiError(error) ? error.fieldMessage(name) : undefined;
}
