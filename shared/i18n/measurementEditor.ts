import { defineBundle } from './core';

/** Strings of the inspector's measurement editor (issue #11): the list of an indicator's measurements and its chart. */
export const measurementEditorStrings = defineBundle({
  nl: {
    noMeasurements: 'Nog geen metingen.',
    measurementN: 'Meting {n}',
    measurementNamed: 'Meting {n}: {date}',
    chartOf: 'Metingen van {name}',
    legendBaseline: 'nulmeting',
    legendMeasurement: 'meting',
    legendTarget: 'streefwaarde',
  },
  en: {
    noMeasurements: 'No measurements yet.',
    measurementN: 'Measurement {n}',
    measurementNamed: 'Measurement {n}: {date}',
    chartOf: 'Measurements of {name}',
    legendBaseline: 'baseline',
    legendMeasurement: 'measurement',
    legendTarget: 'target',
  },
});
