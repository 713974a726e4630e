import type { z } from 'zod';
import {
  contract,
  ERROR_CODES,
  type Contract,
  type Envelope,
  type MethodName,
  type ResponseOf,
} from '../../shared/contract';

/** What a service receives: the request after the contract's schema parsed it. */
export type ParsedRequestOf<M extends MethodName> = z.output<Contract[M]['request']>;

/** One implementation per contract method; IPC (Electron) and the HTTP bridge (browser) share them. */
export type Services = { [M in MethodName]: (request: ParsedRequestOf<M>) => Promise<ResponseOf<M>> };

/**
 * Codes that may reach the renderer are contract codes or i18n keys, which start in lower case.
 * Node's own codes (ENOENT, ERR_INVALID_ARG_TYPE) are upper case: they describe our internals, carry
 * paths in their messages, and mean nothing to a user, so they are reported as `internal`.
 */
const USER_FACING_CODE = /^[a-z][A-Za-z0-9_.-]*$/;

const MAX_REPORTED_ISSUES = 10;

function failure(code: string, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

function userFacingCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return undefined;
  return USER_FACING_CODE.test(error.code) ? error.code : undefined;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, MAX_REPORTED_ISSUES)
    .map((issue) => `${issue.path.map(String).join('.') || '(request)'}: ${issue.message}`)
    .join('; ');
}

async function run(services: Services, method: MethodName, rawPayload: unknown): Promise<Envelope<unknown>> {
  const schemas: { request: z.ZodType; response: z.ZodType } = contract[method];
  const request = schemas.request.safeParse(rawPayload);
  if (!request.success) return failure(ERROR_CODES.badRequest, describeIssues(request.error.issues));

  // TypeScript cannot tie `method` to its own entry across the union of methods; the value was
  // produced by this very method's request schema, so the call is sound.
  const implementation = services[method] as (request: unknown) => Promise<unknown>;
  let result: unknown;
  try {
    result = await implementation(request.data);
  } catch (error) {
    const code = userFacingCode(error);
    if (code !== undefined && error instanceof Error) return failure(code, error.message);
    console.error(`TrainDesk: ${method} failed:`, error);
    return failure(ERROR_CODES.internal, `${method} failed`);
  }

  const response = schemas.response.safeParse(result);
  if (!response.success) {
    console.error(
      `TrainDesk: ${method} answered outside its contract: ${describeIssues(response.error.issues)}`,
    );
    return failure(ERROR_CODES.internal, `${method} failed`);
  }
  return { ok: true, data: response.data };
}

/**
 * The one entry point for every call from the renderer, whatever carried it (IPC or HTTP): it names
 * a method, validates the payload, runs the service and checks its answer, and always resolves to
 * an envelope. Nothing thrown crosses the boundary: stacks go to stderr, the caller gets a code.
 */
export async function dispatch(
  services: Services,
  methodName: string,
  rawPayload: unknown,
): Promise<Envelope<unknown>> {
  if (!isMethodName(methodName)) {
    return failure(ERROR_CODES.unknownMethod, `No method named ${JSON.stringify(methodName.slice(0, 100))}`);
  }
  return run(services, methodName, rawPayload);
}
