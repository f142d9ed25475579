import { ZFollowUpProposal, ZParsePastedInput } from '../../domain/paste-to-log/proposal';
import type { DB } from '../db/schema';
import { authOf } from '../http/auth';
import type { Api } from '../http/routes';
import { proposeFollowUp } from './follow-up-parse.service';

/** Paste to log (粘贴识别): a pasted chat or transcript in, a proposed follow-up out; the user checks it and saves. */
export function followUpParseRoutes(api: Api, db: DB): void {
  api.post(
    '/follow-ups/parse',
    {
      // Only those who may log a follow-up need a proposal for one.
      config: { access: 'followUps.write' },
      schema: { tags: ['follow-ups'], body: ZParsePastedInput, response: { 200: ZFollowUpProposal } },
    },
    async (request) => proposeFollowUp(db, authOf(request), request.body),
  );
}
