import type { TemplateSpec } from './build';

/**
 * The group trainings per rung of IJmond Werkt! (seed 002_145c21245e3c7fd5.txt: the
 * Inholland report "Groepsgewijze aanpak werkt!", lectoraat Empowerment &
 * Professionalisering, July 2022), with outcomes read through the three dimensions of
 * empowerment of Jacobs, Braakman & Houweling (2005): power from within, power with,
 * power to.
 *
 * Faithfulness rules kept here:
 * - The offer per rung follows the report's table "Huidig groepsgewijs aanbod per trede":
 *   5 + 6 "Sterk naar werk"; 4 "Voel je sterk", "Kijk op werk"; 3 "Voel je sterk",
 *   "Maak je plan", "Blik op jezelf". The report's discussion (deelvraag 2) puts
 *   "Maak je plan" at rung 4; the card follows the table and says so.
 * - The report describes the content per rung, not per training (except "Blik op jezelf"
 *   and "Maak je plan" in the discussion); training cards say the rung's content and no more.
 * - No measurement instrument: the research used observations, interviews and a focus
 *   group, so an outcome's indicator is qualitative and names that method as its source
 *   (no scale, baseline or target is invented).
 * - `research` notes say what the report supports for issue #11: the dimension (and, where
 *   the report pairs them, the Zimmerman component) of each outcome, and the rungs.
 *   IJmond's ladder scores the rung a person can grow to, not the current one.
 * - The cards of each stage are listed in the order tidy-up gives them (fewest crossing
 *   arrows; the trainings stay in rung order), so a theory made from it starts tidy.
 */
export const IJMOND_GROUPS: TemplateSpec = {
  theory: {
    title: { nl: 'Groepstrainingen per trede (IJmond Werkt!)', en: 'Group trainings per rung (IJmond Werkt!)' },
    description: {
      nl:
        'Naar het groepsgewijze aanbod van IJmond Werkt!, dat in de IJmond de Participatiewet uitvoert voor wie op trede 3 tot en met 6 van de participatieladder is ingedeeld. ' +
        'Elke trede heeft een eigen groepstraining; een individueel traject met een coach komt er pas naast of na als meer nodig blijkt. ' +
        'Groepen van zo’n tien tot vijftien deelnemers, met bij elke training een groep voor anderstaligen in een lager tempo. ' +
        'De uitkomsten zijn gelezen door drie dimensies van empowerment (Jacobs, Braakman & Houweling, 2005): power from within, power with en power to. ' +
        "Bron: 'Groepsgewijze aanpak werkt!', lectoraat Empowerment & Professionalisering, Hogeschool Inholland, juli 2022 (verkennend, waarderend onderzoek: observaties van trainingen op treden 3 en 5, interviews met trainers en een focusgroep).",
      en:
        'After the group offer of IJmond Werkt!, which carries out the Participation Act in the IJmond region for people placed on rungs 3 to 6 of the participation ladder. ' +
        'Each rung has its own group training; an individual track with a coach is added alongside or afterwards only when more turns out to be needed. ' +
        'Groups of some ten to fifteen participants, and for every training a group for speakers of other languages at a slower pace. ' +
        'The outcomes are read through three dimensions of empowerment (Jacobs, Braakman & Houweling, 2005): power from within, power with and power to. ' +
        "Source: 'Groepsgewijze aanpak werkt!', lectoraat Empowerment & Professionalisering, Hogeschool Inholland, July 2022 (exploratory, appreciative research: observations of trainings on rungs 3 and 5, interviews with trainers and a focus group).",
    },
    research: {
      ladder: 'vng',
      rungs: [3, 4, 5, 6],
      rungsMeaning: 'potential',
      instruments: [],
      note: 'IJmond’s ladder has six rungs and, unlike the VNG ladder, scores the level a person can grow to. The report names no measurement scale.',
    },
  },

  cards: [
    // ---- Input --------------------------------------------------------------------------
    {
      id: 'c2',
      stage: 'input',
      title: { nl: 'Trainers met ruimte om de trainingen in te richten', en: 'Trainers with room to shape the trainings' },
      description: {
        nl: 'IJmond Werkt! legt veel regie bij de trainers en werkt sinds een aantal jaar vanuit een visie die deelnemers meer ruimte biedt, in plaats van het vroegere ‘werk=werk’-principe.',
        en: 'IJmond Werkt! leaves much of the direction to the trainers and has for some years worked from a vision that gives participants more room, instead of the former ‘work=work’ principle.',
      },
      aio: ['integraal'],
      research: { basis: '3.2 (De trainers zorgen voor veiligheid en een prettige sfeer); 4. deelvraag 3' },
    },
    {
      id: 'c1',
      stage: 'input',
      title: { nl: 'Werkzoekenden in de Participatiewet, treden 3 tot en met 6', en: 'Job seekers under the Participation Act, rungs 3 to 6' },
      description: {
        nl: 'Mensen die niet op eigen kracht werk vinden, door de gemeente doorverwezen voor een re-integratietraject; deelname is verplicht vanuit hun uitkering. De trede zegt naar welk niveau van participatie iemand kan groeien.',
        en: 'People who cannot find work on their own, referred by the municipality for a re-integration track; taking part is compulsory under their benefit. The rung says to which level of participation a person can grow.',
      },
      aio: ['arbeidsmatig'],
      research: { basis: '1. Inleiding (opdracht van IJmond Werkt!; participatieladder; groepsgewijze aanpak)', rungs: [3, 4, 5, 6] },
    },

    // ---- Actions: the trainers' way of working, then the offer per rung (the report's table) 
    {
      id: 'c9',
      stage: 'action',
      title: { nl: 'Trainers werken gelijkwaardig en uitnodigend', en: 'Trainers work as equals and invite everyone in' },
      description: {
        nl: 'Positief bekrachtigen, iedereen bij naam noemen en aan het woord laten, geen antwoord fout rekenen, zelf meedoen, antwoorden uit de groep laten komen, ruimte geven aan persoonlijke omstandigheden en bij weerstand het gesprek aangaan.',
        en: 'Positive reinforcement, calling everyone by name and letting everyone speak, counting no answer as wrong, joining in, letting answers come from the group, making room for personal circumstances and talking about resistance.',
      },
      aio: ['integraal'],
      research: { basis: '3.2 Observaties en interviews; 4. deelvraag 3; 5. Conclusie (houding van de trainers)' },
    },
    {
      id: 'c3',
      stage: 'action',
      title: { nl: 'Trede 3: training ‘Voel je sterk’', en: 'Rung 3: training ‘Voel je sterk’' },
      description: {
        nl: 'Groepstraining op trede 3. Op trede 3 staan het vergroten van zelfinzicht en zelfkennis en het opdoen van sociale vaardigheden centraal; het gaat vooral om de deelnemer zelf.',
        en: 'Group training on rung 3. On rung 3 the focus is on growing self-insight and self-knowledge and on learning social skills; it is mostly about the participant.',
      },
      aio: ['integraal'],
      research: { basis: '1. Inleiding: tabel "Huidig groepsgewijs aanbod per trede" (trede 3); inhoud per trede', rungs: [3] },
    },
    {
      id: 'c4',
      stage: 'action',
      title: { nl: 'Trede 3: training ‘Maak je plan’', en: 'Rung 3: training ‘Maak je plan’' },
      description: {
        nl:
          'Hier bij trede 3, zoals in de tabel met het aanbod per trede. De bespreking van de resultaten (deelvraag 2) plaatst ‘Maak je plan’ bij trede 4: ' +
          'de focus ligt op in kaart brengen wat iemand kan én wie men kan aanspreken of inroepen als er iets of iemand nodig is; het netwerk en de hulpbronnen vergroten en aanspreken.',
        en:
          'Here on rung 3, as in the table of the offer per rung. The discussion of the results (sub-question 2) puts ‘Maak je plan’ on rung 4: ' +
          'the focus is on mapping what a person can do and whom they can call on when something or someone is needed; widening and using the network and resources.',
      },
      aio: ['integraal', 'netwerk'],
      research: {
        basis: '1. Inleiding: tabel (trede 3); 4. deelvraag 2 ("In ‘Maak je plan’ van trede 4")',
        rungs: [3],
        caveat: 'The table puts this training on rung 3, the discussion on rung 4. Followed: the table. A rung field may carry [3, 4] if #11 wants both.',
      },
    },
    {
      id: 'c5',
      stage: 'action',
      title: { nl: 'Trede 3: training ‘Blik op jezelf’', en: 'Rung 3: training ‘Blik op jezelf’' },
      description: {
        nl: 'Vooral gericht op de deelnemer zelf: diens eigen kracht vergroten, de eigenwaarde versterken en het zelfinzicht vergroten. Ook gegeven als ‘Blik op jezelf anderstaligen’.',
        en: 'Aimed mostly at the participant: growing their own strength, strengthening self-worth and growing self-insight. Also given as ‘Blik op jezelf anderstaligen’ for speakers of other languages.',
      },
      aio: ['integraal'],
      research: { basis: '1. Inleiding: tabel (trede 3); 4. deelvraag 2; 3.2 (Blik op jezelf anderstaligen)', rungs: [3] },
    },
    {
      id: 'c6',
      stage: 'action',
      title: { nl: 'Trede 4: training ‘Voel je sterk’', en: 'Rung 4: training ‘Voel je sterk’' },
      description: {
        nl: 'Groepstraining op trede 4. Op trede 4 komt veel aan bod over het netwerk van de deelnemer: wie erin zitten, hoe het benut wordt of kan worden en hoe het uit te breiden is.',
        en: 'Group training on rung 4. On rung 4 much is about the participant’s network: who is in it, how it is or could be used and how to widen it.',
      },
      aio: ['netwerk'],
      research: { basis: '1. Inleiding: tabel (trede 4); inhoud per trede', rungs: [4] },
    },
    {
      id: 'c7',
      stage: 'action',
      title: { nl: 'Trede 4: training ‘Kijk op werk’', en: 'Rung 4: training ‘Kijk op werk’' },
      description: {
        nl: 'Groepstraining op trede 4, waar het netwerk van de deelnemer centraal staat: in kaart brengen, benutten en uitbreiden.',
        en: 'Group training on rung 4, where the participant’s network is central: mapping it, using it and widening it.',
      },
      aio: ['netwerk'],
      research: { basis: '1. Inleiding: tabel (trede 4); inhoud per trede', rungs: [4] },
    },
    {
      id: 'c8',
      stage: 'action',
      title: { nl: 'Trede 5 en 6: training ‘Sterk naar werk’', en: 'Rungs 5 and 6: training ‘Sterk naar werk’' },
      description: {
        nl: 'Gericht op betaald of vrijwillig werk: omgaan met de systeemwereld van werkgevers en arbeidsmarkt, solliciteren en zich presenteren, omgaan met tegenslag en de veerkracht vergroten.',
        en: 'Aimed at paid or voluntary work: dealing with the system world of employers and the labour market, applying for jobs and presenting oneself, coping with setbacks and growing resilience.',
      },
      aio: ['arbeidsmatig'],
      research: { basis: '1. Inleiding: tabel (trede 5 + 6); inhoud per trede; 4. deelvraag 2', rungs: [5, 6] },
    },

    // ---- Intermediate results -----------------------------------------------------------
    {
      id: 'c13',
      stage: 'intermediate',
      title: { nl: 'Een veilige groep waarin deelnemers elkaar helpen', en: 'A safe group in which participants help each other' },
      description: {
        nl: 'Erkenning, inclusie en affectie: deelnemers worden gezien en gehoord, geven elkaar tips en adviezen en leggen elkaar opdrachten uit. Een veilige omgeving is een voorwaarde om aan empowerment te werken.',
        en: 'Recognition, inclusion and affection: participants are seen and heard, give each other tips and advice and explain assignments to each other. A safe environment is a condition for working on empowerment.',
      },
      aio: ['integraal', 'netwerk'],
      research: { basis: '3.1 (basisbehoeften van Schutz); 3.2 (Groepsproces helpt); 4. deelvraag 1' },
    },
    {
      id: 'c10',
      stage: 'intermediate',
      title: { nl: 'Trede 3: zelfinzicht en sociale vaardigheden geoefend', en: 'Rung 3: self-insight and social skills practised' },
      description: {
        nl: 'Deelnemers volgen de bijeenkomsten van hun training (een training bestaat uit meerdere bijeenkomsten) en werken daarin aan zichzelf.',
        en: 'Participants attend the meetings of their training (a training has several meetings) and work on themselves there.',
      },
      aio: ['integraal'],
      research: { basis: '1. Inleiding (inhoud bij trede 3; een training bestaat uit meerdere bijeenkomsten)', rungs: [3] },
    },
    {
      id: 'c11',
      stage: 'intermediate',
      title: { nl: 'Trede 4: het eigen netwerk in kaart gebracht', en: 'Rung 4: one’s own network mapped' },
      description: {
        nl: 'Wie in het netwerk zitten, hoe het benut wordt of kan worden en hoe het uit te breiden is. Bij opdrachten werken deelnemers samen en geven ze elkaar feedback.',
        en: 'Who is in the network, how it is or could be used and how to widen it. Participants work together on assignments and give each other feedback.',
      },
      aio: ['netwerk'],
      research: { basis: '1. Inleiding (inhoud bij trede 4); 4. deelvraag 2', rungs: [4] },
    },
    {
      id: 'c12',
      stage: 'intermediate',
      title: { nl: 'Trede 5 en 6: geoefend in solliciteren en zich presenteren', en: 'Rungs 5 and 6: practised applying and presenting oneself' },
      description: {
        nl: 'Deelnemers oefenen solliciteren en zich presenteren aan toekomstige werkgevers. Zoals in elke training ervaren ze ook hoe het is om met de verplichting van werk om te gaan: op tijd komen en actief bijdragen.',
        en: 'Participants practise applying and presenting themselves to future employers. As in every training, they also experience what it is like to meet the duties of work: arriving on time and contributing actively.',
      },
      aio: ['arbeidsmatig'],
      research: { basis: '1. Inleiding (trede 5 en 6; deelnemen betekent ervaren hoe het is om met de verplichting van werk om te gaan)', rungs: [5, 6] },
    },

    // ---- Outcomes: the three dimensions and where they lead -----------------------------
    {
      id: 'c14',
      stage: 'outcome',
      title: { nl: 'Power from within: eigenwaarde en eigen regie', en: 'Power from within: self-worth and self-direction' },
      description: {
        nl: 'De eerste dimensie (kracht van binnenuit; de intrapersoonlijke component): gevoel van eigenwaarde, zelfinzicht en zelfkennis, eigen regie en zelfvertrouwen.',
        en: 'The first dimension (strength from within; the intrapersonal component): a sense of self-worth, self-insight and self-knowledge, self-direction and self-confidence.',
      },
      aio: ['integraal'],
      indicators: [
        {
          name: { nl: 'Power from within', en: 'Power from within' },
          definition: {
            nl: 'Wat trainers zien en vertellen over eigenwaarde, zelfinzicht en eigen regie van deelnemers',
            en: 'What trainers see and tell about participants’ self-worth, self-insight and self-direction',
          },
          source: { nl: 'Observaties van trainingen en interviews met trainers (kwalitatief)', en: 'Observations of trainings and interviews with trainers (qualitative)' },
        },
      ],
      research: {
        basis: '3.1 Drie dimensies van empowerment; 4. deelvraag 2',
        dimensions: ['powerFromWithin'],
        empowerment: ['intrapersonal'],
        caveat: 'The report pairs the first dimension with the intrapersonal ("zelfbelevings") component.',
      },
    },
    {
      id: 'c15',
      stage: 'outcome',
      title: { nl: 'Power with: een sociaal netwerk hebben, uitbreiden en inzetten', en: 'Power with: having, widening and using a social network' },
      description: {
        nl: 'De tweede dimensie (de interpersoonlijke of interactionele component): hulpbronnen in de eigen omgeving aanboren en mobiliseren, ook de ervaringen van andere groepsdeelnemers.',
        en: 'The second dimension (the interpersonal or interactional component): tapping and mobilising resources in one’s own surroundings, including the experience of other group members.',
      },
      aio: ['netwerk'],
      indicators: [
        {
          name: { nl: 'Power with', en: 'Power with' },
          definition: {
            nl: 'Of deelnemers kunnen benoemen wie ze kunnen aanspreken of inroepen als er iets of iemand nodig is',
            en: 'Whether participants can name whom they can call on when something or someone is needed',
          },
          source: { nl: 'Observaties van trainingen en interviews met trainers (kwalitatief)', en: 'Observations of trainings and interviews with trainers (qualitative)' },
        },
      ],
      research: {
        basis: '3.1 Drie dimensies; Empowerment in groepsgerichte trainingen; 4. deelvraag 2',
        dimensions: ['powerWith'],
        empowerment: ['interactional'],
      },
    },
    {
      id: 'c17',
      stage: 'outcome',
      title: { nl: 'Power to: handelingsruimte in het systeem', en: 'Power to: room to act within the system' },
      description: {
        nl: 'De derde dimensie: omgaan met en invloed uitoefenen op het systeem, wet- en regelgeving en beleid, ook de arbeidsmarkt. Het rapport vindt hier de minste nadruk.',
        en: 'The third dimension: dealing with and influencing the system, laws, rules and policy, the labour market included. The report finds the least emphasis here.',
      },
      aio: ['arbeidsmatig'],
      indicators: [
        {
          name: { nl: 'Power to', en: 'Power to' },
          definition: {
            nl: 'Of deelnemers handelingsruimte zien en nemen binnen het systeem, zoals trainers dat waarnemen',
            en: 'Whether participants see and take room to act within the system, as trainers observe it',
          },
          source: { nl: 'Observaties van trainingen en interviews met trainers (kwalitatief)', en: 'Observations of trainings and interviews with trainers (qualitative)' },
        },
      ],
      research: {
        basis: '3.1 Drie dimensies; 4. deelvraag 2 en 3; 5. Conclusie (minder nadruk op the power to)',
        dimensions: ['powerTo'],
        caveat: 'The report pairs no Zimmerman component with the third dimension; leave the component empty.',
      },
    },
    {
      id: 'c16',
      stage: 'outcome',
      title: { nl: 'Zelfverzekerd de arbeidsmarkt op', en: 'Entering the labour market with confidence' },
      description: {
        nl: 'Het gevoel van toegevoegde waarde te zijn op de arbeidsmarkt, en weten hoe je jezelf zo presenteert aan toekomstige werkgevers. Hier zijn de eerste twee dimensies van groot belang.',
        en: 'Feeling of added value on the labour market, and knowing how to present oneself that way to future employers. Here the first two dimensions matter greatly.',
      },
      aio: ['arbeidsmatig'],
      indicators: [
        {
          name: { nl: 'Zich presenteren', en: 'Presenting oneself' },
          definition: {
            nl: 'Of deelnemers kunnen vertellen waar ze goed in zijn en zich zo presenteren aan een (toekomstige) werkgever',
            en: 'Whether participants can tell what they are good at and present themselves that way to a (future) employer',
          },
          source: { nl: 'Observaties van trainingen en interviews met trainers (kwalitatief)', en: 'Observations of trainings and interviews with trainers (qualitative)' },
        },
      ],
      research: { basis: '4. deelvraag 2 (treden 5 en 6 ‘Sterk naar werk’)', dimensions: ['powerFromWithin', 'powerWith'], rungs: [5, 6] },
    },

    // ---- Impact -------------------------------------------------------------------------
    {
      id: 'c19',
      stage: 'impact',
      title: { nl: 'Inclusie bij de trainingen en op de arbeidsmarkt', en: 'Inclusion in the trainings and on the labour market' },
      description: {
        nl: 'Als vanuit power from within en power with ook aan power to gewerkt wordt, komen alle lagen van empowerment samen en kan er sprake zijn van inclusie van de deelnemers.',
        en: 'When work on power to builds on power from within and power with, all layers of empowerment come together and the participants can be included.',
      },
      aio: ['arbeidsmatig', 'netwerk'],
      research: { basis: '5. Conclusie en aanbevelingen (laatste alinea)' },
    },
    {
      id: 'c18',
      stage: 'impact',
      title: { nl: 'Doorstroom naar een hogere trede of (een vorm van) werk', en: 'Moving up to a higher rung or into (a form of) work' },
      description: {
        nl: 'De trajecten zijn gericht op doorstroom naar een hogere trede of uitstroom naar regulier of aangepast werk. Succes wordt niet per definitie gemeten aan uitstroom naar werk.',
        en: 'The tracks aim at moving up to a higher rung or out into regular or adapted work. Success is not measured by outflow into work as such.',
      },
      aio: ['arbeidsmatig'],
      research: { basis: '1. Inleiding (doorstroom na de groepstraining); 2.3; 4. deelvraag 1', rungs: [3, 4, 5, 6] },
    },
  ],

  links: [
    // Input → the offer per rung
    {
      from: 'c1',
      to: 'c3',
      rationale: { nl: 'Per trede heeft IJmond Werkt! een eigen aanbod; op trede 3 gaat het vooral om de deelnemer zelf.', en: 'IJmond Werkt! has its own offer per rung; on rung 3 it is mostly about the participant.' },
    },
    {
      from: 'c1',
      to: 'c4',
      rationale: { nl: 'Volgens de tabel met het aanbod per trede hoort ‘Maak je plan’ bij trede 3.', en: 'According to the table of the offer per rung, ‘Maak je plan’ belongs to rung 3.' },
    },
    {
      from: 'c1',
      to: 'c5',
      rationale: { nl: 'Op trede 3 staan zelfinzicht, zelfkennis en sociale vaardigheden centraal.', en: 'On rung 3 self-insight, self-knowledge and social skills are central.' },
    },
    {
      from: 'c1',
      to: 'c6',
      rationale: { nl: 'Op trede 4 komt vooral het netwerk van de deelnemer aan bod.', en: 'On rung 4 the participant’s network comes first.' },
    },
    {
      from: 'c1',
      to: 'c7',
      rationale: { nl: 'Op trede 4 komt vooral het netwerk van de deelnemer aan bod.', en: 'On rung 4 the participant’s network comes first.' },
    },
    {
      from: 'c1',
      to: 'c8',
      rationale: {
        nl: 'Wie met ondersteuning (trede 5) of zonder (trede 6) regulier werk kan vinden, leert omgaan met werkgevers en arbeidsmarkt.',
        en: 'Those who can find regular work with support (rung 5) or without (rung 6) learn to deal with employers and the labour market.',
      },
    },
    {
      from: 'c2',
      to: 'c9',
      rationale: {
        nl: 'Meer vrijheid en een visie vanuit wat mensen willen laten trainers werken vanuit samenwerking en keuzes van deelnemers, minder vanuit controle en macht.',
        en: 'More freedom and a vision based on what people want let trainers work from collaboration and participants’ choices, less from control and power.',
      },
      evidence: { nl: 'Interviews met trainers', en: 'Interviews with trainers' },
    },
    // Actions → Intermediate results
    {
      from: 'c3',
      to: 'c10',
      rationale: { nl: 'De training van trede 3 werkt aan zelfinzicht, zelfkennis en sociale vaardigheden.', en: 'The rung-3 training works on self-insight, self-knowledge and social skills.' },
    },
    {
      from: 'c4',
      to: 'c10',
      rationale: { nl: 'Als training van trede 3 (de tabel) werkt ook ‘Maak je plan’ aan wat iemand kan.', en: 'As a rung-3 training (the table), ‘Maak je plan’ also works on what a person can do.' },
    },
    {
      from: 'c5',
      to: 'c10',
      rationale: { nl: '‘Blik op jezelf’ vergroot eigen kracht, eigenwaarde en zelfinzicht.', en: '‘Blik op jezelf’ grows one’s own strength, self-worth and self-insight.' },
    },
    {
      from: 'c6',
      to: 'c11',
      rationale: { nl: 'De trainingen van trede 4 brengen het netwerk in kaart en bespreken hoe het te benutten en uit te breiden is.', en: 'The rung-4 trainings map the network and discuss how to use and widen it.' },
    },
    {
      from: 'c7',
      to: 'c11',
      rationale: { nl: 'De trainingen van trede 4 brengen het netwerk in kaart en bespreken hoe het te benutten en uit te breiden is.', en: 'The rung-4 trainings map the network and discuss how to use and widen it.' },
    },
    {
      from: 'c8',
      to: 'c12',
      rationale: { nl: 'In ‘Sterk naar werk’ leren deelnemers solliciteren en zich presenteren.', en: 'In ‘Sterk naar werk’ participants learn to apply and present themselves.' },
    },
    {
      from: 'c9',
      to: 'c13',
      rationale: {
        nl: 'De regie voor de veiligheid en de prettige sfeer ligt bij de trainer; wie zich gezien voelt en inspraak heeft, is gemotiveerder om mee te doen.',
        en: 'The trainer is in charge of safety and a pleasant atmosphere; those who feel seen and have a say are more motivated to join in.',
      },
      evidence: { nl: 'Observaties van trainingen en interviews met trainers', en: 'Observations of trainings and interviews with trainers' },
    },
    // Intermediate results → Outcomes
    {
      from: 'c10',
      to: 'c14',
      rationale: { nl: 'Werken aan zelfinzicht en zelfkennis versterkt de eigenwaarde en het gevoel van regie.', en: 'Working on self-insight and self-knowledge strengthens self-worth and the sense of control.' },
      assumptions: ['a2'],
    },
    {
      from: 'c11',
      to: 'c15',
      rationale: { nl: 'Samenwerken en elkaar feedback geven bij opdrachten draagt bij aan het vergroten en kunnen inzetten van het netwerk.', en: 'Working together and giving feedback on assignments helps to widen the network and to be able to use it.' },
    },
    {
      from: 'c12',
      to: 'c16',
      rationale: { nl: 'Wie weet waar hij of zij goed in is, kan zich beter presenteren in een sollicitatiegesprek.', en: 'Those who know what they are good at can present themselves better in a job interview.' },
    },
    {
      from: 'c13',
      to: 'c14',
      rationale: {
        nl: 'Onderdeel zijn van een groep, inbreng hebben en gehoord worden vergroot het zelfvertrouwen en het gevoel van waarde te zijn.',
        en: 'Being part of a group, having a say and being heard grows self-confidence and the feeling of being of value.',
      },
      evidence: { nl: 'Observaties en interviews; voorlopige bevindingen getoetst in een focusgroep', en: 'Observations and interviews; preliminary findings tested in a focus group' },
      assumptions: ['a1'],
    },
    {
      from: 'c13',
      to: 'c15',
      rationale: { nl: 'De ervaringen van andere groepsdeelnemers gebruiken is ook het aanspreken van hulpbronnen.', en: 'Using the experience of other group members is also a way of calling on resources.' },
      assumptions: ['a1'],
    },
    {
      from: 'c9',
      to: 'c17',
      rationale: {
        nl: 'Een organisatie die deelnemers meer ruimte biedt om te doen wat bij hen past, werkt aan de derde dimensie van empowerment.',
        en: 'An organisation that gives participants more room to do what suits them works on the third dimension of empowerment.',
      },
      evidence: { nl: 'Deelvraag 3', en: 'Sub-question 3' },
    },
    // Within Outcomes: the first two dimensions build the others
    {
      from: 'c14',
      to: 'c16',
      rationale: { nl: 'Om zelfverzekerd tot de arbeidsmarkt toe te treden, is een gevoel van eigenwaarde nodig.', en: 'Entering the labour market with confidence takes a sense of self-worth.' },
    },
    {
      from: 'c15',
      to: 'c16',
      rationale: { nl: 'Voor de stap naar de arbeidsmarkt zijn de eerste twee dimensies van empowerment van groot belang.', en: 'For the step to the labour market the first two dimensions of empowerment matter greatly.' },
    },
    {
      from: 'c14',
      to: 'c17',
      rationale: { nl: 'De eerste twee dimensies dragen samen bij aan de derde, de power to.', en: 'The first two dimensions together contribute to the third, power to.' },
    },
    {
      from: 'c15',
      to: 'c17',
      rationale: { nl: 'De eerste twee dimensies dragen samen bij aan de derde, de power to.', en: 'The first two dimensions together contribute to the third, power to.' },
    },
    // Outcomes → Impact
    {
      from: 'c16',
      to: 'c18',
      rationale: {
        nl: 'De training is een manier om een stap te zetten naar re-integratie op de arbeidsmarkt; voor een werkplek zijn wel twee partijen nodig.',
        en: 'The training is a way to take a step towards re-integration into the labour market; a workplace does take two parties.',
      },
      evidence: { nl: 'Conclusie van het rapport', en: 'The report’s conclusion' },
      assumptions: ['a3'],
    },
    {
      from: 'c17',
      to: 'c19',
      rationale: {
        nl: 'Zo komen alle lagen van empowerment samen en kan er sprake zijn van inclusie bij de trainingen en op de arbeidsmarkt.',
        en: 'So all layers of empowerment come together and there can be inclusion in the trainings and on the labour market.',
      },
      evidence: { nl: 'Conclusie en aanbevelingen', en: 'Conclusion and recommendations' },
      assumptions: ['a3'],
    },
  ],

  assumptions: [
    {
      id: 'a1',
      kind: 'assumption',
      status: 'untested',
      text: {
        nl: 'Werken met groepen heeft meer impact, omdat groepsleden van én met elkaar leren, elkaar aansporen tot ander gedrag en elkaar wijzen op kansen en mogelijkheden.',
        en: 'Working with groups has more impact, because group members learn from and with each other, encourage each other to change behaviour and point each other to chances and possibilities.',
      },
      basis: '1. Inleiding: the group approach is grounded in this idea (IJmond Werkt!, 2019)',
    },
    {
      id: 'a2',
      kind: 'assumption',
      status: 'untested',
      text: {
        nl: 'Deelnemers hebben enige vorm van intrinsieke motivatie en een gevoel van eigen regie; wie enkel uit verplichting deelneemt, haalt weinig uit de training.',
        en: 'Participants have some form of intrinsic motivation and a sense of self-direction; those who take part only because they must get little from the training.',
      },
      basis: '4. deelvraag 1 (the trainers add that work on empowerment is possible even then)',
    },
    {
      id: 'a3',
      kind: 'external',
      status: 'untested',
      text: {
        nl: 'Werkgevers zijn bereid mensen met een afstand tot de arbeidsmarkt aan te nemen en in dienst te houden.',
        en: 'Employers are willing to hire people with a distance to the labour market and keep them on.',
      },
      basis: '5. Conclusie ("er zijn twee partijen nodig voor een werkplek"; Bakker 2022; Swart en Van der Laan 2022)',
    },
  ],
};
