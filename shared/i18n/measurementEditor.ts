import { defineBundle } from './core';

/** Strings of the inspector's measurement editor (issue #11): the list of an indicator's measurements. */
export const measurementEditorStrings = defineBundle({
  nl: {
    noMeasurements: 'Nog geen metingen.',
    measurementN: 'Meting {n}',
    measurementNamed: 'Meting {n}: {date}',
  },
  en: {
    noMeasurements: 'No measurements yet.',
    measurementN: 'Measurement {n}',
    measurementNamed: 'Measurement {n}: {date}',
  },
});
