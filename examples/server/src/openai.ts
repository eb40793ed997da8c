// Node server: the OpenAI client everyone else imports.
import OpenAI from 'openai';

export const openai = new OpenAI({
  apiKey: process.env.OPENAI_APIKEY,
  baseURL: process.env.OPENAI_API_BASE,
  organization: 'proj_k3yl1ntD3m0Pr0j3ctId0001',
});

// Left over from a prototype: "just for local testing".
export const fallbackClient = new OpenAI({ apiKey: '__FAKE_KEY_openai-project__ ' });
