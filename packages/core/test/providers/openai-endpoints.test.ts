import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isTemplateSegment,
  matchOpenAIPath,
  matchRemovedOpenAIPath,
  openAIEndpoints,
  openAIInferencePaths,
  pathSegments,
  removedOpenAIEndpoints,
} from '../../src/providers/openai-endpoints.js';

describe('OpenAI endpoint data', () => {
  it('has no duplicate paths and only GET, POST, DELETE', () => {
    const paths = openAIEndpoints.map((endpoint) => endpoint.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const endpoint of openAIEndpoints) {
      expect(endpoint.methods.length, endpoint.path).toBeGreaterThan(0);
      for (const method of endpoint.methods) expect(['GET', 'POST', 'DELETE']).toContain(method);
      expect(endpoint.path.startsWith('/'), endpoint.path).toBe(true);
      expect(endpoint.path.startsWith('/v1'), endpoint.path).toBe(false);
    }
  });

  it('keeps the well-known method facts', () => {
    const methods = (path: string) => matchOpenAIPath(path)?.endpoint.methods;
    expect(methods('/chat/completions')).toEqual(['GET', 'POST']);
    expect(methods('/embeddings')).toEqual(['POST']);
    expect(methods('/models')).toEqual(['GET']);
    expect(methods('/files')).toEqual(['GET', 'POST']);
    expect(methods('/me')).toEqual(['GET']);
  });

  it('marks the Admin API', () => {
    expect(matchOpenAIPath('/organization/admin_api_keys')?.endpoint.admin).toBe(true);
    expect(matchOpenAIPath('/organization/projects/proj_abc/api_keys')?.endpoint.admin).toBe(true);
    expect(matchOpenAIPath('/projects/proj_abc/roles')?.endpoint.admin).toBe(true);
    expect(matchOpenAIPath('/chat/completions')?.endpoint.admin).toBeUndefined();
  });

  it('does not list a current endpoint as removed, nor the reverse', () => {
    for (const endpoint of openAIEndpoints) expect(matchRemovedOpenAIPath(endpoint.path), endpoint.path).toBeUndefined();
    for (const removed of removedOpenAIEndpoints) expect(matchOpenAIPath(removed.path), removed.path).toBeUndefined();
  });

  it('gives replacement paths that exist', () => {
    for (const removed of removedOpenAIEndpoints) {
      if (removed.replacementPath !== undefined) expect(matchOpenAIPath(removed.replacementPath), removed.path).toBeDefined();
    }
    for (const path of openAIInferencePaths) expect(matchOpenAIPath(path)?.endpoint.methods, path).toContain('POST');
  });
});

describe('matchOpenAIPath', () => {
  it('fills {param} segments', () => {
    expect(matchOpenAIPath('/files/file-abc/content')?.parameters).toEqual({ file_id: 'file-abc' });
    expect(matchOpenAIPath('/fine_tuning/jobs/ftjob-1/events')?.endpoint.path).toBe('/fine_tuning/jobs/{fine_tuning_job_id}/events');
  });

  it('prefers a literal segment over a parameter', () => {
    expect(matchOpenAIPath('/responses/compact')?.endpoint.path).toBe('/responses/compact');
    expect(matchOpenAIPath('/responses/resp_123')?.endpoint.path).toBe('/responses/{response_id}');
    expect(matchOpenAIPath('/organization/certificates/activate')?.endpoint.path).toBe('/organization/certificates/activate');
  });

  it('ignores one trailing slash and letter case of literals', () => {
    expect(matchOpenAIPath('/chat/completions/')?.endpoint.path).toBe('/chat/completions');
    expect(matchOpenAIPath('/Chat/Completions')?.endpoint.path).toBe('/chat/completions');
  });

  it('lets placeholders stand for parameters only', () => {
    expect(matchOpenAIPath('/files/{{file_id}}')?.endpoint.path).toBe('/files/{file_id}');
    expect(matchOpenAIPath('/files/:file_id/content')?.endpoint.path).toBe('/files/{file_id}/content');
    expect(matchOpenAIPath('/{{resource}}')).toBeUndefined();
  });

  it('rejects unknown, empty and partial paths', () => {
    for (const path of ['', '/', '/chat', '/chat/completion', '/files//content', '/v1/chat/completions', '/embeddings/extra']) {
      expect(matchOpenAIPath(path), path).toBeUndefined();
    }
  });

  it('matches every listed endpoint with sample parameter values (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...openAIEndpoints), fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/), (endpoint, value) => {
        const path = endpoint.path.replace(/\{[^{}]+\}/g, value);
        const match = matchOpenAIPath(path);
        expect(match).toBeDefined();
        // A value equal to a literal may pick the literal endpoint; either way the segments line up.
        expect(pathSegments(match?.endpoint.path ?? '').length).toBe(pathSegments(path).length);
      }),
    );
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (path) => {
      matchOpenAIPath(path);
      matchRemovedOpenAIPath(path);
    }));
  });
});

describe('matchRemovedOpenAIPath', () => {
  it('finds removed endpoints with their replacement', () => {
    expect(matchRemovedOpenAIPath('/engines/davinci/completions')?.removedEndpoint.replacementPath).toBe('/completions');
    expect(matchRemovedOpenAIPath('/engines')?.removedEndpoint.replacementPath).toBe('/models');
    expect(matchRemovedOpenAIPath('/engines/davinci')?.removedEndpoint.path).toBe('/engines');
    expect(matchRemovedOpenAIPath('/fine-tunes/ft-1/events')?.removedEndpoint.replacementPath).toBe('/fine_tuning/jobs');
    expect(matchRemovedOpenAIPath('/edits')?.removedEndpoint.replacementPath).toBe('/chat/completions');
    expect(matchRemovedOpenAIPath('/assistants/asst_1')?.removedEndpoint.replacementPath).toBe('/responses');
    expect(matchRemovedOpenAIPath('/threads/thread_1/runs/run_1/steps')?.removedEndpoint.path).toBe('/threads');
    expect(matchRemovedOpenAIPath('/answers')).toBeDefined();
    expect(matchRemovedOpenAIPath('/classifications')).toBeDefined();
    expect(matchRemovedOpenAIPath('/search')).toBeDefined();
  });

  it('does not treat look-alikes as removed', () => {
    expect(matchRemovedOpenAIPath('/chatkit/threads')).toBeUndefined();
    expect(matchRemovedOpenAIPath('/fine_tuning/jobs')).toBeUndefined();
    expect(matchRemovedOpenAIPath('/images/edits')).toBeUndefined();
  });
});

describe('isTemplateSegment', () => {
  it('recognises placeholders', () => {
    for (const segment of ['{{id}}', ':id', '${id}', '<id>', '%7B%7Bid%7D%7D']) expect(isTemplateSegment(segment), segment).toBe(true);
    expect(isTemplateSegment('file-abc')).toBe(false);
  });
});
