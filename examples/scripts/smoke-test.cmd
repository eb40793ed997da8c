@echo off
rem Windows cmd smoke test
curl https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"
curl https://api.openai.com/v1/models -H "Authorization: Bearer %OPENAI_API_KEY%"
