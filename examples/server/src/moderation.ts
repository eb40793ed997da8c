// Moderation check written from memory at 2 a.m.
export async function moderate(input: string): Promise<unknown> {
  const response = await fetch('https://api.openai.co/v1/moderations', {
    method: 'POST',
    headers: {
      Authorisation: `Bearer ${process.env.OPENAI_API_KEY}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ model: 'omni-moderation-latest', input }),
  });
  return response.json();
}
