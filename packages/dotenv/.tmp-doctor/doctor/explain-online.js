function hostOf(url) {
    return URL.canParse(url) ? new URL(url).host : url;
}
function serverSaid(message) {
    if (message === undefined || message.trim().length === 0)
        return '';
    const oneLine = message.replace(/\s+/g, ' ').trim();
    return ` The server said: "${oneLine.length > 160 ? `${oneLine.slice(0, 157)}...` : oneLine}"`;
}
/** The likeliest of the causes OpenAI lists for "Incorrect API key provided", by local evidence. */
function invalidKeyCause(evidence) {
    const [firstProblem] = evidence.keyProblems;
    if (firstProblem !== undefined)
        return `Most likely mistyped or pasted wrong: ${firstProblem}`;
    if (evidence.shadowedFiles !== undefined && evidence.shadowedFiles.length > 0) {
        return `Most likely a stale key: the exported ${evidence.variable} in the process environment beats ${evidence.shadowedFiles.join(', ')}, so the old key is sent; unset it or update the export (shell profile, CI secret, PM2 env).`;
    }
    if (evidence.organizationVariable !== undefined) {
        return `Possibly a key from another organization: ${evidence.organizationVariable} is set, so check the key was created in that organization, else create a new key.`;
    }
    return 'The key is well-formed, so it was most likely revoked or rotated (OpenAI also disables keys it finds leaked): create a new key and replace it.';
}
function explainResponse(outcome, evidence) {
    const { status, error, modelCount } = outcome;
    const code = error?.code ?? undefined;
    const base = { status, ...(code === undefined ? {} : { code }) };
    const message = error?.message ?? '';
    if (status >= 200 && status < 300) {
        if (modelCount !== undefined) {
            return { ...base, verdict: 'works', ok: true, modelCount, lines: [`Works: ${hostOf(outcome.url)} accepted the key and lists ${modelCount} model${modelCount === 1 ? '' : 's'}.`] };
        }
        return {
            ...base,
            verdict: 'unexpected-response',
            ok: false,
            lines: [`${hostOf(outcome.url)} answered ${status} but not with a models list: the base URL does not point at an OpenAI-compatible API (a web page, a proxy login?).`],
        };
    }
    if (status === 401) {
        if (code === 'invalid_api_key' || /incorrect api key/i.test(message)) {
            return { ...base, verdict: 'invalid-key', ok: false, lines: [`Rejected: 401 invalid_api_key, ${hostOf(outcome.url)} does not accept this key.`, invalidKeyCause(evidence)] };
        }
        if (/didn.t provide an api key/i.test(message)) {
            return {
                ...base,
                verdict: 'no-key',
                ok: false,
                lines: [
                    "401 \"You didn't provide an API key\": the Authorization header arrived empty or malformed.",
                    'keylint sent `Authorization: Bearer <key>`, so a proxy or gateway at this base URL drops or rewrites the header; in your app, check the header is exactly `Bearer <key>`.',
                ],
            };
        }
        if (code === 'mismatched_organization' || /header should match organization/i.test(message)) {
            const variable = evidence.organizationVariable ?? 'The OpenAI-Organization header';
            return {
                ...base,
                verdict: 'mismatched-organization',
                ok: false,
                lines: [`401 mismatched_organization: ${variable} names an organization this key does not belong to.`, `Set ${variable} to the key's organization ID or remove it.`],
            };
        }
        return { ...base, verdict: 'unauthorized', ok: false, lines: [`401 Unauthorized.${serverSaid(message)}`, 'An IP allowlist or organization membership can cause this; check the project settings.'] };
    }
    if (status === 403) {
        if (code === 'unsupported_country_region_territory' || /country, region, or territory/i.test(message)) {
            return {
                ...base,
                verdict: 'region',
                ok: false,
                lines: ['403 unsupported_country_region_territory: the API refuses requests from the country or region this machine is in; the key is not the problem.', 'Run the app from a supported region (a server or CI runner elsewhere).'],
            };
        }
        return { ...base, verdict: 'forbidden', ok: false, lines: [`403 Forbidden: the key is valid but not allowed to list models (a restricted key, or a project without access).${serverSaid(message)}`] };
    }
    if (status === 429) {
        if (code === 'insufficient_quota' || error?.type === 'insufficient_quota' || /exceeded your current quota/i.test(message)) {
            return {
                ...base,
                verdict: 'insufficient-quota',
                ok: false,
                lines: ['429 insufficient_quota: out of credit or over the monthly spend limit. This is billing, not a rate limit: do not retry.', 'Add credit or raise the limit in the billing settings (a ChatGPT Plus subscription does not include API credit).'],
            };
        }
        return { ...base, verdict: 'rate-limit', ok: false, lines: [`429 rate limit: the key was accepted but too many requests were sent; retry later.${serverSaid(message)}`] };
    }
    if (status === 404) {
        const path = URL.canParse(outcome.url) ? new URL(outcome.url).pathname : '';
        const advice = /\/v\d+[a-z]*\/models$/.test(path)
            ? 'Check the host and path of the base URL.'
            : 'The base URL most likely lacks its version prefix: OpenAI is https://api.openai.com/v1 (add /v1).';
        return { ...base, verdict: 'not-found', ok: false, lines: [`404 at ${outcome.url}: wrong base URL.${serverSaid(message)}`, advice] };
    }
    if (status >= 500) {
        return { ...base, verdict: 'server-error', ok: false, lines: [`${status} from ${hostOf(outcome.url)}: the server failed, so the key could not be judged; retry later.`] };
    }
    return { ...base, verdict: 'unexpected-response', ok: false, lines: [`Unexpected ${status} from ${hostOf(outcome.url)}.${serverSaid(message)}`] };
}
function explainNetwork(outcome, evidence) {
    const host = hostOf(outcome.url);
    const code = outcome.code === undefined ? '' : ` (${outcome.code})`;
    const withCode = outcome.code === undefined ? {} : { code: outcome.code };
    switch (outcome.failure) {
        case 'dns':
            return { ...withCode, verdict: 'dns', ok: false, lines: [`DNS lookup failed for ${hostOf(outcome.url).replace(/:\d+$/, '')}${code}: the host name in the base URL is misspelled, or this machine is offline.`] };
        case 'tls':
            return {
                ...withCode,
                verdict: 'tls',
                ok: false,
                lines: [`TLS handshake with ${host} failed${code}: the certificate is not trusted.`, 'A proxy that intercepts TLS needs its CA in NODE_EXTRA_CA_CERTS; otherwise the host is wrong.'],
            };
        case 'refused':
            return { ...withCode, verdict: 'connection-refused', ok: false, lines: [`Connection refused by ${host}: nothing listens there. Is the local server or proxy running, on that port?`] };
        case 'reset':
            return { ...withCode, verdict: 'connection-reset', ok: false, lines: [`${host} closed the connection${code} before answering: a proxy or firewall in between, or not an HTTP(S) server.`] };
        case 'timeout':
            return { ...withCode, verdict: 'timeout', ok: false, lines: [`No answer from ${host} within ${evidence.timeoutMs} ms: a firewall, a proxy or an unreachable host (raise --timeout if the network is slow).`] };
        case 'other':
            return { ...withCode, verdict: 'network-error', ok: false, lines: [`The request to ${host} failed${code}: ${outcome.detail}`] };
    }
}
export function explainOnline(outcome, evidence) {
    switch (outcome.kind) {
        case 'response':
            return explainResponse(outcome, evidence);
        case 'network':
            return explainNetwork(outcome, evidence);
        case 'redirect': {
            const target = outcome.location === undefined ? 'an unnamed location' : outcome.location;
            const sameHost = outcome.location !== undefined && URL.canParse(outcome.location, outcome.url) && new URL(outcome.location, outcome.url).host === hostOf(outcome.url);
            return {
                verdict: 'redirect',
                ok: false,
                status: outcome.status,
                lines: [
                    `${hostOf(outcome.url)} answered ${outcome.status} redirecting to ${target}${sameHost ? '' : ' (another host)'}; keylint never follows a redirect with a key.`,
                    'Use the final address as the base URL if you trust it; SDKs do not resend the key after a redirect either.',
                ],
            };
        }
        case 'refused-url':
            return { verdict: 'refused-url', ok: false, lines: [`Not sent: ${outcome.reason}.`] };
        case 'unsendable':
            return { verdict: 'not-sent', ok: false, lines: [`Not sent: ${outcome.reason}; fix the findings above first.`] };
    }
}
//# sourceMappingURL=explain-online.js.map