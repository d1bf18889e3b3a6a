import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/server/routes.js';
import { testApp } from './helpers.js';

interface Doc {
  openapi: string;
  paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
}

describe('GET /api/openapi.json', () => {
  it('describes every route of the app, with the error answers', async () => {
    const doc = (await (await testApp().request('/api/openapi.json')).json()) as Doc;
    expect(doc.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      const operation = doc.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining([String(route.ok.status), '400', '404', '413', '415']));
    }
    expect(doc.paths['/healthz']?.['get']).toBeDefined();
  });

  it('takes the input schema from the contract: strict, with the text limit', async () => {
    const doc = (await (await testApp().request('/api/openapi.json')).json()) as Doc;
    expect(doc.components.schemas['DecisionInput']).toMatchObject({
      type: 'object',
      required: ['text'],
      additionalProperties: false,
      properties: { text: { type: 'string', maxLength: 20_000 } },
    });
    expect(doc.paths['/api/decide']?.['post']?.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/DecisionInput' } } },
    });
    expect(JSON.stringify(doc)).not.toContain('#/$defs/');
  });
});
