"""Dutch (nl) report vocabulary for the router's training set.

Synthetic material written by hand for the SmartGov Listening project: terse report titles and
category names as residents type or pick them in a municipal reporting app, and short report
bodies as written in an app's description field, a web form, an e-mail to the city or a
complaint tweet to a transport operator. Netherlands and Flemish Dutch are mixed. Nothing here
comes from real reports or real social media; streets, places, stops, lines, train numbers and
times are slots filled by the builder, and there are no real people, brands or contact details.

"[a|b|c]" picks one alternative (may nest). Slots: {street}, {num}, {place}, {stop}, {line},
{train}, {time}, {days}.
"""

# Report titles and category names as a resident types them into a reporting app's title field,
# or picks them from its category menu. 1-8 words. "[a|b|c]" picks one alternative (may nest).
TITLES: dict[str, list[str]] = {
    "traffic": [
        "Verkeerslicht defect",
        "Stoplicht kapot",
        "stoplicht kaput",
        "verkeerslict werkt niet",
        "Stoplicht staat [altijd|constant|steeds] op rood",
        "Verkeerslichten in storing",
        "Storing verkeerslichten kruispunt",
        "VRI storing",
        "Verkeerslicht knippert oranje",
        "Lichten knipperen oranje",
        "Driekleur werkt niet",
        "Verkeerslichten [uit|vallen uit|doen raar]",
        "Drukknop voetgangerslicht werkt niet",
        "Drukknop oversteekplaats kapot",
        "drukknop bij zebra reageert niet",
        "Voetgangerslicht [te kort groen|blijft rood|springt te snel op rood]",
        "Fietslicht reageert niet",
        "Detectielus fietsers werkt niet",
        "Wachttijd verkeerslicht te lang",
        "Rateltikker werkt niet",
        "Verkeerslichten slecht afgesteld",
        "Groene golf klopt niet",
        "Stoplicht hangt scheef",
        "Verkeerslicht aangereden",
        "Verkeersbord [weg|verdwenen|omgereden|omgevallen]",
        "Verkeersbord scheef",
        "verkeersbord verdraaid",
        "Bord omver gereden",
        "Straatnaambord [ontbreekt|onleesbaar|verdraaid|ligt op de grond]",
        "Straatnaambordje weg",
        "straatnaam bord kwijt",
        "Verkeersbord onzichtbaar door [boom|takken|struiken]",
        "Bord maximumsnelheid ontbreekt",
        "Wegwijzer verdraaid",
        "Bewegwijzering klopt niet",
        "Onderbord ontbreekt",
        "Zone 30 bord weg",
        "Bord eenrichtingsverkeer ontbreekt",
        "Verkeersspiegel kapot",
        "Spiegel bij uitrit [gebroken|verdraaid]",
        "Verkeerszuil kapot",
        "Verlichte verkeerszuil gaat niet aan",
        "Wegmarkering [vervaagd|onzichtbaar|weg]",
        "Belijning slecht zichtbaar",
        "Strepen op de weg vervaagd",
        "Zebrapad [vervaagd|nauwelijks zichtbaar]",
        "zebra pad weg",
        "Haaientanden weg",
        "Stopstreep onzichtbaar",
        "Markering fietsstrook vervaagd",
        "Nieuw zebrapad aanvragen",
        "Verzoek zebrapad bij school",
        "Oversteekplaats [gevaarlijk|onveilig]",
        "Oversteken onveilig",
        "Geen veilige oversteek",
        "Schoolzone onveilig",
        "Schoolstraat hekken niet gezet",
        "Foutparkeren",
        "Fout geparkeerde auto",
        "Fout geparkeerd voertuig",
        "foutparkeerders",
        "Auto op de stoep",
        (
            "Auto geparkeerd op "
            "[fietspad|stoep|voetpad|zebrapad|gehandicaptenparkeerplaats|invalidenplek]"
        ),
        "Uitrit geblokkeerd",
        "Inrit versperd",
        "Oprit geblokkeerd door auto",
        "Garagepoort geblokkeerd",
        "Dubbel geparkeerd",
        "Parkeren op de hoek",
        "Parkeerautomaat [defect|kapot|neemt geen pin|slikt munten]",
        "Parkeermeter stuk",
        "parkeer automaat doet het niet",
        "Betaalautomaat parkeren werkt niet",
        "Parkeervergunning aanvragen",
        "Bewonersvergunning",
        "Bewonerskaart",
        "Bezoekersparkeren",
        "Blauwe zone borden ontbreken",
        "Parkeerhandhaving graag",
        "Handhaving parkeren",
        "Parkeeroverlast",
        "Wildparkeren",
        "Bestelbus op invalidenplek",
        "Camper al weken geparkeerd",
        "Aanhanger al weken op straat",
        "Boottrailer op parkeerplaats",
        "Vrachtwagen parkeert in woonwijk",
        "Laad- en losplek bezet",
        "Laadplek bezet door benzineauto",
        "Auto voor brandkraan",
        "Geparkeerd voor brandweeruitrit",
        "Parkeren in de berm",
        "Auto's op het gras",
        "Parkeerboete onterecht",
        "Weesfiets",
        "Weesfietsen in fietsenrek",
        "Fietswrak",
        "Fietswrakken",
        "Verlaten fiets",
        "Achtergelaten [auto|voertuig|scooter|brommer]",
        "Autowrak",
        "Wrak op straat",
        "Auto zonder kenteken",
        "Auto staat al maanden stil",
        "Brommer zonder kenteken al weken",
        "Deelscooter [in de weg|omgevallen|midden op de stoep]",
        "Deelstep op voetpad",
        "E-step blokkeert stoep",
        "Deelfietsen blokkeren stoep",
        "Te hard rijden",
        "Hardrijders",
        "Snelheidsduivels",
        "Snelheidsovertredingen",
        "Racen in de straat",
        "Scheurende auto's",
        "Verkeersdrempel [te hoog|kapot|aanvragen]",
        "Drempel gevraagd",
        "verkeers drempel graag",
        "Snelheidsremmer",
        "Verkeersremmende maatregelen",
        "Snelheidsdisplay kapot",
        "Smileybord werkt niet",
        "Snelheidscontrole gewenst",
        "Zone 30 wordt genegeerd",
        "Sluipverkeer",
        "Sluiproute door wijk",
        "File",
        "Verkeersopstopping",
        "Verkeerschaos",
        "Chaos halen en brengen school",
        "Wegafsluiting",
        "Weg afgesloten zonder aankondiging",
        "Omleiding onduidelijk",
        "Omleidingsborden [ontbreken|verkeerd|staan nog]",
        "Omleiding klopt niet",
        "Wegomlegging",
        "Stremming",
        "Verkeershinder",
        "Gevaarlijke kruising",
        "Gevaarlijk kruispunt",
        "Onoverzichtelijke kruising",
        "Onoverzichtelijke bocht",
        "Rotonde onveilig",
        "Voorrang onduidelijk",
        "Vrachtwagens in woonwijk",
        "Vrachtverkeer in woonstraat",
        "Zwaar verkeer door straat",
        "Toeteren",
        "Getoeter",
        "Claxonneren",
        "Fietspad [onveilig|te smal|ontbreekt]",
        "Fietspad geblokkeerd",
        "Fietspad onderbroken",
        "Fietsstraat: auto's te snel",
        "Fietsstrook gevraagd",
        "Fietssuggestiestrook te smal",
        "Fietsoversteek onveilig",
        "Fietsenrek gevraagd",
        "Fietsnietjes erbij graag",
        "Fietsenstalling vol",
        "Brommers op fietspad",
        "Scooters op het fietspad",
        "Spookrijders",
        "Eenrichtingsverkeer genegeerd",
        "Auto's in voetgangersgebied",
        "Beweegbare afsluitpaal defect",
        "Verkeer",
        "Verkeer en parkeren",
        "Verkeerslichten",
        "Verkeersborden en markering",
        "Verkeersborden / straatnaamborden",
        "Bebording",
        "Parkeren",
        "Fout geparkeerde voertuigen",
        "Verkeersveiligheid",
        "Verkeersregelinstallatie",
        "Weesfietsen / fietswrakken",
        "Verkeersoverlast",
        "Verkeerssituatie",
        "Fietspaden en fietsenrekken",
        "Achtergelaten voertuigen",
    ],
    "public_works": [
        "Gat in de weg",
        "Gaten in het wegdek",
        "Kuil in de weg",
        "Put in de weg",
        "Putten in het wegdek",
        "Diepe put in de straat",
        "Slecht wegdek",
        "Wegdek in slechte staat",
        "Asfalt kapot",
        "Asfalt [gescheurd|opgebroken|verzakt|brokkelt af]",
        "Scheur in het asfalt",
        "Verzakking in de weg",
        "Wegdek verzakt",
        "Boomwortels drukken asfalt omhoog",
        "Klinkers los",
        "Losliggende klinkers",
        "Klinkers verzakt",
        "Kasseien los",
        "Kinderkopjes liggen los",
        "losliggende stoeptegel",
        "Stoeptegel los",
        "stoeptegels scheef",
        "Opstaande tegel",
        "Tegel steekt uit",
        "Struikelgevaar stoep",
        "Stoep kapot",
        "Stoep verzakt",
        "Voetpad in slechte staat",
        "Voetpad beschadigd",
        "voetpad vol gaten",
        "Trottoir kapot",
        "Trottoir oneffen",
        "Stoeprand kapot",
        "Stoeprand los",
        "Boordsteen kapot",
        "Trottoirband los",
        "Verlaagde stoeprand gevraagd",
        "Gat in fietspad",
        "Fietspad met gaten",
        "Fietspad oneffen door wortels",
        "Fietspad verzakt",
        "Grindpad uitgespoeld",
        "Schelpenpad vol kuilen",
        "Wegen, straten en pleinen",
        "Bestrating",
        "Bestrating los of kapot",
        "Verzakte bestrating",
        "Straat opgebroken en niet hersteld",
        "Slecht herstelde sleuf",
        "Sleuf niet dichtgemaakt",
        "Gat na werkzaamheden",
        "Werkzaamheden niet afgerond",
        "Wegwerkzaamheden rommel achtergelaten",
        "Bouwhekken laten liggen",
        "Bouwhek omgewaaid",
        "Afzetting omgevallen",
        "Bouwput niet afgezet",
        "Zand op fietspad",
        "Olievlek op straat",
        "Olie op het wegdek",
        "Modder op de weg",
        "Glasscherven op straat",
        "Glas op het fietspad",
        "Lantaarnpaal kapot",
        "Lantaarnpaal brandt niet",
        "Lantarenpaal defect",
        "lantaarpaal uit",
        "Lantaarnpaal scheef",
        "Lantaarnpaal aangereden",
        "Straatlantaarn uit",
        "Straatverlichting",
        "Straatverlichting defect",
        "straatverlichting kapot",
        "Straatlamp [uit|knippert|brandt overdag]",
        "Lamp brandt overdag",
        "Lamp [flikkert|knippert|gaat aan en uit]",
        "Lichtmast [beschadigd|scheef|omver]",
        "Luikje lichtmast open",
        "Kabels uit lantaarnpaal",
        "Openbare verlichting",
        "Openbare verlichting defect",
        "Straatlicht kapot",
        "Hele straat donker",
        "Verlichting [fietspad|tunnel|park|onderdoorgang] uit",
        "Tunnelverlichting kapot",
        "Lantaarnpalen",
        "Boom omgevallen",
        "Omgevallen boom",
        "Boom dreigt om te vallen",
        "Tak afgebroken",
        "Afgebroken tak",
        "Hangende tak",
        "Overhangende takken",
        "Takken hangen over fietspad",
        "Takken over de stoep",
        "Boom snoeien",
        "Snoeien graag",
        "Boom ziek",
        "Dode boom",
        "Boom [rot|hol|scheef|gespleten]",
        "Boomwortels",
        "Boomwortels in stoep",
        "Boomspiegel [vol onkruid|vervuild|vol rommel]",
        "Boomspiegel",
        "Boomstronk weghalen",
        "Boomstronk",
        "Nieuwe boom planten",
        "Boompaal kapot",
        "Boom beschadigd door auto",
        "Bomen",
        "Bomen en planten",
        "Bladafval",
        "Bladeren op fietspad",
        "Bladkorf vol",
        "Bladkorven graag",
        "Veel blad op straat",
        "Gladde bladeren op de stoep",
        "Groenvoorziening",
        "Openbaar groen",
        "Openbaar groen en water",
        "Groenonderhoud",
        "Gras maaien",
        "Gras te hoog",
        "Gras niet gemaaid",
        "Berm maaien",
        "Bermen niet gemaaid",
        "Plantsoen onderhoud",
        "Plantsoen verwaarloosd",
        "Struiken snoeien",
        "Heg snoeien",
        "Haag te hoog",
        "Heg gemeente te breed",
        "Onkruid",
        "Onkruid op stoep",
        "Onkruid tussen tegels",
        "onkruid in de goot",
        "Brandnetels en distels",
        "Perk onderhoud",
        "Beplanting",
        "Bloembak kapot",
        "Plantenbak omver",
        "Grasveld kapot gereden",
        "Berm kapotgereden",
        "Park onderhoud",
        "Park vervuild",
        "Vijver vervuild",
        "Vijver",
        "Sloot verstopt",
        "Sloot vervuild",
        "Kroos in sloot",
        "Beschoeiing kapot",
        "Waterkant afgekalfd",
        "Speeltoestel kapot",
        "Speeltoestel defect",
        "Speeltuin",
        "Speeltuin kapot",
        "Speelplein",
        "Speeltoestellen",
        "Schommel kapot",
        "Schommel [ketting los|zitje kapot]",
        "Glijbaan kapot",
        "Wip kapot",
        "Klimrek los",
        "Zandbak vervuild",
        "Valondergrond kapot",
        "Kabelbaan speeltuin kapot",
        "Basketbalpaal kapot",
        "Voetbaldoel kapot",
        "Skatebaan kapot",
        "Hek speeltuin kapot",
        "Speelplaatsen",
        "Bankje kapot",
        "Bank kapot in park",
        "Zitbank beschadigd",
        "Picknicktafel kapot",
        "Straatmeubilair",
        "Kapot straatmeubilair",
        "Openbaar toilet",
        "Openbaar toilet [vies|defect|gesloten|verstopt]",
        "Urinoir vies",
        "Plaskrul kapot",
        "Watertappunt kapot",
        "Drinkfontein werkt niet",
        "Fontein [werkt niet|vies|staat uit]",
        "Hek kapot",
        "Hekwerk beschadigd",
        "Muur [beschadigd|gescheurd|verzakt]",
        "Keermuur brokkelt af",
        "Trap [kapot|glad|los]",
        "Trapleuning los",
        "Leuning kapot",
        "Brug [beschadigd|glad|leuning kapot]",
        "Brugdek los",
        "Voetgangersbrug kapot",
        "Steiger kapot",
        "Buurthuis onderhoud",
        "Lekkage gemeentegebouw",
        "Vuilnisbak vol",
        "Prullenbak vol",
        "prullebak vol",
        "Afvalbak vol",
        "Vuilbak vol",
        "Straatvuilbak [vol|kapot]",
        "Afvalbak [kapot|weg]",
        "Afvalbak bushalte vol",
        "Prullenbak bij halte vol",
        "Vuilbak aan de bushalte",
        "Hondenpoepbak vol",
        "Afval naast container",
        "Afval naast de container",
        "Vuilniszakken naast container",
        "Huisvuil naast container",
        "Bijplaatsing",
        "Container vol",
        "Ondergrondse container [vol|klep klemt|defect|pas werkt niet]",
        "Verzamelcontainer vol",
        "Glasbak vol",
        "Glasbol vol",
        "Glascontainer",
        "Textielcontainer vol",
        "Kledingcontainer vol",
        "Papiercontainer vol",
        "Papierbak vol",
        "Plasticcontainer vol",
        "PMD-container vol",
        "Zwerfvuil",
        "Zwerfafval",
        "Rommel op straat",
        "Afval op straat",
        "Afval in park",
        "Troep in de berm",
        "Dumping",
        "Illegale dumping",
        "Illegaal gestort afval",
        "Sluikstort",
        "Sluikstorten",
        "Gedumpt afval",
        "Gedumpte matras",
        "Grofvuil op straat",
        "Grof vuil",
        "grofvuil",
        "Grofvuil aanmelden",
        "Grofvuil niet opgehaald",
        "Bank op straat gezet",
        "Afval niet opgehaald",
        "Kliko niet geleegd",
        "Container niet geleegd",
        "Minicontainer niet geleegd",
        "Groene kliko vergeten",
        "GFT niet opgehaald",
        "GFT-bak niet geleegd",
        "Restafval niet opgehaald",
        "Papier niet opgehaald",
        "PMD niet opgehaald",
        "Huisvuil niet opgehaald",
        "Vuilniszakken niet meegenomen",
        "Ophaaldienst vergeten",
        "Kliko kapot",
        "Kliko [deksel kapot|wiel eraf|gestolen|kwijt]",
        "Nieuwe kliko aanvragen",
        "Extra container aanvragen",
        "Minicontainer omruilen",
        "Container beschadigd door vuilniswagen",
        "Snoeiafval ophalen",
        "Tuinafval niet opgehaald",
        "Vuilniszakken opengescheurd",
        "Afval",
        "Afval en containers",
        "Containers en afvalbakken",
        "Vuilnisbakken",
        "Injectienaald gevonden",
        "Naald op straat",
        "Spuit in speeltuin",
        "Gebruikte naalden in de bosjes",
        "Straat vegen",
        "Straat vies",
        "Veegwagen niet langs geweest",
        "Vervuilde straat",
        "Vieze straat na markt",
        "Straatreiniging",
        "Reiniging",
        "Gladheid",
        "Gladheidsbestrijding",
        "Strooien graag",
        "Niet gestrooid",
        "Fietspad niet gestrooid",
        "Sneeuw niet geruimd",
        "IJzel op stoep",
        "ijs op voetpad",
        "Zoutkist leeg",
        "Sneeuwruimen",
        "Winterdienst",
        "Put verstopt",
        "Kolk verstopt",
        "Straatkolk verstopt",
        "Regenput verstopt",
        "Rioolput verstopt",
        "Riool verstopt",
        "Rioolstank",
        "Stank uit riool",
        "Riolering",
        "Putdeksel los",
        "Putdeksel rammelt",
        "Rioleringsdeksel weg",
        "Deksel ontbreekt",
        "Wateroverlast",
        "Water op straat",
        "Ondergelopen straat",
        "Overstroming",
        "Plas op fietspad",
        "Waterlek",
        "Waterleiding lek",
        "Lekkage op straat",
        "Water spuit uit de grond",
        "Brandkraan lekt",
        "Brandkraan beschadigd",
        "Goot verstopt",
        "Afvoergoot verstopt",
        "Duiker verstopt",
        "Riolering en water",
        "Water en riool",
        "Graffiti",
        "Graffiti verwijderen",
        "Graffiti op muur",
        "Bekladding",
        "Tags op gevel",
        "Wildplakken",
        "Stickers op lantaarnpaal",
        "Fietstunnel vies",
        "Onderdoorgang vervuild",
        "Openbare ruimte",
    ],
    "transit": [
        "Bus te laat",
        "Bus kwam niet",
        "Bus niet gepasseerd",
        "Bus reed voorbij",
        "Bus reed door de halte",
        "Buschauffeur stopte niet",
        "Bus [te vroeg|veel te vroeg] vertrokken",
        "Tram te laat",
        "Tram [uitgevallen|rijdt niet|reed niet]",
        "Tram rijdt niet door",
        "Tram bleef staan",
        "Metro storing",
        "Metro vertraagd",
        "Metro rijdt niet",
        "Trein vertraagd",
        "Trein uitgevallen",
        "Treinuitval",
        "Vertraging trein",
        "Vertraging",
        "Storing",
        "Seinstoring",
        "Wisselstoring",
        "Trein staat stil",
        "Trein stil op het spoor",
        "Overvolle trein",
        "Overvolle bus",
        "Bus propvol",
        "Tram te vol",
        "Te weinig treinstellen",
        "Korte trein in de spits",
        "Kapot toilet trein",
        "Wc trein vies",
        "Trein vies",
        "Airco trein kapot",
        "Airco bus doet het niet",
        "Verwarming tram kapot",
        "Koud in de trein",
        "Perronwijziging",
        "Spoorwijziging",
        "Vertrekbord klopt niet",
        "Reisinformatie klopt niet",
        "Reisplanner geeft foute tijden",
        "App reisplanner werkt niet",
        "OV-chipkaart",
        "OV-chipkaart [storing|werkt niet|saldo klopt niet]",
        "Niet uitgecheckt",
        "Uitchecken vergeten",
        "Incheckpaal kapot",
        "Poortjes defect",
        "Kaartautomaat kapot",
        "kaartjes automaat doet het niet",
        "Geld terug bij vertraging",
        "Compensatie vertraging",
        "Restitutie",
        "Vergoeding aanvragen",
        "Te veel betaald",
        "Dubbel afgeschreven",
        "Zitplaatsreservering",
        "Reservering kwijt",
        "Boeking niet gelukt",
        "Conducteur onvriendelijk",
        "Chauffeur onvriendelijk",
        "Buschauffeur [onbeleefd|reed te hard|belde tijdens het rijden]",
        "Tramchauffeur onbeschoft",
        "Klacht over conducteur",
        "Machinist",
        "Vervangend busvervoer",
        "Bussen in plaats van treinen",
        "Treinvervangend vervoer",
        "Overstap gemist",
        "Aansluiting gemist",
        "Halte overgeslagen",
        "Bushalte verplaatst",
        "Tijdelijke halte onduidelijk",
        "Bushokje kapot",
        "Abri kapot",
        "Abri ruit ingegooid",
        "Wachthuisje kapot",
        "wachthokje tram",
        "Haltepaal weg",
        "Reisinformatiescherm halte uit",
        "Scherm halte klopt niet",
        "Dienstregeling",
        "Dienstregeling klopt niet",
        "Nieuwe dienstregeling",
        "Lift station kapot",
        "Lift perron buiten gebruik",
        "Roltrap station stuk",
        "Rolstoel mee in de bus",
        "Oprijplaat bus defect",
        "Kinderwagen in de tram",
        "Gevonden voorwerpen",
        "Tas laten liggen in trein",
        "Telefoon verloren in bus",
        "OV-fiets",
        "OV-fiets niet beschikbaar",
        "Belbus",
        "Buurtbus",
        "Nachtbus",
        "Sneltram",
        "Premetro",
        "Streekbus",
        "Sprinter",
        "Intercity",
        "Stiltecoupé lawaai",
        "Eerste klas vol",
        "Geen koffie aan boord",
        "Kaartcontrole",
        "Boete in de trein",
        "Boete zonder kaartje",
        "Dagkaart",
        "Abonnement",
        "Abonnement opzeggen",
        "Studentenreisproduct",
        "Tariefverhoging",
        "Ritprijs te hoog",
        "Instappen achterdeur",
        "Tramdeuren defect",
        "Deuren trein gaan niet open",
        "Omroep onverstaanbaar",
        "Geen omroep in de trein",
        "Stationshal vies",
        "Metrostation vies",
        "Buslijn opgeheven",
        "Lijn opgeheven",
        "Minder bussen",
        "Frequentie verhogen",
        "Laatste bus te vroeg",
        "Geen bus op zondag",
        "Bus op zondag",
        "Klachten openbaar vervoer",
        "Openbaar vervoer",
        "Bus en tram",
        "Haltes en abri's",
        "Reisinformatie",
        "Trein",
        "Spoor",
        "Treinreis",
        "Vertraagde sprinter",
        "Intercity uitgevallen",
        "Tram ontspoord",
        "Metro overvol",
        "Bus sloeg rit over",
        "Lijnkaart",
        "M-ticket werkt niet",
    ],
    "communication": [
        "Geluidsoverlast",
        "Burenlawaai",
        "Lawaai buren",
        "Harde muziek",
        "Muziekoverlast",
        "Feest bij de buren",
        "Huisfeest tot laat",
        "Overlast café",
        "Overlast horeca",
        "Terras overlast",
        "Lawaai van terras",
        "Bouwlawaai",
        "Bouwlawaai 's nachts",
        "Heien te vroeg",
        "Bladblazer",
        "Bladblazers lawaai",
        "Blaffende hond",
        "Hond blaft de hele dag",
        "Overlast",
        "Overlast jongeren",
        "Hangjongeren",
        "Overlast hangjongeren",
        "Vuurwerkoverlast",
        "Vuurwerk afsteken",
        "Airco buren bromt",
        "Warmtepomp buren lawaai",
        "Lawaai festival",
        "Geluidsoverlast evenement",
        "Geluidsoverlast bedrijf",
        "Kermis lawaai",
        "Geluidsoverlast [buren|café|evenement|bedrijf]",
        "Lawaaihinder",
        "Nachtlawaai",
        "Daklozen",
        "Dakloze slaapt in portiek",
        "Tentenkamp",
        "Kampement in park",
        "Zwervers",
        "Slapen op straat",
        "Dakloze in bushokje",
        "Overlast daklozen",
        "Verward persoon",
        "Zorgwekkende situatie",
        "Loslopende hond",
        "Loslopende honden in park",
        "Hond zonder lijn",
        "Hond niet aangelijnd",
        "Agressieve hond",
        "Zwerfkat",
        "Zwerfkatten",
        "Dode kat",
        "Dood dier",
        "Dode vogel",
        "Dode egel",
        "Kadaver",
        "Aangereden dier",
        "Dierenmishandeling",
        "Verwaarloosd dier",
        "Hond in hete auto",
        "Gewonde vogel",
        "Vos in de tuin",
        "Meeuwenoverlast",
        "Ganzen overlast",
        "Dieren",
        "Kat vermist",
        "Ratten",
        "Rattenoverlast",
        "Ratten in de tuin",
        "rat gezien",
        "Muizen",
        "Muizenplaag",
        "Wespennest",
        "Wespen",
        "Bijenzwerm",
        "Muggen",
        "Duiven",
        "Duivenoverlast",
        "Bedwantsen",
        "Kakkerlakken",
        "Ongedierte",
        "Ongediertebestrijding",
        "Plaagdieren",
        "Verwaarloosde tuin",
        "Tuin buren verwilderd",
        "Heg van de buren hangt over",
        "Leegstaand pand",
        "Verkrot huis",
        "Krot",
        "Verwaarloosd pand",
        "Bouwen zonder vergunning",
        "Illegale verbouwing",
        "Illegale bouw",
        "Dakkapel zonder vergunning",
        "Onbewoonbaar pand",
        "Kraakpand",
        "Braakliggend terrein",
        "Leegstand",
        "Schutting buren te hoog",
        "Geen verwarming",
        "Verwarming kapot huurwoning",
        "Schimmel",
        "Schimmel in huurwoning",
        "Vocht in woning",
        "Huisbaas reageert niet",
        "Verhuurder doet niks",
        "Huurwoning",
        "Lekkage in mijn woning",
        "Woningcorporatie reageert niet",
        "Voedselveiligheid",
        "Restaurant vies",
        "Voedselvergiftiging",
        "Hygiëne restaurant",
        "Muizen in restaurant",
        "Bedorven eten",
        "Drugsoverlast",
        "Drugshandel",
        "Dealen op straat",
        "Inbraak",
        "Inbraakpoging",
        "Fiets gestolen",
        "Fietsendiefstal",
        "Autoinbraak",
        "Verdachte situatie",
        "Verdachte personen",
        "Intimidatie",
        "Straatintimidatie",
        "Zakkenrollers",
        "Lachgasgebruik",
        "Vechtpartij",
        "Hennepkwekerij",
        "Wietlucht bij buren",
        "Straatroof",
        "Cameratoezicht",
        "Onveilig gevoel",
        "Stookoverlast",
        "Houtkachel rook",
        "Stankoverlast bedrijf",
        "Bedankt",
        "Compliment",
        "Dank voor het snelle herstel",
        "Top geregeld",
        "Goed gedaan",
        "Complimenten aan de gemeente",
        "Compliment voor de veegploeg",
        "Bedankt voor het maaien",
        "Lantaarnpaal gemaakt, dank!",
        "Gat gedicht, bedankt",
        "Snelle afhandeling",
        "Melding opgelost, dank",
        "Dikke merci",
        "Openingstijden",
        "Openingstijden gemeentehuis",
        "Openingsuren stadhuis",
        "Paspoort aanvragen",
        "Identiteitskaart aanvragen",
        "Rijbewijs verlengen",
        "Afspraak maken",
        "Uittreksel",
        "Verhuizing doorgeven",
        "Adreswijziging",
        "Gemeentelijke belastingen",
        "OZB aanslag",
        "Aanslag afvalstoffenheffing",
        "Hondenbelasting",
        "Kwijtschelding",
        "Evenementenvergunning",
        "Koningsdag",
        "Weekmarkt",
        "Verkiezingen",
        "Stempas kwijt",
        "Stembureau",
        "Volmacht stemmen",
        "Subsidie aanvragen",
        "Gemeenteraad",
        "Burgemeester",
        "Schepen",
        "Wethouder",
        "Politiek",
        "Inspraakavond",
        "Klacht over medewerker",
        "Klacht over afhandeling melding",
        "Status melding",
        "Reactie op mijn melding",
        "Vraag",
        "Algemene vraag",
        "Informatie",
        "Overig",
        "Anders",
        "test",
        "Hallo",
        "Zwembad openingstijden",
        "Bibliotheek",
        "Kerstmarkt",
        "Carnaval",
        "Zomaar een vraag",
        "Verkeerde melding",
        "Mijn melding is verdwenen",
        "Goedkope zonnepanelen",
        "Win een gratis telefoon",
        "Overige meldingen",
        "Overlast personen",
        "Overlast dieren",
        "Ongedierte en dieren",
        "Woonoverlast",
        "Openbare orde",
        "Veiligheid",
        "Vragen en complimenten",
    ],
}

# Report bodies: 1-3 sentences, as written in a reporting app's description field, a web form,
# an e-mail to the city, or a complaint tweet to a transport operator (no @handles: the builder
# adds them). "[a|b]" alternatives allowed. Slots: {street} a street name, {num} a house number,
# {place} a park, square or landmark, {stop} a stop or station name, {line} a bus or tram line
# number, {train} a train number, {time} a clock time, {days} a number of days.
BODIES: dict[str, list[str]] = {
    "traffic": [
        (
            "Het verkeerslicht op de kruising {street} / {place} staat al sinds {time} constant "
            "op rood."
        ),
        (
            "Stoplicht bij {street} {num} doet het niet meer, alles knippert oranje. "
            "Levensgevaarlijk in de spits."
        ),
        (
            "De verkeerslichten op het kruispunt bij {place} zijn [uitgevallen|in storing]. "
            "Auto's rijden gewoon door, voetgangers durven niet over te steken."
        ),
        (
            "Voetgangerslicht {street} blijft op rood staan, ook als je op de knop drukt. Mensen "
            "lopen nu maar door rood."
        ),
        (
            "De drukknop voor voetgangers aan de {street} ter hoogte van nr {num} reageert niet "
            'meer. Het lampje "wacht" gaat niet aan.'
        ),
        "Drukknop oversteekplaats bij {place} is kapot, hangt los aan de paal.",
        (
            "Het groene licht voor voetgangers bij {street} duurt veel te kort. Met een rollator "
            "kom je niet op tijd aan de overkant."
        ),
        (
            "Fietslicht op de {street} springt nooit op groen als je er alleen staat. De "
            "detectielus lijkt kapot."
        ),
        (
            "Sinds {days} dagen werkt de rateltikker bij het zebrapad {street} niet meer. Mijn "
            "buurman is slechtziend en is erop aangewezen."
        ),
        (
            "Stoplicht hangt helemaal scheef na een aanrijding, kruising {street} - {place}. Je "
            "ziet vanaf de rijbaan niet meer welke kleur het is."
        ),
        (
            "Wachttijd voor het verkeerslicht op de {street} is [absurd lang|belachelijk], 3 "
            "minuten rood terwijl er niemand van de andere kant komt."
        ),
        (
            "De verkeerslichten bij {place} zijn sinds de werkzaamheden verkeerd afgesteld: "
            "rechtsaf en fietsers krijgen tegelijk groen. Bijna een ongeluk gezien vanochtend om "
            "{time}."
        ),
        "Groene golf op de {street} klopt niet meer, je staat bij elk licht stil.",
        (
            "Het driekleurlicht aan het kruispunt {street} brandt niet, enkel oranje "
            "knipperlicht. Graag dringend herstellen."
        ),
        "Verkeerslichten aan de {street} vallen elke avond rond {time} uit. Al {days} dagen zo.",
        (
            "Het verkeersbord voorrangsweg op de hoek van de {street} is omver gereden en ligt in "
            "de berm."
        ),
        "Verkeersbord bij {street} {num} staat scheef, bijna plat op de grond.",
        "Op de {street} is het bord maximumsnelheid 30 verdwenen. Nu rijdt iedereen 50 of harder.",
        (
            "Het straatnaambord van de {street} ontbreekt al maanden. Bezorgers en zelfs de "
            "ambulance kunnen ons niet vinden."
        ),
        (
            "Straatnaambord {street} is verdraaid, wijst nu de verkeerde straat in. "
            "Pakketbezorgers rijden steeds fout."
        ),
        "Straatnaambordje op de hoek bij {place} is zo verbleekt dat je het niet meer kan lezen.",
        (
            "Het stopbord bij {street} is door takken van de boom helemaal niet meer te zien. "
            "Auto's stoppen niet."
        ),
        (
            "Bord eenrichtingsverkeer aan het begin van de {street} is weg. Er rijden nu steeds "
            "auto's de verkeerde kant in."
        ),
        (
            "De wegwijzer bij {place} is verdraaid en wijst naar de verkeerde kant. "
            "Automobilisten rijden zo de woonwijk in."
        ),
        (
            'Onderbord "uitgezonderd fietsers" ontbreekt in de {street}, nu weet niemand of '
            "fietsers er in mogen."
        ),
        (
            "Verkeersspiegel tegenover de uitrit bij {street} {num} is gebroken. Je ziet nu niets "
            "meer aankomen."
        ),
        (
            "Verlichte verkeerszuil op de vluchtheuvel {street} is omvergereden en ligt er al "
            "{days} dagen."
        ),
        (
            "Wegmarkering op de {street} is bijna helemaal weg. Bij regen en 's avonds zie je "
            "niet waar je rijstrook is."
        ),
        (
            "De witte strepen van het zebrapad bij {place} zijn vervaagd, auto's zien niet dat "
            "het een oversteekplaats is."
        ),
        (
            "Zebrapad aan de {street} ter hoogte van de school nauwelijks nog zichtbaar. Graag "
            "opnieuw schilderen voor de kinderen."
        ),
        "Haaientanden bij de rotonde {street} zijn weggesleten, niemand verleent nog voorrang.",
        (
            "De stopstreep bij het stoplicht {street} is verdwenen na het asfalteren. Auto's "
            "staan nu op het zebrapad te wachten."
        ),
        (
            "Belijning fietsstrook {street} sinds de werkzaamheden niet opnieuw aangebracht. "
            "Auto's rijden gewoon over de fietsstrook."
        ),
        (
            "Er is dringend een zebrapad nodig bij {place}. Veel ouderen en kinderen steken daar "
            "over en de auto's rijden hard."
        ),
        (
            "Kan er een veilige oversteekplaats komen op de {street} bij de supermarkt? Nu moet "
            "je 300 meter omlopen."
        ),
        (
            "Oversteken bij {stop} is levensgevaarlijk, geen zebrapad en auto's komen met hoge "
            "snelheid de bocht uit."
        ),
        (
            "De hekken van de schoolstraat in de {street} worden 's ochtends niet geplaatst, dus "
            "auto's rijden gewoon tot aan de schoolpoort."
        ),
        (
            "Elke ochtend tussen 8 en 9 staan er auto's op het zebrapad bij de school in de "
            "{street}. Graag handhaving."
        ),
        (
            "Er staat al de hele dag een auto op de stoep voor {street} {num}. Ik kan met de "
            "kinderwagen er niet langs en moet de rijbaan op."
        ),
        (
            "Auto geparkeerd op het fietspad langs de {street}, fietsers moeten uitwijken naar de "
            "rijbaan."
        ),
        (
            "Mijn uitrit {street} {num} is [weer|al voor de derde keer deze week] geblokkeerd "
            "door een geparkeerde auto. Ik kan mijn auto niet uit de garage halen."
        ),
        (
            "Iemand staat voor mijn garagepoort geparkeerd, ik moet om {time} naar mijn werk. Kan "
            "er iemand komen?"
        ),
        "Bestelbus staat al uren dubbel geparkeerd in de {street}, de bus kan er niet langs.",
        (
            "In de {street} wordt op beide hoeken geparkeerd, de vuilniswagen en de brandweer "
            "komen er niet door."
        ),
        (
            "Wagen zonder kaart op de gehandicaptenparkeerplaats voor {street} {num}, voor de "
            "zoveelste keer."
        ),
        (
            "Er staat een auto voor de brandkraan in de {street}. In geval van brand is dat "
            "levensgevaarlijk."
        ),
        (
            "Voor de uitrit van de brandweerkazerne bij {place} wordt steeds geparkeerd. "
            "Handhaving graag."
        ),
        (
            "Auto's parkeren in de berm langs de {street}, het gras is een modderpoel en je ziet "
            "niets als je de straat uit wilt."
        ),
        (
            "Bij {place} parkeert iedereen op het gras en op het voetpad zodra er een evenement "
            "is. Wordt hier ooit gecontroleerd?"
        ),
        (
            "Laad- en losplaats bij {street} {num} staat de hele dag vol met personenauto's, "
            "leveranciers staan nu dubbel."
        ),
        (
            "Laadplek bij {place} is weer bezet door een benzineauto. Mijn elektrische auto kan "
            "nergens laden."
        ),
        (
            "Parkeerautomaat op de {street} neemt geen pinpas aan, alleen foutmelding. Hoe moet "
            "ik nu betalen?"
        ),
        (
            "Parkeermeter bij {place} heeft mijn munten ingeslikt en geeft geen ticket. Ik wil "
            "geen boete krijgen."
        ),
        (
            "Betaalautomaat parkeren {street} is defect, scherm blijft zwart. Er hangt ook geen "
            "briefje met een alternatief."
        ),
        (
            "Parkeerautomaat aan de {street} geeft een verkeerd tarief aan, €4 per uur terwijl "
            "het bord €2,50 zegt."
        ),
        (
            "Ik woon sinds kort op {street} {num} en wil een bewonersvergunning aanvragen. Hoe "
            "gaat dat en hoe lang duurt het?"
        ),
        "Mijn bezoekersvergunning werkt niet in de app, mijn bezoek heeft toch een bon gekregen.",
        (
            "Bewonerskaart verlopen en de verlenging via de website lukt niet. Mag ik in de "
            "tussentijd blijven parkeren?"
        ),
        (
            "Blauwe zone in de {street} maar er staan geen borden meer, mensen weten niet dat ze "
            "een parkeerschijf moeten leggen."
        ),
        (
            "Er wordt nooit gecontroleerd op parkeren in de {street}. Elke avond staan er 10 "
            "auto's op de stoep en in de bocht."
        ),
        (
            "Ik kreeg een parkeerboete op de {street} terwijl ik gewoon betaald had via de app. "
            "Hoe maak ik bezwaar?"
        ),
        (
            "Een camper staat al {days} dagen op de parkeerplaats voor {street} {num} en neemt "
            "drie plaatsen in."
        ),
        (
            "Aanhanger met rommel staat al weken in de {street} zonder dat iemand hem gebruikt. "
            "Mag dat zomaar?"
        ),
        "Boottrailer staat al sinds de zomer op de parkeerplaats bij {place}.",
        (
            "Elke nacht parkeert er een vrachtwagen met koelmotor in de {street}. Mag een "
            "vrachtwagen zomaar in een woonwijk parkeren?"
        ),
        (
            "Achtergelaten auto in de {street} ter hoogte van nr {num}: platte banden, ingeslagen "
            "ruit, staat er al maanden."
        ),
        "Autowrak bij {place}, zonder kenteken, vol met rommel. Volgens mij is die gewoon gedumpt.",
        (
            "Er staat een auto zonder nummerplaat in de {street} al sinds {days} dagen. Niemand "
            "weet van wie."
        ),
        (
            "Verlaten auto met een verlopen parkeervergunning achter de ruit, al een half jaar "
            "niet verplaatst. {street} {num}."
        ),
        "Oud busje in de {street} staat al maanden stil, lekt olie en kinderen spelen erin.",
        "Brommer zonder kenteken ligt al weken tegen het hek bij {place}.",
        "Achtergelaten scooter zonder zadel in de {street}, staat er al {days} dagen.",
        (
            "In het fietsenrek bij {place} staan minstens tien weesfietsen, zonder wiel, roestig "
            "en zonder zadel. Er is geen plek meer."
        ),
        "Fietswrak vastgemaakt aan de lantaarnpaal voor {street} {num}, al sinds vorig jaar.",
        (
            "Verlaten fiets met twee platte banden en een kapotte ketting staat al maanden tegen "
            "ons hek op de {street}."
        ),
        "Ligt een fietswrak in de struiken bij {place}, kan dat opgehaald worden?",
        "Graag de weesfietsen bij {stop} laten labelen en weghalen, het rek staat vol met wrakken.",
        (
            "Deelscooters liggen omgevallen midden op de stoep in de {street}. Een blinde "
            "buurvrouw is er over gevallen."
        ),
        (
            "Er staan weer vijf deelsteps voor de ingang van {place}, je kunt er met een rolstoel "
            "niet langs."
        ),
        (
            "E-step ligt al {days} dagen midden op het voetpad in de {street}, niemand van de "
            "verhuurder komt hem halen."
        ),
        "Deelfietsen worden overal neergegooid in de {street}, de stoep is onbegaanbaar.",
        (
            "In de {street} wordt elke avond veel te hard gereden, zeker 80 waar 30 mag. Er "
            "spelen kinderen."
        ),
        (
            "Graag een snelheidscontrole op de {street}. Auto's en motoren racen hier 's avonds "
            "na {time}."
        ),
        (
            "Er wordt geracet op de {street}, 's nachts om {time} met gierende banden. Wachten "
            "jullie tot er een ongeluk gebeurt?"
        ),
        (
            "Kan er een verkeersdrempel komen in de {street}? Sinds het een 30-zone is rijdt er "
            "niemand langzamer."
        ),
        (
            "Drempel voor {street} {num} is veel te hoog, mijn auto raakt de grond en bussen "
            "stuiteren."
        ),
        "De verkeersdrempel bij {place} is kapot, er steken ijzeren pinnen uit.",
        "Snelheidsdisplay op de {street} staat al {days} dagen uit. Dat ding hielp echt.",
        "Het smileybord bij de school in de {street} werkt niet meer.",
        (
            "Zone 30 in onze wijk wordt massaal genegeerd. Kunnen er verkeersremmende maatregelen "
            "komen, zoals plateaus of bloembakken?"
        ),
        (
            "Sinds de afsluiting van de ringweg rijdt al het sluipverkeer door de {street}. Het "
            "is hier een racebaan geworden."
        ),
        (
            "De {street} wordt gebruikt als sluiproute door de hele wijk, honderden auto's per "
            "uur in de spits."
        ),
        (
            "Elke ochtend staat de {street} vast van {time} tot na negenen. Kan de "
            "verkeerslichtenregeling aangepast worden?"
        ),
        (
            "Verkeerschaos bij de school aan de {street}: ouders parkeren overal, keren op het "
            "zebrapad en blokkeren de straat."
        ),
        (
            "File op de {street} richting {place} wordt elke week erger. Waarom staat het licht "
            "maar 10 seconden op groen?"
        ),
        (
            "De {street} is afgesloten maar er is nergens aangekondigd dat dit zou gebeuren. "
            "Waarom geen borden vooraf?"
        ),
        (
            "Omleiding voor de werkzaamheden {street} is slecht aangegeven, auto's rijden rondjes "
            "door onze woonstraat."
        ),
        (
            "Omleidingsborden staan nog steeds terwijl de {street} al een week weer open is. "
            "Iedereen rijdt nog om."
        ),
        (
            "Geen omleiding voor fietsers bij de afsluiting van de {street}. Je moet nu over de "
            "rijbaan tussen de vrachtwagens door."
        ),
        "Omleiding via de {street} klopt niet, de borden sturen je een doodlopende straat in.",
        "Wegafsluiting bij {place} tot wanneer? Er staat geen einddatum op de borden.",
        (
            "Het kruispunt {street} / {place} is levensgevaarlijk, geen zicht door de geparkeerde "
            "busjes en er wordt hard gereden."
        ),
        (
            "Gevaarlijke kruising bij {place}: fietsers van rechts worden steeds over het hoofd "
            "gezien. Ik heb {days} dagen geleden weer een aanrijding gezien."
        ),
        (
            "De rotonde bij {place} is onveilig voor fietsers, auto's geven geen voorrang en de "
            "fietsstrook houdt gewoon op."
        ),
        (
            "Onoverzichtelijke bocht in de {street}, je ziet de tegenliggers pas als ze naast je "
            "zijn. Graag een spiegel of snelheidsbeperking."
        ),
        (
            "Niemand weet wie voorrang heeft op de kruising {street}. Haaientanden weg, bord weg, "
            "iedereen doet maar wat."
        ),
        (
            "Grote vrachtwagens rijden dagelijks door de {street} terwijl dat een smalle "
            "woonstraat is. De huizen trillen."
        ),
        (
            "Vrachtwagens nemen de {street} als binnendoorweg en rijden stoepranden en paaltjes "
            "kapot. Kan er een verbod komen?"
        ),
        (
            "Zware bouwtrucks rijden al weken 's ochtends om {time} door onze straat, daar is een "
            "inrijverbod voor."
        ),
        (
            "Elke avond staat er iemand te toeteren voor {street} {num} om zijn vrienden op te "
            "halen. Om {time} 's nachts!"
        ),
        "Taxi's claxonneren constant bij {place} als ze wachten. Kan dat stoppen?",
        (
            "Het fietspad langs de {street} is veel te smal voor de drukte, fietsers moeten de "
            "rijbaan op om in te halen."
        ),
        (
            "Er is geen fietspad op de {street} terwijl het de hoofdroute naar school is. "
            "Kinderen fietsen tussen de auto's."
        ),
        (
            "Fietspad {street} is geblokkeerd door een bouwcontainer, fietsers moeten de drukke "
            "weg op."
        ),
        "Het fietspad houdt plotseling op bij {place}, je moet zo tussen de auto's in voegen.",
        (
            "Fietsstraat {street}: auto's rijden er gewoon 50 en toeteren naar fietsers. Wat is "
            'de zin van "auto te gast"?'
        ),
        "Fietssuggestiestrook op de {street} is te smal, auto's halen rakelings in.",
        (
            "Bij de fietsoversteek aan de {street} wachten auto's niet. Hier moet een "
            "verkeerslicht of drempel komen."
        ),
        (
            "Kunnen er fietsenrekken bij {place} komen? Iedereen zet zijn fiets nu tegen de "
            "gevels en op de stoep."
        ),
        "Meer fietsnietjes graag bij de winkels in de {street}. Fietsen staan nu overal in de weg.",
        "Fietsenstalling bij {place} is altijd vol, je vindt nooit een plek.",
        (
            "Scooters rijden met 50 over het fietspad langs de {street}. Zijn die niet verplicht "
            "op de rijbaan?"
        ),
        (
            "Spookrijders op het fietspad bij {place}, in het donker zonder licht. Kan de "
            "rijrichting duidelijker aangegeven worden?"
        ),
        (
            "Auto's rijden de {street} in tegen het eenrichtingsverkeer in, dagelijks. Er moet "
            "handhaving of een bord bij."
        ),
        (
            "In het voetgangersgebied rond {place} rijden de hele dag auto's. De beweegbare paal "
            "staat altijd omlaag."
        ),
        (
            "De beweegbare afsluitpaal aan het begin van de {street} blijft vastzitten, bewoners "
            "kunnen er niet meer in."
        ),
        "Verkeerslicht {street} knippert alleen nog oranje sinds de storm van gisteren.",
        "hoe lang blijft dat stoplicht op de {street} nog kapot??? al {days} dagen",
        "stoplicht kruispunt {place} doet raar, springt van groen direct naar rood",
        "Auto staat op de stoep bij {street} {num}, kom er met mijn rolstoel niet langs.",
        "fout geparkeerde auto voor mijn deur {street} {num}",
        "Er staat weer een auto midden op het zebrapad bij {place}.",
        "Busje met aanhanger staat over twee parkeervakken en deels op het fietspad, {street}.",
        "Wrak van een fiets tegen de boom voor {street} {num}.",
        "Bord 30 ligt in de struiken aan het begin van de {street}.",
        "Verkeersbord aangereden in de {street}, paal is geknakt.",
        "Zebrapad {street} moet opnieuw geschilderd worden, zie foto.",
        'Parkeermeter {street} kapot, scherm zegt "buiten gebruik".',
        "Te hard rijden in de {street}, vooral tussen {time} en middernacht.",
        (
            "Geachte heer/mevrouw, in de {street} staat sinds {days} dagen een auto met "
            "buitenlands kenteken op het trottoir. Wilt u dit laten controleren? Met vriendelijke "
            "groet."
        ),
        (
            "Beste, sinds de nieuwe verkeerscirculatie rijdt al het verkeer door onze straat "
            "({street}). Graag een oplossing, het is niet meer leefbaar. Groeten"
        ),
        (
            "Goedemiddag, het straatnaambord aan de {street} hoek {place} is verdwenen na de "
            "werkzaamheden. Kunt u een nieuw bord plaatsen?"
        ),
        (
            "Geachte, het verkeerslicht voor fietsers aan {place} staat zo kort op groen dat er "
            "per keer maar drie fietsers door kunnen. Kan de cyclus aangepast worden?"
        ),
        (
            "Beste mensen van de gemeente, de auto's parkeren in onze straat ({street}) op beide "
            "stoepen. Met een kinderwagen moet je op de rijbaan lopen. Wordt hier iets aan "
            "gedaan?"
        ),
        (
            "Na de aanleg van de nieuwe rotonde bij {place} zijn de borden nog steeds niet "
            "geplaatst. Niemand weet hoe hij moet rijden."
        ),
        (
            "De {street} wordt per {days} dagen afgesloten voor een evenement maar de omleiding "
            "staat nergens aangegeven."
        ),
        (
            "Tijdens de markt op {place} staan de auto's kriskras in de woonstraten geparkeerd, "
            "ook voor uitritten."
        ),
        (
            "Op het kruispunt bij {place} gaat voor de fietsers het licht nooit op groen, ik sta "
            "er elke ochtend om {time} vijf minuten."
        ),
        (
            "Al weken staat er een achtergelaten auto met een lekke band tegenover {street} "
            "{num}. De politie zegt dat de gemeente het moet regelen."
        ),
        (
            "Er wordt structureel geparkeerd op de invalidenplekken bij {place}, mensen met een "
            "kaart kunnen nergens meer staan."
        ),
        (
            "Kan er een parkeerverbod komen op de bocht van de {street}? De bus en de "
            "vuilniswagen moeten er steeds achteruit."
        ),
        (
            "Sinds de nieuwe markering op de {street} weet niemand meer waar de fietsstrook "
            "begint en eindigt."
        ),
        (
            "De brug bij {place} is dicht voor auto's maar er staat geen omleiding aangegeven, "
            "iedereen keert midden op de weg."
        ),
        (
            "Drie weesfietsen in het rek voor {street} {num}, met een gemeentelabel van maanden "
            "geleden. Worden die nog opgehaald?"
        ),
        "Autowrak op de parking aan {place}, ramen ingeslagen, staat er al sinds {days} dagen.",
        (
            "Vrachtwagens laden en lossen elke ochtend om {time} midden op de rijbaan in de "
            "{street}, niemand kan er langs."
        ),
        (
            "Trage groene fase voor voetgangers bij {stop}, je staat halverwege de oversteek al "
            "weer in het rood."
        ),
        (
            'Er hangt een bord "weg afgesloten" in de {street} maar de weg is al lang weer '
            "open. Mensen rijden nu om."
        ),
        (
            "Kunnen de lichten op de {street} 's nachts op knipperen? Om {time} sta je twee "
            "minuten voor een leeg kruispunt."
        ),
        (
            "Op de {street} staat een caravan al {days} dagen op de openbare weg, bewoners kunnen "
            "niet parkeren."
        ),
        "Bij de inrit van {place} staan constant taxi's op het voetpad geparkeerd.",
        (
            "Motorrijders scheuren elk weekend door de {street} met 100 km/u. Kan daar een "
            "flitspaal komen?"
        ),
        (
            'Het bord "verboden in te rijden" aan de {street} is omgedraaid door vandalen, nu '
            "rijdt iedereen er de verkeerde kant in."
        ),
        "Plateau op de {street} is zo laag dat niemand afremt. Kan er een echte drempel komen?",
        (
            "Al sinds {days} dagen staat het voetgangerslicht aan {place} op donker, ook het rode "
            "mannetje brandt niet."
        ),
        (
            "Waarom mag je in de {street} nog steeds 50? Er is een school en een speeltuin, graag "
            "een 30-zone."
        ),
        (
            "Na de nieuwe inrichting van de {street} kunnen bussen en vrachtwagens de bocht niet "
            "meer maken en rijden ze over de stoep."
        ),
        (
            "Verkeerslicht voor linksaf bij {place} geeft groen tegelijk met de tegenligger. Dat "
            "is vragen om ongelukken."
        ),
    ],
    "public_works": [
        (
            "Groot gat in de weg voor {street} {num}, ongeveer 20 cm diep. Fietsers moeten er "
            "omheen slingeren."
        ),
        (
            "Er zit een diepe kuil in het wegdek van de {street} ter hoogte van nr {num}. "
            "Vannacht is er een scooter op gevallen."
        ),
        (
            "Put in de weg aan de {street}, mijn band is er gisteren op kapot gegaan. Graag snel "
            "dichten."
        ),
        "Het asfalt in de {street} brokkelt helemaal af, overal gaten en losse stenen.",
        (
            "Sinds de vorst zitten er overal gaten in het wegdek van de {street}. Met de fiets is "
            "het een hindernisbaan."
        ),
        "Scheur in het asfalt bij {place} wordt elke week groter.",
        "Wegdek verzakt bij {street} {num}, er staat na elke regenbui een grote plas in.",
        (
            "Klinkers liggen los in de {street}, ze klepperen de hele nacht als er een auto "
            "overheen rijdt."
        ),
        "Bestrating voor {street} {num} is verzakt, er is een kuil van een halve meter breed.",
        "De kasseien in de {street} liggen los, fietsers vallen er regelmatig.",
        (
            "Losliggende stoeptegel voor {street} {num}. Mijn moeder is er vorige week over "
            "gestruikeld."
        ),
        "Stoeptegels staan scheef en steken omhoog bij {place}, levensgevaarlijk voor ouderen.",
        (
            "Het voetpad in de {street} is een ramp: tegels los, gaten, boomwortels. Met een "
            "rollator kom je er niet over."
        ),
        "Trottoir kapot bij {street} {num} na de werken van de nutsbedrijven, nooit hersteld.",
        "Stoeprand in de {street} ligt los en half op de rijbaan.",
        "Boordsteen kapot gereden door een vrachtwagen, stukken liggen op het voetpad ({street}).",
        (
            "Kan de stoeprand bij de oversteek aan de {street} verlaagd worden? Met de rolstoel "
            "kan ik er niet op."
        ),
        "Boomwortels drukken de tegels van de stoep omhoog in de {street}, struikelgevaar.",
        "Gat in het fietspad langs de {street}, net na de bocht. In het donker zie je het niet.",
        (
            "Fietspad {street} is zo oneffen door de boomwortels dat je bijna van je fiets "
            "gelanceerd wordt."
        ),
        "Het fietspad bij {place} is verzakt, er staat altijd water en in de winter ijs.",
        "Het grindpad door {place} is uitgespoeld door de regen, je loopt door de modder.",
        (
            "Na de graafwerkzaamheden in de {street} is de sleuf slecht dichtgemaakt, er zit nu "
            "een richel van 5 cm."
        ),
        (
            "De straat is {days} dagen geleden opengebroken voor kabels en nooit meer netjes "
            "dichtgemaakt. Er liggen alleen losse stenen. ({street} {num})"
        ),
        "De aannemer heeft na de werkzaamheden in de {street} zandhopen en pallets achtergelaten.",
        (
            "Bouwhekken staan al weken nutteloos op de stoep bij {street} {num}, de werkzaamheden "
            "zijn allang klaar."
        ),
        "Bouwhek is omgewaaid en ligt over het fietspad bij {place}.",
        "Open bouwput in de {street} niet afgezet, er kan zo een kind in vallen.",
        "Er ligt een dikke laag zand op het fietspad langs de {street}, je glijdt weg in de bocht.",
        "Grote olievlek op de weg bij {street} {num}, glad voor fietsers en scooters.",
        "Modder op de weg bij de bouwplaats {street}, vrachtwagens rijden alles vies.",
        "Glasscherven op het fietspad bij {place}, al {days} dagen. Al twee lekke banden.",
        (
            "Kapotte flessen op de stoep voor de snackbar in de {street}, kinderen lopen hier "
            "naar school."
        ),
        "Lantaarnpaal voor {street} {num} is kapot, de straat is 's avonds stikdonker.",
        (
            "De straatverlichting in de hele {street} is uit sinds {days} dagen. Het voelt echt "
            "onveilig."
        ),
        (
            "Lantaarnpaal brandt niet, paalnummer staat er niet meer op. Ter hoogte van {street} "
            "{num}."
        ),
        "Straatlamp bij {place} knippert de hele nacht, aan uit aan uit.",
        (
            "De lamp op de hoek van de {street} brandt overdag wel maar 's nachts niet. Draait de "
            "schakeling verkeerd om?"
        ),
        "Lichtmast in de {street} staat scheef na een aanrijding, dreigt om te vallen.",
        (
            "Het luikje onderaan de lantaarnpaal bij {street} {num} is open en er steken draden "
            "uit. Er spelen kinderen."
        ),
        "Openbare verlichting defect in de {street}, al drie lampen op rij uit.",
        (
            "De verlichting langs het fietspad door {place} is uit, 's avonds fiets je in het "
            "pikkedonker."
        ),
        "Tunnelverlichting onder het spoor bij {stop} is kapot, het is er aardedonker.",
        "De verlichting in de onderdoorgang bij {place} flikkert en gaat soms helemaal uit.",
        "Straatlicht voor {street} {num} brandt al weken niet. Ik heb het al twee keer gemeld.",
        "Lantaarnpaal omver gereden in de {street}, ligt deels op het voetpad.",
        "Sinds de stroomstoring blijft de verlichting op {place} uit.",
        "Er is een boom omgevallen op de {street}, hij ligt over de hele rijbaan.",
        "Omgevallen boom in {place} na de storm, ligt over het wandelpad.",
        (
            "De grote boom voor {street} {num} helt steeds verder over en staat half los. Ik ben "
            "bang dat hij op ons huis valt."
        ),
        (
            "Grote tak afgebroken en blijven hangen in de boom boven het fietspad bij {place}. "
            "Dat kan elk moment naar beneden komen."
        ),
        "Hangende tak boven de speeltuin in {place}.",
        "Takken van de bomen in de {street} hangen zo laag over de stoep dat je moet bukken.",
        (
            "Overhangende takken bij {street} {num} schuren langs de vrachtwagens en hangen voor "
            "de lantaarnpaal."
        ),
        (
            "Kunnen de bomen in de {street} gesnoeid worden? Ze nemen al het licht weg en de "
            "takken raken de ramen."
        ),
        (
            "De boom voor ons huis ({street} {num}) is dood, geen blad meer sinds vorig jaar. "
            "Graag laten controleren."
        ),
        "Boom bij {place} is hol en rot aan de onderkant, volgens mij niet veilig meer.",
        "Boomwortels van de platanen in de {street} drukken de hele stoep omhoog.",
        "Boomspiegel voor {street} {num} staat vol onkruid en ligt vol blikjes.",
        "Na het kappen is een boomstronk blijven staan in de {street}. Kan die gefreesd worden?",
        (
            "Er is vorig jaar een boom gekapt voor {street} {num}, wanneer wordt er een nieuwe "
            "geplant?"
        ),
        (
            "Boompaal van het jonge boompje in de {street} is afgebroken, het boompje hangt "
            "helemaal scheef."
        ),
        (
            "Auto is tegen een boom gereden bij {place}, de bast is helemaal open. Overleeft die "
            "boom dat?"
        ),
        (
            "Er ligt een dikke laag bladeren op het fietspad langs de {street}. Spekglad als het "
            "regent."
        ),
        "Bladkorf in de {street} zit propvol en er ligt een berg blad naast.",
        (
            "Kunnen er bladkorven geplaatst worden in de {street}? Wij vegen elk jaar de bladeren "
            "van de gemeentebomen."
        ),
        "Het blad wordt nooit opgeruimd in de {street}, de putten zitten er nu ook mee verstopt.",
        "Het gras in {place} is al weken niet gemaaid, staat kniehoog.",
        "Berm langs de {street} niet gemaaid, je ziet bij de uitrit niets meer aankomen.",
        "Het plantsoen voor {street} {num} is totaal verwaarloosd: onkruid, dode struiken, rommel.",
        (
            "De heg van de gemeente langs het voetpad aan de {street} is zo breed geworden dat je "
            "er niet meer met twee mensen langs kan."
        ),
        "Haag langs de speeltuin bij {place} moet gesnoeid worden, hij groeit over het pad.",
        "Struiken bij de oversteekplaats {street} zijn zo hoog dat kinderen niet gezien worden.",
        "Onkruid staat tussen de tegels in de hele {street}, kniehoog.",
        "De goten in de {street} zijn een groene strook van onkruid. Wordt hier nog geborsteld?",
        "Perk bij {place} staat vol brandnetels en distels, kinderen spelen daar.",
        "Plantenbak op de {street} is omvergereden, aarde en planten liggen over de stoep.",
        "Het grasveld bij {place} is na de kermis helemaal kapotgereden, een modderpoel.",
        "Berm in de {street} is helemaal stukgereden door vrachtwagens, diepe sporen vol water.",
        "Het park {place} wordt slecht onderhouden: paden overwoekerd, gras hoog, bankjes kapot.",
        "De vijver in {place} is groen, stinkt en er drijft afval in.",
        "Sloot achter de {street} is verstopt met takken en plastic, het water staat stil.",
        "Sloot langs de {street} staat vol kroos en riet, graag baggeren.",
        "De beschoeiing langs het water bij {place} is verrot en zakt in, de kant kalft af.",
        "Schommel in de speeltuin bij {place} is kapot, de ketting is gebroken.",
        (
            "Speeltoestel in de {street} is kapot: de glijbaan heeft een scherpe scheur, kinderen "
            "kunnen zich verwonden."
        ),
        (
            "Het klimrek in {place} staat los en wiebelt. Graag snel afsluiten voordat er een "
            "kind valt."
        ),
        "Zandbak in de speeltuin van de {street} ligt vol glas en sigarettenpeuken.",
        "Wip op het speelplein bij {place} is afgebroken, er steekt een ijzeren staaf uit.",
        "De rubberen tegels onder het klimtoestel in {place} zijn los, je struikelt erover.",
        (
            "De kabelbaan in de speeltuin {street} hangt al {days} dagen stil met een lint "
            "eromheen. Wanneer wordt die gemaakt?"
        ),
        "Basketbalring op het trapveldje bij {place} is eraf getrokken.",
        "Voetbaldoel op het veldje achter de {street} is omgevallen, het net is kapot.",
        "Het hek rond de speeltuin in de {street} is kapot, kleine kinderen lopen zo de straat op.",
        "Skatebaan bij {place} heeft grote scheuren in het beton, gevaarlijk voor skaters.",
        "Bankje in {place} is kapot, de planken zijn eruit getrokken.",
        "Zitbank aan de {street} bij de bushalte is beschadigd, de rugleuning ligt ernaast.",
        "Picknicktafel in {place} is in brand gestoken, alleen nog een verkoold geraamte.",
        (
            "Het openbare toilet bij {place} is al {days} dagen gesloten. Waar moeten bezoekers "
            "naartoe?"
        ),
        "Openbaar toilet op de markt is smerig en de deur gaat niet meer op slot.",
        "Het urinoir bij {place} is verstopt en loopt over.",
        "Watertappunt in {place} werkt niet, op een dag van 30 graden.",
        "Fontein op {place} staat al de hele zomer uit en ligt vol blikjes.",
        "Drinkfontein in het park {place} lekt de hele dag, er is een modderpoel omheen.",
        "Het hek langs de vaart bij {place} is kapot, er zit een groot gat in.",
        "Muur langs het voetpad in de {street} brokkelt af, er vallen stenen op de stoep.",
        "Keermuur bij de trap naar {place} is gescheurd en helt over.",
        "De trap bij {place} heeft losse treden, er is al iemand gevallen.",
        "Trapleuning bij {street} {num} is los, ouderen houden zich eraan vast.",
        "Leuning van de brug bij {place} is kapot, er is een stuk helemaal weg.",
        "De houten voetgangersbrug in {place} heeft losse planken en rotte delen.",
        "De brug over de vaart bij {place} is spekglad door de aanslag, al twee fietsers gevallen.",
        "Steiger bij de vijver in {place} is kapot, er ontbreken planken.",
        "Dak van het buurthuis aan de {street} lekt, er staan emmers in de zaal.",
        (
            "De prullenbak bij de bushalte {stop} zit al {days} dagen propvol, het afval waait "
            "over de stoep."
        ),
        "Vuilnisbak aan de tramhalte {stop} is kapot en de zak ligt open op de grond.",
        "Afvalbak bij {stop} puilt uit, meeuwen trekken alles eruit.",
        "Vuilnisbak in {place} zit elke zondagavond overvol. Kan hij vaker geleegd worden?",
        (
            "Straatvuilbak voor {street} {num} is weggehaald en niet teruggezet, nu ligt alles op "
            "de grond."
        ),
        "Prullenbak op de hoek van de {street} is in brand gestoken en gesmolten.",
        "Kan er een extra afvalbak komen bij het bankje in {place}? Er ligt altijd rommel.",
        "Hondenpoepbak aan de {street} is al weken niet geleegd, hij stinkt verschrikkelijk.",
        (
            "Afval naast de container in de {street}: vuilniszakken, dozen en een stoel. Het "
            "trekt ratten aan."
        ),
        (
            "Weer vuilniszakken naast de ondergrondse container bij {street} {num}. De container "
            "zelf is leeg maar mensen zetten het ernaast."
        ),
        "Bijplaatsing bij de containers aan {place}, al sinds {days} dagen.",
        (
            "De klep van de ondergrondse container bij {street} {num} klemt, je krijgt je zak er "
            "niet in."
        ),
        (
            "Mijn afvalpas werkt niet bij de container in de {street}. Nu staat iedereen zijn zak "
            "ernaast te zetten."
        ),
        "Restafvalcontainer bij {place} zit vol, er kan niets meer bij.",
        "Glasbak bij {place} zit vol, overal staan flessen omheen.",
        "Glasbol aan de {street} is vol, glas ligt errond op de grond.",
        (
            "Textielcontainer bij de supermarkt aan de {street} is vol, zakken kleding liggen in "
            "de regen."
        ),
        "Papiercontainer {street} zit propvol met grote dozen, niemand kan er nog iets in.",
        "Plasticcontainer bij {place} wordt te weinig geleegd, elk weekend vol.",
        "Overal zwerfvuil in de {street}: blikjes, chipszakken, mondkapjes.",
        "Zwerfafval in de berm langs de {street}, het ligt er al maanden.",
        "Na het weekend ligt {place} vol met rommel: flessen, pizzadozen, plastic.",
        "Troep langs het water bij {place}, plastic drijft overal.",
        "Illegale dumping in de {street}: bouwafval, een wc-pot en twee matrassen.",
        "Iemand heeft een lading bouwpuin gestort bij {place}, midden op het wandelpad.",
        "Sluikstort aan de {street}: zakken huisvuil en een oude zetel.",
        "Er is al voor de derde keer afval gedumpt achter de garages van de {street}.",
        "Gedumpte matras en bankstel op de stoep voor {street} {num}, al {days} dagen.",
        "Oude koelkast gedumpt op de hoek van de {street}.",
        (
            "Grofvuil staat al een week op straat bij {street} {num}, terwijl de ophaaldag pas "
            "volgende maand is."
        ),
        (
            "Ik wil grofvuil laten ophalen: een kast, een matras en een oude wasmachine. Hoe meld "
            "ik dat aan?"
        ),
        "Grofvuil was aangemeld voor vandaag maar niet opgehaald, {street} {num}.",
        "Onze kliko is niet geleegd vandaag, de rest van de straat wel. {street} {num}.",
        (
            "De groene container is vergeten in de {street}, al {days} dagen staat hij vol in de "
            "zon te stinken."
        ),
        "GFT niet opgehaald in de hele {street}, het stinkt en de maden kruipen eruit.",
        (
            "Restafval is gisteren niet opgehaald in onze straat ({street}). Moeten we hem laten "
            "staan?"
        ),
        "Papier is niet meegenomen, de bak staat nog vol aan de straat.",
        (
            "De blauwe PMD-zakken zijn niet opgehaald in de {street}, ze liggen nu over de hele "
            "straat."
        ),
        (
            "Vuilniszakken niet opgehaald, de meeuwen hebben ze opengepikt. Het afval ligt nu "
            "verspreid over de stoep ({street})."
        ),
        "De vuilniswagen heeft onze straat overgeslagen, voor de tweede keer deze maand. {street}.",
        "Mijn kliko is kapot, de deksel is eraf gebroken bij het legen.",
        (
            "Wiel van de minicontainer is afgebroken, ik kan hem niet meer naar de straat rijden. "
            "{street} {num}."
        ),
        "Onze kliko is gestolen, hoe kom ik aan een nieuwe? Adres {street} {num}.",
        "Ik wil een kleinere container, we zijn maar met twee. Kan ik die omruilen?",
        (
            "Nieuwe bewoner op {street} {num}, er staat geen container bij het huis. Graag een "
            "restafval- en GFT-container."
        ),
        (
            "Bij het legen heeft de vuilniswagen onze container kapot gemaakt, er zit een scheur "
            "in de bodem."
        ),
        "Snoeiafval ophalen graag, ik heb {days} takkenbossen bij {street} {num}.",
        "Tuinafval is niet opgehaald hoewel het op de kalender stond.",
        (
            "Er ligt een gebruikte injectienaald in de zandbak van de speeltuin bij {place}. "
            "Graag snel opruimen."
        ),
        "Naalden en spuiten gevonden in de bosjes naast {street} {num}, waar kinderen spelen.",
        "Injectienaald op de stoep bij {stop}, ik heb er een bekertje overheen gezet.",
        "Spuit gevonden bij de ingang van {place}, kan iemand die veilig komen weghalen?",
        "De {street} is al maanden niet geveegd. Overal zand, blad en peuken in de goot.",
        "Na de markt op {place} blijft alles liggen: groenteafval, kartonnen dozen en plastic.",
        "Wanneer komt de veegwagen weer in de {street}? De straat is echt vies.",
        "Na de storm ligt de {street} vol takken en bladeren, graag schoonmaken.",
        "Het is hier spekglad, de {street} is niet gestrooid en ik ben al gevallen.",
        (
            "Het fietspad langs de {street} is niet gestrooid, alleen de rijbaan. Fietsers gaan "
            "onderuit."
        ),
        "Het voetpad bij {place} ligt vol ijs, ouderen durven niet naar buiten.",
        "Sneeuw op de stoep bij {place} is niet geruimd, al {days} dagen. Er ligt nu ijs.",
        "Kan de brug bij {place} gestrooid worden? Die is altijd het eerst glad.",
        "Zoutbak op de hoek van de {street} is leeg.",
        "Straatkolk voor {street} {num} is verstopt, bij elke regenbui staat de straat blank.",
        (
            "De put op de hoek van de {street} loopt niet meer door, het water blijft staan tot "
            "aan de stoep."
        ),
        "Kolk in de {street} zit vol blad en zand, het water loopt ons tuinpad op.",
        "Regenput verstopt bij {place}, er is een meertje ontstaan.",
        "Riool verstopt in de {street}, er komt water omhoog uit de put.",
        "Vreselijke rioolstank in de {street}, vooral als het warm is. Al {days} dagen.",
        "Rioollucht bij {place}, het stinkt naar rotte eieren.",
        "Putdeksel op de {street} ligt los, rammelt elke keer als er een auto overheen rijdt.",
        "Deksel van de rioolput bij {street} {num} is weg, er zit een open gat in de weg.",
        "Het rooster van de kolk bij {place} ontbreekt, een fietswiel past er zo in.",
        "Wateroverlast in de {street}, na de regenbui van vanochtend staat het water tot de deur.",
        "Ondergelopen straat bij {place}, het water staat op de weg en het fietspad.",
        (
            "Na elke regenbui loopt de kelder van {street} {num} onder omdat het riool de "
            "hoeveelheid niet aan kan."
        ),
        "Fietstunnel bij {stop} staat na de regen helemaal blank, je kan er niet door.",
        (
            "Water spuit uit de grond voor {street} {num}, volgens mij is er een waterleiding "
            "gesprongen."
        ),
        "Er loopt al {days} dagen water uit de stoep in de {street}, een lek in de leiding?",
        "Brandkraan in de {street} lekt, er loopt continu water over straat.",
        "Brandkraan aangereden bij {place}, er spuit water uit.",
        "De afvoergoot bij de {street} is verstopt, na regen loopt alles over het voetpad.",
        "Duiker onder het pad bij {place} is verstopt, het water van de sloot komt over het pad.",
        "Graffiti op de muur van de school aan de {street}, veel scheldwoorden. Graag verwijderen.",
        "Tags op de gevel van {street} {num} en op de elektriciteitskast ernaast.",
        "Bekladding op het monument op {place}, gisteravond gebeurd.",
        "Graffiti op de geluidswal langs de {street}, grote letters.",
        "De brug bij {place} is volgeklad met graffiti, ook racistische teksten.",
        "Wildplakken: het hele elektriciteitshuisje in de {street} hangt vol posters.",
        "Stickers en posters op alle lantaarnpalen in de {street}, een rommeltje.",
        "Fietstunnel bij {place} is smerig: urine, afval en graffiti.",
        "hele {street} donker, alle lantaarnpalen uit",
        "lantaarnpaal {street} {num} brand niet",
        "losse stoeptegel voor de deur {street} {num}",
        "gat in de weg {street}, auto's rijden er vol in",
        "kliko niet geleegd vandaag, {street} {num}",
        "container vol, zakken ernaast",
        "glasbak vol bij {place}",
        "boom dreigt om te vallen {street} {num}",
        "tak op het fietspad bij {place}",
        "speeltoestel kapot {place}",
        "putdeksel rammelt al weken",
        "graffiti op de muur {street}",
        "straat niet geveegd sinds maanden",
        "verstopte put voor {street} {num}",
        (
            "Geachte heer/mevrouw, ter hoogte van {street} {num} ligt al {days} dagen een stapel "
            "gedumpt afval (matras, kast, zakken). Zou u dit willen laten weghalen? Met "
            "vriendelijke groet."
        ),
        (
            "Geachte, sinds de werken aan de nutsleidingen is het voetpad in de {street} niet "
            "meer hersteld. Er liggen nog losse klinkers en zand. Alvast bedankt."
        ),
        (
            "Beste, de straatverlichting in de {street} valt elke avond rond {time} uit. Kunt u "
            "dit laten nakijken? Vriendelijke groeten."
        ),
        (
            "Goedendag, wij hebben last van een boom van de gemeente voor onze woning ({street} "
            "{num}). De takken hangen over ons dak en de dakgoot zit vol blad. Graag snoeien."
        ),
        (
            "Geachte heer/mevrouw, de speeltuin aan de {street} is in slechte staat: de schommel "
            "is kapot, de zandbak is vies en het hek hangt scheef. Kan de gemeente hier iets aan "
            "doen?"
        ),
        (
            "Hallo, ik wil graag een melding maken van een verstopte kolk voor {street} {num}. Na "
            "elke bui staat het water tot op de stoep."
        ),
        (
            "Beste gemeente, op {place} liggen na het weekend altijd veel lachgascilinders en "
            "blikjes. Kunnen er meer afvalbakken komen en kan er vaker geleegd worden?"
        ),
        (
            "Geachte, onze container is sinds {days} dagen niet geleegd. Ik heb de afvalkalender "
            "gecontroleerd, de bak stond op tijd aan de straat. Adres {street} {num}."
        ),
        (
            "Goedemorgen, de gladheidsbestrijding slaat onze straat ({street}) altijd over. Er "
            "wonen veel ouderen. Kan de {street} in de strooiroute?"
        ),
        (
            "Beste, er is een gat in het hek langs de sloot bij {place}. Kleine kinderen kunnen "
            "zo in het water vallen."
        ),
        (
            "Melding openbare ruimte: losliggende tegels over een lengte van 10 meter, {street} "
            "tussen nr {num} en de hoek."
        ),
        (
            "Kunnen jullie de boomspiegels in de {street} schoonmaken? Er ligt hondenpoep, "
            "blikjes en plastic in."
        ),
        (
            "Er ligt een kapotte fles en overal glas in de speeltuin bij {place}. Mijn zoontje "
            "heeft zijn hand opengehaald."
        ),
        "Water komt uit de stoep op de hoek van de {street}, het loopt al sinds gisteravond.",
        "De brandkraantegel en het deksel eromheen ontbreken in de {street}, open gat in de stoep.",
        "Het trapje naar de speeltuin aan de {street} is spekglad door mos.",
        "Er ligt een dode boom in het water bij {place}, de takken steken over het pad.",
        "Lamp van de lantaarnpaal bij {stop} is kapot, het is 's avonds aardedonker bij de halte.",
        (
            "Stoep voor de tramhalte {stop} is verzakt, er staat altijd een grote plas waar je in "
            "moet stappen."
        ),
        "Het fietspad naar {stop} zit vol gaten na de winter.",
        "Stoeptegels los naast de bushalte {stop}, mensen struikelen als ze naar de bus lopen.",
        "Grote plas water bij de bushalte {stop} door een verstopte put, de bus spat iedereen nat.",
        "Onkruid groeit meter hoog tussen de stenen bij het bushokje aan de {street}.",
        "Afvalbak naast het bushokje {stop} is vol met huisvuil, iemand zet daar zijn zakken neer.",
        (
            "Blikjes en flessen liggen rond de bushalte {stop}, de vuilbak is al een week niet "
            "leeggemaakt."
        ),
        (
            "Een omgevallen boom blokkeert de {street}, auto's kunnen er niet door. Kan die "
            "weggezaagd worden?"
        ),
        "Een tak ligt over de weg bij {place}, het verkeer moet over het fietspad uitwijken.",
        "Er staat water op de weg onder het spoorviaduct bij {stop}, auto's rijden er vast.",
        (
            "Lantaarnpaal bij het zebrapad in de {street} brandt niet, je ziet overstekers 's "
            "avonds niet."
        ),
        (
            "Wortels van de gemeenteboom zijn onze riolering in gegroeid, {street} {num}. Wie "
            "betaalt dat?"
        ),
        (
            "Graag gras maaien op het veldje bij de {street}, de kinderen kunnen er niet meer "
            "voetballen."
        ),
        (
            "Er groeit berenklauw langs het fietspad bij {place}, gevaarlijk voor kinderen. Kan "
            "de gemeente dit verwijderen?"
        ),
        "Lantaarnpaal bij {street} {num} brandt ook overdag, zonde van de energie.",
        (
            "De boom voor {street} {num} laat zoveel hars en luizenplak vallen dat de stoep "
            "plakt. Kan hij gesnoeid worden?"
        ),
        "Zwerfvuil in de struiken langs de {street} bij de snackbar, elke dag weer nieuw.",
        "Er ligt een grote hoop bladeren op de stoep bij {place}, blokkeert de hele doorgang.",
        (
            "Kapotte lamp in het fietstunneltje bij {place}, al maanden. Vrouwen durven er 's "
            "avonds niet meer door."
        ),
        "Na het evenement op {place} is het grasveld één grote modderpoel met afval erin.",
        "De fontein op {place} spuit water over het terras en het voetpad, afstelling klopt niet.",
        "Kan er een bankje geplaatst worden langs het pad in {place}? Veel ouderen wandelen hier.",
        (
            "Het hekwerk langs het speelveld aan de {street} is ingedrukt, er steken scherpe "
            "punten uit."
        ),
        (
            "Gevaarlijke situatie: stoeptegels in de {street} liggen al {days} dagen opgestapeld "
            "na werkzaamheden, niemand komt ze terugleggen."
        ),
        "In de vijver bij {place} drijft een winkelwagen en een fiets.",
        "Het water in de sloot achter de {street} stinkt en er drijft olie op.",
        "Steen uit de kademuur bij {place} is losgeraakt, er zit een gat.",
        (
            "De gemeentelijke heg langs de {street} is doorgeschoten en blokkeert het zicht op de "
            "oversteek."
        ),
        (
            "De glasbak bij {place} wordt nooit geleegd op tijd, na elk weekend ligt het glas op "
            "straat."
        ),
        (
            "Onze straat ({street}) is nog steeds niet geveegd na de herfst, de putten zitten "
            "dicht met blad."
        ),
        (
            "Stuk asfalt weggeslagen aan de rand van de {street}, de berm is afgebrokkeld en er "
            "zit een steile rand."
        ),
        "Verzakking in het fietspad langs {place}, er zit een gleuf waar je wiel in blijft steken.",
        "De goot in de {street} is kapot gereden en het regenwater loopt nu de tuinen in.",
        "De klinkers rond de boom voor {street} {num} zijn opgedrukt, er is een bult van 10 cm.",
        (
            "Mijn gft-container is al drie weken op rij niet geleegd. Elke keer staat hij netjes "
            "op tijd buiten, {street} {num}."
        ),
        (
            "Kan de gemeente de graffiti op de elektriciteitskast aan de {street} en de muur "
            "ernaast verwijderen?"
        ),
        "Omgewaaide tak in de {street} ligt al {days} dagen op de stoep, niemand ruimt hem op.",
        (
            "Er ligt een enorme hoop grond en stenen op de stoep van de {street}, achtergelaten "
            "door de aannemer."
        ),
        (
            "Vanaf {time} vanochtend staat de {street} onder water, de putten kunnen het niet "
            "verwerken."
        ),
    ],
    "transit": [
        (
            "Alweer 20 minuten vertraging op de sprinter van {time}. Elke dag hetzelfde liedje, "
            "ik kom weer te laat op mijn werk."
        ),
        (
            "Trein {train} staat al een half uur stil voor {stop}. Geen omroep, geen info, niks. "
            "Wat is er aan de hand?"
        ),
        (
            "Intercity van {time} naar {stop} uitgevallen. Volgende pas over een half uur. Dank "
            "jullie wel hoor."
        ),
        (
            "Waarom wordt de {time} trein zonder enige uitleg geschrapt? Op de app stond hij vijf "
            "minuten geleden nog gewoon."
        ),
        (
            "Storing tussen {stop} en de volgende halte, ik zit al een uur vast. Komt er nog "
            "vervangend vervoer?"
        ),
        (
            "Seinstoring, wisselstoring, koperdiefstal: elke week een nieuw excuus. Trein {train} "
            "weer niet gereden."
        ),
        (
            'Weer een "defecte trein" op mijn traject. Ik betaal 300 euro per maand voor een '
            "abonnement en dit is wat ik krijg."
        ),
        (
            "Overvolle trein om {time}, mensen staan tot in de toiletten. Waarom maar 3 bakken in "
            "de spits?"
        ),
        (
            "Sprinter van {time} rijdt met een half treinstel. Staan als haringen in een ton, "
            "onverantwoord."
        ),
        (
            "Intercity {train} zo vol dat ik op {stop} niet eens kon instappen. Perron vol mensen "
            "die achterblijven."
        ),
        (
            "Kan er in de spits eens een langere trein ingezet worden? Elke ochtend sta ik vanaf "
            "{stop} de hele rit."
        ),
        (
            "Het toilet in trein {train} is kapot en de andere is smerig. 2 uur reizen zonder wc, "
            "bedankt."
        ),
        (
            "Bah, wat een vieze trein vandaag. Overal koffievlekken, kranten en een plakkerige "
            "vloer in de eerste klas."
        ),
        (
            "Toiletten in de intercity zijn weer buiten gebruik. Hoe kan dat in een trein van 2 "
            "uur rijden?"
        ),
        (
            "De airco in rijtuig 3 van trein {train} doet het niet, het is hier minstens 35 "
            "graden. Mensen worden onwel."
        ),
        (
            "Waarom staat de verwarming in de sprinter op vol terwijl het buiten 25 graden is? "
            "Raam kan niet open."
        ),
        "Ijskoud in de trein van {time}, verwarming doet niets. Iedereen zit met jas en sjaal.",
        (
            "Spoorwijziging 1 minuut voor vertrek op {stop}, met 300 man de trap af en op. De "
            "trein vertrok gewoon voor onze neus."
        ),
        (
            "Perronwijziging wordt niet omgeroepen en het bord op {stop} geeft nog het oude spoor "
            "aan. Trein gemist."
        ),
        (
            "Vertrekbord zegt op tijd, app zegt 15 min vertraging, conducteur zegt uitgevallen. "
            "Wie moet ik geloven?"
        ),
        "Trein {train} vertrok 2 minuten te vroeg op {stop}. Ik stond nog op de trap. Hoe kan dat?",
        (
            "Aansluiting op {stop} gemist door vertraging, de volgende trein gaat pas om {time}. "
            "De laatste bus is dan ook weg."
        ),
        (
            "Ik heb recht op geld terug bij vertraging, maar het formulier op de website geeft "
            "steeds een foutmelding."
        ),
        (
            "Mijn aanvraag voor geld terug is afgewezen terwijl ik 45 minuten vertraging had met "
            "trein {train}. Hoe kan dat?"
        ),
        (
            "Al {days} dagen wacht ik op mijn restitutie voor de uitgevallen trein. Geen "
            "antwoord, geen geld."
        ),
        "Dubbel afgeschreven voor dezelfde rit van {stop}. Hoe krijg ik mijn geld terug?",
        (
            "Ik vergat uit te checken door de vertraging en de chaos op {stop}, nu betaal ik het "
            "maximale instaptarief. Niet eerlijk."
        ),
        (
            "Zitplaatsreservering gekocht voor de internationale trein van {time} maar mijn plek "
            "bestaat niet, het rijtuig zit niet aan de trein."
        ),
        (
            "Ticket geboekt via de website, betaald, maar geen bevestiging of e-ticket ontvangen. "
            "En de klantenservice neemt niet op."
        ),
        (
            "Reservering omboeken naar een latere trein lukt niet online. Waarom moet ik hiervoor "
            "naar een loket dat gesloten is?"
        ),
        (
            "Mijn gereserveerde stoel in trein {train} was bezet en er was nergens anders plek. "
            "Drie uur staan met een reservering!"
        ),
        (
            "Conducteur was ontzettend onbeschoft tegen een oudere dame die haar kaartje niet "
            "snel kon vinden. Schandalig."
        ),
        (
            "Compliment? Nee, de conducteur in de trein van {time} schreeuwde tegen reizigers dat "
            'ze moesten "doorlopen". Wat een toon.'
        ),
        (
            "Boete gekregen in trein {train} omdat de incheckpaal op {stop} kapot was. De "
            "conducteur wilde niet luisteren."
        ),
        (
            "Geen enkele conducteur te zien in de nachttrein, terwijl er een groep dronken mensen "
            "rondloopt. Voel me niet veilig."
        ),
        (
            "Geen koffie, geen broodje, geen trolley. Op een rit van 3 uur is er niks te eten aan "
            'boord. De bistro is "gesloten wegens storing".'
        ),
        "Het restauratierijtuig was al om {time} leeg, alleen nog chips. Lekker ontbijt.",
        (
            "Kan het geluid in de stiltecoupé eens gehandhaafd worden? Iemand belt al 20 minuten "
            "op speaker."
        ),
        (
            "Eerste klas vol met mensen zonder eersteklaskaartje, conducteur doet niets. Waarom "
            "betaal ik het dubbele?"
        ),
        (
            "Bussen in plaats van treinen tussen {stop} en de volgende stad en niemand weet waar "
            "die bussen vertrekken. Geen bordjes, geen personeel."
        ),
        (
            "Treinvervangende bus was veel te klein, de helft bleef staan op {stop}. Volgende bus "
            "pas over een uur."
        ),
        (
            "Lift naar spoor 5 op {stop} is al weken kapot. Met een rolstoel kan ik de trein niet "
            "halen."
        ),
        (
            "Ik had assistentie aangevraagd voor mijn rolstoel op {stop} maar er kwam niemand. "
            "Trein vertrok zonder mij."
        ),
        (
            "Roltrap op {stop} staat stil, met zware koffers de trap op naar het perron en de "
            "trein gemist."
        ),
        (
            "Omroep in de trein is volledig onverstaanbaar, ik weet niet of we nu {stop} gehad "
            "hebben of niet."
        ),
        "OV-fiets op {stop} niet beschikbaar, het rek is leeg. Had er een gereserveerd in de app.",
        (
            "Die nieuwe treinstellen: harde stoelen, geen tafeltjes, geen stopcontact. Wie heeft "
            "dat ontworpen?"
        ),
        "Wifi in de trein werkt weer niet, dus ook geen reisinformatie. Waar zijn we eigenlijk?",
        (
            "Trein stond 40 min stil op de brug bij {stop}, deuren dicht, geen airco, geen water. "
            "Onmenselijk."
        ),
        (
            "Vanochtend weer de {time} uitgevallen. Dat is de derde keer deze week. Mijn baas "
            "gelooft me niet meer."
        ),
        (
            "Ik zit nu 2 uur in een trein die 35 minuten zou duren. Ik wil een vergoeding en een "
            "excuus."
        ),
        (
            'Trein {train} rijdt maar tot {stop}, "wegens werkzaamheden". Waarom niet gemeld '
            "bij het plannen van de reis?"
        ),
        (
            "Ik reis dagelijks tussen {stop} en de stad en sinds de nieuwe dienstregeling is de "
            "trein van {time} weg. Nu kom ik elke dag te laat."
        ),
        (
            "Zeg, waar is mijn trein? Op het bord stond {time}, het is nu een kwartier later en "
            'er staat "vertraagd" zonder tijd.'
        ),
        (
            'Dat jullie perron 4 op {stop} "tijdelijk" dicht hebben en iedereen via één smalle '
            "trap moet, is gevaarlijk. Mensen duwen elkaar."
        ),
        (
            "Ik reisde met de nachttrein van {time} en de couchette zat vol met rommel van de "
            "vorige reizigers. Niet schoongemaakt."
        ),
        (
            "Kaartautomaat op {stop} neemt geen pin, loket dicht, en in de trein krijg ik een "
            "boete. Wat moet ik dan?"
        ),
        "De app laat een stoel zien in wagon 7 maar de trein heeft maar 6 wagons. Iemand?",
        (
            'Trein van {time} heeft "vertraging door personeelstekort". Dat hoor ik nu al '
            "maanden. Neem gewoon mensen aan."
        ),
        (
            "Kinderen van 8 en 10 in de trein laten reizen, trein strandt op {stop} en niemand "
            "van het personeel helpt ze verder. Woedend."
        ),
        (
            "Na 3 kwartier wachten op {stop} in de kou wordt trein {train} gewoon geschrapt. Geen "
            "bus, geen alternatief, niets."
        ),
        (
            "Rijtuig met stiltecoupé ontbreekt weer. Als je dat adverteert, zorg dan dat het er "
            "ook is."
        ),
        (
            "Waarom kost een enkeltje binnenkort weer 10% meer terwijl de treinen steeds vaker "
            "uitvallen?"
        ),
        (
            "Mijn abonnement opzeggen lukt alleen telefonisch en daar hang ik al 40 minuten in de "
            "wacht."
        ),
        (
            "In de trein van {time} lag braaksel in de gang, het hele rijtuig stonk. Niemand kwam "
            "schoonmaken."
        ),
        (
            "Elke avond staat trein {train} 10 minuten stil voor {stop} om een goederentrein voor "
            "te laten. Pas dan de dienstregeling aan."
        ),
        (
            "Fiets mee in de trein en er is geen plek, het fietsenbalkon staat vol koffers. "
            "Conducteur zegt ik moet eruit."
        ),
        (
            "Perron op {stop} is veel te kort voor de lange trein, de achterste deuren gaan niet "
            "open. Wist niemand."
        ),
        (
            "Deuren van trein {train} gingen niet open op {stop}, ik moest doorreizen naar de "
            "volgende stad."
        ),
        (
            "Kan iemand uitleggen waarom de sprinter wel rijdt maar de intercity op hetzelfde "
            "spoor wordt geschrapt?"
        ),
        (
            "Sinds {days} dagen elke ochtend vertraging op de lijn naar {stop}. Is er iets "
            "structureels aan de hand?"
        ),
        (
            "Trein {train} vandaag 55 minuten te laat. Ik heb mijn sollicitatiegesprek gemist. "
            "Bedankt."
        ),
        (
            "Reisplanner stuurde me naar {stop} voor een overstap die niet bestaat. Aansluiting "
            "is er al sinds de zomer niet meer."
        ),
        (
            "Ik sta op {stop} en er zijn geen vertrekborden aan, alle schermen zwart. Waar "
            "vertrekt mijn trein?"
        ),
        (
            "Iemand rookt op het toilet in de trein van {time}, het alarm gaat af en de trein "
            "stopt. Waar is de conducteur?"
        ),
        "Geen waterflesje, niks, terwijl we 2 uur stilstaan bij 30 graden. Dat is gewoon onveilig.",
        (
            "De treinstewardess/conducteur was echt super onvriendelijk toen ik vroeg waar de wc "
            "was. Kan het wat vriendelijker?"
        ),
        (
            "Lange overstaptijd op {stop} wordt niet meer gegarandeerd, dus ik mis mijn "
            "aansluiting. Waarom is dat veranderd?"
        ),
        (
            "Treinkaartje voor mijn hond kopen kan alleen aan de automaat, die op {stop} al weken "
            "kapot is."
        ),
        (
            "Waarom stopt de intercity niet meer op {stop}? Nu moet ik overstappen en kost me dat "
            "20 minuten extra."
        ),
        (
            "Al 3 keer mijn tas laten controleren maar niemand checkt de mensen die door de "
            "poortjes springen op {stop}."
        ),
        (
            'Trein {train} van {time}: drie rijtuigen, waarvan eentje "buiten dienst". Iedereen '
            "perst zich in de andere twee."
        ),
        (
            "Ik heb een vraag over mijn teruggave aanvraag, nummer staat in de mail. Al {days} "
            "dagen niks gehoord."
        ),
        (
            'Vertraging door "een aanrijding met een persoon" begrijp ik, maar geef dan ten '
            "minste informatie over alternatieven."
        ),
        (
            "Dagretour geboekt, trein uitgevallen, volgende trein zit vol. Krijg ik mijn geld "
            "terug of niet?"
        ),
        (
            "Onze groepsreservering voor 12 personen in trein {train} is nergens te vinden, de "
            "conducteur zegt dat we maar moeten staan."
        ),
        "Incheckpaal op {stop} spoor 2 weer kapot. Moet ik dan maar zwartrijden?",
        (
            "Internationale trein vertrok met 70 minuten vertraging, geen info, geen vouchers, "
            "niets. Welke compensatie krijg ik?"
        ),
        "Trein {train} is niet schoongemaakt: lege blikjes, vieze stoelen en een wc zonder papier.",
        (
            "Bus {line} kwam vanochtend om {time} gewoon niet. Volgende bus pas een half uur "
            "later, te laat op school."
        ),
        "Lijn {line} reed vandaag weer voorbij bij {stop} terwijl ik duidelijk mijn hand opstak.",
        "De chauffeur van bus {line} stopte niet bij {stop}, er stonden vijf mensen te wachten.",
        "Bus {line} vertrok 4 minuten te vroeg bij {stop}. Volgens de app had ik nog tijd.",
        (
            "Tram {line} rijdt al {days} dagen niet verder dan {stop}. Waarom staat dit nergens "
            "aangegeven?"
        ),
        (
            "Tram {line} uitgevallen en geen vervangend vervoer. Iedereen staat in de regen bij "
            "{stop}."
        ),
        (
            "De metro stond 20 minuten stil in de tunnel tussen {stop} en het volgende station. "
            "Geen info."
        ),
        "Metro storing, weer. Om {time} stond het perron van {stop} vol en er kwam niets.",
        (
            "Bus {line} is in de spits zo vol dat je met een kinderwagen niet meer mee mag. Zet "
            "er een extra bus op."
        ),
        "Tram {line} is na schooltijd propvol, kinderen worden tegen de deuren gedrukt.",
        (
            "De buschauffeur van lijn {line} belde de hele rit met zijn telefoon in zijn hand. "
            "Levensgevaarlijk."
        ),
        "Chauffeur van bus {line} rijdt veel te hard en remt hard, een oudere vrouw is gevallen.",
        (
            "De tramchauffeur reed vlak voor mijn neus weg terwijl ik bij de deur stond en op de "
            "knop drukte."
        ),
        (
            "Buschauffeur was heel onbeleefd toen ik vroeg of deze bus naar {stop} ging. Hij zei "
            'alleen "lees maar".'
        ),
        (
            "Buschauffeur weigerde mijn zoon mee te nemen omdat zijn OV-chipkaart niet werkte, om "
            "{time} in het donker."
        ),
        "Het bushokje bij {stop} is kapot, de ruit ligt in scherven op de grond.",
        "Abri bij {stop} heeft geen dak meer, je staat in de regen te wachten.",
        "Wachthuisje aan de tramhalte {stop} is ingegooid, overal glas.",
        (
            "Reisinformatiescherm bij {stop} staat al {days} dagen uit. Je weet niet of je bus "
            "nog komt."
        ),
        'Het scherm bij de halte {stop} zegt "bus {line} 2 min" maar die bus komt nooit.',
        (
            "Haltepaal bij {stop} is weg, de bus stopt nu niet meer omdat de chauffeur denkt dat "
            "hij is opgeheven."
        ),
        "De tijdelijke halte voor lijn {line} is niet aangegeven, niemand weet waar hij staat.",
        (
            "Bushalte {stop} is verplaatst zonder aankondiging, ik stond een half uur bij de oude "
            "halte."
        ),
        (
            "Bus {line} slaat {stop} over sinds de omleiding, maar er staat nergens hoe je er nu "
            "moet komen."
        ),
        "De dienstregeling op de halte {stop} klopt niet met de app. Welke is juist?",
        (
            "Sinds de nieuwe dienstregeling rijdt bus {line} 's avonds nog maar één keer per uur. "
            "Onmogelijk voor ploegendiensten."
        ),
        (
            "Waarom rijdt er op zondag geen enkele bus meer naar {stop}? Ouderen kunnen zo niet "
            "naar familie."
        ),
        (
            "De laatste bus van lijn {line} gaat al om {time}. Terug van het werk kan ik dus niet "
            "meer met de bus."
        ),
        (
            "Lijn {line} wordt opgeheven? Dat is de enige bus in onze wijk. Hoe moeten ouderen "
            "naar het ziekenhuis?"
        ),
        (
            "De lift in metrostation {stop} is al weken buiten gebruik. Met de rolstoel kan ik "
            "niet naar het perron."
        ),
        "Roltrap in station {stop} staat weer stil.",
        (
            'De oprijplaat van bus {line} werkte niet, chauffeur zei "neem de volgende maar". '
            "Die had hetzelfde probleem."
        ),
        (
            "Met een rolstoel kan ik niet instappen bij {stop}, het perron is te laag voor de "
            "nieuwe tram."
        ),
        (
            "Op lijn {line} mag ik met de kinderwagen niet meer mee als er al een staat, ook al "
            "is er plaats."
        ),
        "Ik ben mijn telefoon verloren in bus {line} rond {time}. Waar kan ik hem ophalen?",
        "Tas laten liggen in tram {line}, richting {stop}. Hoe bereik ik de gevonden voorwerpen?",
        "Mijn OV-chipkaart werd twee keer afgeschreven bij het inchecken in bus {line}.",
        (
            "Incheckpaal in tram {line} is kapot, en nu krijg ik een melding dat ik niet ben "
            "uitgecheckt."
        ),
        "Kaartautomaat op metrostation {stop} neemt alleen munten. Wie heeft er nog munten?",
        "Poortjes op station {stop} gaan niet open met mijn pas. Er is geen medewerker te zien.",
        "Airco in bus {line} doet het niet, 35 graden binnen. Ramen kunnen niet open.",
        "Verwarming in tram {line} staat op de hoogste stand, je smelt in je winterjas.",
        "De tram was vies, overal chipszakken en de stoelen waren kleverig.",
        "Metro naar {stop} stinkt naar urine, echt goor. Wordt er nog schoongemaakt?",
        (
            "Waarom stopt de nachtbus niet meer bij {stop}? Nu moet ik 's nachts 20 minuten "
            "alleen lopen."
        ),
        (
            "Belbus komt niet opdagen, ik had hem om {time} gereserveerd. Nu mis ik mijn afspraak "
            "bij de dokter."
        ),
        "Buurtbus heeft sinds {days} dagen geen chauffeur, niemand laat iets weten.",
        'Sneltram {line} staat stil bij {stop}, omroep zegt "technische storing". Hoe lang nog?',
        (
            "De bus van {time} naar {stop} reed een andere route zonder dat te zeggen. Ik moest "
            "ver teruglopen."
        ),
        "Als je in bus {line} op de stopknop drukt gaat het lampje niet aan en stopt hij niet.",
        (
            "Deuren van tram {line} gaan steeds dicht terwijl mensen nog instappen. Mijn dochter "
            "zat bijna klem."
        ),
        (
            "Kan de frequentie van lijn {line} omhoog? Om de 20 minuten is te weinig voor zo'n "
            "drukke lijn."
        ),
        (
            "Streekbus van {time} naar het dorp rijdt veel te vaak niet. Er is dan anderhalf uur "
            "geen alternatief."
        ),
        "Bus {line} heeft de overstap op de trein bij {stop} gemist, weer 30 minuten wachten.",
        (
            "De busaansluiting op de trein bij {stop} is zo krap dat je altijd net de bus ziet "
            "wegrijden."
        ),
        "Waarom kost een busrit naar {stop} ineens zoveel meer? De prijs is bijna verdubbeld.",
        "Ik heb een dagkaart gekocht in de app maar de chauffeur accepteert hem niet.",
        (
            "M-ticket in de app laat geen QR-code zien en de chauffeur laat me betalen. Kan ik "
            "dat terugvragen?"
        ),
        "Abonnement voor mijn kind wordt niet verlengd, de website geeft een foutmelding.",
        (
            "Sinds de omleiding van lijn {line} moeten we drie kwartier extra reizen. Hoe lang "
            "duurt dit nog?"
        ),
        (
            "Tram {line} staat bij {stop} al 10 minuten te wachten, chauffeur heeft pauze. Met de "
            "hele tram vol."
        ),
        "Op de halte {stop} is geen bankje en geen dak. Ouderen moeten staan in de regen.",
        "Vertrektijden bij de halte {stop} hangen er niet meer, het kastje is leeg.",
        (
            "Kan er een abri geplaatst worden bij {stop}? Veel mensen wachten daar en er is geen "
            "beschutting."
        ),
        (
            "De metro rijdt 's avonds maar eens per kwartier, het perron bij {stop} voelt dan "
            "onveilig."
        ),
        (
            "Controle in tram {line}: mijn abonnement bleek niet goed geladen en ik kreeg direct "
            "een boete. Is dat terecht?"
        ),
        "De bus van {time} was zo vol dat de chauffeur niemand meer toeliet bij {stop}.",
        "Bus rijdt bij {stop} consequent door rood, ik zie het elke dag.",
        (
            "Waarom duurt de rit met lijn {line} nu 10 minuten langer? De bus rijdt allerlei "
            "rondjes door de wijk."
        ),
        (
            "Buschauffeur van lijn {line} was super vriendelijk? Nee, hij liet de deur dichtgaan "
            "op de hand van mijn zoon."
        ),
        "Vervangende bus voor tram {line} stopt niet bij {stop}. Dat staat nergens aangegeven.",
        (
            "De tram stond een half uur vast achter een fout geparkeerde auto bij {stop}, alle "
            "passagiers vast."
        ),
        'De app geeft bus {line} als "op tijd" maar hij is al 15 minuten te laat.',
        "Reisplanner-app crasht elke ochtend rond {time}, je ziet geen vertrektijden.",
        "Tram {line} rijdt sinds maanden met maar één rijtuig, veel te klein.",
        "Uitcheckpaal in de bus {line} werkt niet, nu betaal ik elke keer het maximale tarief.",
        "Het perron van de metro bij {stop} is smerig, er is in weken niet schoongemaakt.",
        "De scherm-omroep in de metro noemt de verkeerde stations, toeristen stappen verkeerd uit.",
        (
            "Liften en roltrappen bij station {stop} zijn al {days} dagen stuk, ik kan met mijn "
            "rollator niet naar boven."
        ),
        "Geen lift bij de nieuwe tramhalte {stop}. Hoe moet je hier met een rolstoel komen?",
        (
            "Chauffeur van bus {line} wilde niet wachten terwijl mijn moeder met de rollator nog "
            "moest zitten. Ze viel."
        ),
        (
            "Bus {line} staat elke ochtend om {time} stil in de file, kan hij niet via een andere "
            "route?"
        ),
        (
            "Tram {line} maakt in de bocht bij {stop} een piepend geluid, verschrikkelijk. Kan er "
            "gesmeerd worden?"
        ),
        "Metro {line} sloeg {stop} over zonder aankondiging, moest terug met de volgende.",
        (
            "Ik heb mijn OV-chipkaart in de bus laten vallen, lijn {line}, rond {time}. Is die "
            "gevonden?"
        ),
        (
            "Kan de bus ook stoppen bij de nieuwe woonwijk achter {stop}? Nu lopen we 15 minuten "
            "naar de dichtstbijzijnde halte."
        ),
        "Waarom is er geen tram meer na {time}? Na een voorstelling kom je niet meer thuis.",
        "Buschauffeur van lijn {line} rookte bij de halte {stop} en liet de passagiers wachten.",
        (
            "Bus {line} reed gewoon door terwijl mijn zoontje op de stopknop had gedrukt. Hij "
            "moest twee haltes teruglopen."
        ),
        "Bus {line}: alweer 20 min te laat en dan ook nog overvol",
        "tram {line} rijdt niet??? niks op de app",
        "metro weer stuk bij {stop}",
        "bus kwam gewoon niet, {time}, lijn {line}",
        "waar blijft bus {line} nou, sta al een half uur bij {stop}",
        (
            "Goedemorgen, ik wil een klacht indienen over de chauffeur van bus {line} vanochtend "
            "om {time}. Hij reed bij {stop} weg terwijl ik nog aan het instappen was. Met "
            "vriendelijke groet."
        ),
        (
            "Geachte, sinds de nieuwe dienstregeling komt bus {line} niet meer langs {stop}. Voor "
            "veel ouderen in onze buurt is dit de enige verbinding. Graag een reactie."
        ),
        (
            "Beste, ik ben afhankelijk van een rolstoel en de tram van {time} kon ik niet in "
            "omdat de helling niet uitklapte. Dit is al de derde keer. Wat gaat u doen?"
        ),
        (
            "Geachte heer/mevrouw, ik heb een boete gekregen in tram {line} terwijl ik correct "
            "had ingecheckt. Bijgevoegd mijn reishistorie. Graag intrekking."
        ),
        (
            "Beste mensen, kunt u de frequentie van lijn {line} op zaterdag verhogen? De bus is "
            "dan altijd overvol."
        ),
        (
            "Goedendag, bus {line} rijdt sinds {days} dagen niet meer via {stop} en dat staat "
            "nergens op de website. Is dit tijdelijk?"
        ),
        (
            "Hallo, het wachthuisje bij {stop} is weggehaald voor werkzaamheden maar niet "
            "teruggeplaatst. Wanneer komt het terug?"
        ),
        (
            "Beste, ik wil graag een terugbetaling voor mijn maandabonnement, want de tram reed "
            "deze maand bijna twee weken niet."
        ),
        (
            "Tram {line} stopt al een week niet bij {stop} wegens werken, maar de borden aan de "
            "halte zeggen niets."
        ),
        (
            "Bus {line} rijdt in de vakantie een andere dienstregeling maar die staat nergens op "
            "de halte. Ik heb een uur gewacht."
        ),
        (
            "Buschauffeur liet een groep scholieren zonder geldig kaartje mee maar mij met mijn "
            "kaart niet?"
        ),
        (
            "Op {stop} staat de bus altijd met draaiende motor te wachten, de hele halte zit in "
            "de uitlaatgassen."
        ),
        (
            "Er rijden veel te weinig metro's op zaterdagavond, de perrons bij {stop} zijn "
            "levensgevaarlijk vol."
        ),
        (
            "De chauffeur van de nachtbus was dronken of heel moe, hij reed slingerend. Lijn "
            "{line}, om {time}."
        ),
        (
            "Ik kreeg in bus {line} geen wisselgeld en kon niet met pin betalen. Moet ik nu "
            "overal muntjes voor meenemen?"
        ),
        (
            "Kan er een extra tram ingezet worden bij evenementen op {place}? Vorige week konden "
            "honderden mensen niet mee."
        ),
        "Het is in de tram zo vol dat je je kaart niet bij de paal kunt houden om in te checken.",
        "Bus {line} wordt elke dag vervangen door een klein busje waar maar 20 mensen in passen.",
        (
            "Zijn de reisinformatieschermen bij {stop} ooit correct? Er staat altijd dat de bus "
            "nog moet komen terwijl hij al weg is."
        ),
        (
            "Bus {line} rijdt 's ochtends om {time} altijd vol voorbij {stop}, we komen te laat "
            "op school."
        ),
        (
            "Stank en afval in het bushokje van {stop} omdat het nooit schoongemaakt wordt. Mag "
            "het wachthuisje eens gepoetst worden?"
        ),
    ],
    "communication": [
        (
            "De buren op {street} {num} hebben elke nacht tot {time} harde muziek aan. Ik moet om "
            "6 uur op."
        ),
        (
            "Al {days} dagen achter elkaar feest bij de buren, bassen tot diep in de nacht. "
            "Aanspreken helpt niet."
        ),
        (
            "Het café op de hoek van de {street} houdt zich niet aan de sluitingstijd, om 3 uur "
            "staan er nog mensen te schreeuwen op straat."
        ),
        (
            "Terras van het restaurant op {place} zit tot na middernacht vol, het lawaai is niet "
            "te harden."
        ),
        "Geluidsoverlast van de bar in de {street}: deuren open, muziek keihard, elk weekend.",
        "Bouwlawaai om {time} 's ochtends in de {street}, dat mag toch pas vanaf zeven uur?",
        (
            "Ze zijn al om half zes aan het heien bij het bouwproject achter {place}. Het hele "
            "huis trilt."
        ),
        (
            "De bouwplaats in de {street} werkt ook op zondag door met een drilboor. Is daar een "
            "vergunning voor?"
        ),
        (
            "Elke zaterdagochtend om 7 uur staat iemand met een bladblazer in de {street}. Kan "
            "dat later?"
        ),
        (
            "De bladblazers van de hovenier van het appartementsgebouw op {street} {num} lopen de "
            "hele dag. Oorverdovend."
        ),
        "Hond op {street} {num} blaft de hele dag als de baasjes weg zijn. Al maanden.",
        "De honden van de buren janken 's nachts uren achter elkaar. Wat kan ik doen?",
        "Jongeren hangen elke avond rond bij {place} met scooters en harde muziek, tot {time}.",
        (
            "Overlast van hangjongeren bij het winkelcentrum in de {street}: schreeuwen, "
            "vuurwerk, intimidatie."
        ),
        (
            "Al {days} dagen wordt er zwaar vuurwerk afgestoken in de {street}, terwijl het nog "
            "geen oud en nieuw is."
        ),
        (
            "De warmtepomp van de buren op {street} {num} bromt dag en nacht, we kunnen niet "
            "slapen met het raam open."
        ),
        "De airco-unit van het restaurant aan de {street} maakt een zoemend geluid de hele nacht.",
        (
            "Het festival op {place} was tot na middernacht te horen, ramen dicht en nog steeds "
            "de bassen."
        ),
        (
            "Is er een vergunning voor het evenement op {place} dit weekend? De muziek is sinds "
            "{time} oorverdovend."
        ),
        (
            "De kermis op {place} draait tot 1 uur 's nachts met keiharde muziek. Er wonen hier "
            "gezinnen."
        ),
        (
            "Het bedrijf naast ons in de {street} laat 's nachts vrachtwagens laden met piepende "
            "heftrucks."
        ),
        (
            "Boven mij woont iemand die elke nacht met hakken loopt en meubels verschuift. Kan de "
            "gemeente bemiddelen?"
        ),
        (
            "Er slaapt al een week een man in het portiek van {street} {num}. Hij lijkt ziek. Kan "
            "iemand gaan kijken?"
        ),
        "Er staan tentjes in {place}, er lijken mensen in te wonen. Wie kan daar iets mee?",
        (
            "In het park {place} is een kampement ontstaan met tenten en matrassen, er is veel "
            "afval en het voelt onveilig."
        ),
        (
            "Een dakloze man slaapt elke nacht in het bushokje bij {stop}. Het wordt kouder, kan "
            "er hulp komen?"
        ),
        (
            "Onder de brug bij {place} wonen sinds kort een paar daklozen. Ze hebben het koud, is "
            "er opvang?"
        ),
        "Zwervers bij de ingang van de supermarkt aan de {street} vragen agressief om geld.",
        (
            "Er zit een verward persoon bij {place} die tegen voorbijgangers schreeuwt. Ik maak "
            "me zorgen om hem."
        ),
        (
            "Mijn oudere buurvrouw op {street} {num} heb ik al {days} dagen niet gezien, de "
            "brievenbus puilt uit. Wie kan ik bellen?"
        ),
        "Een grote hond loopt los in {place} en valt andere honden aan. De eigenaar doet niets.",
        (
            "Honden lopen steeds los op het speelveld in de {street} terwijl daar een "
            "aanlijngebod geldt."
        ),
        "Loslopende hond in de {street}, al de hele ochtend, zonder halsband. Zit zonder baasje.",
        "Agressieve hond op {street} {num} springt tegen het hek en heeft al een postbode gebeten.",
        (
            "Er lopen veel zwerfkatten rond in de {street}. Kunnen ze gevangen en gesteriliseerd "
            "worden?"
        ),
        "Er ligt een dode kat op de stoep voor {street} {num}. Kan die opgehaald worden?",
        "Dood dier in de berm van de {street}, volgens mij een vos. Ligt er al {days} dagen.",
        "Aangereden ree langs de weg bij {place}, leeft nog. Wie moet ik bellen?",
        "Dode meeuw in de speeltuin bij {place}, kinderen spelen ernaast.",
        "Dode egel op het fietspad bij {place}, het begint te stinken.",
        (
            "De buren houden een hond in een te kleine kooi op het balkon, in weer en wind. "
            "Dierenmishandeling?"
        ),
        "Een hond zit al een uur in een auto in de zon bij {place}. Ramen dicht!",
        "Paard staat in een wei aan de {street} zonder water en het lijkt heel mager.",
        "Gewonde duif op de stoep bij {stop}, kan niet meer vliegen.",
        "Er woont een vos in onze tuin op {street} {num}, hij heeft al twee kippen gepakt.",
        "Meeuwen broeden op het dak van {street} {num} en vallen mensen aan op de stoep.",
        "Ganzen in {place}: overal poep en ze vallen kinderen aan.",
        "Wilde zwijnen lopen 's nachts door de tuinen aan de {street}.",
        "Er lopen ratten rond in de {street}, ik zag er vanavond drie bij de containers.",
        "Rattenoverlast in {place}, bij de vijver zie je ze op klaarlichte dag.",
        (
            "Ratten in onze tuin en nu ook in de schuur, {street} {num}. De buren voeren de "
            "vogels met brood."
        ),
        "Bij {stop} lopen overal ratten, mensen gooien hun eten op de grond.",
        "Muizen in de hele flat aan de {street}, ook in de keukens. Wie regelt de bestrijding?",
        "Groot wespennest onder de dakgoot van {street} {num}, kunnen jullie dat weghalen?",
        "Wespennest in de grond bij de speeltuin in {place}, kinderen zijn al gestoken.",
        "Er hangt een bijenzwerm in de boom voor ons huis, {street} {num}. Wie kan die weghalen?",
        (
            "Ontzettend veel muggen sinds de vijver in {place} stilstaat. 's Avonds kun je niet "
            "buiten zitten."
        ),
        "Duiven nestelen onder het viaduct bij {place}, alles zit onder de poep en het stinkt.",
        "De buurman op {street} {num} voert de duiven, er zitten er nu honderden op ons dak.",
        "We hebben bedwantsen in ons appartement aan de {street}, de verhuurder doet niets.",
        (
            "Kakkerlakken in de hele portiekflat op {street} {num}. Kan de gemeente "
            "ongediertebestrijding sturen?"
        ),
        (
            "De tuin van {street} {num} is totaal verwilderd, bramen groeien over de schutting in "
            "onze tuin en er zitten ratten."
        ),
        (
            "Het huis naast ons, {street} {num}, staat al jaren leeg en vervalt. Ramen kapot, dak "
            "lekt, er komen junks in."
        ),
        (
            "Leegstaand pand aan de {street}: de deur staat open en er wordt gekraakt. "
            "Brandgevaarlijk."
        ),
        (
            "Het braakliggende terrein achter de {street} is van een projectontwikkelaar en ligt "
            "er al jaren verwaarloosd bij. Wie spreekt de eigenaar aan?"
        ),
        (
            "De buren op {street} {num} bouwen een aanbouw van drie verdiepingen. Is daar een "
            "vergunning voor?"
        ),
        (
            "Er wordt een dakkapel geplaatst op {street} {num} zonder dat er een vergunning is "
            "aangevraagd. Klopt dat?"
        ),
        "Het pand op de hoek van de {street} is verbouwd tot tien kamers, volgens mij illegaal.",
        "De schutting van de buren is 3 meter hoog en neemt al ons licht weg. Mag dat?",
        (
            "De heg van de buren op {street} {num} hangt zo ver over de stoep dat je op straat "
            "moet lopen. Ze reageren niet als je het vraagt."
        ),
        (
            "Onze huurwoning aan de {street} heeft al {days} dagen geen verwarming. De verhuurder "
            "neemt de telefoon niet op."
        ),
        (
            "Schimmel in de slaapkamer en badkamer van mijn huurwoning, mijn kinderen hoesten de "
            "hele tijd. Woningcorporatie doet niets."
        ),
        (
            "Het lekt al maanden door het plafond in onze flat op {street} {num}, de huisbaas "
            "reageert niet."
        ),
        "Mijn huisbaas weigert de kapotte cv-ketel te repareren. Kan de gemeente iets doen?",
        "Vocht en schimmel in de hele woning, {street} {num}. Is dit wel bewoonbaar?",
        "In de snackbar aan de {street} lopen muizen door de keuken, ik zag het door het raam.",
        (
            "Na het eten bij het restaurant op {place} zijn we met z'n vieren ziek geworden. "
            "Voedselvergiftiging?"
        ),
        "Het afhaalrestaurant in de {street} bewaart vlees buiten op straat in de zon. Mag dat?",
        "Ik kocht bedorven vlees bij de slager in de {street}. Waar meld ik dat?",
        (
            "Er wordt gedeald vanuit {street} {num}, de hele dag auto's die even stoppen en weer "
            "wegrijden."
        ),
        "Drugsoverlast bij {place}: gebruikers in de bosjes, dealers bij de ingang.",
        (
            "Wietlucht uit de woning van {street} {num} komt ons hele huis in. Volgens mij is het "
            "een hennepkwekerij."
        ),
        (
            "Er is vannacht ingebroken bij {street} {num}, en vorige week ook al in de {street}. "
            "Kan er meer politie surveilleren?"
        ),
        "Inbraakpoging bij ons, {street} {num}, er zijn krassen op het slot. Wat moet ik doen?",
        "Mijn fiets is gestolen bij {stop}, gisteren rond {time}. Waar kan ik aangifte doen?",
        (
            "Al drie fietsen gestolen uit de stalling bij {place} deze maand. Kan er "
            "cameratoezicht komen?"
        ),
        "Vannacht zijn in de {street} bij vijf auto's de ruiten ingeslagen.",
        "Verdachte man loopt al dagen langs de voordeuren in de {street} en kijkt naar binnen.",
        "Straatintimidatie bij {place}: vrouwen worden nageroepen en achtervolgd.",
        "Zakkenrollers actief bij {stop}, mijn portemonnee is gestolen uit mijn tas.",
        "Vechtpartij voor het café in de {street}, elk weekend hetzelfde.",
        (
            "Jongeren gebruiken lachgas in auto's op de parkeerplaats bij {place}, elke avond tot "
            "{time}."
        ),
        (
            "Ik voel me niet veilig als ik 's avonds door {place} loop, er hangen steeds groepjes "
            "mannen."
        ),
        (
            "De buurman stookt elke avond zijn houtkachel, ons hele huis stinkt naar rook en ik "
            "heb astma."
        ),
        "Stankoverlast van de fabriek aan de {street}, een chemische lucht sinds {days} dagen.",
        (
            "Wat een snelle actie! Het gat in de weg voor {street} {num} is binnen twee dagen "
            "gedicht. Dank jullie wel."
        ),
        (
            "Dank aan de gemeente voor het repareren van de lantaarnpaal in de {street}. "
            "Eindelijk weer licht!"
        ),
        "Compliment voor de veegploeg die vanochtend de {street} zo netjes heeft gemaakt.",
        "De speeltuin in {place} is prachtig opgeknapt, de kinderen zijn er dol op. Bedankt!",
        "Bedankt voor het snoeien van de bomen in de {street}, ik heb weer licht in de woonkamer.",
        "Melding over het kapotte stoplicht is opgelost, super snel. Top!",
        (
            "Mijn melding werd netjes opgevolgd en ik kreeg zelfs een foto van het resultaat. Zo "
            "kan het dus ook."
        ),
        (
            "Ik wil de buschauffeur van lijn {line} bedanken, hij heeft mijn verloren portemonnee "
            "bewaard. Wat een held."
        ),
        (
            "Complimenten aan de medewerkers van het stadhuis, ik werd heel vriendelijk geholpen "
            "met mijn paspoort."
        ),
        (
            "Hele fijne buurtbijeenkomst gisteren over de herinrichting van {place}. Dank voor "
            "het luisteren."
        ),
        "Dikke merci aan de mannen van de groendienst, {place} ziet er weer top uit.",
        (
            "Na {days} dagen is de container eindelijk geleegd. Dank daarvoor, al had het wat "
            "sneller gekund."
        ),
        "Hoe laat is het stadhuis open op zaterdag?",
        "Wat zijn de openingstijden van het gemeentehuis rond de feestdagen?",
        "Hoe vraag ik een nieuw paspoort aan voor mijn kind? Moet ik een afspraak maken?",
        "Mijn identiteitskaart is verlopen, kan ik zonder afspraak langskomen?",
        "Ik ga verhuizen naar de {street}. Hoe geef ik mijn adreswijziging door?",
        "Hoe lang duurt het voordat mijn rijbewijs verlengd is? Ik ga over {days} dagen op reis.",
        (
            "Ik heb een aanslag gemeentelijke belastingen gekregen die veel te hoog is. Hoe maak "
            "ik bezwaar?"
        ),
        "Kan ik kwijtschelding krijgen voor de afvalstoffenheffing? Ik heb een bijstandsuitkering.",
        "Waarom moet ik hondenbelasting betalen terwijl er geen enkel hondenveld is in de buurt?",
        "Wanneer zijn de gemeenteraadsverkiezingen? Ik heb mijn stempas nog niet ontvangen.",
        "Ik ben mijn stempas kwijt, hoe vraag ik een nieuwe aan?",
        "Kan ik bij volmacht stemmen voor mijn moeder die in het ziekenhuis ligt?",
        "Welk stembureau is het dichtst bij {street} {num}?",
        "Hoe vraag ik een vergunning aan voor een straatfeest in de {street}?",
        "Wat is er allemaal te doen met Koningsdag op {place}?",
        "Staat de weekmarkt op {place} er ook op tweede paasdag?",
        "Is de kerstmarkt op {place} dit jaar weer? Vanaf welke datum?",
        "Kan ik subsidie aanvragen voor groene daken? Waar vind ik het formulier?",
        "Wanneer vergadert de gemeenteraad over de plannen voor {place}? Ik wil inspreken.",
        "De wethouder belooft al jaren meer woningen, er komt niets van terecht.",
        (
            "Waarom wordt er geld uitgegeven aan een nieuw kunstwerk op {place} terwijl de "
            "bibliotheek sluit?"
        ),
        "De burgemeester moet eens een avond in onze wijk komen wonen, dan snapt hij het wel.",
        "Schepen, doe eindelijk iets aan de betaalbare woningen in deze stad.",
        "Stem op onze partij bij de volgende verkiezingen, wij gaan de wijk aanpakken!",
        (
            "Ik heb vorige maand een melding gedaan en nog steeds geen reactie. Is mijn melding "
            "wel aangekomen?"
        ),
        'Mijn melding staat op "afgehandeld" maar er is niets gebeurd. Hoe kan ik bezwaar maken?',
        (
            "Ik ben niet tevreden over hoe de medewerker aan de telefoon met mij omging. Waar kan "
            "ik een klacht indienen?"
        ),
        "Ik heb per ongeluk een melding dubbel ingediend, kan er één verwijderd worden?",
        "Hoe kan ik mijn melding van vorige week aanpassen? Ik heb het verkeerde adres opgegeven.",
        "Is het zwembad in {place} open tijdens de kerstvakantie?",
        "Kan ik mijn boeken ook in een andere bibliotheek terugbrengen?",
        "Waar kan ik mijn kind aanmelden voor de zomerkampen van de stad?",
        (
            "Goedendag, wanneer worden de nieuwe plannen voor {place} gepresenteerd? Ik wil graag "
            "naar de informatieavond."
        ),
        "Dit is een test.",
        "Hallo, werkt dit formulier?",
        "Test test 123",
        "Bekijk nu onze aanbieding: zonnepanelen voor de helft van de prijs! Bel ons vandaag nog.",
        "Gefeliciteerd, u hebt een cadeaubon gewonnen! Klik op de link om hem op te halen.",
        "Goedemorgen allemaal, mooie dag vandaag hè.",
        "Weet iemand of de bakker in de {street} vandaag open is?",
        "Leuk dat er eindelijk weer een buurtfeest komt op {place}!",
        "Geweldig concert gisteravond op {place}, meer van dat!",
        "Wat een prachtige foto's van de stad op jullie pagina.",
        (
            "Kunnen jullie de verkeerde melding van gisteren verwijderen? Ik had de verkeerde "
            "categorie gekozen."
        ),
        "Vraag: waarom worden mijn meldingen via de app altijd pas na weken bekeken?",
        (
            "Hoe lang moet ik wachten op een vergunning voor een dakkapel? Al {days} dagen niks "
            "gehoord."
        ),
        "Mag ik in mijn voortuin aan de {street} een carport bouwen zonder vergunning?",
        (
            "Overlast van Airbnb-gasten op {street} {num}: elk weekend rolkoffers om 3 uur 's "
            "nachts en feestjes."
        ),
        (
            "Het buurhuis op {street} {num} wordt verhuurd aan toeristen, elke dag andere mensen "
            "die lawaai maken."
        ),
        (
            "Iemand gooit vanaf het balkon van {street} {num} eten naar beneden, de meeuwen en "
            "ratten komen erop af."
        ),
        (
            "Elke avond om {time} staat er een groep met auto's met open portieren en harde "
            "muziek bij {place}."
        ),
        "De buren op {street} {num} schreeuwen elke avond ruzie, ik maak me zorgen om de kinderen.",
        (
            "Kerkklokken van de kerk bij {place} luiden 's ochtends om 7 uur, ook in het weekend. "
            "Kan dat later?"
        ),
        "Een man plast elke avond tegen onze gevel aan de {street}, na sluitingstijd van het café.",
        (
            "Sinds de nieuwe shisha lounge aan de {street} is er elke nacht overlast van auto's "
            "en geschreeuw."
        ),
        "Er wordt elke nacht in {place} gefeest met speakers, tot {time}. Handhaving komt nooit.",
        (
            "Buurman houdt 15 katten in zijn appartement aan de {street}, het stinkt in het hele "
            "trapportaal."
        ),
        "Er zitten vleermuizen in de spouwmuur van {street} {num}. Wat mag ik daarmee?",
        "Er is een zwaan gewond aan zijn vleugel in de vijver van {place}.",
        "Twee loslopende pitbulls bij {stop}, mensen durven niet uit te stappen.",
        (
            "Tijdens de wandeling in {place} werd mijn hond aangevallen door een loslopende hond. "
            "Wat kan ik doen?"
        ),
        "Er ligt een dode rat op de stoep voor {street} {num}, al twee dagen.",
        (
            "Mijn kat is vermist sinds {days} dagen in de buurt van de {street}. Is er een dode "
            "kat gevonden?"
        ),
        "Iemand zet elke dag brood neer voor de eenden in {place}, nu zitten er overal ratten.",
        "Ratten lopen bij {place} over het terras van het café, in het volle licht.",
        (
            "In de kelder van ons appartementsgebouw aan de {street} zitten muizen, de beheerder "
            "reageert niet."
        ),
        (
            "Het leegstaande winkelpand in de {street} wordt gebruikt door daklozen om te slapen, "
            "er is al twee keer brand geweest."
        ),
        (
            "Het park {place} lijkt mooi maar 's avonds hangen er dealers en is het onveilig. "
            "Graag meer politie."
        ),
        (
            "Mensen slapen in hun auto op de parkeerplaats bij {place}, al weken. Misschien kan "
            "iemand ze helpen?"
        ),
        "Het tentenkamp bij {stop} groeit elke week, er is nu ook een hond die mensen aanvalt.",
        (
            "Er wordt vanuit de tuin van {street} {num} 's nachts vuur gestookt met plastic, het "
            "stinkt vreselijk."
        ),
        (
            "Iemand heeft de hele tuin van {street} {num} volgestouwd met autobanden en rommel. "
            "Ratten nestelen erin."
        ),
        (
            "Het huis van de overleden buurman op {street} {num} staat al twee jaar leeg, de tuin "
            "is een jungle."
        ),
        (
            "Geachte heer/mevrouw, graag vraag ik uw aandacht voor de geluidsoverlast van de "
            "horeca op {place}. Sinds het nieuwe seizoen staat de muziek tot na sluitingstijd "
            "aan. Met vriendelijke groet."
        ),
        (
            "Beste, ik ben huurder in de {street} en mijn verhuurder weigert al {days} dagen de "
            "verwarming te repareren. Kan de gemeente bemiddelen?"
        ),
        (
            "Goedemiddag, mag ik vragen wanneer de nieuwe afvalstoffenheffing wordt vastgesteld "
            "en waarom die weer omhoog gaat?"
        ),
        (
            "Geachte, wij willen een buurtbarbecue organiseren op het grasveld bij {place}. "
            "Hebben wij een vergunning nodig?"
        ),
        (
            "Beste gemeente, dank voor de snelle vervanging van het bankje in {place}. De buurt "
            "is er erg blij mee."
        ),
        (
            "Hallo, mijn moeder van 85 woont alleen in de {street} en heeft hulp nodig. Bij wie "
            "kan ik terecht voor huishoudelijke hulp?"
        ),
        (
            "Goedendag, ik wil een compliment geven aan de medewerkers van de groendienst voor "
            "het mooie bloemenperk op {place}."
        ),
        (
            "Beste, ik heb een vraag over de parkeerbelasting: waarom betaal ik als bewoner hier "
            "meer dan in de rest van de stad?"
        ),
        (
            "Geachte, sinds een maand wordt er iedere nacht rond {time} geschreeuwd en gevochten "
            "bij {place}. Ik vraag de gemeente om extra toezicht."
        ),
        "super dat het gat in de {street} eindelijk dicht is, merci!",
        "eindelijk licht in de {street}, dank jullie",
        "lawaai van de buren weer, {street} {num}, 2 uur 's nachts",
        "ratten bij de containers {street}",
        "dakloze slaapt bij {stop}, het is min 5",
        "loslopende hond {place}, niemand doet iets",
        "wanneer is het stadhuis open?",
        "hoe vraag ik een paspoort aan",
        "bedankt voor de snelle reactie!",
        "politie komt nooit als je belt over overlast in de {street}",
        "hallo?",
        (
            "Veel overlast van studentenhuis op {street} {num}: feesten op doordeweekse avonden "
            "tot {time}."
        ),
        (
            "Wie is verantwoordelijk voor het onderhoud van de tuin van het leegstaande huis op "
            "{street} {num}? Het onkruid groeit tot in onze tuin."
        ),
        "Elke avond om {time} vliegen er drones boven {place}, mag dat zomaar?",
        "Er lopen kippen en een haan los in de {street}, de haan kraait vanaf 4 uur.",
        (
            "Er staan mensen met een fototoestel onze tuin te fotograferen in de {street}. Is dat "
            "een oplichtingstruc?"
        ),
        "Buren rijden met een crossmotor door hun tuin aan de {street}, elke middag uren lawaai.",
        (
            "Dank aan de conducteur die mijn dochter gisteren hielp toen ze onwel werd in de "
            "trein. Heel attent."
        ),
        "Mooi werk, de nieuwe fietsenstalling bij {place} is prachtig. Complimenten!",
        "Dank voor het snel weghalen van het autowrak in de {street}.",
        "Hoe lang blijft het kampement in {place} nog staan? De gemeente kijkt weg.",
        "Waarom moet ik 3 weken wachten op een afspraak voor mijn rijbewijs?",
    ],
}


# Long reports: 3-6 sentences as residents really write them in a reporting app, a web form or
# an e-mail to the city (or, for transit, a long complaint to an operator): context, when it
# started, what they already tried, how it affects them, what they ask for. The department's
# object is named once or twice among many everyday words. Same slots as BODIES.
NARRATIVES: dict[str, list[str]] = {
    "traffic": [
        (
            "Beste, het verkeerslicht op de kruising van de {street} met de {place} staat sinds "
            "{days} dagen elke ochtend vast op rood. Ik rijd daar dagelijks langs met mijn "
            "kinderen op weg naar school en iedereen rijdt nu maar door rood. Ik heb het vorige "
            "week al gemeld via de app maar er is niets veranderd. Kunnen jullie alsjeblieft "
            "iemand sturen voordat er een ongeluk gebeurt? Alvast bedankt."
        ),
        (
            "Goedemiddag, ik woon al twintig jaar in de {street} en sinds de werkzaamheden van "
            "vorige maand knipperen de stoplichten bij nummer {num} alleen nog oranje. 's Avonds "
            "is het daar echt gevaarlijk, auto's komen van alle kanten. Mijn buurvrouw is gisteren "
            "bijna aangereden toen ze wilde oversteken. Graag zo snel mogelijk herstellen. Met "
            "vriendelijke groet."
        ),
        (
            "Hallo, de drukknop bij het voetgangerslicht aan de {street} reageert al weken niet "
            "meer. Je drukt en er gebeurt niets, het licht blijft gewoon rood. Mijn moeder van 84 "
            "loopt daar elke dag naar de bakker en staat dan minutenlang te wachten in de kou. Ik "
            "heb al twee keer gebeld maar niemand komt kijken. Wilt u dit alstublieft doorgeven "
            "aan de juiste afdeling?"
        ),
        (
            "Geachte heer, mevrouw, sinds {days} dagen doet de rateltikker bij het zebrapad op de "
            "{street} het niet meer. Mijn man is slechtziend en is daar echt op aangewezen om "
            "veilig over te steken. Hij durft nu niet meer alleen naar de apotheek. Ik hoop dat u "
            "hier snel iets aan kunt doen. Dank u wel."
        ),
        (
            "Dag, ik fiets elke dag van en naar mijn werk over de {street} en het fietslicht bij "
            "{place} springt gewoon nooit op groen als er geen auto staat. 's Ochtends om {time} "
            "sta ik daar soms drie minuten voor niets te wachten. De meeste fietsers rijden dan "
            "maar door rood, en dat is vragen om problemen. Misschien is de detectielus in het "
            "asfalt kapot? Graag laten controleren."
        ),
        (
            "Beste gemeente, het groene licht voor voetgangers op de kruising bij {place} duurt "
            "veel te kort. Met een kinderwagen en een peuter aan de hand haal ik de overkant niet "
            "voordat het weer rood is. Gisteren stond ik midden op de weg terwijl de auto's al "
            "optrokken. Kan de groentijd alstublieft langer worden afgesteld? Bedankt voor uw "
            "aandacht."
        ),
        (
            "Hoi, ik wil graag melden dat het verkeersbord voorrangsweg op de hoek van de {street} "
            "en de {place} is omgereden. Het ligt al sinds het weekend in de berm tussen het gras. "
            "Nu weet niemand meer wie er voorrang heeft en ik heb vanochtend al twee "
            "bijna-botsingen gezien. Graag zo snel mogelijk terugplaatsen. Groetjes."
        ),
        (
            "Goeiedag, aan de {street} ter hoogte van nummer {num} is het straatnaambord al "
            "maanden verdwenen. Pakketbezorgers, de huisarts en zelfs de ambulance vorige week "
            "konden ons niet vinden. Ik heb dit al eens gemeld maar kreeg alleen een automatisch "
            "antwoord. Zou er nu eindelijk een nieuw bordje kunnen komen? Vriendelijke groeten."
        ),
        (
            "Beste, de witte strepen van het zebrapad bij de basisschool in de {street} zijn bijna "
            "helemaal weggesleten. Automobilisten zien gewoon niet meer dat daar een "
            "oversteekplaats is. Elke ochtend lopen daar tientallen kinderen, ook de mijne, en ik "
            "sta er met mijn hart in mijn keel. Wanneer wordt dit opnieuw geschilderd? Alvast "
            "dank."
        ),
        (
            "Hallo, ik ben een van de ouders van de school aan de {street}. Sinds het begin van "
            "het schooljaar vragen we om een zebrapad bij de ingang, want de kinderen moeten nu "
            "tussen geparkeerde auto's door oversteken. Vorige week werd een jongetje bijna "
            "geschept. We hebben al een brief gestuurd met handtekeningen van veertig ouders. Kan "
            "iemand van verkeer eens komen kijken tijdens het brengen om half negen?"
        ),
        (
            "Goedenavond, elke dag parkeert dezelfde bestelbus half op de stoep voor {street} "
            "{num}. Ik zit in een rolstoel en kan er dan niet langs, ik moet de weg op tussen de "
            "auto's. Ik heb de eigenaar al vriendelijk aangesproken maar hij lacht me uit. Kan de "
            "handhaving hier alsjeblieft eens langskomen? Dank u."
        ),
        (
            "Beste meldpunt, al {days} dagen staat er een auto voor mijn uitrit aan de {street} "
            "geparkeerd. Ik kan mijn eigen auto niet meer uit de garage halen en moest gisteren "
            "met een taxi naar het ziekenhuis. Ik heb een briefje achter de ruitenwisser gedaan "
            "maar er gebeurt niets. Graag laten wegslepen of in ieder geval een bon geven. Met "
            "vriendelijke groet."
        ),
        (
            "Hallo, ik heb een kapperszaak aan de {street} en sinds een paar weken wordt de laad- "
            "en losplek voor de deur de hele dag door privéauto's bezet. Mijn leveranciers moeten "
            "dubbel parkeren en krijgen dan zelf een boete. Mijn klanten klagen ook dat ze nergens "
            "kunnen staan. Zou de parkeerwachter hier vaker kunnen controleren? Bedankt."
        ),
        (
            "Geachte, vanochtend om {time} stond er een auto pal voor de brandkraan bij {street} "
            "{num} geparkeerd, en dat gebeurt hier bijna elke nacht. Als er ooit brand uitbreekt, "
            "kan de brandweer er niet bij. Wij hebben kleine kinderen in huis en maken ons daar "
            "echt zorgen over. Kunnen jullie hier controleren en zo nodig wegslepen? Vriendelijke "
            "groet."
        ),
        (
            "Beste, de parkeerautomaat aan de {street} bij {place} is al sinds vorige week kapot. "
            "Hij slikt munten in zonder een kaartje te geven en pinnen lukt ook niet. Ik moest "
            "naar een automaat drie straten verder lopen met mijn slechte knie. Graag repareren, "
            "en wie krijgt mijn twee euro terug? Groet."
        ),
        (
            "Hallo, ik heb sinds {days} dagen een nieuwe auto maar mijn parkeervergunning voor "
            "bewoners staat nog op het oude kenteken. Ik heb het formulier online ingevuld, twee "
            "keer gebeld en een e-mail gestuurd, maar niemand past het aan. Intussen heb ik al een "
            "naheffing gekregen terwijl ik gewoon in mijn eigen straat sta. Kan iemand dit "
            "alsjeblieft regelen en die boete intrekken?"
        ),
        (
            "Dag, ik kreeg vorige week een parkeerboete in de {street} terwijl ik een geldig "
            "ticket achter de voorruit had liggen. Ik heb een foto van het ticket met de tijd "
            "erop. Ik heb bezwaar gemaakt via het formulier maar na drie weken nog steeds geen "
            "antwoord. Hoe lang duurt dit nog? Met vriendelijke groet."
        ),
        (
            "Beste gemeente, er staat al minstens twee maanden een autowrak in de {street} voor "
            "nummer {num}. Er zitten geen kentekenplaten meer op, de banden zijn lek en er groeit "
            "mos op de motorkap. Kinderen spelen erin en er ligt glas op de grond. Ik heb het al "
            "eerder gemeld maar het staat er nog steeds. Kan het nu eindelijk weggesleept worden?"
        ),
        (
            "Hoi, bij {place} staat al sinds de zomer een oude caravan zonder kenteken. Hij neemt "
            "twee parkeerplaatsen in en er wonen volgens mij geen mensen in, hij staat gewoon te "
            "verrotten. De buurt ergert zich er al maanden aan. Wie is hiervoor verantwoordelijk "
            "en kan die aanhanger weg? Dank je."
        ),
        (
            "Goedemorgen, in het fietsenrek bij {place} staan al maanden drie fietswrakken: geen "
            "zadel, verroeste ketting, één zonder voorwiel. Daardoor is er nooit plek als ik mijn "
            "fiets wil stallen voor mijn werk. Ik heb al eens een weesfiets gemeld en toen kwam er "
            "een label op, maar verder niets. Kunnen ze alsjeblieft worden weggehaald? Alvast "
            "bedankt."
        ),
        (
            "Beste, elke ochtend liggen er deelsteps kriskras over het voetpad aan de {street}. "
            "Gisteren is mijn vader van 79 er bijna over gestruikeld met zijn rollator. Ik heb al "
            "foto's gestuurd naar het algemene nummer, maar er verandert niets. Kan de gemeente "
            "afspraken maken over waar die e-steps mogen staan? Met vriendelijke groeten."
        ),
        (
            "Hallo, al {days} dagen staat er een elektrische step tegen onze voordeur aan de "
            "{street} {num}, niemand komt hem ophalen. Hij blokkeert half de ingang en 's nachts "
            "gaat hij af en toe piepen. Ik weet niet van welk bedrijf hij is. Wilt u dit doorgeven "
            "aan wie daarover gaat? Bedankt."
        ),
        (
            "Geachte heer, mevrouw, ik woon aan de {street} en hier wordt 's avonds en 's nachts "
            "veel te hard gereden. Het is een 30-zone, maar ik schat dat sommige auto's er 70 "
            "rijden. Mijn kinderen spelen graag buiten en ik durf ze niet meer alleen naar de "
            "overkant te laten gaan. Wij vragen als bewoners om een snelheidscontrole of een paar "
            "drempels. Ik hoop op een reactie."
        ),
        (
            "Beste, vorig jaar zijn er verkeersdrempels gelegd in de {street}, maar sinds de "
            "herbestrating zijn ze verdwenen. Nu is het weer een racebaan, vooral 's avonds rond "
            "{time}. Ik heb een buurtapp-groep met dertig huishoudens die allemaal hetzelfde "
            "zeggen. Kunnen die drempels terugkomen? Dank u."
        ),
        (
            "Hallo, de nieuwe verkeersdrempel bij {place} is veel te hoog en te steil. Ik heb een "
            "oude auto en schuur er elke keer met de onderkant over, en de vuilniswagen en de "
            "ambulance moeten bijna stilstaan. Ik snap dat er geremd moet worden, maar dit is "
            "overdreven. Kan iemand eens kijken of hij volgens de regels is aangelegd? Groeten."
        ),
        (
            "Goedemiddag, elke ochtend tussen half acht en negen staat het verkeer op de {street} "
            "compleet vast. Sinds de nieuwe verkeerslichten bij {place} kom je er bijna niet meer "
            "door, ik doe nu veertig minuten over een ritje van tien. Ook de bus staat in die "
            "file. Is er iets veranderd aan de afstelling? Graag naar kijken."
        ),
        (
            "Beste, sinds maandag is de {street} afgesloten vanwege werkzaamheden, maar de "
            "omleiding is nergens aangegeven. Vrachtwagens en auto's rijden nu allemaal door onze "
            "smalle woonstraat en draaien vast bij het doodlopende stuk. Gisteren raakte een "
            "vrachtwagen de spiegel van mijn auto. Kunnen er alsjeblieft duidelijke borden komen "
            "voor de omleiding?"
        ),
        (
            "Hallo, ik las dat de {street} {days} dagen dicht zou zijn, maar de wegafsluiting "
            "staat er nu al een maand. De hekken staan er, maar er wordt niet gewerkt. Mijn winkel "
            "ligt precies achter de afzetting en klanten denken dat we dicht zijn. Kunt u zeggen "
            "wanneer de weg weer open gaat?"
        ),
        (
            "Dag, ik fiets dagelijks met mijn twee kinderen in de bakfiets over het fietspad langs "
            "de {street}. Het fietspad houdt plotseling op bij {place} en dan moet je zo de drukke "
            "weg op tussen de vrachtwagens. Ik heb al vaak gedacht dat het mis ging. Is er een "
            "plan om dat fietspad door te trekken? Ik hoor het graag."
        ),
        (
            "Beste gemeente, de fietsstraat in de {street} werkt niet. Auto's halen ons met 50 in, "
            "toeteren als je in het midden fietst en snijden je af. Gisteren om {time} werd mijn "
            "dochter van veertien bijna van haar fiets gereden. Er moet echt iets gebeuren, "
            "misschien borden of belijning die duidelijker maken dat de auto te gast is."
        ),
        (
            "Hallo, op het fietspad langs {place} staan sinds een paar weken elke dag auto's "
            "geparkeerd, vooral bij de snackbar. Als fietser moet je dan uitwijken naar de "
            "rijbaan. Ik heb een keer gebeld maar toen was er niemand beschikbaar om te "
            "controleren. Zou de handhaving hier eens langs kunnen komen rond etenstijd?"
        ),
        (
            "Goeiemiddag, het kruispunt van de {street} met de {place} is echt levensgevaarlijk. "
            "Je ziet van rechts niets aankomen door de geparkeerde bestelwagens en de auto's komen "
            "daar met hoge snelheid. Er zijn dit jaar al drie ongevallen gebeurd, ik heb er zelf "
            "één gezien. Kan er een spiegel komen, of een verkeerslicht, of een stopbord? Met "
            "vriendelijke groet."
        ),
        (
            "Beste, sinds een maand rijden er elke dag grote vrachtwagens door onze woonwijk aan "
            "de {street}, blijkbaar omdat hun navigatie dat aangeeft. De huizen trillen, de straat "
            "is smal en de kinderen spelen hier buiten. Gisteren reed er een de hoek van een "
            "tuinmuur mee. Kan er een verbod voor vrachtverkeer komen? Dank u."
        ),
        (
            "Hallo, ik woon op de hoek bij {place} en elke avond staan er auto's te toeteren bij "
            "het verkeerslicht. Taxi's die claxonneren naar elkaar, mensen die ongeduldig worden, "
            "soms tot {time}. Mijn baby wordt er steeds wakker van. Kan er iets aan de "
            "doorstroming of aan die verkeerslichten gedaan worden? Bedankt."
        ),
        (
            "Geachte, ik wil een gevaarlijke situatie melden. Bij de uitrit van de parkeergarage "
            "aan de {street} is de verkeersspiegel helemaal kapot en verdraaid. Je ziet als "
            "automobilist de fietsers niet aankomen, en vanochtend heb ik bijna een scholier "
            "geraakt. Ik schrok me rot. Graag die spiegel zo snel mogelijk vervangen."
        ),
        (
            "Hoi, bij de school in de {street} staan elke ochtend ouders dubbel geparkeerd en op "
            "de stoep om hun kinderen af te zetten. Wij lopen met onze kinderen, maar we moeten "
            "over de rijbaan omdat de stoep vol staat. Ik heb het al bij de school aangekaart, die "
            "zeggen dat de gemeente moet handhaven. Kan er een kiss-and-ride zone of controle "
            "komen?"
        ),
        (
            "Beste, ik heb een gehandicaptenparkeerkaart en de invalidenparkeerplaats voor mijn "
            "huis aan de {street} {num} wordt constant door andere auto's gebruikt. Ik moet dan "
            "ver weg parkeren en kan bijna niet lopen. Ik heb al heel vaak gebeld. Kan er vaker "
            "gecontroleerd worden? Met vriendelijke groet."
        ),
        (
            "Dag, het bord met de blauwe zone in de {street} is weg, waardoor niemand meer weet "
            "dat je een parkeerschijf moet gebruiken. Nu staan er de hele dag forenzen en vinden "
            "bewoners geen plekje meer. Ik ben zelf 's avonds laat thuis van mijn werk en moet "
            "drie straten verder parkeren. Zou het bord terug kunnen komen? Groetjes."
        ),
        (
            "Hallo, er is in onze straat geen enkele parkeerplek meer vrij sinds er aan de "
            "{street} betaald parkeren is ingevoerd. Iedereen wijkt nu uit naar onze kant. Mijn "
            "schoonvader komt op bezoek en moet tien minuten lopen met zijn stok. Kan het "
            "parkeerbeleid hier ook worden uitgebreid, of komen er bezoekersvergunningen? "
            "Vriendelijke groet."
        ),
        (
            "Beste, sinds de nieuwe inrichting van de {street} is de belijning van de rijstroken "
            "onduidelijk. Vanaf de rotonde weet niemand meer in welke baan hij moet, mensen "
            "wisselen op het laatste moment en snijden elkaar. Vooral in het donker en bij regen "
            "zie je de strepen bijna niet. Kunnen die markeringen opnieuw worden aangebracht?"
        ),
        (
            "Geachte heer, mevrouw, de haaientanden en de stopstreep bij de kruising aan de "
            "{street} zijn niet meer te zien. Mensen uit de zijstraat denken nu dat ze voorrang "
            "hebben. Ik heb er gisteren een aanrijding zien gebeuren, gelukkig alleen blikschade. "
            "Ik hoop dat dit snel wordt opgelost voor er gewonden vallen."
        ),
        (
            "Hallo, het bord van de 30-zone aan het begin van de {street} is helemaal verstopt "
            "achter de takken van een boom. Je ziet het pas als je er al voorbij bent. Ik denk dat "
            "veel automobilisten echt niet weten dat ze daar langzaam moeten. Kan iemand het bord "
            "beter zichtbaar maken? Dank u wel."
        ),
        (
            "Beste, ik wil melden dat het verkeersbord eenrichtingsverkeer aan de kant van {place} "
            "is verdraaid. Het wijst nu de verkeerde kant op en ik zie steeds vaker auto's de "
            "straat verkeerd in rijden. Met al die spelende kinderen is dat gevaarlijk. Zou dat "
            "bord goed gezet kunnen worden?"
        ),
        (
            "Goedemorgen, bij het kruispunt aan de {street} staat een van de verkeerslichten "
            "helemaal scheef na een aanrijding. Het rode licht wijst nu naar de stoep in plaats "
            "van naar de weg. Ik heb het zaterdag al doorgegeven maar het hangt er nog steeds zo "
            "bij. Graag snel verhelpen. Groeten."
        ),
        (
            "Hallo, er staat al {days} dagen een busje met een grote aanhanger geparkeerd in de "
            "{street}, zonder geldige parkeervergunning. Het neemt drie plekken in en er wordt "
            "niets mee gedaan. Ik wil niemand zwart maken, maar wij betalen voor onze vergunning. "
            "Kan de handhaving even kijken?"
        ),
        (
            "Beste gemeente, op zaterdagen is de {street} bij het winkelcentrum volledig verstopt "
            "door auto's die rondjes rijden op zoek naar een parkeerplek. Bewoners kunnen hun "
            "eigen straat niet meer in of uit. Ik heb zaterdag een half uur vastgestaan voor mijn "
            "eigen deur. Kan er een verwijsbord naar de parkeergarage komen of iets anders? Dank."
        ),
        (
            "Dag, ik ben slechtziend en gebruik een blindengeleidehond. Bij de oversteekplaats aan "
            "de {place} is het tikkende geluid van het voetgangerslicht weggevallen, en de "
            "ribbeltegels zijn verplaatst bij de werkzaamheden. Ik weet nu niet meer precies waar "
            "ik moet oversteken. Kan dat opnieuw bekeken worden? Bedankt voor uw hulp."
        ),
        (
            "Hoi, ik rij elke dag met de auto naar mijn werk en bij de rotonde aan de {street} is "
            "de omleiding die sinds maandag geldt heel verwarrend. De gele borden wijzen naar een "
            "straat die ook afgesloten is. Ik ben gisteren drie keer rondgereden. Wie kan die "
            "bewegwijzering aanpassen?"
        ),
        (
            "Beste, ik woon aan een doorgaande weg, de {street}, en sinds de brug aan de andere "
            "kant dicht is rijdt al het sluipverkeer door onze wijk. Honderden auto's per uur, ook "
            "'s nachts. De kinderen kunnen niet meer buiten spelen. Kunnen er tijdelijke "
            "maatregelen komen zoals een knip of een verkeersbord? Met vriendelijke groet."
        ),
        (
            "Goedemiddag, ik wil een hardrijder melden. Elke avond rond {time} scheurt er een "
            "motor door de {street}, veel te hard, met een knal uitlaat. Ik weet de eigenaar niet. "
            "Is het mogelijk dat er een flitser of een snelheidsmeter met smiley komt te hangen? "
            "Dat zou de buurt al veel helpen."
        ),
        (
            "Beste, de snelheidsdisplay met de smiley aan de {street} staat al weken uit. Sinds "
            "hij het niet meer doet rijdt iedereen weer harder. Ik heb twee jonge kinderen die "
            "hier naar school fietsen. Kan hij weer aangezet of gerepareerd worden? Alvast "
            "hartelijk dank."
        ),
        (
            "Hallo, bij {place} is een nieuwe parkeergarage gekomen, maar er staan op de {street} "
            "geen verwijzingsborden naar de ingang. Bezoekers rijden eindeloos rondjes door de "
            "woonstraten en parkeren uiteindelijk toch op de stoep. Wij als bewoners worden er gek "
            "van. Graag borden plaatsen. Vriendelijke groet."
        ),
        (
            "Beste, ik zie al sinds december een auto met een lege band en een ingeslagen ruit in "
            "de {street} staan. De ramen zijn afgeplakt met vuilniszakken en er ligt post op de "
            "stoel. Ik denk dat hij achtergelaten is. Kunt u nagaan van wie hij is en of hij weg "
            "kan? Dank u."
        ),
        (
            "Hoi, in het fietsenrek bij het station aan de {place} staan zoveel kapotte en "
            "achtergelaten fietsen dat het rek helemaal vol is. Ik fiets dagelijks naar de trein "
            "en moet mijn fiets nu tegen een lantaarnpaal zetten, wat ook niet mag. Wanneer wordt "
            "er weer geruimd? Groetjes."
        ),
        (
            "Dag, ik ben een oudere man en loop elke ochtend naar de markt. Bij het zebrapad op de "
            "{street} stoppen auto's gewoon niet, ze rijden door alsof je er niet staat. Gisteren "
            "moest ik terugspringen. Misschien kan er een verkeersplateau of een knipperlicht bij "
            "het zebrapad komen? Dank u bij voorbaat."
        ),
        (
            "Beste, de slagboom bij de ingang van de bewonersparkeerplaats aan de {street} staat "
            "al {days} dagen open, en nu parkeren daar allemaal mensen van buiten. Wij kunnen 's "
            "avonds nergens meer terecht. Kan de gemeente dit laten repareren of controleren? "
            "Groet."
        ),
        (
            "Goedendag, vanuit ons raam zien we elke dag vrachtwagens die achteruit de {street} "
            "inrijden omdat ze niet kunnen keren. Ze rijden dan over het trottoir en gisteren "
            "bijna over een moeder met een buggy. Er moet een bord komen dat de straat niet "
            "geschikt is voor vrachtverkeer. Alvast bedankt."
        ),
        (
            "Hallo, ik heb een bloemenwinkel op de hoek bij {place} en de bezorgers van "
            "pakketdiensten staan de hele dag dubbel geparkeerd met de alarmlichten aan. Het "
            "verkeer moet er via het fietspad omheen. Dat is toch niet de bedoeling? Zou daar een "
            "laad- en losplek voor kunnen komen?"
        ),
        (
            "Beste gemeente, we hebben als buurt een schoolstraat gekregen in de {street}, maar de "
            "hekken worden 's ochtends vaak niet neergezet. Dan rijden de auto's gewoon door "
            "tussen de fietsende kinderen. Wie is er verantwoordelijk voor het plaatsen van die "
            "hekken? We willen graag dat het goed geregeld wordt."
        ),
        (
            "Dag, sinds de nieuwe rotonde bij {place} er ligt, snappen veel mensen niet wie "
            "voorrang heeft: de fietsers of de auto's. Ik heb het al drie keer bijna zien misgaan, "
            "en vorige week is een scholier aangereden. Kunnen de haaientanden en borden "
            "duidelijker worden gemaakt?"
        ),
        (
            "Geachte, ik wil u wijzen op de wegversmalling in de {street}. Er staat een bord dat "
            "tegenliggers voorrang hebben, maar door een geparkeerde camper kan niemand het bord "
            "nog zien. Die camper staat er al {days} dagen. Zou iemand dit kunnen bekijken?"
        ),
        (
            "Hallo, ik woon naast een bouwplaats aan de {street} en de bouwers parkeren hun busjes "
            "de hele dag op het fietspad en op de stoep. Ik moet met mijn kinderwagen over de "
            "rijbaan. Ik heb de uitvoerder al aangesproken, maar die zegt dat hij een ontheffing "
            "heeft. Klopt dat? En zo niet, kan er gehandhaafd worden?"
        ),
        (
            "Beste, de bewoners van de {street} hebben vorig jaar gevraagd om een extra "
            "oversteekplaats bij de speeltuin. Er is toen gezegd dat het op de lijst stond. Nu "
            "zijn we een jaar verder en er is niets gebeurd, terwijl de kinderen nog steeds tussen "
            "de auto's door rennen. Wat is de stand van zaken?"
        ),
        (
            "Dag, vanaf {time} 's ochtends staat er op het kruispunt aan de {street} altijd een "
            "enorme file omdat het linksafvak veel te kort is. Auto's blokkeren dan ook de "
            "rechtdoorstrook. Ik rij hier al tien jaar en het is alleen maar erger geworden. Kan "
            "de verkeersregeling worden aangepast?"
        ),
        (
            "Goedenavond, ik ben een motorrijder en wil melden dat er bij de bocht aan de {street} "
            "een nieuw bord staat dat je pas ziet als je er al voorbij bent. Het gaat om een "
            "waarschuwing voor een verkeersdrempel. Ik ben er bijna onderuit gegaan. Kan het bord "
            "eerder in de bocht geplaatst worden?"
        ),
        (
            "Hallo, sinds een paar weken staat er op de parkeerplaats achter {place} een oude "
            "bestelwagen met lekke banden en zonder kenteken. Er wordt 's nachts in gerommeld, "
            "volgens mij wordt hij leeggehaald voor onderdelen. Wilt u hem alstublieft laten "
            "verwijderen? Alvast dank."
        ),
        (
            "Beste, ik stuur deze melding namens de bewonerscommissie van de {street}. Het "
            "parkeren in onze straat is een chaos: auto's staan op de hoeken, voor de uitritten en "
            "half op het trottoir. De vuilniswagen kon vorige week niet eens de straat in. Wij "
            "vragen om vaker toezicht van de parkeerhandhaving. Met vriendelijke groet."
        ),
        (
            "Hoi, de parkeerapp geeft aan dat je in de {street} niet hoeft te betalen, maar er "
            "staat wel een automaat en ik heb een boete gekregen. Welke informatie klopt nu? Ik "
            "heb al via het contactformulier gevraagd maar kreeg geen antwoord. Graag "
            "duidelijkheid over het parkeertarief en de bebording."
        ),
        (
            "Goedemorgen, aan de {street} staat de tijdelijke verkeerslichtinstallatie bij de "
            "werken de hele nacht op rood in één richting, ook als er geen werkverkeer is. Mensen "
            "wachten minuten en rijden dan maar door rood. Ik heb het gisteren gezien toen ik om "
            "{time} van mijn nachtdienst kwam. Graag laten nakijken."
        ),
        (
            "Beste, ik ben fietser en elke dag moet ik bij {place} over een oversteek zonder enige "
            "markering. Er is geen fietsoversteek aangegeven, en auto's weten niet dat ze moeten "
            "stoppen. Zou daar een fietsoversteekplaats met blokmarkering kunnen komen? Bedankt."
        ),
        (
            "Hallo, iemand heeft de verkeerspaaltjes die auto's van het plein bij {place} moeten "
            "weren weggehaald. Sindsdien rijden er weer auto's over het plein waar kinderen spelen "
            "en waar de markt staat. Ik heb het een week geleden al gezegd tegen een medewerker "
            "van de stad. Wanneer worden die paaltjes teruggezet?"
        ),
        (
            "Geachte, er hangt in de {street} een parkeerverbodsbord voor een verhuizing van "
            "{days} dagen geleden. De verhuizing is lang voorbij maar het bord staat er nog, en "
            "mensen krijgen er nu een bon. Kan het weg? Met vriendelijke groet."
        ),
        (
            "Goedendag, ik ben bezorger en rij de hele dag door de stad. In de {street} staat een "
            "nieuw bord 'verboden in te rijden' zonder onderbord, terwijl er toch "
            "bestemmingsverkeer moet kunnen komen. Iedereen rijdt er nu toch in en het is "
            "onduidelijk wat de regel is. Kan dit worden verduidelijkt?"
        ),
        (
            "Hallo, mijn zoon van twaalf fietst elke dag over de {street} naar de middelbare "
            "school. Er is daar geen fietspad en de auto's halen hem met hoge snelheid in, ook "
            "bussen en vrachtwagens. Ik lig er 's nachts wakker van. Is er een plan voor een "
            "veilige fietsroute? Ik hoop van harte van wel."
        ),
        (
            "Beste, voor onze flat aan de {street} {num} is al weken een parkeerplek afgezet met "
            "linten en hekjes van een verhuisbedrijf dat allang weg is. Niemand mag er parkeren en "
            "we hebben al zo weinig plekken. Kan iemand dat laten opruimen? Dank u."
        ),
        (
            "Dag, ik wil graag een klacht indienen over de parkeerwachters in de {street}. Mijn "
            "vrouw stond twee minuten stil om boodschappen uit te laden en kreeg direct een boete, "
            "terwijl de auto's die dagenlang op de stoep staan nooit beboet worden. Kan er wat "
            "eerlijker worden gecontroleerd? Met vriendelijke groet."
        ),
        (
            "Hallo, na de storm van afgelopen nacht ligt het bord met de voorrangsregeling bij "
            "{place} plat op het fietspad. Fietsers moeten er omheen. Vanochtend om {time} ben ik "
            "er bijna tegenaan gereden in het donker. Graag snel rechtzetten of weghalen."
        ),
        (
            "Beste, al sinds de zomer is de {street} afgesloten voor een evenement dat allang "
            "voorbij is. De dranghekken en het bord 'weg afgesloten' staan er nog. Navigatie "
            "stuurt iedereen om en de winkels in de straat lijden eronder. Wie haalt die afzetting "
            "weg?"
        ),
        (
            "Goedemiddag, bij de kruising {street} / {place} is het linksaf-pijltje van het "
            "verkeerslicht kapot. Alleen de rechtdoor-lichten werken, dus niemand weet wanneer hij "
            "linksaf mag. Het levert elke ochtend gevaarlijke situaties op. Ik heb al gebeld met "
            "het algemene nummer maar daar wisten ze niet wie het moest oplossen."
        ),
        (
            "Hoi, ik ben nieuw in de buurt en zag dat er op de {street} 's nachts een hele rij "
            "auto's op de groenstrook staat geparkeerd. Is dat toegestaan? De bewoners zeggen dat "
            "het al jaren zo gaat. Ik vraag het omdat er ook regelmatig een auto voor de oprit "
            "staat. Graag uitleg of handhaving."
        ),
        (
            "Geachte, als eigenaar van een café aan {place} wil ik melden dat de nieuwe knip in de "
            "{street} ervoor zorgt dat alle leveranciers nu achteruit door een smalle steeg "
            "moeten. Er is al twee keer een gevel geraakt. Zou er een laad- en losregeling of "
            "ontheffing kunnen komen?"
        ),
        (
            "Beste, mijn dochter is vorige week op het fietspad aan de {street} aangereden door "
            "een scooter die veel te hard reed. Die brommers horen daar niet, maar ze rijden er "
            "dagelijks met 40 of 50. Kunnen er borden komen of kan er gecontroleerd worden? Dank "
            "u."
        ),
        (
            "Dag, er staat in onze straat, de {street}, al een hele tijd een auto met buitenlandse "
            "nummerplaten die niet meer wordt gebruikt. Hij staat op een plek voor elektrisch "
            "laden, zodat niemand meer kan laden. Kunt u uitzoeken of hij daar mag staan? "
            "Vriendelijke groet."
        ),
        (
            "Hallo, sinds de aanleg van het nieuwe fietspad in de {street} staan de paaltjes "
            "midden op het fietspad, in het donker zie je die niet. Ik ben er gisteravond tegenaan "
            "gefietst en heb nu een blauwe knie. Er zijn meer mensen gevallen. Kunnen die paaltjes "
            "reflectoren krijgen of weg?"
        ),
        (
            "Beste, de verkeerslichten bij de oprit naar de ringweg aan {place} zijn zo afgesteld "
            "dat de file tot ver in de woonwijk staat. Wij kunnen onze eigen straat niet meer uit "
            "tussen vier en zes uur. Ik heb al eerder een melding gemaakt, nummer weet ik niet "
            "meer. Kan er nog eens naar gekeken worden?"
        ),
        (
            "Goedemorgen, ik ben een zelfstandige klusjesman en parkeer vaak met mijn bus voor "
            "klanten. In de {street} staat nu een bord dat alleen vergunninghouders mogen "
            "parkeren, maar nergens staat hoe je een dagvergunning voor bedrijven kunt aanvragen. "
            "Hoe regel ik dat? Bedankt."
        ),
        (
            "Hallo, de afslag naar onze wijk vanaf de {street} is 's avonds slecht te zien: het "
            "richtingbord is vies en onleesbaar, en de lamp die het verlichtte doet het ook niet "
            "meer. Bezoekers rijden steeds door. Kan het wegwijsbord schoongemaakt of vervangen "
            "worden?"
        ),
        (
            "Beste, wij wonen aan het eind van de {street} en er worden op het keerpunt steeds "
            "aanhangwagens en boten op trailers geparkeerd, soms weken. De vuilniswagen en de "
            "brandweer kunnen daar niet meer keren. Kan er een parkeerverbod komen voor "
            "aanhangers? Met vriendelijke groet."
        ),
        (
            "Dag, ik was vanochtend getuige van een bijna-ongeluk op het zebrapad bij {stop}. Een "
            "automobilist stopte niet omdat hij de oversteek niet zag door de geparkeerde auto's "
            "ervoor. Als moeder van twee die daar elke dag oversteken, maak ik me zorgen. Kan er "
            "een parkeerverbod bij het zebrapad komen?"
        ),
        (
            "Hallo, al {days} dagen staat op het kruispunt bij {place} een kapotte scooter tegen "
            "het verkeerslicht. Het ding ligt half op het fietspad, zonder kenteken, en er hangt "
            "een kettingslot aan. Volgens mij is hij gestolen en gedumpt. Graag laten ophalen."
        ),
        (
            "Goedemiddag, ik ben taxichauffeur en bij de taxistandplaats aan {place} staan altijd "
            "gewone auto's geparkeerd. Daardoor moeten wij dubbel parkeren met klanten en krijgen "
            "wij de boetes. Ik heb het al vaker gemeld, maar ik zie nooit een handhaver. Zou daar "
            "vaker toezicht kunnen komen?"
        ),
        (
            "Beste, de {street} is sinds vorige week een eenrichtingsstraat, maar de borden zijn "
            "alleen aan één kant geplaatst. Aan de andere kant rijden mensen er gewoon in en staan "
            "ze dan neus aan neus. Er is gisteren al geschreeuw en geduw geweest. Graag duidelijke "
            "bebording aanbrengen. Alvast bedankt."
        ),
        (
            "Hoi, ik ben scholier en fiets elke dag langs {place}. Het fietslicht daar springt op "
            "groen tegelijk met de auto's die rechtsaf slaan, en ik ben al twee keer bijna "
            "geschept door een vrachtwagen. Kunnen de fietsers niet eerder groen krijgen? Dank je."
        ),
        (
            "Dag, ik meld graag dat er in de {street} een paar maanden geleden een parkeerautomaat "
            "is weggehaald maar het bord betaald parkeren er nog staat. Je kunt dus nergens "
            "betalen en de app werkt niet bij mij. Wat moet ik nu doen, en kunnen de borden worden "
            "aangepast?"
        ),
        (
            "Geachte, mijn moeder is vorige maand verhuisd naar het seniorencomplex aan de "
            "{street}. Bij de ingang is geen oversteekplaats en de auto's komen er met 50 langs. "
            "Bewoners met een rollator steken daar over om naar de supermarkt te gaan. Kan er een "
            "zebrapad of een middeneiland komen? Met vriendelijke groet."
        ),
        (
            "Hallo, de hele {street} staat op zaterdagavond vol met auto's van bezoekers van de "
            "sporthal. Ze parkeren in de bochten en op de kruising, waardoor je als bewoner niet "
            "kunt zien of er iets aankomt. Ik heb al eens een bijna-aanrijding gehad met mijn kind "
            "achterin. Graag een oplossing voor het parkeren."
        ),
        (
            "Beste, op de {street} wordt door sommige jongeren 's nachts geracet met auto's, en ze "
            "gebruiken de rechte weg als dragstrip. Om {time} hoor je de motoren brullen en de "
            "banden gieren. Kunnen er drempels of snelheidscamera's komen? De hele buurt zou u "
            "dankbaar zijn."
        ),
    ],
    "public_works": [
        (
            "Beste, voor ons huis aan de {street} {num} zit al sinds {days} dagen een diep gat in "
            "de weg. Het begon als een klein scheurtje na de vorst, maar nu is het een kuil van "
            "een halve meter breed. Gisteren is de buurjongen er met zijn fiets in gereden en "
            "gevallen. Ik heb het vorige week al gemeld maar er is nog niemand geweest. Kunnen "
            "jullie alsjeblieft iemand sturen om het te dichten? Alvast bedankt."
        ),
        (
            "Goedemiddag, ik woon al twintig jaar in de {street} en de stoeptegels voor nummer "
            "{num} liggen helemaal los en scheef. Mijn moeder van 86 is er vorige week over "
            "gestruikeld en heeft haar pols gebroken. Ik heb het al twee keer doorgegeven via de "
            "app. Wanneer wordt dit eindelijk hersteld? Met vriendelijke groet."
        ),
        (
            "Hallo, de lantaarnpaal voor ons huis aan de {street} doet het al weken niet meer. 's "
            "Avonds is het aardedonker en mijn dochter van vijftien durft niet meer alleen van de "
            "bushalte naar huis te lopen. Ik heb het al eens gemeld maar er is niets gebeurd. Kan "
            "er alsjeblieft iemand langskomen om de lamp te vervangen? Dank u wel."
        ),
        (
            "Geachte heer, mevrouw, sinds {days} dagen branden er in het hele stuk van de {street} "
            "tussen {place} en de school geen straatlantaarns meer. Ik laat elke avond de hond uit "
            "en zie letterlijk niet waar ik loop. Ook de fietsers zijn nauwelijks te zien. Ik hoop "
            "dat u dit snel kunt oplossen. Vriendelijke groeten."
        ),
        (
            "Dag, de straatverlichting aan de {street} brandt sinds vorige week de hele dag door, "
            "ook midden op de middag. Het lijkt me zonde van de energie en van ons belastinggeld. "
            "Ik heb het aan de buren gevraagd en die zien het ook. Kan er iemand naar kijken?"
        ),
        (
            "Beste gemeente, tijdens de storm van afgelopen nacht is er een grote tak van de boom "
            "voor {street} {num} afgebroken. Hij ligt nu half over de stoep en een deel hangt nog "
            "boven de geparkeerde auto's. Ik ben bang dat hij er elk moment op valt, of op iemand "
            "die langs loopt. Kan er vandaag nog iemand komen om de boom te bekijken? Alvast dank."
        ),
        (
            "Hoi, de bomen in de {street} zijn al jaren niet gesnoeid. De takken hangen zo laag "
            "dat ik er met mijn fiets tegenaan rijd, en een bus of vrachtwagen schuurt er elke dag "
            "langs. 's Avonds houden ze ook het licht van de lantaarnpalen tegen. Kunnen ze dit "
            "jaar op de snoeilijst? Groetjes."
        ),
        (
            "Goeiedag, de wortels van de grote plataan voor ons huis in de {street} duwen het "
            "voetpad helemaal omhoog. De tegels staan wel vijf centimeter uit. Ik duw elke dag een "
            "kinderwagen en moet dan de rijweg op. Ik heb het al eerder gemeld en toen kreeg ik "
            "een nummer, maar er is niets veranderd. Kunt u laten weten wanneer het hersteld "
            "wordt?"
        ),
        (
            "Beste, afgelopen nacht is er een boom omgewaaid in het park bij {place}. Hij ligt "
            "dwars over het wandelpad en er hangen takken in de omheining van de speeltuin. "
            "Kinderen klimmen er al op. Ik denk dat het gevaarlijk is zolang hij er zo ligt. Graag "
            "snel laten weghalen. Met vriendelijke groet."
        ),
        (
            "Hallo, ik loop dagelijks met mijn hond door {place} en ik zie dat de grote eik bij de "
            "ingang een flinke scheur in de stam heeft. Er zitten ook paddenstoelen aan de voet. "
            "Ik ben geen expert, maar ik ben bang dat hij een keer omvalt, en daar spelen altijd "
            "kinderen. Kan er een boomdeskundige naar kijken? Bedankt."
        ),
        (
            "Dag, het gras langs de {street} en in het plantsoen bij {place} is al sinds de lente "
            "niet meer gemaaid. Het staat tot kniehoogte en er ligt allerlei afval tussen. Mijn "
            "kleinkinderen kunnen er niet meer spelen. Vroeger kwam de maaier elke twee weken, wat "
            "is er veranderd? Graag weer maaien."
        ),
        (
            "Beste, de heg langs het fietspad aan de {street} is zo ver uitgegroeid dat je er niet "
            "meer met twee fietsers naast elkaar langs kunt. Ik fiets daar elke ochtend met mijn "
            "zoontje naar school en we krijgen steeds takken in ons gezicht. Wie snoeit die haag? "
            "Alvast bedankt."
        ),
        (
            "Hallo, op de stoep van de {street} groeit zoveel onkruid tussen de tegels dat het er "
            "verwaarloosd uitziet. Sommige planten zijn een halve meter hoog. Ik ben 78 en kan het "
            "zelf niet meer weghalen, vroeger deed ik het voor mijn deur. Komt de gemeente nog "
            "langs om te wieden? Vriendelijke groet."
        ),
        (
            "Goedemorgen, in de speeltuin bij {place} is de ketting van een van de schommels "
            "gebroken. Het zitje hangt nu aan één kant, en gisteren viel er een klein meisje af. "
            "Ik ben zelf moeder van drie en kom er bijna elke dag. Ik heb er een touw omheen "
            "gebonden met een briefje, maar dat is niet genoeg. Graag zo snel mogelijk repareren."
        ),
        (
            "Beste, de glijbaan in het speeltuintje in de {street} heeft een scherpe scheur aan de "
            "zijkant. Mijn zoon heeft zijn been er gisteren aan opengehaald. Er spelen daar de "
            "hele dag peuters. Kunt u de glijbaan afzetten totdat hij gerepareerd is? Ik maak me "
            "echt zorgen."
        ),
        (
            "Hallo, in de speeltuin bij {place} liggen glasscherven in de zandbak en onder het "
            "klimrek. Ik vind ze elke week opnieuw, waarschijnlijk van jongeren die er 's avonds "
            "drinken. De zandbak zou vaker gereinigd moeten worden. Kan er iemand komen om het "
            "zand te zeven of te vervangen?"
        ),
        (
            "Dag, het bankje bij de vijver in {place} is al maanden kapot: twee latten zijn eruit "
            "en er steken spijkers uit. Ik ben slecht ter been en was gewend om daar onderweg naar "
            "de winkel even uit te rusten. Nu kan dat niet meer. Kan er een nieuw bankje komen of "
            "kunnen de planken vervangen worden?"
        ),
        (
            "Beste, het openbaar toilet bij {place} is al weken gesloten. Er hangt alleen een "
            "briefje 'buiten gebruik'. Ik ben diabeet en ben 's middags vaak in het park met mijn "
            "kleinkinderen, dan is dat erg lastig. Wanneer gaat het weer open? Met vriendelijke "
            "groet."
        ),
        (
            "Hoi, de drinkwaterfontein in {place} doet het al sinds het begin van de zomer niet "
            "meer. Met deze hitte lopen veel mensen en hardlopers daar met lege flesjes rond. Het "
            "zou fijn zijn als hij gerepareerd wordt voordat de volgende hittegolf komt. Bedankt."
        ),
        (
            "Goedemiddag, de afvalbak bij de bushalte {stop} aan de {street} zit al de hele week "
            "propvol. Het afval ligt ernaast op de stoep en waait over de weg. De mensen die op de "
            "bus wachten gooien hun blikjes er gewoon bij. Kan die prullenbak vaker geleegd "
            "worden? Alvast dank."
        ),
        (
            "Beste, sinds de nieuwe snackbar aan de {street} is geopend, puilt de vuilnisbak op de "
            "hoek elke avond uit. Het ligt er vol met bakjes, blikjes en servetjes, en de meeuwen "
            "trekken alles uit elkaar. Ik ben ondernemer in de straat en veeg elke ochtend voor "
            "mijn deur. Zou er een grotere afvalbak kunnen komen?"
        ),
        (
            "Hallo, in het park bij {place} ligt na elk mooi weekend ontzettend veel zwerfafval: "
            "plastic bekers, pizzadozen, lachgascapsules en glas. Ik ruim met mijn buurvrouw "
            "wekelijks een paar zakken op, maar we kunnen het niet bijhouden. Kan de gemeente "
            "vaker komen schoonmaken, en misschien extra afvalbakken plaatsen?"
        ),
        (
            "Dag, er is afgelopen nacht een hele lading bouwafval gedumpt aan het einde van de "
            "{street}, bij de ingang van het fietspad. Gipsplaten, stukken hout met spijkers en "
            "een oude wc-pot. Mijn kinderen fietsen daar langs naar school. Ik heb een foto "
            "gemaakt van een busje dat er 's nachts stond. Graag zo snel mogelijk laten ophalen."
        ),
        (
            "Beste, naast de ondergrondse container aan de {street} ligt al {days} dagen een berg "
            "vuilniszakken. De container zelf zit vol of de klep klemt, ik weet het niet precies. "
            "Het stinkt vreselijk en er komen katten en vogels op af. Ik heb het al twee keer "
            "gemeld via de app. Graag leegmaken en de container repareren."
        ),
        (
            "Goedemorgen, er staat sinds het weekend een oude bank, een matras en een kapotte kast "
            "voor de flat aan de {street} {num}. Niemand weet van wie het is. Als het gaat regenen "
            "wordt het een doorweekte troep. Kunnen jullie het als grofvuil ophalen? Dank u."
        ),
        (
            "Hallo, ik heb vorige maand een afspraak gemaakt voor het ophalen van grofvuil, een "
            "koelkast en een oude wasmachine. Op de afgesproken dag is er niemand gekomen en de "
            "spullen staan nog steeds aan de straat. De buren klagen al. Ik heb gebeld, maar "
            "niemand kan me zeggen wanneer het wordt opgehaald. Kan iemand dit regelen?"
        ),
        (
            "Beste, de gft-bak in onze straat, de {street}, is deze week niet geleegd. Alle andere "
            "bakken in de straat wel, alleen de kant van de even nummers is overgeslagen. Met dit "
            "warme weer zitten er al maden in. Kan de wagen alsnog langskomen? Alvast bedankt."
        ),
        (
            "Geachte, voor de tweede keer deze maand is onze grijze container niet opgehaald. Ik "
            "zet hem netjes de avond ervoor aan de straat, met de handgreep naar de weg toe. Ik "
            "woon alleen en ben 81, ik kan de bak niet zelf ver slepen. Wat gaat er mis en kan het "
            "opgelost worden? Met vriendelijke groet."
        ),
        (
            "Hallo, onze kliko is gisteren kapotgegaan toen de vuilniswagen hem leegde. Het deksel "
            "is eraf gebroken en een wiel ligt op straat. Nu kunnen we hem niet meer gebruiken. "
            "Hoe kan ik een nieuwe container aanvragen? Dank u wel."
        ),
        (
            "Dag, we zijn net verhuisd naar de {street} {num} en er staat geen papierbak of "
            "plasticbak bij het huis. De vorige bewoners hebben die volgens mij meegenomen. Hoe "
            "kunnen we nieuwe afvalbakken aanvragen en hoe lang duurt dat? Bedankt voor uw hulp."
        ),
        (
            "Beste, de glasbak bij {place} is al zeker een week vol. Mensen zetten hun flessen en "
            "potten ernaast en er ligt nu overal gebroken glas. Ik ben gisteren met mijn fiets "
            "door de scherven gereden en had een lekke band. Kunt u de glascontainer vaker laten "
            "legen?"
        ),
        (
            "Goedemiddag, de kledingcontainer aan de {street} is overvol. Er liggen zakken met "
            "kleding en schoenen ernaast op de stoep die opengescheurd zijn. Het ziet er niet uit "
            "en het trekt nog meer afval aan. Graag laten legen en opruimen. Met vriendelijke "
            "groet."
        ),
        (
            "Hallo, bij de ondergrondse restafvalcontainer op de hoek van de {street} werkt de "
            "klep niet meer met mijn pasje. Het lampje blijft rood. Ik heb het geprobeerd met de "
            "pas van de buurvrouw en die werkt ook niet. Nu zetten we de zakken maar ernaast, wat "
            "natuurlijk niet de bedoeling is. Kan de container gerepareerd worden?"
        ),
        (
            "Beste, de straat wordt in onze wijk nauwelijks meer geveegd. Sinds de herfst ligt er "
            "een dikke laag bladeren in de goot en op de stoep aan de {street}. Het is spekglad "
            "als het regent en mijn buurman is er vorige week uitgegleden. Komt de veegwagen nog "
            "eens langs?"
        ),
        (
            "Dag, de bladeren van de bomen in de {street} verstoppen alle putjes in de straat. Bij "
            "elke regenbui staat het water tot aan de stoeprand en gisteren liep het bijna onze "
            "kelder in. Ik heb al een keer zelf de bladeren van het rooster geschept. Kan de "
            "gemeente de kolken laten schoonmaken?"
        ),
        (
            "Hallo, het is al drie dagen glad in de {street}, maar er is nog niet gestrooid. De "
            "stoep voor de apotheek is een ijsbaan en ik heb al twee mensen zien vallen. Mijn "
            "vrouw durft niet meer naar buiten. Kan er zout gestrooid worden, ook op de stoepen en "
            "fietspaden? Dank u."
        ),
        (
            "Beste gemeente, na de sneeuwval van gisteren is het fietspad langs de {street} niet "
            "geruimd, terwijl de autoweg ernaast wel schoon is. Ik fiets elke dag naar mijn werk "
            "in het ziekenhuis en ben vanochtend onderuit gegaan. Kan het fietspad ook worden "
            "meegenomen bij het strooien en schuiven?"
        ),
        (
            "Goedemorgen, ik woon op de hoek van de {street} en de regenwaterput voor mijn deur is "
            "volledig verstopt. Bij elke bui staat er een enorme plas op de kruising en rijden "
            "auto's erdoorheen, zodat de voetgangers kletsnat worden. Mijn kinderen moeten daar "
            "langs naar school. Kunnen jullie het putje komen doorspuiten? Alvast dank."
        ),
        (
            "Hallo, sinds een paar weken stinkt het in de {street} naar riool. Vooral rond het "
            "putdeksel voor nummer {num} komt een vreselijke lucht naar boven, en 's avonds zitten "
            "we niet meer in de voortuin. Ik heb het al gemeld maar er is niemand geweest. Kan er "
            "gekeken worden of het riool verstopt is?"
        ),
        (
            "Beste, bij de zware regenval van gisteravond is onze kelder aan de {street} voor de "
            "tweede keer dit jaar ondergelopen. Het water komt uit het riool omhoog via het putje. "
            "Ik heb de buren gesproken en zij hebben hetzelfde probleem. Kan de gemeente kijken of "
            "het riool wel groot genoeg is? Met vriendelijke groet."
        ),
        (
            "Dag, de hele {street} staat bij elke regenbui blank. Het water stroomt over de stoep "
            "tot aan de voordeuren. De oude dame op nummer {num} kan dan haar huis niet uit. Dit "
            "is al zo sinds de weg vorig jaar opnieuw is geasfalteerd. Graag laten onderzoeken wat "
            "er mis is met de afvoer."
        ),
        (
            "Hallo, er komt al sinds gisterochtend water uit de grond bij de stoeprand van "
            "{street} {num}. Het lijkt op een lekkende waterleiding, het water borrelt tussen de "
            "tegels omhoog en loopt de straat in. Bij vorst wordt dat een ijsbaan. Ik weet niet of "
            "het de gemeente of het waterbedrijf is, maar graag doorgeven."
        ),
        (
            "Beste, de brandkraan aan de {street} lekt al een week. Er staat permanent een plas "
            "water omheen en er groeit al groene aanslag op de stoep. Het lijkt me zonde van het "
            "water en bij vorst wordt het gevaarlijk. Kan iemand de kraan dichtdraaien of "
            "repareren? Dank u."
        ),
        (
            "Goedemiddag, het putdeksel midden op de weg voor {street} {num} rammelt "
            "verschrikkelijk. Elke keer als er een auto of een bus overheen rijdt hoor je een "
            "harde klap, ook 's nachts. Ik lig er uren wakker van. Het deksel ligt volgens mij "
            "los. Zou iemand het kunnen vastzetten?"
        ),
        (
            "Hallo, vanochtend zag ik dat het deksel van de put op het fietspad aan de {street} "
            "verschoven is. Er zit nu een open gat van zeker twintig centimeter. Als je daar in "
            "het donker in fietst, breek je je nek. Ik heb er een verkeerskegel van de werken "
            "naast gezet. Kan er vandaag nog iemand komen?"
        ),
        (
            "Beste, de nieuwe muur van het buurthuis aan {place} is weer helemaal volgespoten met "
            "graffiti. Het gaat niet om kunst, maar om tags en scheldwoorden, ook richting de "
            "buren. Kinderen van de basisschool lopen er elke dag langs. Ik heb het vorige maand "
            "al gemeld en toen werd het snel weggehaald, dank daarvoor. Kan het opnieuw "
            "schoongemaakt worden?"
        ),
        (
            "Dag, op het viaduct bij de {street} staat sinds gisteren een grote kwetsende tekst op "
            "de betonnen muur gespoten. Iedereen die met de auto of de fiets onder het viaduct "
            "door gaat ziet het. Het is echt schandalig. Graag zo snel mogelijk verwijderen. Met "
            "vriendelijke groet."
        ),
        (
            "Hallo, de bouwput aan de {street} is slecht afgezet. De hekken zijn deels omgewaaid "
            "en er ligt een diepe sleuf open naast de stoep. Vanavond liep een man met een hond "
            "bijna in het gat. Wie is de aannemer? Kunt u ervoor zorgen dat het goed wordt "
            "afgezet? Dank u."
        ),
        (
            "Beste, een maand geleden hebben ze de {street} opengebroken voor nieuwe leidingen. De "
            "sleuf is dichtgegooid met zand, maar de klinkers zijn nooit teruggelegd. Nu ligt er "
            "een zandpad met kuilen en modder middenin de straat. Ik heb een kledingwinkel in de "
            "straat en klanten lopen er met vieze schoenen binnen. Wanneer wordt het netjes "
            "afgewerkt?"
        ),
        (
            "Geachte, ik loop elke dag over de voetgangersbrug bij {place} en de planken van het "
            "brugdek zijn op verschillende plekken rot en gebroken. Er zit nu een gat waar je je "
            "voet doorheen kunt steken. Vooral voor kinderen en ouderen is het gevaarlijk. Graag "
            "laten repareren of afsluiten."
        ),
        (
            "Hallo, de leuning van de trap naar het park bij {place} zit los. Hij wiebelt als je "
            "erop steunt en een paar treden zijn afgebrokkeld. Mijn moeder is slecht ter been en "
            "kan alleen met de leuning naar beneden. Kan dit gerepareerd worden? Vriendelijke "
            "groet."
        ),
        (
            "Beste, het hek rond het grasveld aan de {street} is al maanden kapot. Er ontbreken "
            "meerdere stukken en de palen hangen scheef. Ik laat daar mijn jonge kinderen spelen, "
            "maar ze rennen zo de straat op. Kan het hek hersteld worden?"
        ),
        (
            "Dag, de keermuur langs de {street} bij nummer {num} begint te verzakken. Er zitten "
            "grote scheuren in en er vallen stenen op de stoep. Ik maak me zorgen dat hij een keer "
            "instort als er iemand naast loopt. Ik heb het al doorgegeven maar er is nog niemand "
            "langs geweest. Graag snel bekijken."
        ),
        (
            "Goedenavond, bij het sportveld aan {place} liggen gebruikte injectienaalden in de "
            "bosjes naast het pad. Mijn dochter van zes vond er vanmiddag een en raakte hem bijna "
            "aan. Ik durf er nu niet meer met de kinderen naartoe. Kunnen die spuiten opgeruimd "
            "worden, en misschien regelmatig gecontroleerd?"
        ),
        (
            "Hallo, in de sloot langs de {street} drijft een dikke laag afval, plastic flessen en "
            "zelfs een winkelwagentje. Het water staat stil en stinkt in de zomer. Ik woon er met "
            "mijn gezin pal naast. Kan de sloot worden geschoond? Alvast bedankt."
        ),
        (
            "Beste, de vijver in {place} is helemaal dichtgegroeid met kroos en algen. Het water "
            "is groen en het stinkt, en er drijven vuilniszakken in. Het was altijd een mooie plek "
            "om te wandelen met de kleinkinderen. Kan er iemand komen om de vijver schoon te "
            "maken?"
        ),
        (
            "Goedemorgen, het beekje achter de huizen aan de {street} is door omgevallen takken en "
            "zwerfafval helemaal verstopt. Het water komt nu tot aan onze tuinen. Als het nog een "
            "paar dagen regent, lopen de schuren onder. Kan de gemeente de beek vrijmaken? Dank u."
        ),
        (
            "Dag, het dak van het buurthuis aan {place} lekt al sinds de winter. Er staan emmers "
            "in de zaal en de vloer is kromgetrokken. Wij organiseren er elke woensdag "
            "koffieochtenden voor ouderen en dat wordt nu lastig. Het gebouw is van de gemeente, "
            "dus ik meld het hier. Graag laten repareren."
        ),
        (
            "Hallo, de verwarming in de gymzaal van de gemeentelijke sporthal aan de {street} doet "
            "het al weken niet. De kinderen van de turnclub sporten in hun jas. Wie is er "
            "verantwoordelijk voor het onderhoud van het gebouw? Ik hoop dat het snel wordt "
            "opgelost."
        ),
        (
            "Beste, in de {street} zijn de kasseien aan het verzakken. Er zijn geulen ontstaan "
            "waarin het water blijft staan en waar je met de fiets in wegglijdt. Mijn man is er "
            "vorige week gevallen en heeft zijn schouder bezeerd. Wanneer worden die kasseien "
            "hersteld?"
        ),
        (
            "Hoi, het asfalt bij de ingang van de supermarkt aan de {street} ligt vol gaten. Met "
            "een winkelwagen is het een ramp, en gisteren lag er een oudere dame op de grond. Het "
            "is volgens mij gemeentegrond, niet van de winkel. Graag snel dichten. Groetjes."
        ),
        (
            "Geachte, sinds de vorst van vorige maand zit er in de {street} het ene gat naast het "
            "andere in het wegdek. Ik rij elke dag met de auto naar mijn werk en ik heb al een "
            "velg beschadigd. Ik wil graag weten of ik mijn schade kan verhalen en wanneer de weg "
            "wordt gerepareerd."
        ),
        (
            "Hallo, bij de bushalte {stop} aan de {street} is de stoep helemaal kapot. De tegels "
            "zijn gebroken en er ligt een kuil precies waar je uitstapt. Gisteren is een mevrouw "
            "met een boodschappentas gestruikeld toen ze uit de bus stapte. Kan de stoep bij de "
            "halte worden hersteld?"
        ),
        (
            "Beste, de stoeprand op de hoek van de {street} en de {place} is bij een aanrijding "
            "afgebroken en er liggen nu stukken beton op straat. Ik duw een rolstoel en die "
            "helling was de enige plek waar ik de stoep op kon. Nu kan ik er niet meer langs. "
            "Graag repareren."
        ),
        (
            "Dag, wij wonen aan de {street} en de straat is sinds vorige week helemaal beschadigd "
            "door zware vrachtwagens van een bouwproject. Het wegdek is gescheurd en bij de stoep "
            "verzakt. Ik snap dat er gebouwd moet worden, maar wie gaat dit herstellen? Kan de "
            "gemeente het controleren?"
        ),
        (
            "Goedemiddag, op het fietspad langs {place} zitten wortelopdruk en scheuren die je 's "
            "avonds niet ziet. Ik fiets hier elke avond terug van mijn werk en het schudt me bijna "
            "van mijn fiets. Er zijn al mensen gevallen. Kan het fietspad opnieuw geasfalteerd "
            "worden? Alvast dank."
        ),
        (
            "Beste, de lantaarnpaal aan de {street} bij {num} is bij een aanrijding scheefgereden "
            "en staat nu half over de stoep. Er steken draden uit het voetstuk. Ik ben bang dat er "
            "kinderen aan zitten. Kan iemand van de openbare verlichting vandaag nog komen kijken?"
        ),
        (
            "Hallo, de lamp in het fietstunneltje onder de {street} is al weken kapot. Het is er "
            "'s avonds pikdonker en ik fiets daar elke dag met mijn dochter naar de sportclub. We "
            "voelen ons daar niet veilig. Graag zo snel mogelijk de verlichting repareren."
        ),
        (
            "Dag, de straatlamp voor {street} {num} knippert de hele nacht aan en uit. Het licht "
            "schijnt recht in onze slaapkamer en het lijkt wel een discotheek. Ik heb al dikke "
            "gordijnen, maar het helpt niet. Kan de lamp vervangen worden?"
        ),
        (
            "Beste, in het park bij {place} doen de wandelpadlampen het al maanden niet meer. Ik "
            "loop daar 's avonds na mijn werk door naar huis en het is volledig donker. Ik heb het "
            "twee keer gemeld en kreeg een bevestiging, maar er is niets gebeurd. Wanneer wordt "
            "het gerepareerd?"
        ),
        (
            "Goedemorgen, de kerstverlichting die de gemeente in de {street} heeft opgehangen, "
            "hangt nog steeds aan de lantaarnpalen, terwijl het al maart is. Een snoer hangt los "
            "en slingert bij harde wind tegen de ramen. Kan iemand het komen weghalen? Bedankt."
        ),
        (
            "Hallo, de prullenbakken in {place} worden in het weekend niet geleegd. Zondagavond "
            "zit alles propvol en er ligt afval tot op het gras. Maandagochtend gaan de kinderen "
            "er naar de speeltuin en dan ligt alles nog verspreid. Kunnen de bakken ook op "
            "zaterdag of zondag worden geleegd?"
        ),
        (
            "Beste, er ligt al dagen een berg vuilnis op de stoep voor {street} {num} na een "
            "kapotgescheurde vuilniszak. Het afval waait over de straat. Ik heb al geprobeerd het "
            "bij elkaar te vegen maar er komt steeds meer bij. Kan de straatreiniging langskomen?"
        ),
        (
            "Dag, ik heb een bakkerij aan de {street} en elke ochtend ligt de stoep voor mijn "
            "winkel vol met sigarettenpeuken, blikjes en flessen van de kroeg ernaast. Ik veeg het "
            "elke dag op, maar de goot en het plantvak zijn niet van mij. Komt de veegdienst hier "
            "nog wel eens? Met vriendelijke groet."
        ),
        (
            "Hallo, achter de flat aan de {street} staat een afvalcontainer die al weken niet is "
            "geleegd. Mensen gooien er van alles bij: dozen, matrassen, een fietsframe. Het stinkt "
            "en er lopen 's avonds dieren rond. Wie is verantwoordelijk voor het ophalen? Graag "
            "laten weghalen."
        ),
        (
            "Beste, op de oprit van de parkeergarage bij {place} liggen al een week lang de resten "
            "van een illegale dumping: autobanden, verfblikken en een paar zakken met afval. De "
            "verf lekt over de straat. Ik vind dat echt onverantwoord. Kan het met spoed worden "
            "opgehaald?"
        ),
        (
            "Goedendag, we hebben als buurt een opruimactie gehouden in het parkje aan de {street} "
            "en hebben twintig zakken afval verzameld. We hebben ze netjes bij de ingang gezet, "
            "zoals afgesproken met de wijkmedewerker, maar ze zijn na een week nog niet opgehaald. "
            "Kunnen ze worden meegenomen?"
        ),
        (
            "Hallo, de papiercontainer aan de {street} is al een week vol en mensen leggen karton "
            "ernaast. Nu het heeft geregend is het een papperige massa die over de stoep waait. Ik "
            "woon recht tegenover de container. Kan hij vaker worden geleegd?"
        ),
        (
            "Beste, ik heb een nieuwe gft-container aangevraagd omdat de oude gescheurd is, maar "
            "na zes weken heb ik hem nog steeds niet. Intussen gooi ik mijn groenteresten bij het "
            "restafval, wat ik eigenlijk niet wil. Kunt u kijken wat er met mijn aanvraag is "
            "gebeurd? Dank u."
        ),
        (
            "Dag, de ophaaldienst heeft vanochtend onze afvalbak leeggemaakt en hem midden op de "
            "stoep laten staan, omgevallen. Mijn buurman met een rollator kon er niet langs. Dat "
            "gebeurt elke week. Kunnen de mensen van de vuilniswagen de bakken alstublieft "
            "terugzetten aan de kant?"
        ),
        (
            "Hallo, in onze straat, de {street}, is het snoeiafval van de bomen al twee weken niet "
            "opgehaald. De takken liggen op hopen langs de stoep en de kinderen bouwen er hutten "
            "van op de weg. Wanneer worden ze opgehaald? Met vriendelijke groet."
        ),
        (
            "Beste, de tuinafvalzakken die we vorige week aan de straat moesten zetten, zijn niet "
            "opgehaald. Nu zitten ze vol water en scheuren ze. Het hele voetpad ligt vol met gras "
            "en bladeren. Kan de ophaling alsnog langskomen?"
        ),
        (
            "Goedemorgen, er ligt sinds gisteren een berg zand en stenen op het trottoir voor "
            "{street} {num}, restanten van werkzaamheden aan de leidingen. Ik moet met mijn "
            "kinderwagen over de weg. De werklui zijn vertrokken zonder op te ruimen. Kan het "
            "worden weggehaald?"
        ),
        (
            "Hallo, de afwatering van de {street} werkt niet goed. Na een bui blijft er een diepe "
            "plas staan precies bij de bushalte, en als er een bus langskomt word je kletsnat "
            "gespat. Ik sta daar elke ochtend om {time} met mijn kinderen te wachten. Kan de goot "
            "of het putje worden aangepast?"
        ),
        (
            "Beste, bij de vijver in {place} is de houten beschoeiing ingestort. Het pad brokkelt "
            "af in het water en er is een gat waar je zo in kunt stappen. Er lopen veel ouderen en "
            "kinderen. Graag afzetten en herstellen."
        ),
        (
            "Dag, het grasveld waar de kinderen voetballen achter de {street} staat na elke "
            "regenbui blank en wordt een modderpoel. Het gras is helemaal weg. Ik heb gehoord dat "
            "de drainage kapot is. Kan de gemeente dit bekijken?"
        ),
        (
            "Hallo, ik wil graag melden dat in {place} een deel van de bloembakken en "
            "plantenbakken kapot en leeg is. Er staan alleen nog dode planten in en er liggen "
            "peuken en blikjes in. Het was altijd zo mooi. Komt de groendienst er nog langs?"
        ),
        (
            "Beste, de kauwgomresten op de stoep in de winkelstraat, de {street}, zijn echt "
            "verschrikkelijk. De hele stoep is bedekt met zwarte vlekken. Als winkelier schaam ik "
            "me voor mijn klanten. Is er een mogelijkheid om de stoep eens grondig te laten "
            "reinigen?"
        ),
        (
            "Goedemiddag, op de stoep voor {street} {num} ligt al dagen een grote olievlek, "
            "waarschijnlijk van een lekkende bus van de werkzaamheden. Het is glad en als het "
            "regent loopt het de goot in. Kan de straatreiniging het schoonmaken?"
        ),
        (
            "Hallo, ik kom elke dag met de rolstoel langs de {street}. Er is nergens een verlaagde "
            "stoeprand bij de oversteek, zodat ik niet van de stoep af kan. Ik moet een heel eind "
            "omrijden. Kan er een oprit in de stoep gemaakt worden?"
        ),
        (
            "Beste, er hangt al weken een dikke tak over de stoep bij de ingang van de school in "
            "de {street}. Elke keer als het waait kraakt hij. Ouders en kinderen lopen er massaal "
            "onderdoor. Ik heb hem gefotografeerd en stuur de foto mee. Graag snel laten snoeien "
            "voordat er een ongeluk gebeurt."
        ),
        (
            "Dag, de gemeente heeft vorig jaar nieuwe bomen geplant in de {street}, maar ze "
            "krijgen geen water en de helft is al dood. De boomspiegels liggen vol met afval. "
            "Zonde van het geld. Worden ze nog vervangen of verzorgd?"
        ),
        (
            "Hallo, er staat een boomstronk op de stoep voor {street} {num}, van een boom die "
            "vorig jaar gekapt is. De stronk steekt een halve meter uit en 's avonds lopen mensen "
            "er tegenaan. Kan hij worden weggefreesd?"
        ),
        (
            "Beste gemeente, de takken van de bomen langs de {street} hangen tot op de daken van "
            "de huizen. Onze dakgoot zit elke herfst vol bladeren en vorige week is er een tak "
            "door een dakraam gevallen. Ik heb al eerder om snoeien gevraagd. Wanneer komen "
            "jullie?"
        ),
        (
            "Goedemiddag, de klimrekken in de speeltuin aan de {street} zijn helemaal verroest en "
            "een van de trapjes zit los. Mijn kleinzoon haalde zijn hand open aan een scherpe "
            "rand. Ik vind dat voor een speeltuin niet veilig. Kan het speeltoestel worden "
            "nagekeken?"
        ),
        (
            "Hallo, de wip in het speelpleintje bij {place} is kapot en de valondergrond onder het "
            "klimtoestel is weg, er ligt alleen nog kale grond met stenen. Een kind dat daar valt "
            "kan zich flink bezeren. Graag repareren voor de zomervakantie begint."
        ),
        (
            "Beste, het hekje van de speeltuin aan de {street} sluit niet meer. Honden lopen nu "
            "los tussen de kinderen en de peuters lopen zo de straat op. Het scharnier is "
            "gebroken. Zou dat snel gemaakt kunnen worden?"
        ),
        (
            "Dag, de picknicktafels in {place} zijn helemaal versplinterd en er steken schroeven "
            "uit. Wij hebben er met de kinderen een verjaardag willen vieren, maar we konden er "
            "niet aan zitten. Kan de gemeente ze vervangen of opknappen?"
        ),
        (
            "Hallo, de openbare urinoir bij {place} is verstopt en het lekt tot over de stoep. Het "
            "stinkt verschrikkelijk, vooral 's zomers met de terrassen ernaast. Als "
            "horecaondernemer krijg ik er klachten over. Kan de toiletvoorziening worden "
            "schoongemaakt en gerepareerd?"
        ),
        (
            "Beste, in de fontein op {place} ligt sinds weken afval en het water staat stil. Het "
            "is groen en er drijven blikjes in. Toeristen maken foto's van die troep. Komt de "
            "fontein weer aan deze zomer? Met vriendelijke groet."
        ),
        (
            "Goedemorgen, de waterput op het plein bij {place} is kapot: de pomp loopt niet meer "
            "en er ligt afval in. Kinderen speelden er graag mee. Kan iemand het komen herstellen? "
            "Dank u."
        ),
        (
            "Hallo, ik woon in een flat aan de {street} en de ondergrondse plasticcontainer zit "
            "altijd al vóór het weekend vol. Vaak staan er op zondag tien zakken naast. Is het "
            "mogelijk om de container vaker te legen of een extra container te plaatsen?"
        ),
        (
            "Beste, er is vannacht een heleboel asbestachtig materiaal gedumpt bij het fietspad "
            "langs de {street}. Het zijn golfplaten die gebroken zijn. Ik ben bang dat het "
            "gevaarlijk is. Kunt u dit laten weghalen door een gespecialiseerd bedrijf? Alvast "
            "bedankt."
        ),
        (
            "Dag, bij {place} staat al een maand een kapotte koelkast en een paar oude autobanden. "
            "Niemand komt het ophalen. De kinderen spelen er omheen. Ik heb het al gemeld bij de "
            "buurtconciërge, maar die verwees me naar de gemeente. Graag laten ophalen."
        ),
        (
            "Hallo, ik wil graag melden dat de afvalbak bij de tramhalte {stop} sinds een week "
            "kapot is. De bodem is eruit gevallen, dus alle afval valt er gewoon onderdoor op de "
            "stoep. De wachtende mensen merken het niet eens. Kan er een nieuwe bak komen?"
        ),
        (
            "Beste, de hondenpoepbakjes in {place} worden niet meer geleegd. Ze zitten propvol en "
            "de zakjes liggen erom heen. Als hondenbezitter wil ik het netjes doen, maar zo kan "
            "het niet. Graag vaker legen."
        ),
        (
            "Geachte, de trappen van de voetgangerstunnel bij de {street} zijn in de winter "
            "spekglad en worden nooit gestrooid. Vanochtend ben ik met mijn boodschappen van de "
            "trap gegleden. Ik ben gelukkig alleen geschrokken. Kan er gestrooid worden of een "
            "antislipstrook op komen?"
        ),
        (
            "Hallo, na de hevige sneeuwval van vannacht is het voetpad voor het seniorencomplex "
            "aan de {street} nog niet sneeuwvrij gemaakt. De bewoners kunnen de deur niet uit. Ik "
            "ben mantelzorger en kwam er bijna niet door met de boodschappen. Kan de sneeuwploeg "
            "hier langskomen?"
        ),
        (
            "Beste, door de vorst zijn de straatputten in de {street} dichtgevroren en ligt de "
            "straat vol ijs. Auto's glijden bij de bocht en de buren hebben al twee keer zelf zand "
            "gestrooid. Zou de strooiwagen hier kunnen komen?"
        ),
        (
            "Dag, de zandzakken die de gemeente had neergelegd bij de kade aan {place} zijn "
            "weggespoeld. Het water van de rivier staat hoog en de kelders in de straat lopen vol. "
            "Ik maak me zorgen over de komende nacht. Kan er iemand komen kijken?"
        ),
        (
            "Goedemiddag, de greppel langs de {street} is volgelopen met aarde en takken. Het "
            "water kan niet meer weg en staat nu op de weg en in de tuinen. Ik ben eigenaar van "
            "een klein boerderijwinkeltje langs de weg en mijn klanten parkeren in de modder. Kan "
            "de greppel worden uitgediept?"
        ),
        (
            "Hallo, bij de bushalte {stop} hangt de lantaarnpaal vol met stickers en is de lamp "
            "kapot. 's Avonds sta je er in het donker op de bus te wachten. Ik vind het niet "
            "veilig voor de scholieren die er elke dag staan. Kan de straatlamp gerepareerd "
            "worden?"
        ),
        (
            "Beste, de stoep in de {street} is na de aanleg van glasvezel slecht teruggelegd. De "
            "tegels wiebelen, er zijn gaten en de randen zijn ongelijk. Ik duw elke dag mijn "
            "dochter in haar rolstoel naar school en we zitten steeds vast. Wie moet dit "
            "herstellen?"
        ),
        (
            "Dag, ik ben fietskoerier en op de brug bij {place} liggen de voegen tussen de "
            "betonplaten zo ver open dat mijn wiel erin blijft steken. Ik ben er vorige week bijna "
            "gevallen. Kan er iemand naar het wegdek van de brug kijken?"
        ),
        (
            "Hallo, op het marktplein bij {place} liggen na elke markt hopen met kapotte kratten, "
            "groenteresten en plastic. De markt is om vier uur voorbij, maar pas de volgende "
            "ochtend wordt het opgeruimd. Het trekt veel meeuwen en het stinkt. Kan het eerder "
            "worden schoongeveegd?"
        ),
        (
            "Beste, een paar weken geleden is er een bankje bij de bushalte {stop} aan de {street} "
            "weggehaald, waarschijnlijk omdat het kapot was. Er is geen nieuw bankje geplaatst. Ik "
            "ben 82 en kan niet lang staan. Kan er alstublieft weer een zitbank komen?"
        ),
        (
            "Goedemorgen, het gras in de middenberm van de {street} wordt nooit gemaaid en is nu "
            "zo hoog dat je bij het oversteken niet meer ziet of er een auto aankomt. Mijn "
            "kinderen moeten daar over op weg naar de voetbal. Graag laten maaien."
        ),
        (
            "Hallo, ik wil een klacht indienen over de werkzaamheden in de {street}. Er wordt al "
            "drie maanden gewerkt aan het riool, maar de helft van de tijd staan de machines stil. "
            "De stoep is opengebroken, de voordeuren zijn bijna onbereikbaar en er zijn geen "
            "loopplanken gelegd. Wanneer is dit klaar?"
        ),
        (
            "Beste, bij de speeltuin aan de {street} ligt een putdeksel dat kantelt als je erop "
            "stapt. Een kind kan er zo in vallen. Ik heb er een steen op gelegd, maar dat is "
            "natuurlijk niet genoeg. Graag vandaag nog laten vastzetten."
        ),
        (
            "Dag, de gemeentelijke begraafplaats aan de {street} wordt slecht onderhouden. De "
            "paden liggen vol bladeren, het onkruid groeit tussen de graven en de waterkraan om "
            "bloemen water te geven doet het niet. Mijn vader ligt daar begraven en ik vind het "
            "triest om te zien. Kan er meer onderhoud komen?"
        ),
        (
            "Hallo, de muur van de onderdoorgang bij {place} is al maanden ondergekalkt met "
            "graffiti, en sinds kort ook met obscene tekeningen. Mijn kinderen van zes en negen "
            "lopen daar elke dag door naar school en stellen me vragen. Kan de muur schoongemaakt "
            "of overgeschilderd worden?"
        ),
        (
            "Beste, er is op het bruggetje over de sloot bij de {street} een stuk van de reling "
            "afgebroken. Nu kun je zo in het water vallen. Er fietsen elke dag kinderen overheen "
            "en 's avonds is het slecht verlicht. Graag snel repareren. Alvast dank."
        ),
        (
            "Goedemiddag, in de {street} is het trottoir na het kappen van een boom nooit "
            "hersteld. Er zit nu een groot vierkant gat met aarde waar bij regen een modderpoel "
            "ontstaat. Mijn man met een rollator is er vorige week in gezakt. Wanneer komen er "
            "weer tegels?"
        ),
        (
            "Hallo, de hondenuitlaatplaats bij {place} is niet meer schoongemaakt en het gras is "
            "niet gemaaid. Het ligt er vol met poep en het stinkt. Ik ben zelf hondeneigenaar en "
            "ruim altijd op, maar anderen niet. Kan de gemeente er weer onderhoud aan doen?"
        ),
        (
            "Beste, er staat sinds maanden een kapotte reclamezuil van de gemeente aan de "
            "{street}. Het glas is gebroken en de scherven liggen op de stoep. Ik heb het al "
            "eerder gezegd tegen een medewerker van de stadsreiniging. Kunt u zorgen dat het wordt "
            "opgeruimd en hersteld?"
        ),
        (
            "Dag, bij het fietspad langs de {street} ligt al dagen een kapotte fles en "
            "glasscherven verspreid over het hele pad. Ik heb al twee lekke banden gehad deze "
            "week. Komt de veegwagen hier nog langs? Met vriendelijke groet."
        ),
        (
            "Hallo, na de kermis op {place} is het plein nog steeds niet schoongemaakt. Er ligt "
            "overal glas, plastic bekertjes en etensresten. De kermis is al drie dagen weg. Kan de "
            "reinigingsdienst alsjeblieft komen?"
        ),
        (
            "Beste, ik wil melden dat de stoep voor de basisschool aan de {street} al weken vol "
            "ligt met bladeren en slijk. De kinderen glijden uit als ze naar binnen rennen. De "
            "school heeft het al gevraagd, maar er gebeurt niets. Kan de veegploeg langskomen?"
        ),
        (
            "Goedemorgen, de steile helling naar de fietsbrug bij {place} wordt bij gladheid nooit "
            "gestrooid. Vanochtend lag er een scholier met zijn fiets onderaan. Ik heb hem "
            "geholpen, hij had een schaafwond. Kunnen jullie daar strooien als het vriest?"
        ),
        (
            "Hallo, de regenpijp van de gemeentelijke bibliotheek aan {place} is kapot, het water "
            "klettert op de stoep en in de winter vriest het daar vast. Ik werk als vrijwilliger "
            "in de bieb en zie de bezoekers elke dag uitglijden. Kan de gemeente het herstellen?"
        ),
        (
            "Beste, sinds de riolering in de {street} vernieuwd is, zakt de weg bij de putten in. "
            "Er zijn bulten en kuilen ontstaan waar je met de auto flink doorheen bonkt. Ik woon "
            "op nummer {num} en de bussen die erdoor rijden doen mijn ramen trillen. Kan het "
            "wegdek gelijk worden gemaakt?"
        ),
        (
            "Dag, ik wil het even melden: de oude lantaarnpalen in de {street} zijn vervangen door "
            "nieuwe ledlampen, maar die schijnen alleen op de weg en niet meer op het voetpad. Ik "
            "loop 's avonds met mijn hond en zie de tegels niet meer. Kan de verlichting beter "
            "worden afgesteld?"
        ),
        (
            "Hallo, de gemeentelijke fietsenstalling bij {place} is in slechte staat: het dak "
            "lekt, de rekken zijn verbogen en de verlichting is kapot. Ik stal er elke dag mijn "
            "fiets en hij staat altijd in een plas. Kan de stalling worden opgeknapt?"
        ),
        (
            "Beste, op het grasveld achter de {street} zitten sinds het evenement van vorige maand "
            "diepe sporen en gaten van de vrachtwagens. Het veld is zo hobbelig geworden dat mijn "
            "zoon er zijn enkel heeft verzwikt. Kan het veld worden geëgaliseerd?"
        ),
        (
            "Goedendag, bij de hoek van de {street} ligt een hoop grind en aarde op de weg, "
            "waarschijnlijk van een vrachtwagen die is omgeslagen of van werken. Als het droog is "
            "waait het stof overal naartoe, als het nat is wordt het modder. Kan de "
            "straatreiniging dit opruimen?"
        ),
        (
            "Hallo, de bijenweide die de gemeente aan de {street} heeft ingezaaid, is nu een grote "
            "wildernis met brandnetels en distels. Kinderen kunnen niet meer over het pad dat er "
            "doorheen loopt. Ik vind het idee mooi, maar kan er wel een pad worden vrijgemaakt?"
        ),
        (
            "Beste, al weken gaat er een pomp van een bouwput aan de {street} dag en nacht door en "
            "die loost het water gewoon op straat. Nu staat de weg permanent onder water en bij "
            "vorst is het een ijsbaan. Wie houdt toezicht op deze bouwplaats?"
        ),
        (
            "Dag, de vlonder langs het water bij {place} is aan het rotten en er zitten gaten in "
            "de planken. Ik loop er elke ochtend mijn rondje en moet steeds oppassen waar ik mijn "
            "voet zet. Graag laten repareren voordat iemand door het hout zakt."
        ),
        (
            "Hallo, de ondergrondse vuilcontainer aan de {street} staat scheef en de klep kan niet "
            "meer open. Er staan al {days} dagen vuilniszakken omheen. Er zijn ook al ratten "
            "gezien. Ik heb drie keer gebeld en twee keer gemaild. Kan deze container nu echt "
            "worden gerepareerd?"
        ),
        (
            "Beste, bij de ingang van het zwembad aan {place} hangt een lantaarnpaal half uit de "
            "grond na een aanrijding. Er lopen dagelijks kinderen langs en de paal wiebelt bij "
            "harde wind. Graag snel komen kijken, ik ben bang dat hij omvalt."
        ),
        (
            "Goedemorgen, het voetpad langs de {street} is helemaal overwoekerd door braamstruiken "
            "van het gemeentelijke groen. Je moet de weg op om erlangs te kunnen. Met een "
            "kinderwagen lukt het niet. Kan het groen worden teruggesnoeid?"
        ),
        (
            "Hallo, ik woon aan de {street} en voor mijn deur staat sinds een week een afzethek "
            "van de gemeente zonder reden. Er wordt niet gewerkt, er is geen gat, het staat er "
            "gewoon. Het hek staat midden op de stoep en mijn buurvrouw met rollator moet erlangs. "
            "Kan het worden opgehaald?"
        ),
        (
            "Beste, ik heb vandaag in het parkje aan de {street} een gebruikte spuit gevonden bij "
            "het bankje. Ik heb hem niet aangeraakt en er een omgekeerde beker overheen gezet. Er "
            "spelen daar veel kinderen. Kunt u iemand sturen om hem veilig op te ruimen?"
        ),
        (
            "Dag, de kolken in de {street} zijn vorige maand gereinigd maar de putroosters zijn "
            "niet goed teruggelegd. Eén ligt half naast de opening. Een fietser kan daar zo met "
            "zijn wiel in vallen. Graag laten nakijken."
        ),
        (
            "Hallo, bij de kruising met de {street} is er een zinkgat ontstaan in de berm. Het "
            "wordt elke dag groter en er lijkt water onder de grond weg te stromen. Ik ben bang "
            "dat er een leiding lek is. Kan iemand vandaag nog komen?"
        ),
        (
            "Beste, het gazon bij het gemeentehuis aan {place} wordt nooit gesproeid en ligt er "
            "helemaal verdord bij, terwijl de sproeiers in het plantsoen ernaast de hele dag aan "
            "staan en het water de straat op loopt. Ik loop daar elke dag langs met mijn "
            "kleinkinderen en vind het zonde. Kan het sproeisysteem worden nagekeken?"
        ),
        (
            "Goedenavond, ik heb net een schommel zien losschieten in de speeltuin aan {place}. "
            "Een bout is gebroken en het hele frame wiebelt. Ik heb de kinderen weggestuurd, maar "
            "morgen spelen ze er weer. Kan iemand het toestel afzetten?"
        ),
        (
            "Dag, de speelplek aan de {street} ligt na elk weekend vol met afval van hangjongeren: "
            "lege flessen, lachgaspatronen, chipszakken. Ik ruim het elke maandagochtend op "
            "voordat mijn kinderen er gaan spelen. Kunnen daar extra afvalbakken en vaker "
            "schoonmaak komen?"
        ),
        (
            "Hallo, de houten brug in {place} is na de regen heel glad van het mos en de algen. Ik "
            "ben er vorige week gevallen en heb mijn heup bezeerd. Kan de brug worden "
            "schoongemaakt of kunnen er antislipstroken op?"
        ),
        (
            "Beste, in de {street} staan lantaarnpalen die doorgeroest zijn aan de voet. Eén ervan "
            "wiebelt al als je ertegen leunt. Ik maak me zorgen, want mijn kleinkinderen fietsen "
            "hier elke dag langs. Kan er iemand naar kijken?"
        ),
        (
            "Goedemiddag, in de tunnel onder het spoor bij {place} staat na elke bui een halve "
            "meter water. De pomp doet het volgens mij niet. Fietsers en voetgangers moeten een "
            "heel eind omlopen, en een auto is er gisteren in vastgelopen. Kan de pomp worden "
            "gerepareerd?"
        ),
        (
            "Hallo, er lekt al dagen water uit een leiding onder de stoep aan de {street} {num}. "
            "Mijn kelder wordt vochtig en er groeit schimmel op de muur aan de straatkant. Ik "
            "vermoed dat het van de openbare waterleiding komt. Kan iemand het onderzoeken?"
        ),
        (
            "Beste, bij de rotonde aan de {street} ligt een dikke laag modder en klei op de weg "
            "van de vrachtwagens van het bouwproject. Het is spekglad, vanochtend is een "
            "scooterrijder onderuit gegaan. Kan de straat worden schoongespoten en kan de aannemer "
            "worden aangesproken?"
        ),
        (
            "Dag, wij hebben een klein café aan {place} en de gemeentelijke bloembakken voor onze "
            "deur zijn kapot getrokken. De aarde ligt over het terras. Wij willen het graag netjes "
            "houden, maar de bakken zijn van de gemeente. Kunnen ze vervangen worden?"
        ),
        (
            "Hallo, de scheidingsstraat met glas-, papier- en textielcontainers bij de supermarkt "
            "aan de {street} is een vuilnisbelt geworden. Overal liggen dozen, flessen en "
            "vuilniszakken. Het lijkt erop dat de containers al dagen niet geleegd zijn. Kan er "
            "met spoed iemand komen?"
        ),
        (
            "Beste, ik woon naast het kanaal aan de {street} en de kademuur brokkelt af. Er zijn "
            "grote stukken steen in het water gevallen en de stoep erboven begint te verzakken. Ik "
            "zie er elke dag kinderen spelen. Kan een constructeur dit bekijken?"
        ),
        (
            "Goedemorgen, sinds de nieuwe bestrating in de {street} blijft het regenwater midden "
            "op de stoep staan. Er zijn geen gootjes en het water loopt zo onze voordeur in. Wij "
            "hebben al zandzakken gelegd. Kan de aannemer terugkomen om het te verhelpen?"
        ),
        (
            "Hallo, de verlichting op het voetbalveld van de gemeente naast {place} gaat 's avonds "
            "niet meer aan. De jeugdtrainingen moeten nu om zes uur stoppen. Ik ben trainer bij de "
            "club en we hebben het al twee keer doorgegeven. Kan het worden gerepareerd?"
        ),
        (
            "Beste, ik ben een oudere dame en woon aan de {street}. Voor mijn huis is de stoep zo "
            "scheef dat mijn rollator steeds naar de weg rolt. Mijn dochter heeft het al eens "
            "gemeld. Zou iemand het eens willen bekijken? Ik zou u heel dankbaar zijn."
        ),
        (
            "Dag, de bomen langs het kanaal bij {place} laten elk jaar enorm veel bladeren en "
            "eikels vallen, en die worden niet opgeruimd. Het fietspad is nu een glijbaan. Ik "
            "fiets daar elke dag met mijn kleine op de fiets. Kan het pad worden schoongeveegd?"
        ),
        (
            "Hallo, ik zie vanuit mijn raam aan de {street} dat er elke nacht mensen vuilniszakken "
            "in de afvalbak op de hoek proppen, waardoor hij al voor de ochtend overvol is. Nu "
            "ligt er afval tot op de straat. Kan er een grotere bak of een ondergrondse container "
            "komen?"
        ),
        (
            "Beste, de gemeente heeft onlangs nieuwe speeltoestellen neergezet in de speeltuin aan "
            "de {street}, maar het kunstgras eronder ligt los en er zijn al kinderen over "
            "gestruikeld. Mijn dochter viel vorige week op haar gezicht. Kan het worden vastgezet?"
        ),
        (
            "Goedemiddag, er staat een rij verroeste fietsnietjes op de stoep voor {street} {num}, "
            "waarvan er een paar zijn omgebogen en uit de grond getrokken. De scherpe randen "
            "steken uit. Mijn zoon van vier heeft er zijn knie aan opengehaald. Kunnen die worden "
            "weggehaald of vervangen?"
        ),
        (
            "Hallo, de witte hekjes rond het plantsoen aan de {street} zijn bij een aanrijding "
            "plat gereden. Nu rijden auto's over het gras en parkeren er zelfs op. Het gras is een "
            "modderveld. Kunnen de hekjes worden teruggeplaatst?"
        ),
        (
            "Beste, het zebrapad bij de ingang van het park aan {place} is niet het probleem, maar "
            "de stoep ernaast: die is zo hoog dat ik met de kinderwagen niet van de stoep af kan. "
            "Er is geen verlaagde rand. Zou er een oprit gemaakt kunnen worden?"
        ),
    ],
    "transit": [
        (
            "Beste, ik neem al vijf jaar elke ochtend de trein van {time} vanaf {stop} naar mijn "
            "werk. Sinds {days} dagen heeft hij elke dag minstens twintig minuten vertraging, "
            "zonder enige uitleg. Ik heb al twee keer een klacht ingediend via het formulier maar "
            "krijg alleen standaardantwoorden. Mijn werkgever begint er nu ook iets van te zeggen. "
            "Wat gaan jullie hieraan doen? Met vriendelijke groet."
        ),
        (
            "Goedemiddag, gisteren stond trein {train} ruim een uur stil net voor {stop}. Er werd "
            "één keer omgeroepen dat er een storing was en daarna niets meer. Mijn kinderen zaten "
            "op me te wachten bij de opvang en ik moest een buurvrouw vragen ze op te halen. Ik "
            "heb recht op geld terug, maar het formulier op jullie site geeft steeds een "
            "foutmelding. Kunt u mij helpen?"
        ),
        (
            "Hallo, ik ben een oudere vrouw en reis twee keer per week met bus {line} naar het "
            "ziekenhuis. Vanochtend reed de chauffeur gewoon door bij halte {stop}, terwijl ik "
            "duidelijk mijn hand opstak. Ik stond daar in de regen en de volgende bus kwam pas na "
            "een half uur. Ik heb daardoor mijn afspraak gemist. Ik wil hier graag een klacht over "
            "indienen."
        ),
        (
            "Dag, ik wil een compliment maar vooral een klacht kwijt. De tram {line} van {time} is "
            "elke ochtend zo vol dat mensen bij {stop} niet meer kunnen instappen. Ik sta met mijn "
            "kinderwagen en moet soms drie trams laten gaan. Kunnen er in de spits geen extra "
            "trams of langere trams rijden? Alvast bedankt."
        ),
        (
            "Beste vervoerder, sinds de nieuwe dienstregeling rijdt bus {line} in onze wijk nog "
            "maar één keer per uur, en 's avonds na {time} helemaal niet meer. Ik werk in de zorg "
            "in avonddiensten en kan nu niet meer met het openbaar vervoer naar huis. Ik heb geen "
            "auto. Wie heeft dit bedacht en kan het worden teruggedraaid? Met vriendelijke groet."
        ),
        (
            "Geachte heer, mevrouw, vanochtend viel de intercity van {time} naar {stop} zonder "
            "aankondiging uit. Op het perron stond hij nog op het bord, in de app was hij al weg. "
            "Honderden mensen stonden te wachten en de volgende trein was zo vol dat niemand er "
            "meer bij kon. Ik ben twee uur te laat op een sollicitatiegesprek gekomen. Ik verwacht "
            "een vergoeding."
        ),
        (
            "Hallo, ik ben rolstoelgebruiker en reis regelmatig via station {stop}. De lift naar "
            "perron 3 is nu al {days} dagen buiten gebruik. Er hangt alleen een briefje, maar er "
            "staat niet hoe ik dan op het perron moet komen. Vorige week moest ik een trein verder "
            "rijden en terugreizen. Wanneer wordt de lift gerepareerd en wat is het alternatief?"
        ),
        (
            "Beste, ik heb assistentie aangevraagd voor mijn reis met de trein van {time} vanaf "
            "{stop}, een dag van tevoren zoals het hoort. Er stond niemand klaar met de oprijplaat "
            "en de trein vertrok zonder mij. Ik heb anderhalf uur op het perron gezeten. Dit is "
            "niet de eerste keer. Kunt u mij uitleggen hoe dit kan?"
        ),
        (
            "Goedendag, de chauffeur van bus {line} was vanmiddag rond {time} bijzonder onbeschoft "
            "tegen mijn zoon van dertien. Zijn pasje werkte niet en hij werd bij {stop} uit de bus "
            "gezet, in het donker, ver van huis. Ik begrijp dat er regels zijn, maar een kind laat "
            "je zo niet staan. Ik wil graag dat hier iets mee gedaan wordt."
        ),
        (
            "Hallo, ik reis dagelijks met de metro en de roltrap bij station {stop} staat al weken "
            "stil. Ik heb een slechte knie en de trap is enorm lang. Vorige week was ook de lift "
            "kapot en moest ik een station verder uitstappen. Ik betaal gewoon voor mijn "
            "abonnement. Wanneer wordt het hersteld?"
        ),
        (
            "Beste, in de trein van {time} naar {stop} was het gisteren bloedheet. De airco deed "
            "het niet in de hele coupé en de ramen kunnen niet open. Een oudere man naast me werd "
            "onwel. De conducteur zei dat hij het wist maar er niets aan kon doen. Dit is "
            "onverantwoord met de hitte van deze week."
        ),
        (
            "Dag, de verwarming in de bussen van lijn {line} werkt deze winter niet of nauwelijks. "
            "Ik zit elke ochtend veertig minuten in de bus met mijn handschoenen aan. Ik heb het "
            "al tegen een chauffeur gezegd, die zei dat het een bekend probleem is. Kunt u daar "
            "iets aan doen?"
        ),
        (
            "Hallo, ik ben vanochtend ingecheckt op {stop} en bij het uitstappen vergeten uit te "
            "checken omdat de paal het niet deed. Nu is er een hoog bedrag van mijn kaart "
            "afgeschreven. Ik heb het gemeld bij de klantenservice maar kreeg te horen dat ik een "
            "formulier moest invullen dat ik nergens kan vinden. Hoe krijg ik mijn geld terug?"
        ),
        (
            "Beste, ik heb voor mijn moeder een seniorenabonnement aangevraagd, maar na drie weken "
            "is de kaart nog steeds niet binnen. Intussen betaalt ze elke rit het volle tarief. Ik "
            "heb twee keer gebeld en beide keren werd ik na twintig minuten wachten doorverbonden "
            "naar een afdeling die niet opnam. Wat is er aan de hand?"
        ),
        (
            "Goedemorgen, de trein was vanochtend zo smerig dat ik niet wist waar ik moest gaan "
            "zitten. Er lag afval op de vloer, de stoelen waren plakkerig en het toilet was niet "
            "te gebruiken. Ik reis dagelijks met mijn dochter mee naar school en zij wilde niet "
            "eens zitten. Worden de treinen nog wel schoongemaakt?"
        ),
        (
            "Hallo, ik wil graag melden dat het toilet in de sprinter van {time} al weken defect "
            "is. Het is een rit van ruim een uur en er zijn geen andere toiletten aan boord. Voor "
            "mensen met een medische aandoening, zoals ik, is dat een groot probleem. Graag zorgen "
            "dat er een werkend toilet is."
        ),
        (
            "Beste, op station {stop} zijn de vertrekborden al sinds het weekend zwart. Niemand "
            "weet van welk perron de trein vertrekt en de omroep is onverstaanbaar. Vanochtend "
            "renden tientallen mensen heen en weer tussen de perrons en hebben velen hun trein "
            "gemist. Kan dit met spoed worden opgelost?"
        ),
        (
            "Geachte, afgelopen zaterdag reden er treinvervangende bussen tussen {stop} en de "
            "volgende stad. Er stond nergens aangegeven waar ze vertrokken en er was geen "
            "begeleider te zien. Mijn vader van 80 heeft een uur rondgezworven. De bus zelf was "
            "ook overvol. Kunnen jullie dit de volgende keer beter regelen?"
        ),
        (
            "Hallo, ik ben gisteren mijn rugzak vergeten in bus {line} die om {time} bij {stop} "
            "aankwam. Er zit mijn laptop in en de schoolspullen van mijn dochter. Ik heb het "
            "formulier voor gevonden voorwerpen ingevuld maar nog niets gehoord. Kan iemand nagaan "
            "of hij is gevonden? Dank u wel."
        ),
        (
            "Dag, ik heb een treinkaartje gekocht via de app, maar de betaling is twee keer "
            "afgeschreven. In de app zie ik maar één ticket. Ik heb de klantenservice een e-mail "
            "gestuurd met screenshots en na twee weken nog niets gehoord. Kunt u mijn geld "
            "terugstorten?"
        ),
        (
            "Beste, ik wilde een zitplaats reserveren voor de internationale trein van volgende "
            "week, maar de website geeft steeds een foutmelding bij het betalen. Ik heb het op "
            "drie verschillende computers geprobeerd. Nu zijn de goedkope tickets al op. Kan "
            "iemand mij helpen om alsnog te boeken tegen dezelfde prijs?"
        ),
        (
            "Hallo, ik ben een vaste reiziger op lijn {line} en sinds de nieuwe dienstregeling "
            "sluit de bus niet meer aan op de trein bij {stop}. Ik mis elke dag mijn aansluiting "
            "met twee minuten en moet dan een half uur wachten. Kan de vertrektijd van de bus een "
            "paar minuten worden aangepast?"
        ),
        (
            "Goedemiddag, de bushalte {stop} is verplaatst vanwege werkzaamheden, maar er staat "
            "nergens aangegeven waar de tijdelijke halte is. Ik heb vanochtend met mijn "
            "kleinkinderen twintig minuten bij de oude halte gestaan. De app geeft ook de oude "
            "plek aan. Kunt u dit duidelijker aangeven?"
        ),
        (
            "Beste, het bushokje bij {stop} is al weken kapot: de ruit is ingegooid en de scherven "
            "liggen op de bank. Er is geen dak meer en als het regent sta je kletsnat. Mijn "
            "dochter wacht daar elke ochtend op de schoolbus. Kan het hokje worden gerepareerd? "
            "Alvast bedankt."
        ),
        (
            "Hallo, de digitale informatiepaal bij halte {stop} geeft al weken foute tijden aan. "
            "Er staat dat de tram over twee minuten komt en dan komt hij pas na een kwartier, of "
            "er komt er helemaal geen. Ik sta daar elke dag om {time} en weet nooit waar ik aan "
            "toe ben. Graag laten nakijken."
        ),
        (
            "Dag, gisteravond zat ik in de laatste tram van lijn {line} en de bestuurder stopte "
            "halverwege de route en zei dat iedereen eruit moest. Geen uitleg, geen vervangend "
            "vervoer, niets. Ik moest om middernacht anderhalve kilometer alleen naar huis lopen. "
            "Ik vind dit echt onaanvaardbaar. Wat is hier gebeurd?"
        ),
        (
            "Beste, ik reis met een fiets in de trein en betaal daar een dagkaart voor. Op {stop} "
            "weigerde de conducteur mij in te laten stappen omdat het te druk was, terwijl de "
            "fietsruimte helemaal leeg was. Ik heb daardoor mijn afspraak gemist. Kan iemand mij "
            "uitleggen wat de regels zijn?"
        ),
        (
            "Goedemorgen, de trein van {time} rijdt al weken met een kort treinstel, ook in de "
            "spits. We staan als sardientjes in een blikje en in de gangen kun je je niet bewegen. "
            "Ik ben zwanger en heb al een paar keer bijna een flauwte gehad. Kunt u in de spits "
            "langere treinen inzetten?"
        ),
        (
            "Hallo, de conducteur in trein {train} van vanmiddag was de vriendelijkheid zelve "
            "tegen de andere reizigers, maar tegen mij, met mijn hoofddoek, was hij kortaf en "
            "onbeleefd. Hij controleerde mijn kaartje drie keer. Ik voelde me erg vernederd. Ik "
            "wil dit graag melden en hoop dat er iets mee wordt gedaan."
        ),
        (
            "Beste, ik heb een jaarabonnement en volgens de regels heb ik recht op geld terug bij "
            "meer dan een half uur vertraging. Ik heb deze maand vier keer een aanvraag ingediend "
            "en alle vier zijn afgewezen zonder reden. Ik heb de vertragingen in de app gezien. "
            "Kunt u de aanvragen opnieuw bekijken?"
        ),
        (
            "Dag, sinds een paar maanden stopt de nachtbus niet meer bij {stop}. Voor ons, "
            "jongeren die 's avonds in de stad werken of uitgaan, is dat de enige manier om veilig "
            "thuis te komen. Nu moeten we een half uur lopen door het donker. Waarom is deze halte "
            "geschrapt?"
        ),
        (
            "Hallo, mijn moeder van 87 is vandaag gevallen in bus {line} toen de chauffeur heel "
            "hard optrok terwijl ze nog naar een stoel liep. Ze heeft een blauwe plek op haar heup "
            "en is erg geschrokken. Ik wil graag dat chauffeurs wachten tot ouderen zitten. Kunt u "
            "dit doorgeven aan de chauffeurs?"
        ),
        (
            "Beste, in het metrostation {stop} is het al dagen vies en het stinkt naar urine in de "
            "gangen en bij de liften. Ik ga er elke dag met mijn kinderen doorheen en het is niet "
            "prettig. Wordt het station nog schoongemaakt?"
        ),
        (
            "Goedendag, ik wil een klacht indienen over de belbus. Ik heb gisteren om {time} een "
            "rit gereserveerd naar de huisarts, en de bus kwam gewoon niet. Toen ik belde zeiden "
            "ze dat de rit niet in het systeem stond, terwijl ik een bevestiging had. Ik ben "
            "slecht ter been en heb geen ander vervoer. Dit mag niet meer gebeuren."
        ),
        (
            "Hallo, ik reis met de trein naar mijn werk en sinds {days} dagen wordt het spoor "
            "tussen {stop} en de stad vernieuwd. De bussen die de trein vervangen doen er twee "
            "keer zo lang over en zijn altijd te laat. Hoe lang gaat dit nog duren? En krijgen "
            "abonnementhouders een korting?"
        ),
        (
            "Beste, de app geeft aan dat er geen storingen zijn, maar ik sta nu al veertig minuten "
            "op {stop} zonder dat er een trein komt. Op het bord staat vertraging, zonder tijd. Ik "
            "moet mijn dochter van de crèche halen. Kan iemand mij vertellen wat er aan de hand "
            "is?"
        ),
        (
            "Dag, in de bus van lijn {line} doet het digitale bord met de haltes het al weken niet "
            "en de chauffeur roept niets om. Ik ben slechthorend en slechtziend en weet nu nooit "
            "waar ik moet uitstappen. Ik ben al twee keer te ver doorgereden. Graag laten "
            "repareren."
        ),
        (
            "Goedemorgen, ik moest vanochtend op station {stop} een kaartje kopen, maar de "
            "automaat accepteerde alleen een bankkaart en die van mij werd geweigerd. Het loket "
            "was dicht. De conducteur gaf me vervolgens een boete omdat ik zonder ticket reisde. "
            "Dat vind ik erg onterecht. Kan de boete worden ingetrokken?"
        ),
        (
            "Hallo, ik wil melden dat de perrons op station {stop} 's avonds slecht verlicht zijn, "
            "er staat geen personeel en er hangen vaak groepjes rond. Ik reis als vrouw alleen met "
            "de laatste trein en voel me daar erg onveilig. Kan er meer verlichting of bewaking op "
            "het perron komen?"
        ),
        (
            "Beste, ik heb een vraag en een klacht. Ik ben student en heb een studentenabonnement, "
            "maar de app herkent het niet meer sinds de laatste update. Bij elke controle moet ik "
            "een lang verhaal houden. Vorige week kreeg ik toch een boete. Wie kan dit "
            "rechtzetten?"
        ),
        (
            "Geachte, vanochtend reed tram {line} met flinke vertraging omdat er een auto op de "
            "rails geparkeerd stond bij {stop}. We hebben twintig minuten stilgestaan. Dat gebeurt "
            "hier elke week. Ik snap dat het de schuld van de automobilist is, maar kunnen jullie "
            "er als vervoerder niet voor zorgen dat dit sneller wordt opgelost?"
        ),
        (
            "Dag, ik neem dagelijks bus {line} en de chauffeurs rijden regelmatig te vroeg weg bij "
            "{stop}. Volgens de dienstregeling vertrekt hij om {time}, maar hij is vaak al twee "
            "minuten eerder weg. Ik sta dan met mijn tas te rennen. Kunnen de bussen zich aan de "
            "tijden houden?"
        ),
        (
            "Hallo, bij station {stop} is het fietsenparkeren helemaal vol, en de bewaakte "
            "stalling is dicht sinds de renovatie. Ik moet mijn fiets nu op een plek zetten waar "
            "hij wordt weggehaald. Ik reis elke dag met de trein. Wanneer gaat de stalling bij het "
            "station weer open?"
        ),
        (
            "Beste, ik zat gisteren in de trein met mijn zoontje van vier en op een gegeven moment "
            "moest hij dringend naar de wc. Alle drie de toiletten in de trein waren op slot. We "
            "hebben het niet gehaald en hebben de rest van de reis met natte kleren gezeten. Ik "
            "vind dat een schande. Worden de toiletten ooit gecontroleerd?"
        ),
        (
            "Goedemiddag, de schoolbus van lijn {line} rijdt de laatste weken stelselmatig tien "
            "minuten te laat, waardoor mijn kinderen te laat op school komen en strafwerk krijgen. "
            "Ik heb de school al gevraagd een brief te schrijven. Kan de rit vroeger vertrekken?"
        ),
        (
            "Hallo, ik ben een vaste reiziger tussen {stop} en de stad en de tarieven zijn dit "
            "jaar alweer fors verhoogd. Tegelijk rijden er minder bussen en zijn ze vaker te laat. "
            "Ik betaal nu bijna honderd euro per maand. Ik vind de prijs niet in verhouding tot de "
            "dienstverlening. Wordt daar nog iets aan gedaan?"
        ),
        (
            "Beste, de trap naar het perron van {stop} is spekglad als het regent en er zijn geen "
            "antislipstroken. Vanochtend viel er een jongen met zijn koffertje voor mijn ogen naar "
            "beneden. Het station valt onder het spoorbedrijf, dus ik meld het hier. Graag "
            "maatregelen nemen."
        ),
        (
            "Dag, ik wil graag een verloren voorwerp melden. Ik heb {days} dagen geleden mijn "
            "sleutelbos met een rood hangertje laten liggen in de intercity naar {stop}, "
            "vermoedelijk in de stiltecoupé. Ik heb het online formulier ingevuld maar geen "
            "bevestiging gehad. Is er iets gevonden?"
        ),
        (
            "Hallo, ik ben gisteren met mijn rolstoel in tram {line} gestapt bij {stop}, maar de "
            "uitschuifplaat werkte niet bij de halte waar ik uit moest. De bestuurder zei dat ik "
            "een halte verder moest. Daar was de halte te hoog en ben ik bijna gevallen. Zijn de "
            "trams wel toegankelijk?"
        ),
        (
            "Beste, ik heb een vraag over jullie nieuwe tarieven. Ik reis met mijn twee kinderen "
            "van acht en tien met de trein naar oma. Vroeger konden zij gratis mee, nu staat er op "
            "de site dat dat niet meer geldt. Klopt dat? Ik kan het nergens duidelijk terugvinden."
        ),
        (
            "Goedemorgen, de bus {line} naar het industrieterrein rijdt 's ochtends om {time} zo "
            "vol dat de chauffeur bij de laatste haltes niemand meer meeneemt. Vanochtend stonden "
            "er twintig mensen te wachten die niet mee konden. Ik ben daardoor te laat op mijn "
            "werk. Kan er een extra bus komen?"
        ),
        (
            "Hallo, het metrostation {stop} is al weken half afgesloten door werkzaamheden, en de "
            "borden verwijzen naar een uitgang die ook dicht is. Ik ben vanochtend tien minuten "
            "rondgelopen in de gangen met een kinderwagen. Kan de bewegwijzering in het station "
            "worden aangepast?"
        ),
        (
            "Beste, ik heb een klacht over de treinbegeleider van trein {train}. Mijn dochter van "
            "zestien had een geldig kaartje maar kon haar identiteitsbewijs niet laten zien. Ze "
            "moest in {stop} de trein uit en stond daar 's avonds alleen. Ik vind dit echt niet "
            "kunnen. Kunt u hierop reageren?"
        ),
        (
            "Dag, ik ben een forens en sinds de zomer zijn de treinen tussen {stop} en de stad "
            "bijna elke dag te laat of vallen uit. Ik heb alles bijgehouden in een lijstje: deze "
            "maand twaalf keer vertraging en vier keer uitval. Ik wil graag een gesprek met iemand "
            "die verantwoordelijk is."
        ),
        (
            "Goedemiddag, in de nieuwe trams van lijn {line} zijn er bijna geen zitplaatsen meer. "
            "Ik ben 74 en heb een heupprothese, staan in een schokkende tram is voor mij "
            "gevaarlijk. Jongeren staan niet op. Kunnen er meer zitplaatsen komen, of in ieder "
            "geval duidelijk aangegeven zitplaatsen voor ouderen?"
        ),
        (
            "Hallo, de ticketautomaat op halte {stop} is al een maand kapot en in de bus kun je "
            "niet contant betalen. Toeristen en ouderen weten dan niet hoe ze een kaartje moeten "
            "kopen. Ik heb een oudere man zien wegsturen door de chauffeur. Kan de automaat "
            "alsjeblieft worden gerepareerd?"
        ),
        (
            "Beste, ik heb een reservering gemaakt voor een zitplaats in de nachttrein, maar toen "
            "ik instapte zat er iemand anders op mijn plek met hetzelfde ticket. De conducteur kon "
            "niets doen. Ik heb de hele nacht op een klapstoeltje gezeten. Ik wil mijn geld voor "
            "de reservering terug."
        ),
        (
            "Dag, sinds de ombouw van station {stop} moeten reizigers met een fiets een heel eind "
            "omlopen omdat de fietsgoot bij de trap weg is. Ik til mijn fiets elke dag de trap op "
            "en af. Kan de fietsgoot terugkomen?"
        ),
        (
            "Hallo, ik zit nu in trein {train} en het is {time}. We staan al vijftig minuten stil "
            "tussen twee stations. De conducteur weet ook niet wat er aan de hand is. Er zitten "
            "kinderen en ouderen in de coupé en er is geen water. Kunnen jullie ons laten weten "
            "wanneer we verder gaan?"
        ),
        (
            "Beste, ik heb gisteren een ticket voor mijn moeder gekocht op de website en ik zie nu "
            "dat het op de verkeerde datum staat, terwijl ik zeker weet dat ik de goede heb "
            "gekozen. Omruilen kost geld volgens de site. Kan dit kosteloos worden aangepast?"
        ),
        (
            "Goedemorgen, ik ben blind en reis dagelijks met bus {line}. Sinds kort roept de "
            "automatische stem de haltes niet meer om. De chauffeurs zeggen dat het systeem kapot "
            "is. Ik ben nu al twee keer verkeerd uitgestapt. Kan dit snel worden hersteld?"
        ),
        (
            "Hallo, de wachtruimte op het station van {stop} is 's ochtends vroeg nog gesloten, "
            "terwijl de eerste trein om {time} vertrekt. In de winter staan we buiten in de kou te "
            "wachten. Kan de wachtruimte eerder open?"
        ),
        (
            "Beste, vandaag heb ik in de tram van lijn {line} gezien dat een controleur een jongen "
            "op een heel agressieve manier aanpakte. De jongen had gewoon een kaartje maar de "
            "scanner deed het niet. Ik vond de manier waarop het ging niet in orde. Ik wil dit "
            "graag als getuige melden."
        ),
        (
            "Dag, ik heb mijn abonnement opgezegd omdat ik verhuisd ben, maar er wordt nog steeds "
            "elke maand geld afgeschreven. Ik heb al drie keer de klantenservice gebeld. Elke keer "
            "beloven ze dat het wordt opgelost. Kunnen jullie nu eindelijk stoppen met afschrijven "
            "en het geld terugstorten?"
        ),
        (
            "Hallo, de bus naar het ziekenhuis rijdt sinds kort een andere route en stopt niet "
            "meer bij de ingang maar een paar honderd meter verderop. Voor de patiënten, vaak oud "
            "en slecht ter been, is dat een flinke wandeling. Waarom is de halte verplaatst? Kan "
            "dat worden teruggedraaid?"
        ),
        (
            "Beste, de trein van {time} wordt de laatste tijd steeds vaker ingekort of rijdt maar "
            "tot {stop} in plaats van door te rijden. Dan moeten we overstappen in een andere "
            "trein die ook al vol zit. Ik ben elke dag een half uur later thuis bij mijn kinderen. "
            "Kan dit worden opgelost?"
        ),
        (
            "Geachte, ik wil een compliment én een verzoek doen: de nieuwe bussen op lijn {line} "
            "zijn prettig, maar de stopknoppen werken vaak niet. Mensen roepen dan naar voren en "
            "de chauffeur rijdt toch door. Ik heb het twee keer meegemaakt. Zou dat nagekeken "
            "kunnen worden?"
        ),
        (
            "Hallo, de perrons op {stop} worden in de winter niet gestrooid en zijn spekglad. "
            "Vanochtend om {time} gleed een oudere dame uit terwijl ze naar de trein liep. Het is "
            "toch de taak van het spoorbedrijf om de perrons veilig te houden? Graag actie."
        ),
        (
            "Dag, mijn man en ik reizen met onze twee kleine kinderen en een buggy. In de "
            "intercity zijn de deuren zo smal en de treden zo hoog dat we er bijna niet in kunnen. "
            "Er was niemand om te helpen. Waarom zijn niet alle treinen gelijkvloers? Ik hoop dat "
            "er iets aan wordt gedaan."
        ),
        (
            "Beste, de tram op lijn {line} rijdt al {days} dagen niet vanwege werkzaamheden, maar "
            "de pendelbussen rijden veel minder vaak en stoppen niet bij alle haltes. Ik sta elke "
            "ochtend met mijn dochter in de kou te wachten. Kan de frequentie van de pendelbus "
            "worden verhoogd?"
        ),
        (
            "Goedemiddag, ik heb gisteren de verkeerde bus genomen omdat de lijnnummers op de "
            "voorkant van de bus niet werkten. De chauffeur zei dat het al weken zo is. Ik ben "
            "nieuw in de stad en heb een uur verkeerd gereden. Kunnen jullie die displays laten "
            "repareren?"
        ),
        (
            "Hallo, ik ben een zzp'er en moet vaak reizen met de trein. Mijn zakelijke kaart is "
            "geblokkeerd zonder dat ik weet waarom. Bij de klantenservice zeggen ze dat ik een "
            "brief moet sturen. Ondertussen kan ik niet reizen. Kunt u dit met spoed bekijken?"
        ),
        (
            "Beste, wij zijn een school en gingen gisteren met dertig kinderen met de trein op "
            "schoolreis. Ondanks onze groepsreservering was er geen plek en moesten de kinderen "
            "twee uur staan. De conducteur zei dat hij van niets wist. Ik wil graag mijn beklag "
            "doen en het geld voor de reservering terug."
        ),
        (
            "Dag, sinds enkele weken zijn de ramen van de bussen op lijn {line} zo vies en beplakt "
            "dat je de haltes buiten niet meer kunt zien. Er zitten ook stickers en krassen op. Ik "
            "ben al twee keer mijn halte gemist. Kunnen de bussen worden schoongemaakt?"
        ),
        (
            "Hallo, de roltrap op station {stop} werkt alleen naar boven, niet naar beneden. Met "
            "mijn koffer en slechte knieën moet ik dan de hele trap af. Is dit tijdelijk? Ik reis "
            "elke week naar mijn dochter en zie het al sinds de zomer."
        ),
        (
            "Beste, vorige week was ik in de tram met mijn hond, een kleine hond in een tas. De "
            "bestuurder zei dat honden niet mochten en zette me eruit bij {stop}. Op jullie site "
            "staat dat kleine honden wel mogen. Ik wil graag weten wat de regels zijn en waarom de "
            "bestuurder het anders deed."
        ),
        (
            "Goedemorgen, ik wil een klacht indienen over de vertraging van de bus naar het "
            "vliegveld. Bus {line} die om {time} zou vertrekken kwam veertig minuten te laat. Ik "
            "heb daardoor mijn vlucht gemist. Heb ik recht op een vergoeding? Ik heb de bonnetjes "
            "van mijn nieuwe vlucht bewaard."
        ),
        (
            "Hallo, in de metro richting {stop} zit al dagen een defect aan de deuren, waardoor de "
            "metro op elk station een paar minuten blijft staan. Ik ben elke dag te laat op mijn "
            "werk. Kan het defecte voertuig niet uit de dienst worden gehaald?"
        ),
        (
            "Beste, op het station van {stop} zijn de enige twee toiletten al maanden gesloten. "
            "Als je een uur moet wachten op een aansluiting, is dat een groot probleem, vooral met "
            "kinderen. Wanneer gaan ze weer open? Met vriendelijke groet."
        ),
        (
            "Dag, ik werk in de nachtdienst en neem altijd de eerste bus van {time}. De laatste "
            "weken komt die bus regelmatig niet, zonder melding in de app. Ik moet dan een taxi "
            "nemen die ik zelf betaal. Kunt u zorgen dat die eerste rit wel gereden wordt?"
        ),
        (
            "Hallo, ik ben een toerist en heb een dagkaart gekocht op {stop}. Bij de controle in "
            "de tram werd gezegd dat de kaart niet geldig was voor deze lijn, terwijl het loket me "
            "anders vertelde. Ik kreeg een boete van veertig euro. Ik vind dat niet terecht en wil "
            "bezwaar maken."
        ),
        (
            "Beste, ik wil graag melden dat de wachtende reizigers op {stop} geen informatie "
            "krijgen als de trein uitvalt. De omroep zegt alleen dat er een storing is. Gisteren "
            "stonden we daar een uur zonder te weten of we een bus konden nemen. Communicatie zou "
            "echt beter moeten."
        ),
        (
            "Goedemiddag, de tram stopt sinds gisteren niet meer bij {stop} omdat daar wordt "
            "gewerkt, maar in de tram zelf wordt dat niet omgeroepen. Ik moest een halte verder "
            "uitstappen met mijn zware boodschappen. Kunt u dit in de tram laten omroepen?"
        ),
        (
            "Hallo, ik heb via jullie website een klacht ingediend over een chauffeur die tijdens "
            "het rijden met zijn telefoon bezig was. Ik heb een bevestiging gekregen maar na een "
            "maand nog steeds geen antwoord. Ik vind het gevaarlijk en wil graag weten of er iets "
            "mee gedaan is."
        ),
        (
            "Beste, ik reis dagelijks tussen {stop} en mijn werk met de sneltram en de halte heeft "
            "geen overkapping. Het waait en regent er altijd. Alle andere haltes hebben een "
            "wachthuisje. Kan er op deze halte ook een komen?"
        ),
        (
            "Dag, mijn zoon heeft een beperking en reist met een begeleider gratis mee. Gisteren "
            "werd de begeleider toch beboet door een controleur in trein {train}. We hebben de "
            "begeleiderskaart laten zien. Kunt u de boete kwijtschelden en de controleurs beter "
            "instrueren?"
        ),
        (
            "Hallo, ik kreeg een nieuwe reiskaart omdat de oude kapot was, maar het saldo en het "
            "abonnement zijn niet overgezet. Ik reis nu al twee weken op eigen kosten. Ik heb het "
            "al twee keer gevraagd bij het servicepunt op {stop}. Wie kan dit regelen?"
        ),
        (
            "Beste, sinds de nieuwe dienstregeling rijdt er op zondag geen enkele bus meer naar "
            "ons dorp. Ik ben weduwe, heb geen auto en ga op zondag altijd naar mijn kinderen. Nu "
            "zit ik thuis. Is er een mogelijkheid om de zondagsbus terug te krijgen?"
        ),
        (
            "Goedemorgen, ik wil graag weten hoe het zit met de vergoeding voor mijn kapotte jas. "
            "Vorige week bleef mijn jas haken aan een scherp stuk metaal bij de deur van tram "
            "{line} en scheurde helemaal. Ik heb de bestuurder gewaarschuwd, maar die zei dat ik "
            "het moest melden. Bij deze."
        ),
        (
            "Hallo, mijn kinderen van twaalf en veertien nemen elke ochtend de bus van {time} "
            "vanaf {stop} naar school. De laatste twee weken is die bus drie keer niet gekomen en "
            "stonden ze een half uur in de regen. Ik heb het al gemeld bij de klantenservice maar "
            "kreeg alleen een excuus. Kunt u alstublieft zorgen dat die rit gewoon rijdt? Dank u "
            "wel."
        ),
        (
            "Beste, ik ben een oudere man en heb altijd met veel plezier met de tram gereisd, maar "
            "sinds een paar maanden rijdt lijn {line} zo schokkerig dat ik bijna niet meer durf. "
            "De bestuurders remmen hard en trekken hard op. Vorige week viel mijn boodschappentas "
            "om en lag alles over de vloer. Kan hier aandacht aan worden besteed?"
        ),
        (
            "Goedendag, ik sta nu al {days} dagen op rij op het perron van {stop} te wachten op "
            "een trein die op het bord staat maar nooit komt. Er wordt nergens uitgelegd waarom. "
            "Ik heb mijn werkgever al moeten vragen of ik later mag beginnen. Graag een eerlijke "
            "uitleg en een oplossing."
        ),
        (
            "Dag, ik heb mijn dochter met haar rolstoel vorige week niet mee kunnen nemen in bus "
            "{line}, omdat de rolstoelplek vol stond met kinderwagens en de chauffeur niets wilde "
            "zeggen. We hebben de volgende bus genomen en kwamen te laat bij de fysiotherapeut. "
            "Kan de chauffeur niet zorgen dat de rolstoelplek vrij is?"
        ),
        (
            "Hallo, ik wil graag een klacht indienen over de stank in de nachttrein van zaterdag. "
            "Het toilet liep over en het water stroomde de gang in. Niemand van het personeel "
            "heeft iets gedaan. Ik heb de hele reis met mijn kinderen tussen de stank gezeten. Ik "
            "wil graag een deel van mijn ticketprijs terug."
        ),
        (
            "Beste, de laatste trein van {time} naar {stop} is al een maand lang structureel te "
            "laat, waardoor ik mijn laatste bus naar huis mis. Dan sta ik 's nachts op een leeg "
            "station. Ik heb al twee keer een taxi moeten nemen. Wordt die taxi vergoed, en kan de "
            "bus op de trein wachten?"
        ),
        (
            "Goedemorgen, sinds de laatste update van de reisplanner-app worden mijn opgeslagen "
            "reizen niet meer getoond en kan ik geen e-ticket meer openen. Bij de controle van "
            "vanochtend werd ik bijna beboet. Ik heb het al aan jullie helpdesk gemeld. Wanneer "
            "komt er een oplossing?"
        ),
        (
            "Hallo, ik woon vlak bij halte {stop} en sinds kort stopt bus {line} daar niet meer "
            "tussen {time} en negen uur 's avonds, zonder aankondiging. Ik ben verpleegkundige en "
            "kom dan net uit mijn dienst. Ik moet nu twintig minuten lopen naar een andere halte. "
            "Waarom is dat zo?"
        ),
        (
            "Beste, op de metrolijn die ik elke dag neem, valt de verlichting in de rijtuigen "
            "regelmatig uit. Je zit dan een paar minuten in het pikkedonker in de tunnel. Mijn "
            "dochter van zes raakt dan in paniek. Kan het materieel worden nagekeken?"
        ),
        (
            "Dag, ik heb gisteren bij het servicepunt op station {stop} gevraagd hoe ik een "
            "terugbetaling voor mijn geannuleerde trein kan krijgen. De medewerker wist het niet "
            "en stuurde me naar de website, waar ik ook niets kon vinden. Ik heb het ticket nog. "
            "Kan iemand mij vertellen hoe ik mijn geld terugkrijg?"
        ),
        (
            "Hallo, in de bus van lijn {line} zijn de ramen in de winter zo beslagen en de "
            "verwarming zo heet dat je bijna flauwvalt, terwijl in de zomer de airco nooit werkt. "
            "Mijn vrouw is vorige zomer in de bus onwel geworden. Kan er eens naar de "
            "klimaatregeling van die bussen worden gekeken?"
        ),
        (
            "Beste, ik wil graag mijn ervaring delen: vanmiddag heeft de trein van {time} zonder "
            "enige waarschuwing {stop} overgeslagen. Ik en vijf andere reizigers moesten er uit en "
            "zijn pas bij de volgende halte uitgestapt. Daar stond geen trein terug. Waarom wordt "
            "zoiets niet omgeroepen?"
        ),
    ],
    "communication": [
        (
            "Beste, ik woon al twintig jaar in de {street} en sinds {days} dagen hebben de nieuwe "
            "buren op nummer {num} elke nacht harde muziek aan tot ver na {time}. Ik heb al twee "
            "keer aangebeld en vriendelijk gevraagd of het wat zachter kan, maar ze lachen me uit. "
            "Ik moet om zes uur op voor mijn werk en slaap nauwelijks nog. Wat kan ik hier nog aan "
            "doen? Alvast bedankt."
        ),
        (
            "Goedemiddag, het café op de hoek van de {street} houdt zich al maanden niet aan de "
            "sluitingstijd. Om drie uur 's nachts staan er nog mensen op straat te schreeuwen en "
            "te roken, en de deuren staan open met harde muziek. Mijn kinderen van vier en zes "
            "worden er elke vrijdag en zaterdag wakker van. Ik heb al bij de wijkagent geklaagd. "
            "Kan de gemeente hier iets aan doen?"
        ),
        (
            "Hallo, achter onze tuin aan de {street} wordt een nieuw appartementencomplex gebouwd. "
            "Ze beginnen elke ochtend om zes uur al met heien en zagen, ook op zaterdag. Mijn man "
            "werkt in de nachtdienst en kan overdag niet slapen. Ik dacht dat er pas vanaf zeven "
            "uur gewerkt mocht worden. Klopt dat, en wie houdt hier toezicht op?"
        ),
        (
            "Geachte heer, mevrouw, de hond van de buren op {street} {num} blaft de hele dag als "
            "de eigenaren naar hun werk zijn. Dat gaat al maanden zo, van acht uur 's ochtends tot "
            "zes uur 's avonds. Ik werk thuis en kan me niet meer concentreren. Ik heb al een "
            "briefje in de bus gedaan maar er gebeurt niets. Bij wie kan ik terecht?"
        ),
        (
            "Dag, elke zaterdagochtend om zeven uur staat de hovenier van het appartementsgebouw "
            "naast ons met een bladblazer te werken. Het lawaai is oorverdovend en gaat een uur "
            "door. Ik heb het aan de beheerder gevraagd, maar die zegt dat het mag. Zijn er regels "
            "voor hoe vroeg dat mag in het weekend?"
        ),
        (
            "Beste, de buren boven mij in de flat aan de {street} hebben sinds een paar maanden "
            "een warmtepomp op het balkon staan die dag en nacht bromt. Het geluid gaat dwars door "
            "mijn slaapkamermuur. Ik heb oordoppen gekocht maar ik slaap nog steeds slecht. Is "
            "zo'n apparaat wel toegestaan zonder geluidsisolatie?"
        ),
        (
            "Hallo, in het park bij {place} hangen elke avond jongeren rond met scooters, boxen en "
            "lachgas. Ze zijn er tot diep in de nacht en laten hun afval liggen, maar het ergste "
            "is het lawaai en de intimidatie. Ik durf 's avonds niet meer met de hond door het "
            "park. Kan de politie of een boa hier vaker langskomen?"
        ),
        (
            "Goedenavond, ik woon boven een shishalounge aan de {street} en elke avond staat de "
            "muziek zo hard dat mijn vloer trilt. Ik heb het al drie keer gemeld bij de politie, "
            "die komt een keer langs en daarna begint het weer. Ik ben 71 en ik ben op. Kan de "
            "gemeente de vergunning controleren?"
        ),
        (
            "Beste gemeente, bij het studentenhuis op {street} {num} wordt bijna elke doordeweekse "
            "avond een feest gegeven. De muziek, het gezang en de deuren die dichtslaan gaan tot "
            "{time}. Mijn kinderen moeten de volgende ochtend naar school en slapen slecht. Ik heb "
            "al met de studenten gepraat maar het helpt niet. Wat kan ik doen?"
        ),
        (
            "Hallo, al {days} dagen slapen er mensen in het portiek van ons appartementencomplex "
            "aan de {street}. Ze laten matrassen, kartonnen dozen en flessen achter en er wordt in "
            "het trappenhuis geplast. Ik wil niemand op straat zetten, maar mijn kinderen zijn "
            "bang om langs te lopen. Is er een hulporganisatie die hen kan helpen?"
        ),
        (
            "Beste, in het park bij {place} staat sinds enkele weken een kampement met tentjes, "
            "onder de bomen bij de vijver. Er wonen een stuk of zes mensen. Er ligt afval rond en "
            "'s nachts is er geschreeuw. Ik maak me ook zorgen om die mensen zelf nu het kouder "
            "wordt. Weet de gemeente hiervan, en komt er opvang?"
        ),
        (
            "Goedemorgen, onder het viaduct van de {street} leeft een man in een tentje met een "
            "winkelwagentje vol spullen. Hij lijkt ziek en hoest erg. Ik heb hem gisteren een "
            "warme soep gebracht, maar hij heeft echt hulp nodig. Wie kan ik hierover inlichten? "
            "Dank voor uw reactie."
        ),
        (
            "Hallo, er loopt al drie dagen een hond zonder baasje door de {street}. Een bruine "
            "labrador met een halsband maar zonder penning. Hij rent soms de weg op en er is al "
            "bijna een auto tegenaan gereden. Ik heb hem water gegeven, maar hij laat zich niet "
            "pakken. Kan de dierenambulance of de dienst voor zwerfdieren komen?"
        ),
        (
            "Beste, in de {street} lopen al weken meerdere zwerfkatten rond. Er zijn er nu zeker "
            "tien en er zijn kittens bij. Een buurvrouw geeft ze eten, waardoor er steeds meer "
            "komen. Sommige zijn mager en ziek. Kan er iemand komen om ze te vangen, te "
            "steriliseren en te helpen?"
        ),
        (
            "Dag, vanochtend lag er een dode vos midden op het fietspad langs de {street}. Hij is "
            "waarschijnlijk aangereden. Ik fiets er met mijn kinderen langs en zij waren erg van "
            "slag. Wie haalt zoiets weg? Alvast bedankt."
        ),
        (
            "Hallo, ik wil een melding doen van dierenmishandeling. In de achtertuin van {street} "
            "{num} staat al weken een hond aan een ketting, ook als het vriest en regent, zonder "
            "hok. Hij jankt 's nachts. Ik heb het al aan de eigenaar gevraagd maar die zei dat ik "
            "me er niet mee moest bemoeien. Kan iemand van dierenwelzijn gaan kijken?"
        ),
        (
            "Beste, ik zag gisteren op de parkeerplaats bij de supermarkt aan de {street} een hond "
            "opgesloten in een auto terwijl het buiten dertig graden was. De ramen waren dicht. Ik "
            "heb twintig minuten gewacht en toen is de eigenaar teruggekomen. Waar kan ik zoiets "
            "in het vervolg melden?"
        ),
        (
            "Goedemiddag, er zit al een paar dagen een gewonde zwaan naast de vijver in {place}. "
            "Hij kan niet lopen en zijn vleugel hangt erbij. De kinderen van de school proberen "
            "hem brood te geven. Is er een vogelopvang die hem kan komen halen? Ik zou dat erg op "
            "prijs stellen."
        ),
        (
            "Hallo, in onze tuin aan de {street} komt elke nacht een vos en die heeft nu ook onze "
            "kippen opgegeten. Mijn kinderen waren er kapot van. Ik weet dat het een wild dier is, "
            "maar zijn er maatregelen die we kunnen nemen? Of kan de gemeente iets doen?"
        ),
        (
            "Beste, rondom de flats aan de {street} lopen sinds de zomer enorm veel ratten. Ze "
            "komen 's avonds uit de struiken en rennen over de stoep, en ze zitten ook in de "
            "kelderboxen. Ik denk dat ze afkomen op de vuilniszakken die mensen naast de container "
            "zetten. Mijn dochter van vier is doodsbang. Kan er een ongediertebestrijder komen?"
        ),
        (
            "Geachte, wij hebben sinds een paar weken muizen in huis, en volgens de buren komen ze "
            "uit het leegstaande pand naast ons aan de {street}. We hebben vallen gezet, maar ze "
            "blijven komen. Ik heb een baby en maak me zorgen over de hygiëne. Kan de gemeente de "
            "eigenaar van dat pand aanspreken?"
        ),
        (
            "Hallo, onder de dakrand van de basisschool waar mijn kinderen zitten hangt een groot "
            "wespennest, vlak boven de ingang waar de kinderen elke ochtend naar binnen gaan. Er "
            "zijn al twee kinderen gestoken. De school zegt dat het gemeentezaak is. Kan iemand "
            "komen om het nest te verwijderen?"
        ),
        (
            "Beste, in de vijver achter onze huizen bij {place} is het een broedplaats voor muggen "
            "geworden. 's Avonds kunnen we niet meer buiten zitten en mijn zoon zit onder de "
            "bulten. Is er iets dat de gemeente hiertegen kan doen? Met vriendelijke groet."
        ),
        (
            "Dag, op het balkon van de flat boven mij aan de {street} worden duiven gevoerd, en nu "
            "zitten er tientallen duiven op ons gebouw. Alles zit onder de poep, ook mijn balkon "
            "en mijn wasgoed. Ik heb het vriendelijk gevraagd maar het gaat door. Is duiven voeren "
            "niet verboden?"
        ),
        (
            "Hallo, ik huur een kamer in een pand aan de {street} en we hebben bedwantsen. Ik word "
            "elke nacht gebeten en heb overal rode bulten. De huisbaas zegt dat het mijn schuld is "
            "en doet niets. Ik heb al mijn kleding gewassen op zestig graden. Kan de gemeente de "
            "verhuurder aanspreken?"
        ),
        (
            "Beste, in de keuken van ons flatgebouw aan de {street} zitten kakkerlakken. Ze komen "
            "uit de leidingkokers en we zien ze elke avond. We hebben de woningcorporatie al drie "
            "keer gebeld, maar er komt niemand. Ik heb twee kleine kinderen. Wat kan ik doen?"
        ),
        (
            "Goedemorgen, de tuin van het huis naast mij aan de {street} {num} is volkomen "
            "verwaarloosd. Het onkruid staat twee meter hoog, de heg groeit tot over mijn "
            "schutting en er liggen oude matrassen en troep. De eigenaar woont er al jaren niet "
            "meer. Ik heb er last van muizen. Kan de gemeente de eigenaar aanschrijven?"
        ),
        (
            "Hallo, het huis op {street} {num} staat al drie jaar leeg. De ramen zijn "
            "dichtgetimmerd, er wordt ingebroken en 's nachts zien we er mensen in en uit gaan. De "
            "buurt maakt zich zorgen over brandgevaar. Wie is de eigenaar en wat kan de gemeente "
            "doen?"
        ),
        (
            "Beste, mijn buurman aan de {street} is zonder vergunning een grote uitbouw aan het "
            "bouwen, tot pal tegen mijn erfgrens. Het neemt al het licht in mijn keuken weg. Ik "
            "heb bij de gemeente nagekeken en er is geen vergunning aangevraagd. Kan een handhaver "
            "komen kijken?"
        ),
        (
            "Dag, in het pand tegenover ons aan de {street} wordt al maanden een bedrijf gerund in "
            "een woonhuis, met elke dag busjes die laden en lossen en mensen die in en uit lopen. "
            "Ik vermoed dat er ook mensen wonen in de garage. Is dat toegestaan? Ik zou het graag "
            "laten controleren."
        ),
        (
            "Geachte, de eigenaar van het pand naast mij aan de {street} heeft een dakkapel "
            "geplaatst en nu kan hij recht in onze slaapkamer kijken. Ik weet niet of er een "
            "vergunning is verleend. Kunt u mij vertellen waar ik de vergunning kan inzien en hoe "
            "ik bezwaar kan maken?"
        ),
        (
            "Hallo, ik huur een appartement aan de {street} en de verwarming doet het al sinds "
            "{days} dagen niet. Het is binnen veertien graden en ik heb een baby van vier maanden. "
            "De huisbaas reageert niet op mijn berichten en telefoon. Ik weet niet meer wat ik "
            "moet doen. Kan de gemeente mij helpen?"
        ),
        (
            "Beste, in mijn huurwoning aan de {street} zit overal schimmel op de muren, vooral in "
            "de slaapkamer van de kinderen. Mijn zoon heeft astma en hoest de hele nacht. De "
            "verhuurder zegt dat wij moeten ventileren, maar de ramen zijn al kapot. Kan de "
            "gemeente een inspectie doen?"
        ),
        (
            "Goedemiddag, mijn verhuurder wil mij uit mijn woning aan de {street} zetten omdat hij "
            "het wil verkopen, terwijl ik een vast contract heb. Hij komt zomaar binnen zonder te "
            "bellen. Ik ben alleenstaande moeder en erg bang. Is er bij de gemeente een huurteam "
            "of iemand die mij kan adviseren?"
        ),
        (
            "Hallo, ik was zaterdag met mijn familie uit eten bij een restaurant aan {place}. Twee "
            "uur later waren we allemaal ziek, overgeven en buikkrampen. Mijn zoontje van vijf "
            "moest naar de huisarts. Ik vermoed dat het aan de kip lag. Waar kan ik dit melden "
            "zodat het gecontroleerd wordt?"
        ),
        (
            "Beste, in de afhaalzaak aan de {street} zag ik gisteren een muis door de keuken "
            "lopen, en de medewerkers droegen geen handschoenen. Ik heb mijn bestelling laten "
            "staan. Ik woon er vlakbij en eet er vaak, maar nu niet meer. Kan de voedselinspectie "
            "daar langsgaan?"
        ),
        (
            "Dag, bij de markt op {place} verkoopt een kraam vis die in de zon ligt zonder ijs. "
            "Het stinkt en de vliegen zitten erop. Ik vind dat gevaarlijk, zeker voor oudere "
            "mensen die daar hun boodschappen doen. Wie controleert dit?"
        ),
        (
            "Hallo, vannacht is er ingebroken in drie auto's in onze straat, de {street}. De "
            "ruiten zijn ingeslagen en er zijn navigatiesystemen en tassen gestolen. Ik heb "
            "aangifte gedaan bij de politie maar ik wil ook de gemeente vragen of er meer "
            "gesurveild kan worden. We voelen ons niet meer veilig."
        ),
        (
            "Beste, sinds een paar weken wordt er op de hoek van de {street} en {place} openlijk "
            "gedeald. Er komen de hele dag auto's en scooters langs die even stoppen, iets "
            "overhandigen en weer wegrijden. Mijn kinderen spelen vlakbij. Ik heb het al "
            "doorgegeven aan de wijkagent. Kan er meer toezicht komen?"
        ),
        (
            "Goedenavond, ik wil melden dat er al drie keer is ingebroken in de bergingen van ons "
            "flatgebouw aan de {street}. Fietsen, gereedschap en een kinderwagen zijn gestolen. De "
            "deur sluit niet goed, maar de verhuurder doet niets. Wat kan de politie of de "
            "gemeente doen?"
        ),
        (
            "Hallo, elke nacht hangen er rond {time} jongeren rond bij de bankjes voor onze flat "
            "aan de {street}. Ze roken, drinken en zijn agressief als je er iets van zegt. Mijn "
            "buurman is vorige week uitgescholden en bedreigd. Ik durf 's avonds niet meer naar "
            "buiten. Kan de politie hier vaker surveilleren?"
        ),
        (
            "Beste, ik wil mijn zorgen uiten over een man die regelmatig rondhangt bij de ingang "
            "van de basisschool in de {street} en kinderen aanspreekt. Ik heb het al tegen de juf "
            "gezegd. Ik weet niet of het kwaad kan, maar ik voel me er niet goed bij. Kan iemand "
            "van de politie eens gaan kijken?"
        ),
        (
            "Dag, ik wil graag de medewerkers bedanken die gisteren het gat in de weg voor ons "
            "huis aan de {street} hebben gedicht. Ik had het een week geleden gemeld en binnen een "
            "paar dagen was het keurig gemaakt. Mijn kinderen fietsen hier elke dag naar school en "
            "ik ben erg blij. Complimenten aan de ploeg!"
        ),
        (
            "Beste, ik wil u hartelijk danken voor de snelle reparatie van de lantaarnpaal in de "
            "{street}. Ik had het dinsdag gemeld en donderdagavond brandde hij al weer. Als oudere "
            "vrouw die alleen woont voel ik me nu weer veilig als ik 's avonds thuiskom. Heel "
            "fijn, dank u wel."
        ),
        (
            "Hallo, ik wil de chauffeur van bus {line} van vanmiddag rond {time} een groot "
            "compliment geven. Mijn vader met dementie was verdwaald en de chauffeur heeft hem "
            "rustig geholpen, ons gebeld en gewacht tot wij er waren bij {stop}. Zo'n "
            "menselijkheid zie je niet vaak. Wilt u dit aan hem doorgeven?"
        ),
        (
            "Goedemorgen, ik wil even laten weten hoe blij we zijn met de nieuwe speeltuin in "
            "{place}. Mijn kinderen spelen er elke dag en de buurt komt weer samen. Dank aan "
            "iedereen die daaraan heeft meegewerkt, en aan de mensen die er zo netjes onderhoud "
            "aan doen. Ga zo door."
        ),
        (
            "Beste, een paar weken geleden heb ik een melding gemaakt van het afval in het park "
            "bij {place}, en ik heb gezien dat er nu extra bakken staan en dat het veel schoner "
            "is. Ik wil de mensen van de reiniging daarvoor hartelijk bedanken. Het maakt echt "
            "verschil voor de buurt."
        ),
        (
            "Hallo, gisteren ben ik gevallen op de stoep in de {street} en een medewerker van de "
            "gemeente die daar aan het werk was heeft me overeind geholpen en een ambulance "
            "gebeld. Ik weet zijn naam niet, maar ik wil hem via deze weg ontzettend bedanken. Ik "
            "ben weer thuis en het gaat goed."
        ),
        (
            "Dag, ik wil graag een compliment geven aan de politie en de brandweer die afgelopen "
            "nacht zo snel ter plaatse waren bij de brand in de {street}. Dankzij hen is niemand "
            "gewond geraakt. Wij als buren zijn hen heel dankbaar. Graag doorgeven."
        ),
        (
            "Beste, ik wil de conducteur van de trein van {time} richting {stop} bedanken. Mijn "
            "dochter was haar telefoon kwijt en hij heeft de hele trein afgezocht en hem gevonden. "
            "Zo vriendelijk. Kunt u dit aan hem laten weten?"
        ),
        (
            "Goedemiddag, ik wil jullie bedanken voor het snel weghalen van het autowrak dat "
            "maandenlang in onze straat heeft gestaan. De buurt is er echt blij mee en de kinderen "
            "kunnen weer veilig spelen. Het heeft even geduurd, maar het is gelukt. Hartelijk "
            "dank."
        ),
        (
            "Hallo, een korte maar welgemeende dank voor de snelle reactie op mijn melding over de "
            "omgevallen boom. Binnen twee uur was er een ploeg en was alles opgeruimd. Dit soort "
            "service maakt je trots op je stad. Groetjes."
        ),
        (
            "Beste, ik wil mijn dank uitspreken aan de mensen die in de winter zo vroeg zijn "
            "begonnen met strooien in onze wijk. Ik ben 80 en kon gewoon mijn boodschappen doen "
            "zonder te vallen. Dat waardeer ik enorm."
        ),
        (
            "Hallo, ik heb een vraag. Ik ben verhuisd naar de {street} en wil mij inschrijven bij "
            "de gemeente. Op de website staat dat dat online kan, maar ik heb geen DigiD. Kan ik "
            "ook langskomen op het stadskantoor, en wat zijn de openingstijden? Ik hoor het graag."
        ),
        (
            "Beste, mijn paspoort verloopt over een maand en ik ga deze zomer met mijn kinderen op "
            "vakantie. Ik probeer al een week een afspraak te maken, maar er is pas plek over zes "
            "weken. Is er een mogelijkheid om sneller terecht te kunnen? Wat moet ik meenemen?"
        ),
        (
            "Dag, ik heb een vraag over de aanslag gemeentelijke belastingen die ik vorige week "
            "heb ontvangen. Er staat een bedrag voor afvalstoffenheffing voor een gezin, maar ik "
            "woon alleen. Ik heb het al eerder doorgegeven. Kan iemand dit nakijken en wat moet ik "
            "nu doen?"
        ),
        (
            "Goedemorgen, ik ben 72 jaar en wil graag weten of er in onze buurt activiteiten voor "
            "ouderen worden georganiseerd. Sinds mijn man is overleden zit ik veel alleen thuis "
            "aan de {street}. Ik heb geen computer. Kan iemand mij een brochure sturen of bellen?"
        ),
        (
            "Hallo, mijn zoon van achttien mag voor het eerst stemmen bij de verkiezingen, maar "
            "hij heeft zijn stempas niet ontvangen. We wonen al jaren op hetzelfde adres. Hoe kan "
            "hij een nieuwe stempas aanvragen en tot wanneer kan dat?"
        ),
        (
            "Beste, ik wil graag een straatfeest organiseren in de {street} in juni, met een "
            "springkussen en een barbecue. Moeten we daar een vergunning voor aanvragen, en hoe "
            "lang van tevoren? Ik heb op de website gezocht maar kan het niet vinden. Alvast dank."
        ),
        (
            "Dag, ik heb gehoord dat er een nieuw bestemmingsplan komt voor ons gebied rond "
            "{place}. Er gaan geruchten over hoogbouw. Wanneer is er een informatieavond voor de "
            "bewoners? Ik wil graag op de hoogte blijven. Bedankt voor uw reactie."
        ),
        (
            "Hallo, ik ben nieuw in deze stad en wil graag weten waar ik terecht kan voor de "
            "inburgeringscursus en hulp bij het invullen van formulieren. Mijn Nederlands is nog "
            "niet zo goed. Is er een loket waar ik kan langskomen, en wanneer is het open?"
        ),
        (
            "Beste, ik heb een vraag over de gemeentelijke subsidie voor zonnepanelen en isolatie. "
            "Mijn huis aan de {street} is uit 1930 en erg koud. Ik heb het formulier gezien, maar "
            "ik weet niet of ik in aanmerking kom. Kan iemand mij bellen om het uit te leggen?"
        ),
        (
            "Goedemiddag, ik wil graag weten waarom de gemeenteraad heeft besloten om het "
            "buurthuis aan {place} te sluiten. Veel ouderen en kinderen kwamen daar elke week. Er "
            "is geen overleg geweest met de buurt. Ik vind dat erg jammer en zou graag een uitleg "
            "krijgen."
        ),
        (
            "Hallo, ik wil een klacht indienen over de manier waarop ik werd behandeld aan het "
            "loket van het stadhuis. Ik kwam voor een uittreksel en de medewerkster was erg "
            "onvriendelijk en stuurde me weg omdat ik het verkeerde formulier had. Ik ben twee "
            "keer voor niets gekomen. Kan daar iets mee gedaan worden?"
        ),
        (
            "Beste, wij hebben een buurtvereniging in de {street} en willen graag een bijdrage "
            "aanvragen voor een buurtbarbecue en het opknappen van het gemeenschappelijke tuintje. "
            "Waar kunnen we zo'n aanvraag indienen? Welke voorwaarden gelden er?"
        ),
        (
            "Dag, vanavond zijn er in de {street} weer enorme knallen van illegaal vuurwerk, "
            "terwijl het nog maar november is. Mijn hond is doodsbang en trilt onder de tafel. Het "
            "gaat elke avond door tot {time}. Kan de politie hier iets aan doen?"
        ),
        (
            "Hallo, ik woon naast een sportschool aan de {street} die om zes uur 's ochtends "
            "opengaat. Het geluid van vallende gewichten en de bassen van de muziek dreunen door "
            "tot in onze slaapkamer. Ik heb de eigenaar al twee keer aangesproken. Kan de gemeente "
            "een geluidsmeting doen?"
        ),
        (
            "Beste, in de {street} wordt elke avond door een buurman uren lang met een crossmotor "
            "rondgereden in zijn eigen tuin. Het lawaai en de stank zijn niet te harden. Mijn "
            "kinderen kunnen niet buiten spelen of slapen. Ik heb het al een paar keer bij de "
            "politie gemeld. Wat kan ik nog doen?"
        ),
        (
            "Goedemorgen, naast ons huis aan de {street} staat een koelinstallatie van de "
            "supermarkt die dag en nacht een hoog zoemend geluid maakt. Sinds de zomer is het "
            "erger geworden. We kunnen onze ramen niet meer open laten. Kan iemand van milieu een "
            "meting doen?"
        ),
        (
            "Hallo, de kerk naast mij luidt elke ochtend om zeven uur de klokken, ook in het "
            "weekend, en dat een kwartier lang. Ik werk in ploegendiensten en kan mijn slaap niet "
            "inhalen. Is daar een regeling voor? Ik wil het netjes oplossen."
        ),
        (
            "Beste, in onze straat, de {street}, wordt een huis verbouwd en de aannemer zet elke "
            "dag een radio keihard op het steigerwerk. Soms staat die aan tot zeven uur 's avonds. "
            "Mijn baby slaapt niet. Ik heb de werklui gevraagd de muziek zachter te zetten, maar "
            "ze lachen. Is daar iets aan te doen?"
        ),
        (
            "Dag, er is in de kelder van ons gebouw aan de {street} sinds een paar weken een "
            "illegale gokhal of club actief. Er komen 's nachts veel mensen, auto's met draaiende "
            "motoren, en er wordt geruzied. Ik heb het al aan de beheerder gezegd. Kan de gemeente "
            "of de politie dit controleren?"
        ),
        (
            "Hallo, mijn buurvrouw is al dagen niet meer gezien en haar post stapelt zich op. De "
            "gordijnen zijn dicht en het licht brandt niet. Ze is een oudere dame die alleen woont "
            "aan de {street}. Ik maak me grote zorgen. Wie kan ik bellen om even te laten kijken?"
        ),
        (
            "Beste, ik heb gezien dat er bij {place} een man woont in een auto. Hij staat er al "
            "weken en slaapt op de achterbank. Hij ziet er verwaarloosd uit. Ik wil hem niet "
            "wegjagen, maar ik weet niet of hij hulp krijgt. Kunnen jullie een straathoekwerker "
            "sturen?"
        ),
        (
            "Goedemiddag, in het portaal van de bank aan de {street} slapen elke nacht twee "
            "mensen, en 's ochtends ligt er vuil en urine. De winkels eromheen klagen. Ik werk in "
            "de boekhandel ernaast en moet het elke ochtend zien. Ik wil graag dat deze mensen "
            "opvang krijgen. Wie kan ik contacteren?"
        ),
        (
            "Hallo, in het bosje achter de sporthal aan de {street} is een soort kamp gemaakt met "
            "zeilen en pallets. Er wonen mensen en er worden vuurtjes gestookt. Gisteren rook de "
            "hele buurt naar rook en plastic. Ik ben bang voor brand. Kan iemand van de gemeente "
            "of de brandweer gaan kijken?"
        ),
        (
            "Beste, ik woon aan de {street} en er zit een grote groep ganzen bij de vijver in het "
            "park. Ze zijn agressief tegen kinderen en laten overal poep achter op het gras en het "
            "pad. Mijn dochter van drie is er vorige week door een gans aangevallen. Kan de "
            "gemeente iets aan die ganzen doen?"
        ),
        (
            "Dag, er lopen al een paar weken vossen door onze tuinen in de {street}. Ze graven in "
            "de tuin, halen vuilniszakken open en vanochtend zat er een in onze schuur. Ik heb "
            "kleine kinderen en een konijn. Wie kan ik hierover om advies vragen?"
        ),
        (
            "Hallo, vanochtend lag er een dode kat in de goot voor {street} {num}. Het arme dier "
            "is waarschijnlijk aangereden. Ik heb niet gezien of hij een chip heeft, maar "
            "misschien zoekt een eigenaar hem. Kan de dierenambulance hem komen ophalen en de chip "
            "laten uitlezen?"
        ),
        (
            "Beste, langs de {street} ligt sinds gisteren een dood ree in de berm, vlak bij het "
            "fietspad. Het dier is waarschijnlijk 's nachts aangereden. Mijn kinderen fietsen daar "
            "elke ochtend langs naar school en vonden het heel naar om te zien. Wie kan ik bellen "
            "om het dier te laten ophalen?"
        ),
        (
            "Goedemorgen, er zit een egel in onze tuin die volgens mij ziek is. Hij loopt overdag "
            "rond, wankelt en eet niet. Ik heb hem in een doos met een handdoek gezet. Weet de "
            "gemeente welke opvang ik kan bellen? Dank u."
        ),
        (
            "Hallo, onze buurman in de {street} houdt een grote hond die regelmatig ontsnapt en "
            "los door de straat loopt. Vorige week heeft hij mijn kat doodgebeten en gisteren "
            "sprong hij tegen mijn dochter op. Ik heb het met de buurman besproken, maar hij vindt "
            "het niet erg. Kan hier iets aan gedaan worden?"
        ),
        (
            "Beste, in de gracht bij {place} zit al een week een eend met een stuk vislijn om zijn "
            "poot. Hij hinkt en kan niet goed zwemmen. Ik heb hem geprobeerd te vangen maar dat "
            "lukte niet. Kan er iemand van de dierenhulp komen?"
        ),
        (
            "Dag, mijn buren hebben ratten in de tuin vanwege de kippen die ze houden en het voer "
            "dat ze laten rondslingeren. Nu komen de ratten ook in mijn tuin en onder mijn schuur. "
            "Ik heb het al aan hen gevraagd, maar ze zien het probleem niet. Kan de gemeente "
            "langskomen?"
        ),
        (
            "Hallo, in de schoolkantine van de basisschool aan de {street} zijn er muizen gezien. "
            "De kinderen eten daar elke dag hun lunch. De directie zegt dat ze bezig zijn, maar "
            "het duurt al weken. Kan de gemeente of de gezondheidsdienst hier een kijkje nemen?"
        ),
        (
            "Beste, er hangt al dagen een zwerm bijen aan de gevel van de bibliotheek bij {place}. "
            "Ze zitten in een klomp boven de ingang. Ik weet dat bijen belangrijk zijn, maar mijn "
            "kleinzoon is allergisch. Kent de gemeente een imker die ze kan ophalen?"
        ),
        (
            "Goedenavond, het dak van het huis tegenover ons aan de {street} zit vol meeuwen die "
            "er nesten hebben gebouwd. Ze krijsen vanaf vier uur 's ochtends en duiken op mensen "
            "die langslopen. De eigenaar doet er niets aan. Kan de gemeente iets doen?"
        ),
        (
            "Hallo, ik ben huurder in de {street} en de eigenaar heeft het huis in slechte staat. "
            "Het dak lekt, de elektriciteit valt steeds uit en de voordeur sluit niet. Ik heb "
            "alles schriftelijk gemeld. Ik heb gehoord dat de gemeente een inspectie kan doen. Hoe "
            "vraag ik die aan?"
        ),
        (
            "Beste, ik woon in een studentenhuis aan de {street} en er wonen met tien mensen in "
            "een huis met één badkamer. De verhuurder vraagt per kamer vijfhonderd euro. Ik "
            "vermoed dat hij geen vergunning heeft voor zoveel bewoners. Kan de gemeente dat "
            "controleren zonder dat ik in de problemen kom?"
        ),
        (
            "Dag, de buurman in de {street} heeft zijn voortuin vol staan met oude "
            "auto-onderdelen, banden en schroot. Het is een echte schroothoop geworden en er "
            "druipt olie uit. Ik heb er foto's van. Is het toegestaan om zoiets op eigen terrein "
            "te bewaren?"
        ),
        (
            "Hallo, het leegstaande winkelpand aan de {street} {num} wordt gekraakt en er is elke "
            "nacht lawaai. Er zijn ook al vernielingen aan onze voordeur geweest. De eigenaar is "
            "onbereikbaar. Ik vraag de gemeente om actie te ondernemen."
        ),
        (
            "Beste, in onze buurt aan de {street} is afgelopen week twee keer ingebroken in een "
            "woning, beide keren overdag. Ik heb ook gezien dat er mensen met een busje langs de "
            "deuren gaan en in de tuinen kijken. Kan er extra politie in de buurt komen? We maken "
            "ons zorgen."
        ),
        (
            "Goedemorgen, mijn fiets is vannacht gestolen uit het fietsenrek voor mijn huis aan de "
            "{street}, hoewel hij op slot stond. Dit is al de derde fiets in twee jaar. Ik heb "
            "aangifte gedaan, maar er gebeurt niets. Wat doet de gemeente tegen fietsendiefstal?"
        ),
        (
            "Hallo, in het park aan {place} zitten 's avonds groepen mannen alcohol te drinken en "
            "ze vallen voorbijgangers lastig. Mijn dochter van zestien werd vorige week nageroepen "
            "en achtervolgd. Ze durft nu niet meer door het park naar huis. Kan er cameratoezicht "
            "of meer politie komen?"
        ),
        (
            "Beste, ik wil een klacht indienen over de restaurant-keuken aan de {street}. Ze "
            "zetten hun afval elke avond in open zakken op straat en de geur van vet en bedorven "
            "voedsel trekt door de hele buurt. Er zijn ook al ratten gezien. Kan de gemeente "
            "controleren of zij zich aan de hygiëneregels houden?"
        ),
        (
            "Dag, vorige week heb ik in de bakkerij aan {place} een broodje gekocht met schimmel "
            "erop. Toen ik het terugbracht zei de verkoopster dat het normaal was. Ik vind dat "
            "zorgelijk, vooral omdat er veel scholieren kopen. Waar kan ik dit melden?"
        ),
        (
            "Hallo, bij de snackkar die elke avond bij {place} staat, wordt het frituurvet gewoon "
            "in het putje geloosd. Ik heb het zelf gezien. Het stinkt en ik neem aan dat dat niet "
            "mag. Kan de gemeente controleren of hij een vergunning heeft en of hij de regels "
            "naleeft?"
        ),
        (
            "Beste, ik wil mijn waardering uitspreken voor de nieuwe bibliotheek bij {place}. Het "
            "is een prachtig gebouw, de medewerkers zijn vriendelijk en mijn kinderen gaan er elke "
            "week naartoe. Een aanwinst voor de stad. Dank aan iedereen die eraan gewerkt heeft."
        ),
        (
            "Hallo, ik wil even zeggen hoe mooi het kerstconcert op {place} was. We waren er met "
            "het hele gezin en het was gezellig, goed georganiseerd en veilig. Ook de opruimploeg "
            "was de volgende ochtend al klaar. Petje af voor de organisatie!"
        ),
        (
            "Beste, vorige week hebben jullie de stoep voor ons huis opnieuw gelegd nadat ik had "
            "gemeld dat mijn moeder was gevallen. Het is keurig gedaan en de werklui waren heel "
            "vriendelijk. Mijn moeder kan weer veilig naar buiten. Dank jullie wel."
        ),
        (
            "Goedemiddag, ik wil het team van de afvalinzameling bedanken. Ik ben slecht ter been "
            "en de vuilnismannen zetten mijn container altijd netjes terug bij de deur. Ze groeten "
            "altijd vriendelijk. Dat verdient een compliment."
        ),
        (
            "Hallo, ik wil graag de nieuwe fietsstraat in de {street} een compliment geven. Sinds "
            "de aanpassing fietsen mijn kinderen weer veilig naar school en het is veel rustiger. "
            "Ik was sceptisch, maar het werkt. Bedankt aan de gemeente en de bewoners die het "
            "hebben gesteund."
        ),
        (
            "Beste, ik heb een algemene vraag. Ik wil graag weten hoe ik kan inspreken bij de "
            "gemeenteraadsvergadering van volgende maand over de plannen voor {place}. Moet ik mij "
            "ergens aanmelden, en hoeveel tijd krijg ik? Ik hoor graag van u."
        ),
        (
            "Dag, ik heb vorig jaar een uitkering aangevraagd en krijg nu een brief dat ik geld "
            "moet terugbetalen, maar ik begrijp niet waarom. Ik heb al twee keer gebeld en word "
            "steeds doorverwezen. Kan iemand van de gemeente mij helpen en uitleggen wat er aan de "
            "hand is?"
        ),
        (
            "Hallo, ik zou graag weten wanneer het zwembad aan {place} weer opengaat na de "
            "renovatie. Mijn kinderen hebben zwemles en we moeten nu helemaal naar de andere kant "
            "van de stad. Op de website staat niets. Kunt u mij informeren?"
        ),
        (
            "Beste, ik wil een melding maken van een tweet die ik zag waarin iemand beweert dat de "
            "gemeente gaat stoppen met de ophaling van plastic. Klopt dat? Er is in de buurt veel "
            "onrust over. Zou de gemeente hier duidelijk over kunnen communiceren?"
        ),
        (
            "Goedemorgen, ik vind het beschamend dat de wethouder in de krant zegt dat er geen "
            "geld is voor jeugdwerk, terwijl er wel een nieuw kunstwerk op {place} komt van "
            "honderdduizend euro. Ik ben moeder van drie pubers en er is niets te doen voor ze. Ik "
            "wil dat de raad dit heroverweegt."
        ),
        (
            "Hallo, ik woon al veertig jaar in deze stad en ik heb het gevoel dat de gemeente "
            "steeds minder naar de bewoners luistert. Meldingen worden afgesloten zonder dat er "
            "iets gebeurt, brieven worden niet beantwoord. Ik wil niet alleen klagen, maar ik zou "
            "graag eens in gesprek gaan met iemand. Kan dat?"
        ),
        (
            "Beste, ik ben onlangs gescheiden en moet mijn adres wijzigen, maar mijn ex wil niet "
            "meewerken. Kan ik de adreswijziging zelf doen en wat heb ik daarvoor nodig? Ik heb "
            "twee kinderen die bij mij wonen. Alvast bedankt voor uw hulp."
        ),
        (
            "Dag, ik heb een vraag over de hondenbelasting. Ik heb mijn hond vorig jaar laten "
            "inslapen, maar ik krijg nog steeds een aanslag. Hoe kan ik die stopzetten en krijg ik "
            "het te veel betaalde terug? Met vriendelijke groet."
        ),
        (
            "Hallo, ik ben op zoek naar vrijwilligerswerk in de buurt van de {street}. Ik ben net "
            "met pensioen en wil graag iets nuttigs doen, bijvoorbeeld voorlezen of helpen bij de "
            "voedselbank. Waar kan ik me aanmelden? Bedankt."
        ),
        (
            "Beste, we hebben vorige maand een kind gekregen en ik wil weten of ik de geboorte nog "
            "moet aangeven bij de gemeente, of dat het ziekenhuis dat doet. Ook vraag ik me af hoe "
            "ik een kinderpaspoort aanvraag. Alvast dank."
        ),
        (
            "Goedemiddag, ik organiseer met de school een sponsorloop door het park bij {place}. "
            "Hebben we daar toestemming van de gemeente voor nodig, en mogen we een paar kraampjes "
            "neerzetten? Het is op een zaterdagochtend in mei. Ik hoor graag van u."
        ),
        (
            "Hallo, ik wil een opmerking maken over de communicatie van de gemeente rond de "
            "werkzaamheden in de {street}. Wij als bewoners hebben geen brief gekregen en wisten "
            "niets. Ik vraag niet om de werken te stoppen, maar om ons voortaan gewoon te "
            "informeren. Dat zou veel ergernis schelen."
        ),
        (
            "Beste, ik ben een ondernemer en wil een terras bij mijn lunchroom aan {place}. Welke "
            "vergunning heb ik nodig, hoe lang duurt de procedure en wat kost het? Ik heb online "
            "gezocht maar ik kom er niet uit. Dank voor uw hulp."
        ),
        (
            "Dag, er staat al {days} dagen een grote tent in de achtertuin van mijn buren aan de "
            "{street}, met elke avond een feest en veel bezoekers. Er wordt tot diep in de nacht "
            "gelachen en geschreeuwd. Ik heb het er al met hen over gehad. Is dit toegestaan in "
            "een woonwijk?"
        ),
        (
            "Hallo, sinds de nieuwe bewoners aan de {street} {num} er wonen, wordt er in hun tuin "
            "elke avond een vuurkorf gestookt met afvalhout en plastic. De rook trekt mijn huis "
            "binnen en mijn zoontje met astma krijgt het benauwd. Ik heb het al gevraagd maar ze "
            "vinden het gezellig. Wat zijn de regels?"
        ),
        (
            "Beste, de buurman aan de {street} laat zijn alarm van de auto bijna elke nacht afgaan "
            "zonder reden. Het duurt soms een kwartier voordat hij het uitzet. De hele straat "
            "wordt wakker. Ik heb het al vaak gezegd. Kan de politie of de gemeente daar iets aan "
            "doen?"
        ),
        (
            "Goedemorgen, bij de buren op {street} {num} is gisteravond een harde ruzie geweest "
            "met geschreeuw en gebonk. Ik hoorde een vrouw huilen. Ik heb de politie gebeld, maar "
            "ik weet niet wat er verder gebeurd is. Ik maak me zorgen om haar en de kinderen. Waar "
            "kan ik terecht?"
        ),
        (
            "Hallo, ik wil graag weten of er in de buurt van de {street} een plek is waar mensen "
            "die op straat leven kunnen overnachten. Er slaapt een jonge vrouw bij de ingang van "
            "de supermarkt en ik wil haar graag doorverwijzen. Welke nummers kan ik haar geven?"
        ),
        (
            "Beste, achter de sporthal bij {place} hebben mensen een tentenkamp opgezet. Ik wandel "
            "daar elke ochtend met mijn hond. Er ligt veel afval en er zijn injectienaalden "
            "gezien, en ik ben bang voor de kinderen die er op weg naar school langs lopen. Wat is "
            "het beleid van de gemeente voor deze mensen?"
        ),
        (
            "Dag, op de bankjes in {place} slapen de laatste weken steeds meer daklozen. Ik snap "
            "dat ze nergens anders heen kunnen, maar de ouders in de buurt vinden het onprettig. "
            "Is er een straatteam dat met deze mensen in gesprek gaat en hen helpt?"
        ),
        (
            "Hallo, ik vind dat er iets gedaan moet worden aan het vrij rondlopen van honden in "
            "het park aan {place}. Er staat een bord dat honden aangelijnd moeten zijn, maar veel "
            "eigenaren trekken zich er niets van aan. Gisteren werd mijn zoontje omver gelopen "
            "door twee grote honden. Kan er gehandhaafd worden?"
        ),
        (
            "Beste, er zitten vleermuizen onder het dak van onze woning aan de {street}. Ze komen "
            "'s avonds naar buiten en ze poepen op de vensterbanken. Ik weet dat ze beschermd "
            "zijn, maar wat kan ik doen? Kan iemand van de gemeente mij advies geven?"
        ),
        (
            "Goedenavond, in de {street} zijn er al meerdere keren wilde zwijnen gezien, vooral 's "
            "nachts. Ze woelen de grasvelden om en gisteren stonden ze midden op straat. Mijn "
            "kinderen lopen hier 's ochtends vroeg naar de bus. Zijn die dieren gevaarlijk en wat "
            "doet de gemeente eraan?"
        ),
        (
            "Hallo, in onze tuin aan de {street} zit een groot nest van de Aziatische hoornaar, "
            "hoog in de boom. Ik heb gelezen dat die gevaarlijk zijn voor bijen en mensen. Wie "
            "komt zo'n nest verwijderen en kost dat geld?"
        ),
        (
            "Beste, de flat aan de {street} heeft een probleem met zilvervisjes en papiervisjes in "
            "alle badkamers. De corporatie zegt dat het geen probleem is, maar ik vind het vies en "
            "mijn kinderen zijn er bang voor. Kan de gemeente de verhuurder aanspreken?"
        ),
        (
            "Dag, in het huis tegenover mij aan de {street} woont een oudere man die heel veel "
            "spullen verzamelt. Zijn tuin en huis staan vol, en nu komen er ratten en vliegen op "
            "af. Ik denk dat hij hulp nodig heeft. Bij wie kan ik dit melden zonder hem te "
            "kwetsen?"
        ),
        (
            "Hallo, wij hebben een huurwoning van een particuliere verhuurder aan de {street} en "
            "de cv-ketel is al drie weken kapot. We hebben geen warm water en douchen bij familie. "
            "De verhuurder zegt dat hij een monteur stuurt, maar die komt nooit. Wat zijn onze "
            "rechten?"
        ),
        (
            "Beste, in het restaurant waar ik gisteren at aan de {street} zat er een haar en een "
            "stukje plastic in mijn eten. De ober zei alleen sorry. De keuken zag er vanaf mijn "
            "tafel ook vies uit. Ik wil dit graag melden zodat er een controle komt."
        ),
        (
            "Goedemiddag, de pizzeria aan {place} levert eten met brommers die rondrijden zonder "
            "verlichting, maar dat is het punt niet: toen ik vorige week een pizza bestelde, was "
            "het vlees rauw en werd ik ziek. Ik heb een foto. Waar meld ik dit?"
        ),
        (
            "Hallo, er wordt bij ons in de {street} al weken aan de deuren gebeld door mensen die "
            "zeggen dat ze van de gemeente komen om de meterkast te controleren. Ze hebben geen "
            "pasje. Mijn oude buurvrouw heeft ze bijna binnengelaten. Komt de gemeente echt langs "
            "of is dit oplichting?"
        ),
        (
            "Beste, ik kreeg gisteren een telefoontje van iemand die beweerde van de "
            "belastingdienst van de gemeente te zijn en mijn bankgegevens wilde. Ik heb niets "
            "gegeven. Ik wil het toch melden, want mijn ouders zijn oud en kunnen hier zomaar in "
            "trappen. Waarschuwt de gemeente hiervoor?"
        ),
        (
            "Dag, bij ons achter aan de {street} is een garageboxencomplex waar 's avonds jongeren "
            "inbreken en spullen vernielen. Ik heb al vaker de politie gebeld, maar die komt pas "
            "na een uur. Is er iets dat de buurt zelf kan doen, zoals een buurtpreventieteam? Ik "
            "help graag."
        ),
        (
            "Hallo, iemand heeft afgelopen nacht de ruit van onze auto ingeslagen in de {street} "
            "en onze navigatie gestolen. Het is al de tweede keer dit jaar. De politie zegt dat ze "
            "het niet kunnen onderzoeken. Komt er cameratoezicht in onze wijk?"
        ),
        (
            "Beste, op de speelplaats bij {place} wordt 's avonds door groepjes jongeren hasj "
            "gerookt en worden er zakjes gedeeld. Mijn kinderen vinden de zakjes en vragen wat het "
            "is. Ik heb het al bij de wijkagent gemeld, maar het gaat door. Kan er meer controle "
            "komen?"
        ),
        (
            "Goedemorgen, ik wil graag weten wat ik moet doen met het overlijden van mijn moeder. "
            "Ze woonde aan de {street} en ik weet niet welke zaken ik bij de gemeente moet "
            "regelen. Is er een checklist of kan ik een afspraak maken? Ik ben een beetje de weg "
            "kwijt."
        ),
        (
            "Hallo, ik heb een vraag over de subsidie voor een verenigingsgebouw. Wij zijn een "
            "kleine schaakclub en onze huur gaat omhoog. Kan de gemeente ons helpen of is er een "
            "ander gebouw beschikbaar? We zijn met vijftig leden, jong en oud."
        ),
        (
            "Beste, ik wil de gemeente bedanken voor de fijne samenwerking met de buurtbewoners "
            "van de {street} bij het opzetten van de moestuin. De ambtenaren hebben meegedacht en "
            "ons geholpen. Nu hebben we elke zaterdag een gezellige ochtend met groente en koffie."
        ),
        (
            "Dag, ik wil graag een compliment geven aan de medewerkers van het stadsloket. Ik kwam "
            "vorige week met een lastige vraag over mijn rijbewijs en ze hebben me geduldig "
            "geholpen, ondanks de drukte. Ik ging met een glimlach naar huis."
        ),
        (
            "Hallo, ik heb gehoord dat de gemeente volgend jaar de parkeertarieven wil verhogen en "
            "tegelijk de bibliotheek sluit. Ik vind dat de verkeerde keuze. Wanneer wordt hierover "
            "gestemd en kan ik als burger mijn mening laten horen?"
        ),
        (
            "Beste, mijn buurvrouw in de {street} gooit al maanden haar afval over de schutting in "
            "mijn tuin en beschuldigt mij daarna van alles. Het is een burenruzie die uit de hand "
            "loopt. Ik heb gehoord dat er buurtbemiddeling bestaat. Hoe kan ik me daarvoor "
            "aanmelden?"
        ),
        (
            "Goedemiddag, bij het huis aan {street} {num} wordt een grote boom in de achtertuin "
            "gekapt zonder kapvergunning, volgens mij. Het was een hele oude beuk. Ik ben erg "
            "verdrietig. Kunt u nagaan of er een vergunning is en zo niet, wat er gebeurt?"
        ),
        (
            "Hallo, de eigenaar van het pand naast mij aan de {street} laat zijn gevel "
            "verloederen. De dakgoot hangt los, er vallen stenen van de gevel op mijn oprit en de "
            "ramen zijn kapot. Het is particulier, dus ik begrijp dat de gemeente het niet zelf "
            "doet, maar kan de gemeente de eigenaar verplichten het te herstellen?"
        ),
        (
            "Beste, er wordt in de {street} een kamer verhuurd als Airbnb en elke week komen er "
            "nieuwe gasten die feesten tot laat in de nacht en hun afval laten liggen. Mag dat "
            "zomaar? Ik wil graag weten of de eigenaar een vergunning heeft."
        ),
        (
            "Dag, ik wil even mijn verhaal kwijt. Ik heb het gevoel dat het in onze wijk rond "
            "{place} steeds onveiliger wordt: inbraken, drugs, lawaai, en de politie is nergens te "
            "zien. Ik heb drie kinderen en overweeg om te verhuizen. Wat doet de gemeente om de "
            "wijk weer leefbaar te maken?"
        ),
        (
            "Hallo, ik wil graag reageren op het plan om de markt te verplaatsen naar {place}. Ik "
            "woon er al dertig jaar en het is altijd gezellig geweest. Ik vind het jammer dat de "
            "bewoners niet zijn gevraagd. Waar kan ik mijn mening geven?"
        ),
        (
            "Beste, sinds een week lopen er 's nachts een stel pauwen rond in onze straat, "
            "vermoedelijk ontsnapt uit een particuliere tuin. Ze schreeuwen om vier uur 's "
            "ochtends, zitten op de auto's en lopen midden over de weg. Weet iemand van wie ze "
            "zijn en wie ze kan vangen?"
        ),
        (
            "Goedenavond, ik vind het geweldig dat er deze zomer weer een openluchtbioscoop is op "
            "{place}. Mijn vraag is alleen: moeten we kaartjes kopen of is het gratis, en kunnen "
            "we er met de kinderwagen naartoe? Dank voor de info."
        ),
        (
            "Hallo, ik heb een klacht over de wijkagent. Ik heb hem drie keer gemaild over de "
            "overlast van de buren, en hij heeft nooit geantwoord. Ik weet niet meer waar ik "
            "terecht kan. Kunt u mij doorverwijzen naar iemand die wel reageert?"
        ),
        (
            "Beste, ik wil graag laten weten dat de sfeer in de {street} enorm verbeterd is sinds "
            "het buurtfeest van vorige maand. Bedankt aan de gemeente voor de hulp met de "
            "vergunning en de dranghekken. Volgend jaar doen we het zeker weer."
        ),
        (
            "Dag, ik woon in een appartement aan de {street} en de buren onder mij roken de hele "
            "dag binnen. De rook komt via de ventilatie mijn woning in, mijn kleren stinken en "
            "mijn baby hoest. Ik heb het al met de beheerder besproken. Wat kan ik nog doen?"
        ),
        (
            "Hallo, ik ben een oudere man en ik voel me erg eenzaam sinds mijn vrouw is overleden. "
            "Ik woon aan de {street} en mijn kinderen wonen ver weg. Heeft de gemeente iets voor "
            "mensen zoals ik, een koffieochtend of iemand die eens langs komt? Ik zou het fijn "
            "vinden."
        ),
        (
            "Beste, er rijdt elke avond een ijscowagen door onze straat met een keiharde muziek, "
            "tot negen uur 's avonds. Mijn kinderen liggen dan al in bed en worden er wakker van. "
            "Heeft hij daar een vergunning voor en tot hoe laat mag dat?"
        ),
        (
            "Goedemorgen, ik wil een compliment geven voor de manier waarop de gemeente de dakloze "
            "man bij de {street} heeft geholpen. Ik had het gemeld en binnen een paar dagen was "
            "hij in een opvang. Ik zag hem gisteren en hij zag er veel beter uit. Dank u wel."
        ),
        (
            "Hallo, ik heb een vraag over de nieuwe afspraak om een rijbewijs te verlengen. Ik ben "
            "75 en moet een medische keuring doen. Kan ik de aanvraag ook doen zonder computer, en "
            "is er iemand die me kan helpen? Met vriendelijke groet."
        ),
        (
            "Beste, ik ben een alleenstaande vader en heb moeite om de huur te betalen. Ik heb "
            "gehoord dat er een regeling is voor mensen met een laag inkomen. Bij wie moet ik zijn "
            "en wat moet ik meenemen? Ik schaam me een beetje, maar ik moet het vragen."
        ),
        (
            "Dag, bij ons in de straat, de {street}, woont iemand die een grote hoeveelheid katten "
            "houdt. De stank komt tot op straat en er lopen katten rond die ziek lijken. Ik denk "
            "dat het een geval van dierenverwaarlozing is. Wie kan daar gaan kijken?"
        ),
        (
            "Hallo, er staat een hondje vastgebonden aan een paal bij {place} sinds vanochtend. Er "
            "is niemand in de buurt, het regent en het diertje trilt. Ik heb het een deken "
            "gegeven. Kan de dierenambulance komen? Ik blijf er zolang bij."
        ),
        (
            "Beste, sinds vorige week komt er elke nacht een groep jongeren met speakers naar het "
            "speelveldje aan de {street}. Ze draaien muziek tot {time} en de bassen dreunen door "
            "de hele buurt. De rommel laten ze achter, maar daar gaat het mij niet om: ik wil "
            "gewoon kunnen slapen. Wat kan de gemeente doen?"
        ),
        (
            "Goedemiddag, de bewoners van het verzorgingshuis aan de {street} hebben last van het "
            "lawaai van het evenemententerrein bij {place}. Elke zaterdag is er een festival met "
            "muziek tot middernacht. Mijn moeder van 91 is er helemaal van overstuur. Kan er bij "
            "de vergunning rekening worden gehouden met de ouderen?"
        ),
        (
            "Hallo, er wonen in het pand naast mij aan de {street} mensen die volgens mij worden "
            "uitgebuit. Er gaan elke ochtend om vijf uur busjes met mannen weg en ze komen pas "
            "laat terug. Er wonen er minstens vijftien in een klein huis. Ik weet niet bij wie ik "
            "dit moet melden."
        ),
        (
            "Beste, ik zag vanochtend iemand op de parkeerplaats bij {place} in auto's kijken en "
            "aan deurklinken trekken. Toen ik hem aansprak rende hij weg. Ik heb een beschrijving "
            "en de richting waarin hij ging. Ik heb de politie gebeld maar wil het ook hier "
            "melden."
        ),
        (
            "Dag, in de {street} is de stroom vorige nacht uitgevallen en de hele straat zat in "
            "het donker, ook het verzorgingshuis. Ik weet dat dat niet bij de gemeente hoort, maar "
            "ik wil vragen: is er een noodplan voor kwetsbare bewoners als dit gebeurt? Ik heb "
            "niemand kunnen bereiken."
        ),
        (
            "Hallo, ik wil graag zeggen dat ik erg blij ben met de snelle reactie op mijn melding "
            "over de losliggende stoeptegels in de {street}. Binnen een week waren ze hersteld en "
            "de mevrouw aan de telefoon was ontzettend vriendelijk. Heel erg bedankt namens de "
            "hele straat."
        ),
        (
            "Beste, ik wilde de gemeente bedanken voor de snelle reparatie van het verkeerslicht "
            "bij {place}. Ik ben slechtziend en dat licht is voor mij heel belangrijk. Binnen een "
            "dag na mijn melding werkte het weer. Dank u wel."
        ),
    ],
}


# A municipal service catalogue walked item by item: for every service type a city's reporting
# system or 311 line offers (and that residents raise with a transport operator), the ways
# residents name it. Same slots as BODIES.
CATALOGUE_TITLES: dict[str, list[str]] = {
    "traffic": [
        "Rode lamp verkeerslicht kapot",
        "Oranje lamp stoplicht doet het niet",
        "Groen licht brandt niet",
        "Eén lamp van het stoplicht [uit|stuk|gesprongen]",
        "Signaalgever VRI defect",
        "Lampkap verkeerslicht gedraaid",
        "Verkeerslicht wijst de verkeerde kant op",
        "Paal verkeerslicht omvergereden",
        "Mast van stoplicht scheef na aanrijding",
        "Wachtlicht brandt niet",
        "lampje wacht gaat niet aan",
        "Detectie verkeerslicht ziet fiets niet",
        "Lus in het wegdek reageert niet",
        "Groene pijl linksaf werkt niet",
        "Afslagpijl blijft rood",
        "Rechtsaf en fietsers tegelijk groen",
        "Verkeerslicht 's nachts op knipperen graag",
        "Stoplicht staat overdag op knipperstand",
        "Signalisatie kapot",
        "Verkeerslichten op knipperlicht",
        "verkeerlicht defekt",
        "stoplich kapot kruispunt",
        "stoplichten plat",
        "lichten aan het kruispunt stuk",
        "Klaar-over ontbreekt bij school",
        "Verkeersbrigadier graag",
        "Gemachtigd opzichter schooloversteek",
        "Verkeersregelaars weg bij evenement",
        "Vluchtheuvel te smal",
        "Middengeleider aangereden",
        "Oversteek via middenberm gevaarlijk",
        "Voorrangsbord weg",
        "Bord voorrangskruising [ontbreekt|verdraaid|omver]",
        "Stopbord omgereden",
        "Bord doodlopende weg ontbreekt",
        "Bord parkeerverbod onduidelijk",
        "Verkeersbord onleesbaar",
        "Bord verbleekt, niet meer te lezen",
        "Tijdelijk verkeersbord blijft staan",
        "Borden van de werken staan er nog",
        "Wegwerkbord omgewaaid",
        "Bebakening werkvak omgevallen",
        "Pijlwagen staat er al dagen",
        "Bord vrachtverkeer verboden gevraagd",
        "Bord zone 30 verkeerd geplaatst",
        "Verkeersbord midden op de stoep",
        "Borden woonerf ontbreken",
        "Begin woonerf niet aangegeven",
        "Bord fietsstraat weg",
        "Knipperlicht schoolzone defect",
        "Verkeersbord aanvragen",
        "Nieuwe verkeersspiegel aanvragen",
        "Verkeersspiegel verkeerd afgesteld",
        "Richtingbord wijst verkeerd",
        "Knooppuntbordje fietsroute ontbreekt",
        "Wegwijzer fietsroute verdraaid",
        "Witte lijnen weg",
        "Lijnen op de weg opnieuw trekken",
        "Doorgetrokken streep vervaagd",
        "Parkeervakken niet meer zichtbaar",
        "Vakken parkeerplaats opnieuw schilderen",
        "Markering busbaan weg",
        "Fietssymbool op wegdek vervaagd",
        "Zebra opnieuw schilderen",
        "zebrapad verven aub",
        "Blokmarkering weg bij rotonde",
        "Pijlen op de rijstroken kloppen niet",
        "Rijstrookmarkering verwarrend",
        "30 op het wegdek bijschilderen",
        "Gele streep stopverbod vervaagd",
        "Wegmarkeringen 's nachts onzichtbaar",
        "Belijning na asfaltering niet aangebracht",
        "Parkeerschijfzone onduidelijk",
        "Boete ondanks parkeerschijf",
        "Slagboom parkeergarage gaat niet open",
        "Betaalautomaat parkeergarage kapot",
        "P+R terrein vol",
        "Kiss and ride strook vol geparkeerd",
        "Stopverbod wordt genegeerd",
        "Parkeren op de busbaan",
        "Auto's op de busstrook",
        "Laadpaal aanvragen",
        "Laadpaal [defect|laadt niet|scherm zwart]",
        "Laadpaal bezet door auto die niet laadt",
        "Gehandicaptenparkeerplaats op kenteken aanvragen",
        "Invalidenparkeerplaats aanvragen",
        "GPK aanvragen",
        "Parkeervergunning zorgverlener",
        "Bedrijfsvergunning parkeren",
        "Ontheffing parkeren verhuizing",
        "Verhuisborden plaatsen",
        "Parkeerplaats reserveren voor verhuiswagen",
        "Parkeerapp werkt niet",
        "Naheffingsaanslag parkeren onterecht",
        "Wielklem",
        "Auto weggesleept, waar staat hij",
        "Auto laten wegslepen",
        "Parkeren voor mijn garagebox",
        "Parkeren in de bocht",
        "Half op de stoep geparkeerd",
        "Keerlus vol geparkeerd",
        "Foutparkeerder op laad- en loszone",
        "Taxi's op de stoep",
        "Busjes op de hoek, geen zicht",
        "Oplegger geparkeerd in de straat",
        "Bedrijfsbussen nemen alle plekken in",
        "Bouwcontainer op de parkeerplaats",
        "Parkeerdruk in de wijk",
        "Geen parkeerplek te vinden",
        "Foutief parkeren",
        "Parkeeroverlast aan de schoolpoort",
        "Wagen op het voetpad",
        "Sloopauto in de straat",
        "Auto op bokken",
        "Auto met lekke banden staat al maanden",
        "Auto met hoes erover staat al een jaar",
        "Roestbak op parkeerplaats",
        "Verlaten voertuig zonder nummerplaat",
        "Achtergelaten wagen",
        "Bestelbus zonder APK al weken",
        "Achtergelaten motor",
        "Fatbike achtergelaten",
        "Bakfiets al maanden aan de paal",
        "Fietswrak aan het hek",
        "Fiets zonder wielen in rek",
        "Velo achtergelaten",
        "Verweesde fietsen",
        "Deelauto op verkeerde plek",
        "Deelstep in de berm",
        "Steps op het zebrapad",
        "Huurscooter midden op het fietspad",
        "Flitspaal gevraagd",
        "Trajectcontrole gewenst",
        "Snelheidsmeting aanvragen",
        "Met 80 door de 30-zone",
        "Motoren te hard",
        "Crossmotoren op de openbare weg",
        "Quads scheuren door de wijk",
        "Opgevoerde scooters",
        "Fatbikes te hard op fietspad",
        "Speed pedelecs op het fietspad",
        "Stapvoets wordt niet gereden",
        "Bestelbusjes rijden te hard",
        "Straatrace",
        "te hard gereden schoolomgeving",
        "Plateau aanvragen",
        "Wegversmalling gevraagd",
        "Chicane gevraagd",
        "Asverspringing werkt niet",
        "Drempel te laag",
        "Drempel weg na herinrichting",
        "Verkeersdrempel verwijderen",
        "Bloembakken tegen hardrijden",
        "Paaltjes tegen parkeren gevraagd",
        "Afsluitpaal omvergereden",
        "Paal weg, auto's rijden door",
        "Verzinkbare paal blijft omhoog",
        "Poller kapot",
        "Opstopping rotonde",
        "Lange file voor het stoplicht",
        "Files door bouwverkeer",
        "Vastgelopen verkeer bij de school",
        "Verkeersinfarct",
        "Verkeer staat vast tot in de wijk",
        "Afsluiting straat onduidelijk",
        "Straat dicht zonder melding",
        "Knip in de straat",
        "Autoluwe straat, toch auto's",
        "Doorgaand verkeer door woonwijk",
        "Venstertijden worden genegeerd",
        "Milieuzone borden ontbreken",
        "LEZ-bord ontbreekt",
        "Circulatieplan",
        "Wegenwerken omleiding",
        "Gele omleidingsborden verkeerd",
        "Navigatie stuurt verkeer door woonstraat",
        "Straat afgesloten voor evenement",
        "Dranghekken op de rijbaan",
        "Dode hoek bij kruising",
        "Geen zicht bij uitrit",
        "Schoolroute onveilig",
        "Bijna-ongeluk kruispunt",
        "Weer een ongeval op dit kruispunt",
        "Fietsers op de stoep",
        "Fietsers in de winkelstraat",
        "Fietsers negeren rood",
        "Tweerichtingsfietspad onduidelijk",
        "Fietspad eindigt abrupt",
        "Fietsoversteekplaats zonder voorrang",
        "Fietsbeugels bij station vol",
        "Fietsparkeren",
        "Fietsenstalling aanvragen",
        "Fietstrommel aanvragen",
        "Fietskluis in de straat",
        "Fietsenrek [kapot|scheef|los]",
        "Vrachtwagenverbod wordt genegeerd",
        "Tonnagebeperking genegeerd",
        "Bouwverkeer door woonstraat",
        "Tractoren te hard door het dorp",
        "Touringcar parkeert in woonwijk",
        "Verhuiswagen blokkeert straat",
        "Pakketbusjes dubbel geparkeerd",
        "Geclaxonneer",
        "Toeterende taxi's",
        "Getoeter bij de school",
        "Verkeer en vervoer",
        "Verkeersmaatregel",
        "Verkeersborden en wegmarkering",
        "Parkeren en handhaving",
        "Verkeerslichtinstallatie",
        "Mobiliteit",
        "Wegbebakening",
        "Fout parkeren / parkeeroverlast",
        "Voertuigen (achtergelaten)",
        "Fietsen en fietsenstallingen",
        "Verkeersonveilige situatie",
        "Snelheid en verkeersveiligheid",
    ],
    "public_works": [
        "Spoorvorming in het asfalt",
        "Rafeling wegdek",
        "Losse steentjes op de weg",
        "Steenslag op de rijbaan",
        "Grind los op het fietspad",
        "Wasbord in de weg",
        "Dwarsscheur in de weg",
        "Asfalt opgedrukt",
        "Bult in het asfalt",
        "Bobbel in de weg",
        "Put in het wegdek rond de riooldeksel",
        "Riooldeksel ligt te diep",
        "Deksel steekt boven de weg uit",
        "Teer plakt bij warm weer",
        "Bitumen smelt op het fietspad",
        "Rode slijtlaag fietspad kapot",
        "Gat in rood fietspad",
        "Wegdek uitgesleten",
        "Gaten in de rijweg",
        "Putten in de rijbaan",
        "Kuilen na de vorst",
        "Vorstschade weg",
        "Straat vol gaten",
        "gat in de strraat",
        "kuil in t wegdek",
        "Diepe putten in onverharde weg",
        "Zandpad vol kuilen",
        "Halfverharding uitgespoeld",
        "Bolle straat",
        "Scheve straatstenen",
        "Klinkerweg [verzakt|hobbelig|vol plassen]",
        "Betonstraatstenen los",
        "Gebakken klinkers los",
        "Stenen liggen los in parkeervak",
        "Plassen op straat na regen",
        "Water blijft staan op straat",
        "Trottoirtegel gebroken",
        "Gebroken tegels voetpad",
        "Tegels liggen los voor de deur",
        "Tegel wiebelt",
        "Stoeptegel gesprongen",
        "Gat in de stoep naast de boom",
        "Gat in het voetpad",
        "Gevaarlijke stoep",
        "Stoep onbegaanbaar met rollator",
        "Voetpad niet rolstoeltoegankelijk",
        "Geleidelijn blinden kapot",
        "Ribbeltegels los bij oversteek",
        "Trottoirbanden scheef",
        "Stoepband verzakt",
        "Stoeprand te hoog voor rolstoel",
        "Afgeschuinde band kapot",
        "Inritband los",
        "Oprit voetpad verzakt",
        "Drempeltje in de stoep",
        "Paaltje los",
        "Amsterdammertje scheef",
        "Hekje langs de stoep kapot",
        "Afzethek kapot",
        "Verkeersheuvel vol onkruid",
        "Informatiebord park kapot",
        "Kunstwerk beschadigd",
        "Monument vervuild",
        "Standbeeld beklad",
        "Vlaggenmast kapot",
        "Klok op het plein staat stil",
        "Lamp zoemt",
        "Lantaarn zoemt de hele nacht",
        "Armatuur hangt scheef",
        "Lampkap gevallen",
        "Glas van straatlamp kapot",
        "Kabel hangt uit mast",
        "Lichtmast roestig aan de voet",
        "Lantaarnpaal wiebelt",
        "Straatlamp te fel",
        "Straatlamp schijnt in slaapkamer",
        "Lamp brandt de hele dag",
        "Halve straat zonder licht",
        "Meerdere lampen uit",
        "Licht in de speeltuin kapot",
        "Verlichting parkeerplaats uit",
        "Verlichting voetpad kapot",
        "Aanlichting monument uit",
        "Verlichting brug kapot",
        "lantaren uit",
        "lantaarnpaal doet het niet",
        "straatlantaren flikkerd",
        "straatlicht knippert",
        "Donkere plek in de wijk",
        "Schakelkast open",
        "Elektriciteitskastje open op straat",
        "Boomvak kapot",
        "Boomrooster los",
        "Boomkrans omgereden",
        "Boom groeit tegen de gevel",
        "Boom tegen de dakgoot",
        "Blad van gemeenteboom in mijn goot",
        "Kastanjes op de stoep",
        "Eikels en nootjes op het fietspad",
        "Plakkerige boom",
        "Honingdauw van lindeboom",
        "Zaadpluis van populier",
        "Stormschade boom",
        "Tak op geparkeerde auto",
        "Tak op het dak van mijn huis",
        "Boom door de bliksem geraakt",
        "Boom scheurt uit",
        "Iepziekte",
        "Essentaksterfte",
        "Dode takken in de kroon",
        "Plataan knotten",
        "Knotwilgen knotten",
        "Jonge boom dood",
        "Jonge aanplant verdroogd",
        "Boom water geven graag",
        "Bomen water nodig",
        "Boom omgewaaid in de berm",
        "Boom ligt in de sloot",
        "Wortels uit de grond",
        "Wortelopdruk fietspad",
        "Struiken te hoog bij uitrit",
        "Beplanting belemmert zicht",
        "Heesters overwoekeren pad",
        "Rozenperk vol onkruid",
        "Bloemperk vertrapt",
        "Bloemen verwelkt in bak",
        "Hanging baskets geen water",
        "Maaisel blijft liggen",
        "Gemaaid gras op het fietspad",
        "Houtsnippers op het pad",
        "Gras langs de stoeprand te lang",
        "Hoog gras bij oversteek",
        "Berm te hoog, geen zicht",
        "Grasmat vol gaten",
        "Bosplantsoen verwaarloosd",
        "Houtwal vol afval",
        "Japanse duizendknoop",
        "Reuzenberenklauw langs pad",
        "Ambrosia op openbare grond",
        "Bramen over het voetpad",
        "Distels in de berm",
        "Onkruid op het plein",
        "Mos op de stoep",
        "Groene aanslag op fietspad",
        "Geveltuin aanvragen",
        "Tegeltuintje aanvragen",
        "Boomspiegel adopteren",
        "Stukje groen adopteren",
        "Meer groen in de straat",
        "Extra prullenbak aanvragen",
        "Extra bankje gevraagd",
        "Wandelpad onbegaanbaar",
        "Modderig wandelpad",
        "Hondenuitlaatveld hek kapot",
        "Hondenlosloopgebied niet gemaaid",
        "Hondenpoepzakjes automaat leeg",
        "Hondenpoep op de stoep",
        "Hondenpoep in het gras",
        "Paardenvijgen op het fietspad",
        "Speelhuisje kapot",
        "Draaimolen speeltuin vast",
        "Duikelrek los",
        "Trampoline speeltuin kapot",
        "Waterspeelplaats doet het niet",
        "Klimnet gescheurd",
        "Touwbrug kapot",
        "Splinters aan speeltoestel",
        "Spijker steekt uit speeltoestel",
        "Zandbak vol kattenpoep",
        "Valzand weg onder schommel",
        "Tafeltennistafel kapot",
        "Pannakooi kapot",
        "Kunstgrasveld kapot",
        "Doeltjes trapveld weg",
        "Netten voetbalkooi kapot",
        "Basketbalnet weg",
        "Fitnesstoestel park defect",
        "Jeu de boules baan onderhoud",
        "Sloot dichtgegroeid",
        "Singel vol drijfvuil",
        "Gracht vol fietsen",
        "Drijfvuil in de vaart",
        "Waterplanten in de vijver",
        "Krabbenscheer in de sloot",
        "Blauwalg in de vijver",
        "Blauwalg in de plas",
        "Stinkende vijver",
        "Waterpeil te laag",
        "Beschoeiing verrot",
        "Walkant ingezakt",
        "Kademuur verzakt",
        "Meerpaal los",
        "Aanlegsteiger kapot",
        "Vlonder kapot",
        "Vlonderpad planken los",
        "Stuw verstopt",
        "Wadi staat vol water",
        "Greppel verstopt",
        "Lijngoot verstopt",
        "Molgoot vol bladeren",
        "Trottoirkolk verstopt",
        "Kolk stinkt",
        "Rooster van de put weg",
        "Rioolrooster los",
        "Huisaansluiting riool verstopt",
        "Riool loopt over in de tuin",
        "Rioolwater op straat",
        "Wortels in het riool",
        "Ontstopping riool aanvragen",
        "Pompput storing",
        "Drukriool alarm",
        "Gemaal maakt alarm",
        "Grondwateroverlast",
        "Natte kelder door grondwater",
        "Regenpijp afkoppelen",
        "Regenwater loopt niet weg",
        "Water staat in de tunnel",
        "Fietstunnel lekt",
        "Viaduct brokkelt af",
        "Betonrot viaduct",
        "Voegovergang brug klappert",
        "Brugdek planken rot",
        "Brugleuning roest",
        "Hellingbaan kapot",
        "Trap naar de dijk kapot",
        "Bordes glad",
        "Brandkraanbordje weg",
        "Brandkraan tegel los",
        "Waterleiding gesprongen",
        "Drinkwaterleiding lekt op straat",
        "Lekkende leiding onder de stoep",
        "Ophaalroute overgeslagen",
        "Halve straat niet opgehaald",
        "Oud papier niet opgehaald",
        "Karton blijft staan",
        "Luierzak niet meegenomen",
        "Plastic zakken blijven liggen",
        "Kerstbomen ophalen",
        "Kerstboominzameling",
        "Snoeiafval niet meegenomen",
        "Tuinafvalcontainer niet geleegd",
        "Grofvuil afspraak maken",
        "Grofvuil ophaalafspraak niet nagekomen",
        "Wit- en bruingoed laten ophalen",
        "Oude wasmachine ophalen",
        "Klein chemisch afval inleveren",
        "Frituurvet inzameling",
        "Klep van container klemt",
        "Trommel container draait niet",
        "Vulopening container verstopt",
        "Ondergrondse container stinkt",
        "Container schoonmaken graag",
        "Luik container hangt open",
        "Display container zwart",
        "Afvalpas kwijt",
        "Afvalpas werkt niet",
        "Container verplaatst zonder bericht",
        "Nieuwe verzamelcontainer aanvragen",
        "Verkeerde bak gekregen",
        "Chip in kliko werkt niet",
        "Vuilnisbak niet teruggezet",
        "Kliko midden op de stoep laten staan",
        "Kliko omgevallen door vuilniswagen",
        "Afvalbak gestolen",
        "Grijze container kwijt",
        "Blauwe bak aanvragen",
        "Sticker op container",
        "Vuilbak vol op het plein",
        "Vuilnisbakken in het park puilen uit",
        "Afvalbakje bij de bank vol",
        "Peukenpaal vol",
        "Lachgaspatronen op straat",
        "Lachgascilinders in de berm",
        "Ballonnen en confetti overal",
        "Sigarettenpeuken op het plein",
        "Kauwgom op de stoep",
        "Braaksel op de stoep",
        "Verfvlek op de weg",
        "Frituurvet in de goot",
        "Vogelpoep onder de brug",
        "Bouwafval gedumpt",
        "Asbest golfplaten gedumpt",
        "Autobanden gedumpt",
        "Vaten met olie gedumpt",
        "Tuinafval in het groen gestort",
        "Winkelwagentje in de berm",
        "Winkelwagens achtergelaten",
        "Huisraad op straat na verhuizing",
        "Afval uit de auto gegooid",
        "Sluikstorting",
        "Dumpplek",
        "Zwerfafval schoolroute",
        "Veegwagen komt nooit",
        "Schoonmaak na de markt",
        "Straat vies na kermis",
        "Rommel na evenement",
        "Onkruidborstel graag",
        "Plein hogedrukreinigen",
        "Strooiroute",
        "Pekel op fietspad graag",
        "Zout op de stoep",
        "Sneeuw op de stoep geschoven",
        "Sneeuwschuiver heeft stoep dichtgeschoven",
        "IJsplaat op het voetpad",
        "IJspegels aan het viaduct",
        "Gladheid fietspad",
        "Zoutkist vullen",
        "Zoutbak leeg",
        "Graffiti op verkeerskast",
        "Graffiti op geluidsscherm",
        "Hakenkruis op muur",
        "Posters op de brug",
        "Schilderwerk bladdert af",
        "Deur gemeentehuis kapot",
        "Sporthal dak lekt",
        "Schoolplein onderhoud",
        "Begraafplaats paden slecht",
        "Kraan begraafplaats kapot",
        "Toiletgebouw park vies",
        "Naalden in het park",
        "Condooms in de bosjes",
        "Scherven rond de glasbak",
        "Glasbak kapot",
        "Rijplaten klapperen",
        "Tijdelijke verharding los",
        "Glasvezel sleuf slecht dicht",
        "Kabelwerk voetpad niet hersteld",
        "Grondhoop op de stoep",
        "Werkvak verlaten",
        "Zandzakken op de stoep",
        "Onderhoud wegen",
        "Beheer openbare ruimte",
        "Groen en bomen",
        "Afval en reiniging",
        "Wegen en voetpaden",
        "Riolering en wateroverlast",
        "Straatmeubilair en speelvoorzieningen",
        "Openbare verlichting en lichtmasten",
        "Kunstwerken (bruggen en tunnels)",
        "Water en oevers",
        "Gladheidbestrijding / sneeuw",
        "Zwerfvuil / sluikstort",
    ],
    "transit": [
        "Inchecken met bankpas lukt niet",
        "Contactloos betalen in de bus werkt niet",
        "Betaalpas geweigerd bij de paal",
        "Twee keer afgeschreven met pinpas",
        "Saldo te laag melding terwijl er geld op staat",
        "Ov-kaart geblokkeerd",
        "Persoonlijke kaart kwijt",
        "Automatisch opladen mislukt",
        "Reisproduct niet geladen",
        "Kortingsabonnement werkt niet",
        "Daluren korting niet toegepast",
        "Studentenreisrecht niet geactiveerd",
        "65+ korting",
        "Seniorenkorting bus",
        "Rittenkaart ongeldig",
        "E-ticket QR-code wordt niet gescand",
        "Sms-ticket",
        "Printticket niet geaccepteerd",
        "Vergeten uit te checken in de bus",
        "Check-in niet gelukt door drukte",
        "Ov-chip defect",
        "ovchipkaart kapot",
        "ov chipkaart werkt nie",
        "Kaartje kopen bij chauffeur kan niet meer",
        "Geen contant geld in de bus",
        "Enkeltje te duur",
        "Prijs retourtje omhoog",
        "Geld terug na uitval",
        "Restitutie abonnement",
        "Coulance aanvragen",
        "Ongebruikt ticket terugbetalen",
        "Ticket omruilen",
        "Klantenservice vervoerder onbereikbaar",
        "Wachttijd klantenservice",
        "Chat klantenservice werkt niet",
        "Klachtformulier vervoerder",
        "Geen antwoord op mijn klacht",
        "App vervoerder crasht",
        "Inloggen reis-app lukt niet",
        "Tickets verdwenen uit de app",
        "Spookbus in de app",
        "Live-tijden kloppen niet",
        "Haltebord weg",
        "Dienstregeling aan halte ontbreekt",
        "Vertrektijdenbord bij halte uit",
        "Bankje in abri weg",
        "Verlichting bushokje kapot",
        "Abri lekt",
        "Perronkap lekt",
        "Perron glad",
        "Loket station gesloten",
        "Servicebalie station onbemand",
        "Wachtruimte station dicht",
        "Stationstoilet kapot",
        "Betaaltoilet station kost te veel",
        "Perron te kort",
        "Overkapping perron kapot",
        "Trap perron kapot",
        "Lift naar perron buiten dienst",
        "Roltrap metro stilgezet",
        "Reisassistentie niet gekomen",
        "In- en uitstaphulp vergeten",
        "Hellingbaan tram klapt niet uit",
        "Geleidehond geweigerd in de bus",
        "Instaphoogte te hoog",
        "Scootmobiel mag niet mee",
        "Rolstoelplek bezet",
        "Omroep niet te horen voor slechthorenden",
        "Geen displays in de bus",
        "Rollator in de tram",
        "Regiotaxi te laat",
        "Regiotaxi kwam niet",
        "Belbus niet gekomen",
        "Haltetaxi",
        "Doelgroepenvervoer",
        "Veerpont vaart niet",
        "Pont uit de vaart",
        "Pont te vol met fietsers",
        "Waterbus vertraagd",
        "Stoptrein vertraagd",
        "Stoptrein rijdt niet",
        "Nachttrein uitgevallen",
        "Grensoverschrijdende trein vertraagd",
        "Hogesnelheidstrein geannuleerd",
        "Rijtuig te weinig",
        "Bakken te kort",
        "Te korte trein",
        "Treinstel defect",
        "Balkon vol fietsen",
        "Fietsrijtuig vol",
        "Bovenleidingstoring",
        "Koperdiefstal spoor",
        "Aanrijding met persoon, geen info",
        "Personeelstekort trein",
        "Staking openbaar vervoer",
        "Werkonderbreking bus",
        "Werkzaamheden aan het spoor in het weekend",
        "Bussen i.p.v. trein",
        "Streekbus uitgevallen",
        "Snelbus vol",
        "Schoolbus te vol",
        "Bus rijdt door zonder stoppen",
        "Stopknop bus doet niets",
        "Voordeur instappen verplicht?",
        "Bus rijdt omweg",
        "Bus staat met draaiende motor",
        "Bus rijdt roekeloos",
        "Tram piept",
        "Tram schokt",
        "Tramdeuren sluiten te snel",
        "Metro perrondeuren defect",
        "Metro stinkt",
        "Lift metrostation kapot",
        "Premetro storing",
        "Sneltram vertraagd",
        "Wifi in de trein",
        "Stopcontact in de trein werkt niet",
        "Stoel kapot in de trein",
        "Ramen trein vies",
        "Muziek in de bus te hard",
        "Eten in de bus",
        "Bagage in het gangpad",
        "Grote koffer mee in de trein",
        "Fiets mee in de trein",
        "Vouwfiets in de bus",
        "Hond mee in de trein",
        "Dagkaart fiets",
        "Buggy mag niet mee",
        "Zondagdienstregeling",
        "Zomerdienstregeling",
        "Vakantiedienstregeling onduidelijk",
        "Dienstregeling feestdagen",
        "Sleutels verloren in de tram",
        "Jas laten hangen in de trein",
        "Laptop vergeten in de trein",
        "Knuffel verloren in bus {line}",
        "Paraplu laten liggen in de metro",
        "Portemonnee kwijt in trein",
        "Bril verloren in de bus",
        "Verloren voorwerpen bus",
        "Omroep zegt niks",
        "Storing niet gecommuniceerd",
        "Pushmelding app te laat",
        "Bordje bij de halte zegt iets anders",
        "Lijn {line} te laat",
        "Lijn {line} rijdt niet",
        "Halte {stop} overgeslagen",
        "Geen bus bij {stop}",
        "Trein {train} vertraagd",
        "Trein {train} rijdt niet",
        "Openbaar vervoer klachten",
        "Bus, tram en metro",
        "Trein en station",
        "Vervoersbewijzen en tarieven",
        "Reizen met een beperking",
        "Gevonden en verloren voorwerpen",
    ],
    "communication": [
        "Stampende bovenburen",
        "Buren boren op zondag",
        "Klussen buren 's avonds laat",
        "Buurman zaagt de hele dag",
        "Lawaai van de bovenbuurvrouw",
        "Gehorig appartement, buren",
        "Autoalarm gaat steeds af",
        "Inbraakalarm gaat al uren",
        "Alarm bij buren loeit",
        "Haan kraait om 4 uur",
        "Glasbak 's nachts gebruikt, herrie",
        "Windturbine bromt",
        "Zoemende pomp bij bedrijf",
        "Generator bij bouwplaats 's nachts",
        "IJscowagen muziek",
        "Karaoke bij de buren",
        "DJ in de achtertuin",
        "Speakerbox in het park",
        "Basgedreun",
        "Bassen sportschool",
        "Zangles buren",
        "Drumstel buren",
        "Luide muziek uit auto",
        "Geschreeuw op straat 's nachts",
        "Kinderen voetballen tegen de gevel",
        "Veegwagen om 5 uur, herrie",
        "Bouwplaats begint te vroeg",
        "Sloopwerk lawaai",
        "Sloopwerk stof",
        "Bouwstof in huis",
        "Trillingen door heien",
        "Scheuren in huis door bouw",
        "Geluidsoverlast sportveld",
        "Geluidshinder",
        "lawaaierige buren",
        "burenlawaai weer",
        "herrie",
        "Stookoverlast vuurkorf",
        "Rook van de buren",
        "Rook van barbecue",
        "Buren verbranden afval",
        "Shisha lucht",
        "Frituurlucht snackbar",
        "Mestlucht",
        "Chemische lucht",
        "Gaslucht",
        "Ruik gas",
        "Rookmelder gaat af bij buren",
        "Geurhinder bedrijf",
        "Stank uit restaurantkeuken",
        "Lichthinder buren",
        "Bouwlamp schijnt in mijn slaapkamer",
        "Led-reclame te fel",
        "Schijnwerpers sportveld tot laat aan",
        "Lichtreclame 's nachts aan",
        "Iemand slaapt in de parkeergarage",
        "Dakloze in de fietsenstalling",
        "Man slaapt in het station",
        "Slaapplek onder het viaduct",
        "Dakloos gezin",
        "Winteropvang",
        "Daklozenopvang vol",
        "Persoon ligt op de grond",
        "Bezorgd om dakloze",
        "Zwerver in de portiek",
        "Ruwslaper",
        "Matrassen en dekens onder de brug",
        "Eenzame buurman",
        "Buurvrouw al dagen niet gezien",
        "Vervuilde woning buren",
        "Verzamelwoede buurman",
        "Zorgmelding",
        "Zorgen om een buurtbewoner",
        "Vermist persoon",
        "Hulp bij boodschappen",
        "Wmo aanvraag",
        "Huishoudelijke hulp",
        "Mantelzorg ondersteuning",
        "Schuldhulpverlening",
        "Bijstandsuitkering",
        "Energietoeslag",
        "Jeugdhulp",
        "Hond verwaarloosd",
        "Hond de hele dag op balkon",
        "Paard zonder water",
        "Schapen in de wei zonder water",
        "Dier in nood",
        "Dierenambulance",
        "Vogel met vishaak",
        "Zwaan op de weg",
        "Eenden met jongen op straat",
        "Egel in de tuin gewond",
        "Steenmarter op zolder",
        "Marter onder de motorkap",
        "Koe loopt op de weg",
        "Slang gevonden",
        "Exotisch dier ontsnapt",
        "Buurvrouw voert zwerfkatten",
        "Kippen van de buren",
        "Dode vissen in de vijver",
        "Dode das",
        "Dode reiger",
        "Dode vogels in het park",
        "Dode duif op het balkon",
        "Dood konijn",
        "Eikenprocessierups",
        "Processierupsen in de boom",
        "Rupsen in eikenboom",
        "Aziatische hoornaar",
        "Hoornaars",
        "Wespen in de spouwmuur",
        "Wespennest in de lantaarnpaal",
        "Mieren in huis",
        "Faraomieren",
        "Vlooien",
        "Zilvervisjes",
        "Houtworm",
        "Teken in het park",
        "Tijgermug",
        "Knutten",
        "Steekmuggen",
        "Kauwen op het dak",
        "Meeuwen op het dak",
        "Duiven op mijn balkon",
        "Duivenpoep balkon",
        "Rattenplaag",
        "Ratten uit het riool",
        "Ratten bij de containers",
        "Ratten in het park",
        "Rat in de keuken",
        "Muizen in de kelder",
        "Ongediertebestrijder",
        "Ongedierte in de flat",
        "Rommel in de voortuin",
        "Voortuin vol afval",
        "Autowrak in de tuin van de buren",
        "Caravan in voortuin",
        "Bouwwerk zonder vergunning",
        "Schuur zonder vergunning",
        "Aanbouw zonder vergunning",
        "Uitbouw buren te groot",
        "Kamerverhuur",
        "Illegale kamerverhuur",
        "Illegale bewoning",
        "Overbewoning",
        "Veel arbeidsmigranten in één huis",
        "Onderhuur",
        "Woonfraude",
        "Spookbewoning",
        "Adresfraude",
        "Woonboot verwaarloosd",
        "Reclamebord zonder vergunning",
        "Uitstalling op de stoep",
        "Terras buiten de vergunning",
        "Sluitingstijd horeca",
        "Overlast coffeeshop",
        "Nachtwinkel overlast",
        "Illegaal hotel",
        "Vakantieverhuur",
        "Buren kappen boom zonder vergunning",
        "Kapvergunning aanvragen",
        "Omgevingsvergunning",
        "Bestemmingsplan",
        "Bezwaar tegen vergunning",
        "Asbestsanering buren",
        "Asbest in de tuin",
        "Bodemverontreiniging",
        "Luchtkwaliteit",
        "Fijnstof",
        "Legionella",
        "Hitteplan",
        "Huurverhoging",
        "Huurcommissie",
        "Woning zoeken",
        "Urgentieverklaring",
        "Wachtlijst sociale huur",
        "Tocht in huurhuis",
        "Dak lekt huurhuis",
        "Geen warm water",
        "Cv-ketel kapot verhuurder",
        "Lift in de flat kapot",
        "Portiek vies",
        "Galerij vies",
        "Intercom flat kapot",
        "Verhuurder reageert niet",
        "Huisjesmelker",
        "Auto-inbraak",
        "Ruit ingeslagen auto",
        "Vandalisme",
        "Brandstichting",
        "Autobrand",
        "Explosie",
        "Vuurwerkbom",
        "Zwaar vuurwerk",
        "Wapen gezien",
        "Mes getrokken",
        "Schoten gehoord",
        "Overval",
        "Drugsafval",
        "Drugslab",
        "Dealers",
        "Dealende jongeren",
        "Jeugdgroep",
        "Intimiderende groep",
        "Rondhangende jongeren",
        "Babbeltruc",
        "Nepagent aan de deur",
        "Oplichting",
        "Phishing mail gemeente",
        "Nepmail",
        "Colportage",
        "Venters aan de deur",
        "Bedelaars",
        "Agressieve bedelaar",
        "Collectant zonder pasje",
        "Tasjesroof",
        "Evenementenvergunning aanvragen",
        "Straatfeest aanvragen",
        "Buurtbarbecue",
        "Terrasvergunning",
        "Ontheffing geluid",
        "Standplaatsvergunning",
        "Drank- en horecavergunning",
        "Collectevergunning",
        "Huisnummerbord",
        "WOZ-waarde bezwaar",
        "WOZ beschikking",
        "Rioolheffing",
        "Afvalstoffenheffing te hoog",
        "Toeristenbelasting",
        "Precariobelasting",
        "Betalingsregeling",
        "Automatische incasso",
        "Aanslag niet ontvangen",
        "Uittreksel BRP",
        "Geboorteaangifte",
        "Erkenning kind",
        "Trouwen",
        "Huwelijk aankondigen",
        "Geregistreerd partnerschap",
        "Overlijden melden",
        "Naamswijziging",
        "VOG aanvragen",
        "DigiD werkt niet",
        "Attest gezinssamenstelling",
        "Kieskaart",
        "Naturalisatie",
        "Inburgering",
        "Briefadres",
        "Verhuizen naar buitenland",
        "Sinterklaasintocht",
        "Vrijmarkt",
        "Braderie",
        "Marathon",
        "Open monumentendag",
        "Museum",
        "Cultuurpas",
        "Stadspas",
        "Sportvereniging subsidie",
        "Stemmen vanuit het buitenland",
        "Kandidatenlijst",
        "Raadsvergadering",
        "Begroting gemeente",
        "Windmolens",
        "Azc",
        "Bomenkap protest",
        "Woningbouwplannen",
        "Parkeerbeleid",
        "Medewerker onbeschoft",
        "Niet teruggebeld",
        "Melding gesloten zonder actie",
        "Wachttijd telefoon gemeente",
        "Website gemeente werkt niet",
        "Meldingen-app crasht",
        "Foto uploaden lukt niet",
        "Adres niet te vinden op de kaart",
        "Meldingsnummer kwijt",
        "Klachtenprocedure",
        "Ombudsman",
        "Privacy",
        "Inzageverzoek",
        "Woo-verzoek",
        "Dank aan de handhaver",
        "Dank wijkagent",
        "Compliment buschauffeur",
        "Compliment vuilnismannen",
        "Pluim voor de groenploeg",
        "Chapeau",
        "Top gedaan",
        "Gat in de weg gerepareerd, dankjewel",
        "Stoep gemaakt, bedankt",
        "Nette speeltuin, bedankt",
        "Mooi evenement, dank",
        "ok",
        "oké dank je",
        "👍",
        "Goedemorgen",
        "Fijne feestdagen",
        "Gelukkig nieuwjaar allemaal",
        "Sorry verkeerde chat",
        "Verkeerd nummer",
        "Investeer in crypto",
        "Vacature",
        "Wil je daten?",
        "Probeersel",
        "Zorg en welzijn",
        "Wonen en huren",
        "Dieren en ongedierte",
        "Overlast en handhaving",
        "Burgerzaken",
        "Belastingen en heffingen",
        "Vergunningen",
        "Klachten en complimenten",
    ],
}

CATALOGUE_BODIES: dict[str, list[str]] = {
    "traffic": [
        (
            "De rode lamp van het verkeerslicht richting {street} is kapot, je ziet alleen nog "
            "oranje en groen. Automobilisten weten niet wanneer ze moeten stoppen."
        ),
        (
            "Bij het kruispunt {street} / {place} brandt van één stoplicht de groene lamp niet. "
            "Iedereen blijft twijfelend staan."
        ),
        (
            "Het verkeerslicht op de hoek bij {street} {num} is na een aanrijding omgedraaid en "
            "wijst nu naar de zijstraat."
        ),
        (
            "Paal van het stoplicht bij {place} ligt plat, vermoedelijk door een vrachtwagen. "
            "Kruispunt zonder regeling."
        ),
        (
            "Het lampje met wacht gaat niet branden als je op de knop drukt bij {street}, je weet "
            "niet of je aanvraag gezien is."
        ),
        (
            "Ik sta met de fiets bij het licht op de {street} en het springt nooit op groen, de "
            "detectie ziet me gewoon niet. Pas als er een auto komt."
        ),
        (
            "Groene pijl voor linksaf bij {place} komt nooit, je moet na drie rondes op oranje "
            "afslaan."
        ),
        (
            "Rechtsaffers en fietsers rechtdoor krijgen bij {street} tegelijk groen. Vanochtend om "
            "{time} bijna iemand onder een bestelbus."
        ),
        (
            "Kan het verkeerslicht bij {place} 's nachts op knipperen? Om {time} sta ik daar twee "
            "minuten alleen te wachten."
        ),
        "Stoplichten {street} staan midden op de dag op oranje knipperlicht, al {days} dagen.",
        (
            "De signalisatie aan het kruispunt {street} is plat sinds gisteren, de politie regelt "
            "het verkeer niet."
        ),
        "verkeerlicht {street} defekt, alle kanten rood",
        (
            "Er staat al weken geen klaar-over meer bij de school aan de {street}. Kinderen steken "
            "alleen over op een drukke weg."
        ),
        (
            "Graag een gemachtigd opzichter aan de schoolpoort in de {street}, de auto's stoppen "
            "niet voor de kinderen."
        ),
        (
            "Bij het evenement op {place} waren de verkeersregelaars na {time} weg, daarna werd "
            "het één grote chaos."
        ),
        (
            "De vluchtheuvel op de {street} is zo smal dat je met een kinderwagen of bakfiets half "
            "op de rijbaan staat."
        ),
        "Middengeleider bij {place} is aangereden, de paaltjes en het bord liggen op de weg.",
        (
            "Het voorrangsbord bij het kruispunt {street} is verdwenen en nu rijdt iedereen alsof "
            "hij voorrang heeft."
        ),
        "Stopbord op de hoek {street} ligt omver in het gras, al {days} dagen.",
        (
            "Aan het begin van de {street} ontbreekt het bord doodlopende weg. Elke dag keren er "
            "vrachtwagens in onze straat."
        ),
        (
            "Het bord met parkeerverbod in de {street} is zo onduidelijk dat niemand weet tot waar "
            "het geldt."
        ),
        (
            "Verkeersbord bij {place} zit helemaal onder de stickers, je kunt niet meer lezen wat "
            "erop staat."
        ),
        "Het bord bij {street} {num} is zo verbleekt door de zon dat het een wit vlak is geworden.",
        (
            "De werken in de {street} zijn al een maand klaar maar de tijdelijke borden staan er "
            "nog, iedereen rijdt om."
        ),
        "Bebakening van het werkvak bij {place} is omgewaaid en ligt verspreid over de rijbaan.",
        (
            "Pijlwagen staat al {days} dagen op de vluchtstrook bij {place} zonder dat er iemand "
            "werkt."
        ),
        (
            "Kan er een bord komen dat vrachtverkeer de {street} niet in mag? Ze komen vast te "
            "zitten in de bocht."
        ),
        "Het bord zone 30 staat na de kruising in plaats van ervoor, dus niemand remt op tijd af.",
        (
            "Nieuw verkeersbord is precies midden op het voetpad geplaatst in de {street}, met de "
            "rolstoel kan ik er niet langs."
        ),
        "De {street} is een woonerf maar er staan geen borden meer, mensen rijden er gewoon 50.",
        "Bord fietsstraat is weg bij het begin van de {street}, auto's halen fietsers nu weer in.",
        (
            "Knipperlicht van de schoolzone in de {street} doet het niet meer, ook niet bij het "
            "in- en uitgaan van de school."
        ),
        (
            "Graag een verkeersspiegel tegenover de uitrit van {street} {num}. Je ziet niets "
            "aankomen door de heg van de buren."
        ),
        "De spiegel bij de bocht in de {street} is verdraaid en laat nu alleen de lucht zien.",
        (
            "Richtingbord bij {place} stuurt vrachtverkeer de woonwijk in in plaats van naar het "
            "industrieterrein."
        ),
        "Knooppuntbordje van de fietsroute bij {place} is weg, toeristen fietsen in rondjes.",
        (
            "De witte lijnen op de {street} zijn na de winter helemaal weg, 's avonds zie je niet "
            "waar je rijstrook ophoudt."
        ),
        (
            "Doorgetrokken streep in de bocht van de {street} is vervaagd, er wordt nu volop "
            "ingehaald."
        ),
        "Parkeervakken bij {place} zijn niet meer zichtbaar, iedereen parkeert schuin en kriskras.",
        "Markering van de busbaan op de {street} is weg, auto's rijden er gewoon op.",
        (
            "Het fietssymbool op de weg in de {street} is zo vervaagd dat automobilisten niet "
            "doorhebben dat het een fietsstrook is."
        ),
        "Zebrapad bij {stop} graag opnieuw verven, je ziet alleen nog grijze vlekken.",
        (
            "De pijlen op de rijstroken voor het licht bij {place} kloppen niet meer met de nieuwe "
            "indeling."
        ),
        (
            "Gele streep langs de stoeprand in de {street} is weg, dus nu wordt er weer overal "
            "geparkeerd."
        ),
        (
            "Na het nieuwe asfalt in de {street} zijn er al {days} dagen geen lijnen, het is één "
            "zwarte vlakte."
        ),
        (
            "Ik heb een parkeerschijf gelegd in de blauwe zone bij {place} en toch een bon "
            "gekregen. Hoe kan dat?"
        ),
        (
            "Slagboom van de parkeergarage bij {place} gaat niet open bij het uitrijden, ticket "
            "wordt niet geaccepteerd."
        ),
        (
            "Betaalautomaat in de parkeergarage {place} accepteert geen enkele kaart meer, rij van "
            "tien auto's bij de uitgang."
        ),
        "P+R bij {stop} is elke ochtend om {time} al vol, kan er meer parkeerruimte komen?",
        (
            "Op de kiss and ride strook bij de school in de {street} staan de hele dag geparkeerde "
            "auto's."
        ),
        (
            "Stopverbod bij de ingang van {place} wordt de hele dag genegeerd, auto's staan met "
            "knipperlichten te wachten."
        ),
        "Auto's staan geparkeerd op de busbaan in de {street}, de bus kan er niet door.",
        (
            "Kan er een openbare laadpaal komen in de {street}? Er is er nergens een in de buurt "
            "en ik heb geen oprit."
        ),
        "Laadpaal bij {street} {num} laadt niet, scherm is zwart. Al {days} dagen.",
        (
            "Op de laadplek bij {place} staat al drie dagen een elektrische auto die niet eens aan "
            "de kabel hangt."
        ),
        (
            "Ik heb een gehandicaptenparkeerkaart en wil een gehandicaptenparkeerplaats op "
            "kenteken voor mijn huis, {street} {num}. Hoe vraag ik die aan?"
        ),
        (
            "Ik ben wijkverpleegkundige en krijg steeds een bon als ik in de {street} bij een "
            "cliënt sta. Bestaat er een parkeervergunning voor zorgverleners?"
        ),
        (
            "Wij verhuizen op zaterdag naar {street} {num}. Kunnen er verhuisborden geplaatst "
            "worden zodat de verhuiswagen voor de deur kan staan?"
        ),
        (
            "De parkeerapp geeft een foutmelding bij het starten van een parkeeractie in de "
            "{street}, daarna toch een naheffing gekregen."
        ),
        (
            "Er zit een wielklem op mijn auto in de {street} terwijl ik een geldige vergunning "
            "heb. Wie moet ik bellen?"
        ),
        "Mijn auto is weg uit de {street}, volgens de buren weggesleept. Waar kan ik hem ophalen?",
        (
            "Iemand staat elke avond pal voor mijn garagebox geparkeerd achter de {street}, ik kan "
            "mijn auto er niet in zetten."
        ),
        (
            "Er wordt steeds in de bocht van de {street} geparkeerd, de vuilniswagen kan er niet "
            "meer door."
        ),
        (
            "Half op de stoep geparkeerde auto's in de hele {street}, met een rollator moet je de "
            "weg op."
        ),
        (
            "De keerlus aan het eind van de {street} staat vol geparkeerd, vrachtwagens moeten "
            "achteruit de straat uit."
        ),
        "Taxi's staan bij {place} de hele avond op de stoep te wachten.",
        "Bedrijfsbusjes op de hoek {street}, je ziet niets als je wilt oversteken.",
        "Een oplegger staat al het hele weekend in de {street}, neemt vier plaatsen in.",
        (
            "Bouwcontainer op drie parkeerplaatsen voor {street} {num}, al twee maanden en er "
            "gebeurt niets."
        ),
        "foutief geparkeerde wagen voor mijn garagepoort {street} {num}, al sinds vanochtend",
        "wagen op het voetpad aan de schoolpoort, elke ochtend hetzelfde",
        "Sloopauto zonder ramen in de {street} ter hoogte van {num}, er spelen kinderen in.",
        "Auto op bokken zonder wielen staat al {days} dagen op de parkeerplaats bij {place}.",
        (
            "Auto met een hoes erover staat al meer dan een jaar op dezelfde plek in de {street}. "
            "Bladeren, mos, platte banden."
        ),
        "Verlaten voertuig zonder nummerplaat op de parking van {place}, deuren staan open.",
        "Bestelbus zonder kenteken en met verlopen APK staat al weken in de {street}.",
        "Achtergelaten motor ligt op zijn kant in de berm bij {place}.",
        (
            "Fatbike zonder zadel en met lekke banden staat al maanden tegen de lantaarnpaal bij "
            "{street} {num}."
        ),
        "Verlaten bakfiets in de {street}, bak vol regenwater en afval.",
        "Fietsenrek bij {stop} staat vol fietsen zonder wielen en met roestige kettingen.",
        (
            "Velo achtergelaten aan de paal van het verkeersbord voor {street} {num}, al sinds de "
            "zomer."
        ),
        "Deelauto staat al dagen op een invalidenplek in de {street}.",
        "Deelstep in de berm langs het fietspad bij {place}, half in het water.",
        "Vijf steps op het zebrapad bij {stop}, ouderen moeten eromheen over de rijbaan.",
        (
            "Kan er een flitspaal komen op de {street}? Er wordt dagelijks 80 gereden en er is al "
            "een kind aangereden."
        ),
        "Graag een snelheidsmeting in de {street}, ik schat dat de helft veel te hard rijdt.",
        "In de 30-zone van de {street} rijden ze 70, vooral 's ochtends tussen 7 en 9.",
        "Motoren scheuren elke zondag door de {street} met open uitlaten en veel te hard.",
        "Crossmotoren zonder kenteken rijden over de openbare weg bij {place}, soms op één wiel.",
        "Quads racen 's avonds door onze woonwijk, vanaf {time} tot laat.",
        "Opgevoerde scooters halen op het fietspad langs de {street} met 60 in, levensgevaarlijk.",
        (
            "Fatbikes met tieners erop rijden veel te hard over het fietspad bij {place}, vorige "
            "week is mijn zoon aangereden."
        ),
        "In het woonerf wordt niet stapvoets gereden, er spelen kleine kinderen op straat.",
        (
            "Bestelbusjes van pakketdiensten rijden veel te hard door de {street} op weg naar het "
            "volgende adres."
        ),
        "Kan er een plateau komen bij de kruising {street}? Niemand remt af.",
        (
            "Graag een wegversmalling of chicane in de {street}, het is een lange rechte weg en er "
            "wordt geracet."
        ),
        "De nieuwe drempel in de {street} is zo laag dat auto's er gewoon met 50 overheen rijden.",
        (
            "Sinds de herinrichting van de {street} is de drempel verdwenen en wordt er weer "
            "gescheurd."
        ),
        (
            "Verkeersdrempel voor {street} {num} mag weg, elke bus en vrachtwagen laat ons huis "
            "trillen."
        ),
        "Kunnen er bloembakken in de {street} geplaatst worden om het hardrijden af te remmen?",
        "Paaltjes gevraagd langs de stoep in de {street}, anders parkeert iedereen erop.",
        "Afsluitpaal bij de ingang van {place} is omvergereden en nu rijden auto's door het park.",
        (
            "De verzinkbare paal bij de {street} blijft omhoog staan, bewoners met een pasje komen "
            "de straat niet in."
        ),
        "Elke ochtend staat de rotonde bij {place} vast door verkeer van en naar de school.",
        (
            "File voor het stoplicht op de {street} staat tot voorbij de {stop}, al sinds de "
            "nieuwe afstelling."
        ),
        (
            "Bouwverkeer voor het project bij {place} zorgt elke ochtend voor opstopping in de "
            "hele wijk."
        ),
        "De {street} is afgesloten maar niemand weet tot wanneer, er hangen geen borden met data.",
        (
            "Sinds de knip in de {street} rijdt al het verkeer door onze straat. Hoe lang blijft "
            "dit zo?"
        ),
        (
            "Venstertijden in het centrum worden genegeerd, na {time} rijden er nog steeds "
            "bestelbussen door de winkelstraat."
        ),
        (
            "Bij het begin van de milieuzone aan de {street} staat geen bord, hoe weten mensen dat "
            "ze er niet in mogen?"
        ),
        (
            "Navigatie stuurt alle vrachtwagens door de {street} sinds de omleiding, kan er een "
            "bord bij?"
        ),
        "Gele omleidingsborden bij {place} wijzen nog naar de oude route terwijl die dicht is.",
        (
            "Dranghekken van het evenement staan nog op de rijbaan van de {street}, twee dagen na "
            "afloop."
        ),
        (
            "Bij de uitrit van {street} {num} zie je door de geparkeerde busjes helemaal niets, ik "
            "heb al twee keer bijna een fietser geraakt."
        ),
        (
            "De schoolroute via de {street} is onveilig, geen fietspad, veel vrachtverkeer en "
            "auto's op de stoep."
        ),
        (
            "Weer een ongeval op het kruispunt bij {place} vanochtend om {time}. Hoeveel moeten er "
            "nog gebeuren?"
        ),
        (
            "Fietsers rijden in de winkelstraat bij {place} tussen de voetgangers door, met hoge "
            "snelheid."
        ),
        (
            "Het tweerichtingsfietspad langs de {street} is niet aangegeven, automobilisten kijken "
            "alleen naar links."
        ),
        "Fietsbeugels bij {stop} zijn altijd vol, iedereen zet zijn fiets tegen de gevels.",
        (
            "Kan er een fietstrommel komen in de {street}? Wij hebben geen schuur en de fietsen "
            "staan nu in de gang."
        ),
        "Fietsenrek bij {place} is scheef getrokken en staat los uit de grond.",
        "Ondanks het vrachtwagenverbod rijden er elke dag trucks door de {street}.",
        "Tractoren van de loonwerker rijden veel te hard door de dorpskern, ook langs de school.",
        "Een touringcar parkeert elke dag in onze smalle straat, de {street}, met de motor aan.",
        "Verhuiswagen blokkeert de hele {street} al sinds {time}, niemand kan erlangs.",
        (
            "Elke keer als de school uitgaat staan ouders in de {street} te toeteren. Kan daar "
            "iets aan gedaan worden?"
        ),
        "Taxi's toeteren bij {place} de hele nacht naar hun klanten.",
        (
            "Categorie: verkeer. De situatie bij {place} is onveilig: geen oversteek, hard rijdend "
            "verkeer en slecht zicht."
        ),
        (
            "Geachte, verzoek tot plaatsing van verkeersremmende maatregelen in de {street}. Er "
            "wordt structureel te hard gereden."
        ),
        (
            "Beste, ik wil een melding doen van een verkeersonveilige situatie bij de uitrit van "
            "de school aan de {street}."
        ),
        (
            "Hallo, waarom staan de verkeerslichten bij {place} niet meer afgestemd? Elk licht is "
            "rood."
        ),
        (
            "Goedendag, wij willen graag een parkeerverbod aan één kant van de {street}, de "
            "brandweer kan er niet door."
        ),
    ],
    "public_works": [
        (
            "Diepe sporen in het asfalt van de {street}, na regen staan ze vol water en fietsers "
            "glijden weg."
        ),
        (
            "Het wegdek van de {street} rafelt, overal losse steentjes die tegen de auto's en "
            "ramen springen."
        ),
        (
            "Steenslag over de hele rijbaan bij {place} na het nieuwe oppervlak, motorrijders gaan "
            "onderuit."
        ),
        "Grind ligt los op het fietspad langs {place}, in de bocht schuift je voorwiel weg.",
        (
            "De weg bij {street} {num} is een wasbord geworden, de hele auto trilt als je erover "
            "rijdt."
        ),
        (
            "Dwarsscheur over de hele breedte van de {street}, er zit een richel van een paar "
            "centimeter."
        ),
        "Bult in het asfalt voor {street} {num}, opgedrukt door de boomwortels.",
        (
            "Riooldeksel in de {street} ligt zeker 5 cm te diep, elke auto klapt erin. 's Nachts "
            "horen we het de hele tijd."
        ),
        "Deksel van de put steekt boven het wegdek uit bij {place}, fietsers botsen ertegen.",
        (
            "Bij warm weer plakt het asfalt in de {street}, teer aan je schoenen en aan de "
            "fietsbanden."
        ),
        "De rode slijtlaag van het fietspad langs de {street} is weg, er zitten grote gaten in.",
        "Sinds de vorst zit de {street} vol kuilen, mijn velg is krom.",
        "gat in de strraat voor nr {num}, auto's knallen erin",
        (
            "Het zandpad naar {place} staat na elke bui vol plassen en kuilen, met een kinderwagen "
            "kom je er niet door."
        ),
        "De halfverharding in het park is helemaal uitgespoeld, er lopen geulen over het pad.",
        "De {street} is een bolle straat geworden, het water loopt naar de voordeuren.",
        (
            "Straatstenen in het parkeervak voor {street} {num} liggen los en schuiven weg als je "
            "erop staat."
        ),
        "Klinkerweg bij {place} is zo hobbelig dat de fietsers op de stoep gaan rijden.",
        (
            "Na regen blijft er een meer op straat staan voor {street} {num}, het water loopt "
            "nergens heen."
        ),
        (
            "Gebroken trottoirtegel voor {street} {num}, scherpe rand, mijn vader is erover "
            "gestruikeld."
        ),
        (
            "Meerdere tegels wiebelen op het voetpad aan de {street}, als je erop stapt spat het "
            "water omhoog."
        ),
        (
            "Naast de boom voor {street} {num} zit een gat in de stoep van zeker 30 cm, kinderen "
            "stappen erin."
        ),
        (
            "Met mijn rollator kom ik niet door de {street}, de stoep is één hindernisbaan van "
            "losse tegels."
        ),
        (
            "Het voetpad bij {place} is niet rolstoeltoegankelijk, overal hoge randen en geen "
            "verlaging."
        ),
        (
            "De ribbeltegels voor blinden bij de oversteek {street} zijn los en weg, mijn "
            "geleidehond en ik raken de lijn kwijt."
        ),
        (
            "Trottoirbanden in de {street} staan scheef en steken uit, auto's rijden er hun banden "
            "op kapot."
        ),
        "Stoepband bij de uitrit van {street} {num} is verzakt, de hele rand brokkelt weg.",
        "Paaltje langs de stoep bij {place} staat los en hangt schuin over het voetpad.",
        (
            "Amsterdammertje voor {street} {num} is omgereden en ligt op de stoep, ijzeren pin "
            "steekt eruit."
        ),
        (
            "Het hekje langs de stoep bij de school aan de {street} is kapot, kinderen lopen zo de "
            "weg op."
        ),
        "Informatiebord bij de ingang van {place} is kapot en niet meer te lezen.",
        "Het kunstwerk op {place} is beschadigd, er is een stuk afgebroken en het ligt ernaast.",
        (
            "Het monument op {place} zit onder de vogelpoep en het mos, kan het schoongemaakt "
            "worden voor de herdenking?"
        ),
        "Vlaggenmast bij het gemeentehuis staat scheef en de lijn klappert de hele nacht.",
        (
            "De lantaarnpaal voor {street} {num} zoemt de hele nacht, ook met het raam dicht hoor "
            "ik het."
        ),
        "Armatuur van de straatlamp bij {place} hangt schuin en kan er zo afvallen.",
        "Het glas van de straatlamp in de {street} ligt op de stoep, de lamp hangt bloot.",
        "Kabel hangt uit de lichtmast bij {street} {num}, op ooghoogte van kinderen.",
        "Lichtmast bij {place} is onderaan doorgeroest, hij wiebelt als je ertegen duwt.",
        (
            "De nieuwe ledlamp in de {street} is zo fel dat het in onze slaapkamer licht is als "
            "overdag. Kan er een kap op?"
        ),
        "Lantaarnpaal bij {street} {num} brandt al {days} dagen ook overdag.",
        "De halve {street} is donker, vanaf nummer {num} tot aan de hoek doen de lampen het niet.",
        (
            "Verlichting bij de speeltuin in {place} is kapot, 's winters is het om vijf uur al "
            "pikdonker."
        ),
        "Verlichting van de parkeerplaats bij {place} is uit, mensen voelen zich er onveilig.",
        "De lampjes op de brug bij {place} zijn allemaal uit sinds de storm.",
        "lantaren uit voor {street} {num}, al een week",
        "straatlantaren flikkerd bij {place}, de hele nacht aan uit",
        (
            "Het elektriciteitskastje van de straatverlichting in de {street} staat open, je ziet "
            "de draden."
        ),
        (
            "Het boomvak voor {street} {num} is stuk, de paaltjes eromheen zijn weg en auto's "
            "parkeren op de wortels."
        ),
        "Boomrooster bij {place} ligt los en kantelt als je erop stapt.",
        "De boom voor {street} {num} groeit tegen onze gevel en in de dakgoot, graag terugsnoeien.",
        "Al het blad van de gemeenteboom valt in mijn dakgoot, die loopt nu elke regenbui over.",
        (
            "Kastanjes liggen met bakken tegelijk op de stoep in de {street}, ouderen glijden "
            "erover uit."
        ),
        "De lindebomen in de {street} druppen zo erg dat de auto's en de stoep plakken.",
        "De populieren bij {place} verspreiden zoveel pluis dat de putten verstopt raken.",
        (
            "Na de storm ligt er een grote tak op mijn geparkeerde auto voor {street} {num}. Wie "
            "ruimt dit op?"
        ),
        (
            "Er is een boom door de bliksem geraakt bij {place}, er zit een scheur van boven tot "
            "onder."
        ),
        (
            "De boom op de hoek van de {street} scheurt uit bij de stam, er hangt een zware tak "
            "naar beneden."
        ),
        "De iepen in de {street} hebben bruine bladeren midden in de zomer, iepziekte?",
        (
            "De essen langs het fietspad bij {place} hebben veel dode takken, volgens mij "
            "essentaksterfte."
        ),
        (
            "Dode takken in de kroon van de plataan voor {street} {num}, er valt regelmatig iets "
            "naar beneden."
        ),
        "Kunnen de platanen in de {street} weer geknot worden? Ze zijn enorm uitgegroeid.",
        "De knotwilgen langs de sloot bij {place} zijn al jaren niet geknot, takken breken af.",
        (
            "De jonge bomen die vorig jaar in de {street} zijn geplant zijn allemaal dood, niemand "
            "gaf ze water."
        ),
        (
            "Het is al weken droog, kunnen de jonge bomen in {place} water krijgen? De bladeren "
            "hangen slap."
        ),
        "Omgewaaide boom ligt in de sloot langs de {street} en blokkeert het water.",
        (
            "Struiken bij de uitrit van het parkeerterrein bij {place} zijn zo hoog dat je niets "
            "ziet aankomen."
        ),
        (
            "Heesters in het plantsoen aan de {street} groeien over het voetpad, je moet op straat "
            "lopen."
        ),
        "Het rozenperk op {place} staat vol onkruid, de rozen zie je niet meer.",
        "Bloemperk bij {street} {num} is helemaal vertrapt en platgereden.",
        "De hangende bloembakken in de {street} krijgen geen water, alles is verdord.",
        "Na het maaien is al het gras op het fietspad blijven liggen bij {place}, glad en vies.",
        (
            "Het gras langs de stoeprand in de {street} hangt over de tegels, al een maand niet "
            "gemaaid."
        ),
        "De berm bij de kruising {street} is zo hoog dat je bij het oversteken geen auto's ziet.",
        "Grasveld bij {place} is één en al gaten en kale plekken na de festivals.",
        (
            "Het bosplantsoen tussen de flats aan de {street} is een dumpplek geworden, overal "
            "zakken en takken."
        ),
        (
            "Langs het fietspad bij {place} groeit Japanse duizendknoop, het komt al door de "
            "tegels heen."
        ),
        "Reuzenberenklauw langs het wandelpad bij {place}, ik heb me eraan gebrand.",
        "Bramen hangen over het voetpad in de {street}, je haalt je armen open.",
        "Het plein bij {place} staat vol onkruid tussen de stenen, het ziet er verwaarloosd uit.",
        "Het fietspad langs {place} zit vol groene aanslag en mos, spekglad in de herfst.",
        (
            "Ik wil graag een geveltuintje aanleggen voor mijn huis aan de {street} {num}. Kan de "
            "gemeente een paar tegels weghalen?"
        ),
        "Wij willen met de buren de boomspiegels in de {street} beplanten en onderhouden. Kan dat?",
        (
            "Kan er wat meer groen komen in de {street}? Het is hier alleen steen en in de zomer "
            "bloedheet."
        ),
        "Kan er een extra prullenbak bij de speeltuin in {place}? Alles belandt nu in de struiken.",
        "Het wandelpad in {place} is één grote modderpoel, met de hond kom je er niet meer door.",
        "Het hek van het hondenuitlaatveld bij {place} is kapot, honden lopen zo de weg op.",
        "De automaat met poepzakjes bij {place} is al weken leeg.",
        "Hondenpoep overal op de stoep in de {street}, kan er vaker geveegd worden?",
        "Paardenvijgen op het fietspad langs {place}, iedere zondag weer.",
        (
            "Het speelhuisje in de speeltuin aan de {street} heeft een gat in de vloer, een kind "
            "zakte erdoor."
        ),
        "Draaimolen in {place} zit vast en draait niet meer.",
        "Duikelrek bij {street} {num} staat los in de grond, het wiebelt als kinderen erop hangen.",
        "De trampoline in de speeltuin bij {place} is gescheurd.",
        "Waterspeelplaats in {place} staat droog, de pomp doet het niet.",
        (
            "Klimnet in de speeltuin aan de {street} is gescheurd, een kind bleef met zijn been "
            "hangen."
        ),
        "Splinters aan het houten speeltoestel in {place}, mijn dochter had er een in haar hand.",
        "Spijker steekt uit de glijbaan in de speeltuin aan de {street}.",
        "De zandbak bij {place} zit vol kattenpoep, er moet een net over of vers zand in.",
        "Onder de schommels in {street} is geen valzand meer, alleen harde grond.",
        "Tafeltennistafel bij {place} is gebroken, het net is ook weg.",
        "Pannakooi bij de {street}: hek los, doel kapot, scherpe randen.",
        "Het kunstgrasveld bij {place} heeft gaten en losse naden, kinderen struikelen.",
        "De netten van de voetbalkooi aan de {street} zijn stuk, de bal rolt zo de straat op.",
        "Fitnesstoestel in {place} is defect, de beweegbare arm zit los.",
        "De sloot achter de {street} is helemaal dichtgegroeid met riet en waterplanten.",
        "De singel bij {place} ligt vol drijfvuil: flessen, plastic zakken en een voetbal.",
        "In de gracht bij {place} liggen zeker tien fietsen en een scooter.",
        "Blauwalg in de vijver van {place}, groene soep en honden gaan erin zwemmen.",
        "De vijver bij {street} stinkt verschrikkelijk en het water staat heel laag.",
        "Het waterpeil in de sloot langs de {street} is zo laag dat de beschoeiing droog staat.",
        "De houten beschoeiing langs de vaart bij {place} is verrot, de kant zakt weg.",
        "Walkant bij {place} is ingezakt, het pad ernaast scheurt.",
        "Meerpaal bij de steiger aan {place} staat los, boten drijven weg.",
        "Vlonderpad in {place} heeft losse planken, er ontbreken er ook een paar.",
        "Het rooster voor de stuw bij {place} zit vol takken en plastic, het water komt hoog.",
        "De wadi bij {street} staat al weken vol water, het stinkt en er zitten muggenlarven in.",
        "De greppel langs de {street} is verstopt, het water loopt over de weg.",
        "Lijngoot op de {street} zit dicht met zand, bij elke bui een plas van een meter breed.",
        "De molgoot langs het plein bij {place} zit vol bladeren, het water loopt de winkels in.",
        "Kolk voor {street} {num} stinkt naar riool, vooral als het warm is.",
        "Het rooster van de put bij {place} is gestolen, er zit een open gat in het fietspad.",
        (
            "Onze huisaansluiting op het riool is verstopt, {street} {num}. Ligt het aan de "
            "gemeentelijke kant?"
        ),
        "Bij hevige regen komt het riool omhoog in onze tuin, {street} {num}.",
        "Rioolwater stroomt over straat bij {place}, het stinkt.",
        "Ik denk dat er boomwortels in het riool zitten, de afvoer van de hele straat loopt traag.",
        "De pompput bij {street} {num} geeft alarm, er brandt een rood lampje en het piept.",
        "Drukriool alarm bij de boerderij aan {street}, de pomp slaat niet aan.",
        "Het gemaal bij {place} maakt de hele nacht alarm.",
        "Sinds de nieuwe bouw bij {place} staat het grondwater in onze kelder, {street} {num}.",
        "Wij willen de regenpijp afkoppelen van het riool, krijg ik daar subsidie of hulp bij?",
        "Het regenwater loopt niet weg in de {street}, de hele straat staat blank.",
        "Fietstunnel bij {place} lekt door het plafond, er druppelt water op je hoofd.",
        "Van het viaduct bij {stop} vallen stukjes beton naar beneden, het ijzer is te zien.",
        "De voegovergang van de brug bij {place} klappert bij elke auto, dag en nacht.",
        "Planken van het brugdek bij {place} zijn rot, een hak zakte erdoor.",
        "Leuning van de brug bij {place} is zo verroest dat hij loskomt.",
        "Hellingbaan bij {place} is gescheurd en helt over, rolstoelers kunnen er niet meer op.",
        "Trap naar de dijk bij {street} is kapot, er ontbreekt een tree.",
        "Het bordje van de brandkraan voor {street} {num} is weg, de brandweer vindt hem niet.",
        "Water borrelt uit de stoep bij {street} {num}, de waterleiding lijkt gesprongen.",
        "Onder de stoep in de {street} loopt water, de tegels zakken al weg.",
        "De vuilniswagen heeft de hele {street} overgeslagen vandaag, de bakken staan nog vol.",
        "Alleen de even kant van de {street} is opgehaald, wij aan de oneven kant niet.",
        "Oud papier is niet opgehaald in de {street}, de dozen liggen nat in de regen.",
        "Karton blijft staan naast de container bij {place}, al {days} dagen.",
        "Mijn luierzak is niet meegenomen, het is 30 graden en het stinkt.",
        "De plastic zakken in de {street} zijn niet opgehaald en waaien nu over straat.",
        "Wanneer worden de kerstbomen opgehaald? Er liggen er al tien op de hoek van de {street}.",
        "Snoeiafval bij {street} {num} is niet meegenomen, het lag netjes gebundeld.",
        "Tuinafvalcontainer is al twee keer niet geleegd, hij zit vol gras en begint te gisten.",
        (
            "Ik had een afspraak voor grofvuil maar niemand is gekomen, de bank staat nog buiten, "
            "{street} {num}."
        ),
        "Hoe kan ik een oude wasmachine en koelkast laten ophalen?",
        "Waar kan ik verfresten en batterijen inleveren? Mag dat in de gewone container?",
        "Klep van de ondergrondse container bij {street} {num} klemt, zakken blijven hangen.",
        "De trommel van de container aan de {street} draait niet, je krijgt je zak er niet in.",
        "Vulopening van de plasticcontainer bij {place} is verstopt met dozen.",
        (
            "De ondergrondse container bij {street} {num} stinkt verschrikkelijk, kan hij een keer "
            "gereinigd worden?"
        ),
        "Luik van de container bij {place} hangt open, vogels halen alles eruit.",
        "Mijn afvalpas is kwijt, hoe krijg ik een nieuwe?",
        "Mijn afvalpas wordt niet herkend bij de container in de {street}, het lampje blijft rood.",
        (
            "De container bij {place} is zonder bericht verplaatst naar de andere kant van de "
            "wijk, wij moeten nu 500 meter lopen."
        ),
        "Ik heb een kleine grijze bak gekregen terwijl ik een grote had aangevraagd.",
        "Mijn kliko is niet geleegd omdat de chip niet gelezen wordt, zegt de chauffeur.",
        (
            "Na het legen zetten ze de kliko's steeds midden op de stoep in de {street}, niemand "
            "kan erlangs."
        ),
        "De vuilniswagen heeft mijn bak omgegooid en laten liggen, het afval ligt over de straat.",
        "Mijn blauwe papierbak is gestolen, {street} {num}. Hoe vraag ik een nieuwe aan?",
        "De vuilbakken in {place} puilen elke zondag uit, zakken liggen ernaast.",
        "Peukenpaal bij de ingang van {place} zit vol, overal peuken op de grond.",
        "Lachgaspatronen en ballonnen liggen overal op de parkeerplaats bij {place}.",
        "Na het feest liggen confetti en ballonnen over de hele {street}.",
        "Kauwgom en sigarettenpeuken over het hele plein bij {place}, het plein is zwart.",
        "Braaksel op de stoep voor {street} {num} na het weekend, al twee dagen.",
        "Iemand heeft verf over de weg gegooid in de {street}, een grote witte vlek.",
        "De snackbar giet frituurvet in de goot aan de {street}, het stinkt en is glad.",
        "Onder de brug bij {place} ligt een dikke laag duivenpoep op het voetpad.",
        (
            "Iemand heeft bouwafval gedumpt in de berm bij {place}: gipsplaten, tegels en zakken "
            "cement."
        ),
        (
            "Golfplaten, volgens mij asbest, gedumpt bij de garageboxen aan de {street}. Niet "
            "aankomen?"
        ),
        "Een stapel autobanden is gedumpt op het wandelpad bij {place}.",
        "Drie vaten met olie in de berm langs de {street}.",
        "Iemand gooit zijn tuinafval in het plantsoen aan de {street}, elke week meer.",
        "Winkelwagentje ligt al weken in de sloot bij {place}.",
        "Huisraad na een verhuizing op de stoep gezet in de {street}: kasten, dozen, een matras.",
        (
            "Iemand gooit elke dag een zak met fastfoodafval uit de auto op de parkeerplaats bij "
            "{place}."
        ),
        "Er is weer gedumpt bij de containers van de {street}. Kan er een camera komen?",
        "Langs de schoolroute in de {street} ligt zoveel zwerfafval, kan er een opruimactie komen?",
        "De veegwagen komt nooit in de {street}, alleen in de hoofdstraat.",
        (
            "Na de markt op {place} blijft er een laag vis- en groenteafval liggen, het stinkt tot "
            "de volgende dag."
        ),
        "Na de kermis is de {street} bezaaid met bekers, papier en plastic.",
        "De onkruidborstel kan wel eens door de {street}, de goten zijn groen.",
        "Het plein voor het gemeentehuis is zwart van de kauwgom, kan het schoongespoten worden?",
        (
            "Onze straat ligt niet in de strooiroute, maar er ligt een steile helling. Kan de "
            "{street} erbij?"
        ),
        "Kan er pekel op het fietspad bij {place}? Elke ochtend ligt er ijs.",
        (
            "De sneeuwschuiver heeft alle sneeuw van de rijbaan op de stoep geschoven, {street}. "
            "Je kan er niet meer lopen."
        ),
        (
            "IJspegels hangen aan het viaduct bij {stop} boven het voetpad, levensgevaarlijk als "
            "ze vallen."
        ),
        "De zoutkist op de hoek van de {street} is al sinds december leeg.",
        "IJsplaat op het voetpad voor {street} {num} door een lekkende regenpijp.",
        "Graffiti op de verkeerskast aan de {street}, ook scheldwoorden.",
        "Het geluidsscherm langs de {street} is volgespoten, de hele lengte.",
        "Iemand heeft een hakenkruis op de muur bij {place} gespoten, graag snel verwijderen.",
        "Posters en flyers op de brug bij {place}, het plakt overal.",
        "De verf van de hekken langs de {street} bladdert af en ze roesten.",
        (
            "De automatische deur van het gemeentehuis gaat niet open, met een rolstoel kom je "
            "niet binnen."
        ),
        "Het dak van de sporthal aan de {street} lekt, er staan emmers op het veld.",
        (
            "Het schoolplein aan de {street} ligt vol losse tegels, kinderen vallen tijdens het "
            "spelen."
        ),
        "De paden op de begraafplaats zijn slecht, grind weg en overal gaten. Ouderen vallen.",
        "Het waterkraantje op de begraafplaats doet het niet, je kunt de bloemen geen water geven.",
        "Het toiletgebouw in {place} is smerig en er hangt geen papier.",
        "Gebruikte naalden in het gras bij {place}, vlak bij de speeltuin.",
        "Overal condooms en tissues in de bosjes bij {place}.",
        "Rond de glasbak bij {place} ligt zoveel scherven dat fietsers er lek rijden.",
        "Glasbak aan de {street} heeft een gat aan de zijkant, het glas valt eruit.",
        "De rijplaten in de {street} klapperen de hele nacht als er een auto overheen rijdt.",
        "Tijdelijke verharding na de glasvezelwerken in de {street} ligt los, er zijn al kuilen.",
        (
            "Sleuf van de kabelwerken in het voetpad bij {street} {num} is slecht dichtgemaakt, de "
            "tegels liggen scheef."
        ),
        "Aannemer heeft een grondhoop op de stoep laten liggen bij {place}, al drie weken.",
        "Werkvak in de {street} is al weken verlaten, afzetting staat er nog en niemand werkt.",
        "Zandzakken en pallets liggen op de stoep voor {street} {num}, achtergelaten na het werk.",
        (
            "Categorie: openbare ruimte. Omschrijving: gat in het wegdek, ongeveer een halve "
            "meter, vlak na de drempel."
        ),
        (
            "Geachte, ik meld een verzakking van het voetpad voor {street} {num}, vermoedelijk "
            "door een lekkende leiding."
        ),
        (
            "Beste, de bermen langs de {street} worden niet meer gemaaid sinds het nieuwe "
            "maaibeleid. Het zicht op de kruising is weg."
        ),
        (
            "Hallo, wij hebben al {days} dagen een kapotte straatlamp voor de deur. Het is er echt "
            "donker."
        ),
    ],
    "transit": [
        (
            "Ik probeerde in bus {line} in te checken met mijn bankpas, de paal gaf rood en de "
            "chauffeur liet me niet mee."
        ),
        (
            "Contactloos betalen in de tram werkt niet meer sinds de update, drie keer geprobeerd "
            "bij {stop}."
        ),
        (
            "Met mijn pinpas ingecheckt in de metro en twee keer afgeschreven voor dezelfde rit. "
            "Hoe krijg ik dat terug?"
        ),
        "De paal zegt saldo te laag terwijl er 20 euro op mijn kaart staat. Bus {line}, {time}.",
        (
            "Mijn ov-kaart is ineens geblokkeerd, ik heb niets gedaan. Nu moet ik een losse kaart "
            "kopen voor elke rit."
        ),
        (
            "Persoonlijke kaart verloren in de trein, er staat nog een abonnement op. Kan ik die "
            "overzetten?"
        ),
        (
            "Automatisch opladen is mislukt en nu staat mijn saldo negatief. Niemand heeft me "
            "gewaarschuwd."
        ),
        (
            "Reisproduct gekocht in de app maar het staat niet op mijn kaart, ook niet na het "
            "ophalen bij de paal."
        ),
        (
            "Mijn daluren korting wordt niet toegepast, ik betaal vol tarief terwijl ik na negenen "
            "reis."
        ),
        (
            "Het studentenreisrecht staat niet op mijn kaart terwijl het al {days} dagen geleden "
            "is aangevraagd."
        ),
        "Hoe krijg ik de 65+ korting op de bus? Mijn moeder betaalt nog steeds het volle bedrag.",
        "De chauffeur zei dat mijn rittenkaart ongeldig is, terwijl er nog vier ritten op staan.",
        (
            "De QR-code van mijn e-ticket werd niet gescand bij de poortjes op {stop}, ik moest "
            "een nieuw kaartje kopen."
        ),
        (
            "Geprint ticket werd in de trein niet geaccepteerd, de conducteur wilde alleen de app "
            "zien."
        ),
        (
            "Vergeten uit te checken in bus {line} omdat het zo druk was bij de uitgang. Nu 4 euro "
            "kwijt."
        ),
        (
            "Kon niet inchecken in de tram omdat er zoveel mensen voor de paal stonden, en toen "
            "kwam controle."
        ),
        "ov chipkaart werkt nie bij de poortjes {stop}, elke keer piept ie rood",
        (
            "Bij de chauffeur kan je geen kaartje meer kopen en er is geen automaat bij {stop}. "
            "Hoe moeten toeristen dan reizen?"
        ),
        (
            "Ik had alleen contant geld en de bus neemt geen contant meer aan. Moest in de regen "
            "staan."
        ),
        "Een enkeltje van {stop} naar het centrum kost nu meer dan een taxi met zijn tweeën.",
        (
            "Mijn trein {train} viel uit en ik heb een nieuw ticket moeten kopen. Krijg ik het "
            "eerste terug?"
        ),
        (
            "Ik wil restitutie van mijn abonnement voor de maand dat de tram niet reed wegens "
            "werkzaamheden."
        ),
        "Kan ik coulance aanvragen? Ik had een boete omdat de paal in de bus niet werkte.",
        (
            "Ticket gekocht voor een trein die uiteindelijk niet reed, niet gebruikt. Hoe krijg ik "
            "mijn geld terug?"
        ),
        "Ik wil mijn ticket omruilen naar een andere datum, de website geeft een foutmelding.",
        "Al 50 minuten in de wacht bij de klantenservice van de vervoerder. Is er wel iemand?",
        "De chat van de klantenservice zegt al een uur dat er een medewerker komt. Niks.",
        (
            "Ik heb {days} dagen geleden een klacht ingediend via het formulier en nog steeds geen "
            "ontvangstbevestiging."
        ),
        "De reis-app crasht zodra ik mijn tickets open wil maken, en ik sta bij de controle.",
        "Kan niet meer inloggen in de app van de vervoerder, wachtwoord resetten werkt niet.",
        "Mijn gekochte tickets zijn uit de app verdwenen na de update.",
        "De app laat bus {line} aankomen maar er komt niets, weer een spookbus.",
        "Live-tijden in de app kloppen helemaal niet met de werkelijkheid bij {stop}.",
        "Het haltebord bij {stop} is weg, je ziet niet meer dat het een halte is.",
        "In het kastje bij de halte {stop} hangt geen dienstregeling meer, alleen een leeg vel.",
        "Vertrektijdenbord bij {stop} staat al een week uit, je moet gokken.",
        "Het bankje in de abri bij {stop} is weggehaald, ouderen moeten staan.",
        (
            "Verlichting in het bushokje bij {stop} is kapot, 's avonds sta je in het donker te "
            "wachten."
        ),
        "Het dak van de abri bij {stop} lekt, je wordt drijfnat terwijl je eronder staat.",
        "Perronkap op {stop} lekt boven de trap, er ligt een plas en het is glad.",
        "Perron van {stop} is spekglad bij vorst, er is niet gestrooid.",
        (
            "Loket op station {stop} is sinds kort gesloten, de automaat werkt niet met mijn "
            "kaart. Waar koop ik nu een ticket?"
        ),
        "De servicebalie op {stop} is onbemand, niemand kan me helpen met mijn verloren kaart.",
        (
            "Wachtruimte op station {stop} is om {time} al dicht, wachten in de kou op de laatste "
            "trein."
        ),
        "Toilet op station {stop} is al weken buiten gebruik.",
        "Een euro voor het toilet op het station en dan is het nog smerig ook.",
        (
            "De trein van {time} is te lang voor het perron bij {stop}, de achterste deuren gingen "
            "niet open."
        ),
        "Overkapping van perron 2 bij {stop} heeft gaten, bij regen sta je in de stortbui.",
        "Trap naar het perron bij {stop} heeft losse treden, gevaarlijk met de drukte.",
        "Lift naar het perron op {stop} is buiten dienst en er staat geen datum bij.",
        "De roltrap in metrostation {stop} is al weken stilgezet, met een koffer is het een ramp.",
        (
            "Ik had reisassistentie geboekt voor {time} op {stop} maar er kwam niemand met de "
            "oprijplaat."
        ),
        (
            "In- en uitstaphulp was vergeten bij het overstappen, ik zat tien minuten in mijn "
            "rolstoel in de trein te wachten."
        ),
        (
            "De hellingbaan van tram {line} klapte niet uit bij {stop}, chauffeur zei dat ik de "
            "volgende moest nemen."
        ),
        "Ik ben blind en de chauffeur van bus {line} weigerde mijn geleidehond. Dat mag toch niet?",
        "De instap van de nieuwe bus is veel te hoog voor mijn rollator.",
        "Mijn scootmobiel mag niet mee in de bus terwijl er genoeg ruimte is.",
        "De rolstoelplek in tram {line} staat vol met kinderwagens en niemand maakt plaats.",
        (
            "Er zijn geen schermen in de bus, voor doven en slechthorenden is er geen enkele "
            "informatie."
        ),
        "De regiotaxi was anderhalf uur te laat, ik heb mijn afspraak in het ziekenhuis gemist.",
        "Regiotaxi is niet gekomen om {time}, de centrale zegt dat de rit niet bekend is.",
        "Belbus gereserveerd voor {time} naar {stop}, chauffeur kwam niet opdagen.",
        "Waarom vaart de pont vandaag niet? Op de website staat niets.",
        "De veerpont is al {days} dagen uit de vaart, fietsers moeten 12 kilometer omrijden.",
        "De pont is in de spits zo vol met fietsers dat je twee keer moet wachten.",
        "Waterbus van {time} vertrok een kwartier te laat en ik miste mijn aansluiting.",
        "De stoptrein van {time} reed vandaag niet, de volgende pas een uur later.",
        "Nachttrein uitgevallen, geen alternatief, om 2 uur 's nachts gestrand op {stop}.",
        "De grensoverschrijdende trein had 90 minuten vertraging en niemand kon uitleggen waarom.",
        "Mijn hogesnelheidstrein is geannuleerd en de omboeking kost me extra geld.",
        (
            "De trein van {time} had maar twee rijtuigen in plaats van vier, mensen stonden tot in "
            "de wc."
        ),
        "Te korte trein weer, iedereen staat op het balkon tussen de fietsen.",
        "Het fietsrijtuig zat vol en de conducteur liet mijn fiets niet meer mee.",
        "Bovenleidingstoring bij {stop}, al twee uur geen treinen en geen informatie.",
        "Koperdiefstal, weer. Dat is de derde keer deze maand dat ik daardoor te laat kom.",
        (
            "Aanrijding met een persoon, begrijpelijk, maar er komt geen enkele info over hoe we "
            "verder moeten."
        ),
        "Trein {train} rijdt niet wegens personeelstekort. Hoe vaak nog?",
        "Is er morgen een staking van het openbaar vervoer? Ik moet naar een examen.",
        "Werkonderbreking bij de bus en nergens aangekondigd, ik stond een uur bij {stop}.",
        (
            "Werkzaamheden aan het spoor dit weekend, maar in de planner staat gewoon de normale "
            "trein."
        ),
        (
            "Bussen in plaats van treinen en de bussen vertrekken aan de achterkant van {stop}, "
            "nergens bordjes."
        ),
        "Streekbus naar het dorp is weer uitgevallen, dat is de laatste van de dag.",
        "Snelbus {line} rijdt vol voorbij bij {stop}, elke ochtend om {time}.",
        "Schoolbus is zo vol dat kinderen op de grond zitten.",
        "Bus {line} reed door zonder te stoppen terwijl ik op de stopknop had gedrukt.",
        (
            "De stopknop in bus {line} doet niets, ik moest naar voren lopen om te vragen of hij "
            "wilde stoppen."
        ),
        "Waarom moet je in deze bus voorin instappen? Dat duurt eeuwen bij {stop}.",
        "Bus {line} rijdt een omweg sinds vorige week, niemand weet waarom.",
        "Bus staat elke ochtend met draaiende motor bij de eindhalte {stop}, kwartier lang.",
        "De chauffeur van bus {line} reed roekeloos, door rood en met hoge snelheid door de bocht.",
        "Tram {line} piept verschrikkelijk in de bocht bij {stop}, al weken.",
        "Tram schokt zo bij het remmen dat mensen omvallen.",
        "Deuren van tram {line} sluiten te snel, mijn tas zat klem.",
        "Perrondeuren in de metro bij {stop} gaan niet open, de metro reed weer weg.",
        "Metro naar {stop} stinkt naar rook en zweet, is er geen ventilatie?",
        "Lift in metrostation {stop} is kapot, met een kinderwagen moet ik de trap af.",
        "Premetro ligt stil bij {stop}, geen info op de schermen.",
        "Sneltram {line} heeft elke dag 10 minuten vertraging bij de kruising, waarom?",
        "Wifi in de trein werkt nooit en dan kan ik de reisinformatie ook niet zien.",
        "Geen enkel stopcontact werkt in rijtuig 4 van trein {train}.",
        "Stoel in de trein was gebroken, de rugleuning viel naar achteren.",
        "Je kunt niets zien door de ramen van de trein, ze zijn zo vies.",
        "Jongeren draaien keiharde muziek achterin bus {line}, chauffeur doet niets.",
        "Mensen eten stinkende patat in de bus terwijl dat verboden is.",
        "Bagage in het gangpad in de trein, mensen struikelen. Er is geen ruimte voor koffers.",
        "Mag ik mijn vouwfiets mee in de bus?",
        "Kan mijn hond mee in de trein en moet ik er dan een kaartje voor kopen?",
        "Buggy mocht niet mee in bus {line} omdat hij niet ingeklapt was, met een slapende baby.",
        "Welke dienstregeling rijdt er op tweede paasdag? Op de halte staat niets.",
        "Sinds de zomerdienstregeling rijdt lijn {line} maar twee keer per uur.",
        "Vakantiedienstregeling staat nergens op de website, ik weet niet welke bus er rijdt.",
        "Sleutels verloren in tram {line} rond {time}, een bos met een rood label. Gevonden?",
        "Ik heb mijn jas laten hangen in trein {train}, richting {stop}. Hoe vraag ik die op?",
        "Laptop vergeten in de trein van {time}, in de stiltecoupé. Graag snel contact.",
        (
            "Mijn dochter is haar knuffel verloren in bus {line}, een grijze olifant. Ze slaapt "
            "niet zonder."
        ),
        "Paraplu laten liggen in de metro, zwart met een houten handvat.",
        "Portemonnee kwijt in de trein, waarschijnlijk tussen {stop} en de volgende halte.",
        "Bril verloren in bus {line}, in een blauwe koker.",
        "De omroep in de trein zei niks over de vertraging, we stonden een half uur stil.",
        "De storing werd pas gemeld toen iedereen al een half uur op het perron stond.",
        "Pushmelding van de app kwam pas toen de bus al lang weg was.",
        (
            "Bordje bij de halte {stop} zegt dat de bus elke 10 minuten komt, de app zegt om het "
            "half uur."
        ),
        "lijn {line} weer te laat, elke dag hetzelfde",
        "geen bus bij {stop}, wat is er aan de hand??",
        "trein {train} rijdt niet, niks op het bord",
        (
            "Beste vervoerder, ik reis dagelijks met lijn {line} en de laatste maanden rijdt de "
            "bus van {time} steeds niet. Graag uitleg."
        ),
        (
            "Geachte, hierbij dien ik een klacht in over de chauffeur van bus {line}, die mijn "
            "zoon zonder geldige reden liet uitstappen."
        ),
        (
            "Hallo, ik heb mijn ov-kaart in de bus laten liggen en er is nu met mijn saldo "
            "gereisd. Kan ik de kaart blokkeren?"
        ),
        (
            "Geachte heer/mevrouw, ik verzoek om vergoeding van de taxikosten, omdat de laatste "
            "trein naar {stop} was uitgevallen."
        ),
        (
            "Beste, waarom stopt de sneltram niet meer bij {stop}? Dit was voor veel ouderen de "
            "enige verbinding."
        ),
    ],
    "communication": [
        (
            "De bovenburen op {street} {num} stampen elke nacht rond {time} door het huis, het "
            "lijkt wel of ze dansen met laarzen aan."
        ),
        "De buurman boort en timmert elke zondag vanaf acht uur 's ochtends. Mag dat zomaar?",
        "Buren zijn al maanden aan het verbouwen en zagen tot tien uur 's avonds, {street}.",
        (
            "In ons gehorige appartement aan de {street} hoor ik elk woord van de buren. Hun "
            "ruzies houden ons wakker."
        ),
        (
            "Een autoalarm gaat sinds {time} om de tien minuten af in de {street}, niemand zet het "
            "uit."
        ),
        (
            "Het inbraakalarm van het kantoor aan de {street} loeit al drie uur. Is er iemand die "
            "dat kan uitzetten?"
        ),
        (
            "De haan van de buren op {street} {num} kraait elke ochtend om vier uur, ik heb "
            "nachtdiensten."
        ),
        (
            "Iemand gooit elke nacht om {time} flessen in de glasbak bij {place}, het hele plein "
            "wordt wakker."
        ),
        "De windturbine bij {place} bromt zo dat we het 's nachts met de ramen dicht horen.",
        (
            "Een pomp bij het bedrijf aan de {street} zoemt dag en nacht, een laag geluid dat je "
            "gek maakt."
        ),
        "Op de bouwplaats aan de {street} draait een generator de hele nacht.",
        (
            "De ijscowagen draait elke avond om {time} een liedje in onze straat, tien minuten "
            "lang, elke dag."
        ),
        "Karaoke bij de buren op {street} {num}, elke vrijdag tot {time}.",
        "Er staat een dj in de achtertuin van {street} {num} met grote boxen, het hele blok trilt.",
        "Elke avond zit er een groep met een speakerbox in {place}, tot diep in de nacht.",
        "Basgedreun uit de sportschool op de begane grond, {street}. Vanaf 6 uur 's ochtends.",
        "Buurvrouw geeft zangles aan huis, de hele middag toonladders door de muur.",
        "De zoon van de buren drumt elke avond twee uur lang, {street} {num}.",
        (
            "Auto's met keiharde muziek staan elke avond met open ramen op de parkeerplaats bij "
            "{place}."
        ),
        "Elke nacht wordt er geschreeuwd en gelachen op straat als het café aan de {street} sluit.",
        (
            "Kinderen voetballen de hele middag tegen onze gevel aan de {street}, het bonkt door "
            "het hele huis."
        ),
        (
            "De veegwagen rijdt om vijf uur 's ochtends door onze straat, met een kabaal. Kan dat "
            "niet later?"
        ),
        (
            "De bouwplaats aan de {street} begint om half zes met slopen, ruim voor de toegestane "
            "tijd."
        ),
        (
            "Sloopwerk bij {place} geeft zoveel stof dat onze ramen en auto's onder een grijze "
            "laag zitten."
        ),
        (
            "Door het heien bij het nieuwbouwproject zitten er scheuren in onze muren, {street} "
            "{num}. Bij wie kan ik een claim indienen?"
        ),
        (
            "Het kunstgrasveld bij {place} wordt tot elf uur 's avonds gebruikt met schijnwerpers "
            "en geschreeuw."
        ),
        "De buren stoken elke avond een vuurkorf in de tuin, de rook trekt ons huis in.",
        "Rook van de houtkachel van de buren hangt de hele winter in onze straat, {street}.",
        "De buren barbecueën elke dag, de rook gaat recht ons slaapkamerraam in.",
        "De buurman verbrandt afval en plastic in een ton in zijn tuin, {street} {num}.",
        "Shisha lounge aan de {street} blaast de lucht rechtstreeks in ons portiek.",
        "Frituurlucht van de snackbar hangt in onze hele woning, de afzuiging lijkt niet goed.",
        "Mestlucht bij {place} is sinds een week ondraaglijk, ook binnen met de ramen dicht.",
        (
            "Ik ruik een sterke gaslucht in het portiek van {street} {num}. Moet ik de brandweer "
            "bellen?"
        ),
        "Bij de buren gaat al een uur de rookmelder af en er doet niemand open.",
        (
            "Het bedrijf aan de {street} verspreidt een zoete chemische lucht, mijn kinderen "
            "krijgen er hoofdpijn van."
        ),
        "De buren hebben een enorme bouwlamp in de tuin die recht in onze slaapkamer schijnt.",
        (
            "De nieuwe led-reclame van de winkel aan de {street} knippert de hele nacht in onze "
            "woonkamer."
        ),
        (
            "De schijnwerpers van het sportveld bij {place} blijven aan tot middernacht, ook als "
            "er niemand speelt."
        ),
        "Er slaapt een man in de parkeergarage bij {place}, tussen de auto's op karton.",
        (
            "In de fietsenstalling bij {stop} slapen 's nachts mensen, vanochtend lag er iemand "
            "bij de ingang."
        ),
        "Er slaapt al weken een vrouw op het station, ze ziet er slecht uit. Kan iemand langsgaan?",
        (
            "Onder het viaduct bij {street} liggen matrassen en dekens, er slapen daar een paar "
            "mensen."
        ),
        "Ik zag een gezin met kleine kinderen in een auto slapen bij {place}. Is er hulp voor hen?",
        (
            "Waar kunnen daklozen terecht nu het vriest? De man bij {stop} heeft alleen een dunne "
            "deken."
        ),
        "Er ligt een man op de grond bij {place}, hij reageert niet goed. Wie moet ik bellen?",
        (
            "Mijn buurman op {street} {num} is heel eenzaam en verwaarloost zichzelf. Bij wie kan "
            "ik aankloppen?"
        ),
        "Ik heb de buurvrouw van 90 al vier dagen niet gezien, de gordijnen blijven dicht.",
        (
            "De woning van de buren is volledig vervuild, het stinkt tot in het trapgat en er "
            "zitten vliegen."
        ),
        "Mijn buurman verzamelt alles, de tuin en het huis staan vol rommel en er is brandgevaar.",
        (
            "Ik wil een zorgmelding doen over een jonge vrouw in de {street}, ze lijkt verward en "
            "zwerft 's nachts op straat."
        ),
        "Mijn vader is vermist sinds {time}, hij heeft dementie en woont in de buurt van {place}.",
        "Ik kan door een gebroken heup geen boodschappen doen, is er hulp via de gemeente?",
        "Hoe vraag ik huishoudelijke hulp aan via de Wmo voor mijn moeder?",
        "Ik zorg al jaren voor mijn man en ben op, is er ondersteuning voor mantelzorgers?",
        "Ik heb schulden en weet niet meer waar ik moet beginnen. Kan de gemeente helpen?",
        "Mijn bijstandsuitkering is deze maand niet gestort, wat moet ik doen?",
        "Kom ik in aanmerking voor de energietoeslag en waar vraag ik die aan?",
        "Bij wie kan ik terecht voor jeugdhulp voor mijn zoon van 14?",
        "De hond van de buren zit de hele dag op het balkon, ook met 30 graden, zonder water.",
        "Een paard staat in de wei aan de {street} zonder water, de bak is helemaal droog.",
        "De schapen bij {place} staan al dagen zonder water en schaduw.",
        "Er zit een meeuw met een vishaak in zijn snavel bij {place}, hij kan niet eten.",
        "Er loopt een zwaan op de weg bij {place}, auto's remmen hard.",
        (
            "Een eend met zeven jongen steekt steeds de {street} over, kan er iemand helpen ze "
            "naar het water te brengen?"
        ),
        "Gewonde egel in mijn tuin aan de {street}, hij loopt overdag rond en lijkt ziek.",
        "Een steenmarter houdt ons wakker op zolder, en hij heeft de isolatie kapot gemaakt.",
        (
            "Een marter heeft de kabels van mijn auto doorgebeten, voor de tweede keer. Wat doet "
            "de gemeente daaraan?"
        ),
        "Er loopt een koe op de weg bij {place}, ontsnapt uit de wei.",
        "Ik vond een slang in de tuin, {street} {num}. Geen idee of hij gevaarlijk is.",
        "Buurvrouw voert elke dag tientallen zwerfkatten in de {street}, ze poepen in alle tuinen.",
        "De kippen van de buren lopen over de stoep en in onze tuin.",
        "In de vijver bij {place} drijven tientallen dode vissen, het stinkt.",
        "Dode das langs de {street}, aangereden.",
        "Dode reiger op het grasveld bij {place}.",
        "Al een paar dode vogels gevonden in {place}, vogelgriep?",
        "Er ligt een dode duif op ons balkon, wie haalt die weg?",
        (
            "Eikenprocessierups in de bomen langs het schoolplein aan de {street}, kinderen hebben "
            "jeuk en uitslag."
        ),
        "Nesten van de processierups in de eiken bij {place}, je ziet de witte spinsels.",
        (
            "Volgens mij zit er een Aziatische hoornaar in de boom bij {street} {num}. Bij wie "
            "meld ik dat?"
        ),
        "Wespen vliegen in en uit de spouwmuur van ons huis, {street} {num}.",
        (
            "Er zit een wespennest in de lantaarnpaal voor ons huis in de {street}, ze vliegen uit "
            "het luikje."
        ),
        (
            "Faraomieren in de hele flat aan de {street}, ze zitten in het eten. Wie betaalt de "
            "bestrijding?"
        ),
        "Vlooien in de hele woning sinds de vorige huurder met katten. Kan de gemeente helpen?",
        "Teken in het hoge gras bij {place}, mijn kinderen hadden er na het spelen drie.",
        "Is dit een tijgermug? We worden in de {street} gek van de steken, ook overdag.",
        (
            "Honderden kauwen op het dak van de flat aan de {street}, lawaai vanaf vier uur en "
            "overal poep."
        ),
        "Duiven nestelen op mijn balkon, {street} {num}, alles zit onder de poep. Mag ik ze weren?",
        "Ratten komen uit het riool in de {street}, we zien ze 's avonds over de stoep rennen.",
        "Bij de containers aan de {street} krioelt het van de ratten, ze zijn niet meer bang.",
        "Rattenplaag in {place}, rond de bankjes waar mensen brood voeren.",
        "Er liep vanochtend een rat door onze keuken, {street} {num}. Wat nu?",
        "Muizen in de kelderboxen van ons complex aan de {street}.",
        (
            "Kan de gemeente een ongediertebestrijder sturen? Wij hebben kakkerlakken in de hele "
            "galerijflat."
        ),
        (
            "De voortuin van {street} {num} ligt vol afval, oude meubels en zakken. Het stinkt en "
            "trekt ratten aan."
        ),
        "De buren hebben een autowrak in de voortuin staan, al twee jaar. Olie loopt in de grond.",
        (
            "Er staat een caravan in de voortuin van {street} {num} die het hele zicht wegneemt. "
            "Mag dat?"
        ),
        (
            "Er wordt een schuur van drie meter hoog gebouwd in de achtertuin van de buren, zonder "
            "vergunning volgens mij."
        ),
        "De uitbouw van de buren is veel groter dan op de tekening stond die we kregen.",
        "In het huis naast ons, {street} {num}, wonen zeker tien mensen. Illegale kamerverhuur?",
        (
            "Ik vermoed dat er in {street} {num} veel meer mensen wonen dan toegestaan, elke week "
            "andere gezichten."
        ),
        (
            "In één rijtjeshuis aan de {street} wonen twaalf arbeidsmigranten, busjes op de stoep "
            "en matrassen in de tuin."
        ),
        "Mijn verhuurder verhuurt mijn kamer door aan anderen terwijl ik er nog sta ingeschreven.",
        (
            "Op {street} {num} staat niemand ingeschreven maar er wonen wel mensen. Wie "
            "controleert dat?"
        ),
        "Woonboot aan de kade bij {place} is half gezonken en verwaarloosd, er lekt olie.",
        "Er staat een groot reclamebord in een weiland langs de {street}, mag dat?",
        (
            "De winkel aan de {street} zet zijn rekken en borden helemaal over de stoep, je kan er "
            "niet langs."
        ),
        "Terras van het café op {place} staat veel verder uit dan toegestaan, tot op het fietspad.",
        (
            "Het café aan de {street} houdt zich niet aan de sluitingstijd, om {time} nog mensen "
            "binnen."
        ),
        (
            "Overlast rond de coffeeshop aan de {street}: auto's met draaiende motor en blowende "
            "klanten voor onze deur."
        ),
        "De nachtwinkel aan de {street} trekt elke nacht groepen aan die op straat drinken.",
        "Het huis op {street} {num} wordt als illegaal hotel gebruikt, elke dag nieuwe koffers.",
        "De buren verhuren hun woning elk weekend via internet, feesten tot {time}.",
        "De buren hebben vandaag een grote eik gekapt in hun tuin, is daar een vergunning voor?",
        (
            "Ik wil een boom in mijn eigen tuin kappen aan de {street}. Heb ik een kapvergunning "
            "nodig?"
        ),
        "Hoe vraag ik een omgevingsvergunning aan voor een dakkapel?",
        "Ik wil bezwaar maken tegen de vergunning voor het nieuwe appartementsgebouw bij {place}.",
        (
            "Bij de buren wordt asbest verwijderd zonder afzetting of beschermende kleding, het "
            "stof waait onze tuin in."
        ),
        "Bij het graven in mijn tuin vond ik stukken plaat die op asbest lijken. Wat moet ik doen?",
        "Is de grond van het speelveld bij {place} vervuild? Er stond vroeger een fabriek.",
        "Hoe is de luchtkwaliteit in de {street}? Er rijden zoveel vrachtwagens langs de school.",
        (
            "Wordt het water in onze flat gecontroleerd op legionella? Het warme water wordt nooit "
            "echt heet."
        ),
        "Is er een koelplek voor ouderen tijdens de hittegolf?",
        "Mijn huurverhoging is veel hoger dan vorig jaar, mag dat?",
        "Hoe stap ik naar de huurcommissie? Mijn verhuurder repareert niets.",
        "Ik zoek al drie jaar een woning, hoe kom ik hoger op de wachtlijst?",
        "Kom ik in aanmerking voor een urgentieverklaring? Ik moet binnen een maand mijn huis uit.",
        (
            "In ons huurhuis tocht het zo erg dat de verwarming het niet bijhoudt, de verhuurder "
            "doet niets."
        ),
        "Het dak van ons huurhuis lekt al sinds de storm, de verhuurder neemt niet op.",
        "Al {days} dagen geen warm water in onze huurwoning aan de {street}.",
        (
            "De lift in onze flat aan de {street} is al twee weken kapot, ik woon op de achtste "
            "met een rollator."
        ),
        "Het portiek van ons flatgebouw is smerig en de beheerder laat het niet schoonmaken.",
        (
            "De intercom van de flat op {street} {num} werkt al maanden niet, bezoek kan niet "
            "aanbellen."
        ),
        (
            "Mijn huisbaas verhuurt kamers met schimmel en zonder brandmelders, een echte "
            "huisjesmelker."
        ),
        "Vannacht is mijn auto opengebroken in de {street}, de navigatie is gestolen.",
        "Bij drie auto's in de {street} zijn de ruiten ingeslagen, alweer.",
        "Vandalisme bij {place}: bankjes vernield en ruiten van het buurthuis ingegooid.",
        (
            "Er is vannacht een container in brand gestoken bij {street} {num}, de derde keer deze "
            "maand."
        ),
        "Vannacht is er een auto in brand gestoken in de {street}, we zijn erg geschrokken.",
        "Harde knal vannacht bij {street} {num}, de voordeur is beschadigd. Was dit een explosief?",
        "Zwaar vuurwerk in de {street}, de ruiten trillen. En het is pas november.",
        "Ik zag een jongen met een mes bij {stop}, hij bedreigde iemand.",
        "Gisteravond rond {time} schoten gehoord bij {place}. Weet de politie hiervan?",
        (
            "Er lagen zakken met chemisch spul en jerrycans in de berm bij {place}, het ruikt naar "
            "anijs. Drugsafval?"
        ),
        (
            "Ik denk dat er in de schuur bij {street} {num} drugs gemaakt worden, er komt een rare "
            "lucht uit."
        ),
        "Jongeren dealen bij de ingang van het park {place}, in het volle zicht van kinderen.",
        "Een groep jongeren intimideert voorbijgangers bij het winkelcentrum aan de {street}.",
        (
            "Twee mannen stonden bij de buurvrouw aan de deur als monteurs, maar niemand had ze "
            "gestuurd. Babbeltruc?"
        ),
        "Een man in uniform zei dat hij van de politie was en wilde binnenkomen. Was dat echt?",
        (
            "Ik kreeg een mail van de gemeente dat ik een boete moet betalen via een link, is dat "
            "echt of phishing?"
        ),
        "Venters staan elke dag aan de deur in de {street} om energiecontracten te verkopen.",
        "Er staat elke dag een bedelaar bij de supermarkt aan de {street}, soms heel agressief.",
        "Een collectant zonder pasje kwam aan de deur, klopt dat wel?",
        "Mijn moeder is beroofd van haar tas door twee jongens op een scooter, bij {place}.",
        (
            "Ik wil een straatfeest organiseren in de {street}, moet de straat dan dicht en welke "
            "vergunning heb ik nodig?"
        ),
        "Hoe vraag ik een terrasvergunning aan voor mijn lunchroom?",
        "Wij willen een ontheffing voor versterkte muziek tijdens ons jubileumfeest.",
        "Ik wil met een foodtruck op de markt staan. Hoe krijg ik een standplaatsvergunning?",
        "Ik ben het niet eens met de WOZ-waarde van mijn huis, hoe maak ik bezwaar?",
        "Waarom is de rioolheffing dit jaar zo gestegen?",
        "De aanslag afvalstoffenheffing is te hoog, ik woon alleen.",
        "Kan ik een betalingsregeling treffen voor de gemeentelijke belastingen?",
        "Ik heb mijn aanslag nooit ontvangen en nu krijg ik een aanmaning.",
        "Hoe vraag ik een uittreksel uit de basisregistratie aan voor mijn nieuwe werkgever?",
        "Ons kindje is geboren, hoe doe ik de geboorteaangifte?",
        "Wij willen trouwen op het stadhuis, hoe ver van tevoren moeten we dat regelen?",
        "Mijn vader is overleden, wat moet ik allemaal bij de gemeente regelen?",
        "Ik heb een VOG nodig voor mijn vrijwilligerswerk, hoe vraag ik die aan?",
        "Inloggen met DigiD lukt niet op de site van de gemeente, ik krijg steeds een foutmelding.",
        "Hoe vraag ik een attest van gezinssamenstelling aan?",
        "Ik heb mijn kieskaart niet ontvangen, mag ik toch gaan stemmen?",
        "Ik woon sinds vijf jaar hier en wil me laten naturaliseren. Waar begin ik?",
        "Ik heb geen vaste woonplek, kan ik een briefadres krijgen?",
        "Ik verhuis naar het buitenland, moet ik me uitschrijven?",
        "Wanneer is de intocht van Sinterklaas dit jaar en waar?",
        "Mag ik op de vrijmarkt een kleedje neerleggen op {place}?",
        "Welke straten zijn dicht tijdens de marathon? Ik moet die dag werken.",
        "Welke gebouwen zijn open tijdens open monumentendag?",
        "Hoe vraag ik een stadspas aan voor mijn kinderen? Wij hebben een laag inkomen.",
        "Kan onze voetbalclub subsidie krijgen voor nieuwe doelen?",
        "Ik woon in het buitenland, hoe kan ik stemmen bij de gemeenteraadsverkiezingen?",
        "Wanneer is de volgende raadsvergadering over de begroting?",
        (
            "Waarom worden er windmolens vlak bij onze wijk gebouwd zonder dat wij iets te zeggen "
            "hebben?"
        ),
        (
            "Ik ben tegen het kappen van de bomen voor de nieuwe parkeergarage, waar kan ik mijn "
            "stem laten horen?"
        ),
        "De medewerker aan de balie was onbeschoft en lachte me uit. Ik wil een klacht indienen.",
        "Ik zou teruggebeld worden over mijn melding, dat is nu drie weken geleden.",
        "Mijn melding over de losse tegel is gesloten zonder dat er iemand is geweest.",
        "Ik hang al 40 minuten in de wacht bij het telefoonnummer van de gemeente.",
        "De website van de gemeente werkt niet, ik kan geen afspraak maken.",
        "De meldingen-app crasht als ik een foto wil toevoegen.",
        "Ik kan mijn adres niet vinden op de kaart in de app, onze straat is nieuw.",
        "Ik ben mijn meldingsnummer kwijt, kunnen jullie de status opzoeken?",
        "Ik ben niet tevreden over de afhandeling van mijn klacht, kan ik naar de ombudsman?",
        "Welke gegevens heeft de gemeente over mij? Ik wil een inzageverzoek doen.",
        "Ik wil een Woo-verzoek indienen over de plannen voor {place}.",
        "Ik wil de handhaver bedanken die gisteren zo rustig bleef bij de ruzie op {place}.",
        "Dank aan de wijkagent, sinds hij langs is geweest is het rustig in de {street}.",
        (
            "Complimenten voor de chauffeur van lijn {line}, hij wachtte op mijn moeder met de "
            "rollator en hielp haar instappen."
        ),
        "Hartelijk dank aan de vuilnismannen die mijn omgevallen bak hebben opgeruimd.",
        "Pluim voor de groenploeg, het park {place} ziet er prachtig uit.",
        "Het gat in de weg voor mijn deur is binnen een dag gerepareerd. Chapeau!",
        (
            "De stoep in de {street} is eindelijk gemaakt, mijn moeder kan weer veilig naar "
            "buiten. Bedankt!"
        ),
        "Wat een nette speeltuin nu bij {place}, de kinderen zijn er elke dag. Dank jullie wel.",
        "Mooi evenement gisteren op {place}, goed georganiseerd!",
        "ok dank je",
        "Helemaal goed, bedankt!",
        "Goedemorgen, fijne dag allemaal",
        "Fijne feestdagen en een gelukkig nieuwjaar!",
        "Sorry, verkeerde chat.",
        "Verkeerd nummer, excuus.",
        "Verdien 5000 euro per week met crypto, klik hier.",
        "Wij zoeken collega's! Bekijk onze vacatures op onze website.",
        "Hoi schat, zin om te daten? Klik op mijn profiel.",
        "Is dit de goede plek om iets te melden?",
        "Wat is het nummer van het gemeentehuis?",
        "Haha top",
        (
            "Geachte, graag meld ik overlast van jongeren die elke avond in de portiek van ons "
            "gebouw aan de {street} hangen, blowen en rotzooi achterlaten."
        ),
        (
            "Beste gemeente, sinds de nieuwe bewoners op {street} {num} wonen, wordt er elke nacht "
            "ruzie gemaakt. Ik maak me zorgen om de kinderen."
        ),
        (
            "Goedendag, in de tuin naast ons aan de {street} zitten ratten, ze graven onder de "
            "schutting door. De eigenaar reageert niet."
        ),
        "Hallo, ik wil even zeggen dat de nieuwe bankjes bij {place} heel fijn zijn. Complimenten.",
    ],
}
