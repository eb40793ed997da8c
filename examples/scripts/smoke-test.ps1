# Windows smoke test
curl.exe https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"
curl.exe "https://contoso-eu.openai.azure.com/openai/deployments/gpt-4o/chat/completions" `
  -H "api-key: $env:AZURE_OPENAI_API_KEY" `
  -H "Content-Type: application/json" `
  --data "{\"messages\": [{\"role\": \"user\", \"content\": \"ping\"}]}"
