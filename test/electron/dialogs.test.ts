import { describe, expect, it } from 'vitest';
import { exportDialogOptions, openDialogOptions, saveDialogOptions } from '../../electron/main/dialogs';

describe('file dialogs', () => {
  it('open and save offer Werkzaam theories (.werkzaam, .json) in the chosen language', () => {
    expect(openDialogOptions('nl')).toEqual({ title: 'Theorie openen', properties: ['openFile'], filters: [{ name: 'Werkzaam-theorie', extensions: ['werkzaam', 'json'] }] });
    expect(openDialogOptions('en').title).toBe('Open theory');
    const save = saveDialogOptions('en', 'KdG theory.werkzaam');
    expect(save).toMatchObject({ title: 'Save theory', defaultPath: 'KdG theory.werkzaam', filters: [{ name: 'Werkzaam theory', extensions: ['werkzaam', 'json'] }] });
    expect(save.properties).toContain('showOverwriteConfirmation');
  });

  it('each export kind gets its own title and only its own extension', () => {
    expect(exportDialogOptions('nl', 'pdf', 'kdg.pdf')).toMatchObject({ title: 'Exporteren als PDF', defaultPath: 'kdg.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(exportDialogOptions('en', 'svg', 'kdg.svg')).toMatchObject({ title: 'Export as SVG', filters: [{ name: 'SVG', extensions: ['svg'] }] });
    expect(exportDialogOptions('en', 'png', 'kdg.png').filters).toEqual([{ name: 'PNG', extensions: ['png'] }]);
    expect(exportDialogOptions('en', 'json', 'kdg.json').filters).toEqual([{ name: 'JSON', extensions: ['json'] }]);
  });
});
