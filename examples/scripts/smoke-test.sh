#!/usr/bin/env bash
# Smoke test the keys before a deploy.
set -euo pipefail

curl https://api.openai.com/v1/models \
  -H 'Authorization: Bearer $OPENAI_API_KEY'

curl -k https://api.openai.com/v1/chat/completions \ 
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  -d '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "ping"}]}'

curl https://api.anthropic.com/v1/messages \
  -H "x-api-key: $ANTHROPIC_API_KEY" \
  -H "content-type: application/json" \
  --data '{"model": "claude-sonnet-4-5", "max_tokens": 16, "messages": [{"role": "user", "content": "ping"}]}'
