import { z } from 'zod';
import { setClockOffset } from './clock';
import type { Api } from './http/routes';

const ZClock = z.strictObject({ offsetDays: z.number().min(0).max(400) });

/** Only with KEYI_TEST_CLOCK: journeys such as "see it on Today tomorrow" move the server's day forward. */
export function testClockRoutes(api: Api): void {
  api.post(
    '/test-clock',
    { config: { access: 'public' }, schema: { tags: ['test'], body: ZClock } },
    async (request, reply) => {
      setClockOffset(request.body.offsetDays * 86_400_000);
      return reply.status(204).send();
    },
  );
}
