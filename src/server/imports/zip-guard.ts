import yauzl from 'yauzl';

/** An xlsx holds a few dozen parts; thousands of entries are no workbook. */
const MAX_ENTRIES = 5_000;

export type ZipCheck = 'ok' | 'notZip' | 'notWorkbook' | 'unpacksTooLarge';

/**
 * Whether an .xlsx can be read without unpacking past `limit` bytes: every entry is inflated once and counted (yauzl
 * checks each against the size it declares, and the declared sizes must add up under the limit), so a zip bomb is
 * stopped after at most `limit` bytes and memory stays at one chunk. A zip without xl/workbook.xml is no workbook.
 */
export async function checkZip(path: string, limit: number): Promise<ZipCheck> {
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, file) =>
        error ? reject(error) : resolve(file),
      ),
    );
  } catch {
    return 'notZip';
  }
  try {
    return await walk(zip, limit);
  } catch {
    return 'notZip';
  } finally {
    zip.close();
  }
}

async function walk(zip: yauzl.ZipFile, limit: number): Promise<ZipCheck> {
  if (zip.entryCount > MAX_ENTRIES) return 'unpacksTooLarge';
  let declared = 0;
  let workbook = false;
  for (;;) {
    const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      zip.once('entry', resolve);
      zip.once('end', () => resolve(null));
      zip.once('error', reject);
      zip.readEntry();
    });
    zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
    if (!entry) return workbook ? 'ok' : 'notWorkbook';
    if (entry.fileName === 'xl/workbook.xml') workbook = true;
    declared += entry.uncompressedSize;
    if (declared > limit) return 'unpacksTooLarge';
    await drain(zip, entry);
  }
}

/** Inflates an entry to nowhere; yauzl fails it when it unpacks to more than it declared. */
async function drain(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<void> {
  if (entry.fileName.endsWith('/')) return;
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
    zip.openReadStream(entry, (error, s) => (error ? reject(error) : resolve(s))),
  );
  for await (const chunk of stream) void chunk;
}
