import type { TemplateSpec } from './build';

/**
 * One example card per stage, joined into a chain: a first-time user sees what goes in each
 * stage and what a link is for. Every text is a hint, marked "Voorbeeld"/"Example", meant
 * to be typed over (editing a title on the canvas starts with the whole title selected).
 * The stage hints follow ../shared/domain.md ("what goes there"); the examples are
 * generic, not facts about any organisation.
 */
export const EXAMPLES: TemplateSpec = {
  theory: {
    title: { nl: 'Nieuwe theorie met voorbeelden', en: 'New theory with examples' },
    description: {
      nl: 'Eén voorbeeldkaart per fase. Typ over de titels en beschrijvingen heen, voeg kaarten toe of verwijder wat je niet nodig hebt.',
      en: 'One example card per stage. Type over the titles and descriptions, add cards, or delete what you do not need.',
    },
  },
  cards: [
    {
      id: 'c1',
      stage: 'input',
      title: { nl: 'Voorbeeld: begeleiders en partners', en: 'Example: staff and partners' },
      description: {
        nl: 'Input: wat zet je in? Mensen, geld, partners, kennis, en de situatie van de doelgroep.',
        en: 'Input: what do you put in? Staff, money, partners, knowledge, and the target group’s situation.',
      },
      aio: ['netwerk'],
      research: { basis: 'domain.md, the chain: input' },
    },
    {
      id: 'c2',
      stage: 'action',
      title: { nl: 'Voorbeeld: begeleiding op de werkvloer', en: 'Example: support on the shop floor' },
      description: {
        nl: 'Acties: wat doet de organisatie? Trainingen, coaching, netwerkbijeenkomsten.',
        en: 'Actions: what does the organisation do? Trainings, coaching, network meetings.',
      },
      aio: ['arbeidsmatig'],
      research: { basis: 'domain.md, the chain: actions' },
    },
    {
      id: 'c3',
      stage: 'intermediate',
      title: { nl: 'Voorbeeld: aantal deelnemers met een traject', en: 'Example: number of participants on a track' },
      description: {
        nl: 'Tussenresultaten: directe, telbare resultaten van de acties (gehouden bijeenkomsten, bereikte mensen).',
        en: 'Intermediate results: direct, countable results of the actions (sessions held, people reached).',
      },
      aio: ['arbeidsmatig'],
      research: { basis: 'domain.md, the chain: intermediate results' },
    },
    {
      id: 'c4',
      stage: 'outcome',
      title: { nl: 'Voorbeeld: meer zelfvertrouwen', en: 'Example: more self-confidence' },
      description: {
        nl: 'Outcomes: veranderingen bij mensen, zoals zelfvertrouwen, netwerk en werkgewoonten, van korte naar lange termijn.',
        en: 'Outcomes: changes in people, such as self-confidence, network and work habits, from short to long term.',
      },
      aio: ['integraal'],
      indicators: [
        {
          name: { nl: 'Voorbeeld: zelfvertrouwen', en: 'Example: self-confidence' },
          definition: { nl: 'Hoe meet je of de verandering er komt? Bijvoorbeeld met een meetschaal of een gesprek.', en: 'How do you measure whether the change comes? For example with a scale or an interview.' },
          source: { nl: 'Voorbeeld: vragenlijst bij start en einde', en: 'Example: questionnaire at start and end' },
        },
      ],
      research: { basis: 'domain.md, the chain: outcomes; measurement (an indicator as funders ask for it)' },
    },
    {
      id: 'c5',
      stage: 'impact',
      title: { nl: 'Voorbeeld: duurzaam aan het werk', en: 'Example: lasting work' },
      description: {
        nl: 'Impact: blijvende maatschappelijke verandering, zoals duurzame participatie, minder terugval of lagere kosten.',
        en: 'Impact: lasting change in society, such as durable participation, less relapse or lower costs.',
      },
      aio: ['arbeidsmatig'],
      research: { basis: 'domain.md, the chain: impact' },
    },
  ],
  links: [
    { from: 'c1', to: 'c2', rationale: { nl: 'Voorbeeld: waarom leidt deze input tot deze actie?', en: 'Example: why does this input lead to this action?' } },
    { from: 'c2', to: 'c3', rationale: { nl: 'Voorbeeld: wat levert de actie direct op?', en: 'Example: what does the action deliver directly?' } },
    { from: 'c3', to: 'c4', rationale: { nl: 'Voorbeeld: waarom verandert er daardoor iets bij mensen?', en: 'Example: why does this change something in people?' } },
    { from: 'c4', to: 'c5', rationale: { nl: 'Voorbeeld: hoe draagt die verandering bij aan de impact?', en: 'Example: how does that change add to the impact?' } },
  ],
  assumptions: [],
};
