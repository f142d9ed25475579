import {
  ZCreateMilestoneInput,
  ZCreateProjectInput,
  ZMilestone,
  ZProject,
  ZProjectDetail,
  ZUpdateMilestoneInput,
  ZUpdateProjectInput,
} from '../../domain/project';
import { readerOf } from '../customers/customer.routes';
import type { DB } from '../db/schema';
import { versionFromIfMatch } from '../http/concurrency';
import { pageSchema } from '../http/pagination';
import { ZIdParams, type Api } from '../http/routes';
import { installmentRoutes } from './installment.routes';
import { createMilestone, deleteMilestone, updateMilestone } from './milestone.service';
import { listProjects, ZProjectListQuery } from './project-list.service';
import { createProject, deleteProject, getProject, updateProject } from './project.service';

/** 交付项目 and their milestones; installments, payments and receivables in installment.routes.ts. */
export function projectRoutes(api: Api, db: DB): void {
  const tags = ['projects'];

  api.get(
    '/projects',
    {
      config: { access: 'customers.read' },
      schema: { tags, querystring: ZProjectListQuery, response: { 200: pageSchema(ZProject) } },
    },
    async (request) => listProjects(db, readerOf(request), request.query),
  );

  api.post(
    '/projects',
    {
      config: { access: 'projects.write' },
      schema: { tags, body: ZCreateProjectInput, response: { 201: ZProjectDetail } },
    },
    async (request, reply) =>
      reply.status(201).send(await createProject(db, readerOf(request), request.body)),
  );

  api.get(
    '/projects/:id',
    {
      config: { access: 'customers.read' },
      schema: { tags, params: ZIdParams, response: { 200: ZProjectDetail } },
    },
    async (request) => getProject(db, readerOf(request), request.params.id),
  );

  api.patch(
    '/projects/:id',
    {
      config: { access: 'projects.write' },
      preValidation: versionFromIfMatch,
      schema: { tags, params: ZIdParams, body: ZUpdateProjectInput, response: { 200: ZProjectDetail } },
    },
    async (request) => updateProject(db, readerOf(request), request.params.id, request.body),
  );

  api.delete(
    '/projects/:id',
    { config: { access: 'projects.write' }, schema: { tags, params: ZIdParams } },
    async (request, reply) => {
      await deleteProject(db, readerOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  api.post(
    '/projects/:id/milestones',
    {
      config: { access: 'milestones.write' },
      schema: { tags, params: ZIdParams, body: ZCreateMilestoneInput, response: { 201: ZMilestone } },
    },
    async (request, reply) =>
      reply.status(201).send(await createMilestone(db, readerOf(request), request.params.id, request.body)),
  );

  api.patch(
    '/milestones/:id',
    {
      config: { access: 'milestones.write' },
      preValidation: versionFromIfMatch,
      schema: { tags, params: ZIdParams, body: ZUpdateMilestoneInput, response: { 200: ZMilestone } },
    },
    async (request) => updateMilestone(db, readerOf(request), request.params.id, request.body),
  );

  api.delete(
    '/milestones/:id',
    { config: { access: 'milestones.write' }, schema: { tags, params: ZIdParams } },
    async (request, reply) => {
      await deleteMilestone(db, readerOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  installmentRoutes(api, db);
}
