/**
 * `GET /api/openapi.json`: an OpenAPI 3.1 document built from the route table and the same
 * valibot schemas the routes validate with.
 */
import { toJsonSchema, toJsonSchemaDefs } from '@valibot/to-json-schema';
import type { ConversionConfig, JsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { DecisionInputSchema } from '../schema/input.js';
import { DecisionSchema } from '../schema/output.js';
import { DecisionRecordSchema, ErrorsSchema } from './api-schemas.js';
import { HEALTH_ROUTE, ROUTES } from './routes.js';
import type { Route } from './routes.js';

/** Named once under components.schemas and referred to from every route that uses them. */
const DEFINITIONS = {
  DecisionInput: DecisionInputSchema,
  Decision: DecisionSchema,
  DecisionRecord: DecisionRecordSchema,
  Errors: ErrorsSchema,
};

// `check` actions ("not only whitespace") have no general JSON Schema form.
const CONFIG: ConversionConfig = { target: 'draft-2020-12', ignoreActions: ['check'], definitions: DEFINITIONS };

const ERROR_STATUSES: Readonly<Record<string, string>> = {
  '400': 'Bad input: every problem as { field, code, message }.',
  '401': 'The server needs a token and none, or the wrong one, was sent.',
  '404': 'No such route or record, or nothing is logged (--no-log).',
  '405': 'The route exists but not with this method.',
  '413': 'The body is over 1 MiB.',
  '415': 'The body is not application/json.',
};

/** The schema's JSON Schema, with references pointed at components.schemas. */
function jsonSchema(schema: GenericSchema): JsonSchema {
  // The definitions each conversion repeats live once, under components.schemas.
  const { $schema, $defs, ...rest } = toJsonSchema(schema, CONFIG);
  return retarget(rest);
}

function retarget<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as T;
}

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const errors = { $ref: '#/components/schemas/Errors' };

function operation(route: Route): Record<string, unknown> {
  const responses: Record<string, unknown> = {
    [route.ok.status]: route.ok.schema
      ? { description: 'OK', content: json(jsonSchema(route.ok.schema)) }
      : { description: 'Done; no body.' },
  };
  for (const [status, description] of Object.entries(ERROR_STATUSES)) responses[status] = { description, content: json(errors) };
  const pathParams = [...route.path.matchAll(/:(\w+)/g)].map((match) => ({ name: match[1], in: 'path', required: true, schema: { type: 'string' } }));
  const queryParams = Object.entries(route.query ?? {}).map(([name, schema]) => {
    const converted = jsonSchema(schema);
    return { name, in: 'query', required: false, description: converted.description, schema: converted };
  });
  return {
    summary: route.summary,
    ...(pathParams.length + queryParams.length > 0 ? { parameters: [...pathParams, ...queryParams] } : {}),
    ...(route.body ? { requestBody: { required: true, content: json(jsonSchema(route.body)) } } : {}),
    responses,
  };
}

/**
 * @example buildOpenApi('0.1.0').paths['/api/decide'].post.summary // 'Decide one task; ...'
 */
export function buildOpenApi(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  paths[HEALTH_ROUTE.path] = {
    get: { summary: HEALTH_ROUTE.summary, security: [], responses: { 200: { description: 'OK', content: json(jsonSchema(HEALTH_ROUTE.schema)) } } },
  };
  const { definitions, ...defsConfig } = CONFIG;
  return {
    openapi: '3.1.0',
    info: {
      title: 'code-or-cowork',
      version,
      description: 'Decides whether a task belongs in Claude Code or Claude Cowork, explains why, and keeps a log of decisions.',
    },
    paths,
    components: {
      schemas: retarget(toJsonSchemaDefs(DEFINITIONS, defsConfig)),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Required when the server is bound to a non-loopback address.' } },
    },
    security: [{ bearer: [] }],
  };
}
