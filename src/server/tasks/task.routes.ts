import { ZCreateTaskInput, ZTask, ZUpdateTaskInput } from '../../domain/task';
import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import { versionFromIfMatch } from '../http/concurrency';
import { pageSchema } from '../http/pagination';
import { ZIdParams, type Api } from '../http/routes';
import { listTasks, ZTaskListQuery } from './task-list.service';
import { createTask, deleteTask, getTask, updateTask } from './task.service';

export function taskRoutes(api: Api, db: DB): void {
  const tags = ['tasks'];

  api.get(
    '/tasks',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZTaskListQuery, response: { 200: pageSchema(ZTask) } },
    },
    async (request) => listTasks(db, readerOf(request), request.query),
  );

  api.post(
    '/tasks',
    {
      config: { access: 'tasks.write' },
      schema: { tags, body: ZCreateTaskInput, response: { 201: ZTask } },
    },
    async (request, reply) => reply.status(201).send(await createTask(db, readerOf(request), request.body)),
  );

  api.get(
    '/tasks/:id',
    { config: { access: 'customers.read' }, schema: { tags, params: ZIdParams, response: { 200: ZTask } } },
    async (request) => getTask(db, readerOf(request), request.params.id),
  );

  api.patch(
    '/tasks/:id',
    {
      config: { access: 'tasks.write' },
      preValidation: versionFromIfMatch,
      schema: { tags, params: ZIdParams, body: ZUpdateTaskInput, response: { 200: ZTask } },
    },
    async (request) => updateTask(db, readerOf(request), request.params.id, request.body),
  );

  api.delete(
    '/tasks/:id',
    { config: { access: 'tasks.write' }, schema: { tags, params: ZIdParams } },
    async (request, reply) => {
      await deleteTask(db, readerOf(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
