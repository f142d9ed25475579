/** Default colours for the default entries of 客户类型/状态; entries a workspace adds stay neutral. */
const TYPE: Record<string, string> = {
  prospect: 'default',
  intent: 'blue',
  customer: 'green',
  repeat: 'purple',
  lost: 'default',
};
const STATUS: Record<string, string> = { new: 'cyan', following: 'blue', done: 'green', lost: 'default' };

export const typeColor = (key: string | undefined) => (key ? TYPE[key] : undefined);
export const statusColor = (key: string | undefined) => (key ? STATUS[key] : undefined);
