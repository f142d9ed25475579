import type { ErrorCode } from '../../domain/error-codes';
import { AppError, type FieldProblem } from './errors';

/** Collects every field problem of one input, so the person sees them all at once, then throws them together. */
export class FieldErrors {
  private readonly problems: FieldProblem[] = [];

  add(path: string, code: ErrorCode): void {
    this.problems.push({ path, code });
  }

  /** The problems so far (an import reports them per row instead of throwing). */
  list(): readonly FieldProblem[] {
    return this.problems;
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(code: ErrorCode = 'VALIDATION_FAILED', extra: Record<string, unknown> = {}): void {
    if (this.problems.length > 0) throw new AppError(code, { fields: this.problems, extra });
  }
}
