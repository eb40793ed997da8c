// Azure OpenAI deployment used by the EU tenant.
const AZURE_URL = 'https://contoso-eu.openai.azure.com/openai/deployments/gpt-4o/chat/completions';

export async function azureChat(content: string): Promise<unknown> {
  const response = await fetch(AZURE_URL, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${process.env.AZURE_OPENAI_KEY}`,
    },
    body: JSON.stringify({ messages: [{ role: 'user', content }] }),
  });
  return response.json();
}
