import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import parseRange from 'range-parser';
import { z } from 'zod';
import { ZAttachment } from '../../domain/attachment';
import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import type { Access } from '../http/auth';
import type { Api } from '../http/routes';
import { ZIdParams } from '../http/routes';
import { uploadLimits } from './attachment-upload';
import { deleteAttachment, openAttachment, uploadAttachments } from './attachment.service';
import type { AttachmentOwnerType } from './attachment.table';
import { contentDisposition } from './file-name';
import type { FileStore } from './file-store';

/** 附件 of follow-ups and contracts: upload (multipart `file`, one or several), download, delete to the recycle bin. */
export function attachmentRoutes(api: Api, db: DB, files: FileStore): void {
  const tags = ['attachments'];
  // Multipart is parsed in this scope only: every other route keeps answering it with 415.
  void api.register(async (scope) => {
    await scope.register(multipart, { limits: uploadLimits(files) });
    const routes = scope.withTypeProvider<ZodTypeProvider>();

    const uploadRoute = (path: string, access: Access, type: AttachmentOwnerType) =>
      routes.post(
        path,
        {
          config: { access },
          // No body schema: the multipart stream is read (and checked) by the service, file by file.
          schema: { tags, params: ZIdParams, response: { 201: z.array(ZAttachment) } },
        },
        async (request, reply) => {
          const parts = request.isMultipart() ? request.files({ limits: uploadLimits(files) }) : null;
          const owner = { type, id: request.params.id };
          const created = await uploadAttachments(db, readerOf(request), files, owner, parts);
          return reply.status(201).send(created);
        },
      );
    uploadRoute('/follow-ups/:id/attachments', 'followUps.write', 'followUp');
    // The signed copy of a contract 合同扫描件 (and its annexes).
    uploadRoute('/contracts/:id/attachments', 'contracts.write', 'contract');

    routes.get(
      '/attachments/:id/download',
      { config: { access: 'customers.read' }, schema: { tags, params: ZIdParams } },
      async (request, reply) => {
        const { attachment, read, close } = await openAttachment(
          db,
          readerOf(request),
          files,
          request.params.id,
        );
        // One byte range (a voice message or video seeking, a download resumed on a phone) gets 206; several ranges
        // are answered with the whole file, as HTTP allows; a range past the end gets 416.
        const header = request.headers.range;
        const ranges = header ? parseRange(attachment.size, header, { combine: true }) : undefined;
        if (ranges === -1) {
          await close();
          return reply.status(416).header('content-range', `bytes */${attachment.size}`).send();
        }
        const range =
          Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1 ? ranges[0] : undefined;
        if (range) {
          reply
            .status(206)
            .header('content-range', `bytes ${range.start}-${range.end}/${attachment.size}`)
            .header('content-length', range.end - range.start + 1);
        } else reply.header('content-length', attachment.size);
        return (
          reply
            .type(attachment.contentType)
            .header('accept-ranges', 'bytes')
            .header('content-disposition', contentDisposition(attachment.fileName))
            // The type comes from the allow-list, never from the upload; the browser must not guess another, nor
            // run anything inside a file opened in a tab.
            .header('x-content-type-options', 'nosniff')
            .header('content-security-policy', "default-src 'none'; sandbox")
            .header('cache-control', 'private, no-store')
            .send(read(range))
        );
      },
    );

    routes.delete(
      '/attachments/:id',
      { config: { access: 'followUps.write' }, schema: { tags, params: ZIdParams } },
      async (request, reply) => {
        await deleteAttachment(db, readerOf(request), request.params.id);
        return reply.status(204).send();
      },
    );
  });
}
