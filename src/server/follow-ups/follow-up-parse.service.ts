import { SERVICE_FOLLOW_UP_KIND } from '../../domain/follow-up';
import { parsePastedText } from '../../domain/paste-to-log/parse-pasted';
import type { TFollowUpProposal, TParsePastedInput } from '../../domain/paste-to-log/proposal';
import type { TDictionary } from '../../domain/dictionaries';
import type { DB } from '../db/schema';
import { loadDictionaries, type Dictionaries } from '../dictionaries/dictionary.service';
import type { AuthContext } from '../http/auth';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';

/** A key the workspace can still save: it may have archived or removed a default entry. */
function usable(dicts: Dictionaries, dictionary: TDictionary, key: string | undefined): string | undefined {
  const entry = key === undefined ? undefined : dicts.find(dictionary, key);
  return entry && entry.deleted_at === null ? entry.key : undefined;
}

/**
 * Proposes a follow-up from pasted text (paste to log), in the workspace's time zone, with the caller's name to tell
 * their lines from the customer's. Nothing is stored and nothing leaves the server.
 */
export async function proposeFollowUp(
  db: DB,
  auth: AuthContext,
  input: TParsePastedInput,
): Promise<TFollowUpProposal> {
  const [settings, dicts] = await Promise.all([
    loadWorkspaceSettings(db, auth.scope.workspaceId),
    loadDictionaries(db, auth.scope),
  ]);
  const { method, kind, ...rest } = parsePastedText(input.text, {
    now: input.now ? new Date(input.now) : new Date(),
    timeZone: settings.timeZone,
    selfNames: [auth.user.name],
  });
  // Service logs after-sales visits only: propose the one kind they may save.
  const kindKey = auth.actor.role === 'service' ? SERVICE_FOLLOW_UP_KIND : kind;
  const methodKey = usable(dicts, 'followUpMethod', method);
  const kindUsable = usable(dicts, 'followUpKind', kindKey);
  return {
    ...rest,
    ...(methodKey && { method: methodKey }),
    ...(kindUsable && { kind: kindUsable }),
  };
}
