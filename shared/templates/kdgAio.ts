import type { TemplateSpec } from './build';

/**
 * The generic program theory of the KdG research (seed 000_96bed6abdb8c6184.txt: the talk
 * "Wat is de 'WE' in empowErment?", Jan Depauw, 29 January 2025, on research by Karel de
 * Grote Hogeschool 2022–2024 with Stroom Maatwerk, KRAS, IGEMO and VINAC+).
 *
 * Faithfulness rules kept here:
 * - Titles and descriptions restate the seed; where a card or link is the template's own
 *   reading of it (the seed's programme-theory slide has no text), the link carries an
 *   assumption (status "untested") instead of a claim.
 * - Evidence fields cite only the seed's findings (06.1, 06.2, 08), nothing else.
 * - Indicators name the MPE and its factor, nothing more: no baseline, target, frequency
 *   or owner (the seed has none).
 * - `research` notes say, per card, what the seed supports for issue #11 (empowerment
 *   component, ladder rung, MPE factor). The Flemish ladder of the talk applies.
 * - The cards of each stage are listed in the order tidy-up gives them (fewest crossing
 *   arrows), so a theory made from this template starts tidy.
 */
export const KDG_AIO: TemplateSpec = {
  theory: {
    title: {
      nl: 'Generieke programmatheorie: ondersteuningsnetwerken en empowerment (AIO-model)',
      en: 'Generic program theory: support networks and empowerment (AIO model)',
    },
    description: {
      nl:
        'Naar de generieke programmatheorie uit het onderzoek van de Karel de Grote Hogeschool (Onderzoekscentrum Sociale Inclusie, 2022–2024) ' +
        'bij vier Antwerpse organisaties die mensen met een afstand tot de arbeidsmarkt ondersteunen: Stroom Maatwerk, KRAS, IGEMO en VINAC+. ' +
        'Context: het beleid Inclusieve economie 2020–2024 van de Provincie Antwerpen en haar subsidieoproep voor ondersteuningsnetwerken. ' +
        'Onderzoeksvraag: hoe dragen ondersteuningsnetwerken bij aan empowerment? ' +
        'Het onderzoek vond drie werkzame elementen, samen het AIO-model: arbeidsmatige focus, integrale aanpak en het opbouwen van ondersteuningsnetwerken; ' +
        'de combinatie ervan leidt tot verhoogd empowerment. Er is geen universele aanpak: stem de kaarten af op je eigen doelgroep en context. ' +
        "Bron: toelichting 'Wat is de 'WE' in empowErment?' door Jan Depauw, 29 januari 2025.",
      en:
        'After the generic program theory from the research of Karel de Grote Hogeschool (Onderzoekscentrum Sociale Inclusie, 2022–2024) ' +
        'with four organisations in Antwerp that support people with a distance to the labour market: Stroom Maatwerk, KRAS, IGEMO and VINAC+. ' +
        'Context: the Province of Antwerp’s Inclusive Economy 2020–2024 policy and its call for subsidies for support networks. ' +
        'Research question: how do support networks contribute to empowerment? ' +
        'The research found three active ingredients, together the AIO model: a work-oriented focus, an integrated approach and building support networks; ' +
        'combined, they lead to greater empowerment. There is no universal approach: tune the cards to your own target group and context. ' +
        "Source: the talk 'Wat is de 'WE' in empowErment?' by Jan Depauw, 29 January 2025.",
    },
    research: {
      ladder: 'flemish',
      rungs: [3, 4, 5],
      rungsMeaning: 'current',
      instruments: ['MPE', 'MBE'],
      note: 'The organisations sit on rungs 3 (VINAC+), 4 (IGEMO) and 5 (Stroom Maatwerk, KRAS). The talk names MPE and MBE as the scales of its analysis; MBE’s full name is not given (domain.md: show "MBE", do not invent one).',
    },
  },

  cards: [
    // ---- Input --------------------------------------------------------------------------
    {
      id: 'c2',
      stage: 'input',
      title: { nl: 'Begeleiders van de organisaties', en: 'Staff of the organisations' },
      description: {
        nl: 'Wie ondersteunt op en naast de werkvloer, in een maatwerkbedrijf (Stroom Maatwerk), de lokale diensteneconomie (KRAS), tijdelijke activerende trajecten (IGEMO) of arbeidsmatige activiteiten en vrijwilligerswerk (VINAC+).',
        en: 'Those who give support on and beside the shop floor: in a sheltered company (Stroom Maatwerk), the local service economy (KRAS), temporary activation programmes (IGEMO) or work-like activities and volunteering (VINAC+).',
      },
      aio: ['arbeidsmatig', 'integraal'],
      research: { basis: '01 Inleiding (in het onderzoek betrokken organisaties); 08 Conclusies', rungs: [3, 4, 5] },
    },
    {
      id: 'c1',
      stage: 'input',
      title: { nl: 'Doelgroepmedewerkers met een afstand tot de arbeidsmarkt', en: 'Target-group workers with a distance to the labour market' },
      description: {
        nl: 'In het onderzoek op trede 3, 4 en 5 van de participatieladder. Een kwetsbare groep blijft in hoge mate kwetsbaar doorheen de hele loopbaan.',
        en: 'In the research on rungs 3, 4 and 5 of the participation ladder. A vulnerable group stays highly vulnerable throughout their whole career.',
      },
      aio: ['arbeidsmatig'],
      research: { basis: '01 Inleiding (organisaties per trede); 02 Probleemstelling', rungs: [3, 4, 5] },
    },
    {
      id: 'c3',
      stage: 'input',
      title: { nl: 'Partnerorganisaties, formele en informele bronnen', en: 'Partner organisations, formal and informal sources' },
      description: {
        nl: 'Formele diensten en andere organisaties naast informele bronnen rond de persoon: de bouwstenen van hybride netwerken. Bijvoorbeeld Route 11, waarmee VINAC+ samenwerkt.',
        en: 'Formal services and other organisations beside informal sources around the person: the building blocks of hybrid networks. For example Route 11, which works with VINAC+.',
      },
      aio: ['netwerk'],
      research: { basis: '04 Theoretisch kader (collectieve impact); 06.2 (hybride netwerken; VINAC+ en Route 11); 09 Aanbevelingen' },
    },
    {
      id: 'c4',
      stage: 'input',
      title: { nl: 'Provinciale subsidie voor ondersteuningsnetwerken', en: 'Provincial subsidy for support networks' },
      description: {
        nl: "Provincie Antwerpen, Inclusieve economie 2020–2024: subsidieoproep 'Bouwen van ondersteuningsnetwerken voor personen met een afstand tot de arbeidsmarkt', om initiatieven te steunen die terugval na doorstroom voorkomen.",
        en: "Province of Antwerp, Inclusive Economy 2020–2024: the call 'Building support networks for people with a distance to the labour market', to support initiatives that prevent relapse after moving up.",
      },
      aio: ['netwerk'],
      research: { basis: '01 Inleiding (context van het onderzoek)' },
    },

    // ---- Actions ------------------------------------------------------------------------
    {
      id: 'c6',
      stage: 'action',
      title: { nl: 'Gepersonaliseerde ondersteuning', en: 'Personalised support' },
      description: {
        nl: 'Geen universele aanpak: elke organisatie stemt haar aanpak af op doelgroep en context; flexibiliteit en innovatie zijn essentieel.',
        en: 'No universal approach: each organisation tunes its approach to its target group and context; flexibility and innovation are essential.',
      },
      aio: ['integraal'],
      research: { basis: '06.3 Bevinding: de WE of succesfactoren' },
    },
    {
      id: 'c5',
      stage: 'action',
      title: { nl: 'Arbeidsmatige ondersteuning op de werkvloer', en: 'Work-oriented support on the shop floor' },
      description: {
        nl: 'Werk als vertrekpunt: ondersteuning tijdens het werk, waarnaast de andere acties lopen (“dankzij, met en naast de arbeidsmatige ondersteuning op de werkvloer”).',
        en: 'Work as the starting point: support during work, beside which the other actions run (“thanks to, with and beside the work-oriented support on the shop floor”).',
      },
      aio: ['arbeidsmatig'],
      research: { basis: '07 Het AIO-model (arbeidsmatige focus); 08 Conclusies', rungs: [3, 4, 5] },
    },
    {
      id: 'c7',
      stage: 'action',
      title: { nl: 'Obstakels wegnemen, zoals taal en administratie', en: 'Removing obstacles such as language and paperwork' },
      description: {
        nl: 'Organisaties combineren arbeidsmatige en sociale ondersteuning; daartoe hoort het wegnemen van obstakels (taal, administratie).',
        en: 'Organisations combine work-oriented and social support; removing obstacles (language, paperwork) is part of it.',
      },
      aio: ['integraal'],
      research: { basis: '06.3 Bevinding (obstakels wegnemen); 08 Conclusies' },
    },
    {
      id: 'c8',
      stage: 'action',
      title: { nl: 'Toegang tot formele diensten vergroten', en: 'Widening access to formal services' },
      description: {
        nl: 'De toegang tot formele diensten vergroten, naast de ondersteuning op de werkvloer.',
        en: 'Widening access to formal services, beside the support on the shop floor.',
      },
      aio: ['integraal'],
      research: { basis: '06.3 Bevinding (toegang tot formele diensten vergroten naast werkvloerondersteuning); 08 Conclusies' },
    },
    {
      id: 'c10',
      stage: 'action',
      title: { nl: 'Samenwerking tussen organisaties', en: 'Collaboration between organisations' },
      description: {
        nl: 'Samenwerking tussen organisaties is cruciaal voor collectieve impact: focus op gezamenlijke doelstellingen en meet- of evaluatie-instrumenten.',
        en: 'Collaboration between organisations is crucial for collective impact: a focus on shared goals and measurement or evaluation instruments.',
      },
      aio: ['netwerk'],
      research: { basis: '04 Theoretisch kader (collectieve impact); 06.2 Bevinding (samenwerking tussen organisaties cruciaal)' },
    },
    {
      id: 'c9',
      stage: 'action',
      title: { nl: 'Hybride ondersteuningsnetwerken opbouwen', en: 'Building hybrid support networks' },
      description: {
        nl: 'Formele en informele ondersteuning rond de persoon samenbrengen. Aanbeveling aan organisaties: investeer in hybride netwerken (formele en informele bronnen).',
        en: 'Bringing formal and informal support together around the person. Recommendation to organisations: invest in hybrid networks (formal and informal sources).',
      },
      aio: ['netwerk'],
      research: { basis: '07 Het AIO-model (opbouwen van ondersteuningsnetwerken); 06.2; 09 Aanbevelingen' },
    },

    // ---- Intermediate results -----------------------------------------------------------
    {
      id: 'c11',
      stage: 'intermediate',
      title: { nl: 'Intensieve begeleiding op en naast de werkvloer', en: 'Intensive guidance on and beside the shop floor' },
      description: {
        nl: 'Doelgroepmedewerkers krijgen intensieve begeleiding; het onderzoek noemt die samen met hybride netwerken als wat terugval voorkomt.',
        en: 'Target-group employees receive intensive guidance; the research names it, with hybrid networks, as what prevents relapse.',
      },
      aio: ['arbeidsmatig', 'integraal'],
      research: { basis: '06.2 Bevinding: voorkomen van terugval (intensieve begeleiding)' },
    },
    {
      id: 'c12',
      stage: 'intermediate',
      title: { nl: 'Obstakels rond taal en administratie weggenomen', en: 'Obstacles of language and paperwork removed' },
      description: {
        nl: 'Het directe resultaat van het wegnemen van obstakels buiten het werk.',
        en: 'The direct result of removing obstacles outside work.',
      },
      aio: ['integraal'],
      research: { basis: '06.3 Bevinding; 08 Conclusies (het wegnemen van obstakels)' },
    },
    {
      id: 'c13',
      stage: 'intermediate',
      title: { nl: 'Vergrote toegang tot formele diensten', en: 'Wider access to formal services' },
      description: {
        nl: 'Medewerkers vinden de weg naar formele diensten, naast de ondersteuning op de werkvloer.',
        en: 'Employees find their way to formal services, beside the support on the shop floor.',
      },
      aio: ['integraal'],
      research: { basis: '08 Conclusies (het vergroten van de toegang tot formele diensten)' },
    },
    {
      id: 'c15',
      stage: 'intermediate',
      title: { nl: 'Gedeelde taal en meetinstrumenten tussen organisaties', en: 'A shared language and measures between organisations' },
      description: {
        nl: 'Gezamenlijke doelstellingen en gedeelde meet- of evaluatie-instrumenten; empowerment als gedeeld concept geeft een gedeelde taal voor de resultaten van organisaties.',
        en: 'Shared goals and shared measurement or evaluation instruments; empowerment as a shared concept gives a shared language for the organisations’ results.',
      },
      aio: ['netwerk'],
      research: { basis: '04 Theoretisch kader (gedeelde taal); 06.1 (gedeelde taal voor organisatie-resultaten); 11 Afsluiting' },
    },
    {
      id: 'c14',
      stage: 'intermediate',
      title: { nl: 'Hybride netwerk rond de medewerker', en: 'A hybrid network around the employee' },
      description: {
        nl: 'Formele en informele ondersteuners rond de medewerker, die hij of zij ook later kan aanspreken.',
        en: 'Formal and informal supporters around the employee, whom he or she can also call on later.',
      },
      aio: ['netwerk'],
      research: { basis: '06.2 Bevinding (hybride netwerken, formeel + informeel); 02 Probleemstelling (ruimer ondersteuningsnetwerk)' },
    },

    // ---- Outcomes -----------------------------------------------------------------------
    {
      id: 'c18',
      stage: 'outcome',
      title: { nl: 'Gedragscomponent: actieve deelname', en: 'Behavioural component: active participation' },
      description: {
        nl: 'De gedragscomponent van psychologisch empowerment: participatie, actief deelnemen op het werk en daarbuiten.',
        en: 'The behavioural component of psychological empowerment: participation, taking an active part at work and beyond.',
      },
      aio: ['arbeidsmatig'],
      indicators: [
        {
          name: { nl: 'Gedragscomponent van empowerment', en: 'Behavioural component of empowerment' },
          definition: { nl: 'Score op de gedragsfactor van de MPE', en: 'Score on the behavioural factor of the MPE' },
          source: { nl: 'MPE (Meetschaal voor Psychologisch Empowerment)', en: 'MPE (Meetschaal voor Psychologisch Empowerment)' },
        },
      ],
      research: { basis: '04 Theoretisch kader (gedragscomponent; participatie); 06.2 (actieve deelname)', empowerment: ['behavioural'], mpe: 'behavioural' },
    },
    {
      id: 'c17',
      stage: 'outcome',
      title: { nl: 'Veerkracht en werkhouding', en: 'Resilience and work attitude' },
      description: {
        nl: 'In het GROW-project werden veerkracht en werkhouding versterkt.',
        en: 'In the GROW project, resilience and work attitude were strengthened.',
      },
      aio: ['arbeidsmatig'],
      indicators: [
        {
          name: { nl: 'Veerkracht en werkhouding', en: 'Resilience and work attitude' },
          definition: {
            nl: 'Wat medewerkers en begeleiders in interviews en focusgroepen zeggen over veerkracht en werkhouding',
            en: 'What employees and staff say about resilience and work attitude in interviews and focus groups',
          },
          source: { nl: 'Interviews en focusgroepen (kwalitatief)', en: 'Interviews and focus groups (qualitative)' },
        },
      ],
      research: { basis: '06.1 Bevinding (GROW-project); 05 Onderzoeksopzet (stap 2: interviews en focusgroepen)', caveat: 'The talk ties resilience and work attitude to no empowerment component; leave the component empty.' },
    },
    {
      id: 'c19',
      stage: 'outcome',
      title: { nl: 'Kritisch bewustzijn', en: 'Critical awareness' },
      description: {
        nl: 'Een van de drie kanten van empowerment als proces van versterking (controle, kritisch bewustzijn, participatie). Bij Stroom Maatwerk versterkt de Stroomwijzer het kritisch bewustzijn.',
        en: 'One of the three sides of empowerment as a process of strengthening (control, critical awareness, participation). At Stroom Maatwerk, the Stroomwijzer strengthens critical awareness.',
      },
      aio: ['integraal'],
      indicators: [
        {
          name: { nl: 'Kritisch bewustzijn', en: 'Critical awareness' },
          definition: {
            nl: 'Wat medewerkers en begeleiders in interviews en focusgroepen zeggen over kritisch bewustzijn',
            en: 'What employees and staff say about critical awareness in interviews and focus groups',
          },
          source: { nl: 'Interviews en focusgroepen (kwalitatief)', en: 'Interviews and focus groups (qualitative)' },
        },
      ],
      research: {
        basis: '04 Theoretisch kader (proces van versterking); 06.1 Bevinding (Stroom Maatwerk: Stroomwijzer); 05 Onderzoeksopzet (stap 2)',
        empowerment: ['interactional'],
        caveat: 'domain.md places critical awareness in the interactional component (Zimmerman); the talk itself names it as part of empowerment as a process.',
      },
    },
    {
      id: 'c16',
      stage: 'outcome',
      title: { nl: 'Intrapersoonlijk: zelfvertrouwen en zelfeffectiviteit', en: 'Intrapersonal: self-confidence and self-efficacy' },
      description: {
        nl: 'De intrapersoonlijke component van psychologisch empowerment. KRAS en VINAC+ richten zich op zelfvertrouwen en zelfeffectiviteit.',
        en: 'The intrapersonal component of psychological empowerment. KRAS and VINAC+ focus on self-confidence and self-efficacy.',
      },
      aio: ['arbeidsmatig', 'integraal'],
      indicators: [
        {
          name: { nl: 'Intrapersoonlijk empowerment', en: 'Intrapersonal empowerment' },
          definition: { nl: 'Score op de intrapsychische factor van de MPE', en: 'Score on the intrapsychic factor of the MPE' },
          source: { nl: 'MPE (Meetschaal voor Psychologisch Empowerment)', en: 'MPE (Meetschaal voor Psychologisch Empowerment)' },
        },
      ],
      research: { basis: '04 Theoretisch kader; 06.1 Bevinding (KRAS & VINAC+)', empowerment: ['intrapersonal'], mpe: 'intrapsychic' },
    },
    {
      id: 'c20',
      stage: 'outcome',
      title: { nl: 'Interpersoonlijk: hulpbronnen kennen en gebruiken', en: 'Interpersonal: knowing and using resources' },
      description: {
        nl: 'De interpersoonlijke component van psychologisch empowerment. Alle organisaties richten zich erop, maar deze component blijkt het meest problematisch.',
        en: 'The interpersonal component of psychological empowerment. All organisations aim at it, but this component turns out to be the most problematic.',
      },
      aio: ['netwerk', 'integraal'],
      indicators: [
        {
          name: { nl: 'Interpersoonlijk empowerment', en: 'Interpersonal empowerment' },
          definition: { nl: 'Score op de interpsychische factor van de MPE', en: 'Score on the interpsychic factor of the MPE' },
          source: { nl: 'MPE (Meetschaal voor Psychologisch Empowerment)', en: 'MPE (Meetschaal voor Psychologisch Empowerment)' },
        },
      ],
      research: { basis: '04 Theoretisch kader; 06.1 Bevinding (de interpersoonlijke component blijkt het meest problematisch)', empowerment: ['interactional'], mpe: 'interpsychic' },
    },

    // ---- Impact -------------------------------------------------------------------------
    {
      id: 'c22',
      stage: 'impact',
      title: { nl: 'Minder ziekteverzuim en lagere kosten', en: 'Less sick leave and lower costs' },
      description: {
        nl: 'Empowerment draagt bij aan actieve deelname en lagere kosten: een effect op organisaties en samenleving.',
        en: 'Empowerment contributes to active participation and lower costs: an effect on organisations and society.',
      },
      aio: ['arbeidsmatig', 'netwerk'],
      research: { basis: '06.2 Bevinding: effect op organisaties en samenleving (minder ziekteverzuim)' },
    },
    {
      id: 'c21',
      stage: 'impact',
      title: { nl: 'Duurzame participatie: geen terugval na doorstroom', en: 'Lasting participation: no relapse after moving up' },
      description: {
        nl: 'Doelgroepmedewerkers stromen door naar een hogere trede van de participatieladder en vallen niet terug; ze blijven doorheen hun loopbaan op gepaste ondersteuning rekenen.',
        en: 'Target-group employees move up to a higher rung of the participation ladder and do not relapse; they can count on suitable support throughout their career.',
      },
      aio: ['netwerk'],
      research: { basis: '01 Inleiding (terugval na doorstroom voorkomen); 02 Probleemstelling; 06.2 Bevinding', rungs: [3, 4, 5, 6], caveat: 'Moving up the ladder: from the rung a person is on to a higher one.' },
    },
    {
      id: 'c23',
      stage: 'impact',
      title: { nl: 'Collectieve impact', en: 'Collective impact' },
      description: {
        nl: 'Organisaties versterken elkaar door samenwerking, zoals VINAC+ en Route 11. Collectieve impact vereist een gedeelde taal, gedeelde meet- of evaluatiemethoden en impactgericht handelen.',
        en: 'Organisations strengthen each other by working together, as VINAC+ and Route 11 do. Collective impact needs a shared language, shared measurement or evaluation methods and impact-driven action.',
      },
      aio: ['netwerk'],
      research: { basis: '06.2 Bevinding (collectieve impact: VINAC+ en Route 11); 08 Conclusies' },
    },
  ],

  links: [
    // Input → Actions
    {
      from: 'c1',
      to: 'c5',
      rationale: { nl: 'De doelgroep werkt in arbeidsmatige settings (trede 3 tot 5); daar begint de ondersteuning.', en: 'The target group works in work-oriented settings (rungs 3 to 5); that is where support starts.' },
    },
    {
      from: 'c1',
      to: 'c7',
      rationale: { nl: 'Naast het werk zijn er obstakels, zoals taal en administratie, die de organisaties helpen wegnemen.', en: 'Besides work there are obstacles, such as language and paperwork, that the organisations help remove.' },
    },
    {
      from: 'c2',
      to: 'c5',
      rationale: { nl: 'De begeleiders bieden de arbeidsmatige ondersteuning op de werkvloer.', en: 'The staff give the work-oriented support on the shop floor.' },
    },
    {
      from: 'c2',
      to: 'c6',
      rationale: { nl: 'De begeleiders stemmen hun aanpak af op de persoon, de doelgroep en de context.', en: 'The staff tune their approach to the person, the target group and the context.' },
      evidence: { nl: 'Bevinding 06.3: geen universele aanpak', en: 'Finding 06.3: no universal approach' },
    },
    {
      from: 'c3',
      to: 'c8',
      rationale: { nl: 'Formele diensten zijn partners waartoe de organisaties de toegang vergroten.', en: 'Formal services are partners to which the organisations widen access.' },
    },
    {
      from: 'c3',
      to: 'c9',
      rationale: { nl: 'Formele en informele bronnen zijn de bouwstenen van hybride netwerken.', en: 'Formal and informal sources are the building blocks of hybrid networks.' },
    },
    {
      from: 'c3',
      to: 'c10',
      rationale: { nl: 'Samenwerking gebeurt tussen de organisaties en hun partners, formeel en informeel.', en: 'Collaboration happens between the organisations and their partners, formal and informal.' },
    },
    {
      from: 'c4',
      to: 'c9',
      rationale: {
        nl: 'De subsidieoproep vraagt uitdrukkelijk het bouwen van ondersteuningsnetwerken voor personen met een afstand tot de arbeidsmarkt.',
        en: 'The subsidy call explicitly asks for building support networks for people with a distance to the labour market.',
      },
      assumptions: ['a3'],
    },
    // Actions → Intermediate results
    {
      from: 'c5',
      to: 'c11',
      rationale: { nl: 'De arbeidsmatige ondersteuning krijgt vorm als intensieve begeleiding op de werkvloer.', en: 'The work-oriented support takes shape as intensive guidance on the shop floor.' },
    },
    {
      from: 'c6',
      to: 'c11',
      rationale: { nl: 'Persoonlijke ondersteuning vult de begeleiding op de werkvloer aan: met en naast het werk.', en: 'Personal support adds to the guidance on the shop floor: with and beside the work.' },
    },
    {
      from: 'c7',
      to: 'c12',
      rationale: { nl: 'Hulp bij taal en administratie neemt concrete drempels weg.', en: 'Help with language and paperwork removes concrete barriers.' },
    },
    {
      from: 'c8',
      to: 'c13',
      rationale: { nl: 'Wie de weg naar formele diensten gewezen krijgt, vindt er ook toegang toe.', en: 'Those shown the way to formal services also gain access to them.' },
    },
    {
      from: 'c9',
      to: 'c14',
      rationale: { nl: 'Formele en informele ondersteuners worden rond de medewerker samengebracht.', en: 'Formal and informal supporters are brought together around the employee.' },
    },
    {
      from: 'c10',
      to: 'c15',
      rationale: {
        nl: 'Samenwerking richt zich op gezamenlijke doelstellingen en gedeelde meet- of evaluatie-instrumenten.',
        en: 'Collaboration aims at shared goals and shared measurement or evaluation instruments.',
      },
      evidence: { nl: 'Theoretisch kader: collectieve impact', en: 'Theoretical framework: collective impact' },
    },
    // Intermediate results → Outcomes
    {
      from: 'c11',
      to: 'c16',
      rationale: { nl: 'Begeleiding op en naast de werkvloer versterkt zelfvertrouwen en zelfeffectiviteit.', en: 'Guidance on and beside the shop floor strengthens self-confidence and self-efficacy.' },
      evidence: { nl: 'Bevinding 06.1: KRAS en VINAC+', en: 'Finding 06.1: KRAS and VINAC+' },
    },
    {
      from: 'c11',
      to: 'c17',
      rationale: { nl: 'Intensieve begeleiding versterkt veerkracht en werkhouding.', en: 'Intensive guidance strengthens resilience and work attitude.' },
      evidence: { nl: 'Bevinding 06.1: GROW-project', en: 'Finding 06.1: GROW project' },
    },
    {
      from: 'c11',
      to: 'c18',
      rationale: { nl: 'Begeleiding in het werk ondersteunt actieve deelname.', en: 'Guidance at work supports active participation.' },
      assumptions: ['a4'],
    },
    {
      from: 'c11',
      to: 'c19',
      rationale: { nl: 'Begeleiding kan het kritisch bewustzijn versterken.', en: 'Guidance can strengthen critical awareness.' },
      evidence: { nl: 'Bevinding 06.1: bij Stroom Maatwerk versterkt de Stroomwijzer het kritisch bewustzijn', en: 'Finding 06.1: at Stroom Maatwerk, the Stroomwijzer strengthens critical awareness' },
    },
    {
      from: 'c12',
      to: 'c16',
      rationale: { nl: 'Het wegnemen van obstakels draagt bij aan empowerment.', en: 'Removing obstacles contributes to empowerment.' },
      evidence: { nl: 'Conclusies (08)', en: 'Conclusions (08)' },
    },
    {
      from: 'c13',
      to: 'c20',
      rationale: { nl: 'Toegang tot formele diensten vergroot de hulpbronnen waarop iemand een beroep kan doen.', en: 'Access to formal services widens the resources a person can call on.' },
      evidence: { nl: 'Conclusies (08)', en: 'Conclusions (08)' },
    },
    {
      from: 'c14',
      to: 'c20',
      rationale: { nl: 'Een netwerk rond de persoon is een hulpbron om aan te spreken; ondersteuningsnetwerken dragen bij aan empowerment.', en: 'A network around the person is a resource to call on; support networks contribute to empowerment.' },
      evidence: { nl: 'Conclusies (08)', en: 'Conclusions (08)' },
    },
    {
      from: 'c14',
      to: 'c23',
      rationale: { nl: 'Collectieve impact steunt op samenwerking tussen formele en informele netwerken.', en: 'Collective impact rests on collaboration between formal and informal networks.' },
      evidence: { nl: 'Theoretisch kader: collectieve impact', en: 'Theoretical framework: collective impact' },
    },
    {
      from: 'c15',
      to: 'c23',
      rationale: {
        nl: 'Collectieve impact vereist een gedeelde taal en gedeelde meet- of evaluatiemethoden.',
        en: 'Collective impact needs a shared language and shared measurement or evaluation methods.',
      },
      evidence: { nl: 'Conclusies (08); bevinding 06.2: VINAC+ en Route 11', en: 'Conclusions (08); finding 06.2: VINAC+ and Route 11' },
    },
    // Outcomes → Impact
    {
      from: 'c16',
      to: 'c21',
      rationale: { nl: 'Wie empowered is, valt minder terug na de stap naar een hogere trede.', en: 'People who are empowered relapse less after the step to a higher rung.' },
      assumptions: ['a2'],
    },
    {
      from: 'c17',
      to: 'c21',
      rationale: { nl: 'Veerkracht en een goede werkhouding helpen de stap naar een hogere trede volhouden.', en: 'Resilience and a good work attitude help to keep up the step to a higher rung.' },
      assumptions: ['a2'],
    },
    {
      from: 'c18',
      to: 'c22',
      rationale: { nl: 'Actieve deelname gaat samen met minder ziekteverzuim en lagere kosten.', en: 'Active participation goes with less sick leave and lower costs.' },
      evidence: { nl: 'Bevinding 06.2: effect op organisaties en samenleving', en: 'Finding 06.2: effect on organisations and society' },
    },
    {
      from: 'c19',
      to: 'c21',
      rationale: { nl: 'Kritisch bewustzijn hoort bij empowerment als proces van versterking, dat terugval moet voorkomen.', en: 'Critical awareness is part of empowerment as a process of strengthening, which is to prevent relapse.' },
      assumptions: ['a2'],
    },
    {
      from: 'c20',
      to: 'c21',
      rationale: { nl: 'Wie hulpbronnen kent en gebruikt, kan na doorstroom op ondersteuning blijven rekenen.', en: 'Those who know and use resources can still count on support after moving up.' },
      evidence: { nl: 'Bevinding 06.2: intensieve begeleiding en hybride netwerken voorkomen terugval', en: 'Finding 06.2: intensive guidance and hybrid networks prevent relapse' },
      assumptions: ['a1'],
    },
  ],

  assumptions: [
    {
      id: 'a1',
      kind: 'assumption',
      status: 'untested',
      text: {
        nl: 'Doelgroepmedewerkers kunnen doorheen hun hele loopbaan op gepaste ondersteuning blijven rekenen.',
        en: 'Target-group employees can count on suitable support throughout their whole career.',
      },
      basis: '02 Probleemstelling ("van essentieel belang dat zij op gepaste ondersteuning kunnen blijven rekenen")',
    },
    {
      id: 'a2',
      kind: 'assumption',
      status: 'untested',
      text: {
        nl: 'Empowerment van doelgroepmedewerkers voorkomt terugval na doorstroom naar een hogere trede.',
        en: 'Empowering target-group employees prevents relapse after they move up to a higher rung.',
      },
      basis: '01 Inleiding (doelstelling: ondersteuningsnetwerken zodat zij empowered worden; initiatieven die terugval na doorstroom voorkomen). Recommendation 09: study the durability of impact longitudinally.',
    },
    {
      id: 'a3',
      kind: 'external',
      status: 'untested',
      text: {
        nl: 'Financiering van ondersteuningsnetwerken na het beleid Inclusieve economie 2020–2024 van de Provincie Antwerpen.',
        en: 'Funding for support networks after the Province of Antwerp’s Inclusive Economy 2020–2024 policy.',
      },
      basis: '01 Inleiding (Inclusieve economie 2020-2024; provinciale subsidieoproep)',
    },
    {
      id: 'a4',
      kind: 'assumption',
      status: 'untested',
      text: {
        nl: 'Als organisaties focussen op arbeidsmatige aspecten en daar behoorlijke resultaten boeken, leidt dit automatisch tot vooruitgang op andere levensdomeinen.',
        en: 'When organisations focus on work-related aspects and get good results there, this automatically leads to progress in other areas of life.',
      },
      basis: '01 Inleiding: one of the three statements the talk puts up for discussion; its conclusions stress combining work-oriented and social support, so this stays untested.',
    },
  ],
};
