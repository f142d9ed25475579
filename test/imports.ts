import { importFinished } from '../src/server/imports/import-run';
import type { Client } from './harness';

/**
 * A sheet (of customers unless told) uploaded and run as the wizard does, with its suggested settings and any the
 * test changes; answers the finished batch (counts, settings, status).
 */
export async function importSheet(
  client: Client,
  name: string,
  data: Buffer,
  settings: Record<string, unknown> = {},
  kind = 'customers',
) {
  const uploaded = await client.upload(`/api/v1/imports?kind=${kind}`, [{ name, data }]);
  if (uploaded.statusCode !== 201) throw new Error(`upload failed: ${uploaded.statusCode} ${uploaded.body}`);
  let { batch } = uploaded.json();
  if (settings.sheet) {
    // Another sheet: its own header row and mapping, as the wizard asks for when the person picks it.
    const chosen = await client.post(`/api/v1/imports/${batch.id}/sheet`, { sheet: settings.sheet });
    if (chosen.statusCode !== 200) throw new Error(`sheet failed: ${chosen.statusCode} ${chosen.body}`);
    batch = chosen.json().batch;
  }
  const run = await client.post(`/api/v1/imports/${batch.id}/run`, { ...batch.settings, ...settings });
  if (run.statusCode !== 202) throw new Error(`run failed: ${run.statusCode} ${run.body}`);
  await importFinished(batch.id);
  return (await client.get(`/api/v1/imports/${batch.id}`)).json();
}
