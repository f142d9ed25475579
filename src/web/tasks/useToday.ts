import { todayIn } from '../../domain/dates';
import { useSession } from '../auth/session';

/** Today as the workspace counts it (its time zone), which is what the server's due filters use. */
export function useToday(): string {
  const { workspace } = useSession();
  return todayIn(workspace.timeZone);
}
