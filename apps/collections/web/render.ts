import type { LintMessage } from '@keylint/core';
import { ruleUrl, type PageResult } from './check.js';

function element<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, className: string, text?: string): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  if (className.length > 0) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function fixText(message: LintMessage): string | undefined {
  if (message.fix !== undefined) return message.fix.text.length === 0 ? 'Fix: delete the marked characters.' : `Fix: replace the marked characters with “${message.fix.text}”.`;
  return undefined;
}

/** One finding: where, how bad, what, which rule (linked to its page), and the fix. Never the input text itself. */
function renderMessage(message: LintMessage): HTMLElement {
  const item = element('li', message.severity === 2 ? 'finding error' : 'finding warning');
  item.dataset['testid'] = message.ruleId === null ? 'fatal' : 'finding';
  const where = message.endLine !== undefined && message.endLine !== message.line ? `${message.line}:${message.column}–${message.endLine}:${message.endColumn ?? ''}` : `${message.line}:${message.column}`;
  item.append(element('span', 'position', where), element('span', 'severity', message.severity === 2 ? 'error' : 'warning'), element('span', 'message', message.message));
  if (message.ruleId !== null) {
    const url = ruleUrl(message.ruleId);
    const rule = element(url === undefined ? 'span' : 'a', 'rule', message.ruleId);
    if (rule instanceof HTMLAnchorElement && url !== undefined) {
      rule.href = url;
      rule.target = '_blank';
      rule.rel = 'noopener noreferrer';
    }
    item.append(rule);
  }
  const fix = fixText(message);
  if (fix !== undefined) item.append(element('div', 'fix', fix));
  for (const suggestion of message.suggestions ?? []) item.append(element('div', 'fix', `Suggestion: ${suggestion.desc}`));
  return item;
}

/** Replaces the findings area with the results. */
export function renderResults(container: HTMLElement, results: readonly PageResult[]): void {
  container.replaceChildren();
  const total = results.reduce((sum, result) => sum + result.messages.length, 0);
  const summary = element('p', 'summary', total === 0 ? 'No problems found.' : `${total} problem${total === 1 ? '' : 's'} found.`);
  summary.dataset['testid'] = 'summary';
  container.append(summary);
  for (const result of results) {
    const section = element('section', 'result');
    section.append(element('h2', '', `${result.name} (${result.kind === 'curl' ? 'cURL' : `Postman ${result.kind}`})`));
    if (result.messages.length === 0) section.append(element('p', 'clean', 'No problems found.'));
    else {
      const list = element('ol', 'findings');
      list.append(...result.messages.map(renderMessage));
      section.append(list);
    }
    container.append(section);
  }
}
