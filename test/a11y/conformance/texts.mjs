// The conformance report's own words in Finnish, Swedish and English, in the order of the
// EU model accessibility statement (Commission Implementing Decision (EU) 2018/1523).

export const TEXTS = {
  fi: {
    title: 'kumppani-widgettien saavutettavuus: vaatimustenmukaisuusraportti',
    intro: (version, date) =>
      `Tämä raportti koskee kumppani-widgettejä (kumppani-directory, kumppani-events, kumppani-volunteering, kumppani-card, kumppani-premises ja kumppani-contact), versio ${version}. Raportti on tuotettu ${date} samassa testiajossa, joka tarkisti widgetit: jokainen rivi kertoo vain sen, minkä ajon testit osoittivat. Sivuston ylläpitäjä voi kopioida siitä osia kunnan omaan saavutettavuusselosteeseen (laki digitaalisten palvelujen tarjoamisesta 306/2019).`,
    statusHeading: 'Saavutettavuuden tila',
    overall: {
      partial:
        'Widgetit täyttävät WCAG 2.2 -ohjeiston A- ja AA-tason vaatimukset osittain: automaattiset ja käsikirjoitetut testit menevät läpi, mutta osa vaatimuksista vaatii vielä ihmisen tarkistuksen (alla).',
      fails:
        'Widgetit eivät täytä kaikkia WCAG 2.2 -ohjeiston A- ja AA-tason vaatimuksia: tässä ajossa epäonnistuneet testit on lueteltu alla.',
      full: 'Widgetit täyttävät WCAG 2.2 -ohjeiston A- ja AA-tason vaatimukset tämän ajon testien perusteella.',
    },
    tableHeading: 'WCAG 2.2 -kriteerit yksi kerrallaan',
    checklistHeading: 'Projektin omat tarkistuslistan rivit',
    columns: ['Kriteeri', 'Taso', 'Tila', 'Miten testattu', 'Mitä ihmisen pitää vielä tarkistaa'],
    status: {
      supports: 'Täyttää',
      'partially-supports': 'Täyttää osittain',
      fails: 'Ei täytä',
      'not-applicable': 'Ei sovellu',
      'not-tested': 'Ei testattu koneella',
    },
    axe: (rules, runs) => `Automaattinen sääntö (axe-core: ${rules}), ${runs} testissä`,
    scripted: (count) => `Käsikirjoitettu testi selaimessa (${count}):`,
    manualOnly: 'Yksikään testi ei tarkistanut tätä tässä ajossa: vaatii ihmisen arvion.',
    statusNote:
      '”Täyttää osittain” tarkoittaa tässä: kaikki kriteeriä koskevat automaattiset ja käsikirjoitetut testit menivät läpi, mutta osa kriteeristä ei ole koneella todennettavissa.',
    limitationsHeading: 'Ei-saavutettava sisältö ja tunnetut rajoitukset',
    limitations: [
      'Ruudunlukijoilla (NVDA, JAWS, VoiceOver, TalkBack) ei ole tehty ihmisen testikierrosta. Testit tarkistavat rakenteen, nimet, roolit ja tilailmoitusten paikat, mutta eivät sitä, miten kukin ruudunlukija ne lukee. Tee tällainen kierros ennen selosteen allekirjoittamista.',
      'Yhdistysten omat tekstit ja logot tulevat syötteestä. Niiden selkeys, kielimerkinnät ja logojen tekstivastineet ovat niin hyviä kuin syöte on.',
      'Jos sivulla on kiinteä yläpalkki, anna sen korkeus widgetille (scroll-offset), muuten kohdistettu kohta voi jäädä palkin alle.',
      'Jos muutat teeman värejä, pidä tekstin kontrasti vähintään 4,5:1 ja reunojen ja kohdistuksen 3:1 sivun taustaa vasten. Raportin kontrastitulokset koskevat oletusvärejä.',
      'kumppani-contact on mukana axe-tarkistuksissa kaikissa tiloissaan, mutta ei näppäimistö-, uudelleenasettelu- ja yläpalkkitesteissä: se on lyhyt tekstilohko linkkeineen, jonka ihminen tarkistaa.',
      'Sivun otsikko, ohituslinkit, sivun kieli ja widgettiä edeltävä otsikkorakenne ovat sivun asioita.',
      'Linkit vievät muihin palveluihin (yhdistysten sivut, kartta, tietolähde), joiden saavutettavuus ei kuulu tähän raporttiin.',
    ],
    failedHeading: 'Tässä ajossa epäonnistuneet testit',
    preparationHeading: 'Raportin laatiminen',
    preparation: (date, axeVersion) =>
      `Raportti on tuotettu ${date} automaattisesti komennolla npm test: widgetit testattiin oikeassa Chromium-selaimessa suomeksi, ruotsiksi ja englanniksi kaikissa tiloissaan (lataus, lista, tyhjä, virhe, lisätiedot) axe-core ${axeVersion} -säännöillä ja käsikirjoitetuilla testeillä. Kyseessä on itsearviointi. Raportti tuotetaan uudelleen jokaista julkaisua varten.`,
    feedbackHeading: 'Palaute ja yhteystiedot',
    feedback:
      'Anna widgetille kunnan palautekanavan osoite feedback-url-määritteellä: jokaisen widgetin tietolähderiville tulee linkki ”Ilmoita saavutettavuusongelmasta”. Kerro sama kanava selosteessa.',
    enforcementHeading: 'Valvontaviranomainen',
    enforcement:
      'Jos palvelun saavutettavuudessa on puutteita, ilmoita niistä ensin palvelun ylläpitäjälle. Jos vastausta ei saa kahden viikon kuluessa tai se ei tyydytä, voi tehdä ilmoituksen valvontaviranomaiselle; ajantasaiset yhteystiedot ovat osoitteessa saavutettavuusvaatimukset.fi.',
    tests: 'testit',
  },
  sv: {
    title: 'Tillgängligheten i kumppani-widgetarna: rapport om överensstämmelse',
    intro: (version, date) =>
      `Rapporten gäller kumppani-widgetarna (kumppani-directory, kumppani-events, kumppani-volunteering, kumppani-card, kumppani-premises och kumppani-contact), version ${version}. Den togs fram ${date} i samma testkörning som kontrollerade widgetarna: varje rad säger bara det som körningens tester visade. Webbansvariga kan kopiera delar av den till kommunens eget tillgänglighetsutlåtande (lagen om tillhandahållande av digitala tjänster 306/2019).`,
    statusHeading: 'Tillgänglighetsstatus',
    overall: {
      partial:
        'Widgetarna uppfyller delvis kraven på nivå A och AA i WCAG 2.2: de automatiska och skriptade testerna går igenom, men en del krav måste ännu kontrolleras av en person (nedan).',
      fails:
        'Widgetarna uppfyller inte alla krav på nivå A och AA i WCAG 2.2: testerna som misslyckades i denna körning anges nedan.',
      full: 'Widgetarna uppfyller kraven på nivå A och AA i WCAG 2.2 enligt testerna i denna körning.',
    },
    tableHeading: 'WCAG 2.2-kriterierna ett och ett',
    checklistHeading: 'Projektets egna rader i checklistan',
    columns: ['Kriterium', 'Nivå', 'Status', 'Hur det testats', 'Vad en person ännu ska kontrollera'],
    status: {
      supports: 'Uppfyller',
      'partially-supports': 'Uppfyller delvis',
      fails: 'Uppfyller inte',
      'not-applicable': 'Inte tillämpligt',
      'not-tested': 'Inte testat maskinellt',
    },
    axe: (rules, runs) => `Automatisk regel (axe-core: ${rules}), i ${runs} tester`,
    scripted: (count) => `Skriptat test i webbläsaren (${count}):`,
    manualOnly: 'Inget test kontrollerade detta i denna körning: kräver en persons bedömning.',
    statusNote:
      '”Uppfyller delvis” betyder här: alla automatiska och skriptade tester för kriteriet gick igenom, men en del av kriteriet kan inte verifieras maskinellt.',
    limitationsHeading: 'Innehåll som inte är tillgängligt och kända begränsningar',
    limitations: [
      'Ingen person har gjort en testrunda med skärmläsare (NVDA, JAWS, VoiceOver, TalkBack). Testerna kontrollerar struktur, namn, roller och var statusmeddelanden finns, men inte hur varje skärmläsare läser dem. Gör en sådan runda innan utlåtandet undertecknas.',
      'Föreningarnas egna texter och logotyper kommer från flödet. Deras tydlighet, språkmärkning och logotypernas textalternativ är lika bra som flödet.',
      'Om sidan har ett fast sidhuvud, ange dess höjd för widgeten (scroll-offset), annars kan det fokuserade stället hamna under sidhuvudet.',
      'Om du ändrar temats färger, håll textens kontrast minst 4,5:1 och kanternas och fokusmarkeringens 3:1 mot sidans bakgrund. Rapportens kontrastresultat gäller standardfärgerna.',
      'kumppani-contact ingår i axe-kontrollerna i alla sina lägen men inte i testerna av tangentbord, omflödning och fast sidhuvud: den är ett kort textblock med länkar som en person kontrollerar.',
      'Sidans rubrik, överhoppningslänkar, sidans språk och rubrikstrukturen före widgeten är sidans sak.',
      'Länkarna leder till andra tjänster (föreningarnas sidor, kartan, datakällan) vars tillgänglighet inte ingår i rapporten.',
    ],
    failedHeading: 'Tester som misslyckades i denna körning',
    preparationHeading: 'Hur rapporten tagits fram',
    preparation: (date, axeVersion) =>
      `Rapporten togs fram ${date} automatiskt med kommandot npm test: widgetarna testades i en riktig Chromium-webbläsare på finska, svenska och engelska i alla sina lägen (laddning, lista, tom, fel, detaljer) med reglerna i axe-core ${axeVersion} och med skriptade tester. Det är en självbedömning. Rapporten tas fram på nytt för varje version.`,
    feedbackHeading: 'Respons och kontaktuppgifter',
    feedback:
      'Ge widgeten adressen till kommunens responskanal med attributet feedback-url: varje widgets rad om datakällan får länken ”Rapportera ett tillgänglighetsproblem”. Ange samma kanal i utlåtandet.',
    enforcementHeading: 'Tillsynsmyndighet',
    enforcement:
      'Om tjänsten har brister i tillgängligheten, meddela först tjänstens administratör. Om du inte får svar inom två veckor eller inte är nöjd med svaret kan du anmäla det till tillsynsmyndigheten; aktuella kontaktuppgifter finns på webbplatsen saavutettavuusvaatimukset.fi.',
    tests: 'tester',
  },
  en: {
    title: 'Accessibility of the kumppani widgets: conformance report',
    intro: (version, date) =>
      `This report covers the kumppani widgets (kumppani-directory, kumppani-events, kumppani-volunteering, kumppani-card, kumppani-premises and kumppani-contact), version ${version}. It was produced on ${date} by the same test run that checked the widgets: each row says only what that run's tests showed. Webmasters can copy parts of it into their municipality's own accessibility statement (Act on the Provision of Digital Services 306/2019).`,
    statusHeading: 'Compliance status',
    overall: {
      partial:
        'The widgets are partially compliant with WCAG 2.2 level A and AA: the automated and scripted tests pass, but some requirements still need a person to check them (below).',
      fails:
        'The widgets are not compliant with every WCAG 2.2 level A and AA requirement: the tests that failed in this run are listed below.',
      full: 'The widgets are compliant with WCAG 2.2 level A and AA according to the tests of this run.',
    },
    tableHeading: 'WCAG 2.2 success criteria one by one',
    checklistHeading: 'The project’s own checklist rows',
    columns: ['Criterion', 'Level', 'Status', 'How tested', 'What a person still has to check'],
    status: {
      supports: 'Supports',
      'partially-supports': 'Partially supports',
      fails: 'Does not support',
      'not-applicable': 'Does not apply',
      'not-tested': 'Not tested by machine',
    },
    axe: (rules, runs) => `Automated rule (axe-core: ${rules}), in ${runs} tests`,
    scripted: (count) => `Scripted test in the browser (${count}):`,
    manualOnly: 'No test checked this in this run: needs a person’s judgement.',
    statusNote:
      '“Partially supports” means here: every automated and scripted test of the criterion passed, but part of the criterion cannot be verified by a machine.',
    limitationsHeading: 'Non-accessible content and known limitations',
    limitations: [
      'No person has done a test round with screen readers (NVDA, JAWS, VoiceOver, TalkBack). The tests check structure, names, roles and where status messages are, not how each screen reader reads them. Do such a round before signing the statement.',
      'The associations’ own texts and logos come from the feed. Their clarity, language marks and the logos’ text alternatives are as good as the feed.',
      'If the page has a sticky header, give its height to the widget (scroll-offset); otherwise a focused control can end up under the header.',
      'If you change the theme colours, keep text at 4.5:1 and borders and the focus outline at 3:1 against your page background. The report’s contrast results are for the default colours.',
      'kumppani-contact is in the axe checks in all its states, but not in the keyboard, reflow and sticky-header tests: it is a short block of text with links, for a person to check.',
      'The page title, skip links, the page language and the headings above the widget are the page’s own.',
      'Links lead to other services (the associations’ pages, the map, the data source) whose accessibility this report does not cover.',
    ],
    failedHeading: 'Tests that failed in this run',
    preparationHeading: 'Preparation of this report',
    preparation: (date, axeVersion) =>
      `This report was produced on ${date} automatically by npm test: the widgets were tested in a real Chromium browser in Finnish, Swedish and English in all their states (loading, list, empty, error, detail) with the rules of axe-core ${axeVersion} and with scripted tests. It is a self-assessment. The report is produced again for every release.`,
    feedbackHeading: 'Feedback and contact information',
    feedback:
      'Give the widget your municipality’s feedback channel with the feedback-url attribute: every widget’s data source line then links to “Report an accessibility problem”. Name the same channel in the statement.',
    enforcementHeading: 'Enforcement procedure',
    enforcement:
      'If the service has accessibility shortcomings, tell its administrator first. If there is no answer within two weeks, or the answer is not satisfactory, a report can be made to the supervisory authority; its current contact details are at saavutettavuusvaatimukset.fi.',
    tests: 'tests',
  },
};
