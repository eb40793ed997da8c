import { checkFiles, checkPastedText, isReadableSize, tooLargeResult, type InputFile } from './check.js';
import { renderResults } from './render.js';

function required<Type extends HTMLElement>(selector: string): Type {
  const node = document.querySelector<Type>(selector);
  if (node === null) throw new Error(`The page is missing ${selector}`);
  return node;
}

const input = required<HTMLTextAreaElement>('[data-testid="input"]');
const run = required<HTMLButtonElement>('[data-testid="run"]');
const fileInput = required<HTMLInputElement>('[data-testid="file"]');
const results = required<HTMLElement>('[data-testid="results"]');
const dropZone = required<HTMLElement>('#drop-zone');

function showError(error: unknown): void {
  // A bug in a checker must not leave the page silent; the message never contains the input.
  const reason = error instanceof Error ? error.name : 'Error';
  results.replaceChildren(Object.assign(document.createElement('p'), { className: 'summary', textContent: `The check failed (${reason}). Please report it.` }));
}

run.addEventListener('click', () => {
  try {
    renderResults(results, [checkPastedText(input.value)]);
  } catch (error) {
    showError(error);
  }
});

async function checkChosenFiles(list: FileList | null): Promise<void> {
  if (list === null || list.length === 0) return;
  // A file over the CLI's size limit is not even read: reading it is what freezes the tab.
  const chosen = [...list];
  const files: InputFile[] = await Promise.all(chosen.filter((file) => isReadableSize(file.size)).map(async (file) => ({ name: file.name, text: await file.text() })));
  try {
    renderResults(results, [...chosen.filter((file) => !isReadableSize(file.size)).map((file) => tooLargeResult(file.name)), ...checkFiles(files)]);
  } catch (error) {
    showError(error);
  }
}

fileInput.addEventListener('change', () => void checkChosenFiles(fileInput.files));
dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('dragging');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('dragging');
  void checkChosenFiles(event.dataTransfer?.files ?? null);
});
