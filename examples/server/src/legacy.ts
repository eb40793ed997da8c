// Code from 2022 that nobody dared to delete.
export async function legacyCompletion(prompt: string): Promise<unknown> {
  const response = await fetch('https://api.openai.com/v1/engines/davinci/completions', {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ prompt, max_tokens: 64 }),
  });
  return response.json();
}

export async function listModels(): Promise<unknown> {
  const response = await fetch('http://api.openai.com/v1/models', {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
  });
  return response.json();
}

export async function geminiModels(): Promise<unknown> {
  const response = await fetch(`https://generativelanguage.googleapis.com/v1beta/models?key=${'__FAKE_KEY_gemini__'}`);
  return response.json();
}
