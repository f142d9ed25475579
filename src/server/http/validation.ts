import type { FastifySchemaCompiler } from 'fastify';
import type { core, ZodType } from 'zod';

/** Carries zod's issues and the input they are about, so the error handler can word them per field and locale. */
export class InputValidationError extends Error {
  readonly statusCode = 400;
  validationContext?: string;
  constructor(
    readonly issues: readonly core.$ZodIssue[],
    readonly input: unknown,
  ) {
    super('input validation failed');
  }
}

export const validatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data);
    return result.success
      ? { value: result.data }
      : { error: new InputValidationError(result.error.issues, data) };
  };
