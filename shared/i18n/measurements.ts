import { defineBundle } from './core';

/**
 * Strings of measured values over time (issue #11): a series' direction, the chart, the
 * CSV measurement import and export. Shared by the inspector, the canvas, the report and
 * the command line.
 */
export const measurementStrings = defineBundle({
  nl: {
    direction_toward: 'richting streefwaarde',
    direction_away: 'van streefwaarde af',
    direction_steady: 'onveranderd',
    direction_reached: 'streefwaarde bereikt',
    direction_unknown: 'onbekend',
    progress_toward: 'Indicatoren gaan richting hun streefwaarde',
    progress_away: 'Indicatoren gaan van hun streefwaarde af',
    progress_mixed: 'Indicatoren gaan deels richting, deels van hun streefwaarde af',
    chartTarget: 'Streefwaarde {value}',
    chartTargetDated: 'Streefwaarde {value} ({date})',
    summaryBaseline: 'Nulmeting {value} ({date})',
    summaryLatest: 'laatste meting {value} ({date})',
    summaryTarget: 'streefwaarde {value}',
    summaryTargetDated: 'streefwaarde {value} ({date})',
    summaryDirection: 'verloop: {direction}',
    summaryPoints: '{n} metingen',
    summaryOnePoint: '1 meting',
    summaryNone: 'Nog geen metingen met een getal en een datum.',
  },
  en: {
    direction_toward: 'toward target',
    direction_away: 'away from target',
    direction_steady: 'unchanged',
    direction_reached: 'target reached',
    direction_unknown: 'unknown',
    progress_toward: 'Indicators moving toward their target',
    progress_away: 'Indicators moving away from their target',
    progress_mixed: 'Indicators moving partly toward, partly away from their target',
    chartTarget: 'Target {value}',
    chartTargetDated: 'Target {value} ({date})',
    summaryBaseline: 'Baseline {value} ({date})',
    summaryLatest: 'latest {value} ({date})',
    summaryTarget: 'target {value}',
    summaryTargetDated: 'target {value} ({date})',
    summaryDirection: 'direction: {direction}',
    summaryPoints: '{n} measurements',
    summaryOnePoint: '1 measurement',
    summaryNone: 'No measurements with a number and a date yet.',
  },
});
