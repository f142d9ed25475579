/**
 * The server's "now". End-to-end journeys move it forward ("see it on Today tomorrow") through the test-clock route,
 * which exists only when KEYI_TEST_CLOCK is on; otherwise the offset stays 0 and this is the system clock.
 */
let offsetMs = 0;

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

export function setClockOffset(ms: number): void {
  offsetMs = ms;
}
