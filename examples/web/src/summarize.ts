// "Quick" summariser someone wired by hand with fetch.
const OPENAI_URL = 'https://api.openai.com/v1/chat/completion';

export async function summarize(text: string, apiKey: string): Promise<string> {
  const response = await fetch(OPENAI_URL, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer: ${apiKey}`,
    },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Summarise: ${text}` }] }),
  });
  const data = await response.json();
  return data.choices[0].message.content;
}
