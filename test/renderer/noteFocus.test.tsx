// @vitest-environment happy-dom
import './setup';
import { act, cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useActions } from '../../renderer/actions/useActions';
import { useKeyboard } from '../../renderer/actions/useKeyboard';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { notesOf } from '../../shared/notes';
import { renderCanvas, useCanvasSize } from './canvasSize';

afterEach(cleanup);
useCanvasSize();

function Keys() {
  useKeyboard(useActions(), false);
  return null;
}

describe('a new sticky note takes the keyboard', () => {
  it('as it appears, not a frame later: a key typed right after Shift+N does not reach the card (A would tag it)', async () => {
    const e = new Editor(emptyDocument('en'));
    e.run('addCard', { stage: 'input', title: 'Staff' });
    const { editor } = await renderCanvas({ doc: e.document, ui: { selection: { cards: ['c1'], links: [] } } }, <Keys />);
    // No frame runs between the two key presses.
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      act(() => void fireEvent.keyDown(document.body, { key: 'N', shiftKey: true, bubbles: true, cancelable: true }));
      const [note] = notesOf(editor.theory);
      expect(note).toBeDefined();
      const focused = document.activeElement;
      expect(focused?.closest('.sticky-note')?.getAttribute('data-note-id')).toBe(note!.id);
      expect(focused?.tagName).toBe('TEXTAREA');
      act(() => void fireEvent.keyDown(focused!, { key: 'A', bubbles: true, cancelable: true }));
      expect(editor.theory.cards.c1!.aio).toEqual([]);
    } finally {
      window.requestAnimationFrame = raf;
    }
  });
});
