"""Synthetic German report vocabulary for the router, written for this project.

Report titles (as typed into a municipal reporting app's title field, or picked from its
category menu) and report bodies (an app's description field, a web form, an e-mail to the city,
or a complaint tweet to a rail or bus operator), in German, Austrian and Swiss German, part of it
typed without umlauts and ß as people do on phones. Every entry was written by hand for this
file: nothing is copied from real reports, real posts or any collection of citizen texts.
Streets, places, stops, lines, train numbers, times and day counts are slots ({street}, {num},
{place}, {stop}, {line}, {train}, {time}, {days}) that the training set builder fills;
"[a|b|c]" picks one alternative (may nest). No real people, brands or contact details.
"""

# Report titles and category names as a resident types them into a reporting app's title field,
# or picks them from its category menu. 1-8 words. "[a|b|c]" picks one alternative (may nest).
TITLES: dict[str, list[str]] = {
    "traffic": [
        "Ampel defekt",
        "Ampel [ausgefallen|aus|kaputt|ohne Funktion]",
        "Ampelausfall",
        "Ampelstörung",
        "Ampel blinkt nur [gelb|noch gelb]",
        "Ampel [haengt|steht dauerhaft] auf Rot",
        "Ampel zu lange rot",
        "Ampel wird nie gruen",
        "Ampelschaltung [unsinnig|falsch|schlecht abgestimmt]",
        "Grünphase zu kurz",
        "Grünphase für Fußgänger [zu kurz|viel zu kurz]",
        "Grüne Welle funktioniert nicht",
        "Fußgängerampel defekt",
        "Fussgaengerampel [reagiert nicht|bleibt rot|ausgefallen]",
        "Bettelampel reagiert nicht",
        "Bettelampel abschaffen",
        "Ampeltaster [defekt|abgebrochen|reagiert nicht]",
        "Drücker an der Ampel kaputt",
        "Anforderungstaster Fussgaenger defekt",
        "Blindenampel [tickt nicht|Tonsignal fehlt]",
        "Akustisches Signal Ampel ausgefallen",
        "Radfahrerampel wird nicht gruen",
        "Lichtsignalanlage [gestört|defekt]",
        "LSA defekt",
        "Baustellenampel [defekt|falsch geschaltet]",
        "Neue Ampel gewuenscht",
        "Abbiegepfeil fehlt",
        "Linksabbieger Ampel gefaehrlich",
        "Verkehrszeichen [fehlt|umgefahren|verdreht|verdeckt]",
        "Verkehrsschild [beschaedigt|umgeknickt|liegt am Boden]",
        "Schild umgefahren",
        "Stoppschild fehlt",
        "Stop Schild weg",
        "Vorfahrtsschild verdreht",
        "Vorfahrt unklar",
        "Strassenschild fehlt",
        "Strassenschild [unleserlich|verblasst|beschaedigt]",
        "Straßennamensschild fehlt",
        "Strassennamenschild haengt schief",
        "Tempo-30-Schild [fehlt|verdeckt|zugewachsen]",
        "Schild von Aesten verdeckt",
        "Beschilderung [unklar|widerspruechlich|fehlt]",
        "Schilderwald",
        "Halteverbotsschild fehlt",
        "Einbahnstraße falsch beschildert",
        "Einbahnstraße wird missachtet",
        "Geisterfahrer in Einbahnstrasse",
        "Umleitung [fehlt|schlecht ausgeschildert|nicht beschildert]",
        "Umleitungsschilder falsch",
        "Straßensperrung",
        "Straßensperrung ohne Umleitung",
        "Vollsperrung [Info|wie lange?]",
        "Sperrung aufheben",
        "Strasse gesperrt warum",
        "Fahrbahnmarkierung [verblasst|abgefahren|fehlt]",
        "Markierung [kaum sichtbar|erneuern]",
        "Zebrastreifen [verblasst|kaum sichtbar|fehlt]",
        "Zebrastreifen gewuenscht",
        "Zebrasteifen fehlt",
        "Fussgaengerueberweg [fehlt|gefaehrlich]",
        "Fussgängerstreifen [fehlt|verblasst]",
        "Querungshilfe gewuenscht",
        "Mittelinsel fehlt",
        "Haltelinie fehlt",
        "Sperrflaeche wird zugeparkt",
        "Falschparker",
        "falschparker",
        "Falschparker [auf Gehweg|auf Radweg|vor Einfahrt|im Halteverbot]",
        "Parken auf dem Gehweg",
        "Gehwegparker",
        "Parken im Halteverbot",
        "Halteverbot wird ignoriert",
        "Parkverstoß melden",
        "Parken in zweiter Reihe",
        "Zweite-Reihe-Parker",
        "Einfahrt zugeparkt",
        "Einfahrt zu geparkt",
        "Ausfahrt [blockiert|zugeparkt]",
        "Garagenausfahrt zugeparkt",
        "Grundstueckseinfahrt blockiert",
        "Feuerwehrzufahrt [zugeparkt|blockiert]",
        "Hydrant zugeparkt",
        "Behindertenparkplatz [belegt|unberechtigt genutzt]",
        "Ladesaeule zugeparkt",
        "E-Ladeplatz blockiert",
        "Auto auf Zebrastreifen geparkt",
        "Parken an der Kreuzung",
        "Parken in der Kurve",
        "Abschleppen bitte",
        "Kontrolle ruhender Verkehr",
        "Parkraumüberwachung",
        "Parkkontrolle gewünscht",
        "Parkscheinautomat [defekt|kaputt|ausser Betrieb]",
        "Parkscheinautomat [frisst Münzen|nimmt keine Karte|Display schwarz]",
        "Parkautomat defekt",
        "Parkuhr kaputt",
        "Parkscheibe wird nicht kontrolliert",
        "Kurzparkzone [Beschilderung fehlt|wird nicht kontrolliert]",
        "Parkpickerl [beantragen|verlaengern|Frage]",
        "Anrainerparken",
        "Bewohnerparkausweis [beantragen|verlaengern]",
        "Anwohnerparken",
        "Anwohnerparkausweis",
        "Parkausweis fuer Handwerker",
        "Zu wenig Parkplätze",
        "Dauerparker",
        "Schrottauto",
        "Schrottfahrzeug",
        "Autowrack",
        "Fahrzeugwrack abgestellt",
        "Abgemeldetes Fahrzeug",
        "Fahrzeug ohne Kennzeichen",
        "Auto ohne Nummernschild",
        "Verlassenes Auto",
        "Auto seit Monaten nicht bewegt",
        "Abgestellter Anhaenger",
        "Wohnwagen dauerhaft geparkt",
        "Abgestelltes Fahrzeug",
        "Moped seit Monaten abgestellt",
        "Schrottrad",
        "Fahrradleiche",
        "Fahrradwrack",
        "Herrenloses Fahrrad",
        "Veloleiche",
        "Velo seit Monaten abgestellt",
        "E-Scooter [blockiert Gehweg|liegt quer|umgekippt]",
        "E-Roller auf dem Gehweg",
        "Leihroller falsch abgestellt",
        "Scooter im Weg",
        "E-Trottinett auf dem Trottoir",
        "Raser",
        "Raser [in Wohnstrasse|in 30er Zone|vor der Schule]",
        "Geschwindigkeitsueberschreitung",
        "Es wird zu schnell gefahren",
        "Geschwindigkeitskontrolle [erbeten|gewuenscht]",
        "Blitzer gewuenscht",
        "Tempo 30 wird ignoriert",
        "Tempo 30 gewünscht",
        "Tempo 30 Zone",
        "Illegale Autorennen",
        "Bodenschwelle gewünscht",
        "Temposchwelle [kaputt|zu hoch]",
        "Bremsschwelle",
        "Verkehrsberuhigung [gewünscht|nötig]",
        "Spielstraße wird missachtet",
        "Wohnstrasse wird durchfahren",
        "Begegnungszone wird ignoriert",
        "Schleichverkehr",
        "Durchgangsverkehr im Wohngebiet",
        "Stau",
        "Dauerstau",
        "Rueckstau bis zur Kreuzung",
        "Verkehrschaos",
        "Stau wegen Ampelschaltung",
        "Radweg [zugeparkt|blockiert|endet plötzlich|fehlt]",
        "Radweg Markierung fehlt",
        "Radweg gefaehrlich",
        "Radweg gewünscht",
        "Radstreifen zu schmal",
        "Fahrradstrasse wird ignoriert",
        "Velostreifen fehlt",
        "Veloweg unterbrochen",
        "Fahrradbügel gewünscht",
        "Fahrradstaender fehlt",
        "Fahrradabstellanlage voll",
        "Gefaehrliche Kreuzung",
        "Unübersichtliche Kreuzung",
        "Unuebersichtliche Einmuendung",
        "Unfallschwerpunkt",
        "Kreisverkehr gefährlich",
        "Schulweg [unsicher|gefaehrlich]",
        "Sichtbehinderung an Kreuzung",
        "Verkehrsspiegel [fehlt|verdreht|kaputt]",
        "Poller umgefahren",
        "Poller fehlt",
        "Lkw in Wohnstrasse",
        "LKW Durchfahrt verbieten",
        "Lastwagen im Wohngebiet",
        "Schwerverkehr",
        "Lkw parken über Nacht",
        "Hupen",
        "Dauerhupen",
        "Staendiges Hupen",
        "Hupkonzert an der Kreuzung",
        "Lieferverkehr blockiert Straße",
        "Verkehr",
        "Verkehr und Mobilität",
        "Strassenverkehr",
        "Verkehrszeichen/Ampeln",
        "Ampeln und Verkehrszeichen",
        "Ruhender Verkehr",
        "Fliessender Verkehr",
        "Parken",
        "Parken/Falschparker",
        "Beschilderung/Markierung",
        "Verkehrssicherheit",
        "Verkehrsregelung",
        "Abgestellte Fahrzeuge",
        "Schrottfahrzeuge/Fahrradleichen",
        "Radverkehr",
        "Fuß- und Radverkehr",
    ],
    "public_works": [
        "Schlagloch",
        "Schlagloecher",
        "Schlagloch [Fahrbahn|auf dem Radweg|vor Einfahrt|sehr tief]",
        "Schlagloh",
        "Loch in der [Straße|Fahrbahn]",
        "Großes Loch in der Straße",
        "Fahrbahnschaden",
        "Straßenschaden",
        "Straßenschäden",
        "Straßenbelag [kaputt|aufgebrochen|bröckelt]",
        "Asphalt [aufgebrochen|kaputt|broeckelt]",
        "Risse im Asphalt",
        "Frostaufbruch",
        "Frostschaden Strasse",
        "Spurrillen",
        "Fahrbahn abgesackt",
        "Absenkung Fahrbahn",
        "Straße uneben",
        "Flickstelle aufgebrochen",
        "Kopfsteinpflaster lose",
        "Pflaster [locker|beschädigt|fehlt]",
        "Pflastersteine fehlen",
        "Gehweg [beschaedigt|kaputt|uneben]",
        "Gehwegschaden",
        "Gehwegplatte [lose|gebrochen|steht hoch]",
        "Gehwegplatten wackeln",
        "Stolperfalle [Gehweg|Buergersteig]",
        "Stolperstelle",
        "Buergersteig kaputt",
        "Gehsteig [kaputt|beschaedigt|abgesackt]",
        "Gehsteigschaden",
        "Trottoir [beschaedigt|kaputt|uneben]",
        "Bordstein [kaputt|abgebrochen|lose]",
        "Bordsteinabsenkung gewünscht",
        "Bordstein zu hoch",
        "Randstein beschaedigt",
        "Randstein fehlt",
        "Wurzelschaden Gehweg",
        "Baumwurzeln heben Gehweg an",
        "Loch im Gehweg",
        "Gehweg nach Bauarbeiten nicht repariert",
        "Laterne defekt",
        "Laterne [aus|kaputt|flackert|brennt tagsüber]",
        "Laterne kaput",
        "Latterne defekt",
        "Straßenlaterne [defekt|aus|flackert]",
        "Strassenlaterne leuchtet nicht",
        "Straßenbeleuchtung [ausgefallen|defekt]",
        "Straßenbeleuchtung",
        "Beleuchtung",
        "Beleuchtung defekt",
        "Lampe kaputt",
        "Lampe [flackert|aus|brennt am Tag]",
        "Leuchte defekt",
        "Mehrere Laternen aus",
        "Ganze Strasse dunkel",
        "Weg unbeleuchtet",
        "Parkweg ohne Licht",
        "Lichtmast [schief|beschaedigt]",
        "Laternenmast [umgefahren|beschaedigt|Klappe offen]",
        "Kabel hängt aus Laternenmast",
        "Unterfuehrung Licht aus",
        "Baum umgestuerzt",
        "Baum umgefallen",
        "Ast abgebrochen",
        "Ast droht abzubrechen",
        "Aeste auf dem Gehweg",
        "Aeste ragen in [Fahrbahn|Gehweg|Radweg]",
        "Aeste haengen zu tief",
        "Baum [morsch|krank|hohl|abgestorben]",
        "Totholz im Baum",
        "Baumschnitt",
        "Baumschnitt [noetig|gewuenscht]",
        "Baumpflege",
        "Baum zurückschneiden",
        "Bäume zurückschneiden",
        "Baum verdeckt Laterne",
        "Sturmschaden",
        "Sturmschaden Baum",
        "Baumstumpf",
        "Baum fehlt",
        "Neupflanzung gewünscht",
        "Jungbaum vertrocknet",
        "Baumscheibe [vermüllt|ungepflegt]",
        "Stadtgrün",
        "Grünflächen",
        "Grünfläche ungepflegt",
        "Grünanlage [ungepflegt|verwildert|vermüllt]",
        "Gruenpflege",
        "Rasen mähen",
        "Rasen nicht gemäht",
        "Gras zu hoch",
        "Wiese mähen",
        "Grünstreifen [zugewachsen|ungepflegt]",
        "Mittelstreifen verwildert",
        "Hecke schneiden",
        "Hecke an Gruenanlage wuchert",
        "Buesche zurueckschneiden",
        "Gestruepp am Weg",
        "Unkraut",
        "Unkraut [auf Gehweg|zwischen Pflaster|am Bordstein]",
        "Wildwuchs",
        "Beet verwildert",
        "Blumenbeet ungepflegt",
        "Pflanzkuebel vertrocknet",
        "Park vermüllt",
        "Parkpflege",
        "Parkweg beschaedigt",
        "Parkwege ausgespült",
        "Spielplatz",
        "Spielplaetze",
        "Spielplatz [verschmutzt|kaputt|gesperrt]",
        "Spielplatzgeraet [defekt|kaputt|beschaedigt]",
        "Spielgeraet [kaputt|gesperrt|wackelt]",
        "Schaukel [kaputt|defekt|Kette gerissen]",
        "Rutsche [beschädigt|kaputt|scharfe Kanten]",
        "Klettergeruest [defekt|wackelt]",
        "Wippe kaputt",
        "Karussell defekt",
        "Sandkasten [verschmutzt|voller Scherben|braucht neuen Sand]",
        "Fallschutz fehlt",
        "Seilbahn Spielplatz defekt",
        "Spielplatz Zaun kaputt",
        "Bolzplatz Tor kaputt",
        "Basketballkorb kaputt",
        "Tischtennisplatte kaputt",
        "Bank kaputt",
        "Bank [defekt|beschaedigt|fehlt]",
        "Parkbank [kaputt|beschaedigt]",
        "Sitzbank [fehlt|kaputt|gewuenscht]",
        "Stadtmobiliar",
        "Oeffentliche Toilette [verschmutzt|defekt|geschlossen]",
        "WC-Anlage defekt",
        "Toilette im Park verstopft",
        "Toilettenhäuschen kaputt",
        "Brunnen [kaputt|läuft nicht|verschmutzt]",
        "Trinkbrunnen [defekt|ohne Wasser]",
        "Zierbrunnen abgestellt",
        "Muelleimer voll",
        "Mülleimer [überfüllt|kaputt|fehlt|abgerissen]",
        "Mülleimer überfült",
        "Muelleimer an Haltestelle voll",
        "Papierkorb [voll|fehlt|kaputt]",
        "Papierkorb Bushaltestelle überfüllt",
        "Abfallbehaelter ueberfuellt",
        "Abfallkorb quillt über",
        "Mistkübel [voll|kaputt|fehlt]",
        "Abfallkübel [voll|fehlt]",
        "Müll",
        "Muell [liegt rum|auf Gehweg|im Park]",
        "Vermüllung",
        "Wilder Müll",
        "Illegale Muellablagerung",
        "Illegale Ablagerung",
        "Müllablagerung",
        "Muell abgeladen",
        "Müllsäcke abgestellt",
        "Hausmuell abgestellt",
        "Sperrmuell [abgestellt|auf Gehweg|liegt rum]",
        "Sperrmuell illegal abgestellt",
        "Sperrmuehl auf dem Gehweg",
        "Sperrmüll abholen",
        "Sperrmuell anmelden",
        "Sperrmüll nicht abgeholt",
        "Sperrmuelltermin",
        "Matratze am Strassenrand",
        "Sofa auf dem Gehweg",
        "Kühlschrank abgestellt",
        "Elektroschrott abgestellt",
        "Altreifen abgelegt",
        "Bauschutt abgeladen",
        "Farbeimer abgestellt",
        "Einkaufswagen im Gebüsch",
        "Müllabfuhr",
        "Müllabfuhr [vergessen|ausgefallen]",
        "Abfuhr vergessen",
        "Tonne nicht geleert",
        "Restmüll nicht abgeholt",
        "Restmuelltonne nicht geleert",
        "Biotonne [nicht geleert|vergessen]",
        "Biomüll nicht abgeholt",
        "Papiertonne [nicht geleert|vergessen]",
        "Altpapier nicht abgeholt",
        "Blaue Tonne nicht geleert",
        "Gelbe Tonne nicht geleert",
        "Gelber Sack [nicht abgeholt|liegt rum]",
        "Gelbe Säcke [liegen rum|nicht abgeholt]",
        "Leerung vergessen",
        "Abholung verpasst",
        "Grünschnitt nicht abgeholt",
        "Gartenabfaelle abholen",
        "Laubsäcke nicht abgeholt",
        "Christbaum nicht abgeholt",
        "Weihnachtsbaum abholen",
        "Muelltonne [beschaedigt|kaputt|weg|fehlt]",
        "Tonne kaputt",
        "Deckel [abgebrochen|kaputt]",
        "Rad an Muelltonne ab",
        "Neue Mülltonne beantragen",
        "Biotonne bestellen",
        "Tonne [tauschen|groesser|kleiner]",
        "Zusaetzliche Tonne",
        "Abfall",
        "Abfall/Müll",
        "Abfallentsorgung",
        "Müll und Sauberkeit",
        "Sauberkeit",
        "Verschmutzung",
        "Containerstandort vermüllt",
        "Müll neben Container",
        "Glascontainer [voll|überfüllt|nicht geleert]",
        "Altglascontainer voll",
        "Altkleidercontainer [voll|überfüllt]",
        "Papiercontainer voll",
        "Wertstoffinsel vermüllt",
        "Recyclingstation verschmutzt",
        "Kehricht nicht abgeholt",
        "Kehrichtsaecke liegen geblieben",
        "Grüngut nicht abgeholt",
        "Entsorgung",
        "Sammelstelle ueberfuellt",
        "Strassenreinigung",
        "Straßenreinigung/Winterdienst",
        "Stadtreinigung",
        "Strasse nicht gereinigt",
        "Strasse verschmutzt",
        "Gehweg verschmutzt",
        "Kehrmaschine kommt nicht",
        "Gehweg fegen",
        "Rinnstein verschmutzt",
        "Ölspur",
        "Oelfleck auf Fahrbahn",
        "Glasscherben [auf Radweg|auf Gehweg|auf Spielplatz]",
        "Scherben auf der Straße",
        "Zigarettenkippen überall",
        "Laub",
        "Laub [auf Gehweg|nicht entfernt|rutschig]",
        "Laubhaufen",
        "Laubbeseitigung",
        "Winterdienst",
        "Winterdienst [fehlt|nicht erfolgt]",
        "Schnee nicht geraeumt",
        "Schneeräumung",
        "Nicht gestreut",
        "Glatteis",
        "Glätte",
        "Gehweg vereist",
        "Gehsteig nicht geräumt",
        "Radweg nicht geraeumt",
        "Streukiste leer",
        "Streugut fehlt",
        "Schneehaufen blockiert Gehweg",
        "Splitt entfernen",
        "Rollsplitt liegt noch",
        "Gully verstopft",
        "Gully [riecht|Deckel lose]",
        "Gulli verstopft",
        "Gullideckel klappert",
        "Gullydeckel [lose|klappert|fehlt]",
        "Kanaldeckel [fehlt|klappert|abgesackt]",
        "Schachtdeckel [lose|klappert]",
        "Straßenablauf verstopft",
        "Straßeneinlauf verstopft",
        "Sinkkasten verstopft",
        "Abfluss verstopft",
        "Kanal verstopft",
        "Kanalgeruch",
        "Gestank aus Kanal",
        "Abwasser tritt aus",
        "Kanalisation",
        "Entwässerung",
        "Ueberschwemmung",
        "Strasse ueberflutet",
        "Unterfuehrung unter Wasser",
        "Wasser auf Fahrbahn",
        "Große Pfütze",
        "Wasserrohrbruch",
        "Wasser tritt aus Boden",
        "Wasserleck",
        "Leck in Wasserleitung",
        "Hydrant [undicht|beschaedigt|tropft]",
        "Hydrant umgefahren",
        "Gewässer",
        "Bach [verschmutzt|verstopft|voller Müll]",
        "Teich [verschmutzt|stinkt|voller Algen]",
        "Weiher verschmutzt",
        "Graben verstopft",
        "Ufer abgerutscht",
        "Graffiti",
        "Graffiti [Brücke|Unterführung|Schule|Stromkasten]",
        "Grafitti entfernen",
        "Schmiererei",
        "Schmierereien an Wand",
        "Sprayerei",
        "Farbschmiererei",
        "Verfassungsfeindliche Schmiererei",
        "Bruecke [beschaedigt|Gelaender kaputt]",
        "Brückengeländer lose",
        "Geländer [kaputt|lose|fehlt]",
        "Mauer [broeckelt|eingestuerzt]",
        "Stuetzmauer beschaedigt",
        "Zaun [kaputt|umgefallen|beschädigt]",
        "Treppe [beschaedigt|Stufe lose]",
        "Stufe gebrochen",
        "Handlauf fehlt",
        "Unterführung [verdreckt|beschädigt]",
        "Fussgaengerbruecke Planken kaputt",
        "Bruecken und Bauwerke",
        "Straßen und Wege",
        "Wege und Plätze",
        "Baustelle",
        "Baustelle [nicht abgesichert|ruht|verlassen]",
        "Baustellenabsicherung fehlt",
        "Baugrube offen",
        "Absperrung umgefallen",
        "Bauzaun auf Gehweg",
        "Aufgrabung nicht verschlossen",
        "Strasse nach Bauarbeiten kaputt",
        "Öffentliches Gebäude",
        "Schulgebäude Schaden",
        "Turnhalle Dach undicht",
        "Bürgerhaus Tür kaputt",
        "Spritze gefunden",
        "Spritzen [auf Spielplatz|im Park|im Gebüsch]",
        "Drogenbesteck gefunden",
        "Nadeln im Gebuesch",
    ],
    "transit": [
        "Bus zu spaet",
        "Bus [kommt nicht|ausgefallen|durchgefahren|zu früh abgefahren]",
        "Busausfall",
        "Bus faellt aus",
        "Bus ist nicht gekommen",
        "Bus hielt nicht an Haltestelle",
        "Busfahrer unfreundlich",
        "Busfahrer [faehrt zu schnell|telefoniert|laesst niemanden einsteigen]",
        "Buschauffeur unfreundlich",
        "Fahrpersonal Beschwerde",
        "Fahrer hat nicht gewartet",
        "Bus ueberfuellt",
        "Nachtbus [fällt aus|überfüllt]",
        "Schulbus [überfüllt|kommt nicht]",
        "Rufbus nicht gekommen",
        "Ersatzbus kommt nicht",
        "Linie [eingestellt|umgeleitet|verkürzt]",
        "Takt zu duenn",
        "Taktung verbessern",
        "Intervall zu lang",
        "Anschluss verpasst",
        "Anschlussbus weg",
        "Straßenbahn [Verspätung|fällt aus|überfüllt]",
        "Strassenbahn zu spaet",
        "Strassenbahn kommt nicht",
        "Tram [faellt aus|Verspaetung|voll]",
        "Bim [kommt nicht|verspätet|überfüllt]",
        "Oeffis [unpuenktlich|ueberfuellt|fallen aus]",
        "U-Bahn [Stoerung|Verspaetung|ueberfuellt]",
        "U-Bahn Aufzug defekt",
        "Ubahn kaputt",
        "Aufzug [Bahnhof|Haltestelle|U-Bahn] defekt",
        "Aufzug ausser Betrieb",
        "Rolltreppe [defekt|steht|kaputt]",
        "Rampe Bus defekt",
        "Rampe nicht ausgeklappt",
        "Rollstuhl nicht mitgenommen",
        "Kinderwagen nicht mitgenommen",
        "Barrierefreiheit Haltestelle",
        "Einstieg zu hoch",
        "Haltestelle [beschädigt|verlegt|ohne Dach|ohne Fahrplan]",
        "Bushaltestelle [kaputt|verschmutzt|fehlt]",
        "Wartehäuschen [kaputt|Scheibe eingeschlagen|fehlt]",
        "Fahrgastunterstand beschädigt",
        "Haltestellenschild fehlt",
        "Fahrplan fehlt",
        "Fahrplanaushang veraltet",
        "Fahrplan stimmt nicht",
        "Anzeigetafel [defekt|falsch|aus]",
        "Abfahrtsanzeige [defekt|zeigt nichts]",
        "Echtzeitanzeige falsch",
        "Fahrgastinformation",
        "Fahrgastinformation fehlt",
        "Durchsage fehlt",
        "Ansagen unverstaendlich",
        "Halteknopf defekt",
        "Tuer [klemmt|schliesst nicht]",
        "Klimaanlage [Bus|Tram|Zug] ausgefallen",
        "Klima defekt",
        "Heizung im Bus [kaputt|zu heiß]",
        "Bus dreckig",
        "Fahrzeug verschmutzt",
        "Zug [verspätet|fällt aus|überfüllt]",
        "Zugausfall",
        "Zug ausgefallen",
        "Verspaetung",
        "Verspaetung [Zug|S-Bahn|RE]",
        "Grosse Verspaetung",
        "S-Bahn [Verspaetung|Ausfall|ueberfuellt]",
        "S-Bahn fällt aus",
        "Regionalzug [verspaetet|ausgefallen]",
        "ICE [verspätet|ausgefallen]",
        "Schienenersatzverkehr",
        "SEV [chaotisch|nicht ausgeschildert]",
        "Ersatzverkehr",
        "Zug ueberfuellt",
        "Ueberfuellter Zug",
        "Zu wenig Wagen",
        "Zugteil fehlt",
        "Toilette im Zug [defekt|verschmutzt|gesperrt]",
        "Zugtoilette",
        "Zug verschmutzt",
        "Heizung im Zug kaputt",
        "Klimaanlage Zug",
        "Bordbistro geschlossen",
        "Speisewagen",
        "WLAN im Zug",
        "Reservierung",
        "Reservierung [nicht angezeigt|fehlt|weg]",
        "Sitzplatzreservierung",
        "Wagenreihung geaendert",
        "Gleiswechsel",
        "Gleisänderung",
        "Bahnsteig",
        "Bahnsteigwechsel",
        "Fahrkarte",
        "Fahrkartenautomat [defekt|kaputt]",
        "Ticketautomat [kaputt|nimmt kein Geld]",
        "Billettautomat defekt",
        "Entwerter defekt",
        "Handyticket geht nicht",
        "Ticket-App [abgestürzt|Fehler]",
        "Ticket",
        "Fahrpreiserstattung",
        "Erstattung",
        "Erstattung Ticket",
        "Entschaedigung Verspaetung",
        "Fahrgastrechte",
        "Fahrgastrechte-Formular",
        "Monatskarte doppelt abgebucht",
        "Abo kündigen",
        "Monatskarte",
        "Jahreskarte",
        "Schuelerticket",
        "Fahrpreisnacherhebung",
        "Kontrolleur unfreundlich",
        "Fahrkartenkontrolle",
        "Zugbegleiter unfreundlich",
        "Schaffner",
        "Personal unfreundlich",
        "Fundsache [Bus|Tram|Zug]",
        "Im Bus vergessen",
        "Im Zug liegen gelassen",
        "Verlorene Gegenstände Bus",
        "Öffentlicher Nahverkehr",
        "ÖPNV",
        "OePNV Beschwerde",
        "Bus und Bahn",
        "Bus & Bahn",
        "Haltestellen",
        "Nahverkehr",
        "Bahnhof",
        "Bahnhof verschmutzt",
        "Wartesaal geschlossen",
        "Fahrradmitnahme",
        "Umleitung Buslinie",
    ],
    "communication": [
        "Lärm",
        "Lärmbelästigung",
        "Lärmbelästigung [Nachbar|Gaststätte|Baustelle]",
        "Ruhestoerung",
        "Ruhestörung [nachts|Party|Nachbarn]",
        "Nächtliche Ruhestörung",
        "Laute Nachbarn",
        "Nachbar laut",
        "Laute Musik",
        "Party [Nachbar|im Park|bis morgens]",
        "Lärm aus Bar",
        "Kneipe zu laut",
        "Lokal zu laut",
        "Gastgarten zu laut",
        "Shisha-Bar Laerm",
        "Diskothek Lärm",
        "Baulaerm",
        "Baulärm [nachts|Sonntag|früh morgens]",
        "Presslufthammer am Sonntag",
        "Laubblaeser",
        "Laubbläser am Sonntag",
        "Rasenmäher am Sonntag",
        "Hund bellt",
        "Hund bellt ständig",
        "Hundegebell",
        "Bellender Hund",
        "Kläffender Hund",
        "Lärm im Park",
        "Laerm am Spielplatz nachts",
        "Gegroele nachts",
        "Waermepumpe brummt",
        "Lueftungsanlage laut",
        "Obdachlose",
        "Obdachlosigkeit",
        "Obdachlosenlager",
        "Zeltlager [im Park|unter Bruecke|am Ufer]",
        "Zelte im Park",
        "Person schlaeft [im Hauseingang|auf der Bank|unter Bruecke]",
        "Wohnungslose Person braucht Hilfe",
        "Kältehilfe",
        "Notschlafstelle",
        "Streunender Hund",
        "Freilaufender Hund",
        "Hund ohne Leine",
        "Hund ohne Maulkorb",
        "Hundebiss",
        "Tierquaelerei",
        "Tierschutz",
        "Tiermisshandlung",
        "Tier vernachlaessigt",
        "Hund im heißen Auto",
        "Totes Tier",
        "Tote Katze",
        "Toter Vogel",
        "Totes Tier auf Straße",
        "Tierkadaver",
        "Wildunfall Reh",
        "Wildtier",
        "Wildschweine",
        "Wildschweine im Wohngebiet",
        "Fuchs im Garten",
        "Waschbär im Dach",
        "Marder im Auto",
        "Verletztes Tier",
        "Verletzter Vogel",
        "Entlaufener Hund",
        "Katze zugelaufen",
        "Streunende Katzen",
        "Ratten",
        "Rattenbefall",
        "Ratten [im Park|am Spielplatz|im Hof|an Muelltonnen]",
        "Rattenplage",
        "Maeuse",
        "Maeuse im Keller",
        "Schaedlinge",
        "Schädlingsbekämpfung",
        "Ungeziefer",
        "Wespennest",
        "Wespen",
        "Hornissennest",
        "Mücken",
        "Mückenplage",
        "Tauben",
        "Taubenplage",
        "Taubenkot",
        "Tauben füttern",
        "Bettwanzen",
        "Kakerlaken",
        "Schaben in Wohnung",
        "Verwahrloster Garten",
        "Verwildertes Grundstueck",
        "Privatgrundstück verwahrlost",
        "Hecke vom Nachbarn",
        "Baum vom Nachbarn",
        "Schrottimmobilie",
        "Leerstehendes Haus",
        "Leerstand",
        "Baufaelliges Haus",
        "Verfallenes Gebäude",
        "Brachfläche",
        "Schwarzbau",
        "Bauen ohne Genehmigung",
        "Illegaler Anbau",
        "Baugenehmigung",
        "Zweckentfremdung Wohnung",
        "Heizung ausgefallen",
        "Keine Heizung",
        "Kein Warmwasser",
        "Vermieter reagiert nicht",
        "Schimmel",
        "Schimmel in Wohnung",
        "Mietwohnung Mängel",
        "Wohnungsamt",
        "Wohngeld",
        "Hygienemaengel",
        "Hygiene Restaurant",
        "Lebensmittelkontrolle",
        "Lebensmittelvergiftung",
        "Imbiss dreckig",
        "Verdorbenes Essen",
        "Einbruch",
        "Diebstahl",
        "Fahrrad gestohlen",
        "Autoaufbruch",
        "Drogenhandel",
        "Drogen im Park",
        "Dealer",
        "Herumlungern",
        "Belästigung",
        "Randale",
        "Pöbeleien",
        "Schlaegerei",
        "Sicherheit",
        "Polizei",
        "Danke",
        "Dankeschoen",
        "Vielen Dank",
        "Lob",
        "Lob an die Stadt",
        "Lob Winterdienst",
        "Lob Müllabfuhr",
        "Danke fuer die Reparatur",
        "Danke fuer die schnelle Erledigung",
        "Schlagloch repariert danke",
        "Laterne geht wieder danke",
        "Super Arbeit",
        "Kompliment",
        "Anregung",
        "Frage",
        "Allgemeine Frage",
        "Allgemeine Anfrage",
        "Anfrage",
        "Sonstiges",
        "Sonstige Anliegen",
        "Öffnungszeiten",
        "Öffnungszeiten Bürgeramt",
        "Termin Buergerbuero",
        "Buergerservice",
        "Reisepass",
        "Reisepass beantragen",
        "Personalausweis",
        "Personalausweis verloren",
        "Ummelden",
        "Wohnsitz anmelden",
        "Meldebestätigung",
        "Hundesteuer",
        "Grundsteuer",
        "Steuern",
        "Gewerbeanmeldung",
        "Standesamt",
        "Heiraten",
        "Geburtsurkunde",
        "Fundbüro",
        "Wahl",
        "Wahlen",
        "Briefwahl",
        "Wahlbenachrichtigung",
        "Wahllokal",
        "Veranstaltung",
        "Veranstaltungen",
        "Stadtfest",
        "Weihnachtsmarkt",
        "Konzert im Park",
        "Bürgerversammlung",
        "Buergermeister",
        "Gemeinderat",
        "Stadtrat",
        "Politik",
        "Kritik Stadtverwaltung",
        "Beschwerde Verwaltung",
        "Steuergeldverschwendung",
        "Anfrage an den Magistrat",
        "Frage an den Magistrat",
        "Kitaplatz",
        "Schwimmbad Öffnungszeiten",
        "Bibliothek",
        "Test",
        "Hallo",
        "Werbung",
        "Spam",
        "Gewinnspiel",
        "Guten Morgen",
        "Nur eine Frage",
        "Feedback zur Melde-App",
    ],
}

# Report bodies: 1-3 sentences, as written in a reporting app's description field, a web form,
# an e-mail to the city, or a complaint tweet to a transport operator (no @handles: the builder
# adds them). "[a|b]" alternatives allowed. Slots the builder fills: {street} a street name,
# {num} a house number, {place} a park, square or landmark, {stop} a stop or station name,
# {line} a bus or tram line number, {train} a train number, {time} a clock time, {days} a number
# of days.
BODIES: dict[str, list[str]] = {
    "traffic": [
        "Die Ampel an der Kreuzung {street} / {place} ist seit heute Morgen komplett ausgefallen. "
        "Bitte dringend pruefen, die Autos fahren einfach durch.",
        "Fußgängerampel vor Hausnummer {num} in der {street} reagiert nicht mehr auf den Taster. "
        "Man wartet ewig und sie wird nie grün.",
        "Bettelampel {street} Höhe {num}: Knopf gedrückt, nichts passiert. Seit {days} Tagen so.",
        "Die Grünphase für Fußgänger an der {street} ist viel zu kurz, ältere Menschen schaffen "
        "es nicht über die Straße.",
        "Ampel blinkt seit gestern nur noch gelb, {street} Ecke {place}. Sehr gefaehrlich im "
        "Berufsverkehr.",
        "Das akustische Signal für Blinde an der Ampel am {place} ist ausgefallen, es tickt nicht "
        "mehr.",
        "Die Linksabbieger-Ampel an der {street} zeigt gleichzeitig mit dem Gegenverkehr Grün. "
        "Heute fast einen Unfall gehabt.",
        "Ampel haengt auf Rot fest, {street} Richtung {place}, Stau bis zur naechsten Kreuzung.",
        "Die Ampelschaltung an der {street} ist eine Katastrophe: drei Minuten Rot für zehn "
        "Sekunden Grün.",
        "Bei der Fußgängerampel beim {place} ist eine Lampe kaputt, man sieht das rote Männchen "
        "nicht.",
        "Das Stoppschild an der Einmündung {street} wurde umgefahren und liegt im Gebüsch.",
        "Vorfahrt-achten-Schild an der {street} ist um 90 Grad verdreht, aus der Fahrtrichtung "
        "sieht man es nicht mehr.",
        "Das Straßenschild {street} fehlt seit Wochen, Lieferdienste und Besucher finden uns "
        "nicht.",
        "Strassenschild am Anfang der {street} ist komplett verblichen und nicht mehr lesbar.",
        "Das Tempo-30-Schild vor der Schule in der {street} ist von Ästen völlig verdeckt, die "
        "Autofahrer sehen es nicht.",
        "Seit die Baustelle weg ist, fehlt in der {street} das Halteverbotsschild, jetzt parkt "
        "jeder vor der Feuerwehrzufahrt.",
        "Umleitung wegen Sperrung der {street} ist nicht ausgeschildert, alle fahren durch unsere "
        "Wohnstrasse.",
        "Die {street} ist seit {days} Tagen gesperrt, aber nirgends steht, wie lange und wo man "
        "langfahren soll.",
        "Wann wird die Sperrung der {street} aufgehoben? Die Umleitung über den {place} kostet "
        "jeden Tag 20 Minuten.",
        "Zebrastreifen vor Hausnummer {num} ist so verblasst, dass Autofahrer ihn nicht mehr "
        "erkennen.",
        "Bitte einen Zebrastreifen an der {street} Hoehe {place} einrichten, hier queren taeglich "
        "viele Schulkinder.",
        "Fahrbahnmarkierung in der {street} ist komplett abgefahren, nachts bei Regen sieht man "
        "keine Spuren mehr.",
        "Die Haltelinie an der Ampel {street} ist weg, Autos stehen mitten auf dem "
        "Fußgängerüberweg.",
        "Auf dem Gehweg vor {street} {num} parken jeden Abend mehrere Autos, mit Kinderwagen "
        "kommt man nicht vorbei.",
        "Meine Einfahrt {street} {num} ist schon wieder zugeparkt, ich komme seit {time} nicht "
        "aus der Garage.",
        "Ein Auto steht direkt vor dem Hydranten vor Nummer {num} in der {street}. Bitte "
        "abschleppen lassen.",
        "Feuerwehrzufahrt am {place} dauerhaft zugeparkt, im Notfall kommt hier kein "
        "Loeschfahrzeug durch.",
        "Behindertenparkplatz vor der Apotheke in der {street} wird staendig von Leuten ohne "
        "Ausweis genutzt.",
        "Lieferwagen parken in der {street} jeden Morgen in zweiter Reihe, man kommt kaum vorbei.",
        "Der Parkscheinautomat in der {street} nimmt keine Muenzen mehr an und zeigt nur "
        "'Stoerung'.",
        "Parkautomat beim {place} ist defekt, man kann weder mit Karte noch per App zahlen. "
        "Bekomme ich jetzt ein Knöllchen?",
        "Der Parkscheinautomat hat mein Geld geschluckt und keinen Parkschein ausgegeben, "
        "{street} Hoehe {num}.",
        "Wie beantrage ich einen Bewohnerparkausweis fuer die {street}? Auf der Webseite finde "
        "ich nur alte Formulare.",
        "Mein Parkpickerl laeuft in {days} Tagen ab, der Antrag online funktioniert nicht. Was "
        "soll ich tun?",
        "Seit Einführung der Kurzparkzone in der {street} findet man als Anrainer keinen Platz "
        "mehr.",
        "Bitte mal wieder kontrollieren: in der {street} parkt abends die halbe Strasse im "
        "absoluten Halteverbot.",
        "In der {street} steht seit Monaten ein Auto ohne Kennzeichen mit platten Reifen vor "
        "Hausnummer {num}.",
        "Schrottauto am {place}: Scheiben eingeschlagen, Reifen platt, innen voller Geruempel. "
        "Steht dort seit mindestens {days} Tagen.",
        "Ein abgemeldeter Wohnwagen blockiert seit Wochen zwei Parkplätze in der {street}.",
        "Anhaenger ohne Zulassung steht dauerhaft vor {street} {num} und wird nie bewegt.",
        "Am Fahrradständer beim {place} stehen mehrere Fahrradwracks ohne Sattel und Räder, die "
        "blockieren alle Plätze.",
        "Verrostetes Fahrrad ist seit ueber einem Jahr an das Gelaender in der {street} "
        "angeschlossen, bitte entfernen.",
        "Mehrere E-Scooter liegen quer auf dem Gehweg in der {street}, Rollstuhlfahrer kommen "
        "nicht durch.",
        "E-Roller steht mitten auf dem Blindenleitstreifen am {place}. Jeden Tag dasselbe.",
        "Ein Leih-Scooter liegt seit {days} Tagen im Gebuesch an der {street} und wird nicht "
        "abgeholt.",
        "Auf dem Trottoir an der {street} stehen staendig E-Trottinetts kreuz und quer.",
        "In der {street} wird abends regelmaessig mit 80 statt 30 gerast. Bitte "
        "Geschwindigkeitskontrollen!",
        "Vor der Kita in der {street} hält sich niemand an Tempo 30. Ein Blitzer wäre dringend "
        "nötig.",
        "Nachts Autorennen auf der {street}, ab {time} geht es los. Das ist lebensgefährlich.",
        "Bitte Bodenschwellen in der {street} einbauen, die Autos nutzen die Strasse als "
        "Rennstrecke.",
        "Die Temposchwelle vor Nummer {num} ist so hoch, dass Autos aufsetzen. Bitte flacher "
        "machen.",
        "Wir wuenschen uns Verkehrsberuhigung fuer die {street}, zum Beispiel Pflanzkuebel oder "
        "eine Einbahnregelung.",
        "Die Spielstrasse {street} wird von Pendlern als Abkuerzung genutzt, "
        "Schrittgeschwindigkeit haelt keiner ein.",
        "Seit der Sperrung der Hauptstraße fährt der komplette Durchgangsverkehr durch die "
        "{street}.",
        "Jeden Morgen zwischen 7 und 9 Uhr staut es sich auf der {street} bis zum {place}. Kann "
        "man die Ampel anpassen?",
        "Rueckstau bis in den Kreisverkehr am {place}, weil die Ampel viel zu kurz Gruen hat.",
        "Der Radweg in der {street} ist jeden Tag von Lieferfahrzeugen zugeparkt, man muss auf "
        "die Fahrbahn ausweichen.",
        "Radweg endet an der {street} einfach im Nichts, man steht ploetzlich zwischen den Autos.",
        "Bitte einen geschuetzten Radstreifen auf der {street} einrichten, dort wird man als "
        "Radfahrer staendig eng ueberholt.",
        "Die Fahrradstraße {street} wird von Autos als Durchfahrtsstraße benutzt, die Schilder "
        "werden ignoriert.",
        "Velostreifen an der {street} ist nach dem Umbau nicht mehr markiert. Velofahrer und "
        "Autos wissen nicht, wo sie hin sollen.",
        "Am {place} fehlen Fahrradbügel, alle Räder werden an Laternen und Zäune gekettet.",
        "Die Kreuzung {street} / {place} ist extrem unübersichtlich, letzte Woche schon wieder "
        "ein Unfall.",
        "An der Einmündung zur {street} sieht man wegen der parkenden Autos nichts. Bitte "
        "Halteverbot an der Ecke.",
        "Der Verkehrsspiegel an der Ausfahrt {street} {num} ist verdreht, man sieht den Verkehr "
        "nicht mehr.",
        "Der Schulweg über die {street} ist gefährlich, es gibt weder Ampel noch Lotsen noch "
        "Zebrastreifen.",
        "Grosse Lkw fahren trotz Verbot durch die {street}, die Haeuser wackeln.",
        "Lastwagen nutzen die {street} als Abkuerzung zum Gewerbegebiet, obwohl es eine "
        "Wohnstrasse ist.",
        "Seit Wochen parkt ein Sattelzug über Nacht in der {street}, das ist doch im Wohngebiet "
        "verboten?",
        "An der Kreuzung {street} wird ständig gehupt, weil die Ampelschaltung keinen Sinn ergibt.",
        "Taxis hupen jede Nacht vor dem {place}, um ihre Fahrgäste zu rufen. Geht das nicht "
        "anders?",
        "In der Einbahnstraße {street} fahren täglich Autos in die falsche Richtung, das Schild "
        "ist zu klein.",
        "Der Poller am Eingang der {street} ist umgefahren, jetzt fahren Autos durch die "
        "Fußgängerzone.",
        "Ladesaeule am {place} ist dauernd von Verbrennern zugeparkt.",
        "Lieferverkehr blockiert morgens die ganze {street}, keiner kommt vorbei.",
        "Bitte eine Querungshilfe an der {street} bauen, auf der vierspurigen Straße kommt man zu "
        "Fuß kaum rüber.",
        "Der Kreisverkehr am {place} ist fuer Radfahrer lebensgefaehrlich, Autos nehmen einem "
        "staendig die Vorfahrt.",
        "Ampel an der {street} ist aus, keine Polizei da, alle fahren wild durcheinander. Bitte "
        "schnell reparieren!",
        "Die Fussgaengerampel am {place} schaltet nur noch alle 3 Minuten auf gruen, viele laufen "
        "bei Rot.",
        "Auto parkt seit {days} Tagen auf dem Gehweg vor {street} {num}, mit dem Rollstuhl kommt "
        "man nicht vorbei.",
        "Strassenschild {street} haengt nur noch an einer Schraube.",
        "Schrottauto ohne Nummernschild, {street} {num}, seit ueber einem Monat, Reifen platt.",
        "Bitte mehr Kontrollen, in der {street} wird staendig auf dem Radweg geparkt.",
        "Autos rasen durch die 30er Zone in der {street}, es fehlt nur noch dass ein Kind "
        "ueberfahren wird.",
        "Parkscheinautomat kaputt, {street} Hoehe {num}. Display schwarz.",
        "Zebrastreifen am {place} kaum noch sichtbar, bitte neu markieren.",
        "Einfahrt zugeparkt!!! {street} {num}, ich muss um {time} zur Arbeit.",
        "Die Umleitung fuer die gesperrte {street} fuehrt im Kreis, das Schild am {place} zeigt "
        "in die falsche Richtung.",
        "LKW parken nachts auf dem Seitenstreifen der {street} und blockieren die Sicht an der "
        "Ausfahrt.",
        "Fahrradleiche am Bahnhofsvorplatz beim {place}, seit Monaten, beide Reifen fehlen.",
        "E-Scooter liegt quer ueber dem Gehweg in der {street}, bin fast drueber gestolpert.",
        "Gruene Welle auf der {street} funktioniert seit dem Umbau nicht mehr, man steht an jeder "
        "Ampel.",
        "Bitte Tempo 30 vor dem Altersheim in der {street}, die Bewohner kommen kaum über die "
        "Straße.",
        "Verkehrsschild liegt seit dem Sturm auf dem Boden, {street} Ecke {place}.",
        "In der {street} parken die Autos beidseitig auf dem Gehsteig, man muss mit dem "
        "Kinderwagen auf die Fahrbahn.",
        "Anrainerparken wird in der {street} nicht kontrolliert, Pendler stellen hier den ganzen "
        "Tag ihre Autos ab.",
        "Bei der Kreuzung {street} / {place} gehört dringend eine Ampel hin, man wartet ewig zum "
        "Linksabbiegen.",
        "Die Begegnungszone am {place} wird von Autofahrern ignoriert, die fahren dort mit 40.",
        "Parkuhr vor {street} {num} frisst Münzen ohne Ticket, bitte reparieren.",
        "Grosser Stau jeden Abend an der Auffahrt beim {place}, die Ampel schaltet viel zu "
        "langsam.",
        "Warum wurde die Fußgängerampel am {place} auf Anforderung umgestellt? Früher wurde sie "
        "automatisch grün.",
        "Der Drücker an der Ampel {street} Höhe Nummer {num} ist abgebrochen, man kann kein Grün "
        "anfordern.",
        "Sehr geehrte Damen und Herren, in der {street} vor Hausnummer {num} steht ein Pkw ohne "
        "Kennzeichen, der offensichtlich nicht mehr bewegt wird. Ich bitte um Prüfung und "
        "Entfernung.",
        "Guten Tag, ich moechte melden, dass an der Kreuzung {street} / {place} die "
        "Fussgaengerampel dauerhaft auf Rot steht. Mit freundlichen Gruessen",
        "Hallo, an der {street} wurde das Schild 'Durchfahrt verboten' entfernt und nicht wieder "
        "aufgestellt. Seitdem fahren Lkw durch.",
        "Sehr geehrtes Ordnungsamt, vor der Grundschule in der {street} wird zur Bringzeit um "
        "{time} massiv im Halteverbot geparkt. Bitte kontrollieren Sie dort.",
        "Guten Tag, ich beantrage eine Geschwindigkeitsmessung in der {street}. Die meisten "
        "Fahrzeuge fahren deutlich schneller als 30.",
        "Hallo Stadtverwaltung, die Markierung des Radwegs auf der {street} ist kaum noch zu "
        "sehen. Bitte erneuern.",
        "Sehr geehrte Damen und Herren, am {place} werden die Umleitungsschilder seit Tagen von "
        "Autofahrern verstellt. Niemand weiss mehr, wo es langgeht.",
        "Grüezi, an der {street} steht seit Wochen ein Auto ohne Nummernschilder auf einem "
        "Besucherparkplatz. Bitte abschleppen.",
        "Grüezi, beim Fussgängerstreifen an der {street} halten die Autos nicht an. Könnte man "
        "dort eine Mittelinsel bauen?",
        "Servus, in der {street} steht seit Monaten ein verrostetes Moped am Gehsteig.",
        "Lieber Magistrat, die Kurzparkzone in der {street} ist nicht mehr beschildert, trotzdem "
        "bekommen alle Strafzettel.",
        "Auto steht halb auf dem Zebrastreifen an der {street}, jeden Abend ab {time}.",
        "Lieferdienste parken in der Feuerwehrzufahrt {street} {num}. Bitte Kontrolle!",
        "Ständig werden Autos am Ende der Sackgasse {street} abgestellt, die Müllabfuhr kommt "
        "nicht mehr durch.",
        "An der Kreuzung {street} / {place} fehlt ein Abbiegepfeil, Radfahrer werden beim "
        "Rechtsabbiegen uebersehen.",
        "Unfallschwerpunkt {place}: innerhalb von {days} Tagen zwei Unfälle. Wann passiert hier "
        "endlich was?",
        "Die neue Ampel am {place} ist noch nicht in Betrieb, aber die alte wurde schon abgebaut.",
        "Wer ist zuständig für die Verkehrsschilder? In der {street} hängen drei widersprüchliche "
        "Schilder an einem Pfosten.",
        "In der Tempo-30-Zone {street} fehlt die 30 auf der Fahrbahn, die meisten merken gar "
        "nicht, dass es eine Zone ist.",
        "Vor {street} {num} steht seit {days} Tagen ein Transporter mit abgelaufener Plakette und "
        "platten Reifen.",
        "Dauerparker auf dem Kurzzeitparkplatz vor der Praxis in der {street}. Bitte Parkscheibe "
        "kontrollieren.",
        "Die Ampel fuer Radfahrer an der {street} wird nie gruen, wenn kein Auto kommt. Die "
        "Kontaktschleife erkennt keine Fahrraeder.",
        "Die Ampel an der Kreuzung {street} wird schon ab {time} abgeschaltet. Das ist viel zu "
        "frueh, da ist noch viel Verkehr.",
        "Jeden Morgen Stau auf der {street}, weil Eltern vor der Schule in zweiter Reihe halten.",
        "Die Autos fahren in der {street} ueber den Gehsteig, um den Stau zu umfahren.",
        "Bitte Durchfahrtsverbot fuer Lkw ueber 7,5 t in der {street}, die Strasse ist viel zu "
        "eng.",
        "Motorraeder rasen jedes Wochenende ueber die {street} hoch zum {place}.",
        "Carsharing-Auto steht seit {days} Tagen auf dem Behindertenparkplatz in der {street}.",
        "Halteverbotsschilder für einen Umzug stehen in der {street} seit drei Wochen, obwohl "
        "niemand umzieht.",
        "Velo seit einem Jahr am Veloständer beim {place} angekettet, platt und verrostet. Bitte "
        "entfernen.",
        "Beim Schulhaus in der {street} fahren die Autos viel zu schnell, eine Tempo-30-Tafel "
        "waere noetig.",
        "Autofahrer ignorieren das Fahrverbot auf dem {place}, abends ist dort ein richtiger "
        "Parkplatz.",
        "Der Zebrastreifen wurde nach der Sanierung der {street} einfach nicht wieder aufgemalt.",
        "Ampel {street}/{place}: Fussgaenger und Rechtsabbieger haben gleichzeitig Gruen, total "
        "gefaehrlich.",
        "Zu wenig Zeit zum Queren am {place}, die Ampel springt schon nach 6 Sekunden wieder auf "
        "Rot.",
        "Welche Straßen sind wegen des Stadtlaufs am Sonntag gesperrt und ab wann? Auf der Seite "
        "steht nichts zur Umleitung.",
        "Die Beschilderung der neuen Einbahnregelung in der {street} ist verwirrend, heute sind "
        "drei Autos falsch rein.",
        "Seit dem Unfall fehlen an der Kurve in der {street} der Leitpfosten und das Warnschild.",
        "Die Anwohnerparkzone wird nicht kontrolliert, ich zahle für den Ausweis und finde "
        "trotzdem nie einen Platz.",
        "Kann die Stadt bitte das Abschleppen veranlassen? In der {street} {num} steht ein Auto "
        "quer vor der Garageneinfahrt.",
        "Seit die Brücke gesperrt ist, quält sich der ganze Verkehr durch die {street}, "
        "stundenlanger Stau.",
        "Die Baustellenampel in der {street} zeigt für beide Seiten Grün!",
        "Die Baustellenampel in der {street} hat eine viel zu lange Rotphase, der Stau reicht bis "
        "zum {place}.",
        "Bitte Parkverbot an der Kurve in der {street}, die Feuerwehr kommt sonst nicht um die "
        "Ecke.",
        "Autos parken auf der Sperrflaeche an der Kreuzung {street}, Radfahrer werden staendig "
        "uebersehen.",
        "Mal wieder komplett zugeparkter Radweg in der {street}. Wann wird hier endlich "
        "kontrolliert?",
        "Ampel am {place} seit 3 Tagen aus und niemand tut was. Stadt, hallo?",
        "Rasende Autos in der {street} jede Nacht, irgendwann passiert hier was.",
        "Jeden Tag derselbe Stau auf der {street}. Danke fuer die tolle Verkehrsplanung.",
        "Schon wieder E-Scooter auf dem Gehsteig in der {street}. Nervt gewaltig.",
        "Die Parkautomaten in der ganzen Innenstadt gehen nicht, wie soll man da zahlen?",
        "30 km/h vor der Schule in der {street}? Hält sich kein Mensch dran.",
        "Auto seit Wochen ohne Kennzeichen am {place}, das Ordnungsamt interessiert das nicht.",
        "Kreuzung {street} ist nachts ein Blindflug, die Markierung ist komplett weg.",
        "Wer hat sich diese Umleitung ausgedacht? Über den {place} und wieder zurück, 25 Minuten "
        "für 2 km.",
        "Parkpickerl gezahlt und trotzdem nie einen Platz in der {street}, weil alle Pendler da "
        "stehen.",
        "Fahrradwrack seit {days} Tagen am Zaun bei der Schule in der {street}, die Kinder haben "
        "keinen Platz für ihre Räder.",
        "verkehrsschild {street} umgefahren, liegt auf dem gehweg",
        "ampel kaputt {street} ecke {place}",
        "falschparker vor meiner einfahrt {street} {num} bitte abschleppen",
        "auto parkt auf dem zebrastreifen am {place}, jeden tag",
        "Straßennamenschild an der Ecke {street} ist verdreht und zeigt in die falsche Straße.",
        "Schwere Lkw donnern jede Nacht ab {time} durch die enge {street}, obwohl dort 3,5 t gilt.",
        "Staendiges Hupen an der Ausfahrt vom {place}, weil die Autos sich gegenseitig blockieren.",
        "Ampel Höhe {street} {num} steht seit {days} Tagen auf Dauerblinken, bitte beheben.",
    ],
    "public_works": [
        "In der {street} vor Hausnummer {num} ist ein tiefes Schlagloch, heute ist ein Radfahrer "
        "fast gestürzt.",
        "Schlagloch auf der Fahrbahn {street} Hoehe {place}, ca. 30 cm breit und 10 cm tief.",
        "Mehrere Schlaglöcher in der {street}, nach dem Frost ist der Asphalt überall "
        "aufgebrochen.",
        "Schlagloch vor {street} {num} wird immer grösser, die Autos weichen schon auf den Gehweg "
        "aus.",
        "Der Straßenbelag in der {street} bröckelt, überall lose Steine auf der Fahrbahn.",
        "Risse im Asphalt vor der Einfahrt {street} {num}, Wasser laeuft rein und es wird jeden "
        "Winter schlimmer.",
        "Die Fahrbahn in der {street} hat sich abgesenkt, vor Nummer {num} ist eine richtige "
        "Mulde.",
        "Das Kopfsteinpflaster am {place} ist lose, einige Steine fehlen komplett.",
        "Gehwegplatten vor {street} {num} stehen hoch, eine ältere Dame ist dort gestern gestürzt.",
        "Stolperfalle auf dem Gehweg in der {street}: eine Platte ist gebrochen und ragt 5 cm "
        "hoch.",
        "Der Gehsteig in der {street} ist durch Baumwurzeln voellig aufgeworfen, mit dem Rollator "
        "kaum begehbar.",
        "Trottoir vor dem Haus {street} {num} ist abgesackt, bei Regen steht dort immer eine "
        "riesige Pfütze.",
        "Bordstein an der Ecke {street} / {place} ist abgebrochen, die Kante liegt auf der Straße.",
        "Bitte den Bordstein am Uebergang {street} absenken, mit dem Rollstuhl kommt man hier "
        "nicht hoch.",
        "Randstein in der {street} fehlt auf mehreren Metern, das Gras wächst schon in die "
        "Fahrbahn.",
        "Der Gehweg in der {street} ist nach den Leitungsarbeiten nur provisorisch geflickt "
        "worden, überall Löcher.",
        "Pflastersteine auf dem Gehweg {street} {num} fehlen, das Loch ist nur mit einem Eimer "
        "markiert.",
        "Die Strassenlaterne vor {street} {num} ist seit {days} Tagen aus, der Weg ist abends "
        "stockdunkel.",
        "Laterne defekt, {street} Hoehe Hausnummer {num}. Leuchtet seit letzter Woche nicht mehr.",
        "Strassenlaterne flackert staendig an und aus, {street} {num}.",
        "In der ganzen {street} ist die Strassenbeleuchtung ausgefallen, seit gestern Abend alles "
        "dunkel.",
        "Die Laterne am Eingang vom {place} brennt den ganzen Tag, auch mittags.",
        "Der Weg durch den {place} ist nachts unbeleuchtet, drei Lampen sind kaputt. Man fühlt "
        "sich sehr unsicher.",
        "Lichtmast in der {street} ist nach einem Unfall schief und koennte umfallen.",
        "Laternenmast vor Nummer {num} in der {street}: die Klappe unten fehlt, Kabel liegen "
        "offen.",
        "Die Lampe in der Unterführung am {place} ist seit Wochen kaputt.",
        "Lampe brennt nicht, {street}, zweite Laterne nach der Einmündung.",
        "Strassenbeleuchtung im ganzen Viertel rund um den {place} aus, seit {days} Tagen.",
        "Ein grosser Baum ist im {place} umgestuerzt und blockiert den Hauptweg.",
        "Nach dem Sturm liegt ein dicker Ast auf dem Gehweg in der {street} vor {num}.",
        "Ein abgebrochener Ast hängt in der Baumkrone über dem Spielplatz im {place} und kann "
        "jeden Moment runterfallen.",
        "Der Baum vor {street} {num} ist innen hohl und morsch, bitte pruefen bevor er umfaellt.",
        "Aeste haengen so tief ueber den Gehweg in der {street}, dass man sich buecken muss.",
        "Aeste ragen in die Fahrbahn der {street}, hohe Fahrzeuge bleiben dran haengen.",
        "Bitte die Bäume in der {street} zurückschneiden, sie verdecken die Straßenlaterne "
        "komplett.",
        "Die Strassenbaeume in der {street} wurden seit Jahren nicht geschnitten, die Aeste "
        "reichen bis an die Fenster.",
        "Der Baumstumpf nach der Faellung im {place} steht noch, es ragen Metallstangen heraus.",
        "Die Wurzeln der Linde vor Nummer {num} heben die ganze Gehwegfläche an.",
        "Der junge Baum in der {street} ist vertrocknet, er wurde den ganzen Sommer nicht "
        "gegossen.",
        "Baum in der Baumscheibe vor {street} {num} ist umgeknickt, bitte ersetzen.",
        "Im {place} ist der Rasen seit Wochen nicht gemaeht, das Gras ist kniehoch.",
        "Gruenstreifen in der {street} verwildert, die Brennnesseln stehen bis auf den Weg.",
        "Die Hecke an der Grünanlage am {place} wächst auf den Gehweg, man muss auf die Straße "
        "ausweichen.",
        "Unkraut wächst meterhoch zwischen den Gehwegplatten in der {street}.",
        "Das Beet am {place} ist komplett verwildert und vermuellt.",
        "Wiese im {place} wurde gemaeht, aber das Schnittgut liegt seit {days} Tagen herum.",
        "Mittelstreifen der {street} ist total zugewuchert, beim Abbiegen sieht man keine "
        "Fußgänger.",
        "Die Schaukel auf dem Spielplatz im {place} ist kaputt, eine Kette ist gerissen.",
        "Rutsche am Spielplatz {place} hat einen Riss und scharfe Kanten, Kinder verletzen sich.",
        "Klettergerüst am Spielplatz in der {street} wackelt, eine Schraube fehlt.",
        "Sandkasten im {place} ist voller Scherben und Zigarettenkippen.",
        "Spielplatzgerät seit Monaten mit Flatterband abgesperrt, wann wird es repariert?",
        "Der Fallschutz unter der Schaukel im {place} ist ausgewaschen, darunter ist nur noch "
        "harter Boden.",
        "Wippe auf dem Spielplatz {place} kaputt, ein Sitz fehlt.",
        "Spielplatz {place}: der Zaun hat ein Loch, Kinder laufen direkt auf die {street}.",
        "Das Karussell am Spielplatz in der {street} dreht sich nicht mehr und quietscht.",
        "Spielplatzgeraet im {place} beschaedigt, das Holz ist gesplittert.",
        "Die Parkbank am {place} ist kaputt, zwei Latten fehlen.",
        "Bitte eine Sitzbank an der {street} aufstellen, aeltere Leute haben auf dem Weg zum "
        "Einkaufen keine Pause.",
        "Bank im {place} beschmiert und angekokelt.",
        "Die oeffentliche Toilette am {place} ist seit Tagen verstopft und total verdreckt.",
        "WC-Anlage im {place} ist abgeschlossen, obwohl sie laut Schild bis 22 Uhr offen sein "
        "sollte.",
        "Oeffentliches WC am {place} kaputt, die Tuer laesst sich nicht schliessen.",
        "Der Trinkbrunnen im {place} gibt kein Wasser, bei der Hitze wäre das wichtig.",
        "Der Brunnen am {place} ist voller Algen und Müll.",
        "Der Brunnen am {place} laeuft ueber, das Wasser fliesst ueber den ganzen Platz.",
        "Mülleimer an der Bushaltestelle {stop} quillt seit Tagen über.",
        "Papierkorb an der Haltestelle {stop} voll, der Muell fliegt auf die Gleise.",
        "Der Mistkübel in der {street} vor {num} ist seit einer Woche voll, rundherum liegt Müll.",
        "Abfallkübel beim {place} überfüllt, die Krähen verteilen alles.",
        "Die Muelleimer im {place} werden am Wochenende nicht geleert, Montag frueh liegt alles "
        "auf der Wiese.",
        "Bitte mehr Muelleimer entlang der {street}, auf einem Kilometer gibt es keinen einzigen.",
        "Der Papierkorb an der Ecke {street} wurde abgerissen und liegt im Gebüsch.",
        "Muelleimer am Spielplatz {place} voll, Essensreste liegen ueberall.",
        "Jemand hat einen ganzen Haufen Sperrmüll vor {street} {num} abgeladen: Sofa, Schrank, "
        "Matratzen.",
        "Wilder Müll am Waldrand beim {place}, Bauschutt und Farbeimer.",
        "Illegale Muellablagerung an der Ecke {street}, mehrere blaue Saecke und ein alter "
        "Fernseher.",
        "Eine Matratze liegt seit {days} Tagen auf dem Gehweg vor {street} {num}.",
        "Kuehlschrank am Strassenrand in der {street} abgestellt, die Tuer steht offen und Kinder "
        "spielen daran.",
        "Altreifen im Gebüsch neben dem {place} entsorgt, etwa 10 Stück.",
        "Bauschutt wurde nachts in der {street} auf den Grünstreifen gekippt.",
        "Muell neben dem Glascontainer in der {street}, Kartons und Tueten, stinkt.",
        "Die Altglascontainer am {place} sind voll, die Leute stellen die Flaschen daneben.",
        "Altkleidercontainer in der {street} seit Wochen uebervoll, Saecke liegen rundherum und "
        "werden aufgerissen.",
        "Der Glascontainer in der {street} wird nie geleert, rundherum liegen Scherben.",
        "Am Containerstandort {street} wird regelmaessig Hausmuell abgeladen.",
        "Unsere Restmuelltonne wurde heute nicht geleert, {street} {num}. Der ganze Strassenzug "
        "wurde ausgelassen.",
        "Biotonne bei {street} {num} wurde wieder vergessen, das ist jetzt das dritte Mal.",
        "Papiertonne nicht abgeholt, {street} {num}, stand ab 6 Uhr bereit.",
        "Gelber Sack in der {street} seit {days} Tagen nicht abgeholt, die Säcke reißen schon auf.",
        "Gelbe Tonne wurde nicht geleert, obwohl laut Abfallkalender heute Abholung war.",
        "Grünschnitt wurde nicht abgeholt, die Bündel liegen seit Montag am Straßenrand.",
        "Laubsäcke stehen seit zwei Wochen an der {street}, bitte abholen.",
        "Die Müllabfuhr ist an unserem Haus {street} {num} einfach vorbeigefahren.",
        "Unsere Muelltonne ist beim Leeren kaputt gegangen, der Deckel ist abgebrochen. Bitte "
        "Ersatz.",
        "Ein Rad der Restmülltonne ist ab, die Tonne lässt sich nicht mehr ziehen. {street} {num}.",
        "Ich brauche eine zusätzliche Biotonne für {street} {num}, wie beantrage ich die?",
        "Wir sind neu in die {street} {num} eingezogen und haben noch keine Mülltonnen bekommen.",
        "Kehrichtsäcke in der {street} wurden heute nicht abgeholt, obwohl Abfuhrtag ist.",
        "Gruengut-Container vor {street} {num} nicht geleert, die Abfuhr ist ausgefallen.",
        "Sperrmüll-Abholung war für heute angemeldet, aber niemand kam. Alles steht noch vor "
        "{street} {num}.",
        "Wie melde ich Sperrmüll an? Ich habe einen alten Schrank und zwei Stühle.",
        "Die Strassenreinigung kommt nicht mehr in die {street}, der Rinnstein ist voller Dreck.",
        "Die Kehrmaschine fährt nur durch die Hauptstraße, in der {street} wurde seit Monaten "
        "nicht gefegt.",
        "Scherben auf dem Gehweg vor {street} {num}, ein Hund hat sich schon die Pfote daran "
        "geschnitten.",
        "Ölspur auf der {street} vom {place} bis zur Kreuzung, sehr rutschig.",
        "Laub auf dem Gehweg in der {street} ist nass und extrem rutschig, bitte beseitigen.",
        "Laubhaufen liegen seit Wochen in der {street}, die Gullys sind dadurch verstopft.",
        "Nach dem Markt am {place} liegt der ganze Abfall noch auf dem Platz.",
        "Der Gehweg in der {street} wird nie gefegt, überall Zigarettenkippen und Kronkorken.",
        "Schnee wurde in der {street} nicht geräumt, der Gehweg ist seit {days} Tagen eine "
        "Eisbahn.",
        "Glatteis auf der Brücke am {place}, es wurde nicht gestreut.",
        "Radweg in der {street} nicht geräumt, alle Radfahrer müssen auf die Fahrbahn.",
        "Die Streukiste an der Treppe in der {street} ist leer.",
        "Der Schneepflug hat den Schnee auf den Gehsteig geschoben, Fußgänger kommen nicht durch.",
        "Winterdienst hat unsere Strasse vergessen, {street}, steile Steigung und niemand kommt "
        "hoch.",
        "Splitt vom Winterdienst liegt im April noch auf dem Radweg in der {street}.",
        "Gehweg vor der Schule in der {street} um {time} noch nicht gestreut, die Kinder rutschen "
        "aus.",
        "Gully vor {street} {num} ist verstopft, bei jedem Regen steht die Straße unter Wasser.",
        "Gullydeckel in der {street} klappert jedes Mal laut, wenn ein Auto drueberfaehrt.",
        "Kanaldeckel fehlt auf dem Gehweg in der {street}, offenes Loch! Ich habe eine Mülltonne "
        "davor gestellt.",
        "Schachtdeckel auf der Fahrbahn {street} ist abgesackt, die Autos knallen rein.",
        "Starker Kanalgeruch in der {street}, es riecht seit Tagen nach Faekalien.",
        "Straßenablauf am {place} ist komplett mit Laub zu.",
        "Nach dem Starkregen steht die Unterführung am {place} einen halben Meter unter Wasser.",
        "Wasserrohrbruch in der {street}, Wasser sprudelt aus dem Asphalt.",
        "Seit {days} Tagen läuft Wasser aus dem Boden vor {street} {num}, da ist sicher ein Leck.",
        "Hydrant vor {street} {num} tropft staendig, es bildet sich eine Eisflaeche.",
        "Hydrant wurde angefahren und steht schief, {street} Ecke {place}.",
        "Abwasser tritt aus dem Kanalschacht in der {street}, es stinkt fürchterlich.",
        "Der Bach am {place} ist voller Müll und Einkaufswagen.",
        "Der Teich im {place} stinkt, das Wasser ist grün und voller Schaum.",
        "Der Entwässerungsgraben an der {street} ist zugewachsen, das Wasser läuft auf die "
        "Grundstücke.",
        "Graffiti an der Brücke über die {street}, große schwarze Schriftzüge.",
        "Frische Schmierereien an der Schulmauer in der {street}.",
        "Verfassungsfeindliches Symbol an die Wand der Unterfuehrung am {place} gesprueht, bitte "
        "sofort entfernen.",
        "Graffiti auf dem Stromkasten vor {street} {num}.",
        "Die frisch gestrichene Wand am {place} ist schon wieder vollgesprueht.",
        "Sprayereien an der Lärmschutzwand entlang der {street}.",
        "Das Brückengeländer an der {street} ist locker, da könnte ein Kind durchfallen.",
        "Die Fussgaengerbruecke am {place} hat Loecher in den Holzplanken.",
        "Die Stützmauer in der {street} bröckelt, Steine fallen auf den Gehweg.",
        "Zaun am {place} umgefallen, liegt halb auf dem Weg.",
        "Treppe von der {street} zum {place}: mehrere Stufen sind gebrochen.",
        "Der Handlauf an der Treppe in der {street} fehlt seit dem Winter.",
        "Die Baustelle in der {street} ist seit {days} Tagen verlassen, aber der Gehweg ist "
        "weiter gesperrt.",
        "Baugrube vor {street} {num} ist nicht abgesichert, nachts keine Beleuchtung.",
        "Die Absperrgitter der Baustelle am {place} sind umgefallen und liegen auf dem Gehweg.",
        "Nach den Kanalarbeiten wurde die Strasse nicht richtig verschlossen, der Belag sackt "
        "schon ab.",
        "Aufgrabung in der {street} nur mit einer Stahlplatte abgedeckt, die verrutscht ständig.",
        "In der Turnhalle der Schule in der {street} regnet es durch das Dach.",
        "Die Eingangstuer vom Buergerhaus am {place} schliesst nicht mehr.",
        "Spritzen im Gebüsch am Spielplatz {place} gefunden, bitte sofort einsammeln.",
        "Gebrauchte Spritze auf dem Gehweg vor {street} {num}, ich habe sie nicht angefasst.",
        "Benutzte Nadeln beim Abgang zur Unterfuehrung am {place}.",
        "Kinder haben im {place} eine Spritze gefunden, da liegen noch mehr.",
        "Schlagloch in der {street} schon wieder groesser, wann wird das endlich geflickt?",
        "Seit Wochen kaputte Laterne vor meiner Tuer, {street} {num}. Gemeldet, nix passiert.",
        "Die Mülleimer am {place} quellen über. Jedes Wochenende dasselbe.",
        "Danke fuer gar nichts: der Gehweg in der {street} ist immer noch nicht geraeumt.",
        "Wilder Müll überall am {place}, sieht aus wie eine Müllkippe.",
        "Sperrmuell liegt seit 2 Wochen vor {street} {num}, mittlerweile haben Leute noch mehr "
        "dazugestellt.",
        "Komplett dunkle {street}, alle Laternen aus. Man sieht die Hand vor Augen nicht.",
        "Baum liegt quer über dem Radweg im {place}. Vorsicht!",
        "Wann mäht die Stadt endlich den {place}? Die Kinder verschwinden im hohen Gras.",
        "Grafitti an jeder zweiten Wand in der Unterführung {street}, bitte mal was machen.",
        "Kaputte Schaukel im {place} seit dem Frühjahr abgesperrt, die Kinder sind traurig.",
        "Gully {street} {num} verstopft, das Wasser steht bis zum Bordstein.",
        "Strasse vor dem {place} voller Schlagloecher, mein Reifen ist platt.",
        "Die Altkleidercontainer am {place} sind eine einzige Müllhalde.",
        "Glasscherben ueber den ganzen Spielplatz im {place} verteilt. Bitte reinigen.",
        "Eisbahn statt Gehsteig in der {street}, wieder nicht gestreut.",
        "Kein Winterdienst in der {street}, heute schon drei Leute gestuerzt.",
        "Muelltonnen seit {days} Tagen nicht geleert, die ganze Strasse stinkt.",
        "Schon wieder Sperrmuell an der Ecke {street}, das ist mittlerweile ein Dauerzustand.",
        "Die Treppe zum {place} ist voller nassem Laub, man rutscht aus.",
        "Haltestelle {stop}: der Muelleimer ist abgerissen, ueberall liegt Muell.",
        "Bei der Haltestelle {stop} steht das Wasser nach jedem Regen knoecheltief, der Gully ist "
        "zu.",
        "Straßenlaterne an der Bushaltestelle {stop} ist aus, abends steht man dort im Dunkeln.",
        "Der Gehweg zur Strassenbahnhaltestelle {stop} ist voller Schlagloecher.",
        "Sehr geehrte Damen und Herren, ich möchte einen Straßenschaden melden: In der {street} "
        "vor Hausnummer {num} befindet sich ein großes Schlagloch. Bitte beheben Sie den Schaden "
        "zeitnah.",
        "Guten Tag, in der {street} ist seit {days} Tagen die Straßenbeleuchtung ausgefallen. "
        "Betroffen sind die Laternen zwischen Nummer {num} und der Kreuzung.",
        "Hallo, am {place} liegt seit letzter Woche illegal abgeladener Muell. Es handelt sich um "
        "mehrere Saecke und einen Teppich. Mit freundlichen Gruessen",
        "Sehr geehrtes Gruenflaechenamt, die Baeume in der {street} muessten dringend "
        "zurueckgeschnitten werden, die Aeste haengen schon in die Oberleitung.",
        "Guten Tag, unsere Biotonne wurde heute zum wiederholten Mal nicht geleert. Adresse: "
        "{street} {num}. Ich bitte um Nachleerung.",
        "Sehr geehrte Damen und Herren, auf dem Spielplatz im {place} ist die Seilbahn defekt. "
        "Das Seil ist ausgefranst und eine Gefahr fuer die Kinder.",
        "Hallo, der Gully vor unserem Haus {street} {num} ist verstopft. Bei Regen läuft das "
        "Wasser in unseren Keller.",
        "Guten Tag, koennten Sie bitte die Parkbaenke im {place} reparieren? Drei von fuenf sind "
        "kaputt.",
        "Sehr geehrte Stadtreinigung, in der {street} wurde nach dem Strassenfest nicht "
        "gereinigt. Ueberall liegen Flaschen und Becher.",
        "Grüezi, an der {street} ist der Kehricht seit zwei Wochen nicht abgeholt worden. Die "
        "Säcke stapeln sich.",
        "Grüezi, der Abfallkübel beim {place} ist voll und stinkt.",
        "Servus, der Mistkuebel bei der Bim-Station {stop} ist seit Tagen voll.",
        "Lieber Magistrat, am Gehsteig vor {street} {num} fehlt eine Platte, da ist ein richtiges "
        "Loch.",
        "Servus, im {place} wurde der Rasen seit dem Fruehling nicht gemaeht.",
        "Grueezi, auf dem Trottoir an der {street} sind mehrere Platten lose, bitte reparieren.",
        "Hallo, die Wege im {place} sind nach dem Regen total ausgespuelt, ueberall Rinnen und "
        "Steine.",
        "Guten Tag, am Glascontainer in der {street} liegt seit Tagen jede Menge Müll. Bitte "
        "räumen Sie das weg.",
        "Bitte das Laub in der {street} abholen, die Anwohner haben alles zusammengekehrt und es "
        "liegt seit {days} Tagen da.",
        "Der Fußweg zwischen {street} und {place} ist komplett zugewachsen, Brombeeren ranken "
        "über den Weg.",
        "Die Betonplatten an der Treppe zur Fußgängerbrücke am {place} sind gesprungen.",
        "Ein Kanaldeckel in der {street} ist nach dem Regen hochgedrückt worden und steht hervor.",
        "Rückstau aus dem Kanal in der {street}, bei Regen drückt es das Wasser aus den Gullys.",
        "Ueberflutung in der {street} nach jedem Gewitter, die Ablaeufe schaffen das nicht.",
        "Die Schaukel im {place} hängt schief, eine Aufhängung ist ausgerissen.",
        "Im Sandkasten am {place} gibt es seit Jahren keinen neuen Sand, nur noch Erde und Dreck.",
        "Das Toilettenhäuschen im {place} hat kein Wasser, das Waschbecken ist kaputt.",
        "Auf der Liegewiese im {place} liegen nach dem Wochenende ueberall Kronkorken und "
        "Glasscherben.",
        "Die Baumscheibe vor {street} {num} ist voller Muell und Geruempel.",
        "Frisch gepflanzte Baeume in der {street} wurden abgeknickt, bitte ersetzen.",
        "Die Pflanzkuebel am {place} sind vertrocknet und voller Zigarettenstummel.",
        "Die Hecke am Spielplatz {place} ist so hoch, dass man die Kinder von aussen nicht mehr "
        "sieht.",
        "Dornenbüsche wachsen in den Weg am {place}, die Kinder zerkratzen sich.",
        "Die Mauer um den Friedhof an der {street} ist teilweise eingestürzt.",
        "Der Zaun um den Bolzplatz im {place} ist kaputt, die Bälle fliegen auf die {street}.",
        "Das Tor vom Bolzplatz am {place} ist abgerissen, das Netz hängt runter.",
        "Die Basketballkörbe im {place} sind abgebrochen.",
        "Die Rampe zur Unterfuehrung am {place} ist bei Regen spiegelglatt, der Belag ist "
        "abgenutzt.",
        "Der Gehweg an der {street} endet in einer Matschpiste, hier fehlt ein befestigter Weg.",
        "Der Wasserspielplatz im {place} ist außer Betrieb, die Pumpe läuft nicht.",
        "Bruecke am {place}: die Holzbohlen sind morsch, einige schon durchgebrochen.",
        "An der Uferböschung am {place} ist der Hang abgerutscht, der Weg ist unterspült.",
        "Der Schacht neben dem Spielplatz im {place} ist offen, der Deckel fehlt!",
        "Jemand hat Farbe in den Gully vor {street} {num} gekippt.",
        "Zigarettenkippen, Pizzakartons und Flaschen rund um die Baenke am {place}, jeden Morgen.",
        "Im Rinnstein der {street} sammelt sich seit Wochen der Dreck, die Kehrmaschine war nicht "
        "da.",
        "Unter der Bruecke an der {street} wird wilder Muell abgeladen: Moebel, Saecke, Farbeimer.",
        "Der Bauzaun steht seit Monaten auf dem Gehsteig in der {street}, aber es wird nicht "
        "gebaut.",
        "Die Strasse wurde aufgerissen und nur mit Kies wieder aufgefuellt, {street} vor Nummer "
        "{num}.",
        "Nach der Glasfaserverlegung in der {street} ist der Gehweg voller Flickstellen und "
        "Stolperkanten.",
        "Schneereste und Eis liegen seit {days} Tagen an der Fußgängerampel in der {street}, man "
        "kommt nicht zum Taster.",
        "Am Zebrastreifen in der {street} steht immer eine riesige Pfütze, der Ablauf ist "
        "verstopft.",
        "Schlagloch direkt auf dem Radweg in der {street}, im Dunkeln sieht man es nicht.",
        "Die Laterne am Zebrastreifen in der {street} ist aus, Fussgaenger sind nachts nicht zu "
        "sehen.",
        "Die Wertstoffcontainer am {place} sind uebervoll, Verpackungen fliegen ueber den ganzen "
        "Platz.",
        "Der Papiercontainer in der {street} wurde seit Wochen nicht geleert, die Kartons stapeln "
        "sich daneben.",
        "Wir sind fünf Personen und die Restmülltonne reicht nie. Wie bekomme ich eine größere?",
        "Neue Biotonne vor {days} Tagen bestellt, noch immer nicht geliefert.",
        "Unsere gelbe Tonne ist seit der letzten Leerung verschwunden, bitte eine neue liefern. "
        "{street} {num}.",
        "Die Müllabfuhr hat beim Leeren den Müll auf der ganzen Straße verteilt und nicht "
        "aufgesammelt.",
        "Die Christbaeume wurden in der {street} nicht abgeholt, sie liegen seit {days} Tagen am "
        "Gehsteig.",
        "Nach dem Sturm liegen in der {street} überall Äste und Laub, der Gehweg ist unpassierbar.",
        "Der Straßenbaum vor {street} {num} neigt sich seit dem Sturm stark zum Haus, bitte "
        "dringend ansehen.",
        "Die Pfuetze am Eingang zum {place} wird immer groesser, man muss durch den Matsch.",
        "Die Wege im {place} sind seit Wochen nicht gekehrt, ueberall Laub und Kastanien.",
        "Der Straßenablauf vor Nummer {num} in der {street} ist abgesenkt, Radfahrer fahren "
        "direkt in die Kante.",
        "Fehlender Gullydeckel!!! {street} Hoehe {num}, bitte sofort absichern!",
        "Die Fontäne im {place} ist seit dem Sommer abgestellt.",
        "Die Gehsteigkante in der {street} ist so hoch, mit dem Rollator komme ich nicht rauf.",
        "Gelbe Saecke liegen seit letzter Woche in der {street} rum, die Abholung wurde vergessen.",
        "Schnee vom Gehweg wurde auf den Radweg geschoben, {street}, totales Chaos.",
        "Kein Salz, kein Splitt, nichts. Die {street} ist heute Morgen spiegelglatt.",
        "Ueberfuellter Papierkorb an der Haltestelle {stop}, der Muell liegt schon auf dem "
        "Bahnsteig.",
        "Die Laternen im {place} gehen erst um {time} an, da ist es schon lange dunkel.",
        "Ganzer Strassenzug ohne Licht, {street} ab Nummer {num} bis zum Ende.",
        "Loch im Gehweg vor {street} {num}, bestimmt 20 cm tief.",
        "Die Absperrung um das Loch in der {street} steht seit Monaten, repariert wird nichts.",
        "Ein umgekippter Baum im {place} blockiert den Bach, das Wasser staut sich.",
        "Der Bach hinter der {street} tritt bei Regen über die Ufer, das Gitter am Einlauf ist "
        "verstopft.",
        "Die Stufen der Treppe am {place} sind vereist, bitte streuen.",
        "Der Zaun an der Böschung zur {street} ist durchgerostet und kippt auf den Gehweg.",
        "Die Abdeckung der Entwässerungsrinne am {place} ist lose und klappert.",
        "Die Rutsche im {place} wurde angezündet und muss ersetzt werden.",
        "Die Sitzgruppe im {place} wurde umgeworfen und liegt im Gras.",
        "Auf dem Gehweg vor {street} {num} liegt ein großer Haufen Erde von der Baustelle.",
        "Die Rasenflaeche am {place} ist komplett zerfahren, ueberall tiefe Spuren und Matsch.",
        "Die Flickstelle in der {street} ist nach zwei Monaten schon wieder aufgebrochen.",
        "Das Loch in der {street} wurde nur mit Kaltasphalt zugeschuettet, jetzt ist es wieder da.",
        "Die Lampen am Radweg entlang vom {place} sind alle aus.",
        "strassenlaterne aus seit tagen {street} {num}",
        "schlagloch {street} hoehe {num} sehr tief!!",
        "muell ueberall am {place}, bitte aufraeumen",
        "gully verstopft vor {street} {num}, riecht auch komisch",
    ],
    "transit": [
        "Zug {train} steht seit 40 Minuten vor {stop}, keine Durchsage, keine Info. Was ist los?",
        "{train} mal wieder 25 Minuten Verspaetung, Anschluss in {stop} natuerlich weg.",
        "Zugausfall {train}, der nächste fährt in einer Stunde. Wie soll man so pünktlich zur "
        "Arbeit kommen?",
        "Warum faellt der {train} um {time} jeden zweiten Tag aus? Ich zahle nicht fuer ein "
        "Monatsabo, um dann doch mit dem Auto zu fahren.",
        "Der {train} faehrt heute nur mit einem Zugteil, die Leute stehen bis in die Toiletten. "
        "Unzumutbar.",
        "Im {train} ist die Klimaanlage ausgefallen, 35 Grad im Wagen, Kinder weinen. Bitte "
        "Wasser verteilen!",
        "Klima in Wagen 7 vom {train} kaputt, eine einzige Sauna. Umsetzen geht nicht, alles voll.",
        "Heizung im {train} geht nicht, wir sitzen mit Jacken und Muetzen im Zug.",
        "Toiletten im ganzen Zug defekt, {train}, drei Stunden Fahrt. Ernsthaft?",
        "Die Zugtoilette im {train} sieht aus wie nach einem Festival: kein Papier, kein Wasser, "
        "keine Seife.",
        "Meine Sitzplatzreservierung im {train} war nicht angezeigt, jemand anders saß drauf und "
        "der Zugbegleiter hat nur mit den Schultern gezuckt.",
        "Wagenreihung umgekehrt, meine Reservierung in Wagen 12 existiert nicht. Bekomme ich das "
        "Geld für die Reservierung zurück?",
        "Gleiswechsel in {stop} zwei Minuten vor Abfahrt, mit Koffer und Kind keine Chance. Zug "
        "weg.",
        "Kurzfristige Gleisaenderung fuer den {train} in {stop} stand nur auf der Anzeige, eine "
        "Durchsage gab es nicht.",
        "Wie beantrage ich die Entschaedigung nach Fahrgastrechten fuer den {train} gestern, 75 "
        "Minuten Verspaetung?",
        "Erstattungsantrag vor {days} Tagen online gestellt, immer noch keine Antwort. Wie lange "
        "dauert das?",
        "Mein Antrag auf Erstattung wurde abgelehnt, obwohl der {train} komplett ausgefallen ist. "
        "Begruendung: keine. Toll.",
        "Bordbistro im {train} geschlossen, kein Kaffee, kein Wasser, vier Stunden Fahrt.",
        "Im Speisewagen gibt es nach 20 Minuten schon keine warmen Gerichte mehr. Jedes Mal "
        "dasselbe.",
        "Der Zugbegleiter im {train} hat einen Mann ohne Grund angeschrien und vor allen "
        "blossgestellt. So geht man nicht mit Fahrgaesten um.",
        "Der Schaffner wollte mein Handyticket nicht gelten lassen, weil der Akku bei 5 Prozent "
        "war. Ich musste nachzahlen.",
        "S-Bahn schon wieder 15 Minuten zu spät, dritter Tag in Folge. Mein Chef glaubt mir "
        "langsam nicht mehr.",
        "Die S-Bahn um {time} fällt aus und die nächste ist so voll, dass keiner mehr reinkommt.",
        "Schienenersatzverkehr ab {stop}: kein Schild, kein Personal, keiner weiß, wo der Bus "
        "abfährt.",
        "Der SEV-Bus kam 30 Minuten zu spaet und war viel zu klein fuer die Fahrgaeste aus einem "
        "ganzen Zug.",
        "Anschluss in {stop} verpasst, weil der {train} 8 Minuten zu spät war und der "
        "Anschlusszug nicht gewartet hat. Nächste Verbindung in 2 Stunden.",
        "Zug überfüllt, Leute auf dem Boden, im Gang, im Fahrradabteil. Und dann noch Verspätung "
        "wegen hohem Fahrgastaufkommen.",
        "Warum wird zur Pendlerzeit nur ein kurzer Zug eingesetzt? Der {train} ist jeden Morgen "
        "rappelvoll.",
        "In der App steht puenktlich, am Bahnsteig steht +40. Was stimmt denn jetzt?",
        "Die App hat mir eine Verbindung mit 3 Minuten Umstieg in {stop} verkauft, natuerlich "
        "nicht geschafft.",
        "Buchung in der App abgebrochen, Geld trotzdem abgebucht, kein Ticket. Die Hotline ist "
        "nicht erreichbar.",
        "Sparpreis für den {train} gebucht, der Zug fällt aus. Darf ich den nächsten nehmen oder "
        "muss ich neu kaufen?",
        "Ist die Zugbindung heute aufgehoben? Auf der Webseite steht nichts, der Schaffner sagt "
        "so, die Kollegin so.",
        "Der Aufzug zum Gleis in {stop} ist seit Wochen kaputt. Mit dem Rollstuhl komme ich nicht "
        "zum Zug.",
        "Kein Mobilitaetsservice am Bahnhof {stop}, obwohl angemeldet. Ich sass 45 Minuten im Zug "
        "fest, bis mir jemand raushalf.",
        "Die Anzeigetafel am Gleis in {stop} zeigt seit Tagen Unsinn, da stehen Zuege, die "
        "laengst weg sind.",
        "Durchsage im {train} unverständlich, keiner weiß, ob wir in {stop} halten oder nicht.",
        "Der Zug haelt heute ausserplanmaessig nicht in {stop}. Danke, jetzt darf ich eine Stunde "
        "zurueckfahren.",
        "Wagen total verdreckt, Müll unter den Sitzen, klebriger Boden. {train} um {time}.",
        "Sitze im {train} voller Flecken, Steckdosen gehen nicht, WLAN auch nicht. Erste Klasse "
        "übrigens.",
        "Fahrkartenautomat in {stop} nimmt weder Karte noch Scheine, der zweite ist kaputt. Wie "
        "soll ich ein Ticket kaufen?",
        "Am Automaten in {stop} kein Ticket bekommen, im Zug dann 60 Euro Fahrpreisnacherhebung. "
        "Super.",
        "Streckensperrung wegen Bauarbeiten und keiner hat vorher was gesagt. Der Ersatzverkehr "
        "kommt erst in 50 Minuten.",
        "Signalstörung, Weichenstörung, Reparatur am Zug. Jede Woche eine neue Ausrede.",
        "Der ICE {train} endet heute vorzeitig in {stop}. Und jetzt? Kein Personal, keine Info.",
        "Der Zug steht seit einer Stunde auf freier Strecke, Klima aus, Tueren zu, keine "
        "Durchsage. Bitte macht was!",
        "Regionalexpress nach {stop} ausgefallen und der Ersatzzug ist nur halb so lang. 70 "
        "Minuten stehen.",
        "Die Verspaetungsmeldung in der App kommt immer erst, wenn ich schon am Bahnsteig stehe.",
        "Warum kostet die Sitzplatzreservierung extra, wenn sie dann eh nicht angezeigt wird?",
        "Stellplatz fuers Fahrrad reserviert, das Fahrradabteil im {train} war abgeschlossen. Ich "
        "durfte nicht einsteigen.",
        "Unsere Familienreservierung war auf drei Wagen verteilt. Wie soll das mit zwei kleinen "
        "Kindern gehen?",
        "Rucksack im {train} liegen gelassen, Wagen 5, grau mit Laptop. Wo melde ich das?",
        "Bahnsteig in {stop} spiegelglatt, niemand hat gestreut, und der Zug hat auch noch 20 "
        "Minuten Verspaetung.",
        "Puenktlichkeit ist bei euch wohl ein Fremdwort. {train} heute +55.",
        "Jeden Freitag derselbe Zirkus: {train} ueberfuellt, Reservierungen werden nicht "
        "angezeigt, Gaenge voller Koffer.",
        "Der {train} ist heute einfach 5 Minuten zu früh abgefahren. Wie kann das sein?",
        "Warum muss ich für eine Erstattung ein Papierformular ausdrucken und per Post schicken? "
        "Wir leben doch nicht mehr im letzten Jahrhundert.",
        "110 Minuten Verspaetung, Fahrgastrechteformular ausgefuellt, nach {days} Tagen noch kein "
        "Geld.",
        "Der Zug war so voll, dass in {stop} niemand mehr einsteigen durfte. Ich bin mit gültigem "
        "Ticket am Bahnsteig stehen geblieben.",
        "40 Minuten in der Warteschleife der Hotline, dann aufgelegt. Der Kundenservice ist ein "
        "Witz.",
        "Kein Wasser in den Waschbecken im ganzen {train}. Hygiene ist wohl optional.",
        "Zugfuehrer meldet Stoerung am Fahrzeug, wir stehen seit {time} in {stop}. Weiterfahrt "
        "unklar.",
        "Zug {train} faellt aus, der Ersatzbus faehrt nicht, Taxi auf eigene Kosten? Wer zahlt "
        "das?",
        "Verspaetung von 45 min, Anschluss weg, Hotel gebucht. Bekomme ich das erstattet?",
        "Im Ruhebereich telefonieren alle laut und der Zugbegleiter sagt nichts.",
        "Im Nachtzug ging die Klimaanlage nicht und die Liegewagen waren dreckig.",
        "Schlafwagenabteil gebucht, der Wagen fehlte im Zug. Wir mussten die ganze Nacht im "
        "Sitzwagen verbringen.",
        "Der Fahrplanwechsel hat meinen Pendlerzug gestrichen. Jetzt muss ich 30 Minuten früher "
        "los.",
        "Kein einziger puenktlicher Zug diese Woche auf der Strecke nach {stop}. Rekord.",
        "Meine Rabattkarte wird in der App nicht angezeigt, der Kontrolleur wollte den vollen "
        "Fahrpreis.",
        "Zug in {stop} geräumt, alle raus, kein Ersatz, keine Info. Wir stehen im Regen.",
        "Die Toilettentuer im {train} klemmt, eine Frau war 20 Minuten eingeschlossen, bis jemand "
        "kam.",
        "Ausgerechnet der letzte Zug um {time} fällt aus. Wie komme ich jetzt nach Hause?",
        "Bahnhof {stop}: kein Warteraum offen, minus 5 Grad, der Zug 60 Minuten zu spät.",
        "Die reservierten Plätze im {train} gab es gar nicht, Wagen 9 fehlte komplett.",
        "Im Bistro nur Kartenzahlung, das Kartenterminal ging aber nicht. Also nichts zu trinken.",
        "Fensterplatz reserviert, bekommen: Platz ohne Fenster. Danke auch.",
        "Der Lokfuehrer hat die Tueren vor meiner Nase zugemacht, obwohl ich winkend daneben "
        "stand.",
        "Ticketkontrolle im vollen Zug, der Kontrolleur war sehr unhöflich zu einer älteren Dame "
        "ohne App.",
        "Schon wieder Verzoegerungen im Betriebsablauf. Was heisst das eigentlich konkret?",
        "Der {train} faehrt heute ohne erste Klasse. Ich habe erste Klasse bezahlt, bekomme ich "
        "die Differenz zurueck?",
        "Umsteigezeit in {stop} 4 Minuten, aber von Gleis 1 zu Gleis 14 ist es ein Marathon. Wer "
        "plant so was?",
        "Warum stimmen auf der Anzeige in {stop} die Wagenabschnitte nicht? Alle rennen am "
        "Bahnsteig hin und her.",
        "Kein Personal am Schalter in {stop}, Automat kaputt, App abgestürzt. Wie soll man hier "
        "bitte ein Ticket kaufen?",
        "zug steht wieder, keine durchsage, {train}, wir sind seit 30 min zwischen zwei bahnhöfen",
        "danke für nichts, anschluss in {stop} verpasst, letzter zug weg",
        "Der S-Bahn-Takt am Wochenende ist eine Zumutung, abends 30 Minuten Wartezeit.",
        "Fahrradmitnahme im Regionalzug verweigert, obwohl genug Platz war.",
        "Staendig fehlen Zugteile und dann stehen die Fahrgaeste am falschen Bahnsteigabschnitt.",
        "Billett fuer den Zug geloest, Verbindung ausgefallen, Rueckerstattung am Schalter "
        "abgelehnt.",
        "Grüezi, der Zug um {time} nach {stop} ist jeden Morgen so voll, dass man nicht sitzen "
        "kann. Gibt es keine längeren Kompositionen?",
        "Gruess Gott, wie bekomme ich bei ueber einer Stunde Verspaetung meine Entschaedigung? "
        "Das Ticket war ein Sparangebot.",
        "Zugbegleiterin hat uns im {train} aus der ersten Klasse geworfen, obwohl die zweite "
        "Klasse voellig ueberfuellt war und es keine Plaetze gab.",
        "RE nach {stop} heute zum dritten Mal diese Woche ausgefallen. Ersatz? Fehlanzeige.",
        "Ich habe eine Reservierung gebucht, aber der Zug wurde durch einen Ersatzzug ohne "
        "Reservierungsanzeige ersetzt. Wer erstattet mir die Reservierung?",
        "Die Bahnsteiganzeige in {stop} sagt Gleis 3, die Durchsage Gleis 5, die App Gleis 4. "
        "Großartig.",
        "Im {train} gibt es kein Essen mehr, das Bordrestaurant ist wegen Personalmangel "
        "geschlossen.",
        "Die Anschlusszüge in {stop} warten nie, auch wenn es nur zwei Minuten sind.",
        "Die Linie {line} kommt seit Tagen morgens einfach nicht, um {time} steht man an der "
        "{stop} und wartet vergeblich.",
        "Bus {line} ist an der Haltestelle {stop} einfach durchgefahren, obwohl ich gewunken habe.",
        "Der Busfahrer der Linie {line} um {time} war extrem unfreundlich und hat eine Frau mit "
        "Kinderwagen nicht einsteigen lassen.",
        "Der Fahrer der {line} faehrt wie ein Irrer, alle Fahrgaeste fliegen durch den Bus.",
        "Die Rampe im Bus {line} war kaputt, ich konnte mit dem Rollstuhl nicht aussteigen.",
        "Bus {line} hält an der {stop} nicht mehr am Bordstein, man muss auf die Straße springen.",
        "Warum faehrt die {line} abends nur noch alle 30 Minuten? Nach {time} kommt man kaum noch "
        "nach Hause.",
        "Der Nachtbus {line} ist am Wochenende so voll, dass an der {stop} Leute stehen gelassen "
        "werden.",
        "Die Straßenbahn {line} hat seit Tagen Verspätung, und an der {stop} stimmt die Anzeige "
        "nie.",
        "Tram {line} steht seit 20 Minuten hinter einem falsch geparkten Auto in der {street}, "
        "wir kommen nicht weiter.",
        "Die Bim {line} fällt ständig aus, kein Ersatz, keine Info.",
        "Die Oeffis in der Frueh sind eine Katastrophe, die {line} kommt nie puenktlich.",
        "U-Bahn-Störung an der {stop}, alle raus, keine Durchsage, wie es weitergeht.",
        "Aufzug an der U-Bahn-Station {stop} seit {days} Tagen ausser Betrieb. Mit Kinderwagen "
        "keine Chance.",
        "Die Rolltreppe in der Station {stop} steht schon wieder still, das dritte Mal diesen "
        "Monat.",
        "Die U-Bahn ist im Sommer ein Backofen, die Klimaanlage in den Wagen ist immer aus.",
        "Im Bus {line} ist die Heizung voll aufgedreht, 30 Grad bei geschlossenen Fenstern.",
        "Das Wartehaeuschen an der {stop} hat keine Scheiben mehr, man steht im Regen.",
        "Das Wartehaeuschen an der {stop} wurde entfernt und nie ersetzt. Aeltere Leute muessen "
        "im Regen warten.",
        "Der Fahrplan an der Haltestelle {stop} ist vom letzten Jahr, die Zeiten stimmen nicht "
        "mehr.",
        "Die elektronische Anzeige an der {stop} zeigt seit Wochen nur Betriebsstoerung an.",
        "Echtzeitanzeige sagt 2 Minuten, dann 5, dann verschwindet der Bus ganz. Linie {line}, "
        "{stop}.",
        "Die Haltestelle {stop} ist wegen einer Baustelle verlegt, aber nirgends steht, wo die "
        "Ersatzhaltestelle ist.",
        "Fahrkartenautomat an der {stop} nimmt kein Bargeld und die Kartenzahlung geht auch nicht.",
        "Der Ticketautomat in der Tram {line} ist defekt und beim Fahrer kann man nichts kaufen. "
        "Was soll ich tun?",
        "Die Ticket-App stürzt immer ab, wenn ich ein Einzelticket kaufen will.",
        "Ich habe im Bus {line} gegen {time} meine Geldboerse liegen lassen. Wurde etwas im "
        "Fundbuero der Verkehrsbetriebe abgegeben?",
        "Regenschirm in der Straßenbahn {line} vergessen, wo kann ich nachfragen?",
        "Der Bus {line} ist jeden Morgen zur Schulzeit so voll, dass die Kinder an der {stop} "
        "nicht mitkommen.",
        "Könnte man auf der Linie {line} zur Hauptverkehrszeit Gelenkbusse einsetzen? Wir stehen "
        "wie Sardinen.",
        "Warum wurde die Haltestelle {stop} gestrichen? Für viele Senioren ist der Weg zur "
        "nächsten viel zu weit.",
        "Bitte einen Halt der {line} an der {stop} einrichten, das Neubaugebiet hat gar keine "
        "Anbindung.",
        "Der Bus {line} ist dreckig, die Sitze voller Flecken, es riecht nach Urin.",
        "In der U-Bahn-Station {stop} stinkt es bestialisch, seit Tagen nicht gereinigt.",
        "Die Fahrgastinformation bei Störungen ist miserabel, weder im Bus noch in der App steht "
        "etwas.",
        "Die Monatskarte wurde zweimal abgebucht, wer erstattet mir das?",
        "Abo gekündigt, trotzdem wird weiter abgebucht. Das Kundencenter antwortet nicht.",
        "Die Kontrolleure in der {line} haben meine Schuelerkarte nicht anerkannt und ein "
        "erhoehtes Befoerderungsentgelt verlangt.",
        "Der Kinderwagenplatz in der Tram {line} ist immer voll mit Rollern und Koffern, der "
        "Fahrer sagt nichts.",
        "Die Ansagen in der Strassenbahn {line} fehlen, man weiss nie, welche Haltestelle kommt.",
        "Der Bus fährt an der {stop} regelmäßig 2 Minuten zu früh ab.",
        "Die Linie {line} wurde umgeleitet, aber an der Haltestelle {stop} hängt kein Aushang.",
        "Der Ersatzbus fuer die Tram {line} haelt an voellig anderen Stellen, keiner findet die "
        "Ersatzhaltestellen.",
        "Bus {line} seit {time} nicht gekommen, zwei Fahrten ausgefallen, 40 Leute an der {stop}.",
        "Die Tueren der U-Bahn schliessen so schnell, dass meine Tochter eingeklemmt wurde.",
        "Kein Aufzug an der Station {stop}, dabei wurde das vor drei Jahren versprochen.",
        "Das Blindenleitsystem an der Haltestelle {stop} endet im Nichts, man findet die Tür "
        "nicht.",
        "Die Haltestellenkante an der {stop} ist zu niedrig, man kommt mit dem Rollator nicht in "
        "die Tram.",
        "Die Buslinie {line} fährt seit dem Fahrplanwechsel nicht mehr am Sonntag. Wie sollen wir "
        "zum Krankenhaus kommen?",
        "Der Fahrer hat die Tuer nicht geoeffnet, obwohl ich auf den Knopf gedrueckt habe, {line} "
        "an der {stop}.",
        "Wo finde ich die Preise fuer das Sozialticket? Auf der Webseite der Verkehrsbetriebe ist "
        "nichts zu finden.",
        "Die Anschlussbusse an der {stop} warten nie auf die Tram, man sieht sie gerade wegfahren.",
        "Bus {line} kam 25 min zu spaet, der Fahrer meinte nur, er kann nichts dafuer.",
        "U-Bahn faehrt seit {time} nicht, Stoerung an der {stop}, Ersatzbusse? Fehlanzeige.",
        "Rolltreppe an der {stop} kaputt, Aufzug auch. Wie soll ich mit dem Rollstuhl da hoch?",
        "Tram {line} total ueberfuellt, jeden Morgen um {time}, bitte mehr Wagen.",
        "Die Bim war heute wieder 15 Minuten zu spät, ohne irgendeine Info.",
        "Haltestelle {stop} ohne Sitzgelegenheit und ohne Dach, bitte ein Wartehäuschen "
        "aufstellen.",
        "Die Scheiben vom Fahrgastunterstand an der {stop} sind seit Wochen nur mit Folie "
        "abgeklebt.",
        "Velo im Tram mitnehmen verboten? Bis letzte Woche ging das noch.",
        "Das Tram {line} ist in der Stosszeit immer voll, die Kurse sollten oefter fahren.",
        "Billettautomat an der Haltestelle {stop} zeigt nur noch ausser Betrieb.",
        "Grüezi, der Buschauffeur der Linie {line} hat mich an der {stop} nicht einsteigen "
        "lassen, obwohl ich ein gültiges Billett hatte.",
        "Servus, die U-Bahn-Aufzüge bei der Station {stop} sind seit einer Woche hin.",
        "Liebe Verkehrsbetriebe, die Linie {line} faehrt am Abend so unregelmaessig, dass man "
        "sich auf keinen Fahrplan verlassen kann.",
        "Sehr geehrte Damen und Herren, ich wurde heute um {time} in der Linie {line} "
        "kontrolliert und bestraft, weil der Entwerter defekt war und mein Ticket nicht entwertet "
        "werden konnte.",
        "Guten Tag, der Entwerter in der Tram {line} funktioniert nicht. Wie soll man das Ticket "
        "abstempeln?",
        "Guten Tag, ich möchte mich über den Fahrer der Linie {line} beschweren, er hat während "
        "der Fahrt telefoniert.",
        "Sehr geehrte Damen und Herren, seit dem Fahrplanwechsel erreicht man mit der {line} an "
        "der {stop} den Zug nicht mehr. Bitte passen Sie die Abfahrtszeiten an.",
        "Hallo, wann wird der Aufzug an der Haltestelle {stop} wieder repariert? Ich bin darauf "
        "angewiesen.",
        "Die Durchsagen in der U-Bahn sind so laut, dass einem die Ohren weh tun.",
        "Im Bus {line} funktioniert der Halteknopf nicht, man muss nach vorn zum Fahrer rufen.",
        "Die Linie {line} faehrt sonntags erst ab {time}, viel zu spaet fuer Schichtarbeiter.",
        "Ständig fallen Busse auf der {line} wegen Personalmangel aus. Macht endlich was!",
        "Die Tram {line} hat an der {stop} ewig gewartet, dann wurde die Fahrt einfach beendet. "
        "Alle mussten aussteigen.",
        "Warum wird der Bus {line} ständig über den {place} umgeleitet? Die Haltestelle {stop} "
        "wird dann gar nicht bedient.",
        "Sitze im Bus {line} aufgeschlitzt, Fensterscheiben zerkratzt und beschmiert.",
        "Der Bahnsteig der U-Bahn an der {stop} ist voller Müll, seit Tagen nicht gereinigt.",
        "Der Fahrkartenkontrolleur war sehr aggressiv und hat mich vor allen Leuten angeschrien, "
        "Tram {line}.",
        "Das Schülerticket ist noch nicht angekommen, darf mein Kind trotzdem mit der {line} "
        "fahren?",
        "Bei der Linie {line} gibt es keine Kartenzahlung beim Fahrer. Wer hat heute noch "
        "Kleingeld?",
        "Warum sind die Oeffi-Tickets schon wieder teurer geworden? Die Intervalle werden "
        "trotzdem laenger.",
        "Das Intervall der {line} am Abend ist 15 Minuten, das ist für eine Großstadt lächerlich.",
        "Die Metro an der {stop} fährt nur mit halber Zuglänge, der Bahnsteig ist voll und keiner "
        "kommt rein.",
        "Schon wieder Signalstoerung bei der U-Bahn, zwischen {stop} und {place} kein Verkehr.",
        "Bus {line} faehrt ab {stop} nicht mehr ueber die {street}, seit wann ist das so?",
        "Haltestelle {stop}: Fahrplanaushang herausgerissen, Anzeige kaputt, keine Ahnung, wann "
        "der nächste Bus kommt.",
        "Der Bus {line} hat mich an der {stop} mit dem Rollstuhl stehen lassen, weil der Fahrer "
        "die Rampe nicht ausklappen wollte.",
        "Die Klimaanlage in der Tram {line} läuft im Winter, man friert.",
        "Die Tür vom Bus {line} schließt nicht richtig, es zieht die ganze Fahrt.",
        "Bitte mehr Busse auf der {line} in der Ferienzeit, mit Koffern zum Bahnhof ist das die "
        "Hoelle.",
        "Kann man in der Bim bitte wieder mit Bargeld zahlen? Nicht jeder hat ein Handy.",
        "Die Station {stop} hat nur einen Ausgang, bei Störungen wird es gefährlich voll.",
        "Der Nachtbus {line} hält nicht mehr an der {stop}, jetzt muss ich nachts 15 Minuten "
        "allein laufen.",
        "Rufbus bestellt, kam nicht, die Hotline sagt, kein Fahrer verfuegbar.",
        "Die Abfahrtszeiten in der App und an der Haltestelle {stop} sind unterschiedlich, welche "
        "gelten?",
        "Seit dem Fahrplanwechsel passt der Bus {line} nicht mehr zum Schulbeginn um {time}.",
        "Der Bus {line} stand heute Morgen 20 Minuten an der Endhaltestelle {stop} und niemand "
        "durfte einsteigen.",
        "Der Busfahrer hat mich rausgeworfen, weil mein Hund keinen Maulkorb hatte. Steht das "
        "irgendwo?",
        "S-Bahn und U-Bahn an der {stop} sind nicht abgestimmt, man verpasst jedes Mal den "
        "Anschluss um eine Minute.",
        "Tramhaltestelle {stop}: die Anzeige zeigt Tram {line} in 1 Minute, seit 10 Minuten.",
        "Welche Linie fährt während der Sperrung der U-Bahn zum {place}? Bei den "
        "Verkehrsbetrieben steht nichts.",
        "Warum faehrt die {line} nachts nicht mehr? Die Kneipen schliessen um 2 und der letzte "
        "Bus geht um {time}.",
        "Ich wurde im Bus {line} kontrolliert, mein Abo war gültig, aber die Karte ließ sich "
        "nicht auslesen. Jetzt soll ich 60 Euro zahlen.",
        "Die Busse der {line} kommen immer zu zweit hintereinander und dann 20 Minuten gar nichts.",
        "Die Busse der Linie {line} sind so alt, dass sie keinen Niederflureinstieg haben.",
        "Oeffis am Wochenende: Bim im 15-Minuten-Takt, U-Bahn voll, Bus faellt aus. Danke.",
        "In der U-Bahn ist heute ein Fahrgast zusammengebrochen und es hat 15 Minuten gedauert, "
        "bis Personal kam.",
        "Die Tram {line} hat die Haltestelle {stop} einfach ausgelassen, ohne Ansage.",
        "bus {line} schon wieder ausgefallen, {stop}, warte seit {time}",
        "wann kommt endlich der bus {line}, warte seit 25 min an der {stop}",
        "tram {line} wieder ohne klima, wie ein backofen",
        "ubahn {stop} aufzug kaputt wie immer",
        "Die neue Fahrplan-App zeigt Verbindungen an, die es gar nicht gibt.",
        "Seit dem neuen Ticketsystem kann ich meine Jahreskarte im Bus nicht mehr vorzeigen, ich "
        "brauche dafür das Handy.",
        "Bitte an der {stop} eine Echtzeitanzeige aufstellen, da fahren fünf Linien und man weiß "
        "nie, welche zuerst kommt.",
        "Beim Aussteigen aus der Tram {line} an der {stop} ist eine riesige Lücke zwischen Wagen "
        "und Bahnsteigkante.",
        "Wieso gibt es im Bus keine Haltestellenansage mehr? Für Sehbehinderte ist das ein "
        "Problem.",
        "Fahrkartenkontrolle am Ausgang der U-Bahn {stop}, alle stauen sich auf der Treppe. "
        "Gefaehrlich!",
        "Die Wartezeiten auf der Linie {line} sind in den Ferien unzumutbar, 20-Minuten-Takt.",
        "Haltestelle {stop} wird seit Wochen nicht angefahren, obwohl die Baustelle längst weg "
        "ist.",
    ],
    "communication": [
        "Die Nachbarn in {street} {num} feiern jedes Wochenende bis 4 Uhr morgens mit voller "
        "Lautstaerke.",
        "Seit {days} Tagen bellt im Hinterhof der {street} {num} ein Hund den ganzen Tag, wenn "
        "die Besitzer arbeiten.",
        "Die Bar am {place} spielt jede Nacht bis {time} laute Musik bei offener Tür.",
        "Ruhestoerung durch Gaeste vor der Kneipe in der {street}, jede Nacht Geschrei bis nach "
        "Mitternacht.",
        "Die Baustelle in der {street} faengt um 6 Uhr morgens mit dem Presslufthammer an, auch "
        "samstags. Ist das erlaubt?",
        "Laubblaeser in der {street} schon ab 7 Uhr am Sonntag, das ist doch verboten?",
        "Im {place} wird jeden Abend mit Musikboxen gefeiert, die ganze Nachbarschaft kann nicht "
        "schlafen.",
        "Jugendliche mit Lautsprechern auf dem Spielplatz im {place} bis 1 Uhr nachts.",
        "Der Nachbar über mir bohrt und hämmert jeden Tag ab 22 Uhr.",
        "Die Lueftungsanlage vom Supermarkt in der {street} brummt Tag und Nacht.",
        "Die Open-Air-Konzerte im {place} sind viel zu laut, bei mir klirren die Fenster.",
        "Ein Zelt und mehrere Schlafsäcke unter der Brücke an der {street}, dort leben seit "
        "Wochen Menschen.",
        "Im {place} hat sich ein Zeltlager gebildet, etwa zehn Zelte hinter dem Spielplatz.",
        "Ein aelterer Mann schlaeft seit Tagen im Hauseingang {street} {num}, bei dieser Kaelte. "
        "Kann jemand helfen?",
        "Eine obdachlose Person liegt an der Haltestelle {stop} und reagiert kaum. Bitte "
        "Streetworker schicken.",
        "Obdachlosenlager am {place} mit Matratzen und Einkaufswagen, es werden immer mehr Leute. "
        "Wer ist dafür zuständig?",
        "Ein freilaufender Hund ohne Besitzer läuft seit dem Morgen in der {street} herum.",
        "Zwei grosse Hunde ohne Leine im {place}, sie haben ein Kind angesprungen.",
        "Der Nachbar lässt seinen Hund bei der Hitze stundenlang ohne Wasser auf dem Balkon.",
        "Eine tote Katze liegt am Straßenrand in der {street} vor Nummer {num}.",
        "Toter Fuchs auf dem Gehweg am {place}, bitte abholen.",
        "Im Teich im {place} treiben zwei tote Enten.",
        "Wildschweine wühlen jede Nacht die Vorgärten in der {street} um.",
        "Ein Waschbaer wohnt auf unserem Dachboden, wen kann ich anrufen?",
        "Verletzter Schwan am Ufer beim {place}, er kann nicht mehr fliegen.",
        "Ratten laufen am helllichten Tag ueber den Spielplatz im {place}.",
        "Rattenbefall rund um die Muelltonnen bei {street} {num}, abends sieht man Dutzende.",
        "Ratten am Containerstandort in der {street}, bitte Schaedlingsbekaempfung schicken.",
        "Wir haben Maeuse im Keller, seit das Nachbarhaus leer steht.",
        "Wespennest am Fenster vom Kinderzimmer, wer entfernt das?",
        "Grosses Hornissennest im Baum vor {street} {num}, direkt am Schulweg.",
        "Mückenplage am {place}, abends kann man nicht mehr draußen sitzen.",
        "Tauben nisten auf unserem Balkon, ueberall Taubenkot. Was koennen wir tun?",
        "Jemand füttert am {place} täglich die Tauben, inzwischen sind es Hunderte.",
        "Bettwanzen in der Mietwohnung, der Vermieter unternimmt nichts.",
        "Kakerlaken im Treppenhaus {street} {num}, die Hausverwaltung reagiert nicht.",
        "Der Garten vom Nachbarhaus {street} {num} ist voellig verwildert, die Brombeeren wachsen "
        "ueber den Zaun auf unser Grundstueck.",
        "Das leerstehende Haus in der {street} verfällt, die Fenster sind eingeschlagen und "
        "Kinder spielen darin.",
        "Die Brache an der Ecke {street} gehoert einem Privatmann und ist voller Gestruepp und "
        "Unrat, seit Jahren passiert nichts.",
        "Der Nachbar baut seit Wochen eine Garage ohne Baugenehmigung, direkt an unserer Grenze.",
        "Schwarzbau im Hinterhof der {street} {num}, dort wird ein drittes Stockwerk aufgesetzt.",
        "Unsere Heizung funktioniert seit {days} Tagen nicht, der Vermieter geht nicht ans "
        "Telefon.",
        "Schimmel in allen Zimmern, der Vermieter sagt, wir lueften falsch. An wen kann ich mich "
        "wenden?",
        "Kein Warmwasser in unserem Wohnblock in der {street} seit einer Woche, die "
        "Hausverwaltung ist nicht erreichbar.",
        "Im Restaurant in der {street} habe ich eine Maus in der Küche gesehen.",
        "Nach dem Essen im Imbiss am {place} hatten wir alle eine Lebensmittelvergiftung.",
        "Die Doenerbude in der {street} lagert das Fleisch draussen in der Sonne.",
        "Im {place} wird offen mit Drogen gedealt, auch tagsüber neben dem Spielplatz.",
        "In der {street} wurde letzte Nacht in drei Autos eingebrochen.",
        "Mein Fahrrad wurde vor dem Bahnhof gestohlen, wo kann ich das melden?",
        "Eine Gruppe junger Männer lungert jeden Abend am {place} herum, Frauen werden angepöbelt.",
        "Einbruch in die Keller in der {street} {num}, die Polizei war da, aber was macht die "
        "Stadt?",
        "Danke an die Stadt, das Schlagloch in der {street} wurde innerhalb von zwei Tagen "
        "repariert!",
        "Großes Lob an den Winterdienst, heute früh um {time} war schon alles geräumt.",
        "Vielen Dank für die schnelle Reparatur der Laterne vor {street} {num}!",
        "Die neuen Baenke im {place} sind super, danke!",
        "Danke an die Müllabfuhr, die trotz Schnee gekommen ist.",
        "Die Zugbegleiterin im {train} war super freundlich und hat allen bei den Anschlüssen "
        "geholfen, danke!",
        "Danke an den Busfahrer der {line}, der heute an der {stop} auf mich gewartet hat!",
        "Toll, dass der Spielplatz im {place} endlich neu ist, die Kinder lieben ihn.",
        "Wann hat das Bürgeramt samstags geöffnet?",
        "Wie lange dauert es, bis ein neuer Reisepass fertig ist?",
        "Ich brauche dringend einen Termin für den Personalausweis, online ist alles ausgebucht.",
        "Wo kann ich mich nach dem Umzug in die {street} ummelden?",
        "Wie hoch ist die Hundesteuer für einen zweiten Hund?",
        "Bis wann muss die Grundsteuer bezahlt werden?",
        "Wie beantrage ich die Briefwahl für die Gemeinderatswahl?",
        "Meine Wahlbenachrichtigung ist nicht angekommen, was nun?",
        "Wann findet dieses Jahr das Stadtfest am {place} statt?",
        "Gibt es am {place} wieder einen Weihnachtsmarkt?",
        "Wo ist das Fundbüro der Stadt und wann hat es geöffnet?",
        "Wie kann ich beim Standesamt einen Termin für die Hochzeit reservieren?",
        "Ich finde es eine Frechheit, dass der Gemeinderat schon wieder die Gebühren erhöht.",
        "Der Buergermeister sollte sich lieber um die Schulen kuemmern statt um Prestigeprojekte.",
        "Wer hat eigentlich beschlossen, dass das Hallenbad geschlossen wird?",
        "Herzlichen Glückwunsch, Sie haben ein Smartphone gewonnen! Klicken Sie hier.",
        "Günstig parken am Flughafen, jetzt online buchen und 30 Prozent sparen!",
        "Schöner Sonnenuntergang heute am {place}!",
        "Guten Morgen zusammen, schönes Wochenende!",
        "Test test, kommt das an?",
        "Nachbarn in {street} {num} streiten jede Nacht lautstark, man hoert alles durch die Wand.",
        "Laute Musik aus der Wohnung gegenueber, seit {time}, jeden Tag.",
        "Hund bellt seit Stunden ununterbrochen im Garten {street} {num}, niemand ist zu Hause.",
        "Shisha-Bar in der {street} hat die Terrasse bis 3 Uhr offen, unertraeglicher Laerm.",
        "Baulaerm am Sonntag in der {street} {num}, die renovieren die ganze Wohnung.",
        "Lautes Gegröle von Betrunkenen jeden Freitag vor dem Club am {place}.",
        "Jeden Morgen um 5 Uhr werden am Supermarkt in der {street} lautstark Paletten abgeladen, "
        "die Rolltore knallen.",
        "Kann die Kirche nebenan nicht erst ab 8 Uhr läuten? Jeden Morgen um 6 werden wir geweckt.",
        "Im Hof von {street} {num} wird nachts Musik gemacht und getrunken, bitte das Ordnungsamt "
        "schicken.",
        "Ständiges Kläffen vom Nachbarhund, auch nachts. Gespräche helfen nicht.",
        "Lärmbelästigung durch die Wärmepumpe des Nachbarn, sie brummt die ganze Nacht.",
        "Ein obdachloser Mann sitzt jeden Tag vor dem Supermarkt in der {street}, bei der Kaelte "
        "braucht er Hilfe.",
        "In der Unterfuehrung am {place} schlafen nachts mehrere Menschen auf Matratzen.",
        "Zelte am Flussufer beim {place}, da leben seit Monaten Menschen.",
        "Gibt es in der Stadt eine Notunterkunft? Ein Bekannter hat seine Wohnung verloren.",
        "Ein Mann schlaeft im Eingang vom Parkhaus in der {street}, es sind minus 8 Grad.",
        "Aggressives Betteln vor dem Bahnhof, man wird festgehalten und bedrängt.",
        "Streunende Katzen im Hinterhof {street} {num}, sie vermehren sich unkontrolliert.",
        "Entlaufenen Hund in der {street} gefunden, wohin mit ihm?",
        "Mein Kater ist seit {days} Tagen verschwunden, kann ich irgendwo eine Suchmeldung "
        "aufgeben?",
        "Der Nachbar hält Hühner und einen Hahn im Garten, der kräht ab 4 Uhr.",
        "Tote Taube auf dem Spielplatz im {place}, die Kinder fassen sie an.",
        "Totes Reh am Strassenrand der {street}, wohl angefahren.",
        "Ein Igel liegt verletzt in unserem Garten, gibt es eine Tierstation?",
        "Ein Fuchs läuft am Tag im Hinterhof zwischen den Kindern herum. Ist das gefährlich?",
        "Im Nachbarhaus {street} {num} wird ein Hund geschlagen, man hört ihn jaulen. Bitte das "
        "Veterinäramt informieren.",
        "Das Pferd auf der Koppel am {place} steht ohne Wasser und Schatten.",
        "Ratten im Hinterhof {street} {num}, die kommen aus dem Kanal.",
        "Seit der Baustelle nebenan haben wir Ratten im Garten.",
        "Rattenloecher am Ufer beim {place}, abends sieht man sie ueberall.",
        "Maeuse in der Kueche, der Vermieter will nichts machen.",
        "Wespen haben ein Nest im Rollladenkasten, darf ich das selbst entfernen?",
        "Taubenplage am {place}, alles voller Kot, die Leute fuettern sie trotz Verbot.",
        "Silberfische und Kakerlaken in der ganzen Wohnanlage in der {street}, die Verwaltung tut "
        "nichts.",
        "Das Haus {street} {num} steht seit Jahren leer, das Dach ist eingestürzt und Tauben "
        "fliegen rein und raus.",
        "Verwahrlostes Privatgrundstück neben {street} {num}, das Gras ist zwei Meter hoch und es "
        "gibt Ratten.",
        "Der Vorgarten des Nachbarn ist eine einzige Müllhalde, es stinkt bis zu uns.",
        "Der Nachbar hat seine Hecke seit Jahren nicht geschnitten, sie wächst über unsere "
        "Einfahrt.",
        "Der Baum auf dem Nachbargrundstück droht auf unser Dach zu fallen, der Eigentümer "
        "reagiert nicht.",
        "Am Haus {street} {num} wurde eine riesige Werbetafel ohne Genehmigung angebracht.",
        "Eine Wohnung im Haus {street} {num} wird illegal als Ferienwohnung vermietet, jede Woche "
        "kommen neue Touristen mit Koffern.",
        "Der Vermieter hat die Heizung abgestellt, weil wir die Miete gemindert haben. Darf er "
        "das?",
        "Unsere Wohnung ist seit Wochen ohne Strom, die Hausverwaltung kuemmert sich nicht.",
        "Feuchtigkeit und Schimmel im Schlafzimmer, mein Kind ist ständig krank. Gibt es beim "
        "Wohnungsamt eine Stelle dafür?",
        "Wie lange dauert ein Antrag auf Wohngeld?",
        "Wie bekomme ich einen Wohnberechtigungsschein?",
        "In der Bäckerei in der {street} ist eine Maus über die Theke gelaufen.",
        "Der Imbissstand am {place} hat keinen Wasseranschluss, die Haende werden nie gewaschen.",
        "Abgelaufene Ware im Supermarkt in der {street}, das Fleisch ist seit einer Woche "
        "abgelaufen.",
        "Im Restaurant am {place} verdorbenes Essen bekommen, die Kueche sah schlimm aus.",
        "Am {place} wird nachts in Autos eingebrochen, wann patrouilliert hier mal jemand?",
        "Schon wieder eingeschlagene Autoscheiben in der {street}, der dritte Aufbruch diese "
        "Woche.",
        "Drogenhandel vor der Schule in der {street}, die Dealer stehen jeden Nachmittag da.",
        "Jugendliche zuenden am {place} Boeller und werfen sie auf Passanten.",
        "Vor dem Kiosk in der {street} sitzen den ganzen Tag Betrunkene und poebeln.",
        "Jemand zersticht nachts in der {street} die Autoreifen, schon fünf Autos betroffen.",
        "Fahrraddiebe am {place}, jede Woche werden Schlösser geknackt.",
        "Ich wurde im {place} belästigt, gibt es dort keine Polizeistreifen?",
        "Nach dem Einbruch in unsere Wohnung in der {street}: bekommen wir irgendeine Hilfe von "
        "der Stadt?",
        "Dankeschön an das Team vom Grünflächenamt, der {place} sieht wieder wunderschön aus!",
        "Lob an die Stadtreinigung, nach dem Fest war am Morgen schon alles sauber.",
        "Die Ampel am {place} wurde schnell repariert, vielen Dank!",
        "Super, dass die {street} jetzt Tempo 30 hat. Endlich ruhiger. Danke!",
        "Danke fuer die neue Beleuchtung im {place}, man fuehlt sich abends viel sicherer.",
        "Vielen Dank an den Mitarbeiter im Buergerbuero, der mir heute so geduldig geholfen hat.",
        "Die neue Radbruecke ist toll geworden, Kompliment an alle Beteiligten.",
        "Danke für die schnelle Antwort auf meine Meldung!",
        "Meldung wurde bearbeitet, alles erledigt, danke!",
        "Grüezi, ich möchte einfach mal Danke sagen für die saubere Stadt.",
        "Servus, ein großes Dankeschön an die Müllabfuhr von heute früh, die haben sogar die "
        "Tonnen wieder reingestellt.",
        "Wie sind die Oeffnungszeiten vom Buergerservice ueber Weihnachten?",
        "Braucht man für eine Gewerbeanmeldung einen Termin?",
        "Wie bekomme ich eine Meldebestaetigung?",
        "Ist das Rathaus am Brückentag geöffnet?",
        "Kann ich meinen auslaendischen Fuehrerschein hier umschreiben lassen?",
        "Wo finde ich die Sitzungstermine des Gemeinderats?",
        "Wann ist die nächste Bürgerversammlung zum Neubaugebiet?",
        "Wie kann ich mich als Wahlhelfer melden?",
        "Gibt es Zuschuesse fuer Balkonkraftwerke?",
        "Wo kann ich eine Beschwerde über einen Mitarbeiter der Stadtverwaltung einreichen?",
        "Gibt es in den Sommerferien ein Ferienprogramm fuer Kinder?",
        "Wann oeffnet das Freibad dieses Jahr?",
        "Wer ist bei der Stadt für Kitaplätze zuständig? Wir warten seit einem Jahr.",
        "Gruess Gott, ich braeuchte einen Termin beim Magistrat fuer eine Meldebestaetigung.",
        "Hallo, wie hoch sind die Gebuehren fuer eine Eheschliessung?",
        "Wann hat die Stadtbibliothek geoeffnet?",
        "Warum antwortet die Stadt nie auf E-Mails? Ich warte seit {days} Tagen.",
        "Die Stadt verschwendet Geld für teure Kunstwerke, während die Schulen verfallen.",
        "Warum baut ihr eine neue Tramlinie, wenn die alten Linien nicht funktionieren? "
        "Steuergeldverschwendung!",
        "Die Erhoehung der Parkgebuehren ist reine Abzocke, waehlt die naechstes Mal ab!",
        "Wann tritt der Bürgermeister endlich zurück?",
        "Wieso bekommt der Fussballverein neue Plaetze, aber fuer die Jugendzentren ist kein Geld "
        "da?",
        "Die Stadtratssitzung gestern war eine Farce.",
        "Petition gegen die Schliessung der Stadtbibliothek, bitte unterschreiben und teilen!",
        "Kredit ohne Bonitätsprüfung, sofort Geld aufs Konto!",
        "Verdienen Sie 5000 Euro im Monat von zu Hause aus, Link im Profil.",
        "Günstige Umzugsfirma, auch Entrümpelung und Sperrmüllentsorgung, ein Anruf genügt!",
        "Schlüsseldienst rund um die Uhr, Festpreis, rufen Sie jetzt an!",
        "Krypto-Investment mit garantierter Rendite, jetzt einsteigen!",
        "Hat jemand heute das Feuerwerk am {place} gesehen? Wunderschoen!",
        "Was für ein Wetter heute, endlich Frühling!",
        "Weiß jemand, ob das Eiscafé am {place} schon offen hat?",
        "Hallo? Ist hier jemand?",
        "Hab grad die Melde-App installiert, mal sehen, ob das was bringt.",
        "+1, bei uns genauso.",
        "Immer noch nichts passiert.",
        "Bei mir auch so.",
        "Schoenen Feierabend an alle in der Verwaltung!",
        "Der Weihnachtsbaum am {place} ist dieses Jahr besonders schön!",
        "Die Lichtshow am {place} gestern war fantastisch.",
        "Wir haben heute mit der Schulklasse einen Ausflug mit dem Bus gemacht, hat super "
        "geklappt.",
        "Koennen Sie mir sagen, wer fuer meine Meldung zustaendig ist? Ich habe noch keine "
        "Antwort bekommen.",
        "Auf dem Spielplatz im {place} wird bis Mitternacht gegrölt und laut Musik gehört.",
        "Fussballfans groelen nach jedem Heimspiel stundenlang durch die {street}.",
        "Die Hochzeitsgesellschaften im Festsaal in der {street} feiern jedes Wochenende mit "
        "Böllern.",
        "Ruhestoerung durch Party in {street} {num}, seit {time} Bass bis in den dritten Stock.",
        "Ein Hund hat im {place} meinen Sohn gebissen, der Besitzer ist einfach gegangen.",
        "Hundehalter lassen ihre Hunde auf der Liegewiese im {place} frei laufen, obwohl "
        "Leinenpflicht gilt.",
        "Kampfhund ohne Maulkorb in der {street}, die Nachbarn haben Angst.",
        "Im Gebüsch beim {place} hausen seit Wochen zwei Männer mit Zelt, es werden immer mehr.",
        "Unter der Brücke beim {place} ist ein Lager mit Zelten und Feuerstellen.",
        "Die Nachbarn grillen jeden Abend auf dem Balkon, der Rauch zieht in unsere Wohnung.",
        "Das Taubennetz am Haus {street} {num} ist kaputt, tote Tauben haengen darin.",
        "Seit die Kneipe in der {street} neue Besitzer hat, gibt es jede Nacht Schlägereien vor "
        "der Tür.",
        "Servus, die Nachbarin im Gemeindebau schaut jede Nacht laut fern, die ganze Stiege hoert "
        "mit.",
        "Grueezi, in der Wohnung unter uns wird jede Nacht bis 2 Uhr laut Musik gehoert.",
        "Grüezi, beim {place} schlafen seit einigen Tagen Leute im Freien. Gibt es da ein Angebot "
        "der Stadt?",
        "Gibt es eine Stelle, die bei Streit unter Nachbarn vermittelt?",
        "Die Hausverwaltung ignoriert seit Monaten den Wasserschaden in unserer Wohnung in der "
        "{street} {num}.",
        "Lebensmittelkontrolle bitte: im Asia-Imbiss am {place} stehen die Speisen ungekühlt auf "
        "der Theke.",
        "Danke fuer nix, Stadtverwaltung. Drei Monate auf einen Termin gewartet.",
        "Wo kann ich ein Fest im {place} anmelden? Wir planen ein Nachbarschaftsfest.",
        "Bekommt man als Rentner Ermaessigung im Hallenbad?",
        "Laermbelaestigung durch Gaststaette am {place}, jeden Abend bis nach Mitternacht.",
        "Wir haben seit Tagen Wespen im Dachkasten, die Kinder trauen sich nicht mehr in den "
        "Garten.",
        "Tauben ueberall am {place}, alles voller Kot, das ist doch unhygienisch.",
        "Wildschweine haben heute Nacht wieder den Rasen in der {street} umgegraben.",
        "Im Mietshaus {street} {num} gibt es seit Wochen Ratten im Muellraum, der Vermieter macht "
        "nichts.",
        "Obdachlose schlafen in der Tiefgarage in der {street}, bitte schicken Sie jemanden, der "
        "hilft.",
        "Danke, dass die Laterne vor unserem Haus jetzt wieder brennt, das ging echt schnell.",
        "Vielen Dank fuer die schnelle Leerung der Container am {place}!",
        "Danke an die Mitarbeiter, die heute den umgestuerzten Baum im {place} so schnell "
        "weggeraeumt haben.",
        "Kann man bei Ihnen einen Heizkostenzuschuss beantragen?",
        "Wo bekomme ich einen Bewohnerausweis für das Schwimmbad?",
        "Ich habe eine Frage zur Abwassergebühr auf meinem Steuerbescheid, wen kann ich anrufen?",
        "Die Politik in dieser Stadt ist ein Witz, jedes Jahr werden die gleichen Versprechen "
        "gemacht.",
        "Warum werden die Sitzungen des Gemeinderats nicht online übertragen?",
        "Hallo, ist diese Seite eigentlich offiziell von der Stadt?",
        "Einbrecher versuchen seit Tagen in der {street} Kellertueren aufzubrechen, bitte Streife "
        "schicken.",
        "Vor dem Jugendtreff am {place} wird regelmäßig gedealt, auch vor kleinen Kindern.",
    ],
}

# Long reports: 3-6 sentences as residents really write them in a reporting app, a web form or
# an e-mail to the city (or, for transit, a long complaint to an operator): context, when it
# started, what they already tried, how it affects them, what they ask for. The department's
# object is named once or twice among many everyday words. Same slots as BODIES.
NARRATIVES: dict[str, list[str]] = {
    "traffic": [
        "Guten Tag, ich wohne seit über zwanzig Jahren in der {street} und so schlimm war es "
        "noch nie. Seit {days} Tagen ist die Fußgängerampel an der Ecke zum {place} ausgefallen, "
        "man drückt den Knopf und nichts passiert. Meine Kinder gehen hier jeden Morgen zur "
        "Schule und müssen zwischen den Autos durchlaufen. Ich habe schon beim Bürgertelefon "
        "angerufen, aber bis heute hat sich niemand darum gekümmert. Bitte schicken Sie so "
        "schnell wie möglich jemanden vorbei. Vielen Dank!",
        "Sehr geehrte Damen und Herren, vor unserem Haus {street} {num} parken seit Wochen jeden "
        "Abend Autos komplett auf dem Gehweg. Ich bin 81 Jahre alt und komme mit dem Rollator da "
        "nicht mehr vorbei, ich muss auf die Fahrbahn ausweichen. Gestern hat mich fast ein "
        "Lieferwagen erwischt. Ich habe das schon zweimal gemeldet, aber kontrolliert wird hier "
        "nie. Ich bitte Sie herzlich, dass das Ordnungsamt einmal abends vorbeischaut. Mit "
        "freundlichen Grüßen",
        "Hallo, in der {street} gegenüber von Nummer {num} steht seit ungefähr drei Monaten ein "
        "silberner Kombi ohne Kennzeichen. Die Reifen sind platt, eine Scheibe ist eingeschlagen "
        "und inzwischen liegt Laub auf dem Dach. Die Nachbarn und ich haben schon gerätselt, wem "
        "der gehört, aber niemand weiß etwas. Der Parkplatz fehlt uns sehr, und die Kinder "
        "klettern schon darauf herum. Könnte jemand prüfen, ob das Auto abgeschleppt werden "
        "kann? Danke",
        "Hallo liebes Team, ich fahre jeden Tag mit dem Rad zur Arbeit ueber die {street}. Seit "
        "{days} Tagen parkt dort morgens zwischen 7 und 9 Uhr regelmaessig ein Lieferwagen "
        "direkt auf dem Radweg, vor der Baeckerei. Man muss dann in den fliessenden Verkehr "
        "ausweichen, und die Autos hupen einen an. Ich habe den Fahrer schon freundlich "
        "angesprochen, er hat nur gelacht. Bitte kontrollieren Sie das mal zu dieser Uhrzeit. "
        "Danke und viele Gruesse",
        "Gruess Gott, ich moechte auf die Raserei in unserer Wohnstrasse aufmerksam machen. In "
        "der {street} gilt eigentlich Tempo 30, aber vor allem abends und am Wochenende fahren "
        "manche mit gefuehlt 80 durch. Bei uns spielen viele Kinder, auch meine beiden, und ich "
        "habe jedes Mal Angst, wenn sie zum Spielplatz gehen. Wir Anrainer haben schon "
        "Unterschriften gesammelt. Waere eine Radarkontrolle oder eine Bodenschwelle moeglich? "
        "Vielen Dank fuer Ihre Muehe.",
        "Guten Abend, ich muss mich leider schon wieder melden. Meine Garageneinfahrt in der "
        "{street} {num} ist heute zum vierten Mal in dieser Woche zugeparkt, ich konnte um "
        "{time} nicht zur Arbeit fahren. Das Schild 'Ausfahrt freihalten' ist gut sichtbar. Beim "
        "letzten Mal hat es über eine Stunde gedauert, bis jemand kam. Ich bitte um eine "
        "dauerhafte Lösung, zum Beispiel regelmäßige Kontrollen. Freundliche Grüße",
        "Grüezi mitenand, beim Fussgängerstreifen vor dem Schulhaus an der {street} ist die "
        "Markierung praktisch nicht mehr sichtbar. Die weissen Streifen sind fast komplett "
        "abgefahren, bei Regen und Dunkelheit sieht man gar nichts. Meine Tochter geht dort "
        "jeden Morgen um halb acht über die Strasse, und die Autos bremsen kaum. Ich habe das im "
        "Elternrat angesprochen, alle sehen es gleich. Könnten Sie die Streifen bitte neu malen "
        "lassen? Merci vielmals",
        "Sehr geehrte Damen und Herren, seit der Baustelle am {place} ist die {street} für Autos "
        "gesperrt, aber die Umleitung ist überhaupt nicht ausgeschildert. Jetzt fahren alle "
        "Navis durch unsere kleine Seitenstraße, auch große Lastwagen. Vor meinem Haus ist es "
        "teilweise wie auf der Autobahn, und die Gehwege sind schmal. Ich habe beim Bauamt "
        "angerufen, dort wurde ich nur weiterverbunden. Bitte stellen Sie vernünftige "
        "Umleitungsschilder auf. Mit freundlichen Grüßen",
        "Hallo, ich betreibe einen kleinen Friseursalon in der {street} {num}. Seit {days} Tagen "
        "ist der Parkscheinautomat vor meinem Laden kaputt, das Display ist schwarz und er nimmt "
        "weder Münzen noch Karten. Meine Kundinnen trauen sich nicht mehr zu parken, weil sie "
        "Angst vor einem Strafzettel haben, und einige haben schon abgesagt. Ich habe die Nummer "
        "auf dem Automaten angerufen, aber da geht nur ein Band ran. Könnten Sie bitte jemanden "
        "zur Reparatur schicken? Danke",
        "Liebe Stadt, die Kreuzung {street} / {place} ist wirklich gefährlich geworden. Seit "
        "dort bis direkt an die Ecke geparkt wird, sieht man den Querverkehr erst, wenn man "
        "schon halb auf der Kreuzung steht. Letzte Woche hat es dort zweimal gekracht, zum Glück "
        "nur Blechschaden. Ich fahre da jeden Tag mit meinen Kindern zum Kindergarten und habe "
        "jedes Mal ein mulmiges Gefühl. Ein Verkehrsspiegel oder ein Stoppschild würde schon "
        "viel helfen. Vielen Dank",
        "Servus, in der {street} steht seit dem Fruehjahr ein abgemeldeter Wohnwagen, der sich "
        "nie bewegt. Er nimmt zwei Parkplaetze weg, und wir Anrainer finden abends sowieso nie "
        "einen Platz. Fuers Parkpickerl zahl ich jedes Jahr, dafuer kurv ich jetzt zwanzig "
        "Minuten herum. Ich hab schon bei der Polizei angerufen, die haben gesagt, sie sind "
        "nicht zustaendig. Wer kuemmert sich darum? Danke",
        "Hallo, ich bin Radfahrerin und nutze täglich den Radweg entlang der {street}. Auf Höhe "
        "{num} endet er plötzlich ohne Vorwarnung und man steht direkt im Autoverkehr, mitten in "
        "einer Kurve. Ich bin dort gestern fast von einem Bus gestreift worden. Andere in meiner "
        "Nachbarschaft erzählen dasselbe. Bitte prüfen Sie, ob man den Radweg verlängern oder "
        "wenigstens eine Markierung anbringen kann. Liebe Grüße",
        "Guten Tag, wir wohnen direkt an der Ampel {street} Ecke {place}. Seit letztem Montag "
        "steht die Ampel für die Fußgänger nur noch ganz kurz auf Grün, vielleicht fünf "
        "Sekunden. Meine Mutter ist 84 und schafft es nicht einmal bis zur Mittelinsel, dann "
        "fahren die Autos schon an. Wir haben das beim Bürgerbüro erzählt, dort hieß es, wir "
        "sollen es online melden, also tun wir das hiermit. Bitte verlängern Sie die Grünphase. "
        "Herzlichen Dank",
        "Hallo, jeden Morgen zwischen 6 und 8 Uhr ist auf der {street} ein Dauerstau bis zum "
        "{place}. Der Grund ist die Ampel am Kreisel, die nur ein paar Autos durchlaesst, danach "
        "ist wieder lange Rot. Ich fahre dort seit zehn Jahren zur Arbeit, aber seit {days} "
        "Tagen ist es extrem schlimm. Wurde an der Schaltung etwas veraendert? Ich wuerde mich "
        "ueber eine Antwort freuen. Gruss",
        "Sehr geehrtes Ordnungsamt, in unserer Straße {street} parken jede Nacht zwei große Lkw "
        "mit Anhänger, obwohl es ein reines Wohngebiet ist. Tagsüber stehen die Laster oft bis "
        "mittags da und nehmen alle Parkplätze weg. Meine Kinder müssen zwischen den Anhängern "
        "auf die Straße, weil man nichts sieht. Ich habe schon mehrfach geschrieben, aber es "
        "passiert nichts. Ich bitte um Kontrolle und ein Parkverbot für Lkw. Mit freundlichen "
        "Grüßen",
        "Hallo, an der Einmündung {street} / {place} wurde das Vorfahrtsschild offenbar "
        "angefahren und steht jetzt total schief, man sieht es aus der Fahrtrichtung nicht mehr. "
        "Heute Mittag wäre deswegen fast ein Unfall passiert, ein Auto ist einfach "
        "durchgefahren. Ich wohne direkt daneben und sehe das jeden Tag. Bitte stellen Sie das "
        "Schild schnell wieder gerade. Danke schön",
        "Guten Tag, ich bin Rollstuhlfahrer und auf den Behindertenparkplatz vor der Arztpraxis "
        "in der {street} angewiesen. Seit Wochen steht dort fast jeden Vormittag ein Auto ohne "
        "Ausweis. Ich muss dann weit weg parken und komme zu spaet zu meinen Terminen. Ich habe "
        "in der Praxis gefragt, die kennen das Problem auch. Es waere schoen, wenn dort oefter "
        "kontrolliert wuerde. Vielen Dank",
        "Hallo zusammen, bei uns im Viertel rund um den {place} liegen inzwischen überall "
        "Leih-E-Scooter herum. Heute Morgen lag einer quer über dem Gehweg vor {street} {num}, "
        "meine Nachbarin mit Blindenstock ist darüber gestolpert. Ich habe den Anbieter per App "
        "angeschrieben, aber es kam nur eine automatische Antwort. Das geht so seit {days} "
        "Tagen. Kann die Stadt da nicht Abstellzonen festlegen? Freundliche Grüße",
        "Sehr geehrte Damen und Herren, ich schreibe Ihnen als Vater von drei Kindern, die jeden "
        "Tag über die {street} zur Grundschule laufen. Es gibt dort keinen Zebrastreifen und "
        "keine Ampel, obwohl morgens sehr viel Verkehr ist. Der Schülerlotse hat letztes Jahr "
        "aufgehört, seitdem müssen die Kleinen alleine über die Straße. Wir Eltern haben uns "
        "schon bei der Schule beschwert, dort wurden wir an die Stadt verwiesen. Bitte richten "
        "Sie einen Fußgängerüberweg ein, bevor etwas passiert. Mit freundlichen Grüßen",
        "Guten Tag, an der Fahrradstraße {street} wird das Schild 'Anlieger frei' von fast allen "
        "ignoriert. Morgens drängeln sich die Autos an uns Radfahrern vorbei, oft mit viel zu "
        "wenig Abstand. Ich fahre dort mit meinem Sohn im Anhänger und fühle mich richtig "
        "bedroht. Ich habe das schon im Frühjahr gemeldet, die Antwort war, man beobachte das. "
        "Vielleicht würden Poller oder eine Kontrolle helfen? Danke für Ihre Mühe",
        "Grüezi, seit zwei Monaten steht bei uns an der {street} beim Veloständer ein altes Velo "
        "ohne Sattel und mit verbogenem Rad. Es ist mit einem Schloss am Geländer festgemacht "
        "und rostet vor sich hin. Wir haben im Haus schon einen Zettel drangehängt, aber niemand "
        "hat reagiert. Die Veloplätze sind sowieso knapp. Können Sie das Velo bitte abholen "
        "lassen? Freundliche Grüsse",
        "Hallo, ich wohne im dritten Stock an der Kreuzung {street} / {place}. Seit die neue "
        "Ampelschaltung aktiv ist, stehen die Autos abends bis weit in die Nebenstraßen und "
        "hupen wie verrückt. Man kann kaum noch bei offenem Fenster telefonieren. Ich habe den "
        "Eindruck, die Linksabbieger bekommen viel zu wenig Grün. Könnten Sie die Schaltung "
        "bitte noch einmal überprüfen? Danke",
        "Sehr geehrte Damen und Herren, in der Tempo-30-Zone vor dem Kindergarten in der "
        "{street} fehlt seit {days} Tagen das Schild, es wurde wohl bei einem Unfall umgefahren. "
        "Der Mast liegt jetzt im Gruenstreifen. Seitdem fahren die Leute wieder deutlich "
        "schneller. Wir Erzieherinnen haben grosse Sorge um die Kinder beim Bringen und Abholen. "
        "Bitte ersetzen Sie das Schild zeitnah. Viele Gruesse",
        "Hallo, ich möchte mich über das ständige Parken in zweiter Reihe vor dem Supermarkt in "
        "der {street} beschweren. Jeden Samstag stehen dort drei, vier Autos mit Warnblinker, "
        "und Busse und Radfahrer kommen nicht mehr vorbei. Ich habe selbst einen Laden zwei "
        "Häuser weiter und sehe das den ganzen Tag. Vielleicht könnte man eine Ladezone "
        "einrichten oder öfter kontrollieren. Danke im Voraus",
        "Moin, bei uns in der {street} wurde vor drei Wochen die Fahrbahn neu gemacht, aber die "
        "Markierungen fehlen immer noch. Es gibt keine Mittellinie, keine Haltelinie an der "
        "Kreuzung und keinen Radstreifen mehr. Abends bei Regen weiss man gar nicht, wo man "
        "fahren soll, und die Radfahrer werden geschnitten. Ich hab schon zweimal angerufen, "
        "jedes Mal hiess es naechste Woche. Wann wird das endlich markiert? Gruss",
        "Guten Tag, vor der Feuerwehrzufahrt in der {street} {num} parkt fast jeden Abend ein "
        "weißer Transporter. Ich bin selbst bei der freiwilligen Feuerwehr und weiß, was das im "
        "Ernstfall bedeutet. Die Schilder sind eindeutig, trotzdem steht er da, manchmal bis zum "
        "nächsten Mittag. Ich kann gerne Fotos nachreichen. Bitte lassen Sie das kontrollieren "
        "und notfalls abschleppen. Mit freundlichen Grüßen",
        "Hallo, ich bin seit einem Jahr Anwohnerin in der {street} und warte seit {days} Tagen "
        "auf meinen Bewohnerparkausweis. Den Antrag habe ich online gestellt und auch bezahlt, "
        "aber weder ein Ausweis noch eine Bestätigung kam. In der Zwischenzeit habe ich schon "
        "zwei Knöllchen bekommen. Ich habe mehrfach angerufen, die Leitung ist immer besetzt. "
        "Können Sie mir bitte sagen, wo mein Antrag hängt? Danke und freundliche Grüße",
        "Grüß Gott, die Fußgängerampel beim {place} tickt nicht mehr für Blinde. Ich bin "
        "sehbehindert und verlasse mich auf das Tonsignal, seit ein paar Tagen ist es stumm. Ich "
        "muss jetzt jedes Mal warten, bis jemand anderes geht, und einmal bin ich bei Rot "
        "losgegangen. Meine Tochter hat mir geholfen, diese Meldung zu schreiben. Bitte "
        "reparieren Sie das so bald wie möglich. Danke vielmals",
        "Hallo, ich fahre jeden Tag mit dem Auto durch den Kreisverkehr am {place}. Seit einiger "
        "Zeit fahren Radfahrer und Autos durcheinander, weil die Schilder sich widersprechen: "
        "auf einem steht Radfahrer frei, auf dem anderen nicht. Vorgestern hat es fast einen "
        "Zusammenstoß mit einer jungen Frau auf dem Rad gegeben. Ich bitte darum, die "
        "Beschilderung zu vereinheitlichen. Mit bestem Dank",
        "Liebe Verantwortliche, bei uns am Ende der {street} stehen seit dem Herbst drei "
        "Schrottfahrräder am Zaun der Schule. Reifen platt, Ketten verrostet, eines ist nur noch "
        "ein Rahmen. Die Kinder finden morgens kaum noch einen Platz für ihre eigenen Räder. Der "
        "Hausmeister sagt, er darf die nicht einfach entfernen. Könnten Sie die Fahrradleichen "
        "bitte markieren und abholen lassen? Viele Grüße",
        "Servus, in der {street} rasen jede Nacht ab Mitternacht ein paar Burschen mit "
        "aufgemotzten Autos und Motorrädern die Straße rauf und runter. Das sind richtige "
        "Rennen, mit quietschenden Reifen. Ich wohne im Erdgeschoss und hab vor allem Angst, "
        "dass einmal jemand überfahren wird. Die Polizei war einmal da, seitdem nichts mehr. "
        "Bitte um Tempokontrollen oder Schwellen. Danke",
        "Sehr geehrte Damen und Herren, auf der {street} zwischen dem {place} und der Schule "
        "sind die Temposchwellen so hoch, dass selbst bei Schrittgeschwindigkeit das Auto "
        "aufsetzt. Ich habe mir letzte Woche dabei den Auspuff beschaedigt. Meine Nachbarn haben "
        "dasselbe erlebt, und Rettungswagen muessen dort fast anhalten. Ich bin nicht gegen "
        "Verkehrsberuhigung, aber die Schwellen sollten flacher sein. Vielen Dank fuer eine "
        "Pruefung",
        "Hallo, ich möchte einen Verkehrsspiegel an der Ausfahrt unserer Wohnanlage {street} "
        "{num} beantragen. Wenn wir rausfahren, sehen wir wegen der parkenden Autos überhaupt "
        "nicht, was von links kommt. Meine Frau ist dort schon zweimal beinahe mit einem "
        "Radfahrer zusammengestoßen. Die Hausverwaltung sagt, das sei Sache der Stadt. Was "
        "müssen wir dafür tun? Danke",
        "Hallo, ich wohne in der {street} und seit {days} Tagen ist die Strasse voll gesperrt, "
        "aber niemand hat uns Anwohner informiert. Ich komme mit dem Auto nicht mehr in meine "
        "Garage und muss jeden Tag drei Strassen weiter parken. Auf dem Schild steht kein "
        "Enddatum und keine Telefonnummer. Ich bin 76 und schleppe meine Einkaeufe jetzt weit. "
        "Bitte sagen Sie mir, wie lange die Sperrung noch dauert und ob es eine Zufahrt fuer "
        "Anwohner gibt. Gruss",
        "Guten Tag, ich bin Lehrerin an der Schule in der {street}. Morgens zwischen halb acht "
        "und acht ist vor dem Schultor das reinste Chaos: Elterntaxis halten auf dem "
        "Zebrastreifen, wenden mitten auf der Straße und parken auf dem Gehweg. Die Kinder "
        "laufen zwischen den Autos durch. Wir haben schon Elternbriefe geschrieben, es hilft "
        "nichts. Wäre es möglich, dort ein Halteverbot einzurichten und es auch zu "
        "kontrollieren? Freundliche Grüße",
        "[Hallo|Guten Tag], die Ampel an der {street} Höhe {num} blinkt seit heute früh nur noch "
        "gelb. Es ist eine große Kreuzung mit vier Spuren und niemand weiß, wer Vorfahrt hat. "
        "Ich habe gerade gesehen, wie zwei Autos fast zusammengestoßen sind. Ich habe bei der "
        "Polizei angerufen, die haben gesagt, ich soll es hier melden. Bitte schnell reparieren! "
        "Danke",
        "Sehr geehrte Damen und Herren, ich bin begeisterter Radfahrer und pendle täglich über "
        "die {street}. Der Radstreifen dort ist gerade mal einen halben Meter breit, und die "
        "Autos überholen mit wenigen Zentimetern Abstand. Seit die Straße zur Umleitungsstrecke "
        "wurde, ist es noch schlimmer. Ich wünsche mir eine bauliche Trennung oder wenigstens "
        "eine breitere Markierung. Vielen Dank, dass Sie das prüfen.",
        "Grüezi, seit Wochen steht auf dem Trottoir vor unserem Haus an der {street} {num} fast "
        "jeden Tag ein Auto, halb auf dem Gehweg, halb auf der Strasse. Mit dem Kinderwagen muss "
        "ich auf die Fahrbahn, und dort fahren auch Lastwagen. Ich habe den Besitzer schon "
        "angesprochen, er meint, es gebe halt keine Parkplätze. Könnte die Polizei da einmal "
        "vorbeischauen? Besten Dank",
        "Hallo, an der Ampel {street} / {place} funktioniert der Drücker für Radfahrer nicht "
        "mehr, die Ampel wird für uns nie grün. Man steht da ewig, und irgendwann fahren alle "
        "bei Rot, was ja auch nicht Sinn der Sache ist. Ich fahre dort jeden Morgen um {time} "
        "vorbei, mit meiner Tochter im Kindersitz. Das geht jetzt seit {days} Tagen so. Bitte "
        "reparieren. Danke",
        "Guten Tag, ich möchte auf eine gefährliche Stelle hinweisen. An der Einmündung der "
        "{street} in die Hauptstraße ist die Sicht durch einen großen Werbeaufsteller und "
        "parkende Transporter komplett versperrt. Als Fußgängerin sieht man die Autos erst, wenn "
        "sie schon da sind. Meine Nachbarin wurde dort letzten Monat leicht angefahren. Könnte "
        "man das Parken an der Ecke verbieten oder Poller aufstellen? Mit freundlichen Grüßen",
        "Servus, vor der Volksschule in der {street} fahren die Autos viel zu schnell, obwohl "
        "dort eine 30er Zone ist. Ich steh jeden Morgen mit meinem Sohn an der Ecke und seh, wie "
        "sie durchbrettern. Eine Geschwindigkeitsanzeige oder ein Radar wuerde sicher helfen. "
        "Ich hab das auch schon dem Bezirk geschrieben, aber keine Antwort bekommen. Bitte "
        "kuemmern Sie sich darum, bevor ein Kind verletzt wird. Danke",
        "Hallo liebe Stadt, in der {street} wurde vor ein paar Tagen ein Verkehrsschild "
        "verdreht, wahrscheinlich beim Rangieren eines Lastwagens. Jetzt zeigt das "
        "Einbahnstraßenschild in die falsche Richtung, und mehrere Autos sind schon verkehrt "
        "herum reingefahren. Heute hätte ich auf dem Weg zum Bäcker beinahe einen "
        "Frontalzusammenstoß gesehen. Bitte das Schild richten. Vielen Dank",
        "Sehr geehrte Damen und Herren, ich habe ein kleines Café an der {street}. Seit die neue "
        "Parkregelung gilt, gibt es vor dem Laden nur noch zwei Parkplätze mit 15 Minuten, und "
        "die sind ständig von Dauerparkern belegt. Meine Lieferanten müssen in der zweiten Reihe "
        "halten und bekommen Strafzettel. Ich bitte darum, dass die Kurzparkzone auch wirklich "
        "kontrolliert oder eine Ladezone eingerichtet wird. Herzliche Grüße",
        "Hallo, ich wohne seit kurzem in der {street} und frage mich, ob hier eine Tempo-30-Zone "
        "möglich wäre. Die Straße ist eng, es gibt keinen Radweg, und direkt an der Ecke ist ein "
        "Spielplatz. Abends fahren viele als Abkürzung durch, weil auf der Hauptstraße Stau ist. "
        "Ich habe mit den Nachbarn gesprochen, und viele würden einen Antrag unterstützen. Wie "
        "gehen wir dabei vor? Danke für Ihre Antwort",
        "Guten Tag, die Bettelampel vor der Apotheke in der {street} reagiert seit letzter Woche "
        "nicht mehr. Man drückt, das Signal 'Bitte warten' leuchtet nicht auf, und die Ampel "
        "bleibt für Fußgänger rot. Besonders für die älteren Kunden der Apotheke ist das "
        "gefährlich, weil sie dann irgendwann doch gehen. Ich arbeite dort und sehe das jeden "
        "Tag mehrmals. Wir bitten um schnelle Reparatur. Mit freundlichen Grüßen",
        "Hallo, ich melde jetzt zum dritten Mal den schwarzen Kleinwagen in der {street} vor "
        "Nummer {num}. Er hat seit Monaten keine gültige Plakette, die Reifen sind platt und "
        "Tauben sitzen drauf. Beim letzten Mal wurde ein roter Zettel drangeklebt, dann "
        "passierte nichts mehr. Inzwischen liegt Müll unter dem Auto. Ich bitte nun wirklich "
        "darum, dass das Fahrzeug entfernt wird. Danke",
        "Hallo, ich bin Pendler und fahre jeden Tag ueber die Bruecke am {place}. Seit die "
        "Baustellenampel dort steht, ist sie falsch geschaltet: beide Seiten haben gleichzeitig "
        "gruen. Heute morgen standen sich zwei Autos gegenueber und keiner kam weiter. Das ist "
        "brandgefaehrlich, vor allem im Dunkeln. Bitte jemanden hinschicken, der die Ampel "
        "richtig einstellt. Gruesse",
        "Liebe Mitarbeiterinnen und Mitarbeiter, ich bin Mutter von Zwillingen und schiebe jeden "
        "Tag einen breiten Kinderwagen durch die {street}. Auf dem Gehweg stehen ständig "
        "Mietroller quer, und dazu parken Autos mit zwei Rädern auf dem Bordstein. Ich muss "
        "regelmäßig auf die Straße ausweichen. Ich habe schon Fotos gemacht und kann sie Ihnen "
        "schicken. Bitte sorgen Sie dafür, dass die Falschparker kontrolliert werden. Vielen "
        "Dank",
        "Guten Tag, direkt hinter der Haltestelle {stop} ist ein Zebrastreifen, aber die Autos "
        "überholen den haltenden Bus und fahren voll über den Überweg. Die Fahrgäste, die "
        "aussteigen und vor dem Bus über die Straße wollen, werden übersehen. Ich habe gestern "
        "erlebt, wie ein Junge gerade noch zurückspringen konnte. Eine Ampel oder eine "
        "Mittelinsel wäre hier dringend nötig. Danke",
        "Sehr geehrte Damen und Herren, ich wohne an der {street} und beobachte jeden Tag, wie "
        "Lastwagen die Abkuerzung durch unser Wohngebiet nehmen, um die Ampel an der "
        "Hauptstrasse zu umgehen. Die Strasse ist fuer so schwere Fahrzeuge gar nicht gebaut, "
        "und die Spiegel streifen die parkenden Autos. Ein Durchfahrtsverbot fuer Lkw ueber 7,5 "
        "Tonnen waere dringend notwendig. Ich hoffe auf eine positive Antwort. Mit freundlichen "
        "Gruessen",
        "Hallo, ich bin Taxifahrer und fahre oft durch die {street}. Dort wurde offenbar die "
        "Vorfahrt geändert, aber das neue Schild ist hinter einem Baum versteckt. Ich habe "
        "selbst schon zweimal scharf bremsen müssen, weil ich nicht wusste, wer Vorfahrt hat. "
        "Viele Kollegen sagen dasselbe. Bitte versetzen Sie das Schild an eine sichtbare Stelle. "
        "Danke",
        "Grüß Gott, ich wollte fragen, warum die Kurzparkzone in der {street} neuerdings bis 22 "
        "Uhr gilt. Ich bin Anrainerin, habe aber noch kein Parkpickerl, weil mein Antrag seit "
        "{days} Tagen bearbeitet wird. Jetzt muss ich jeden Abend einen Parkschein lösen. Können "
        "Sie meinen Antrag beschleunigen oder mir eine Übergangslösung nennen? Danke schön und "
        "schönen Tag noch",
        "Guten Morgen, seit heute früh steht an der Ecke {street} / {place} ein Auto mitten auf "
        "dem Radweg, Warnblinker an, niemand drin. Ich bin um {time} vorbeigefahren und jetzt "
        "steht es immer noch da. Ein paar Radfahrer sind schon fast reingefahren, weil es hinter "
        "einer Kurve steht. Bitte schicken Sie jemanden vorbei, der das abschleppen lässt. "
        "Vielen Dank",
        "Hallo, mir ist aufgefallen, dass das Stoppschild an der Kreuzung {street} / {place} "
        "seit ein paar Tagen fehlt. Nur noch die Stange steht da, das Schild selbst liegt im "
        "Gebuesch daneben. Die Kreuzung ist ohnehin unuebersichtlich und abends fahren dort "
        "viele zu schnell. Mein Sohn faehrt dort jeden Tag mit dem Rad zur Schule. Bitte schnell "
        "wieder anbringen, danke",
        "Sehr geehrte Stadtverwaltung, ich wohne in einer Seitenstraße der {street} und seit dem "
        "Umbau der Hauptstraße fährt ein Großteil des Durchgangsverkehrs bei uns durch. Morgens "
        "und abends Stoßstange an Stoßstange, mit Hupen und Drängeln. Früher konnten die Kinder "
        "hier Fahrrad fahren, heute traue ich mich kaum über die Straße. Ich bitte um Maßnahmen "
        "gegen den Schleichverkehr, zum Beispiel eine Sackgasse oder Einbahnregelung. "
        "Freundliche Grüße",
        "Hallo, mein Vater ist 90 und hat einen Schwerbehindertenausweis mit aG. Er wohnt in der "
        "{street} {num} und braucht dringend einen persönlichen Behindertenparkplatz vor der "
        "Haustür. Wir haben den Antrag vor {days} Wochen eingereicht und noch nichts gehört. "
        "Jedes Mal, wenn ich ihn zum Arzt bringe, parke ich in zweiter Reihe und riskiere einen "
        "Strafzettel. Können Sie uns sagen, wie weit der Antrag ist? Vielen Dank",
        "Guten Tag, auf der {street} hinter dem {place} fehlt auf einem langen Stück die "
        "Mittellinie, sie ist einfach abgefahren. Nachts und im Nebel weiß man nicht, wo die "
        "eigene Spur aufhört, und in der Kurve kommen einem die Autos sehr nahe. Ich fahre dort "
        "täglich um {time} nach Hause. Bitte erneuern Sie die Fahrbahnmarkierung. Mit "
        "freundlichen Grüßen",
        "Grüezi, an der Kreuzung {street} / {place} ist das Lichtsignal für die Velofahrer seit "
        "Tagen dunkel. Die Autofahrer haben grün, wir sehen gar nichts und wissen nicht, ob wir "
        "fahren dürfen. Heute morgen bin ich beinahe mit einem Lieferwagen kollidiert. Ich fahre "
        "diese Strecke jeden Tag zur Arbeit. Könnten Sie das bitte rasch anschauen? Merci und "
        "freundliche Grüsse",
        "Hallo, es geht um das Hupen an der Kreuzung {street} / {place}. Weil dort die Ampel "
        "fuer Linksabbieger so kurz gruen ist, hupen die Autos hinter einem fast bei jeder "
        "Phase. Ich arbeite im Homeoffice direkt darueber und hoere den ganzen Tag Hupkonzerte. "
        "Ich glaube, eine laengere Gruenphase wuerde das Problem loesen. Danke, dass Sie sich "
        "das anschauen.",
        "Sehr geehrte Damen und Herren, seit Anfang des Monats steht in der {street} ein "
        "Anhänger ohne Zugfahrzeug auf einem Anwohnerparkplatz. Er hat ein Kennzeichen, ist aber "
        "offensichtlich seit Wochen nicht bewegt worden, die Plane ist zerrissen. Die Parkplätze "
        "sind hier ohnehin knapp und wir zahlen für unsere Ausweise. Ich bitte um Prüfung und "
        "gegebenenfalls Entfernung. Mit freundlichen Grüßen",
        "Hallo, ich wollte mal nachfragen, ob man an der {street} Höhe Spielplatz nicht ein paar "
        "Bodenschwellen einbauen könnte. Die Straße ist schnurgerade und lädt zum Rasen ein, und "
        "letzte Woche ist ein Ball auf die Fahrbahn gerollt, ein Kind hinterher. Zum Glück hat "
        "der Autofahrer noch gebremst. Viele Eltern hier haben Angst. Über eine Antwort würde "
        "ich mich freuen. Liebe Grüße",
        "Guten Tag, die Ampel vor dem Einkaufszentrum am {place} ist nachts ausgeschaltet, aber "
        "tagsueber auch oft einfach aus. Gestern Nachmittag war sie zwei Stunden lang dunkel, "
        "und die Autos fuhren ohne zu bremsen ueber den Fussgaengerueberweg. Ich stand mit "
        "meinem Enkel an der Hand dort und wir kamen nicht rueber. Bitte pruefen Sie die Anlage. "
        "Danke",
        "Hallo, bei uns vor dem Haus {street} {num} wurde vor einigen Monaten ein "
        "Carsharing-Stellplatz eingerichtet, aber ständig stehen dort private Autos. Die "
        "Carsharing-Kunden parken dann auf dem Gehweg. Ich nutze selbst Carsharing und finde das "
        "System gut, aber so funktioniert es nicht. Vielleicht könnte das Ordnungsamt dort ab "
        "und zu kontrollieren. Danke schön",
        "Sehr geehrte Damen und Herren, in der {street} Ecke {place} fehlt seit dem letzten "
        "Sturm das Straßennamensschild. Seitdem finden Paketdienste, Pflegedienste und sogar ein "
        "Rettungswagen unsere Straße nicht mehr richtig. Meine Mutter wird täglich gepflegt und "
        "der Pflegedienst hat sich schon zweimal verfahren. Bitte bringen Sie ein neues Schild "
        "an. Freundliche Grüße",
        "Hallo zusammen, ich fahre viel mit dem Rad und möchte anregen, an der {street} ein paar "
        "Fahrradbügel aufzustellen. Vor dem Ärztehaus und der Bäckerei stehen die Räder an "
        "Laternen, Zäunen und Bäumen angeschlossen und blockieren den Gehweg. Ich habe mit den "
        "Geschäftsleuten gesprochen, die wären auch dafür. Gibt es dafür ein Antragsformular? "
        "Vielen Dank",
        "Guten Tag, seit {days} Tagen ist die {street} einseitig gesperrt, und die "
        "Baustellenampel zeigt für unsere Richtung fast fünf Minuten Rot. Dadurch staut es sich "
        "bis auf die Hauptstraße zurück, und viele fahren bei Rot weiter. Ich habe selbst "
        "miterlebt, wie ein Auto fast mit dem Gegenverkehr kollidiert ist. Bitte passen Sie die "
        "Schaltung an. Danke",
        "Hallo, in unserer Gasse {street} parken ständig Autos auf dem Gehsteig, weil es zu "
        "wenig Stellplätze gibt. Ich bin Rollstuhlfahrerin und komme an manchen Tagen überhaupt "
        "nicht mehr von meiner Haustür weg. Ich habe schon Zettel hinter die Scheibenwischer "
        "gesteckt, leider ohne Erfolg. Ich bitte die Parkraumüberwachung, hier öfter "
        "vorbeizukommen. Vielen Dank",
        "Sehr geehrtes Team, ich schreibe wegen der Kreuzung am {place}, die seit dem Umbau viel "
        "gefaehrlicher ist. Die Radfahrer werden direkt neben den rechtsabbiegenden Lkw "
        "gefuehrt, und die Fahrer sehen sie nicht. Letzten Monat gab es dort einen schweren "
        "Unfall, seitdem steht ein weisses Geisterrad an der Ecke. Ich fahre dort jeden Tag mit "
        "meinem Sohn und bitte Sie dringend, die Ampelschaltung fuer Radfahrer zu aendern. Mit "
        "freundlichen Gruessen",
        "Hallo, heute um {time} stand ich mit meinem Auto an der Ampel {street} / {place}, und "
        "die Ampel ist über zehn Minuten nicht grün geworden. Irgendwann sind alle bei Rot "
        "gefahren. Es scheint, als ob die Kontaktschleife im Boden nicht mehr reagiert. Das war "
        "nicht das erste Mal, ich habe es schon letzte Woche beobachtet. Bitte lassen Sie die "
        "Anlage überprüfen. Gruß",
        "Sehr geehrte Damen und Herren, ich bin Inhaber einer kleinen Werkstatt in der {street}. "
        "Seit ein paar Wochen wird die Einfahrt zu meinem Hof immer wieder von Kunden des "
        "Fitnessstudios gegenueber zugeparkt. Meine Kunden koennen ihre Autos nicht abholen, und "
        "ich verliere Auftraege. Ich habe schon mit dem Studio gesprochen, die sagen, sie "
        "koennen nichts machen. Bitte kontrollieren Sie dort abends. Mit freundlichen Gruessen",
        "Hallo, ich möchte melden, dass an der {street} vor der Kita der Zebrastreifen fast "
        "jeden Morgen von einem parkenden Lieferwagen halb verdeckt wird. Die Kinder treten "
        "zwischen den Autos heraus und werden von den Autofahrern erst im letzten Moment "
        "gesehen. Ich bringe dort meine Tochter jeden Tag hin und habe schon mehrere brenzlige "
        "Situationen gesehen. Bitte das Halteverbot vor dem Zebrastreifen durchsetzen. Danke",
        "Guten Tag, ich bin 72 Jahre alt und fahre noch jeden Tag mit dem Fahrrad einkaufen. Der "
        "Radweg in der {street} ist mittlerweile so oft zugeparkt, dass ich immer auf die Straße "
        "ausweichen muss. Dort fahren die Autos sehr dicht vorbei, und ich habe Angst. Meine "
        "Enkelin sagt, ich soll es hier melden, also mache ich das. Vielen Dank, wenn Sie sich "
        "darum kümmern.",
        "Hallo liebe Stadt, wann wird die Sperrung der Brückenzufahrt am {place} endlich "
        "aufgehoben? Es hieß, sie dauert zwei Wochen, jetzt sind es fast zwei Monate. Die "
        "Umleitung führt über zehn Kilometer und ich komme jeden Tag zu spät zur Arbeit. Auf der "
        "Website findet man keine Information dazu. Ich würde mich über eine ehrliche Antwort "
        "freuen. Danke",
        "Sehr geehrte Damen und Herren, in unserer Spielstraße in der {street} fahren die Autos "
        "viel schneller als Schrittgeschwindigkeit. Die meisten kennen das Schild wohl gar "
        "nicht. Unsere Kinder spielen dort mit Kreide und Bobbycar, wie es eigentlich erlaubt "
        "ist, und werden ständig angehupt. Vielleicht würden ein zusätzliches Schild am Anfang "
        "der Straße und ein paar Blumenkübel als Hindernis helfen. Freundliche Grüße",
        "Grüezi, in der Begegnungszone bei der {street} wird regelmässig viel zu schnell "
        "gefahren, obwohl Tempo 20 gilt. Fussgänger haben dort eigentlich Vortritt, aber das "
        "interessiert kaum jemanden. Ich habe eine kleine Buchhandlung dort und sehe jeden Tag "
        "gefährliche Situationen, vor allem mit älteren Leuten. Wären Kontrollen möglich? Merci "
        "vielmal",
        "Hallo, ich bin vor kurzem in die {street} gezogen und bin ehrlich gesagt schockiert, "
        "wie viel Durchgangsverkehr hier ist. Seit dem Umbau der Umgehungsstraße fahren die "
        "Leute mit Navi alle hier durch. Das Schild 'Anlieger frei' wird komplett ignoriert. Ich "
        "bitte darum, dass das kontrolliert wird, oder dass man über Poller nachdenkt. Danke für "
        "Ihre Zeit",
        "Guten Tag, ich wohne direkt an der {street} und jeden Abend werden dort Lieferwagen und "
        "Kleinbusse ueber Nacht auf dem Buergersteig abgestellt. Morgens kann ich mit dem "
        "Kinderwagen nicht auf dem Gehweg zur Kita. Ich habe schon mehrmals beim Ordnungsamt "
        "angerufen und war auch persoenlich dort. Man hat mir versprochen, es zu kontrollieren, "
        "aber ich habe nie jemanden gesehen. Bitte kuemmern Sie sich darum. Vielen Dank",
        "Hallo, auf der {street} vor der Tankstelle ist die Linksabbiegespur seit einiger Zeit "
        "nicht mehr markiert. Die Autos stehen jetzt zu zweit nebeneinander, und keiner weiss, "
        "wer geradeaus und wer links will. Ich fahre da jeden Tag vorbei und es gibt staendig "
        "Beinahe-Unfaelle. Koennen Sie die Pfeile und Linien bitte neu malen lassen? Danke "
        "vielmals",
        "Sehr geehrte Damen und Herren, seit die Parkgebühren in der Innenstadt gestiegen sind, "
        "parken viele Pendler in unserem Wohngebiet rund um den {place}. Wir Anwohner finden "
        "abends keinen Parkplatz mehr, und ich muss meine Einkäufe manchmal 500 Meter tragen. "
        "Ich bin 68 und habe ein kaputtes Knie. Ich bitte darum, in unserem Viertel "
        "Anwohnerparken einzuführen. Mit freundlichen Grüßen",
        "Hallo, an der Ampel beim {place} ist der Taster für Fußgänger abgebrochen, es ragen nur "
        "noch Kabel heraus. Man kann also gar nicht mehr drücken und die Ampel wird nie grün. "
        "Ich gehe dort jeden Tag mit unserem Hund und sehe, wie die Leute einfach bei Rot "
        "laufen. Das ist seit {days} Tagen so. Bitte reparieren, bevor sich jemand verletzt. "
        "Danke",
        "Guten Tag, ich möchte mich über eine dauerhafte Sperrung beschweren: Die Zufahrt von "
        "der {street} zum {place} ist seit Wochen mit rot-weißen Baken gesperrt, aber es wird "
        "dort überhaupt nicht gearbeitet. Niemand weiß, warum. Für uns Anwohner bedeutet es "
        "täglich einen großen Umweg, und der Verkehr staut sich in den Nebenstraßen. Können Sie "
        "mir sagen, wann die Sperrung endet? Mit freundlichen Grüßen",
        "Servus, bei uns in der {street} liegen seit Wochen drei Leih-E-Scooter am Gehsteig, "
        "völlig verdreckt, einer quer vor dem Hauseingang. Ich glaub nicht, dass die noch jemand "
        "abholt. Der Anbieter reagiert nicht auf Meldungen in seiner App. Mit dem Rollator muss "
        "meine Mutter jedes Mal drumherum. Bitte entfernen lassen, danke.",
        "Sehr geehrte Damen und Herren, ich bin Fahrlehrer und fahre täglich mit Schülern durch "
        "die Stadt. An der Kreuzung {street} / {place} passen die Abbiegepfeile auf der Fahrbahn "
        "und die Schilder über der Straße nicht mehr zusammen. Meine Fahrschüler sind jedes Mal "
        "verwirrt, und auch erfahrene Fahrer ordnen sich falsch ein. Bitte prüfen Sie die "
        "Beschilderung und Markierung an dieser Stelle. Vielen Dank",
        "Hallo, ich schreibe im Namen der Hausgemeinschaft {street} {num}. Seit etwa zwei "
        "Monaten steht ein kleiner Transporter ohne Kennzeichen in unserer Straße, vermutlich "
        "abgestellt von einer Firma, die es nicht mehr gibt. Durch die Scheiben sieht man alte "
        "Kartons. Wir haben das Ordnungsamt schon angerufen, dort wurde uns gesagt, wir sollen "
        "es online melden. Bitte kümmern Sie sich um die Entfernung. Mit freundlichen Grüßen",
        "Guten Tag, jeden Morgen zwischen sieben und acht ist die {street} ein einziger Stau, "
        "weil die Ampel am Ende für die Hauptrichtung viel zu kurz grün ist. Der Stau reicht bis "
        "vor unsere Haustür, und die Autos stehen auf dem Zebrastreifen. Meine Kinder müssen "
        "sich zwischen den wartenden Autos durchschlängeln, um zur Schule zu kommen. Ich bitte "
        "Sie, die Ampelschaltung zu optimieren. Danke",
        "Hallo, ich bin Radfahrerin und moechte melden, dass der Radweg entlang der {street} "
        "seit der letzten Baustelle nicht mehr durchgaengig ist. Auf einmal endet er vor einem "
        "Bauzaun ohne jeden Hinweis, und man muss ueber den Gehweg schieben. Das ist seit {days} "
        "Tagen so, obwohl die Arbeiten laengst fertig sind. Bitte stellen Sie die Radwegfuehrung "
        "wieder her oder beschildern Sie eine Umleitung. Danke",
        "Sehr geehrte Damen und Herren, wir wohnen an der {street}, einer langen, geraden "
        "Straße, die nachts offenbar als Rennstrecke genutzt wird. Motorräder und Sportwagen "
        "fahren mit weit über 100 an unseren Häusern vorbei. Vor zwei Wochen hat einer die "
        "Kontrolle verloren und einen Gartenzaun umgefahren. Wir wünschen uns einen festen "
        "Blitzer oder regelmäßige Kontrollen. Ich hoffe, Sie nehmen unsere Sorgen ernst. Mit "
        "freundlichen Grüßen",
        "Hallo, ich möchte anregen, an der Einmündung {street} / {place} einen Zebrastreifen "
        "oder wenigstens eine Querungshilfe zu bauen. Dort gehen viele Senioren aus dem "
        "Altenheim zum Einkaufen, und sie müssen über vier Spuren. Ich arbeite im Altenheim und "
        "begleite oft Bewohner. Letzte Woche mussten wir fast zwei Minuten warten, bis eine "
        "Lücke kam. Danke, dass Sie das prüfen",
        "Guten Tag, auf dem Parkplatz am {place} ist der Parkautomat seit {days} Tagen außer "
        "Betrieb, und trotzdem wurden gestern Strafzettel verteilt. Ich habe ein Foto vom "
        "defekten Automaten gemacht und trotzdem ein Knöllchen bekommen. Ich finde das "
        "ungerecht. Wo kann ich Einspruch einlegen, und wann wird der Automat repariert? Vielen "
        "Dank",
        "Guten Tag, seit die Signalisation an der {street} geändert wurde, weiss niemand mehr, "
        "ob man dort rechts abbiegen darf. Auf einer Tafel steht 'Rechtsabbiegen verboten', auf "
        "der anderen ist ein Pfeil nach rechts. Ich bin Velokurier und fahre dort mehrmals am "
        "Tag durch, die Autofahrer sind genauso verwirrt wie ich. Könnten Sie die Signalisation "
        "bitte überprüfen? Freundliche Grüsse",
        "Hallo, ich habe eine Frage und gleichzeitig eine Beschwerde. In der {street} gilt "
        "Halteverbot auf der linken Seite, aber kaum jemand hält sich daran, und die Leute "
        "parken dort ständig. Gestern kam die Müllabfuhr nicht durch, und heute hätte der "
        "Rettungswagen zu Nummer {num} fast nicht durchgepasst. Bitte sorgen Sie dafür, dass das "
        "Halteverbot durchgesetzt wird. Danke",
        "Sehr geehrte Damen und Herren, ich bin Schulwegbeauftragte unserer Elternschaft an der "
        "Schule am {place}. Auf dem Schulweg über die {street} gibt es eine Fußgängerampel, die "
        "erst nach über zwei Minuten Wartezeit grün wird. Die Kinder verlieren die Geduld und "
        "laufen bei Rot. Könnte man die Wartezeit zur Schulzeit verkürzen? Mit freundlichen "
        "Grüßen und Dank im Voraus",
        "hallo, seid ca {days} tagen steht an der {street} hoehe nummer {num} ein auto mit "
        "eingeschlagener scheibe und ohne nummernschild. ich glaube das ist geklaut und dann "
        "abgestellt worden. die kinder aus der nachbarschaft spielen schon drin rum, da liegen "
        "glasscherben. bitte schaut mal jemand vorbei und lasst das abschleppen. danke",
        "Guten Tag, ich wohne in der {street} und möchte darauf hinweisen, dass der "
        "Lieferverkehr für den neuen Supermarkt jeden Morgen rückwärts in unsere enge Straße "
        "fährt. Die Lastwagen blockieren dann die ganze Fahrbahn, und Autos und Räder kommen "
        "nicht mehr vorbei. Ich bin mit meinem Fahrrad schon zweimal zwischen Lastwagen und "
        "Hauswand stecken geblieben. Können Sie die Anlieferung anders regeln? Vielen Dank",
        "Sehr geehrte Damen und Herren, ich bin Hebamme und fahre mit dem Auto zu meinen "
        "Hausbesuchen. In der {street} ist seit Wochen beidseitig alles zugeparkt, auch im "
        "absoluten Halteverbot an der Kurve, und ich komme mit meinem kleinen Wagen kaum durch. "
        "Letzte Woche musste ich eine Frau mit Wehen warten lassen, weil ich rueckwaerts wieder "
        "raus musste. Bitte kontrollieren Sie die Parksituation. Danke",
        "Hallo, vor unserer Einfahrt in der {street} {num} fehlt die gelbe Markierung, die "
        "früher das Parken verhindert hat. Seit die Straße neu asphaltiert wurde, stellt sich "
        "jeder davor. Ich habe zweimal den Abschleppdienst gerufen und musste das selbst "
        "bezahlen. Können Sie die Markierung bitte erneuern? Danke und liebe Grüße",
        "Grüß Gott, ich bin 79 und wohne im Seniorenheim an der {street}. Die Fußgängerampel vor "
        "dem Heim ist so schnell wieder rot, dass wir mit dem Rollator nie rechtzeitig drüben "
        "sind. Die Autofahrer hupen uns dann an. Eine Pflegerin hat mir geholfen, das zu "
        "schreiben. Könnten Sie bitte die Grünphase länger machen? Vergelt's Gott",
        "Hallo, ich wollte fragen, ob es in der {street} wirklich erlaubt ist, dass dort seit "
        "Monaten ein Wohnmobil auf der Straße steht, in dem niemand wohnt. Es wird nie bewegt "
        "und nimmt drei Parkplätze weg. Unsere Nachbarn mit kleinen Kindern finden jetzt oft "
        "keinen Platz in der Nähe. Ich habe die Polizei gefragt, die haben mich an Sie "
        "verwiesen. Danke für eine Antwort",
        "Guten Tag, ich bin Busfahrer und fahre täglich durch die {street}. Dort parken jeden "
        "Tag Autos so weit in die Kurve, dass ich mit dem Bus nicht mehr rumkomme und rangieren "
        "muss. Meine Fahrgäste verpassen deswegen ihre Anschlüsse. Bitte sorgen Sie für ein "
        "Halteverbot und kontrollieren Sie es. Vielen Dank",
        "Hallo, die Radfahrerampel an der {street} zeigt gleichzeitig Grün mit den abbiegenden "
        "Autos. Ich bin heute früh fast unter einen abbiegenden Transporter geraten, der mich "
        "nicht gesehen hat. Ich fahre mit meiner Tochter jeden Morgen um {time} dort lang zur "
        "Schule. Bitte ändern Sie die Schaltung, bevor etwas passiert. Danke",
    ],
    "public_works": [
        "Guten Tag, ich wohne seit über zwanzig Jahren in der {street}, aber so ein Loch in der "
        "Straße hatten wir noch nie. Vor Hausnummer {num} hat sich nach dem Frost ein Schlagloch "
        "gebildet, das jeden Tag größer wird. Meine Kinder fahren hier mit dem Rad zur Schule, "
        "und gestern ist ein Junge darin hängengeblieben und gestürzt. Ich habe es schon vor "
        "{days} Tagen telefonisch gemeldet, aber passiert ist nichts. Bitte schicken Sie "
        "jemanden vorbei, der das ausbessert. Vielen Dank!",
        "Sehr geehrte Damen und Herren, ich bin 81 Jahre alt und gehe jeden Tag mit meinem "
        "Rollator zum Bäcker. Auf dem Gehweg vor {street} {num} stehen mehrere Platten hoch, "
        "weil die Wurzeln des Baumes sie anheben. Letzte Woche bin ich dort gestolpert und habe "
        "mir das Handgelenk verstaucht. Meine Nachbarin hat es auch schon gemeldet. Ich bitte "
        "Sie herzlich, die Stolperstelle zu beseitigen. Mit freundlichen Grüßen",
        "Hallo, die Straßenlaterne vor unserem Haus in der {street} ist seit {days} Tagen aus. "
        "Abends ist der ganze Abschnitt bis zur Bushaltestelle stockdunkel, und meine Tochter "
        "kommt um {time} von der Arbeit heim. Sie hat Angst, im Dunkeln dort entlangzugehen. Ich "
        "habe schon einmal angerufen, aber es hat sich nichts getan. Bitte tauschen Sie die "
        "Lampe aus. Danke!",
        "Guten Tag, unsere Mülltonne wurde heute schon wieder nicht geleert. Das ist jetzt das "
        "dritte Mal in zwei Monaten in der {street}. Die Tonne stand pünktlich ab sechs Uhr am "
        "Straßenrand, die Nachbartonnen wurden geleert, nur unsere nicht. Bei dieser Hitze "
        "stinkt es schon sehr, und wir sind eine Familie mit Baby, also Windeln. Bitte kommen "
        "Sie noch diese Woche vorbei. Mit freundlichen Grüßen",
        "Hallo, neben dem Glascontainer am {place} liegt seit Tagen ein riesiger Haufen Muell: "
        "Matratzen, ein kaputter Kuehlschrank, Saecke mit Kleidung. Irgendjemand hat das nachts "
        "dort abgeladen. Kinder spielen direkt daneben, und es liegen auch Scherben herum. Ich "
        "habe ein Foto gemacht und kann es mitschicken. Bitte lassen Sie das abholen. Danke und "
        "Gruesse",
        "Grüß Gott, der Spielplatz im {place} ist in einem traurigen Zustand. Die Schaukel hat "
        "eine gerissene Kette, an der Rutsche fehlt eine Seitenwand, und im Sandkasten liegen "
        "Glasscherben. Ich bin mit meinen zwei Enkelkindern fast jeden Nachmittag dort und muss "
        "sie ständig zurückhalten. Andere Eltern haben sich auch schon beschwert. Bitte lassen "
        "Sie die Geräte reparieren und den Sand reinigen. Vielen Dank",
        "Sehr geehrte Damen und Herren, bei dem Sturm gestern Nacht ist im {place} ein großer "
        "Ast von einer Kastanie abgebrochen. Er hängt jetzt nur noch lose in der Krone, direkt "
        "über dem Weg, auf dem morgens viele Leute mit ihren Hunden gehen. Ich habe ein "
        "Absperrband aus meinem Keller drumgebunden, aber das reicht natürlich nicht. Bitte "
        "schicken Sie schnell jemanden zum Sichern. Freundliche Grüße",
        "Hallo, ich habe einen kleinen Blumenladen in der {street}. Seit {days} Tagen ist der "
        "Gully direkt vor meinem Geschäft verstopft, und bei jedem Regen steht das Wasser bis an "
        "meine Tür. Gestern lief es schon in den Laden und hat Kartons mit Ware durchnässt. Ich "
        "habe den Gully selbst mit einer Schaufel von Laub befreit, aber er ist tief innen "
        "verstopft. Bitte lassen Sie ihn reinigen. Vielen Dank",
        "Servus, am Gehsteig in der {street} wurde bei der letzten Schneeräumung gar nicht "
        "gestreut, und jetzt ist alles spiegelglatt. Ich bin 79 und trau mich nicht mehr aus dem "
        "Haus, nicht mal zum Postkasten. Letzten Winter bin ich dort gestürzt und hab mir die "
        "Hüfte geprellt. Ich hab beim Magistrat angerufen, da war niemand erreichbar. Bitte "
        "schickt wen zum Streuen. Danke",
        "Guten Tag, an der Bushaltestelle {stop} quillt der Mülleimer seit Tagen über. Leute "
        "stellen ihre Kaffeebecher und Tüten daneben, und der Wind verteilt alles auf der "
        "Straße. Ich warte dort jeden Morgen mit meinem Sohn auf den Bus zur Schule, und es "
        "stinkt richtig. Bitte leeren Sie den Eimer öfter oder stellen Sie einen größeren auf. "
        "Danke",
        "Hallo liebe Stadt, in der Unterführung am {place} wurden über das Wochenende die Wände "
        "komplett mit Graffiti besprüht, auch mit beleidigenden Wörtern. Meine Kinder laufen "
        "dort jeden Tag zur Schule und fragen mich, was das bedeutet. Ich finde das wirklich "
        "unschön. Könnte das bitte entfernt oder übermalt werden? Vielen Dank im Voraus",
        "Sehr geehrte Damen und Herren, seit heute Morgen sprudelt in der {street} vor Nummer "
        "{num} Wasser aus dem Asphalt. Es läuft die ganze Straße hinunter, und in den Kellern "
        "der Nachbarn wird es schon feucht. Vermutlich ein Rohrbruch unter der Straße. Ich habe "
        "beim Wasserversorger angerufen, aber dort lief nur eine Bandansage. Bitte schicken Sie "
        "dringend jemanden. Mit freundlichen Grüßen",
        "Grüezi, beim Spielplatz an der {street} ist der Abfallkübel seit Tagen randvoll, und "
        "die Krähen zerren alles heraus. Rund um die Bänkli liegen Pizzaschachteln und Glas. Wir "
        "sind mit den Kindern fast jeden Tag dort und müssen aufpassen, dass sie nicht in "
        "Scherben greifen. Könnten Sie den Kübel bitte öfter leeren? Merci vielmal",
        "Guten Tag, ich moechte melden, dass die Strassenbeleuchtung im ganzen Abschnitt "
        "zwischen {street} und {place} seit letzter Woche ausgefallen ist. Abends gehe ich dort "
        "mit dem Hund, und man sieht die eigene Hand nicht. Auch die Autofahrer sehen "
        "Fussgaenger erst sehr spaet. Ich habe das bereits am Montag gemeldet, aber es ist immer "
        "noch dunkel. Bitte dringend reparieren. Danke",
        "Hallo, vor {days} Tagen wurden bei uns in der {street} Leitungen verlegt, und danach "
        "wurde der Gehweg nur mit Schotter zugeschüttet. Jetzt ist dort eine tiefe Rinne, in der "
        "bei Regen Wasser steht. Mit dem Kinderwagen komme ich kaum vorbei, und ältere Nachbarn "
        "sind schon gestolpert. Wann wird der Gehweg wieder ordentlich gepflastert? Freundliche "
        "Grüße",
        "Sehr geehrte Damen und Herren, im {place} wurde seit Wochen der Rasen nicht gemaeht. "
        "Das Gras steht kniehoch, und die Liegewiese ist praktisch nicht mehr nutzbar. Wir haben "
        "dort am Wochenende Kindergeburtstag gefeiert, und die Kinder kamen voller Zecken nach "
        "Hause. Koennten Sie bitte bald maehen lassen? Vielen Dank",
        "Hallo, ich wohne direkt am Bach hinter der {street}. Seit ein paar Tagen ist das Gitter "
        "am Durchlass unter der Straße völlig mit Ästen und Plastikmüll verstopft. Bei dem "
        "angekündigten Starkregen habe ich Angst, dass das Wasser wieder in unsere Gärten und "
        "Keller läuft wie vor zwei Jahren. Ich habe schon selbst versucht, etwas herauszuziehen, "
        "komme aber nicht ran. Bitte schicken Sie jemanden. Danke",
        "Sehr geehrte Stadtverwaltung, ich möchte eine neue Biotonne bestellen, weil unsere alte "
        "beim Leeren vom Müllwagen beschädigt wurde. Der Deckel ist abgebrochen und hinten ist "
        "ein Riss, jetzt kommen nachts Füchse und Krähen dran. Ich habe vor {days} Tagen schon "
        "eine E-Mail geschickt, aber keine Antwort bekommen. Die Adresse ist {street} {num}. "
        "Vielen Dank für Ihre Hilfe",
        "Hallo, die Parkbank am Weiher im {place} ist völlig kaputt, zwei Latten fehlen und aus "
        "den übrigen stehen Nägel heraus. Es ist die einzige Bank auf dem ganzen Rundweg, und "
        "für viele ältere Spaziergänger ist sie wichtig. Meine Mutter hat sich letzte Woche "
        "daran die Hose zerrissen. Bitte reparieren oder ersetzen. Freundliche Grüße",
        "Guten Tag, direkt vor unserem Haus {street} {num} hat sich auf der Fahrbahn ein "
        "Kanaldeckel gelockert. Jedes Mal, wenn ein Auto darüberfährt, scheppert es, und der "
        "Deckel hebt sich an einer Seite. Ich befürchte, dass er bald ganz verrutscht und jemand "
        "hineintritt. Meine Kinder spielen hier oft auf dem Gehweg. Bitte schauen Sie sich das "
        "an. Danke",
        "Grüß Gott, die öffentliche Toilette beim {place} ist seit Wochen zugesperrt, ohne jeden "
        "Hinweis. Ich bin Diabetikerin und gehe gern spazieren, aber ohne WC ist das schwierig. "
        "Gestern hab ich gesehen, dass Leute hinter die Büsche gehen, was natürlich auch niemand "
        "will. Wann wird die Toilette wieder geöffnet? Danke schön",
        "Hallo, ich jogge jeden Morgen im {place} und habe heute neben dem Spielplatz mehrere "
        "gebrauchte Spritzen im Gebüsch gefunden. Ich habe sie nicht angefasst, aber Kinder "
        "spielen dort wenige Meter daneben. Es ist nicht das erste Mal, vor einem Monat lagen an "
        "derselben Stelle auch welche. Bitte schicken Sie sofort jemanden, der die Nadeln sicher "
        "einsammelt. Vielen Dank",
        "Sehr geehrte Damen und Herren, die Treppe vom {place} hinunter zur {street} ist in "
        "einem gefaehrlichen Zustand. Mehrere Stufen sind abgebrochen, und das Gelaender wackelt "
        "stark. Ich gehe dort jeden Tag zur Arbeit und sehe, wie Eltern ihre Kinderwagen muehsam "
        "runtertragen. Im Winter ist es dort besonders gefaehrlich. Bitte lassen Sie die Treppe "
        "reparieren. Mit freundlichen Gruessen",
        "Hallo, bei uns in der {street} wurde die gelbe Tonne jetzt schon zweimal hintereinander "
        "nicht abgeholt. Die Saecke stapeln sich im Hof, und der Wind verteilt das Plastik in "
        "der ganzen Strasse. Ich habe beim Entsorger angerufen, und man hat mir einen Termin "
        "versprochen, der dann nicht eingehalten wurde. Bitte veranlassen Sie die Abholung. "
        "Danke",
        "Guten Tag, wir sind eine Hausgemeinschaft in der {street}. Der Straßenbaum vor unserem "
        "Haus ist riesig geworden, und die Äste hängen bis an die Fenster im zweiten Stock. Im "
        "Herbst sind die Regenrinnen ständig voller Laub, und im Sommer ist es in den Wohnungen "
        "dunkel. Wir haben vor einem Jahr schon einmal um einen Rückschnitt gebeten. Bitte "
        "schicken Sie doch jemanden zum Schneiden vorbei. Vielen Dank",
        "Hallo, auf der {street} ist nach der Baustelle ein großes Stück Asphalt abgesackt, "
        "direkt in der Spur der Radfahrer. Es ist so tief, dass man mit dem Fahrrad richtig "
        "reinknallt, und abends sieht man es nicht. Ich fahre dort jeden Tag zur Arbeit und bin "
        "vorgestern fast gestürzt. Die Baustelle ist seit Wochen weg, aber niemand hat "
        "nachgebessert. Bitte ausbessern. Gruß",
        "Sehr geehrte Damen und Herren, am Brunnen auf dem {place} läuft das Wasser seit Tagen "
        "nicht mehr, und das Becken ist voll mit Laub, Zigaretten und Dosen. Früher haben dort "
        "im Sommer die Kinder gespielt, jetzt riecht es nur noch unangenehm. Ich betreibe das "
        "Eiscafé gegenüber, und meine Gäste fragen mich ständig, was los ist. Können Sie den "
        "Brunnen bitte reinigen und wieder in Betrieb nehmen? Freundliche Grüße",
        "Grüezi, auf dem Trottoir der {street} liegt seit dem Wochenende ein ganzer Berg "
        "Sperrgut: ein Sofa, Stühle und ein alter Fernseher. Es ist nicht angemeldet und gehört "
        "niemandem im Haus. Die Fussgänger müssen auf die Strasse ausweichen. Wir haben die "
        "Hausverwaltung informiert, die verweist an die Stadt. Könnten Sie das bitte abholen "
        "lassen? Besten Dank",
        "Hallo, ich möchte mich für eine Straßenreinigung in der {street} einsetzen. Seit dem "
        "Herbst liegt das Laub kniehoch am Straßenrand, es wurde nie gefegt. Jetzt ist es nass "
        "und rutschig, und die Gullys sind alle zu. Meine Schwiegermutter ist gestern auf dem "
        "glitschigen Laub ausgerutscht. Bitte schicken Sie die Kehrmaschine. Danke",
        "Guten Tag, der Zaun um den Bolzplatz im {place} ist an mehreren Stellen kaputt, die "
        "Bälle fliegen jetzt direkt auf die Straße. Gestern ist ein Kind einem Ball "
        "hinterhergerannt und wäre beinahe vor ein Auto gelaufen. Ich bin Trainer einer "
        "Jugendmannschaft, und wir nutzen den Platz zweimal die Woche. Bitte lassen Sie den Zaun "
        "reparieren. Mit freundlichen Grüßen",
        "Hallo, seit {days} Tagen riecht es in der {street} extrem nach Abwasser, besonders "
        "abends. Der Geruch kommt aus dem Kanal unter der Strasse, man riecht es bis in die "
        "Wohnung. Meine Nachbarn sagen, dass bei ihnen im Keller schon Wasser aus dem "
        "Bodenablauf hochkommt. Ich vermute, dass der Kanal verstopft ist. Bitte pruefen Sie das "
        "dringend. Mit freundlichen Gruessen",
        "Sehr geehrte Damen und Herren, vor unserem Haus in der {street} ist ein Hydrant "
        "angefahren worden, und seitdem tropft es dort staendig. Um den Hydranten steht eine "
        "grosse Pfuetze, die nachts gefriert. Ich habe bei der Feuerwehr angerufen, die sagten, "
        "ich solle es der Stadt melden. Bitte lassen Sie den Hydranten reparieren, bevor es noch "
        "glatter wird. Danke",
        "Hallo, ich bin Mutter von drei Kindern, und wir wohnen in der Nähe vom Spielplatz am "
        "{place}. Das Klettergerüst ist seit Monaten mit rot-weißem Band abgesperrt, aber es "
        "passiert nichts. Die Kinder klettern trotzdem drauf, weil sie es nicht verstehen. Wann "
        "wird es repariert oder abgebaut? Ich wäre über eine Antwort froh. Liebe Grüße",
        "Guten Tag, in der {street} wird seit {days} Tagen gebaut, aber die Baustelle ist sehr "
        "schlecht gesichert. Die Baugrube neben dem Gehweg hat nur an einer Seite ein Gitter, "
        "und abends ist es dort dunkel. Mein Vater ist gestern fast hineingefallen, weil er den "
        "Rand nicht gesehen hat. Bitte sorgen Sie dafür, dass die Baufirma die Stelle richtig "
        "absperrt und beleuchtet. Mit freundlichen Grüßen",
        "Hallo, ich wollte nachfragen, wann in unserer Straße der Winterdienst kommt. Die "
        "{street} ist seit drei Tagen nicht geräumt, obwohl sie sehr steil ist. Heute Morgen "
        "sind zwei Autos die Straße heruntergerutscht, und der Müllwagen kam auch nicht hoch. "
        "Ich arbeite im Pflegedienst und muss zu meinen Patienten. Bitte räumen und streuen Sie "
        "die Straße. Danke",
        "Servus, im {place} liegt neben dem Teich seit Wochen ein umgestürzter Baum quer über "
        "dem Spazierweg. Man muss durchs nasse Gras drumherum, mit Kinderwagen geht's gar nicht. "
        "Ich geh da jeden Tag mit meiner Frau spazieren, wir sind beide über 70. Könnt ihr den "
        "Baum bitte wegräumen? Danke und liebe Grüße",
        "Sehr geehrte Damen und Herren, seit der Sanierung der {street} haben wir bei jedem "
        "Regen einen kleinen See vor dem Haus {num}. Offenbar wurde die Straße ohne "
        "ausreichendes Gefälle asphaltiert, und das Wasser läuft nicht zum Abfluss. Fußgänger "
        "werden von vorbeifahrenden Autos komplett nass gespritzt. Ich habe das schon zweimal "
        "gemeldet. Bitte prüfen Sie die Entwässerung. Freundliche Grüße",
        "Hallo, ich bin neu in der Stadt und habe keine Papiertonne bekommen. Wir wohnen seit "
        "einem Monat in der {street} {num} und stapeln die Kartons jetzt auf dem Balkon. Beim "
        "Umzug hatten wir sehr viele davon. Wie und wo kann ich eine blaue Tonne bestellen? "
        "Vielen Dank im Voraus",
        "Guten Tag, die Bruecke ueber den Bach beim {place} hat ein loses Gelaender, man kann es "
        "mit einer Hand hin und her bewegen. Viele Kinder lehnen sich dort drueber, um die Enten "
        "zu fuettern. Ich finde das sehr gefaehrlich, vor allem weil das Wasser darunter "
        "ziemlich tief ist. Bitte lassen Sie das Gelaender befestigen. Danke und Gruss",
        "Hallo zusammen, wir sind ein Nachbarschaftsverein im Viertel um den {place}. Jeden "
        "Montag nach dem Wochenende ist die Wiese im Park voller Flaschen, Grillreste und "
        "Verpackungen. Die wenigen Mülleimer sind viel zu klein und schon Samstagabend voll. Wir "
        "sammeln inzwischen selbst einmal im Monat, aber das reicht nicht. Könnten Sie mehr oder "
        "größere Abfallbehälter aufstellen? Herzliche Grüße",
        "Sehr geehrte Damen und Herren, am Ende der {street} ist die staedtische Stuetzmauer zum "
        "Hang hin eingebrochen. Steine und Erde liegen auf dem Gehweg, und es broeckelt jeden "
        "Tag weiter. Ich habe Angst, dass bei Regen noch mehr herunterkommt, da geht jeden "
        "Morgen eine ganze Schulklasse entlang. Bitte sichern Sie die Stelle. Mit freundlichen "
        "Gruessen",
        "Hallo, die Laterne am Fußweg zwischen {street} und dem {place} flackert seit Wochen an "
        "und aus. Es ist fast schlimmer als ganz dunkel, weil es die Augen blendet. Ich gehe "
        "dort abends nach der Spätschicht nach Hause und fühle mich nicht wohl. Ich habe es "
        "bereits im Frühjahr gemeldet. Bitte Leuchtmittel tauschen. Danke",
        "Grüezi, bei der Sammelstelle an der {street} sind die Glascontainer seit über einer "
        "Woche randvoll. Die Leute stellen ihre Flaschen einfach daneben, und es liegen schon "
        "Scherben auf dem Trottoir. Meine Tochter hat sich gestern beinahe geschnitten. Könnten "
        "Sie die Container bitte leeren lassen? Freundliche Grüsse",
        "Guten Tag, ich bin 85 Jahre alt und wohne allein in der {street}. Der Bordstein an der "
        "Kreuzung zum {place} ist so hoch, dass ich mit meinem Rollator kaum hinaufkomme. Früher "
        "gab es eine Absenkung, aber seit der Baustelle ist die weg. Ich muss jetzt jedes Mal "
        "jemanden um Hilfe bitten. Könnten Sie den Bordstein wieder absenken? Herzlichen Dank",
        "Hallo, wir haben gestern im Wäldchen am {place} einen Haufen Bauschutt gefunden, den "
        "jemand einfach abgekippt hat: Fliesen, Gipsplatten, Farbeimer. Es sieht aus, als wären "
        "es Reste von einer Renovierung. Wir gehen da jeden Tag mit dem Hund Gassi. Das ist auch "
        "für die Umwelt nicht gut. Bitte entfernen lassen. Vielen Dank",
        "Hallo, der Muelleimer an der Bushaltestelle {stop} ist abgebrochen und liegt seit Tagen "
        "auf dem Boden. Der ganze Inhalt ist ueber den Gehweg verteilt, und die Kraehen machen "
        "es noch schlimmer. Ich warte dort jeden Morgen auf meinen Bus, und es sieht furchtbar "
        "aus. Bitte einen neuen Eimer anbringen. Danke",
        "Sehr geehrte Damen und Herren, ich betreibe eine Bäckerei in der {street}. Seit {days} "
        "Tagen wird vor dem Laden der Gehweg von der Baustelle des Nachbarhauses blockiert, mit "
        "Gerüst, Paletten und Sand. Meine Kunden müssen über die Straße laufen, und ich habe "
        "deutlich weniger Umsatz. Gibt es dafür überhaupt eine Genehmigung? Bitte prüfen Sie "
        "das. Mit freundlichen Grüßen",
        "Hallo, auf dem Radweg entlang der {street} sind seit Wochen tiefe Risse und "
        "Aufwerfungen durch Baumwurzeln. Mit dem Rennrad ist das richtig gefährlich, man wird "
        "durchgeschüttelt. Ich fahre die Strecke jeden Tag und habe schon zwei Platten gehabt. "
        "Bitte lassen Sie den Belag erneuern. Gruß",
        "Guten Tag, ich bin Vorsitzende eines Sportvereins, der die städtische Turnhalle am "
        "{place} nutzt. Seit Wochen tropft es bei Regen durch das Dach in die Halle, und im "
        "Umkleideraum ist ein Fenster kaputt. Die Kinder müssen um die Eimer herum trainieren. "
        "Der Hausmeister sagt, er hat das weitergegeben. Wann wird das repariert? Mit "
        "freundlichen Grüßen",
        "Hallo, ich wollte melden, dass die Straeucher an der Ecke {street} / {place} so weit "
        "ueber den Gehweg gewachsen sind, dass man nur noch einzeln vorbeikommt. Mit dem "
        "Kinderwagen muss ich auf die Strasse. Ausserdem sieht man als Fussgaenger die Autos "
        "nicht mehr. Es ist staedtisches Gruen, kein Privatgarten. Bitte schneiden Sie die Hecke "
        "zurueck. Danke",
        "Grüß Gott, die Straße vor unserem Haus in der {street} wird nie gekehrt. Seit dem "
        "Winter liegt noch der ganze Rollsplitt am Rand, und wenn ein Auto vorbeifährt, staubt "
        "es in die Wohnungen. Meine Frau hat Asthma, und wir können nicht mehr lüften. Ich hab "
        "schon zweimal angerufen. Bitte schickt die Kehrmaschine. Vielen Dank",
        "Sehr geehrte Damen und Herren, in der {street} steht ein Laternenmast nach einem Unfall "
        "seit Tagen schief über dem Gehweg. Die Klappe unten ist abgerissen, und man sieht "
        "Kabel. Direkt daneben ist der Eingang zum Kindergarten. Ich habe große Sorge, dass ein "
        "Kind hineinfasst oder der Mast umfällt. Bitte sichern Sie das sofort. Mit freundlichen "
        "Grüßen",
        "Hallo, ich habe vor zwei Wochen Sperrmüll angemeldet und den Termin bestätigt bekommen. "
        "Am Abholtag habe ich alles ordentlich an die Straße gestellt, aber niemand kam. Jetzt "
        "stehen ein Schrank und zwei Matratzen seit {days} Tagen vor dem Haus {street} {num}, "
        "und die Nachbarn beschweren sich. Bitte holen Sie das so schnell wie möglich ab. Danke",
        "Guten Tag, seit ein paar Tagen laeuft aus einem Riss in der Wand der Unterfuehrung am "
        "{place} Wasser, und auf dem Gehweg hat sich eine grosse Pfuetze gebildet. In der Nacht "
        "friert es, und es wird zur Eisbahn. Ich bin dort heute frueh ausgerutscht. Koennten Sie "
        "das bitte pruefen? Danke",
        "Hallo, in der Grünanlage hinter der {street} wächst seit Monaten Unkraut zwischen den "
        "Platten und auf den Beeten, teilweise einen Meter hoch. Früher war das ein schöner "
        "kleiner Park mit Rosen, jetzt sieht es verwahrlost aus. Wir Anwohner würden sogar "
        "mithelfen, wenn es Geräte gäbe. Könnten Sie die Anlage wieder pflegen lassen? "
        "Freundliche Grüße",
        "Sehr geehrte Damen und Herren, ich habe heute Morgen beim Gassigehen entdeckt, dass im "
        "{place} jemand mehrere Säcke Gartenabfälle und Rasenschnitt in den Teich gekippt hat. "
        "Das Wasser ist schon trüb, und es riecht. Ich mache mir Sorgen um die Fische und Enten. "
        "Bitte schicken Sie jemanden, der das herausholt. Vielen Dank",
        "Guten Tag, in der {street} wurde die Grünschnittabfuhr jetzt schon zum zweiten Mal "
        "vergessen. Unsere Bündel mit Ästen liegen seit über einer Woche am Straßenrand, und der "
        "Gehweg ist halb blockiert. Die Nachbarstraße wurde abgeholt. Ich habe beim "
        "Abfallbetrieb angerufen und wurde dreimal weiterverbunden. Bitte holen Sie das ab. "
        "Danke",
        "Hallo, der Kleidercontainer an der Ecke {street} / {place} ist so voll, dass die Säcke "
        "davor auf dem Gehweg liegen. Der Regen hat alles durchnässt, und die Leute wühlen darin "
        "herum. Es sieht schlimm aus und verteilt sich über die ganze Ecke. Bitte leeren lassen "
        "oder öfter abholen. Viele Grüße",
        "Gruezi, der Dolendeckel vor dem Haus {street} {num} ist seit dem letzten Gewitter "
        "verschoben, es klafft ein Spalt von gut zehn Zentimetern. Ein Velofahrer koennte da "
        "leicht mit dem Rad haengen bleiben. Ich wohne im Parterre und sehe jeden Tag "
        "Schulkinder darueber laufen. Bitte bald richten. Besten Dank",
        "Sehr geehrte Damen und Herren, bei uns am Hang oberhalb der {street} ist nach dem "
        "Unwetter der Graben voll mit Geröll, und das Wasser läuft jetzt direkt auf die Straße "
        "und in unsere Einfahrten. Zwei Keller in der Nachbarschaft standen schon unter Wasser. "
        "Wir haben mit Sandsäcken improvisiert. Bitte lassen Sie den Graben und die Einläufe "
        "freiräumen. Mit freundlichen Grüßen",
        "Hallo, ich arbeite als Hausmeister in einer Wohnanlage an der {street}. Auf dem Fußweg "
        "vor dem Grundstück wurden die Gehwegplatten durch den Lieferverkehr eines Supermarktes "
        "zerbrochen, viele Platten wackeln und kippeln. Gestern ist ein Mieter mit Einkaufstüten "
        "gestürzt. Es ist öffentlicher Gehweg, deshalb melde ich es Ihnen. Bitte ausbessern. "
        "Freundliche Grüße",
        "Guten Tag, am Spielplatz in der {street} ist die Wippe abgebrochen und liegt jetzt "
        "schraeg im Sand, mit spitzen Metallteilen. Ich war gestern mit meiner Tochter da, und "
        "sie haette sich fast verletzt. Ich habe das Geraet mit einer Jacke abgedeckt, aber das "
        "ist natuerlich keine Loesung. Bitte schnell absperren und reparieren. Danke",
        "Hallo, an der Fassade der städtischen Bibliothek am {place} wurden über Nacht "
        "großflächig Schmierereien gesprüht, auch über die Fenster. Ich bin ehrenamtlich in der "
        "Bücherei tätig, und die Kinder der Lesestunde fragen, wer das war. Es wäre schön, wenn "
        "die Stadt das bald reinigen könnte, bevor noch mehr dazukommt. Vielen Dank",
        "Sehr geehrte Damen und Herren, die Rampe zur Fußgängerbrücke am {place} ist seit dem "
        "Winter kaputt: der Belag hat tiefe Löcher, und das Geländer hat an einer Stelle eine "
        "Lücke. Ich bin Rollstuhlfahrer und komme da nur mit fremder Hilfe hoch. Es ist die "
        "einzige Verbindung zum Einkaufszentrum. Bitte reparieren Sie die Brücke. Mit "
        "freundlichen Grüßen",
        "Guten Tag, unsere Restmülltonne ist seit der letzten Leerung verschwunden. Vermutlich "
        "ist sie beim Entleeren in den Müllwagen gefallen, so etwas soll vorkommen. Wir sind "
        "eine fünfköpfige Familie in der {street} {num} und brauchen dringend Ersatz. Wie geht "
        "das, und entstehen uns Kosten? Danke für Ihre Hilfe",
        "Hallo, ich bin Radfahrer und fahre jeden Tag den Weg am Fluss entlang zum {place}. Seit "
        "einiger Zeit ist ein Teil des Uferwegs abgerutscht, und der Belag hat Risse. Man sieht "
        "schon die Böschung darunter. Bei Dunkelheit ist das sehr gefährlich. Bitte absichern "
        "und reparieren. Danke",
        "Servus, bei uns in der {street} ist der Mistkübel am Eck seit einer Woche nicht "
        "ausgeleert worden und geht über. Jetzt werfen die Leute ihre Hundesackerl und "
        "Jausenreste daneben. Ich wohn genau drüber, und es stinkt bis in den zweiten Stock. "
        "Bitte leeren und eventuell einen größeren hinstellen. Danke",
        "Guten Tag, die Kanaldeckel in der {street} klappern jedes Mal, wenn ein Auto oder Bus "
        "darueberfaehrt, und einer ist schon deutlich abgesackt. Auf dem Fahrrad ist die Stelle "
        "gefaehrlich, weil man in die Mulde rutscht. Ich habe das schon im Herbst einmal "
        "gemeldet, es passierte nichts. Bitte richten Sie die Deckel neu aus. Vielen Dank",
        "Hallo, an der Ecke {street} / {place} tritt seit {days} Tagen aus einem Schacht im "
        "Gehweg klares Wasser aus und läuft in Richtung Straße. Es sieht nach einem Leck in "
        "einer Wasserleitung aus. Ich habe den Versorger angerufen, es kam aber bisher niemand. "
        "Bei den Temperaturen wird das bald spiegelglatt. Bitte kümmern Sie sich darum. Mit "
        "freundlichen Grüßen",
        "Sehr geehrte Damen und Herren, ich bin Lehrerin an der Grundschule am {place}. Auf dem "
        "Weg von der Schule zur Turnhalle gibt es eine Treppe ohne Handlauf, und die Stufen sind "
        "ausgetreten und rutschig. Im Winter wird da nie gestreut. Wir gehen jeden Donnerstag "
        "mit 25 Kindern dort entlang. Koennten Sie einen Handlauf anbringen und die Stufen "
        "ausbessern? Vielen Dank",
        "Hallo, ich habe heute auf dem Gehweg in der {street} ein großes Loch gefunden, wo "
        "vorher ein Baum stand. Der Baum wurde gefällt, der Stumpf rausgefräst, und das Loch ist "
        "einfach offen geblieben. Abends ist das eine echte Falle, es ist gut einen halben Meter "
        "tief. Bitte auffüllen oder einen neuen Baum pflanzen. Danke",
        "Sehr geehrte Damen und Herren, im Wäldchen hinter der {street} liegen seit Wochen alte "
        "Autoreifen, bestimmt zwanzig Stück, die jemand dort entsorgt hat. Ich jogge da "
        "regelmäßig mit meiner Laufgruppe, und wir haben uns gefragt, ob das schon gemeldet "
        "wurde. Offenbar nicht. Bitte lassen Sie die Reifen abholen. Freundliche Grüße",
        "Guten Tag, unsere Straße {street} ist seit Wochen eine einzige Flickenstraße: überall "
        "Schlaglöcher, die nur notdürftig mit Kaltasphalt gefüllt wurden, der jetzt wieder "
        "herausgefahren ist. Ich fahre jeden Tag mit dem Auto zur Arbeit und habe mir letzte "
        "Woche eine Felge beschädigt. Wann wird die Straße endlich richtig saniert? Mit "
        "freundlichen Grüßen",
        "Grüezi, auf dem Spielplatz im {place} ist der Sandkasten voll mit Katzenkot und Glas. "
        "Wir gehen fast jeden Tag mit dem Kleinen hin, aber in den Sand darf er so nicht. Könnte "
        "man den Sand auswechseln und eine Abdeckung für die Nacht anbringen? Merci und "
        "freundliche Grüsse",
        "Hallo, ich wollte fragen, warum in der {street} seit Wochen eine Baustelle eingerichtet "
        "ist, auf der niemand arbeitet. Die Absperrungen stehen, der Gehweg ist aufgerissen, und "
        "nachts wehen die Bauzäune im Wind um. Gestern lag einer quer über dem Gehweg. Wann geht "
        "es hier weiter? Freundliche Grüße",
        "Sehr geehrte Stadt, wir sind eine Gruppe von Eltern vom Kindergarten am {place}. Der "
        "Weg vom Parkplatz zum Kindergarten ist nicht beleuchtet, seit zwei Lampen kaputt sind. "
        "Im Winter holen wir die Kinder im Dunkeln ab und stolpern über Wurzeln. Wir haben das "
        "beim Elternabend besprochen, und alle sind sich einig. Bitte lassen Sie die Beleuchtung "
        "reparieren. Vielen Dank",
        "Guten Tag, in unserer Strasse {street} stehen viele Linden, und seit Oktober liegen die "
        "Blaetter ueberall auf dem Gehweg und in den Einlaeufen. Die Laubsaecke, die wir "
        "Anwohner gefuellt haben, stehen seit zwei Wochen an der Strasse und werden nicht "
        "abgeholt. Bei Regen ist alles matschig und rutschig. Bitte schicken Sie die Laubabfuhr. "
        "Danke",
        "Hallo, neben dem Spielplatz im {place} gibt es eine öffentliche Toilette, die so "
        "verdreckt ist, dass man sie nicht benutzen kann. Kein Papier, das Waschbecken "
        "verstopft, und der Boden ist nass. Ich war heute mit meiner kleinen Tochter da, die "
        "dringend musste, und wir sind wieder rausgegangen. Bitte reinigen Sie die Toilette "
        "öfter. Danke",
        "Guten Tag, auf dem Weg zum Friedhof in der {street} ist der Gehweg so uneben, dass "
        "ältere Besucher ständig stolpern. Meine Mutter besucht jeden Sonntag das Grab meines "
        "Vaters und ist vorletzte Woche gestürzt. Der Weg ist aus alten Steinplatten, die "
        "überall wackeln. Ich bitte um eine Ausbesserung. Mit freundlichen Grüßen",
        "Hallo, gestern Abend ist in der {street} ein Baum bei dem Gewitter umgekippt und auf "
        "zwei parkende Autos gefallen. Die Feuerwehr hat die Straße freigemacht, aber der Stamm "
        "und viele Äste liegen noch auf dem Gehweg. Die Leute müssen über den Stamm klettern. "
        "Bitte holen Sie das Holz ab. Danke",
        "Grüß Gott, die Straßenlaterne vor unserem Haus in der {street} brennt den ganzen Tag, "
        "auch bei strahlendem Sonnenschein. Das geht jetzt schon {days} Tage so. Ich find das "
        "eine Verschwendung von Strom und Steuergeld. Vielleicht ist der Sensor kaputt. Bitte "
        "schauen Sie sich das an. Danke schön",
        "Sehr geehrte Damen und Herren, auf der {street} hat sich vor Hausnummer {num} der "
        "Asphalt entlang einer alten Leitung abgesenkt, und mit jedem Lkw wird die Rinne tiefer. "
        "Mein Haus wackelt regelrecht, wenn schwere Fahrzeuge durchfahren, und im Schrank "
        "klirren die Gläser. Ich bitte um eine Prüfung der Fahrbahn. Freundliche Grüße",
        "Hallo, ich bin Hundebesitzerin und gehe jeden Tag im {place} spazieren. Die Spender für "
        "Hundekotbeutel sind seit Wochen leer, und der einzige Mülleimer auf der großen Wiese "
        "fehlt seit dem Sturm. Dementsprechend liegt überall Hundekot herum. Bitte füllen Sie "
        "die Spender auf und stellen Sie wieder einen Eimer auf. Danke",
        "Guten Tag, ich schreibe Ihnen, weil bei uns in der {street} die Altpapiertonnen seit "
        "drei Wochen nicht geleert wurden. Die Tonnen quellen über, und die Kartons liegen im "
        "Regen. Angeblich gab es eine Umstellung des Abfuhrplans, aber wir haben keinen neuen "
        "Plan bekommen. Wann ist die nächste Leerung? Vielen Dank",
        "Hallo, auf dem Schulweg in der {street} gibt es einen Abschnitt ohne Gehweg, nur einen "
        "schmalen Randstreifen mit Schotter. Die Kinder laufen dort im Gaensemarsch neben der "
        "Fahrbahn. Ich bringe meine Kinder jeden Morgen dort entlang zur Schule, und es ist "
        "jedes Mal ein mulmiges Gefuehl. Waere es moeglich, dort einen befestigten Gehweg zu "
        "bauen? Vielen Dank",
        "Sehr geehrte Damen und Herren, seit dem letzten Starkregen ist im {place} der Weg am "
        "Weiher ueberschwemmt, und das Wasser laeuft nicht ab. Der Ablauf scheint verstopft zu "
        "sein. Der Rundweg ist dadurch unterbrochen, und die Leute laufen ueber die Blumenbeete. "
        "Bitte pruefen Sie den Abfluss. Mit freundlichen Gruessen",
        "Hallo, in der Fußgängerunterführung beim {place} ist es seit {days} Tagen komplett "
        "dunkel, alle Lampen sind aus. Außerdem liegt viel Müll und Glas herum. Ich gehe da "
        "jeden Abend nach der Arbeit durch und habe ehrlich gesagt Angst. Bitte reparieren Sie "
        "die Beleuchtung und lassen Sie reinigen. Danke",
        "Guten Tag, ich möchte eine Beschwerde über die Schneeräumung loswerden. Der Schneepflug "
        "hat den ganzen Schnee von der {street} auf den Gehweg und vor unsere Einfahrt "
        "geschoben, jetzt ist da ein meterhoher Wall. Ich bin 74 und kann das nicht "
        "wegschaufeln. Auch der Wartebereich an der Haltestelle ist zugeschüttet. Bitte räumen "
        "Sie das weg. Freundliche Grüße",
        "Hallo, die Brunnenschale am Dorfplatz {place} hat einen langen Riss, und das Wasser "
        "läuft auf den Platz aus. Dort bildet sich eine große Pfütze, die abends gefriert. Die "
        "Gäste von meinem Restaurant rutschen dort beim Reingehen aus. Bitte lassen Sie den "
        "Brunnen reparieren oder im Winter abstellen. Vielen Dank",
        "Grüezi, am Waldrand hinter der {street} hat jemand Bauschutt und alte Farbkübel "
        "deponiert. Es läuft schon Farbe in den Bach. Ich bin mit meinem Hund regelmässig dort "
        "unterwegs und finde das eine Sauerei. Bitte holen Sie das ab und prüfen Sie, ob der "
        "Bach verschmutzt ist. Besten Dank",
        "Guten Tag, vor unserem Haus in der {street} ist seit {days} Tagen eine Baugrube offen, "
        "die nur mit rotweissem Flatterband gesichert ist. In der Nacht ist das Band abgerissen "
        "worden, und es gibt keine Beleuchtung. Meine Frau ist gestern Abend fast "
        "hineingefallen. Bitte sorgen Sie dafuer, dass die Baustelle ordentlich gesichert wird. "
        "Gruss",
        "Hallo, der Baum vor der Grundschule in der {street} ist offensichtlich krank, die Rinde "
        "blättert ab, und es fallen ständig trockene Äste herunter. Heute ist ein großer Ast "
        "direkt neben einer Mutter mit Kinderwagen gelandet. Ich habe große Angst um die Kinder. "
        "Bitte lassen Sie den Baum untersuchen. Mit freundlichen Grüßen",
        "Sehr geehrte Damen und Herren, in der Grünanlage an der {street} wurden vor einem Jahr "
        "junge Bäume gepflanzt, die jetzt im Sommer ohne Wasser vertrocknen. Einige Nachbarn "
        "gießen mit Eimern, aber das schaffen wir nicht alle. Es wäre schade um die Bäume. "
        "Könnten Sie das Gießen übernehmen oder Wassersäcke anbringen? Freundliche Grüße",
        "Hallo, ich habe heute früh beim Joggen gesehen, dass im {place} jemand die Holzbrücke "
        "über den kleinen Bach vollgesprüht und das Geländer abgetreten hat. Ich gehe dort jeden "
        "Tag mit meinen Kindern zur Kita. Bitte das Geländer reparieren und die Schmierereien "
        "entfernen. Danke",
        "Servus, wir wohnen in der {street}, und die Muellabfuhr hat heute die Biotonne wieder "
        "stehen lassen, angeblich weil sie zu schwer war. Da ist nur Rasenschnitt drin, das ist "
        "ja der Zweck. Bitte sagt mir, was wir jetzt machen sollen, die Tonne stinkt in der "
        "Hitze schon. Danke",
        "Guten Tag, auf dem Gehweg in der {street} hat sich eine Platte so gelöst, dass bei "
        "jedem Schritt Wasser aus der Fuge spritzt. Bei Regen wird man als Fußgänger bis zum "
        "Knie nass. Es ist direkt vor dem Eingang zur Apotheke. Bitte reparieren Sie die Stelle, "
        "es betrifft viele ältere Kunden. Vielen Dank",
        "Hallo, ich bin Anwohner in der {street} und möchte auf die Mauer am Parkplatz des "
        "Rathauses hinweisen. Dort lösen sich große Steine und fallen auf den Gehweg. Ich habe "
        "gestern einen Stein beiseite geräumt, der so groß wie mein Kopf war. Bitte sichern Sie "
        "die Mauer. Freundliche Grüße",
        "Sehr geehrte Damen und Herren, wir betreiben eine Eisdiele in der {street}. Der "
        "Mülleimer vor unserem Geschäft wurde vor zwei Wochen abgebaut und nicht ersetzt. Jetzt "
        "landen Eisbecher und Servietten auf dem Gehweg, und wir fegen jeden Abend. Bitte "
        "stellen Sie wieder einen Abfalleimer auf. Vielen Dank",
        "Hallo, an der Ecke {street} / {place} ist der Kanal staendig verstopft, bei jedem "
        "Regenguss steht die halbe Kreuzung unter Wasser. Busse und Autos spritzen das Wasser "
        "bis an die Hauswaende. Meine Nachbarin sitzt im Rollstuhl und kommt dann gar nicht mehr "
        "ueber die Strasse. Bitte lassen Sie den Kanal und die Einlaeufe reinigen. Danke",
        "Guten Tag, in unserer kleinen Straße {street} gibt es seit der Neugestaltung nur noch "
        "Schotterflächen statt Grünstreifen, und dort wuchert jetzt überall Unkraut. Die Stadt "
        "hat versprochen, regelmäßig zu pflegen, aber seit dem Frühling war niemand da. Bitte "
        "kommen Sie mal zum Jäten vorbei. Mit freundlichen Grüßen",
        "Hallo, der Spielplatz am {place} hat seit Wochen kaputte Schaukeln: die Sitze wurden "
        "abgenommen, und nur die Ketten hängen noch. Meine Kinder fragen jeden Tag, wann die "
        "Schaukel wieder geht. Es ist der einzige Spielplatz im Viertel. Bitte sagen Sie uns, "
        "wann die Sitze wieder angebracht werden. Danke",
        "Sehr geehrte Damen und Herren, bei Regen läuft das Wasser von der Straße direkt in "
        "unseren Keller in der {street} {num}. Der Einlauf vor dem Haus ist seit der "
        "Straßenerneuerung zu hoch gesetzt, das Wasser fließt daran vorbei. Wir hatten dieses "
        "Jahr schon dreimal Wasser im Keller. Bitte korrigieren Sie das. Mit freundlichen Grüßen",
        "Grüezi, der Kandelaber vor unserem Haus an der {street} ist seit einer Woche dunkel. "
        "Die Strasse ist sonst schon schlecht beleuchtet, und meine Tochter kommt abends spät "
        "vom Training. Könnten Sie das bitte rasch reparieren? Merci",
        "Hallo, am Uferweg beim {place} sind die Boeschungen so zugewachsen, dass man den Weg "
        "kaum noch erkennt. Brombeeren ranken in den Weg, und die Kinder kratzen sich beim "
        "Radfahren die Beine auf. Ich gehe dort jeden Tag mit meinen Enkeln spazieren. Bitte "
        "schneiden Sie den Bewuchs zurueck. Viele Gruesse",
        "Guten Tag, vor dem Altenheim in der {street} gibt es keine einzige Sitzbank, obwohl "
        "viele Bewohner dort kleine Spaziergänge machen. Die nächste Bank ist 300 Meter weg im "
        "{place}. Ich besuche meine Mutter täglich und sehe, wie sie sich nach ein paar Metern "
        "an die Hauswand lehnen muss. Könnte die Stadt dort eine oder zwei Bänke aufstellen? "
        "Herzliche Grüße",
        "Hallo, in der {street} wurde vor {days} Tagen eine Wasserleitung repariert, und seitdem "
        "ist an der Stelle ein Flicken, der schon wieder nachgibt. Es ist eine richtige Mulde "
        "entstanden, in der Wasser steht. Die Autos bremsen jedes Mal scharf ab. Bitte nochmal "
        "nachbessern. Gruss",
        "Sehr geehrte Damen und Herren, am Parkplatz vor dem Schwimmbad stehen zwei "
        "Glascontainer, um die herum seit Wochen alles voller Scherben ist. Im Sommer laufen "
        "dort Kinder barfuß vom Bad zum Auto. Gestern hat sich ein Junge den Fuß aufgeschnitten. "
        "Bitte reinigen Sie den Platz und leeren Sie die Container öfter. Vielen Dank",
        "Hallo, ich wollte darauf hinweisen, dass die Treppe von der {street} hinunter zur "
        "Haltestelle {stop} bei Nässe extrem rutschig ist, weil die Stufen aus glatten "
        "Steinplatten sind und Moos darauf wächst. Ich habe dort schon mehrere Leute ausrutschen "
        "sehen. Eine rutschfeste Beschichtung oder ein Geländer auf beiden Seiten wäre eine "
        "große Hilfe. Danke",
        "Grüß Gott, am Gehsteig vor dem Haus {street} {num} ist ein Schacht ohne Deckel, nur mit "
        "einem Brett abgedeckt. Das Brett ist morsch und bewegt sich, wenn man drauftritt. Mein "
        "Mann ist schon fast durchgebrochen. Bitte schnell einen richtigen Deckel anbringen. "
        "Danke vielmals",
        "Guten Tag, in der {street} wurden an der Wand der städtischen Musikschule großflächig "
        "Parolen und Tags gesprüht. Ich finde es unschön, dass so etwas tagelang sichtbar "
        "bleibt, die Schüler gehen jeden Tag daran vorbei. Bitte entfernen Sie die Schmierereien "
        "so schnell wie möglich. Mit freundlichen Grüßen",
        "Hallo, wir haben einen Garten an der {street}, und seit Jahren ragen die Äste eines "
        "städtischen Baumes weit über unseren Zaun. Im Herbst fallen Nüsse und Laub in Mengen "
        "auf unsere Terrasse, und ein großer Ast reibt bei Wind am Dach. Wir haben die "
        "Grünflächenabteilung schon angeschrieben. Bitte schneiden Sie den Baum zurück. Danke",
        "Hallo, bei uns im Viertel um den {place} stehen seit Tagen die gelben Saecke am "
        "Strassenrand und wurden nicht abgeholt. Die Kraehen haben sie aufgerissen, und der "
        "Plastikmuell liegt jetzt ueberall auf Gehweg und Fahrbahn. Wir haben schon bei der "
        "Hotline angerufen. Bitte die Saecke abholen und die Strasse reinigen. Danke",
        "Sehr geehrte Damen und Herren, seit etwa zwei Wochen ist der Trinkbrunnen im {place} "
        "ausser Betrieb. Bei der aktuellen Hitze sind dort viele Familien und Sportler, die sich "
        "auf das Wasser verlassen. Wir haben heute mehrere Kinder gesehen, die voellig "
        "erschoepft nach Wasser gefragt haben. Bitte reparieren Sie den Brunnen so schnell wie "
        "moeglich. Vielen Dank",
        "Hallo, ich bin Postbotin und gehe täglich die {street} ab. Der Gehweg ist dort an "
        "mehreren Stellen so aufgebrochen, dass ich mit meinem Zustellwagen kaum vorankomme. "
        "Zweimal ist er schon umgekippt. Ich habe das meinem Arbeitgeber gemeldet, der sagte, "
        "ich solle es der Stadt melden. Bitte lassen Sie den Gehweg ausbessern. Danke",
        "Guten Tag, in der {street} sind die Straßenlaternen nachts zwar an, aber alle drei in "
        "unserem Abschnitt sind so verdreckt oder zugewachsen, dass kaum Licht ankommt. Es ist "
        "dort abends richtig düster. Ich bin selbst schon über den Bordstein gestolpert. "
        "Vielleicht könnte man die Leuchten reinigen und die Äste darum zurückschneiden. Viele "
        "Grüße",
        "Grüezi, im Quartier rund um den {place} wird seit dem Wechsel des Entsorgers das "
        "Grüngut nur noch unregelmässig abgeholt. Unser Container steht seit zwei Wochen voll an "
        "der Strasse, und es stinkt. Wir bezahlen für die Grüngutmarke. Bitte holen Sie das ab "
        "und teilen Sie uns den neuen Abfuhrplan mit. Freundliche Grüsse",
        "Hallo, heute Morgen habe ich in der {street} gesehen, dass ein Kanaldeckel komplett "
        "fehlt. Das Loch ist offen, und nur ein Leitkegel steht daneben. Ich habe die Polizei "
        "angerufen, die sagte, sie gebe es weiter, aber ich melde es sicherheitshalber auch "
        "hier. Bitte dringend schließen, das ist lebensgefährlich. Danke",
        "Sehr geehrte Damen und Herren, nach dem Hochwasser letzte Woche liegen im {place} am "
        "Bachufer immer noch viel Schlamm, Äste und angeschwemmter Müll. Der Spielplatz direkt "
        "daneben ist noch gesperrt. Wir Eltern vermissen ihn sehr und würden auch bei einer "
        "Aufräumaktion helfen. Wann wird dort aufgeräumt? Freundliche Grüße",
        "Guten Tag, die Mauer entlang der {street} ist an einer Stelle eingestuerzt, und die "
        "Steine liegen auf dem Gehweg. Dahinter ist ein steiler Abhang. Ich gehe dort jeden "
        "Morgen mit dem Hund, und jetzt muss ich auf die Strasse ausweichen. Bitte sichern und "
        "reparieren. Danke",
        "Hallo, ich schreibe im Namen unseres Kindergartens in der {street}. Direkt vor dem "
        "Eingang ist der Gehweg seit Monaten abgesackt, und bei Regen steht dort eine riesige "
        "Pfütze. Die Eltern müssen mit den Kindern durchs Wasser laufen. Wir haben das bereits "
        "im Frühjahr gemeldet. Bitte kümmern Sie sich darum. Vielen Dank",
        "Guten Tag, seit der Neugestaltung des {place} gibt es dort keine Abfalleimer mehr, "
        "angeblich aus Designgründen. Das Ergebnis: Jeden Abend liegen überall Kaffeebecher und "
        "Pizzakartons. Ich arbeite in einem der Geschäfte am Platz und sammle morgens als Erstes "
        "den Abfall vor unserer Tür ein. Bitte stellen Sie wieder Mülleimer auf. Mit "
        "freundlichen Grüßen",
        "Servus, die Stiegen zwischen der {street} und dem {place} sind seit dem Winter kaputt, "
        "bei drei Stufen fehlt die Kante. Im Dunkeln ist das eine richtige Falle. Ich bin 68 und "
        "nehm jeden Tag diese Stiegen zum Einkaufen. Bitte repariert das bald. Danke",
        "Hallo, bei uns in der {street} hat die Stadt vor einem Jahr Blumenkübel aufgestellt, "
        "die mittlerweile nur noch Müllsammler sind. Die Pflanzen sind vertrocknet, und die "
        "Leute werfen Zigaretten und Dosen hinein. Entweder pflegen oder wegräumen, so sieht es "
        "schlimm aus. Danke für Ihre Aufmerksamkeit",
        "Sehr geehrte Damen und Herren, ich bin Rollstuhlfahrerin und möchte auf den Zustand der "
        "Gehwege in der {street} hinweisen. Überall fehlen Absenkungen an den Querungen, "
        "Kopfsteinpflaster ist lose, und an einer Stelle ist ein großes Loch. Ich komme alleine "
        "kaum noch einkaufen. Bitte prüfen Sie, ob der Gehweg saniert werden kann. Freundliche "
        "Grüße",
        "Hallo, im {place} laufen seit ein paar Tagen die Rasensprenger die ganze Nacht, und der "
        "Weg steht unter Wasser. Es ist eine Verschwendung, und morgens muessen wir mit den "
        "Kindern durch grosse Pfuetzen laufen. Vielleicht ist die Steuerung kaputt. Bitte "
        "schauen Sie sich das an. Danke",
        "Guten Tag, die Fahrbahn der {street} ist seit dem letzten Winter an vielen Stellen "
        "aufgeplatzt, auch in der Kurve am {place}. Dort ist ein Schlagloch, in dem "
        "Motorradfahrer leicht stürzen können. Ich fahre selbst Motorrad und habe heute dort "
        "fast die Kontrolle verloren. Bitte reparieren Sie die Straße, bevor jemand schwer "
        "verunglückt. Mit freundlichen Grüßen",
        "Hallo, wir haben heute bemerkt, dass am Waldspielplatz hinter der {street} ein dicker "
        "Ast direkt über der Schaukel herabhängt. Der Ast ist angebrochen und könnte jederzeit "
        "herunterfallen. Wir haben die Kinder sofort weggebracht. Bitte sperren Sie den "
        "Spielplatz ab und entfernen Sie den Ast. Danke",
        "Guten Tag, seit dem Umzug in die {street} {num} haben wir keine Restmülltonne. Der "
        "Vormieter hat sie offenbar mitgenommen. Wir wissen nicht, wohin mit dem Müll, und die "
        "Nachbarn schauen schon komisch. Bitte liefern Sie uns eine Tonne, die Anmeldung habe "
        "ich vor {days} Tagen abgeschickt. Vielen Dank",
        "Grüezi, beim Schulhaus an der {street} ist die öffentliche Treppe zum Pausenplatz bei "
        "Schnee nie geräumt. Die Kinder rutschen jeden Morgen darauf aus, gestern hat sich ein "
        "Mädchen das Knie aufgeschlagen. Könnten Sie die Treppe in den Winterdienst aufnehmen? "
        "Merci vielmal",
        "Hallo, auf der Brücke über die Bahnlinie an der {street} ist der Gehweg voller Löcher, "
        "und der Belag ist aufgeplatzt. Wenn es regnet, tropft es unten durch. Ich gehe dort "
        "jeden Tag zum Bahnhof und frage mich, ob die Brücke überhaupt noch sicher ist. Bitte "
        "lassen Sie sie prüfen. Freundliche Grüße",
        "Sehr geehrte Damen und Herren, ich wohne an der {street}, und gegenueber ist ein "
        "staedtisches Grundstueck, auf dem die Leute staendig Muell abladen: Sperrmuell, "
        "Elektrogeraete, Saecke. Inzwischen ist es eine richtige wilde Deponie. Die Ratten "
        "kommen schon bis in unseren Hof. Bitte raeumen Sie das Grundstueck und stellen Sie "
        "vielleicht einen Zaun auf. Mit freundlichen Gruessen",
        "Hallo, der Brunnen im {place} ist seit dem Fruehjahr abgestellt, und das Becken ist "
        "jetzt voll mit gruenem Wasser und Muell. Es stinkt, und die Muecken sind schlimm. Wir "
        "wohnen direkt daneben. Bitte reinigen und entweder wieder anstellen oder leeren. Danke",
        "Guten Tag, in der {street} wurde letzte Woche die Straße neu asphaltiert, aber die "
        "Gullydeckel liegen jetzt fünf Zentimeter tiefer als der Belag. Jedes Auto knallt "
        "hinein, und die Radfahrer weichen gefährlich aus. Wir hören das den ganzen Tag. Bitte "
        "lassen Sie die Deckel anheben. Danke",
        "Hallo, vor dem Eingang zur Stadtbücherei in der {street} sind die Treppenstufen "
        "abgebrochen, und die Rampe für Rollstühle hat tiefe Risse. Ich bin mit meinem Sohn, der "
        "im Rollstuhl sitzt, regelmäßig dort. Letzte Woche sind wir fast umgekippt. Bitte "
        "reparieren Sie den Eingangsbereich. Vielen Dank",
        "Sehr geehrte Damen und Herren, im {place} sind die Wege nach dem Winter voller "
        "Schlaglöcher und Pfützen. Besonders der Hauptweg vom Eingang zum Spielplatz ist kaum "
        "begehbar. Mit Kinderwagen und Laufrad kommen wir nur im Slalom durch. Bitte erneuern "
        "Sie den Wegbelag. Freundliche Grüße",
        "Grüß Gott, vor dem Haus {street} {num} wurde ein Mistkübel umgefahren und liegt seit "
        "einer Woche am Gehsteig, mit dem ganzen Inhalt. Niemand räumt es weg. Bitte holts den "
        "ab und stellts einen neuen auf. Danke",
        "Hallo, bei uns in der {street} stehen seit der Straßensanierung noch überall Reste: "
        "Absperrbaken, Sandhaufen und eine Palette Pflastersteine. Die Bauarbeiter sind seit "
        "Wochen weg. Die Kinder spielen in dem Sandhaufen, und die Baken fallen bei Wind auf die "
        "Autos. Bitte lassen Sie das abholen. Mit freundlichen Grüßen",
        "Guten Tag, der Gehweg an der {street} ist im Winter jeden Morgen eine Eisbahn, weil das "
        "Wasser aus einer defekten Regenrinne am städtischen Jugendzentrum darauf läuft. Ich "
        "arbeite im Nachbarhaus und habe schon drei Leute stürzen sehen. Bitte reparieren Sie "
        "die Rinne und streuen Sie. Vielen Dank",
        "Hallo, seit {days} Tagen liegt in der {street} vor dem Haus {num} ein Haufen alter "
        "Kuechenschraenke und Tueren auf dem Gehweg. Das hat jemand einfach abgestellt, es ist "
        "kein angemeldeter Sperrmuell. Man kommt mit dem Kinderwagen nicht vorbei. Bitte "
        "entfernen. Danke",
        "Sehr geehrte Damen und Herren, am Teich im {place} ist die Uferbefestigung "
        "eingebrochen, und das Gelaender ist zum Teil ins Wasser gefallen. Kleine Kinder "
        "koennten dort leicht ins Wasser fallen. Ich bin Tagesmutter und gehe fast jeden Tag mit "
        "meiner Gruppe dort spazieren. Bitte sichern Sie die Stelle. Vielen Dank",
        "Hallo, ich möchte darauf aufmerksam machen, dass die Sitzbänke am {place} alle von der "
        "Sonne ausgebleicht und gesplittert sind. Man zieht sich Splitter in die Hände. Die "
        "älteren Menschen im Viertel treffen sich dort gerne. Könnten Sie die Bänke abschleifen "
        "oder ersetzen? Danke",
        "Guten Tag, in der {street} fließt bei jedem Regen braunes Wasser aus dem Kanaldeckel "
        "vor Nummer {num} auf die Straße, und es riecht nach Abwasser. Die Kinder spielen danach "
        "in den Pfützen. Ich mache mir Sorgen wegen der Hygiene. Bitte überprüfen Sie den Kanal. "
        "Mit freundlichen Grüßen",
        "Hallo, ich fahre jeden Tag mit dem Bus zur Arbeit und steige an der Haltestelle {stop} "
        "aus. Direkt daneben ist der Gehweg seit Wochen aufgerissen, und man muss ueber Bretter "
        "balancieren. Bei Regen ist das eine Rutschpartie. Bitte den Gehweg endlich wieder "
        "herrichten. Danke",
        "Sehr geehrte Damen und Herren, ich wohne im Erdgeschoss in der {street}, und unter "
        "meinem Fenster ist ein Gully, aus dem seit Tagen ein fauliger Geruch kommt. Wir können "
        "nicht mehr lüften. Meine Nachbarn riechen es auch. Bitte lassen Sie den Gully reinigen. "
        "Mit freundlichen Grüßen",
        "Hallo, ich bin Radfahrer und möchte melden, dass auf dem Radweg an der {street} seit "
        "Tagen Glasscherben liegen, offenbar von einer Flasche, die jemand zerschlagen hat. Ich "
        "habe deswegen schon einen Platten. Bitte schicken Sie die Straßenreinigung vorbei. "
        "Danke",
        "Guten Tag, ich bin Inhaberin eines kleinen Modegeschäfts in der {street}. Seit {days} "
        "Tagen ist vor meinem Schaufenster eine Gehwegplatte gebrochen, und ein Stück fehlt "
        "ganz. Gestern ist eine Kundin mit dem Absatz hängen geblieben und gestürzt, ich musste "
        "den Krankenwagen rufen. Ich habe das schon telefonisch gemeldet. Bitte reparieren Sie "
        "das, bevor noch mehr passiert. Mit freundlichen Grüßen",
        "Hallo, ich bin Vater von zwei kleinen Kindern und wir gehen oft in den {place}. Seit "
        "dem Sommer ist der Wasserspielplatz abgestellt, die Pumpe läuft nicht mehr, und im "
        "Becken steht brackiges Wasser. Die Kinder sind jedes Mal enttäuscht. Ich habe schon im "
        "Juli eine Meldung gemacht. Wird das noch repariert? Liebe Grüße",
        "Grüß Gott, bei uns in der {street} ist der Gehsteig seit Tagen voller Glatteis, und die "
        "Stadt hat nur die Fahrbahn gestreut. Ich bin 83 und muss zur Apotheke. Mein Nachbar hat "
        "mir geholfen, aber er ist nicht immer da. Bitte streut auch den Gehsteig, zumindest bis "
        "zur Kreuzung. Vergelt's Gott",
        "Sehr geehrte Damen und Herren, an der Fussgaengerbruecke ueber die {street} sind die "
        "Gitter am Gelaender so verrostet, dass schon einzelne Staebe fehlen. Ein kleines Kind "
        "koennte durchrutschen. Ich gehe dort jeden Tag mit meinem Enkel zur Kita. Bitte lassen "
        "Sie das Gelaender dringend erneuern. Vielen Dank",
        "Hallo, ich wohne in der {street}, und seit {days} Tagen liegt an der Ecke ein "
        "aufgeplatzter Müllsack mit Essensresten, dazu ein alter Fernseher. Ich habe das über "
        "die App gemeldet, aber der Status steht immer noch auf offen. Es zieht schon Fliegen "
        "an, und die Kinder laufen daran vorbei zur Schule. Bitte lassen Sie das wegräumen. "
        "Danke",
        "Guten Tag, wir sind Anwohner der {street} und haben eine Bitte: Die Wiese am Ende der "
        "Straße ist städtisch und wurde früher regelmäßig gemäht, seit diesem Jahr aber gar "
        "nicht mehr. Jetzt ist sie voller Disteln und Zecken, und die Kinder können dort nicht "
        "mehr spielen. Ich habe schon zweimal angerufen. Bitte nehmen Sie die Fläche wieder in "
        "den Mähplan auf. Freundliche Grüße",
        "Hallo, in der {street} vor der Hausnummer {num} ist seit der letzten Kanalbaustelle ein "
        "Stück Pflaster lose, und beim Drüberfahren klappern die Steine. Nachts werde ich davon "
        "wach, und die Steine rutschen langsam heraus. Ein Kollege von mir ist dort mit dem "
        "Roller gestürzt. Bitte lassen Sie das Pflaster neu verlegen. Gruß",
        "Hallo, die Trinkwasserleitung im {place} scheint kaputt, denn neben dem Spielplatz ist "
        "die Wiese seit Tagen ein Sumpf, und es sprudelt aus dem Boden. Ich habe mit meinen "
        "Kindern heute dort gespielt, und sie standen bis zu den Knöcheln im Wasser. Bitte "
        "schicken Sie jemanden, bevor die ganze Wiese unter Wasser steht. Danke",
        "Sehr geehrte Damen und Herren, bei uns in der {street} wurden die Papierkörbe an den "
        "Laternen abgeschraubt und nicht ersetzt. Seitdem landen Taschentücher, Dosen und "
        "Zigarettenschachteln im Rinnstein. Ich kehre jeden Samstag vor unserem Haus, aber das "
        "kann nicht die Lösung sein. Bitte hängen Sie wieder Papierkörbe auf. Mit freundlichen "
        "Grüßen",
        "Guten Tag, auf dem Weg durch den {place} steht seit dem Sturm ein Baum gefährlich "
        "schief und lehnt auf einem anderen. Der Weg ist nicht gesperrt, und morgens gehen dort "
        "viele Schulkinder entlang. Ich habe Angst, dass er bei der nächsten Böe umkippt. Bitte "
        "schauen Sie sich das schnell an. Danke",
        "Hallo, ich betreibe eine Pension in der {street}, und vor dem Haus ist seit Wochen die "
        "Straßenlaterne kaputt. Meine Gäste kommen oft spät mit Koffern an und finden den "
        "Eingang nicht. Eine ältere Dame ist gestern auf der Treppe im Dunkeln gestolpert. Bitte "
        "reparieren Sie die Laterne. Mit freundlichen Grüßen",
    ],
    "transit": [
        "Guten Tag, ich fahre seit über zehn Jahren jeden Morgen mit der Linie {line} zur "
        "Arbeit, aber so unzuverlässig wie jetzt war es noch nie. Seit {days} Tagen kommt der "
        "Bus um {time} einfach nicht, und der nächste ist dann so voll, dass er an der "
        "Haltestelle {stop} durchfährt. Ich bin schon dreimal zu spät gekommen, und mein Chef "
        "ist nicht mehr begeistert. Ich habe mich schon telefonisch beschwert, aber niemand "
        "konnte mir etwas sagen. Bitte sorgen Sie dafür, dass die Fahrten wieder stattfinden. "
        "Vielen Dank",
        "Sehr geehrte Damen und Herren, ich bin 81 Jahre alt und auf den Bus angewiesen, weil "
        "ich kein Auto mehr fahre. Gestern hat der Fahrer der Linie {line} an der Haltestelle "
        "{stop} nicht abgesenkt und ist losgefahren, bevor ich mich setzen konnte. Ich bin im "
        "Gang gestürzt und habe einen blauen Fleck an der Hüfte. Niemand im Bus hat etwas "
        "gesagt, und der Fahrer auch nicht. Ich bitte Sie, mit Ihren Fahrern über Rücksicht auf "
        "ältere Fahrgäste zu sprechen. Mit freundlichen Grüßen",
        "Hallo, ich pendle jeden Tag mit dem Zug {train}, und seit Wochen kommt er fast nie "
        "pünktlich. Heute waren es 35 Minuten Verspätung, gestern ist er ganz ausgefallen, und "
        "eine Durchsage gab es beide Male nicht. Meine Kinder warten nach der Kita auf mich, und "
        "ich musste schon wieder die Nachbarin bitten, sie abzuholen. Ich habe bereits einen "
        "Entschädigungsantrag gestellt, aber keine Antwort bekommen. Was gedenken Sie zu tun? "
        "Gruß",
        "Guten Tag, ich moechte mich ueber den Zustand der Strassenbahn der Linie {line} "
        "beschweren. Seit Beginn der Hitzewelle ist in den meisten Wagen die Klimaanlage "
        "ausgefallen, heute waren es gefuehlt 40 Grad. Eine aeltere Frau neben mir ist fast "
        "umgekippt. Ich habe das schon letzte Woche ueber das Kontaktformular gemeldet. Bitte "
        "reparieren Sie die Anlagen oder setzen Sie andere Fahrzeuge ein. Danke",
        "Hallo, ich bin Rollstuhlfahrerin und fahre taeglich mit der U-Bahn. Der Aufzug an der "
        "Station {stop} ist jetzt seit {days} Tagen ausser Betrieb, und es gibt keinen Hinweis, "
        "wann er repariert wird. Ich muss eine Station weiter fahren und dann einen langen Umweg "
        "nehmen. Ich habe beim Kundenservice angerufen, man hat mich auf die Website verwiesen. "
        "Bitte reparieren Sie den Aufzug schnell und informieren Sie die Fahrgaeste. Danke",
        "Sehr geehrte Damen und Herren, am Samstag habe ich im Bus der Linie {line} meinen "
        "Rucksack mit Laptop liegen lassen. Ich bin an der Haltestelle {stop} um etwa {time} "
        "ausgestiegen. Ich habe am Montag beim Fundbüro angerufen, aber dort war nichts "
        "abgegeben. Es sind wichtige Unterlagen für mein Studium darauf. Können Sie bitte beim "
        "Fahrer oder im Betriebshof nachfragen? Vielen Dank",
        "Servus, die Bim {line} ist in der Früh so voll, dass wir an der Station {stop} "
        "regelmäßig nicht mehr reinkommen. Ich steh dort mit meinen zwei Kindern, die zur Schule "
        "müssen, und wir lassen oft zwei, drei Garnituren vorbei. Warum fahren zur Stoßzeit nur "
        "kurze Züge? Ich hab das schon mehrmals geschrieben, aber nie eine Antwort bekommen. "
        "Bitte setzt mehr oder längere Wagen ein. Danke",
        "Hallo, ich möchte mich über den Schienenersatzverkehr zwischen {stop} und der "
        "Innenstadt beschweren. Gestern Abend stand ich um {time} mit vielen anderen Fahrgästen "
        "an der Ersatzhaltestelle, aber der Bus kam erst nach 40 Minuten, und es gab weder "
        "Schilder noch Personal. Ich bin 67 und stand die ganze Zeit im Regen. Die Info in der "
        "App war falsch. Bitte organisieren Sie den Ersatzverkehr besser. Mit freundlichen "
        "Grüßen",
        "Guten Tag, ich habe vor {days} Tagen über Ihre App ein Monatsticket gekauft, das Geld "
        "wurde abgebucht, aber das Ticket erscheint nicht. Bei der Kontrolle in der S-Bahn "
        "musste ich dann 60 Euro zahlen, obwohl ich den Zahlungsbeleg zeigen konnte. Ich habe "
        "dem Kundenservice zweimal geschrieben, bisher ohne Antwort. Ich bitte um Erstattung des "
        "erhöhten Beförderungsentgelts und um mein Ticket. Danke",
        "Grüezi, ich fahre jeden Tag mit dem Tram Nummer {line} zur Arbeit, und seit ein paar "
        "Wochen ist die Anzeige an der Haltestelle {stop} immer falsch. Es steht 2 Minuten, dann "
        "8, dann ist das Tram plötzlich weg. Ich habe so schon mehrere Anschlüsse verpasst. "
        "Könnten Sie die Anzeige bitte überprüfen? Freundliche Grüsse",
        "Sehr geehrte Damen und Herren, ich bin Mutter von Zwillingen und fahre mit dem "
        "Zwillingskinderwagen Bus. Heute hat mich der Fahrer der Linie {line} an der Haltestelle "
        "{stop} nicht einsteigen lassen, weil angeblich kein Platz war, obwohl der Bereich frei "
        "war. Ich habe 20 Minuten auf den nächsten Bus gewartet, mit zwei weinenden Babys. Ich "
        "finde das nicht in Ordnung und bitte um Stellungnahme. Freundliche Grüße",
        "Hallo, ich sitze gerade im {train}, und wir stehen seit einer Stunde auf freier "
        "Strecke. Die Toiletten sind abgeschlossen, das Wasser ist alle, und es gibt nur alle 20 "
        "Minuten eine Durchsage. Meine Frau ist schwanger, und es geht ihr nicht gut. Ich habe "
        "die Zugbegleiterin angesprochen, sie weiß auch nichts. Bitte informieren Sie uns "
        "endlich, was los ist. Danke",
        "Guten Tag, seit dem Fahrplanwechsel faehrt der letzte Bus der Linie {line} schon um "
        "{time}, vorher war es eine Stunde spaeter. Ich arbeite in der Gastronomie und komme "
        "jetzt nachts nicht mehr nach Hause. Mein Kollege auch nicht. Ein Taxi kann ich mir "
        "nicht jeden Tag leisten. Bitte ueberdenken Sie den neuen Fahrplan. Mit freundlichen "
        "Gruessen",
        "Hallo, ich habe eine Beschwerde ueber eine Fahrkartenkontrolle in der Strassenbahn "
        "gestern Abend. Ich hatte mein Abo auf dem Handy, aber der Akku war gerade leer. Der "
        "Kontrolleur war sehr unfreundlich, hat mich vor allen Leuten blossgestellt und eine "
        "Strafe ausgestellt. Ich habe mein gueltiges Abo am naechsten Tag im Kundencenter "
        "vorgezeigt, aber die Gebuehr soll ich trotzdem zahlen. Ist das wirklich richtig so? "
        "Gruss",
        "Sehr geehrte Damen und Herren, das Wartehäuschen an der Haltestelle {stop} ist seit "
        "einem Sturm vor {days} Tagen kaputt, die Glasscheiben sind zerbrochen, und das Dach "
        "hängt schief. Bei Regen stehen wir alle im Nassen, darunter viele Schulkinder und "
        "ältere Leute. Die Scherben liegen noch auf dem Boden. Bitte reparieren Sie das "
        "Häuschen. Vielen Dank",
        "Guten Tag, ich bin Pendlerin und fahre täglich mit dem Regionalzug um {time} ab {stop}. "
        "Seit einigen Wochen fährt statt der gewohnten Doppelstockwagen nur ein kleiner "
        "Triebwagen, und die Leute stehen dicht an dicht bis in den Einstiegsbereich. Fahrräder "
        "kann man gar nicht mehr mitnehmen. Ich habe mich beim Kundendialog beschwert, die "
        "Antwort war ein Standardtext. Bitte setzen Sie wieder längere Züge ein. Mit "
        "freundlichen Grüßen",
        "Hallo, ich möchte mich über den Busfahrer der Linie {line} beschweren, der heute Morgen "
        "an der Haltestelle {stop} einfach vorbeigefahren ist, obwohl ich gewunken habe und "
        "mehrere Leute gewartet haben. Der nächste Bus kam erst 30 Minuten später. Mein Sohn hat "
        "deswegen eine Klassenarbeit verpasst. Das ist nicht das erste Mal. Bitte sprechen Sie "
        "mit dem Fahrer. Danke",
        "Grüß Gott, in der U-Bahn-Station {stop} funktioniert die Rolltreppe nach oben seit "
        "Wochen nicht. Ich bin 76 und hab ein kaputtes Knie, die Stiegen sind für mich eine "
        "Qual. Der Lift ist auch oft außer Betrieb. Bitte repariert das endlich, viele ältere "
        "Leute sind betroffen. Danke schön",
        "Sehr geehrte Damen und Herren, ich habe für meine Familie vier Sitzplätze im {train} "
        "reserviert, weil wir mit zwei kleinen Kindern in den Urlaub gefahren sind. Der Wagen "
        "mit unseren Plätzen fehlte, und wir mussten vier Stunden im Gang stehen, die Kinder auf "
        "dem Koffer. Die Zugbegleiterin hat uns nur gesagt, wir könnten die Reservierung "
        "zurückfordern. Ich erwarte mehr als ein paar Euro. Freundliche Grüße",
        "Hallo, an der Haltestelle {stop} ist seit Wochen der Fahrkartenautomat kaputt, er nimmt "
        "weder Münzen noch Karten. In der App gibt es für meine Strecke keinen passenden Tarif. "
        "Gestern musste ich deshalb beim Fahrer kaufen, und der war sehr genervt. Bitte "
        "reparieren Sie den Automaten. Danke",
        "Guten Tag, ich bin Studentin und fahre jeden Tag mit der S-Bahn. Heute hat mein Zug an "
        "der Station {stop} kurzfristig das Gleis gewechselt, ohne Durchsage. Ich bin die Treppe "
        "runter und wieder hoch gerannt, und als ich ankam, war er weg. Das war schon das dritte "
        "Mal diesen Monat. Bitte machen Sie bei Gleiswechseln Durchsagen und zeigen Sie es "
        "rechtzeitig an. Danke",
        "Sehr geehrte Damen und Herren, ich möchte mich über die Sauberkeit der Busse auf der "
        "Linie {line} beschweren. Die Sitze sind klebrig, der Boden ist voller Essensreste, und "
        "heute lag sogar Erbrochenes im hinteren Teil. Ich fahre jeden Tag mit meiner kleinen "
        "Tochter, und sie will sich nirgends mehr hinsetzen. Wie oft werden die Busse gereinigt? "
        "Mit freundlichen Grüßen",
        "Hallo, ich habe heute versucht, fuer meinen Vater, der im Rollstuhl sitzt, eine "
        "Einstiegshilfe fuer den {train} zu buchen. Die Hotline war dreimal besetzt, und online "
        "kam eine Fehlermeldung. Wir wollen naechste Woche zu meiner Schwester fahren. Wie soll "
        "man so reisen? Bitte rufen Sie mich zurueck oder erklaeren Sie, wie es funktioniert. "
        "Danke",
        "Guten Tag, die Straßenbahn {line} fährt seit drei Wochen nur noch im 20-Minuten-Takt "
        "statt wie sonst alle 10 Minuten, und es gibt keine Erklärung dafür. An der Haltestelle "
        "{stop} stehen morgens bis zu 50 Leute. Ich habe im Kundencenter nachgefragt, dort hieß "
        "es Personalmangel. Wie lange wird das noch dauern? Bitte informieren Sie die Fahrgäste. "
        "Freundliche Grüße",
        "Grüezi, ich bin heute mit dem Zug ab {stop} gefahren, und die Toilette im ganzen Zug "
        "war geschlossen. Die Fahrt dauert über zwei Stunden. Ein älterer Herr war wirklich in "
        "Not. Der Kondukteur sagte nur, das sei halt so. Ich finde das nicht akzeptabel. Bitte "
        "sorgen Sie dafür, dass in jedem Zug mindestens eine Toilette funktioniert. Freundliche "
        "Grüsse",
        "Hallo, ich bin Schüler und fahre jeden Tag mit dem Schulbus der Linie {line}. Der Bus "
        "ist morgens so voll, dass einige von uns an der Haltestelle {stop} stehen bleiben "
        "müssen und zu spät zum Unterricht kommen. Unsere Lehrer glauben uns das manchmal nicht. "
        "Meine Eltern haben schon angerufen. Bitte setzen Sie einen zweiten Bus ein. Danke",
        "Sehr geehrte Damen und Herren, ich habe vor {days} Tagen einen Antrag auf Erstattung "
        "gestellt, weil mein Zug {train} komplett ausgefallen ist und ich mit dem Taxi zum "
        "Flughafen fahren musste. Bisher habe ich weder eine Eingangsbestätigung noch eine "
        "Antwort erhalten. Die Taxiquittung habe ich beigelegt. Bitte bearbeiten Sie meinen "
        "Antrag. Mit freundlichen Grüßen",
        "Hallo, ich fahre abends oft mit dem Nachtbus nach Hause. Gestern hat der Fahrer an der "
        "Haltestelle {stop} nicht gehalten, obwohl ich den Halteknopf gedrueckt habe. Ich musste "
        "bis zur naechsten Haltestelle fahren und dann im Dunkeln einen Kilometer zurueck "
        "laufen. Als junge Frau fuehle ich mich da nicht sicher. Bitte weisen Sie die Fahrer "
        "darauf hin. Danke",
        "Guten Tag, ich pendle mit dem {train}, und heute Morgen wurde in {stop} der "
        "Anschlusszug nicht gehalten, obwohl wir nur vier Minuten Verspätung hatten. Der nächste "
        "fuhr eine Stunde später. Ich habe deshalb ein wichtiges Vorstellungsgespräch verpasst. "
        "Das ist nicht das erste Mal, dass der Anschluss nicht gewartet hat. Ich bitte um "
        "Stellungnahme. Mit freundlichen Grüßen",
        "Hallo, an der Bushaltestelle {stop} gibt es seit dem Umbau keinen Fahrplan mehr, nur "
        "noch einen QR-Code. Meine Mutter ist 83 und hat kein Smartphone. Sie steht dort und "
        "weiß nicht, wann der Bus kommt. Bitte hängen Sie wieder einen gedruckten Fahrplan auf. "
        "Danke",
        "Servus, ich hab gestern in der Schnellbahn meinen Regenschirm und eine Einkaufstasche "
        "mit Medikamenten liegen lassen, Richtung {stop}, so um {time}. Wo kann ich nachfragen, "
        "ob das abgegeben wurde? Die Medikamente brauch ich dringend. Danke für eure Hilfe",
        "Sehr geehrte Damen und Herren, an der Station {stop} ist seit Monaten die Anzeigetafel "
        "am Bahnsteig defekt. Man weiss nie, welcher Zug als naechstes kommt, und die Durchsagen "
        "sind nicht zu verstehen. Ich habe mich schon zweimal in den falschen Zug gesetzt. Ich "
        "bitte um Reparatur der Anzeige. Mit freundlichen Gruessen",
        "Hallo, ich möchte mich über die Heizung in der Straßenbahn {line} beschweren. Im Winter "
        "ist es dort so heiß, dass man im Mantel schwitzt, und die Fenster kann man nicht "
        "öffnen. Mir ist neulich schwindelig geworden. Bitte regeln Sie die Heizung etwas "
        "herunter. Danke",
        "Guten Tag, ich habe ein Jahresabo bei Ihnen und bin umgezogen. Seit {days} Tagen "
        "versuche ich, die Adresse zu ändern, aber auf der Website bekomme ich immer eine "
        "Fehlermeldung, und die Hotline ist ständig besetzt. Jetzt kommt die neue Karte an die "
        "alte Adresse. Bitte helfen Sie mir. Freundliche Grüße",
        "Hallo, ich nehme jeden Tag mein Fahrrad mit in die Regionalbahn nach {stop}. Seit der "
        "neue Zug eingesetzt wird, gibt es nur noch vier Fahrradplaetze, und wir sind morgens "
        "zehn Leute. Der Zugbegleiter hat mich gestern rausgeschickt. Wie soll ich jetzt zur "
        "Arbeit kommen? Bitte schaffen Sie mehr Platz fuer Fahrraeder. Danke",
        "Sehr geehrte Damen und Herren, ich bin blind und orientiere mich an den Ansagen im Bus. "
        "Seit einigen Wochen sind in den Bussen der Linie {line} die Haltestellenansagen oft "
        "stumm. Ich habe zweimal meine Haltestelle verpasst. Der Fahrer sagte, er könne es nicht "
        "einschalten. Bitte reparieren Sie die Ansage. Vielen Dank",
        "Hallo, gestern war die U-Bahn wegen einer Störung unterbrochen, aber weder an der "
        "Station {stop} noch in der App gab es Informationen. Wir standen eine halbe Stunde am "
        "Bahnsteig, bis ein Mitarbeiter sagte, wir sollten den Bus nehmen. Ich habe deshalb "
        "meinen Arzttermin verpasst. Bitte verbessern Sie die Fahrgastinformation. Gruß",
        "Grüezi, ich habe online ein Billett für die Strecke ab {stop} gekauft, aber "
        "versehentlich das falsche Datum gewählt. Im Kundenservice sagte man, eine "
        "Rückerstattung sei nicht möglich. Es waren immerhin 80 Franken. Gibt es keine Kulanz? "
        "Freundliche Grüsse",
        "Guten Tag, ich fahre jeden Tag mit der Linie {line}, und seit Wochen fährt der Bus an "
        "der Haltestelle {stop} zwei, drei Minuten zu früh ab. Ich stehe pünktlich da und sehe "
        "nur noch die Rücklichter. Das ist mir diese Woche schon zweimal passiert. Bitte achten "
        "Sie darauf, dass der Fahrplan eingehalten wird. Danke",
        "Sehr geehrte Damen und Herren, ich bin im siebten Monat schwanger und fahre jeden "
        "Morgen mit der S-Bahn. Fast nie bietet mir jemand einen Platz an, und die markierten "
        "Plätze für Schwangere und Behinderte sind von Leuten mit Koffern belegt. Ich habe das "
        "Zugpersonal gebeten, etwas zu sagen, aber es passierte nichts. Vielleicht könnten Sie "
        "mit Durchsagen darauf hinweisen. Vielen Dank",
        "Hallo, ich wollte mich ueber die neue Tarifreform beschweren. Mein Monatsticket fuer "
        "zwei Zonen kostet jetzt 15 Euro mehr, obwohl der Bus der Linie {line} seltener faehrt "
        "als vorher. Ich bin Rentnerin, und jeder Euro zaehlt. Gibt es eine Ermaessigung fuer "
        "Senioren? Danke fuer eine Antwort",
        "Guten Tag, am Bahnhof {stop} ist der Bahnsteig an Gleis 3 so niedrig, dass ich mit "
        "meinem Rollator nicht in den Zug komme. Es gibt eine Rampe, aber kein Personal, das sie "
        "anlegt. Ich habe gestern den Zug fahren lassen muessen. Bitte sorgen Sie fuer Hilfe "
        "beim Einstieg. Mit freundlichen Gruessen",
        "Hallo, heute Morgen war die Straßenbahn {line} um {time} so voll, dass die Türen nicht "
        "zugingen und der Fahrer mehrmals durchsagte, wir sollten aussteigen. Niemand ist "
        "ausgestiegen, alle mussten zur Arbeit. Wir standen zehn Minuten an der Haltestelle "
        "{stop}. Ich bitte um mehr Fahrten zur Hauptverkehrszeit. Danke",
        "Sehr geehrte Damen und Herren, ich bin Lehrerin und habe für einen Klassenausflug eine "
        "Gruppenfahrt mit dem {train} gebucht. Die Gruppenreservierung war im Zug nicht "
        "angezeigt, und unsere 24 Kinder mussten im Gang und im Vorraum stehen. Eine andere "
        "Gruppe saß auf unseren Plätzen. Bitte erstatten Sie uns die Reservierungsgebühr. Mit "
        "freundlichen Grüßen",
        "Guten Tag, in den Zügen Richtung {stop} funktioniert das WLAN seit Monaten nicht. Ich "
        "arbeite während der Pendelstrecke und bin darauf angewiesen. Ich habe das im "
        "Kundenportal gemeldet und eine automatische Antwort bekommen. Wann ist mit einer Lösung "
        "zu rechnen? Freundliche Grüße",
        "Grüß Gott, der Autobus {line} ist seit {days} Tagen ständig verspätet, weil er im Stau "
        "steht. Wir warten an der Haltestelle {stop} manchmal 25 Minuten, ohne dass die Anzeige "
        "etwas sagt. Ich bin Krankenschwester und muss pünktlich zum Dienst. Bitte gebt "
        "wenigstens richtige Infos durch. Danke",
        "Hallo, ich bin gestern mit dem {train} gefahren, und im ganzen Wagen war es eiskalt, "
        "die Heizung war ausgefallen. Wir saßen drei Stunden mit Mütze und Handschuhen. Meine "
        "kleine Tochter hat sich erkältet. Ich finde, dass man in so einem Fall einen anderen "
        "Wagen öffnen oder eine Entschädigung anbieten sollte. Bitte um Rückmeldung. Gruß",
        "Sehr geehrte Damen und Herren, die Haltestelle {stop} der Linie {line} wurde vor zwei "
        "Wochen um 200 Meter verlegt, aber an der alten Stelle gibt es keinen Hinweis. Jeden Tag "
        "stehen dort Leute, die auf einen Bus warten, der nie kommt. Ich habe heute drei "
        "Touristen geholfen. Bitte bringen Sie ein Schild an. Danke",
        "Hallo, ich moechte mich ueber eine Zugbegleiterin im {train} beschweren. Sie hat eine "
        "aeltere Dame, die nur das falsche Ticket hatte, sehr laut angeschrien und sie am "
        "naechsten Bahnhof aussteigen lassen. Die Frau konnte kaum Deutsch. Viele Fahrgaeste "
        "waren schockiert. Ich finde so ein Verhalten unmoeglich. Bitte gehen Sie dem nach. "
        "Gruss",
        "Guten Tag, die Fahrplanauskunft in Ihrer App zeigt seit dem Update fuer die Linie "
        "{line} falsche Abfahrtszeiten an. Heute stand da {time}, der Bus kam aber zehn Minuten "
        "frueher. Ich habe den Bus verpasst und musste laufen. Bitte korrigieren Sie die Daten. "
        "Danke",
        "Hallo, ich fahre seit Jahren mit der U-Bahn, und es wird immer schmutziger. An der "
        "Station {stop} stinkt es nach Urin, die Sitze am Bahnsteig sind klebrig, und im "
        "Zwischengeschoss liegt überall Müll. Meine Kinder mögen gar nicht mehr mitfahren. Bitte "
        "reinigen Sie die Station öfter. Freundliche Grüße",
        "Sehr geehrte Damen und Herren, ich habe im Februar mein Abo gekündigt, aber es wird "
        "immer noch jeden Monat abgebucht. Ich habe dreimal geschrieben und einmal angerufen. "
        "Jedes Mal wurde mir versprochen, dass es erledigt wird. Bitte stoppen Sie die Abbuchung "
        "und erstatten Sie die zu viel gezahlten Beträge. Mit freundlichen Grüßen",
        "Grüezi, ich bin heute mit dem Bus {line} gefahren, und der Chauffeur hat während der "
        "Fahrt die ganze Zeit telefoniert und ist sehr ruppig gefahren. Eine Frau mit "
        "Kinderwagen wäre beinahe umgefallen. Ich bin mit meinem Sohn ganz vorne gesessen und "
        "habe mich nicht sicher gefühlt. Bitte nehmen Sie das ernst. Freundliche Grüsse",
        "Guten Tag, ich bin gehbehindert und nutze den Rufbus in unserem Ortsteil. In letzter "
        "Zeit wird meine Bestellung oft kurzfristig abgesagt, und dann komme ich nicht zum Arzt. "
        "Heute früh wurde die Fahrt um {time} einfach storniert. Ich habe versucht anzurufen, "
        "aber niemand hat abgenommen. Bitte sorgen Sie für einen zuverlässigen Service. Danke",
        "Hallo, am Bahnsteig in {stop} tropft es bei Regen durch das Dach genau dort, wo die "
        "Leute auf den Zug warten, und unter der Anzeigetafel steht eine große Pfütze. Ich "
        "pendle jeden Tag und stehe jedes Mal im Nassen. Meine Arbeitskollegin ist dort letzte "
        "Woche ausgerutscht. Bitte reparieren Sie das Bahnsteigdach. Mit freundlichen Grüßen",
        "Sehr geehrte Damen und Herren, am Sonntag fiel meine Verbindung {train} aus, und der "
        "Ersatzzug kam eine Stunde später. Ich bin mit Rollstuhl unterwegs und hatte Hilfe beim "
        "Umstieg gebucht, die natürlich nicht für den späteren Zug galt. Ich saß 45 Minuten am "
        "Bahnsteig fest, bis sich jemand fand. Bitte verbessern Sie die Abstimmung bei "
        "Ausfällen. Vielen Dank",
        "Hallo, ich bin Pendler und fahre taeglich mit dem {train}. Seit dem Fahrplanwechsel "
        "haelt der Zug nicht mehr in {stop}, wo ich wohne. Jetzt muss ich mit dem Bus zum "
        "naechsten Bahnhof fahren und bin jeden Tag 40 Minuten laenger unterwegs. Bitte nehmen "
        "Sie den Halt wieder in den Fahrplan auf. Gruss",
        "Guten Tag, ich wollte Ihnen berichten, dass die Entwerter in der Straßenbahn {line} "
        "kaputt sind. Man kann die Streifenkarte nicht abstempeln. Bei der Kontrolle heißt es "
        "dann, man hätte kein gültiges Ticket. Das ist mir gestern passiert. Bitte reparieren "
        "Sie die Geräte. Danke",
        "Hallo, ich habe eine Frage zu meinem Jobticket. Mein Arbeitgeber hat mir gesagt, dass "
        "es ab naechsten Monat teurer wird, aber auf Ihrer Website finde ich nichts dazu. Ich "
        "fahre taeglich mit der Linie {line} und brauche das Ticket. Koennen Sie mir erklaeren, "
        "was sich aendert und ob ich etwas tun muss? Vielen Dank",
        "Sehr geehrte Damen und Herren, am Bahnhof {stop} gibt es seit dem Umbau kein "
        "Wartehäuschen und keine Sitzbank mehr am Bahnsteig. Bei Regen und Wind stehen wir im "
        "Freien. Viele ältere Fahrgäste können nicht lange stehen. Bitte schaffen Sie einen "
        "Unterstand. Freundliche Grüße",
        "Servus, ich bin mit meinem Rollstuhl gestern bei der Station {stop} gestanden, und die "
        "Straßenbahn, die kam, war eine alte Hochflurgarnitur. Der nächste Niederflurwagen kam "
        "erst 25 Minuten später. Die Anzeige sagt nicht, ob der nächste Zug barrierefrei ist. "
        "Bitte zeigt das an, das würde viel helfen. Danke",
        "Hallo, meine Tochter hat gestern im Bus der Linie {line} ihr Handy verloren. Sie ist an "
        "der Haltestelle {stop} eingestiegen und an der Endhaltestelle ausgestiegen. Wir haben "
        "beim Fundbüro angerufen, aber die Warteschleife dauerte über 20 Minuten. Können Sie uns "
        "helfen? Danke",
        "Guten Tag, seit einem Monat fährt der Bus der Linie {line} am Wochenende nicht mehr in "
        "unser Dorf. Ich bin 79 und habe kein Auto. Meine Kinder wohnen weit weg, und ich komme "
        "jetzt samstags nicht mehr zum Markt. Bitte denken Sie auch an die Menschen auf dem "
        "Land. Mit freundlichen Grüßen",
        "Sehr geehrte Damen und Herren, ich war gestern im {train} unterwegs, und in meinem "
        "Wagen saß eine Gruppe, die sehr laut war und getrunken hat. Ich habe die Zugbegleiter "
        "gesucht, aber auf der ganzen Fahrt keinen gesehen. Mit meinen Kindern habe ich mich "
        "nicht wohlgefühlt. Bitte sorgen Sie für mehr Personal in den Zügen. Gruß",
        "Guten Tag, ich moechte mich beschweren, dass an der U-Bahn-Station {stop} die "
        "Rolltreppe seit Wochen nur nach unten faehrt. Nach oben muss man 80 Stufen laufen. Ich "
        "bin Asthmatikerin und schaffe das kaum. Bitte reparieren Sie die Rolltreppe. Vielen "
        "Dank",
        "Hallo, ich möchte wissen, ob es für Familien eine günstigere Fahrkarte gibt. Wir fahren "
        "am Wochenende zu viert in die Stadt, und mit Einzeltickets ist das teurer als Parken. "
        "Am Automaten an der Haltestelle {stop} finde ich nichts dazu, und die App ist sehr "
        "unübersichtlich. Über eine Auskunft würde ich mich freuen. Danke",
        "Sehr geehrte Damen und Herren, heute Morgen fiel der Zug {train} ohne Vorankündigung "
        "aus. Die Anzeige zeigte bis zur Abfahrtszeit pünktlich an und dann einfach nichts mehr. "
        "Hunderte Pendler standen am Bahnsteig. Ich musste mit dem Taxi fahren und kam trotzdem "
        "zu spät. Bitte informieren Sie früher über Ausfälle. Mit freundlichen Grüßen",
        "Gruezi, ich war gestern mit dem Zug unterwegs, und am Perron in {stop} gab es keine "
        "Durchsage, dass der Zug in umgekehrter Reihenfolge einfaehrt. Mit Gepaeck und zwei "
        "Kindern mussten wir den ganzen Perron entlangrennen. Wir haben es knapp geschafft. "
        "Bitte informieren Sie besser ueber die Wagenreihung. Freundliche Gruesse",
        "Guten Tag, ich fahre seit Jahren mit der Linie {line}, und seit der Umstellung auf die "
        "neuen Busse gibt es viel weniger Sitzplätze. Für ältere Menschen und Menschen mit "
        "Einkäufen ist das eine Zumutung. Meine Nachbarin, 85, steht jetzt die ganze Fahrt. "
        "Bitte überdenken Sie die Bestuhlung. Freundliche Grüße",
        "Hallo, ich bin gestern Abend mit der letzten S-Bahn gefahren, und an der Station {stop} "
        "waren alle Ausgänge außer einem abgeschlossen. Der offene Ausgang führt auf die andere "
        "Seite der Gleise, ich musste einen Umweg von 15 Minuten machen. Das war nirgends "
        "angekündigt. Bitte informieren Sie über solche Schließungen. Danke",
        "Sehr geehrte Damen und Herren, ich habe vor {days} Tagen ein Ticket im Zug nachgeloest, "
        "weil der Automat am Bahnhof {stop} kaputt war. Ich musste trotzdem den Bordpreis "
        "zahlen, der deutlich hoeher ist. Ich habe ein Foto vom kaputten Automaten. Bitte "
        "erstatten Sie mir die Differenz. Mit freundlichen Gruessen",
        "Hallo, seit der Baustelle an der Strecke fährt die Straßenbahn {line} nur bis {stop}, "
        "und ab dort gibt es Ersatzbusse. Die Umsteigezeit ist viel zu knapp, und die Busse "
        "warten nicht auf die Bahn. Ich verliere jeden Tag 20 Minuten. Bitte stimmen Sie die "
        "Ersatzbusse besser ab. Danke",
        "Guten Tag, ich fahre jeden Tag mit der Straßenbahn und habe seit {days} Tagen ein "
        "Problem mit Ihrer Ticket-App: Sie stürzt beim Bezahlen jedes Mal ab. Ich habe sie schon "
        "neu installiert. Jetzt muss ich Papiertickets kaufen, die teurer sind. Bitte beheben "
        "Sie den Fehler. Vielen Dank",
        "Sehr geehrte Damen und Herren, ich habe mein Fahrrad im Fahrradabteil des {train} "
        "abgestellt, und beim Aussteigen war der Zugang mit Koffern zugestellt. Ich konnte nicht "
        "aussteigen und musste bis zum nächsten Bahnhof fahren. Vom Personal war niemand zu "
        "sehen. Bitte sorgen Sie für Ordnung in den Fahrradabteilen. Gruß",
        "Grüß Gott, bei der Haltestelle {stop} ist das Wartehäuschen seit Wochen ohne Licht. Im "
        "Winter ist es um fünf schon dunkel, und die Busfahrer sehen uns nicht. Gestern ist der "
        "Bus einfach vorbeigefahren. Bitte macht das Licht im Häuschen wieder an. Danke",
        "Hallo, ich bin mit dem {train} gefahren, und der Zug hatte wegen einer Weichenstörung "
        "90 Minuten Verspätung. Laut Fahrgastrechten steht mir eine Entschädigung zu, aber das "
        "Online-Formular bricht immer ab. Ich habe es viermal versucht. Bitte nennen Sie mir "
        "einen anderen Weg. Freundliche Grüße",
        "Sehr geehrte Damen und Herren, seit dem Fahrplanwechsel ist der Anschluss zwischen dem "
        "Bus {line} und der S-Bahn an der Station {stop} weg: der Bus kommt genau eine Minute, "
        "nachdem die S-Bahn abgefahren ist. Ich warte jetzt jeden Morgen 19 Minuten auf dem "
        "zugigen Bahnsteig. Viele andere Pendler auch. Bitte stimmen Sie die Fahrplaene ab. "
        "Danke",
        "Hallo, ich bin heute mit der U-Bahn gefahren, und in meinem Wagen war die Tuer kaputt, "
        "sie ging waehrend der Fahrt immer wieder einen Spalt auf. Ich habe den Notruf "
        "gedrueckt, aber niemand hat geantwortet. Ich hatte Angst um mein Kind. Bitte pruefen "
        "Sie Ihre Fahrzeuge. Gruss",
        "Guten Tag, ich war gestern zum ersten Mal in Ihrer Stadt. Am Fahrkartenautomaten am "
        "Bahnhof {stop} gab es keine englische Sprache und keine Erklärung der Zonen. Ich habe "
        "wahrscheinlich das falsche Ticket gekauft und musste Strafe zahlen. Ich finde das "
        "unfair. Können Sie die Strafe zurücknehmen? Freundliche Grüße",
        "Hallo, seit dem Fahrplanwechsel fährt die Straßenbahn nachts nur noch jede Stunde. Ich "
        "arbeite im Krankenhaus im Schichtdienst und komme um {time} aus der Nachtschicht. Jetzt "
        "stehe ich oft 50 Minuten an der Haltestelle {stop}. Bitte denken Sie an die Menschen, "
        "die nachts arbeiten. Danke",
        "Grüezi, am Bahnhof {stop} ist der Billettautomat schon seit zwei Wochen ausser Betrieb, "
        "und am Schalter ist nur vormittags jemand. Ich bin nicht so gut mit dem Handy. Wie soll "
        "ich da ein Billett lösen? Bitte reparieren Sie den Automaten. Freundliche Grüsse",
        "Sehr geehrte Damen und Herren, ich möchte mich über die Durchsagen in der S-Bahn "
        "beschweren. Sie sind so leise und verrauscht, dass man nichts versteht. Gestern wurde "
        "durchgesagt, dass der Zug in {stop} endet, und ich habe es nicht verstanden. Ich war "
        "dann 30 Minuten zu spät. Bitte verbessern Sie die Lautsprecher. Danke",
        "Guten Tag, an der Haltestelle {stop} der Linie {line} fehlt seit einem Unfall der "
        "Haltestellenmast mit dem Fahrplan, nur noch der Betonsockel steht. Die Busfahrer halten "
        "manchmal, manchmal nicht. Ich stehe dort jeden Morgen mit meinem Sohn. Bitte bringen "
        "Sie das Haltestellenschild wieder an. Vielen Dank",
        "Hallo, ich habe gestern im Zug {train} meinen Platz in der ersten Klasse nicht nutzen "
        "koennen, weil der Wagen gesperrt war. Ich musste in der zweiten Klasse stehen, obwohl "
        "ich den vollen Preis bezahlt habe. Der Zugbegleiter hat mir keine Bestaetigung gegeben. "
        "Wie bekomme ich mein Geld zurueck? Danke",
        "Hallo, ich möchte mich beschweren, dass in den Bussen der Linie {line} die Fenster seit "
        "Monaten nicht geputzt wurden. Man sieht kaum hinaus und erkennt die Haltestellen nicht. "
        "Für ältere Fahrgäste, die sich orientieren müssen, ist das schwierig. Bitte reinigen "
        "Sie die Busse auch von außen. Danke",
        "Sehr geehrte Damen und Herren, ich habe am Bahnhof {stop} eine Mitarbeiterin nach dem "
        "Gleis fuer meinen Zug gefragt, und sie hat mich einfach ignoriert und "
        "weitertelefoniert. Ich bin 78 und kenne mich nicht gut aus. Ich habe den Zug dann "
        "verpasst. Ich finde, Kundenfreundlichkeit sieht anders aus. Mit freundlichen Gruessen",
        "Servus, in der U-Bahn-Station {stop} ist seit Wochen die Anzeige kaputt, die sagt, wann "
        "die nächste U-Bahn kommt. Wir stehen alle da und schauen in den Tunnel. Außerdem gibt's "
        "keine Durchsagen. Bitte reparieren, danke",
        "Guten Tag, ich fahre jeden Tag mit dem Bus {line} zu meiner Arbeit im Gewerbegebiet. "
        "Seit Wochen fällt die Fahrt um {time} regelmäßig aus, ohne Ankündigung. Ich habe schon "
        "drei Abmahnungen wegen Verspätung. Bitte sagen Sie mir, ob es die Fahrt überhaupt noch "
        "gibt. Mit freundlichen Grüßen",
        "Hallo, wir sind eine Familie mit drei Kindern und wollten in den Ferien mit dem Zug "
        "fahren. Die Buchung auf Ihrer Website hat mir zweimal das Geld abgebucht, aber nur eine "
        "Buchung angezeigt. Der Kundenservice verweist mich an die Bank. Bitte erstatten Sie den "
        "doppelten Betrag. Freundliche Grüße",
        "Guten Tag, am Bahnhof {stop} ist der Warteraum seit Wochen abgeschlossen, auch bei "
        "Minusgraden. Wer auf den Anschlusszug wartet, steht im Wind am Bahnsteig. Ich war "
        "gestern mit meiner kleinen Tochter unterwegs, und wir haben 40 Minuten gefroren. Bitte "
        "oeffnen Sie den Warteraum wieder. Danke",
        "Sehr geehrte Damen und Herren, ich bin gestern mit dem Nachtzug gefahren und hatte ein "
        "Abteil im Liegewagen gebucht. Das Abteil war schmutzig, die Bettwäsche fehlte, und die "
        "Klimaanlage war kaputt. Ich habe kaum geschlafen. Ich bitte um eine teilweise "
        "Erstattung. Mit freundlichen Grüßen",
        "Hallo, ich möchte mich über die Straßenbahnfahrer der Linie {line} beschweren, die an "
        "der Haltestelle {stop} nicht auf umsteigende Fahrgäste aus dem Bus warten. Man sieht "
        "die Bahn, rennt los, und sie fährt vor der Nase weg. Ich bin 70 und kann nicht mehr so "
        "schnell rennen. Etwas mehr Rücksicht wäre schön. Danke",
        "Hallo, ich bin Radfahrer und nehme morgens mein Rad mit in die S-Bahn, weil der Weg von "
        "{stop} zur Arbeit zu weit ist. Seit Kurzem steht in der App, dass zur Stoßzeit keine "
        "Fahrräder erlaubt sind, am Bahnsteig hängt aber kein Hinweis. Gestern hat mich der "
        "Zugbegleiter vor allen Leuten rausgeworfen. Bitte informieren Sie klar und rechtzeitig. "
        "Gruß",
        "Guten Tag, meine Tochter ist zwölf und fährt seit diesem Schuljahr allein mit dem Bus "
        "{line} zur Schule. Gestern hat der Fahrer sie an der Haltestelle {stop} ohne Fahrkarte "
        "nicht mitgenommen, weil ihr Schülerausweis noch nicht gedruckt war, obwohl wir das "
        "Ticket bezahlt haben. Sie stand eine Stunde alleine dort. Ich finde das "
        "unverantwortlich. Bitte sorgen Sie für eine Lösung. Mit freundlichen Grüßen",
        "Sehr geehrte Damen und Herren, seit {days} Tagen ist an der Station {stop} der Aufzug "
        "zum Bahnsteig Richtung Innenstadt defekt, und ich muss mit dem Kinderwagen jeden Morgen "
        "die Treppe hinunter. Meistens hilft mir jemand, aber gestern war niemand da, und ich "
        "habe meinen Zug verpasst. Auf der Website steht nichts von einer Stoerung. Bitte "
        "reparieren Sie den Aufzug. Danke",
        "Grüß Gott, ich fahr jeden Tag mit dem Regionalzug um {time} und muss in {stop} "
        "umsteigen. Der Anschlussbus wartet nie, auch wenn der Zug nur zwei Minuten zu spät ist. "
        "Dann sitz ich eine halbe Stunde am Bahnhof. Könnt ihr den Busfahrern nicht sagen, dass "
        "sie kurz warten sollen? Danke",
        "Hallo, ich möchte mich über den Zustand der Haltestelle {stop} beschweren. Die Sitzbank "
        "im Wartehäuschen ist abgebrochen, die Fahrplanvitrine ist zerkratzt, und man kann "
        "nichts mehr lesen. Ich warte dort jeden Tag mit meinem Vater, der nicht lange stehen "
        "kann. Bitte bringen Sie die Haltestelle wieder in Ordnung. Vielen Dank",
    ],
    "communication": [
        "Guten Tag, ich wohne seit über zwanzig Jahren in der {street}, aber so laut wie jetzt "
        "war es noch nie. Seit {days} Tagen feiern die neuen Nachbarn im Haus {num} jede Nacht "
        "bis drei Uhr, mit lauter Musik und Gegröle auf dem Balkon. Meine Kinder müssen morgens "
        "früh zur Schule und können nicht schlafen. Ich habe schon geklingelt und freundlich "
        "gefragt, aber es wurde nur schlimmer. Bitte schicken Sie jemanden vorbei oder sagen Sie "
        "mir, an wen ich mich wenden kann. Vielen Dank",
        "Sehr geehrte Damen und Herren, ich bin 81 Jahre alt und gehe jeden Tag mit meinem "
        "Rollator durch den {place}. Seit einigen Wochen schlafen dort mehrere Menschen in "
        "Zelten unter der Brücke, und es werden immer mehr. Ich habe keine Angst, aber es tut "
        "mir im Herzen weh, die Leute bei dieser Kälte zu sehen. Gibt es jemanden von der Stadt, "
        "der sich um sie kümmert? Ich bitte Sie, Sozialarbeiter vorbeizuschicken. Mit "
        "freundlichen Grüßen",
        "Hallo, in unserem Hinterhof in der {street} {num} laufen seit {days} Tagen Ratten "
        "herum, auch am helllichten Tag. Sie kommen aus dem Bereich der Mülltonnen und "
        "verschwinden in einem Loch an der Hauswand. Meine Kinder spielen dort normalerweise, "
        "ich lasse sie jetzt nicht mehr raus. Die Hausverwaltung reagiert nicht auf meine "
        "Anrufe. Bitte sagen Sie mir, wer für die Bekämpfung zuständig ist. Danke!",
        "Guten Tag, seit ein paar Wochen laeuft bei uns in der {street} ein grosser schwarzer "
        "Hund ohne Halsband herum. Er ist nicht aggressiv, aber er bellt Kinder an und laeuft "
        "hinter Radfahrern her. Ich habe die Nachbarn gefragt, niemand kennt den Besitzer. Meine "
        "Tochter traut sich nicht mehr alleine zur Schule. Bitte schicken Sie jemanden, der den "
        "Hund einfaengt. Danke",
        "Gruess Gott, ich moechte mich herzlich bedanken. Letzte Woche habe ich ein tiefes "
        "Schlagloch vor unserem Haus in der {street} gemeldet, und schon drei Tage spaeter war "
        "es zugemacht. Ich haette nicht gedacht, dass es so schnell geht. Mein Mann ist mit dem "
        "Rad dort immer fast gestuerzt, jetzt ist alles gut. Danke an die fleissigen Arbeiter "
        "und an Sie! Mit freundlichen Gruessen",
        "Sehr geehrte Damen und Herren, in der Bar an der Ecke {street} / {place} ist jedes "
        "Wochenende bis vier Uhr morgens Lärm. Die Gäste stehen rauchend vor der Tür, schreien "
        "und lassen ihre Flaschen auf dem Gehweg liegen. Ich wohne direkt darüber und habe seit "
        "Monaten nicht mehr durchgeschlafen. Ich habe das Ordnungsamt schon dreimal angerufen, "
        "aber abends ist niemand erreichbar. Bitte überprüfen Sie die Sperrstunde. Mit "
        "freundlichen Grüßen",
        "Hallo, heute Morgen lag auf dem Gehweg in der {street} vor Nummer {num} eine tote "
        "Katze. Sie wurde wohl angefahren. Ich habe sie mit einem Karton zugedeckt, weil gleich "
        "die Kinder zur Schule kommen. Vielleicht gehört sie jemandem aus der Nachbarschaft und "
        "hat einen Chip. Bitte schicken Sie jemanden, der sie abholt. Danke",
        "Grüezi, wir haben seit dem Frühling Wespen in der Fassade unseres Hauses an der "
        "{street}. Jetzt im August ist es ein richtiges Nest, und die Tiere kommen in die "
        "Wohnung. Unser Sohn ist allergisch. Wir haben bei der Verwaltung angerufen, die sagt, "
        "das sei unsere Sache. Können Sie uns sagen, wer ein Nest entfernen darf und was das "
        "kostet? Freundliche Grüsse",
        "Guten Tag, ich bin Mieterin in der {street} {num} und habe seit {days} Tagen keine "
        "Heizung und kein warmes Wasser. Es ist draußen unter null Grad, und ich habe ein "
        "kleines Baby. Der Vermieter geht nicht ans Telefon und reagiert nicht auf E-Mails. Ich "
        "weiß nicht mehr weiter. Können Sie mir sagen, was ich tun kann oder wer mir hilft? "
        "Bitte dringend um Rückmeldung.",
        "Hallo, ich möchte eine Beobachtung melden. Im {place} wird seit ein paar Wochen abends "
        "am Spielplatz offen mit Drogen gehandelt. Morgens finden wir kleine Tütchen und "
        "Zigarettenreste im Sand. Meine Kinder spielen dort tagsüber. Ich habe die Polizei "
        "angerufen, aber es kommt selten jemand. Bitte sorgen Sie für mehr Kontrollen. Danke",
        "Sehr geehrte Damen und Herren, auf dem Nachbargrundstück {street} {num} steht seit "
        "Jahren ein leeres Haus, das immer mehr verfällt. Die Fenster sind eingeschlagen, der "
        "Garten ist völlig verwildert, und nachts sehen wir manchmal Licht von Taschenlampen. "
        "Wir machen uns Sorgen, dass dort jemand einbricht oder ein Feuer legt. Ich habe den "
        "Eigentümer nicht erreichen können. Kann die Stadt hier etwas unternehmen? Mit "
        "freundlichen Grüßen",
        "Hallo, bei uns in der Wohnung in der {street} ist seit dem Winter Schimmel im "
        "Schlafzimmer und im Bad. Der Vermieter sagt, wir lueften falsch, obwohl wir mehrmals am "
        "Tag lueften. Mein Sohn hat seitdem staendig Husten. Wir haben Fotos gemacht. Gibt es "
        "bei der Stadt eine Stelle, die sich das anschaut? Danke fuer Ihre Hilfe",
        "Guten Tag, seit einigen Wochen wird im Haus gegenüber, {street} {num}, ohne Pause "
        "renoviert: jeden Tag ab sieben Uhr Bohren und Hämmern, auch am Samstag. Ich arbeite in "
        "Nachtschicht und muss tagsüber schlafen. Ich habe mit den Handwerkern gesprochen, sie "
        "sagen, der Eigentümer drängt. Gibt es Regeln, wann gearbeitet werden darf? Bitte um "
        "Auskunft. Mit freundlichen Grüßen",
        "Hallo, im {place} am Teich liegt seit gestern ein toter Schwan am Ufer. Viele Kinder "
        "sind dort am Wochenende. Ich mache mir Sorgen, dass es eine Krankheit sein koennte, "
        "Vogelgrippe oder so. Bitte schicken Sie jemanden, der das Tier abholt und untersuchen "
        "laesst. Danke",
        "Servus, ich wollte fragen, wo ich meinen Reisepass verlängern kann und ob ich einen "
        "Termin brauche. Wir fliegen in sechs Wochen mit den Kindern in den Urlaub, und der Pass "
        "von meiner Tochter läuft ab. Auf der Website find ich mich nicht zurecht. Ich hab schon "
        "beim Bezirksamt angerufen, aber da hebt niemand ab. Danke für eine kurze Antwort",
        "Sehr geehrte Damen und Herren, ich möchte mich ausdrücklich bei den Mitarbeitern der "
        "Stadtreinigung bedanken. Nach dem Straßenfest in der {street} war am Sonntagmorgen "
        "schon um acht Uhr alles wieder sauber, als wäre nichts gewesen. Ich wohne dort seit 30 "
        "Jahren und habe das noch nie so schnell erlebt. Bitte geben Sie meinen Dank weiter. Mit "
        "freundlichen Grüßen",
        "Hallo, bei uns im Haus in der {street} haben wir Bettwanzen. Wir haben bereits einen "
        "Kammerjäger bezahlt, aber die Tiere kommen aus der Nachbarwohnung wieder. Der Vermieter "
        "will nichts machen. Wir haben zwei kleine Kinder, die jede Nacht zerstochen werden. An "
        "wen können wir uns wenden? Danke",
        "Guten Tag, seit {days} Tagen bellt bei unseren Nachbarn in der {street} {num} ein Hund "
        "von morgens bis abends, wenn die Besitzer arbeiten sind. Er ist den ganzen Tag allein "
        "auf dem Balkon, auch bei Hitze, ohne Schatten. Ich mache mir Sorgen um das Tier und "
        "kann auch im Homeoffice nicht mehr arbeiten. Ich habe einen Zettel an die Tür geklebt, "
        "keine Reaktion. Bitte schauen Sie sich das an. Freundliche Grüße",
        "Hallo, ich wohne neben dem Imbiss in der {street}. Seit ein paar Wochen stehen hinter "
        "dem Laden offene Eimer mit Fleischresten und Fett, und es riecht fuerchterlich. "
        "Ausserdem habe ich gesehen, wie ein Mitarbeiter Ware vom Boden aufgehoben und wieder in "
        "die Theke gelegt hat. Ich finde das unhygienisch. Bitte schicken Sie die "
        "Lebensmittelkontrolle. Danke",
        "Sehr geehrte Damen und Herren, auf dem Dach und den Fensterbänken in unserem Innenhof "
        "in der {street} nisten Dutzende Tauben. Der Kot liegt überall auf Balkonen und "
        "Fensterbrettern, und eine Nachbarin füttert sie auch noch täglich mit Brot. Ich habe "
        "sie darauf angesprochen, aber sie macht weiter. Gibt es ein Fütterungsverbot, und wer "
        "setzt das durch? Mit freundlichen Grüßen",
        "Hallo, ich habe eine Frage. Wir planen im Sommer ein Nachbarschaftsfest im {place}, mit "
        "einem Pavillon, einem Grill und etwas Musik. Was müssen wir beantragen, wie lange "
        "vorher, und kostet das etwas? Wir sind eine Gruppe von etwa 20 Familien aus der "
        "{street}. Vielen Dank im Voraus",
        "Guten Tag, in der {street} schlafen seit Wochen mehrere Menschen im Eingang der "
        "leerstehenden Bankfiliale. Morgens liegen dort Schlafsäcke, Decken und Essensreste. Ich "
        "habe Mitleid, aber die Kunden meines Ladens nebenan fühlen sich unwohl. Gibt es "
        "Hilfsangebote, an die man die Menschen vermitteln kann? Bitte schicken Sie jemanden von "
        "der Sozialarbeit. Mit freundlichen Grüßen",
        "Gruess Gott, im Garten von unserem Nachbarn in der {street} wohnt seit einiger Zeit ein "
        "Marder, der nachts auf unserem Dachboden herumtobt und die Kabel vom Auto angebissen "
        "hat. Wir haben schon alles Moegliche probiert. Darf man den fangen, und wer ist dafuer "
        "zustaendig? Danke fuer die Auskunft",
        "Hallo, ich möchte mich bei der Dame aus dem Bürgerbüro bedanken, die mir letzte Woche "
        "so geduldig geholfen hat. Ich bin 84 und kenne mich mit dem Computer nicht aus, aber "
        "sie hat sich eine halbe Stunde Zeit genommen und alles mit mir ausgefüllt. Das findet "
        "man heute selten. Bitte richten Sie ihr meinen Dank aus. Herzliche Grüße",
        "Sehr geehrte Damen und Herren, seit dem Frühjahr laufen bei uns in der Siedlung an der "
        "{street} nachts Wildschweine herum. Sie haben mehrere Vorgärten und den Rasen hinter "
        "dem Kindergarten umgegraben. Meine Frau ist abends beim Gassigehen einer Bache mit "
        "Frischlingen begegnet und hatte große Angst. Was können wir tun, und wer ist zuständig? "
        "Mit freundlichen Grüßen",
        "Guten Tag, ich moechte mehrere Einbruchsversuche melden. In unserer Strasse {street} "
        "wurden in den letzten {days} Tagen bei drei Haeusern die Kellertueren aufgebrochen, bei "
        "uns auch. Die Polizei war da, aber wir fuehlen uns nicht mehr sicher. Koennte man in "
        "der Nacht oefter Streife fahren lassen? Danke",
        "Hallo, mein Nachbar in der {street} {num} baut seit zwei Monaten im Garten ein großes "
        "Gartenhaus mit Betonfundament, direkt an unserer Grundstücksgrenze. Ich glaube nicht, "
        "dass er dafür eine Genehmigung hat, denn es ist fast drei Meter hoch. Jetzt bekommen "
        "wir keine Sonne mehr auf die Terrasse. Wie kann ich prüfen lassen, ob das erlaubt ist? "
        "Vielen Dank",
        "Guten Tag, ich möchte mich über den Laubbläser des Hausmeisterdienstes in unserer "
        "Wohnanlage in der {street} beschweren. Jeden Morgen um sieben Uhr geht es los, eine "
        "halbe Stunde lang, auch am Samstag. Ich habe ein Baby, das davon jedes Mal aufwacht. "
        "Gibt es Zeiten, zu denen das verboten ist? Freundliche Grüße",
        "Hallo, neben unserem Haus in der {street} ist ein privates Grundstück, auf dem seit "
        "Jahren niemand mehr etwas macht. Die Brombeeren und Brennnesseln wachsen schon über den "
        "Zaun, und es sammelt sich Müll darin. Der Eigentümer wohnt angeblich im Ausland. Kann "
        "die Stadt den Eigentümer auffordern, das Grundstück zu pflegen? Danke",
        "Grüezi, wir wohnen an der {street}, und im Nachbarhaus wird jedes Wochenende im Garten "
        "bis spät in die Nacht gegrillt und mit lauter Musik gefeiert. Wir haben schon mehrmals "
        "freundlich gefragt und auch die Polizei angerufen, aber es ändert sich nichts. Unsere "
        "Kinder schlafen schlecht, und wir sind am Ende. Was können wir noch machen? Freundliche "
        "Grüsse",
        "Sehr geehrte Damen und Herren, im {place} habe ich heute beim Spaziergang einen "
        "verletzten Igel gefunden, der am helllichten Tag herumtorkelte. Ich habe ihn in einen "
        "Karton gesetzt und mit nach Hause genommen. Gibt es in der Stadt eine Igelstation oder "
        "einen Tierarzt für Wildtiere? Ich möchte nichts falsch machen. Vielen Dank",
        "Hallo, ich bin Inhaberin eines kleinen Ladens in der {street}. Seit einigen Wochen "
        "sitzen vor meinem Schaufenster jeden Tag junge Maenner, trinken, poebeln Kundinnen an "
        "und lassen ihren Muell liegen. Gestern wurde eine aeltere Kundin beleidigt. Ich habe "
        "die Polizei zweimal gerufen. Bitte sorgen Sie fuer mehr Praesenz. Mit freundlichen "
        "Gruessen",
        "Guten Tag, ich moechte mich fuer die schnelle Hilfe nach dem Sturm bedanken. Bei uns in "
        "der {street} lag ein grosser Baum quer ueber der Strasse, und innerhalb von zwei "
        "Stunden war alles geraeumt. Die Maenner waren freundlich und haben sogar noch die Aeste "
        "vom Gehweg weggemacht. Das hat uns sehr beeindruckt. Vielen Dank und weiter so!",
        "Guten Tag, ich habe eine Frage zur Hundesteuer. Wir haben vor einem Monat einen Hund "
        "aus dem Tierheim adoptiert und wissen nicht, wie und wo wir ihn anmelden müssen. Gibt "
        "es eine Ermäßigung für Tierheimhunde? Auf der Website habe ich nur ein altes Formular "
        "gefunden. Danke für Ihre Hilfe",
        "Sehr geehrte Damen und Herren, in unserer Wohnung in der {street} {num} haben wir seit "
        "dem Herbst Mäuse. Wir hören sie nachts in den Wänden und in der Küche. Der Vermieter "
        "hat einmal einen Schädlingsbekämpfer geschickt, aber es hat nichts gebracht. Wir haben "
        "ein Kleinkind und Angst vor Krankheiten. Welche Möglichkeiten haben wir? Mit "
        "freundlichen Grüßen",
        "Hallo, gestern Nacht um zwei Uhr wurde in der {street} ein Auto aufgebrochen, ich habe "
        "das Klirren gehört und gesehen, wie zwei Personen weggerannt sind. Ich habe die Polizei "
        "gerufen, aber es kam niemand. Es ist das dritte Mal in diesem Monat in unserer Straße. "
        "Ich mache mir Sorgen um die Sicherheit. Was wird dagegen unternommen? Danke",
        "Servus, ich wollte fragen, wann die nächste Gemeinderatswahl ist und ob ich als "
        "EU-Bürgerin wählen darf. Ich wohne seit drei Jahren in der {street} und bin gemeldet. "
        "Ich hab auf der Website nichts Klares gefunden. Danke für eine Antwort",
        "Guten Tag, ich wohne gegenüber einer Shisha-Bar in der {street}. Jede Nacht stehen vor "
        "der Bar Gruppen mit lauter Musik aus dem Handy, und die Gäste unterhalten sich bis zum "
        "Morgen auf der Straße. Ich kann bei geöffnetem Fenster nicht schlafen, und im Sommer "
        "ist das unerträglich. Ich bitte um Überprüfung der Öffnungszeiten und der "
        "Lärmschutzauflagen. Mit freundlichen Grüßen",
        "Hallo, im {place} hat jemand offenbar Hauskaninchen ausgesetzt, es sind inzwischen "
        "bestimmt zwanzig. Sie sind zahm und laufen den Menschen hinterher. Ich mache mir "
        "Sorgen, dass sie den Winter nicht überleben oder von Hunden gerissen werden. Gibt es "
        "einen Tierschutzverein, den Sie einschalten können? Danke",
        "Sehr geehrte Damen und Herren, ich moechte mich beschweren, dass mein Antrag auf "
        "Wohngeld seit {days} Wochen nicht bearbeitet wird. Ich habe alle Unterlagen abgegeben "
        "und zweimal nachgefragt. Ich bin alleinerziehend und brauche das Geld dringend fuer die "
        "Miete. Bitte sagen Sie mir, wie der Stand ist. Mit freundlichen Gruessen",
        "Guten Tag, in unserem Viertel rund um die {street} wurden in letzter Zeit mehrere "
        "Katzen vergiftet, auch unsere. Der Tierarzt vermutet Rattengift. Irgendjemand legt "
        "offenbar Koeder aus. Ich habe Anzeige bei der Polizei erstattet. Koennen Sie die "
        "Anwohner warnen, zum Beispiel mit Aushaengen? Danke",
        "Hallo, ich wohne in der {street}, und im Hinterhof des Nachbarhauses gibt es eine "
        "Autowerkstatt, die auch samstags und sonntags arbeitet, mit Flex, Kompressor und lauter "
        "Musik. Ich bezweifle, dass das in einem Wohngebiet erlaubt ist. Meine Mutter ist "
        "pflegebedürftig und kommt nicht zur Ruhe. Bitte prüfen Sie, ob die Werkstatt eine "
        "Genehmigung hat. Freundliche Grüße",
        "Grüezi, ich möchte mich herzlich bei den Mitarbeitern vom Werkhof bedanken, die letzte "
        "Woche bei uns an der {street} den Schnee geräumt haben. Sie haben sogar den Weg zu "
        "meinem Hauseingang freigeschaufelt, obwohl sie das nicht hätten müssen. Ich bin 88 und "
        "wäre sonst nicht aus dem Haus gekommen. Merci vielmal!",
        "Sehr geehrte Damen und Herren, im {place} sitzen seit dem Sommer jeden Abend Gruppen "
        "von Jugendlichen mit Musikboxen, bis spät in die Nacht. Die Bässe hört man bis in unser "
        "Schlafzimmer in der {street}. Morgens liegen Flaschen am Spielplatz, aber das ist mir "
        "fast egal, es geht mir um die Nachtruhe. Bitte kontrollieren Sie dort abends. Mit "
        "freundlichen Grüßen",
        "Hallo, wir haben seit zwei Wochen Mücken ohne Ende in unserer Wohnung in der {street}. "
        "Der Nachbar hat im Garten mehrere offene Regentonnen und einen alten Pool voller Wasser "
        "stehen. Da brüten sie wohl. Ich habe ihn angesprochen, er hat mir die Tür vor der Nase "
        "zugemacht. Kann die Stadt da etwas tun? Danke",
        "Guten Tag, ich moechte fragen, wie ich einen Termin zum Ummelden bekomme. Ich bin vor "
        "{days} Tagen in die {street} gezogen, und online ist der naechste freie Termin in acht "
        "Wochen. Ich brauche die Meldebescheinigung aber fuer meinen neuen Arbeitgeber. Gibt es "
        "eine Moeglichkeit, schneller dranzukommen? Danke im Voraus",
        "Sehr geehrte Damen und Herren, in der Wohnung über uns in der {street} {num} wohnen "
        "offensichtlich viel mehr Menschen, als es Platz gibt. Es kommen und gehen ständig "
        "Leute, nachts wird gestritten, und im Treppenhaus stehen Matratzen. Ich vermute, dass "
        "dort Menschen zu überhöhten Preisen untergebracht werden. Kann das jemand von der "
        "Wohnungsaufsicht überprüfen? Mit freundlichen Grüßen",
        "Hallo, wir haben heute im Garten unseres Hauses an der {street} einen Bau mit jungen "
        "Füchsen unter dem Gartenhaus entdeckt. Die Mutter kommt regelmäßig. Wir haben einen "
        "kleinen Hund und wissen nicht, ob das gefährlich ist. Darf man die umsiedeln, und wer "
        "macht so etwas? Danke für Ihre Hilfe",
        "Guten Tag, ich wollte mich bedanken, dass die Straßenlaterne vor meinem Haus in der "
        "{street} endlich repariert wurde. Ich hatte es im Herbst gemeldet und schon fast "
        "vergessen, aber jetzt ist es wieder hell, und ich fühle mich abends auf dem Heimweg "
        "viel sicherer. Ein großes Lob an alle Beteiligten. Freundliche Grüße",
        "Gruess Gott, bei uns im Haus in der {street} wohnt eine aeltere Dame, die in ihrer "
        "Wohnung sehr viele Katzen haelt. Es riecht im ganzen Stiegenhaus, und man hoert die "
        "Tiere miauen. Ich glaub, sie schafft das nicht mehr allein, und den Katzen geht's "
        "wahrscheinlich auch nicht gut. Wer kann da helfen, ohne dass man gleich die Polizei "
        "ruft? Danke",
        "Hallo, ich möchte die Lebensmittelkontrolle auf eine Bäckerei in der {street} "
        "aufmerksam machen. Ich habe heute eine Maus gesehen, die in der Auslage über die "
        "Brötchen gelaufen ist. Als ich die Verkäuferin darauf hingewiesen habe, hat sie nur "
        "gelacht. Ich habe ein Video gemacht. Bitte schicken Sie jemanden. Danke",
        "Sehr geehrte Damen und Herren, ich bin Anwohnerin am {place} und möchte darauf "
        "hinweisen, dass im Gebüsch neben dem Kinderspielplatz seit Wochen ein Mann campiert. Er "
        "ist freundlich, aber er trinkt viel, und manchmal schreit er nachts. Ich glaube, er "
        "braucht Hilfe, vielleicht medizinische. Bitte schicken Sie Streetworker. Mit "
        "freundlichen Grüßen",
        "Hallo, wir haben heute morgen auf der {street} ein Reh gesehen, das angefahren wurde "
        "und jetzt im Graben neben der Fahrbahn liegt und noch lebt. Ich habe die Polizei "
        "angerufen, aber die sagen, sie schicken den Jaeger, das kann dauern. Ich stehe hier mit "
        "meinen Kindern und weiss nicht, was ich tun soll. Bitte um Hilfe!",
        "Guten Tag, ich habe eine Frage zu meinem Grundsteuerbescheid. Der Betrag ist fast "
        "doppelt so hoch wie letztes Jahr, obwohl sich an unserem Haus in der {street} nichts "
        "geändert hat. Ich verstehe die Berechnung nicht. Wen kann ich dazu anrufen, und bis "
        "wann muss ich Widerspruch einlegen? Vielen Dank",
        "Hallo, ich wohne seit einem Jahr in der {street}, und im Nachbarhaus ist eine Wohnung, "
        "in der jede Nacht Leute ein und aus gehen, oft laut und betrunken. Ich habe den "
        "Verdacht, dass dort Drogen verkauft werden. Mehrfach lagen Spritzen in unserem "
        "Treppenhaus. Ich habe Angst um meine Kinder. Bitte informieren Sie die Polizei. Danke",
        "Sehr geehrte Damen und Herren, ich möchte meinen Dank an die Gärtner im {place} "
        "aussprechen. Die neuen Blumenbeete am Eingang sind wunderschön, und die Bank unter der "
        "Linde wurde frisch gestrichen. Ich gehe dort jeden Tag mit meinem Mann spazieren, und "
        "wir freuen uns jedes Mal. Danke, dass Sie sich so viel Mühe geben!",
        "Hallo, im Keller unseres Mietshauses in der {street} steht seit Wochen Wasser, und es "
        "riecht modrig. Der Vermieter sagt, das sei normal bei altem Gemäuer. Die Wände in den "
        "Wohnungen im Erdgeschoss werden schon schwarz. Gibt es eine Stelle bei der Stadt, die "
        "Wohnungsmängel prüft? Mit freundlichen Grüßen",
        "Grüezi, ich habe eine Frage zu den Öffnungszeiten des Stadthauses. Ich möchte eine "
        "Wohnsitzbestätigung abholen, arbeite aber bis 18 Uhr. Gibt es einen Abendschalter, oder "
        "kann ich das online bestellen? Merci für die Auskunft",
        "Guten Tag, bei uns in der {street} hat ein Nachbar vor etwa drei Wochen seinen Hund im "
        "Hof angebunden, und dort steht er seitdem Tag und Nacht, bei Regen, ohne Huette. Der "
        "Hund winselt nachts und ist sehr duenn. Ich habe den Nachbarn angesprochen, er wurde "
        "aggressiv. Bitte informieren Sie das Veterinaeramt. Danke",
        "Hallo, ich bin Lehrerin an der Grundschule in der {street}. Seit einigen Wochen hält "
        "sich vor dem Schultor ein Mann auf, der die Kinder anspricht und ihnen Süßigkeiten "
        "anbietet. Wir haben die Eltern informiert und die Polizei angerufen. Ich möchte aber "
        "auch Sie als Stadt informieren. Könnte dort öfter eine Streife vorbeifahren? Mit "
        "freundlichen Grüßen",
        "Guten Tag, ich moechte mich ueber den Laerm der Baustelle an der {street} beschweren. "
        "Dort wird seit {days} Tagen auch nachts gearbeitet, mit Presslufthammer und Baggern, "
        "und niemand hat uns vorher informiert. Ich habe Kinder, die um sieben aufstehen "
        "muessen. Ist Nachtarbeit dort genehmigt? Bitte um Auskunft. Gruss",
        "Sehr geehrte Damen und Herren, vor dem Haus {street} {num} liegt seit Tagen ein toter "
        "Vogel, inzwischen sind es zwei. Ich habe in der Zeitung gelesen, dass es Vogelgrippe "
        "geben soll. Ich habe nichts angefasst, aber die Kinder aus der Nachbarschaft laufen "
        "dort vorbei. Wer ist für so etwas zuständig? Bitte um Rückmeldung",
        "Hallo, ich möchte wissen, ob die Stadt eine Sprechstunde für Mieter anbietet. Mein "
        "Vermieter hat die Miete schon zum zweiten Mal in einem Jahr erhöht und droht mit "
        "Kündigung, wenn ich nicht zustimme. Ich bin Rentnerin und wohne seit 40 Jahren in der "
        "{street}. Ich weiß nicht, an wen ich mich wenden kann. Danke für einen Hinweis",
        "Sehr geehrte Damen und Herren, warum wird in unserem Stadtteil schon wieder eine "
        "Bibliothek geschlossen, während für das neue Rathaus Millionen ausgegeben werden? Ich "
        "lebe seit 50 Jahren in der {street} und habe das Gefühl, dass die Bürger überhaupt "
        "nicht gefragt werden. Meine Enkel haben dort lesen gelernt. Ich erwarte eine Erklärung "
        "vom Gemeinderat. Mit freundlichen Grüßen",
        "Servus, bei uns im Hof in der {street} gibt's seit dem Sommer ein Wespennest im "
        "Rollladenkasten. Mittlerweile fliegen die Viecher in jede Wohnung. Meine Enkelin ist "
        "letzte Woche gestochen worden. Wer darf das Nest entfernen, und zahlt das die "
        "Hausverwaltung oder wir? Danke",
        "Hallo, ich möchte ein großes Lob an die Busfahrerin der Linie {line} loswerden, die "
        "gestern Abend gewartet hat, bis meine Mutter mit dem Rollator sicher ausgestiegen war, "
        "und ihr sogar die Einkaufstasche gereicht hat. So viel Freundlichkeit erlebt man "
        "selten. Bitte richten Sie es ihr aus. Vielen Dank",
        "Guten Tag, ich wohne an der {street} und beobachte seit Wochen, wie ein Nachbar seinen "
        "Abfall im Garten verbrennt, auch Plastik. Der Rauch zieht in unsere Wohnung, und meine "
        "Tochter hat Asthma. Ich habe ihn angesprochen, aber er sagt, das sei sein Grundstück. "
        "Ist das erlaubt? Mit freundlichen Grüßen",
        "Hallo, in der {street} gibt es einen Kiosk, der Alkohol an offensichtlich "
        "minderjaehrige Schueler verkauft. Ich sehe das jeden Tag nach der Schule. Die "
        "Jugendlichen trinken dann im {place} und lassen die Flaschen dort liegen. Bitte lassen "
        "Sie das kontrollieren. Danke",
        "Sehr geehrte Damen und Herren, ich wollte mich herzlich bedanken fuer den neuen "
        "Spielplatz im {place}. Meine Kinder sind jeden Tag dort und lieben die neue "
        "Kletterspinne. Auch die Baenke fuer die Eltern im Schatten sind toll. Man merkt, dass "
        "hier mitgedacht wurde. Vielen Dank an alle, die das geplant und gebaut haben!",
        "Hallo, ich möchte mich beschweren, dass im Restaurant an der Ecke {street} / {place} "
        "die Küchentür zum Hof offen steht und man sieht, wie dort gearbeitet wird: ohne "
        "Handschuhe, das Fleisch liegt ungekühlt draußen, und die Katze vom Nachbarhaus läuft "
        "durch. Ich habe dort gestern gegessen, und mir ging es danach schlecht. Bitte "
        "kontrollieren Sie den Betrieb. Danke",
        "Sehr geehrte Damen und Herren, in der {street} {num} wohnt ein Mann, der regelmäßig "
        "nachts im Treppenhaus herumschreit und gegen Türen schlägt. Mehrere Nachbarn haben "
        "Angst. Die Polizei war schon zweimal da, aber am nächsten Tag geht es weiter. Wir "
        "glauben, er ist psychisch krank und braucht Hilfe. Wer kann sich darum kümmern? Mit "
        "freundlichen Grüßen",
        "Hallo, ich wollte fragen, ob es in der Stadt einen Zuschuss für ein Balkonkraftwerk "
        "gibt. Ich wohne zur Miete in der {street}, und mein Vermieter hätte nichts dagegen. Auf "
        "der Website habe ich nur ein altes Förderprogramm gefunden. Danke für Ihre Hilfe",
        "Grüezi, in unserem Quartier rund um die {street} streunen seit Wochen mehrere Katzen "
        "herum, die offensichtlich niemandem gehören. Sie vermehren sich, und im Frühling gab es "
        "schon viele Junge. Manche sind krank. Gibt es ein Kastrationsprogramm oder einen "
        "Verein, der hilft? Freundliche Grüsse",
        "Guten Tag, im Nachbarhaus in der {street} wird seit Monaten eine Wohnung als "
        "Ferienwohnung vermietet, jedes Wochenende kommen neue Gäste mit Rollkoffern, die bis "
        "spät im Innenhof lärmen. Ich glaube nicht, dass das angemeldet ist. Kann die Stadt "
        "prüfen, ob das erlaubt ist? Mit freundlichen Grüßen",
        "Hallo, wir sind eine Familie mit drei Kindern und suchen seit über einem Jahr eine "
        "bezahlbare Wohnung in der Stadt. Wir wohnen jetzt zu fünft in zwei Zimmern in der "
        "{street}. Ich habe einen Wohnberechtigungsschein beantragt, aber keine Antwort "
        "bekommen. Wie lange dauert das? Gibt es irgendeine Hilfe? Danke",
        "Guten Tag, seit ein paar Tagen kommen aus dem Abfluss in unserem Bad Kakerlaken. Wir "
        "wohnen in der {street} {num} im dritten Stock, und die Nachbarn haben das gleiche "
        "Problem. Die Hausverwaltung sagt, wir sollen selbst einen Kammerjaeger holen. Ist das "
        "nicht Sache des Vermieters? Danke fuer die Auskunft",
        "Sehr geehrte Damen und Herren, vor einigen Wochen wurde in unserer Nachbarschaft in der "
        "{street} ein Wohnhaus ohne erkennbare Genehmigung um ein ganzes Stockwerk aufgestockt. "
        "Es gibt kein Bauschild, und die Arbeiten finden oft am Wochenende statt. Wir moechten "
        "wissen, ob das rechtens ist. An wen koennen wir uns wenden? Mit freundlichen Gruessen",
        "Hallo, ich wohne am {place} und möchte mich über die Krähen beschweren, die jeden "
        "Morgen ab vier Uhr in den Bäumen vor unserem Haus einen Höllenlärm machen. Es ist eine "
        "ganze Kolonie. Ich weiß, dass die geschützt sind, aber gibt es irgendeine Möglichkeit? "
        "Ich schlafe seit Wochen schlecht. Danke",
        "Guten Tag, ich möchte mich bei Ihnen bedanken: Sie haben unseren Wunsch nach einem "
        "Zebrastreifen vor der Schule in der {street} umgesetzt. Die Kinder überqueren die "
        "Straße jetzt viel sicherer, und wir Eltern sind erleichtert. Es hat zwar eine Weile "
        "gedauert, aber es hat sich gelohnt. Herzlichen Dank!",
        "Grüß Gott, im Nachbarhaus in der {street} hat ein Lokal neu aufgemacht, und der "
        "Dunstabzug bläst den ganzen Tag Fettgeruch direkt vor unsere Schlafzimmerfenster. Dazu "
        "läuft die Lüftung bis Mitternacht und brummt. Wir können weder lüften noch schlafen. "
        "Ist das so genehmigt? Danke für die Prüfung",
        "Hallo, ich habe heute im {place} beobachtet, wie ein Mann seinen Hund geschlagen und "
        "getreten hat. Der Hund hat gejault. Ich habe ihn angesprochen, er hat mich beschimpft "
        "und ist weggegangen. Ich habe ein Foto von ihm. An wen kann ich das weitergeben, damit "
        "das Tier geschützt wird? Danke",
        "Sehr geehrte Damen und Herren, ich möchte mich erkundigen, wann der Weihnachtsmarkt auf "
        "dem {place} dieses Jahr stattfindet und ob man dort als Verein einen Stand anmelden "
        "kann. Wir sind ein kleiner Handarbeitsverein und würden gerne selbstgestrickte Sachen "
        "verkaufen. Der Erlös geht an das Kinderhospiz. Vielen Dank für Ihre Auskunft",
        "Hallo, bei uns in der Strasse {street} gibt es seit ein paar Wochen eine grosse "
        "Rattenplage. Die Ratten kommen aus einem leerstehenden Haus, in dem seit Jahren der "
        "Muell der Vorbesitzer liegt. Man sieht sie abends ueber die Strasse laufen. Meine "
        "Kinder haben Angst. Bitte schicken Sie einen Schaedlingsbekaempfer und kontaktieren Sie "
        "den Eigentuemer. Danke",
        "Guten Tag, ich bin Vermieterin einer kleinen Wohnung in der {street}, und meine Mieter "
        "beschweren sich über den Lärm aus dem Nachbarhaus, wo jeden Abend ein Proberaum für "
        "eine Band genutzt wird. Ich habe mit dem Eigentümer gesprochen, aber er sieht kein "
        "Problem. Gibt es bei der Stadt Regeln für solche Proberäume? Mit freundlichen Grüßen",
        "Hallo, seit einigen Tagen schläft vor dem Eingang unseres Supermarktes in der {street} "
        "eine junge Frau mit einem Hund. Sie wirkt sehr krank und isst kaum. Wir Mitarbeiter "
        "bringen ihr manchmal etwas, aber sie braucht wohl richtige Hilfe. Können Sie "
        "Sozialarbeiter oder einen Arzt vorbeischicken? Vielen Dank",
        "Sehr geehrte Damen und Herren, ich wollte Ihnen sagen, dass Ihre neue Melde-App "
        "wirklich gut funktioniert. Ich habe gestern einen umgekippten Muelleimer gemeldet, "
        "heute frueh war er wieder aufgestellt, und ich habe sogar eine Nachricht bekommen. Man "
        "fuehlt sich ernst genommen. Weiter so! Freundliche Gruesse",
        "Grüezi, bei uns im Mehrfamilienhaus an der {street} hat der Vermieter seit Wochen die "
        "Heizung nicht repariert. Wir haben 16 Grad in der Wohnung, und die Kinder sind dauernd "
        "krank. Die Liegenschaftsverwaltung vertröstet uns. Gibt es eine Stelle bei der Stadt, "
        "die da helfen kann? Freundliche Grüsse",
        "Hallo, ich möchte melden, dass in der {street} seit Tagen ein Mann von Haus zu Haus "
        "geht und behauptet, er sei von der Stadt und müsse die Wasserzähler ablesen. Er wollte "
        "bei meiner Mutter Geld kassieren. Ich glaube, das ist ein Betrüger. Bitte warnen Sie "
        "die Bürger. Danke",
        "Guten Tag, ich habe eine Frage zur Einbürgerung. Ich lebe seit neun Jahren in der "
        "Stadt, arbeite und zahle Steuern. Welche Unterlagen brauche ich, und wie lange dauert "
        "das Verfahren? Beim Bürgeramt habe ich niemanden erreicht. Vielen Dank für Ihre Hilfe",
        "Hallo, im Park am {place} sieht man seit ein paar Tagen immer wieder Ratten am Teich "
        "und rund um die Baenke, wo die Leute Enten fuettern. Sie haben ueberhaupt keine Scheu "
        "mehr. Ich gehe dort mit meinem Enkel hin und finde das ekelig. Kann man da etwas gegen "
        "die Ratten tun und das Fuettern verbieten? Danke",
        "Sehr geehrte Damen und Herren, im Nachbarhaus in der {street} wird ein Hund an der "
        "Kette gehalten und bellt jede Nacht stundenlang. Wir haben es bei den Besitzern, bei "
        "der Hausverwaltung und bei der Polizei versucht, nichts hilft. Ich bin Lehrerin und "
        "kann mich tagsüber kaum konzentrieren. Was kann ich noch tun? Mit freundlichen Grüßen",
        "Hallo, ich möchte mich herzlich bei dem Team bedanken, das die Ampel vor unserer Schule "
        "in der {street} so schnell repariert hat. Die Kinder konnten schon nach einem Tag "
        "wieder sicher über die Straße. Ich hätte nicht gedacht, dass eine Meldung so schnell "
        "Wirkung zeigt. Danke!",
        "Guten Tag, im Gartenlokal am {place} gibt es jedes Wochenende Livemusik bis "
        "Mitternacht, und der Bass dröhnt bis in unsere Wohnung in der {street}. Ich habe nichts "
        "gegen Feiern, aber jedes Wochenende ist zu viel. Gibt es eine Genehmigung dafür, und "
        "wann gilt die Nachtruhe? Bitte um Antwort",
        "Servus, ich hab eine Frage zum Heizkostenzuschuss. Ich bin Mindestpensionistin und "
        "wohne allein in der {street}. Letztes Jahr hab ich den Zuschuss bekommen, heuer find "
        "ich das Formular nicht. Wo kann ich das beantragen und bis wann? Danke vielmals",
        "Hallo, seit einiger Zeit lebt im Gebuesch an der Bahnboeschung hinter der {street} eine "
        "Gruppe Menschen in Zelten. Es wird jede Nacht gestritten, und gestern gab es eine "
        "Schlaegerei, ein Mann war verletzt. Ich habe die Polizei gerufen. Die Menschen brauchen "
        "Hilfe, und wir brauchen Ruhe. Bitte kuemmern Sie sich darum. Danke",
        "Sehr geehrte Damen und Herren, ich bin Imkerin und habe in der {street} einen "
        "Bienenschwarm an einem Laternenmast entdeckt. Die Leute haben Angst und wollen die "
        "Bienen mit Spray vertreiben. Ich kann den Schwarm einfangen, brauche aber vielleicht "
        "eine Leiter von der Feuerwehr. An wen soll ich mich wenden? Danke",
        "Guten Tag, ich möchte mich einmal ausdrücklich bedanken. Seit die Stadt in unserer "
        "{street} Bodenschwellen eingebaut hat, ist es viel ruhiger und sicherer geworden. Die "
        "Kinder spielen wieder draußen, und die älteren Nachbarn gehen wieder spazieren. Das hat "
        "das ganze Viertel verändert. Danke an alle, die daran beteiligt waren!",
        "Hallo, in unserem Haus in der {street} ist seit Wochen der Aufzug kaputt, und der "
        "Vermieter laesst ihn nicht reparieren. Ich bin 80 und wohne im fuenften Stock, ich "
        "komme kaum noch raus. Meine Tochter bringt mir die Einkaeufe. Gibt es bei der Stadt "
        "eine Stelle, die den Vermieter unter Druck setzen kann? Danke",
        "Guten Tag, ich möchte melden, dass im Imbiss am {place} regelmäßig Kakerlaken zu sehen "
        "sind, auch an der Theke. Ich habe dort mit meinen Kollegen Mittag gegessen, und eine "
        "Kakerlake lief über den Tisch. Der Chef hat nur mit den Schultern gezuckt. Bitte "
        "schicken Sie die Lebensmittelaufsicht. Danke",
        "Hallo, aus unserem Fahrradkeller in der {street} {num} wurden in den letzten Wochen "
        "drei Fahrräder gestohlen, obwohl die Tür abgeschlossen war. Die Polizei hat eine "
        "Anzeige aufgenommen, sagt aber, da kann man wenig machen. Ich fahre jeden Tag mit dem "
        "Rad zur Arbeit und brauche es. Gibt es eine Beratung, wie wir den Keller sichern "
        "können? Danke",
        "Grüezi, ich möchte mich über die Nachbarn beschweren, die jeden Sonntag den Rasen mähen "
        "und mit dem Laubbläser arbeiten, obwohl Sonntagsruhe ist. Wir wohnen an der {street} "
        "und haben es schon mehrmals angesprochen. Gibt es dafür Vorschriften in der Stadt, und "
        "wer kontrolliert das? Freundliche Grüsse",
        "Sehr geehrte Damen und Herren, ich habe mich vor einiger Zeit über die Schmierereien an "
        "unserer Schule in der {street} beschwert, und jetzt wollte ich mich bedanken: Die Wand "
        "wurde gereinigt und sieht wieder ordentlich aus. Die Kinder haben sich richtig gefreut. "
        "Danke für die schnelle Reaktion!",
        "Hallo, im Garten des leerstehenden Hauses in der {street} {num} steht das Gras einen "
        "Meter hoch, und es wachsen Bäume durch das Dach der Garage. Inzwischen wohnen dort "
        "Ratten und Marder. Die Stadt müsste doch den Eigentümer verpflichten können, "
        "aufzuräumen. Wer ist dafür zuständig? Danke",
        "Guten Tag, ich habe eine Frage zum Kita-Platz. Wir sind vor {days} Tagen in die "
        "{street} gezogen, und meine Tochter ist drei Jahre alt. Alle Kitas in der Naehe sagen, "
        "sie haben keinen Platz. Gibt es bei der Stadt eine zentrale Stelle, die hilft? Ich muss "
        "bald wieder arbeiten. Danke fuer Ihre Antwort",
        "Sehr geehrte Damen und Herren, ich wohne an der {street} und beobachte fast jede Nacht, "
        "wie Jugendliche im Park am {place} Böller zünden, auch lange nach Silvester. Die "
        "Knallerei erschreckt die Tiere und weckt die Nachbarn. Gestern ist ein Böller auf einem "
        "Balkon gelandet. Bitte lassen Sie die Polizei dort kontrollieren. Mit freundlichen "
        "Grüßen",
        "Hallo, ich möchte mich beschweren, dass ich im Bürgeramt drei Stunden warten musste, "
        "obwohl ich einen Termin hatte. Ich musste mir dafür extra freinehmen. Es waren nur zwei "
        "Schalter besetzt. Der Mitarbeiter war am Ende freundlich, aber so kann es nicht "
        "weitergehen. Bitte stellen Sie mehr Personal ein. Gruß",
        "Guten Tag, bei uns in der {street} wohnt ein Nachbar, der jeden Tag seinen Hund ohne "
        "Leine auf den Spielplatz lässt. Der Hund hat gestern ein Kind angesprungen und "
        "umgeworfen. Der Besitzer meinte nur, der will doch nur spielen. Ich finde das "
        "gefährlich. Gibt es eine Leinenpflicht, und wer setzt sie durch? Mit freundlichen "
        "Grüßen",
        "Grüß Gott, in unserer Gasse {street} wird seit Wochen am Abend vor dem Wettcafé "
        "gestritten und geschrien, manchmal fliegen auch Flaschen. Ich trau mich nimmer allein "
        "vorbei, wenn ich von der Arbeit komm. Bitte schickt öfter eine Streife vorbei. Danke",
        "Hallo, ich habe heute in der Zeitung gelesen, dass die Stadt die Gebühren für die "
        "Musikschule erhöhen will. Mein Sohn lernt dort Geige, und wir können uns das jetzt "
        "schon kaum leisten. Warum wird bei Kindern gespart? Ich bitte den Stadtrat, das noch "
        "einmal zu überdenken. Mit freundlichen Grüßen",
        "Sehr geehrte Damen und Herren, ich bin Hausmeister in einer Wohnanlage in der {street}. "
        "Auf dem Dachboden haben sich Fledermäuse eingenistet, und die Mieter möchten, dass wir "
        "etwas tun. Ich weiß, dass die geschützt sind. Wer berät uns, was wir tun dürfen? Vielen "
        "Dank",
        "Hallo, ich wohne in der {street}, und im Haus gegenueber wird nachts regelmaessig laut "
        "gestritten, mit Schreien und Poltern. Ich mache mir Sorgen, dass dort eine Frau "
        "geschlagen wird. Ich habe einmal die Polizei gerufen, aber es hat sich nichts "
        "geaendert. Gibt es eine Stelle bei der Stadt, an die man sich wenden kann? Danke",
        "Guten Tag, ich wollte mich herzlich bei Ihnen bedanken für die Sommerferienaktion im "
        "{place}. Meine Kinder waren drei Wochen dabei und hatten jeden Tag Spaß, das Programm "
        "war super organisiert und die Betreuer sehr nett. Bitte machen Sie das nächstes Jahr "
        "wieder! Viele Grüße",
        "Hallo, auf dem Balkon ueber uns in der {street} {num} raucht der Nachbar staendig, und "
        "seine Asche und Kippen landen auf unserem Balkon, wo die Kinder spielen. Ich habe ihn "
        "mehrmals hoeflich gebeten, aufzupassen. Er ignoriert es. Gibt es eine Stelle, die hier "
        "vermitteln kann? Mit freundlichen Gruessen",
        "Sehr geehrte Damen und Herren, ich möchte nächstes Jahr standesamtlich heiraten und "
        "wüsste gerne, ob man auch im Schlossgarten am {place} heiraten kann. Meine Verlobte und "
        "ich haben uns dort vor zehn Jahren kennengelernt. Wie weit im Voraus muss man "
        "reservieren, und was kostet das? Vielen Dank und schöne Grüße",
        "Grüezi, bei uns im Quartier an der {street} gibt es seit ein paar Wochen einen Fuchs, "
        "der am Tag herumläuft und keine Scheu hat. Er kommt bis auf die Terrasse und frisst das "
        "Katzenfutter. Ist das ein Zeichen für Tollwut? Wir haben kleine Kinder. Wer kann uns "
        "beraten? Freundliche Grüsse",
        "Hallo, ich bin Anwohner am {place} und möchte mich über den Wochenmarkt beschweren. Die "
        "Händler fahren ab vier Uhr morgens auf den Platz, klappern mit den Stangen und "
        "unterhalten sich laut. Ich wohne seit 15 Jahren hier, aber früher ging es erst um sechs "
        "los. Kann man den Aufbau nicht auf später verlegen? Gruß",
        "Guten Tag, unser Vermieter in der {street} {num} hat das Haus verkauft, und der neue "
        "Eigentümer will, dass wir alle ausziehen. Er hat schon das Warmwasser abgestellt und "
        "den Hinterausgang verriegelt. Wir sind fünf Familien. Wir brauchen dringend Beratung. "
        "An wen können wir uns wenden? Danke",
        "Hallo, ich moechte mich bedanken fuer die tolle Arbeit der Feuerwehr bei dem Brand in "
        "unserem Nachbarhaus in der {street}. Alle Bewohner wurden schnell in Sicherheit "
        "gebracht, und die Feuerwehrleute haben sich danach noch um die Kinder gekuemmert. Wir "
        "sind sehr dankbar. Bitte geben Sie das weiter.",
        "Hallo, ich wohne im Erdgeschoss in der {street}, und seit ein paar Wochen schläft ein "
        "obdachloser Mann in unserem Hauseingang. Er ist nicht aggressiv, aber morgens liegen "
        "dort Flaschen, und es riecht stark. Ich möchte ihn nicht einfach wegschicken. Gibt es "
        "eine Notunterkunft, auf die ich ihn hinweisen kann? Danke",
        "Sehr geehrte Damen und Herren, seit einiger Zeit sehen wir in der {street} immer wieder "
        "tote Ratten auf dem Gehweg, wahrscheinlich hat jemand Gift ausgelegt. Wir haben einen "
        "Hund und Angst, dass er etwas frisst. Wer hat das Gift ausgelegt, und ist das erlaubt? "
        "Bitte um Information. Mit freundlichen Grüßen",
        "Hallo, ich möchte melden, dass auf dem Privatgrundstück {street} {num} gerade Bäume "
        "gefällt werden, auch sehr alte Eichen. Das ist doch während der Brutzeit verboten. Ich "
        "habe die Arbeiter angesprochen, sie sagen, der Eigentümer habe alles geregelt. Können "
        "Sie prüfen, ob es dafür eine Genehmigung gibt? Danke",
        "Servus, ich wollt mich nur einmal bedanken bei den Leuten vom Magistrat, die bei uns im "
        "Park am {place} die neuen Bankerl aufgestellt haben. Jetzt kann ich mit meiner Frau "
        "wieder eine Runde gehen und zwischendurch rasten. Wir sind beide ueber 80, und das ist "
        "fuer uns viel wert. Vergelt's Gott!",
        "Guten Tag, in unserem Viertel rund um den {place} wurde in den letzten Wochen mehrfach "
        "eingebrochen, meistens tagsüber, wenn die Leute arbeiten. Wir haben eine "
        "Nachbarschaftsgruppe gegründet und möchten wissen, ob die Polizei einen Vortrag zur "
        "Einbruchsprävention anbieten kann. Wen können wir dazu ansprechen? Vielen Dank",
        "Hallo, ich möchte mich über die Nachbarin in der {street} {num} beschweren, die auf dem "
        "Balkon Hühner hält. Es riecht, der Hahn kräht ab fünf Uhr, und es kommen Ratten wegen "
        "des Futters. Ist Tierhaltung auf dem Balkon in einem Mehrfamilienhaus erlaubt? Danke",
        "Sehr geehrte Damen und Herren, ich möchte fragen, ob die Stadt Zuschüsse für Vereine "
        "vergibt. Wir sind ein kleiner Fußballverein und haben zu wenig Geld für neue Trikots "
        "und Bälle für die Jugend. Gibt es ein Antragsformular, und bis wann muss es eingereicht "
        "werden? Mit freundlichen Grüßen",
        "Hallo, bei uns im Haus in der {street} verkauft ein Nachbar aus seiner Wohnung heraus "
        "Essen, mit Schild an der Tuer und Lieferungen. In der Kueche ist es sehr unsauber, ich "
        "hab es gesehen. Ist das erlaubt, und wird das kontrolliert? Danke",
        "Guten Tag, am Wochenende hat im {place} eine große Gruppe eine Party mit Musikanlage "
        "gefeiert, bis vier Uhr morgens. Wir wohnen direkt gegenüber in der {street} und konnten "
        "nicht schlafen. Die Polizei kam erst um drei. Am Morgen lag überall Abfall, aber vor "
        "allem der Lärm war unerträglich. Können Sie im Sommer öfter kontrollieren? Mit "
        "freundlichen Grüßen",
        "Hallo, ich möchte den Mitarbeitern des Tierheims danken, die unseren entlaufenen Kater "
        "gefunden und versorgt haben. Er war eine Woche weg, und wir hatten die Hoffnung schon "
        "aufgegeben. Dank seines Chips haben sie uns angerufen. Die Kinder waren überglücklich. "
        "Vielen Dank!",
        "Sehr geehrte Damen und Herren, ich bin Tagesmutter in der {street} und habe in meiner "
        "Mietwohnung Schimmel hinter den Schränken entdeckt, auch im Spielzimmer. Der Vermieter "
        "reagiert seit Wochen nicht. Ich mache mir Sorgen um die Kinder, die ich betreue. Gibt "
        "es eine Stelle, die das prüfen und den Vermieter auffordern kann? Mit freundlichen "
        "Grüßen",
        "Grüezi, im Nachbarhaus an der {street} wird ständig laut gestritten und Türen "
        "geschlagen, auch nachts. Mein Mann und ich sind pensioniert und schlafen schlecht. Wir "
        "haben schon mit dem Hauswart gesprochen, aber er sagt, er kann nichts machen. Gibt es "
        "eine Schlichtungsstelle? Freundliche Grüsse",
        "Hallo, ich wollte Ihnen mitteilen, dass die Nachbarn im Haus {street} {num} seit "
        "Monaten einen riesigen Haufen Geruempel in ihrem Vorgarten lagern: alte Moebel, Reifen, "
        "Saecke. Es zieht Ratten an und stinkt. Ich habe sie angesprochen, sie meinen, das geht "
        "niemanden etwas an, es ist ja ihr Grundstueck. Kann das Ordnungsamt da etwas tun? Danke",
        "Guten Tag, ich möchte eine Frage zur Briefwahl stellen. Ich bin zum Zeitpunkt der Wahl "
        "im Krankenhaus und möchte vorher wählen. Wo und bis wann kann ich die Unterlagen "
        "beantragen? Meine Tochter könnte sie auch abholen, wenn das geht. Vielen Dank",
        "Hallo, ich moechte melden, dass im {place} nachts Leute mit Hunden Kaninchen und Enten "
        "jagen. Ich habe heute morgen mehrere tote Tiere am Teich gefunden. Das ist doch "
        "Tierquaelerei. Bitte informieren Sie die Polizei oder den Tierschutz. Danke",
        "Sehr geehrte Damen und Herren, meine Mutter lebt allein in der {street} und ist dement. "
        "Sie hat in den letzten Wochen mehrfach Anrufe von angeblichen Polizisten bekommen, die "
        "Geld wollten. Einmal hat sie fast ihr Sparbuch hergegeben. Gibt es bei der Stadt "
        "Beratung für Angehörige oder eine Stelle, die Senioren warnt? Mit freundlichen Grüßen",
        "Hallo, ich bin neu in der Stadt und möchte einfach mal fragen, wo man sich ehrenamtlich "
        "engagieren kann. Ich bin Rentner, wohne in der {street} und habe viel Zeit. Gerne würde "
        "ich Kindern bei den Hausaufgaben helfen oder im Tierheim mitarbeiten. Gibt es eine "
        "Stelle, die so etwas vermittelt? Danke",
        "Guten Tag, in unserem Mietshaus in der {street} {num} ist seit Monaten die Haustür "
        "kaputt und lässt sich nicht mehr abschließen, und im Treppenhaus brennt kein Licht. "
        "Fremde Leute schlafen nachts im Keller. Der Vermieter reagiert nicht. Ich habe Angst, "
        "abends nach Hause zu kommen. Wer kann uns helfen? Mit freundlichen Grüßen",
        "Grüß Gott, ich hätte eine Frage zu den Öffnungszeiten vom Bürgerservice über "
        "Weihnachten. Ich muss noch dringend eine Meldebestätigung abholen, weil ich im Jänner "
        "eine neue Stelle anfange. Habt ihr zwischen den Feiertagen offen? Danke",
        "Hallo, in der {street} sitzt seit gestern ein verletzter Schwan auf dem Gehweg, der "
        "nicht mehr fliegen kann. Autos bremsen, Passanten bleiben stehen, aber keiner weiß, was "
        "zu tun ist. Ich habe den Tierschutz angerufen, niemand ging ran. Bitte schicken Sie "
        "jemanden, der sich mit Wildtieren auskennt. Danke",
        "Sehr geehrte Damen und Herren, ich wohne seit 30 Jahren in unserem Viertel und muss "
        "einfach mal Danke sagen: für die schönen neuen Bäume in der {street}, für die saubere "
        "Grünanlage und für die freundlichen Mitarbeiter, die jeden Morgen die Mülleimer leeren. "
        "Man sieht, dass sich etwas tut. Weiter so!",
        "Hallo, ich habe eine Frage zur Anmeldung meines Gewerbes. Ich moechte in der {street} "
        "einen kleinen Imbiss eroeffnen und weiss nicht, welche Genehmigungen ich brauche. Muss "
        "ich zuerst zum Gewerbeamt oder zum Gesundheitsamt? Ueber eine kurze Info waere ich "
        "dankbar. Gruss",
        "Hallo, seit zwei Wochen steht im Hof hinter unserem Haus in der {street} ein Wohnmobil, "
        "in dem offenbar jemand lebt. Nachts brennt Licht, tagsüber ist ein Hund angebunden, und "
        "es wird im Hof gekocht. Ich will niemandem etwas Böses, aber der Hof gehört der "
        "Hausgemeinschaft. Wen können wir fragen, wie man damit umgeht? Danke",
        "Guten Tag, ich möchte mich über den Lärm der Kühlaggregate des Supermarkts in der "
        "{street} beschweren. Die Anlagen auf dem Dach brummen Tag und Nacht, und ich kann bei "
        "offenem Fenster nicht schlafen. Ich habe mit dem Filialleiter gesprochen, der hat mich "
        "an die Zentrale verwiesen. Gibt es Grenzwerte, und wer misst das? Mit freundlichen "
        "Grüßen",
        "Hallo, ich möchte einfach Danke sagen. Ich bin Rollstuhlfahrerin und habe vor einem "
        "Monat gemeldet, dass der Bordstein an der {street} zu hoch ist. Heute habe ich gesehen, "
        "dass dort eine Absenkung gebaut wurde. Das macht meinen Alltag so viel leichter. Vielen "
        "Dank an alle, die das möglich gemacht haben!",
        "[Hallo|Guten Tag], ich wohne seit {days} Tagen in meiner neuen Wohnung in der {street} "
        "und höre jede Nacht ab zwei Uhr, wie der Nachbar unter mir Möbel rückt und laut "
        "telefoniert. Ich habe ihm einen freundlichen Zettel geschrieben, aber es hat nichts "
        "geändert. Ich arbeite früh im Krankenhaus und bin völlig übermüdet. Gibt es eine "
        "Stelle, die hier vermitteln kann? Vielen Dank",
        "Sehr geehrte Damen und Herren, ich betreibe eine kleine Pension in der {street}, und "
        "seit ein paar Wochen schlafen in der Nische neben unserem Hofeingang zwei junge Männer. "
        "Sie sind höflich, aber es geht ihnen offensichtlich schlecht, und meine Gäste sind "
        "verunsichert. Ich möchte, dass ihnen geholfen wird, nicht dass sie vertrieben werden. "
        "Wen kann ich anrufen? Mit freundlichen Grüßen",
        "Hallo, wir wohnen in der {street} und haben seit dem Frühjahr Ratten im Garten, die "
        "sich unter dem Schuppen eingegraben haben. Der Nachbar kompostiert Essensreste offen "
        "auf dem Boden, und ich glaube, daher kommen sie. Wir haben zwei kleine Kinder, die im "
        "Garten spielen wollen. Können Sie mit dem Nachbarn sprechen oder uns sagen, was erlaubt "
        "ist? Danke",
        "Grüß Gott, ich wollt fragen, wie das mit der Hundeabgabe funktioniert, wenn man von "
        "einem anderen Bezirk herzieht. Wir sind letzten Monat in die {street} gezogen und haben "
        "einen kleinen Dackel. Im alten Bezirk haben wir schon für das ganze Jahr gezahlt. "
        "Kriegen wir da was zurück? Danke für die Auskunft",
        "Hallo, ich bin Mutter von drei Kindern und möchte mich über ein Haus in der {street} "
        "beschweren, in dem offenbar ein illegales Glücksspiel betrieben wird. Jede Nacht fahren "
        "Autos vor, Männer gehen ein und aus, und es gibt Streit auf der Straße. Meine Kinder "
        "sehen das vom Fenster aus. Ich habe Angst. Bitte leiten Sie das an die Polizei weiter. "
        "Danke",
        "Guten Tag, ich schreibe Ihnen, weil ich schon seit Wochen keine Antwort von der Stadt "
        "bekomme. Ich habe eine Frage zu meiner Zweitwohnungssteuer, die ich nicht verstehe, da "
        "ich die Wohnung in der {street} seit einem Jahr gar nicht mehr habe. Ich habe zweimal "
        "geschrieben und einmal angerufen. Bitte melden Sie sich bei mir. Mit freundlichen "
        "Gruessen",
    ],
}


# A municipal service catalogue walked item by item: for every service type a city's reporting
# system or 311 line offers (and that residents raise with a transport operator), the ways
# residents name it. Same slots as BODIES.
CATALOGUE_TITLES: dict[str, list[str]] = {
    "traffic": [
        "Lichtsignalanlage ausser Betrieb",
        "Lichtzeichenanlage gestoert",
        "Signalanlage Kreuzung [dunkel|ausgefallen]",
        "Ampelmast [angefahren|umgeknickt|schief]",
        "Ampelkopf verdreht",
        "Ampel zeigt in falsche Richtung",
        "Rotlicht an Ampel [defekt|kaputt]",
        "Gelblicht geht nicht",
        "Ampel Birne durch",
        "Ampel leuchtet nur noch schwach",
        "Ampel bei Sonne nicht erkennbar",
        "Ampel schaltet nachts ab",
        "Ampel nachts einschalten",
        "Ampelanlage Störung {street}",
        "Bedarfsampel springt nicht um",
        "Fussgaengersignal [dunkel|bleibt rot]",
        "Lichtsignal Velo defekt",
        "Fussgängerlichtsignal zu kurz",
        "Vibrationsknopf an Ampel defekt",
        "Taster fuer Sehbehinderte vibriert nicht",
        "Countdown-Anzeige Ampel gewünscht",
        "Ampelmännchen fehlt",
        "Gruener Pfeil [fehlt|abgebaut|gewuenscht]",
        "Grünpfeilschild verschwunden",
        "Kontaktschleife erkennt Motorrad nicht",
        "Induktionsschleife defekt",
        "Abbiegespur [zu kurz|fehlt]",
        "Linksabbiegen verbieten",
        "Verkehrstafel [umgefahren|fehlt|verdreht]",
        "Tafel 30 fehlt",
        "Signal umgefahren",
        "Signalisation fehlt",
        "Schild [beklebt|mit Aufklebern zu|besprayt]",
        "Verkehrszeichen verschmutzt",
        "Zusatzzeichen fehlt",
        "Zusatzschild [unleserlich|abgebrochen]",
        "Schild spiegelt nicht mehr",
        "Sackgassenschild fehlt",
        "Durchfahrt-verboten-Schild weg",
        "Parkverbotsschild verdreht",
        "Wegweiser [falsch|verdreht|fehlt]",
        "Vorwegweiser zugewachsen",
        "Radwegweiser zeigt falsch",
        "Ortstafel [umgefahren|fehlt]",
        "Ortsschild gestohlen",
        "Strassentafel fehlt",
        "Straßentafel [verdreht|unleserlich]",
        "Strassennamen nicht lesbar",
        "Schild mit Straßennamen abgebrochen",
        "Mobiles Halteverbot [zu frueh|ohne Datum|steht noch]",
        "Umzugsschilder stehen seit Wochen",
        "Halteverbotszone fuer Umzug beantragen",
        "Haltverbot einrichten Umzug",
        "Leitlinie [verblasst|weg]",
        "Mittellinie fehlt",
        "Sperrlinie [verblasst|nicht zu sehen]",
        "Richtungspfeile auf Fahrbahn fehlen",
        "Parkplatzmarkierung [fehlt|verblasst]",
        "Parkbuchten nicht markiert",
        "Fahrradsymbol auf Strasse abgefahren",
        "Zickzacklinie erneuern",
        "Schutzweg [verblasst|fehlt|gefaehrlich]",
        "Schutzweg wird nicht beachtet",
        "Zebra weg",
        "Zebra streifen verblast",
        "Fußgängerübergang unsicher",
        "Ueberweg fuer Kinder fehlt",
        "Parken auf [Grünfläche|Rasen|Grünstreifen]",
        "Parken vor [Bordsteinabsenkung|abgesenktem Bordstein]",
        "Parken im Kreuzungsbereich",
        "Auto steht in Bushaltestelle",
        "Haltestellenbucht zugeparkt",
        "Ladezone [blockiert|zugeparkt]",
        "Lieferzone dauerbelegt",
        "Taxistand zugeparkt",
        "Motorradparkplatz belegt",
        "Parkplatz fuer Carsharing belegt",
        "Wildparker",
        "Parksünder",
        "Parksuender {street}",
        "Dauerparker Wohnmobil",
        "Bootsanhänger dauerhaft abgestellt",
        "Pferdeanhaenger steht seit Monaten",
        "Parkhaus Schranke [defekt|offen]",
        "Parkhaus Kassenautomat kaputt",
        "Handyparken funktioniert nicht",
        "Parken per App geht nicht",
        "Kurzparkschein Frage",
        "Blaue Zone [Frage|Parkscheibe]",
        "Parkkarte Anwohner",
        "Parkbewilligung beantragen",
        "Parkplatz fuer Schwerbehinderte beantragen",
        "Behindertenparkausweis",
        "Strafzettel [Einspruch|unberechtigt|Frage]",
        "Knöllchen trotz Parkschein",
        "Organmandat Parken",
        "Parkbusse erhalten",
        "Verwarnungsgeld Parken",
        "Auto abgeschleppt wo",
        "Abschleppdienst [Frage|beauftragen]",
        "Ausgebranntes Auto",
        "Ausgeschlachtetes Auto",
        "Auto ohne TÜV",
        "Fahrzeug ohne gueltige Plakette",
        "Rostlaube seit Monaten",
        "Schrottkarre vor dem Haus",
        "Roller ohne Nummer",
        "Motorroller abgestellt",
        "Radwrack",
        "Radleiche",
        "Fahrradgerippe am Zaun",
        "Kaputtes Velo am Veloständer",
        "Leihrad [im Gebüsch|im Bach|auf Gehweg]",
        "Mietrad abgestellt",
        "E-Scooter im [Fluss|Bach|Gebüsch]",
        "E-Scooter vor Einfahrt",
        "Trottinett liegt [im Weg|auf Trottoir]",
        "Elektroroller blockiert Rampe",
        "Roller vor Blindenleitstreifen",
        "Raserstrecke",
        "Rennstrecke [Wohngebiet|vor Schule]",
        "Autoposer",
        "Poser mit lautem Auspuff",
        "Motorraeder rasen Wochenende",
        "Geschwindigkeitsanzeige gewuenscht",
        "Smiley-Tafel gewuenscht",
        "Dialog-Display aufstellen",
        "Radarkontrolle [gewünscht|bitte]",
        "Radar aufstellen",
        "Blitzer defekt",
        "Berliner Kissen gewünscht",
        "Aufpflasterung [gewuenscht|zu steil]",
        "Fahrbahnverengung",
        "Diagonalsperre gewuenscht",
        "Durchfahrtssperre",
        "Modalfilter",
        "Schulstrasse einrichten",
        "Tempo 30 nachts",
        "Verkehrsberuhigte Zone",
        "Blechlawine",
        "Stop and go [{street}|jeden Morgen]",
        "Zaehfliessender Verkehr",
        "Ausfahrt staut zurück",
        "Verkehrskollaps",
        "Halbseitige Sperrung",
        "Einseitige Sperrung Dauer",
        "Verkehrsfuehrung Baustelle unklar",
        "Baustellenumfahrung",
        "Fahrbahneinengung",
        "Sperrung wegen Veranstaltung",
        "Strassensperre Marathon",
        "Umfahrung fehlt",
        "Ausweichroute ueberlastet",
        "Radfahrstreifen fehlt",
        "Schutzstreifen zu schmal",
        "Radweg-Benutzungspflicht aufheben",
        "Blaues Radwegschild",
        "Umlaufsperre zu eng",
        "Drängelgitter Lastenrad",
        "Radständer [gewuenscht|kaputt|voll]",
        "Veloparkplatz fehlt",
        "Fahrradanlehnbügel",
        "Velostreifen endet",
        "Radweg Aufstellflaeche fehlt",
        "Toter Winkel Kreuzung",
        "Beinaheunfall",
        "Fast Unfall {street}",
        "Sichtdreieck zugeparkt",
        "Rechts vor links unklar",
        "Unfallhaeufungsstelle",
        "Gefährliche Kurve",
        "Sattelschlepper in Wohnstraße",
        "40-Tonner im Dorf",
        "Lkw steckt fest",
        "Brummis durchs Wohngebiet",
        "Lkw folgen Navi",
        "Schwerlastverkehr nachts",
        "Gehupe",
        "Hupkorso",
        "Huperei jeden Abend",
        "Autos in Fussgaengerzone",
        "Fussgängerzone Durchfahrt",
        "Versenkbarer Poller defekt",
        "Poller bleibt unten",
        "Lieferzeiten Fußgängerzone",
        "Radfahrer auf dem Gehweg",
        "Geisterradler",
        "Falschfahrer auf Radweg",
        "Leitpfosten [umgefahren|fehlt]",
        "Leitbake verschoben",
        "Verkehrsspiegel blind",
        "Spiegel an Ausfahrt gewünscht",
        "Verkehrsführung",
        "Signalisation/Markierung",
        "Verkehrsanordnung",
        "Parkraumbewirtschaftung",
        "Verkehrsüberwachung",
        "Ampeln/Lichtsignale",
        "Verkehrsbehinderung",
    ],
    "public_works": [
        "Belagsschaden",
        "Belagsschaden Strasse",
        "Strassenbelag aufgerissen",
        "Fahrbahndecke [kaputt|abgeplatzt|wellig]",
        "Krater in der Strasse",
        "Buckelpiste",
        "Schlaglochpiste {street}",
        "Teerflicken [lose|abgesackt]",
        "Teer weich bei Hitze",
        "Asphaltschaden",
        "Asphaltdecke wellig",
        "Fahrbahnrand abgebrochen",
        "Bankett ausgefahren",
        "Strassenrand bricht ab",
        "Schlagloecher nach Winter",
        "Loch in Teerdecke",
        "Feldweg ausgefahren",
        "Wirtschaftsweg [kaputt|voller Loecher]",
        "Schotterweg ausgewaschen",
        "Kiesweg [weggespuelt|voller Pfuetzen]",
        "Waldweg unpassierbar",
        "Fusswegbelag kaputt",
        "Fußweg [uneben|zugewachsen|matschig]",
        "Bürgersteig abgesackt",
        "Bürgersteigplatte lose",
        "Trottoirkante abgebrochen",
        "Trottoir Belag kaputt",
        "Gehsteigkante zu hoch",
        "Plattenbelag locker",
        "Pflasterstein rausgebrochen",
        "Pflasterung abgesunken",
        "Verbundpflaster lose",
        "Rillenplatten lose",
        "Blindenleitstreifen Gehweg beschädigt",
        "Wurzelaufbruch",
        "Wurzeln heben Platten",
        "Gehwegsanierung",
        "Strassenlampe kaputt",
        "Strassenlampe [brennt nicht|flackert]",
        "Kandelaber defekt",
        "Kandelaber umgefahren",
        "Leuchtmittel defekt",
        "Lampe am Mast hängt runter",
        "Laternenglas kaputt",
        "Lampenschirm fehlt",
        "Laterne blendet",
        "Laterne zu hell",
        "Licht brennt Tag und Nacht",
        "Beleuchtung Fussweg fehlt",
        "Lichtpunkt ausgefallen",
        "Strassenbeleuchtung Schaltkasten offen",
        "Verteilerkasten Beleuchtung aufgebrochen",
        "Beleuchtung Gehwegunterführung",
        "Laternen im Park dunkel",
        "Baumkontrolle",
        "Baumkontrolle gewuenscht",
        "Baum [neigt sich|wackelt|hat Risse]",
        "Pilzbefall am Stadtbaum",
        "Kronenpflege",
        "Lichtraumprofil freischneiden",
        "Baum ragt in Oberleitung",
        "Ast auf Auto gefallen",
        "Baumfällung [Frage|warum]",
        "Warum wird der Baum gefällt",
        "Baum gefällt kein Ersatz",
        "Harz tropft von Baum",
        "Honigtau auf Autos",
        "Stadtbaum gießen",
        "Bäume vertrocknen",
        "Baum braucht Wasser",
        "Gießsack leer",
        "Baumpatenschaft",
        "Baumscheibe bepflanzen",
        "Kastanien auf Gehweg",
        "Eicheln rutschig",
        "Mäharbeiten",
        "Maehen [vergessen|bitte]",
        "Strassenbegleitgruen",
        "Böschung mähen",
        "Boeschung zugewachsen",
        "Schnittgut liegt rum",
        "Rasenschnitt liegen gelassen",
        "Wiese zerfahren",
        "Gras auf Verkehrsinsel",
        "Verkehrsinsel ungepflegt",
        "Bewuchs [Gehweg|Fussweg|Treppe]",
        "Gebuesch ueberwuchert Weg",
        "Sträucher zurückschneiden",
        "Brombeeren am Fussweg",
        "Efeu an Laterne",
        "Heckenschnitt Gruenanlage",
        "Wildkraut entfernen",
        "Unkraut im Rinnstein",
        "Ambrosia gefunden",
        "Riesenbaerenklau",
        "Bärenklau am Spielplatz",
        "Brennnesseln am Weg",
        "Spieli kaputt",
        "Spielplatz Gigampfi defekt",
        "Nestschaukel [kaputt|Seil gerissen]",
        "Federwippe [wackelt|abgebrochen]",
        "Kletterturm [defekt|Brett lose]",
        "Spielhaus [beschaedigt|angekokelt]",
        "Fallschutzmatten lose",
        "Holzsplitter an Spielgerät",
        "Reckstange locker",
        "Hangelstrecke kaputt",
        "Trampolin Spielplatz defekt",
        "Drehscheibe Spielplatz blockiert",
        "Matschanlage kaputt",
        "Wasserpumpe Spielplatz",
        "Spielplatz Tor schliesst nicht",
        "Skatepark Rampe [kaputt|Loch]",
        "Skateranlage beschädigt",
        "Pumptrack ausgewaschen",
        "Fitnessgeraete im Park [defekt|kaputt]",
        "Trimm-dich-Pfad Station kaputt",
        "Volleyballnetz [kaputt|fehlt]",
        "Kunstrasenplatz beschädigt",
        "Sportplatz oeffentlich Zaun",
        "Bankerl kaputt",
        "Bankerl im Park fehlt",
        "Bänkli [kaputt|fehlt]",
        "Ruhebank [morsch|umgekippt]",
        "Sitzbank Latte gebrochen",
        "Picknicktisch kaputt",
        "Tisch-Bank-Garnitur Park",
        "Grillplatz [verdreckt|Rost kaputt]",
        "Grillstelle voll Asche",
        "Pissoir [verstopft|stinkt]",
        "City-Toilette [defekt|Tuer klemmt]",
        "Klo im Park [zu|kaputt]",
        "Öffentliches Klo verdreckt",
        "Euroschlüssel-Toilette defekt",
        "Behinderten-WC Park",
        "Toilettenanlage Spuelung kaputt",
        "Trinkwasserspender [defekt|tropft]",
        "Wasserspender Park",
        "Springbrunnen [aus|Pumpe kaputt]",
        "Wasserspiel abgeschaltet",
        "Kneippanlage [ohne Wasser|verschmutzt]",
        "Brunnentrog verschmutzt",
        "Müllkorb [voll|verbogen|abgerissen]",
        "Abfalleimer [voll|fehlt|angezündet]",
        "Abfalleimer Deckel fehlt",
        "Aschenbecher am Muelleimer voll",
        "Unterflurbehälter klemmt",
        "Unterflurcontainer [voll|Klappe klemmt]",
        "Robidog leer",
        "Hundekotbeutel-Spender leer",
        "Hundekotstation [leer|kaputt|fehlt]",
        "Gassibeutel fehlen",
        "Hundekot auf Gehweg",
        "Hundehaufen auf Spielwiese",
        "Hundekotbeutel in Hecke",
        "To-go-Becher überall",
        "Lachgaskartuschen liegen rum",
        "Lachgas Flaschen im Park",
        "Einweggrills in Wiese",
        "Silvestermuell",
        "Boellerreste",
        "Feuerwerksreste auf Strasse",
        "Konfetti und Muell nach Umzug",
        "Flyer und Werbezettel auf Gehweg",
        "Unrat am Ufer",
        "Dreck nach Festival",
        "Fremdablagerung",
        "Wilde Deponie",
        "Wilde Muellkippe am Wald",
        "Müllsünder",
        "Asbestplatten abgeladen",
        "Eternitplatten im Wald",
        "Ölkanister abgestellt",
        "Autobatterie im Gebüsch",
        "Autoteile abgeladen",
        "Waschmaschine am Strassenrand",
        "Zu-verschenken-Kisten stehen rum",
        "Kartons am Straßenrand",
        "Gartenabfaelle im Wald",
        "Rasenschnitt illegal abgekippt",
        "Umzugsmuell auf Gehweg",
        "Sperrgut [abholen|anmelden|Termin]",
        "Sperrgutabfuhr",
        "Sperrmüllabholung beantragen",
        "Sperrmuellkarte",
        "Sperrmülltermin verschieben",
        "Elektroaltgeraete abholen",
        "E-Schrott [Abholung|abgestellt]",
        "Kuehlgeraet Abholung",
        "Altholz entsorgen",
        "Altmöbel Abholung",
        "Wertstoffhof [Oeffnungszeiten|geschlossen|voll]",
        "Recyclinghof Frage",
        "Mistplatz [Oeffnungszeiten|Frage]",
        "Ökihof",
        "Schadstoffmobil Termin",
        "Problemstoffsammlung",
        "Sondermüll abgeben",
        "Farbreste entsorgen",
        "Graue Tonne [nicht geleert|vergessen]",
        "Schwarze Tonne [voll|nicht abgeholt]",
        "Braune Tonne nicht geleert",
        "Gruene Tonne nicht geleert",
        "Wertstofftonne [voll|nicht geleert]",
        "Hausmuell nicht abgeholt",
        "Restabfall nicht geleert",
        "Altpapiertonne [nicht geleert|voll]",
        "Papiersammlung [vergessen|liegt noch da]",
        "Kartonsammlung nicht abgeholt",
        "Bündel Altpapier liegen noch",
        "Grüngutabfuhr ausgefallen",
        "Häckselgut abholen",
        "Baumschnitt Abholung",
        "Kompost abholen",
        "Abfallkalender [falsch|Frage]",
        "Abfuhrtermin [Frage|verschoben]",
        "Muellabfuhr Feiertag",
        "Muellabfuhr zu frueh",
        "Tonne nicht zurueckgestellt",
        "Tonne mitten auf Gehweg",
        "Tonnen blockieren Gehweg",
        "Müllwagen hat Tonne beschädigt",
        "Müllwagen Zaun beschädigt",
        "Tonnendeckel gebrochen",
        "Tonnenschloss kaputt",
        "Muelltonne gestohlen",
        "Tonne verbrannt",
        "Tonnentausch",
        "Behälteränderung",
        "Groessere Tonne",
        "240-Liter-Tonne bestellen",
        "Gebuehrenmarke Sack",
        "Kehrichtsack Marke",
        "Altglas [voll|Scherben]",
        "Weißglascontainer voll",
        "Braunglas Container kaputt",
        "Grünglas Container quillt über",
        "Dosencontainer voll",
        "Altmetall Sammlung",
        "Alttextilien Container",
        "Schuhcontainer überfüllt",
        "Sammelcontainer verschmutzt",
        "Altstoffsammelinsel vermüllt",
        "Altstoffinsel [voll|dreckig]",
        "Sammelstelle [voll|vermuellt]",
        "Entsorgungsstelle Quartier",
        "Kehrmaschine war nicht da",
        "Strassenkehrer fehlt",
        "Gossenreinigung",
        "Gehwegreinigung [fehlt|bitte]",
        "Kaugummi auf Platz",
        "Erbrochenes auf Gehweg",
        "Lehm auf Fahrbahn",
        "Baustellendreck auf Strasse",
        "Traktor Dreck auf Straße",
        "Nassreinigung Platz",
        "Herbstlaub",
        "Laubkörbe [voll|fehlen]",
        "Laubcontainer voll",
        "Laub verstopft Rinne",
        "Raeumdienst fehlt",
        "Streudienst [fehlt|kommt nicht]",
        "Salzstreuung fehlt",
        "Schneewall an Kreuzung",
        "Schneematsch Gehweg",
        "Eiszapfen an Brücke",
        "Salzkiste leer",
        "Sandkiste [leer|fehlt]",
        "Streusalz fehlt",
        "Winterdienst Treppe",
        "Schneeräumung Radweg",
        "Regeneinlauf verstopft",
        "Ablaufgitter [fehlt|verstopft|lose]",
        "Einlaufgitter klappert",
        "Schlitzrinne verstopft",
        "Dole verstopft",
        "Dolendeckel [lose|fehlt]",
        "Einlaufrechen Bach verstopft",
        "Kanal laeuft ueber",
        "Fäkalgeruch Strasse",
        "Schmutzwasser auf Strasse",
        "Keller vollgelaufen",
        "Rückstau Keller Kanal",
        "Starkregen Strasse unter Wasser",
        "Schlamm nach Unwetter",
        "Sandsaecke [benoetigt|bitte]",
        "Hochwasser Weg gesperrt",
        "Wasserleitung undicht",
        "Rohrbruch [Strasse|Gehweg]",
        "Nasse Stelle im Asphalt",
        "Wasser sprudelt aus Gehweg",
        "Schieberkappe [lose|fehlt|klappert]",
        "Unterflurhydrant Deckel",
        "Hydrantendeckel klappert",
        "Hydrantenschild [fehlt|verdreht]",
        "Hydrant [verrostet|Kappe fehlt]",
        "Schachtabdeckung [lose|gebrochen]",
        "Strassenkappe klappert",
        "Tags an Fassade Schule",
        "Tags an Bruecke",
        "Sticker auf Laternenmast",
        "Wildplakatierung",
        "Plakate an Stromkasten",
        "Denkmal beschmiert",
        "Statue beschaedigt",
        "Gedenktafel beschmiert",
        "Leitungsbau Gehweg offen",
        "Baustellenmaterial auf Gehweg",
        "Notweg fehlt Baustelle",
        "Baustelle Gehweg gesperrt ohne Umweg",
        "Warnbake umgefallen",
        "Baustellenleuchte aus",
        "Steg [morsch|gesperrt|rutschig]",
        "Holzsteg kaputt",
        "Passerelle [beschaedigt|Gelaender]",
        "Ueberfuehrung Geländer rostig",
        "Brückenbelag lose",
        "Brücke rostet",
        "Lärmschutzwand [beschädigt|umgefallen]",
        "Natursteinmauer bröckelt",
        "Absturzsicherung fehlt",
        "Schutzgitter [kaputt|fehlt]",
        "Zaunfeld fehlt",
        "Maschendrahtzaun kaputt",
        "Stiege [kaputt|rutschig|Stufe locker]",
        "Stiegen im Park",
        "Staeffele [kaputt|zugewachsen]",
        "Treppenstufe ausgebrochen",
        "Aussentreppe beschaedigt",
        "Rampe [kaputt|rutschig]",
        "Friedhof Wasserhahn defekt",
        "Friedhof Giesskannen fehlen",
        "Friedhofsweg uneben",
        "Friedhof Abfall voll",
        "Stadtuhr [steht|geht falsch]",
        "Rathausuhr falsch",
        "Infotafel im Park [kaputt|beschmiert]",
        "Schaukasten eingeschlagen",
        "Schule Fenster kaputt",
        "Kita Zaun kaputt",
        "Rathaus Eingang Rampe",
        "Fixerbesteck gefunden",
        "Kanülen [Spielplatz|Park]",
        "Spritzenfund",
        "Bachlauf [verstopft|verschlammt]",
        "Uferbefestigung [kaputt|abgerutscht]",
        "Uferweg unterspült",
        "Tümpel [stinkt|vermuellt]",
        "Ententeich [verschmutzt|trüb]",
        "Ölfilm auf Bach",
        "Tiefbau",
        "Stadtreinigung/Abfall",
        "Grünflächen/Bäume",
        "Strassen/Gehwege",
        "Strassenbeleuchtung/Lampen",
        "Spielplätze/Sportanlagen",
        "Kanal/Entwässerung",
        "Werkhof",
        "Bauhof",
    ],
    "transit": [
        "Bus hielt nicht trotz Haltewunsch",
        "Stopptaste ohne Funktion",
        "Haltewunschtaste kaputt",
        "Bus nicht abgesenkt",
        "Kneeling geht nicht",
        "Busfahrer ueberfaehrt Rot",
        "Fahrer raucht im Bus",
        "Busfahrer hört laut Musik",
        "Ruppiger Fahrstil",
        "Vollbremsung im Bus",
        "Sturz im Bus",
        "Tür zu früh geschlossen",
        "In Bustür eingeklemmt",
        "Regionalbus [faellt aus|kommt nicht|zu spaet]",
        "Überlandbus verpasst Zug",
        "Fernbus [Verspaetung|Ausfall]",
        "Quartierbus fährt nicht",
        "Anrufsammeltaxi [kam nicht|Buchung]",
        "AST nicht gekommen",
        "On-Demand-Shuttle [Buchung|Ausfall]",
        "Flughafenbus überfüllt",
        "Trämli [verspaetet|voll]",
        "Tram quietscht in Kurve",
        "Tram Klingel dauernd",
        "Niederflurtram fehlt",
        "Strab [Ausfall|Stoerung]",
        "Zwischengeschoss U-Bahn verdreckt",
        "Notrufsäule U-Bahn defekt",
        "Infosäule Bahnsteig ohne Funktion",
        "Sicherheitsdienst U-Bahn",
        "RB [faellt aus|verspaetet]",
        "IC [verspaetet|ueberfuellt]",
        "EC ohne Speisewagen",
        "Doppelstockwagen fehlt",
        "Nur Einzeltraktion",
        "Nur ein Triebwagen",
        "Kurzzug statt Langzug",
        "Abendtakt zu duenn",
        "Wochenendtakt",
        "Ferienfahrplan [Frage|schlecht]",
        "Letzte Fahrt zu früh",
        "Erste Verbindung zu spaet",
        "Nachtnetz Wochenende",
        "Nachtlinie gestrichen",
        "Fahrplanluecke Mittag",
        "Oberleitungsstoerung",
        "Stellwerksstörung",
        "Personen im Gleis",
        "Notarzteinsatz am Zug",
        "Baum auf Gleis",
        "Unwetter Strecke gesperrt",
        "Streik [Bus|Bahn|Tram]",
        "Warnstreik Nahverkehr",
        "Lokführermangel",
        "Personalmangel Fahrtausfall",
        "Fahrtausfall",
        "Fahrtausfaelle [Linie {line}|morgens]",
        "Kursausfall",
        "Kurs fiel aus",
        "Kurzwende",
        "Tram wendet vorzeitig",
        "Pendelverkehr",
        "Sardinenbuechse",
        "Proppenvoll",
        "Gerammelt voll",
        "Verstaerkerfahrten fehlen",
        "Mehr Wagen bitte",
        "Zugpersonal [unfreundlich|nicht da]",
        "Tramchauffeur unfreundlich",
        "Tramfuehrer [unhoeflich|telefoniert]",
        "Kundenbetreuer im Zug",
        "Billettkontrolleur [unfreundlich|grob]",
        "Kontrolle in Zivil",
        "Fahrschein [Frage|falsch]",
        "Fahrausweis [verloren|ungueltig]",
        "Einzelfahrschein [teuer|Automat]",
        "Kurzstrecke Frage",
        "Tageskarte [Frage|ungueltig]",
        "Streifenkarte [abgeschafft|Frage]",
        "Zehnerkarte",
        "Mehrfahrtenkarte",
        "Tarifzone [falsch|unklar]",
        "Zonengrenze",
        "Anschlussticket",
        "Fahrradkarte",
        "Hundekarte",
        "Jobticket",
        "Semesterticket",
        "Seniorenticket",
        "Abo [Pause|Adresse aendern|Chipkarte kaputt]",
        "Chipkarte defekt",
        "E-Ticket wird nicht erkannt",
        "Check-in vergessen",
        "Zahlungserinnerung Fahrpreisnacherhebung",
        "Inkasso wegen Schwarzfahren",
        "Widerspruch Kontrolle",
        "Kulanzantrag",
        "Gutschrift fehlt",
        "Reisegutschein [einloesen|abgelaufen]",
        "Taxikosten Erstattung",
        "Hotelkosten erstatten",
        "Buchungsbestaetigung fehlt",
        "Rollstuhlplatz [buchen|reserviert aber belegt]",
        "Gruppenreservierung",
        "Live-Karte falsch",
        "Push-Nachricht kam nicht",
        "Kundenkonto [gesperrt|Login]",
        "Ticketshop [Fehler|down]",
        "Lift [Station|Perron] defekt",
        "Fahrtreppe [ausser Betrieb|steht]",
        "Hublift Zug",
        "Einstiegshilfe nicht gekommen",
        "Umsteigehilfe",
        "Stufenfreier Zugang fehlt",
        "Sprachausgabe Bus fehlt",
        "Erbrochenes im Wagen",
        "Urin im Aufzug Station",
        "Kaugummi an Sitzen",
        "Zug [beschmiert|besprüht]",
        "Tram mit Graffiti",
        "Lueftung Bus",
        "Fenster lassen sich nicht oeffnen",
        "Zugzielanzeiger [aus|falsch]",
        "Abfahrtsmonitor [Station|Haltestelle] aus",
        "Lautsprecher Bahnsteig [zu leise|kaputt]",
        "Perron [zu kurz|glatt]",
        "Bahnsteigdach undicht",
        "Spalt am Bahnsteig",
        "Schliessfaecher defekt",
        "Wartehalle [zu|verschmutzt]",
        "Bahnhofstoilette [kaputt|kostet zu viel]",
        "Bahnhofsuhr steht",
        "Reisezentrum geschlossen",
        "Schalter nicht besetzt",
        "Haltestellenmast [fehlt|umgefahren]",
        "Haltestellenname falsch",
        "Bedarfshaltestelle",
        "Haltestelleninsel zu schmal",
        "Sitzbank im Wartehaeuschen kaputt",
        "Busnotverkehr",
        "SEV-Haltestelle [nicht gefunden|fehlt]",
        "SEV-Fahrplan",
        "Handy im Bus verloren",
        "Brille in der Tram vergessen",
        "Schluessel im Zug verloren",
        "Koffer im Zug vergessen",
        "Fundbüro Verkehrsbetriebe",
        "Fundsachen Bahn",
        "Fahrradmitnahme [verweigert|Regeln]",
        "E-Scooter im Bus verboten",
        "Hund im Bus",
        "Kinderwagenplatz belegt",
        "Mehrzweckbereich",
        "Seilbahn [Stoerung|ausser Betrieb]",
        "Standseilbahn steht",
        "Verkehrsbetriebe",
        "Verkehrsverbund",
        "Tarifverbund Beschwerde",
        "Kundencenter Beschwerde",
        "Busse & Bahnen",
        "Bahn",
        "Zugverkehr",
        "Bahnverbindung",
    ],
    "communication": [
        "Trittschall Nachbar",
        "Nachbar poltert nachts",
        "Möbelrücken um Mitternacht",
        "Klavier üben stundenlang",
        "Schlagzeug im Keller",
        "Nachbar spielt Trompete",
        "Lauter Streit nebenan",
        "Geschrei im Treppenhaus",
        "Hausordnung wird missachtet",
        "Mittagsruhe [nicht eingehalten|Frage]",
        "Nachtruhe ab wann",
        "Sonntagsruhe gestört",
        "Ruhezeiten Frage",
        "Laerm Fitnessstudio",
        "Bass aus Fitnessstudio",
        "Kühlaggregat [brummt|laut]",
        "Klimaanlage Nachbar [laut|brummt nachts]",
        "Lüfter Restaurant laut",
        "Lautsprecherdurchsagen Baumarkt",
        "Späti Lärm",
        "Spaeti nachts laut",
        "Sperrstunde [nicht eingehalten|wann]",
        "Polizeistunde",
        "Public Viewing Laerm",
        "Autoalarm [heult|seit Stunden]",
        "Alarmanlage [heult|geht nicht aus]",
        "Hausalarm nachts",
        "Strassenmusiker [zu laut|immer gleiches Lied]",
        "Trommeln im Park",
        "Drehorgel den ganzen Tag",
        "Glascontainer nachts benutzt",
        "Flaschen einwerfen nach 20 Uhr",
        "Feuerwerk [mitten in der Nacht|ohne Anlass]",
        "Böllern im Sommer",
        "Motorsaege Sonntag",
        "Heckenschere in der Mittagsruhe",
        "Haecksler Laerm",
        "Kreissaege Nachbar",
        "Hochzeitsfeier Lärm",
        "Lärm Studentenwohnheim",
        "Lärm Ferienwohnung",
        "Partygäste Airbnb",
        "Lärmmessung beantragen",
        "Larmbelästigung",
        "Lärmbelastigung",
        "Rauch vom Kaminofen",
        "Holzofen Nachbar qualmt",
        "Schornstein qualmt",
        "Gestank Gewerbebetrieb",
        "Geruchsbelaestigung",
        "Geruch Biogasanlage",
        "Gestank Mastbetrieb",
        "Nachbar verbrennt Müll",
        "Gartenfeuer",
        "Lagerfeuer im Garten",
        "Shisha-Qualm im Hof",
        "Dunstabzug Restaurant",
        "Obdachloser im Hauseingang",
        "Platte machen [Park|Bruecke|Unterfuehrung]",
        "Leute schlafen im Freien",
        "Sandler am Bahnhof",
        "Obdachlosencamp",
        "Camp unter Autobahnbrücke",
        "Wohnwagen-Siedlung am Ufer",
        "Kältebus rufen",
        "Wärmestube Öffnungszeiten",
        "Streetworker",
        "Person liegt am Boden",
        "Hilflose Person",
        "Obdachlose Frau mit Hund",
        "Menschen ohne Wohnung im Park",
        "Betteln vor Supermarkt",
        "Bettelbanden",
        "Organisiertes Betteln",
        "Fundhund",
        "Hund gefunden",
        "Hund entlaufen",
        "Hundemarke verloren",
        "Hundemarke [bestellen|neue]",
        "Hundeführerschein",
        "Sachkundenachweis Hund",
        "Listenhund",
        "Gefährlicher Hund",
        "Leinenzwang [Frage|missachtet]",
        "Leinenpflicht Park",
        "Hundeanmeldung",
        "Hund anmelden",
        "Hundehaltung Wohnung",
        "Katze gefunden",
        "Fundkatze",
        "Katze vermisst",
        "Katzenkastration",
        "Kastrationspflicht Katzen",
        "Katzenschutzverordnung",
        "Futterstelle Katzen",
        "Wolf gesichtet",
        "Biber [Damm|fällt Bäume]",
        "Nutria",
        "Nutrias am Teich",
        "Schlange im Garten",
        "Krötenwanderung",
        "Entenfamilie auf Straße",
        "Greifvogel verletzt",
        "Möwen klauen Essen",
        "Möwenplage",
        "Kraehenplage",
        "Dohlen im Kamin",
        "Reh im Garten",
        "Fuchsbau im Garten",
        "Marder [im Dach|im Motorraum]",
        "Wildtier verletzt",
        "Eichhörnchen verletzt",
        "Tierhaltung auf Balkon",
        "Kaninchen auf Balkon",
        "Tiere ohne Wasser",
        "Zoohandlung Tierschutz",
        "Hund an der Kette",
        "Pferde vernachlaessigt",
        "Schafe ohne Futter",
        "Animal Hoarding",
        "Zu viele Katzen in Wohnung",
        "Tierkadaver Straße",
        "Tote Ratte [Gehweg|Hof]",
        "Toter Igel",
        "Tote Ente im Teich",
        "Tote Fische im Bach",
        "Vogelgrippe Verdacht",
        "Kammerjäger",
        "Kammerjaeger bestellen",
        "Schaedlingsbekaempfer",
        "Motten in Wohnung",
        "Lebensmittelmotten",
        "Ameisen in der Wohnung",
        "Ameisenplage",
        "Flöhe",
        "Kopfläuse Kita",
        "Tigermücke",
        "Asiatische Tigermuecke",
        "Asiatische Hornisse",
        "Hornissen unterm Dach",
        "Bienenschwarm",
        "Wespen im Rolladen",
        "Rattengift ausgelegt",
        "Giftköder gefunden",
        "Taubenabwehr",
        "Tauben auf Balkon",
        "Holzwurm",
        "Schottergarten",
        "Steingarten Verbot",
        "Zaun zu hoch",
        "Sichtschutzzaun Nachbar",
        "Gartenhaus ohne Genehmigung",
        "Pool ohne Genehmigung",
        "Carport ohne Genehmigung",
        "Garage wird bewohnt",
        "Nutzungsänderung",
        "Baumschutzsatzung",
        "Baum gefällt Privatgrund",
        "Fällgenehmigung",
        "Nachbar fällt Bäume",
        "Putz fällt von Fassade",
        "Fassade bröckelt Nachbarhaus",
        "Dachziegel lose",
        "Dachrinne hängt runter Privathaus",
        "Gerüst steht seit Jahren",
        "Problemimmobilie",
        "Gammelhaus",
        "Ruine",
        "Einsturzgefahr Haus",
        "Messie-Wohnung",
        "Verwahrloste Wohnung",
        "Gestank aus Wohnung",
        "Schrott im Hof",
        "Sperrmuell im Garten Nachbar",
        "Autoteile im Vorgarten",
        "Bauantrag Frage",
        "Baugesuch",
        "Baubewilligung",
        "Abstandsfläche",
        "Grenzabstand",
        "Asbest bei Sanierung",
        "Abriss Staub",
        "Baustaub Nachbar",
        "Mieterhöhung",
        "Mieterhoehung zu hoch",
        "Nebenkostenabrechnung",
        "Betriebskosten Frage",
        "Kaution zurück",
        "Kündigung Wohnung",
        "Eigenbedarf",
        "Zwangsräumung",
        "Räumungsklage",
        "Mietspiegel",
        "Mietpreisbremse",
        "Mieterberatung",
        "Gemeindewohnung",
        "Gemeindewohnung Schimmel",
        "Sozialwohnung",
        "Wohnungssuche",
        "Legionellen",
        "Feuchte Wände",
        "Wasserschaden Mietwohnung",
        "Kein Strom im Haus",
        "Gasgeruch",
        "Lebensmittelaufsicht",
        "Lebensmittelueberwachung",
        "Haar im Essen",
        "Glasscherbe im Essen",
        "Eisdiele Hygiene",
        "Marktstand Hygiene",
        "Bäckerei Schimmel",
        "Allergene nicht angegeben",
        "Rauchverbot Kneipe",
        "Rauchen im Lokal",
        "Nichtraucherschutz",
        "Sachbeschädigung",
        "Auto zerkratzt",
        "Spiegel abgetreten",
        "Taschendiebstahl",
        "Handtaschenraub",
        "Enkeltrick",
        "Falsche Polizisten",
        "Betrueger an der Haustuer",
        "Haustürgeschäfte",
        "Drückerkolonne",
        "Verdächtige Person",
        "Exhibitionist",
        "Stalking",
        "Häusliche Gewalt",
        "Schüsse gehört",
        "Messerangriff",
        "Brandstiftung",
        "Wildpinkler",
        "Urinieren in Hauseingang",
        "Kiffen [Spielplatz|Schule]",
        "Cannabis vor Kita",
        "Lachgas Jugendliche",
        "Trinkerszene",
        "Saufgelage",
        "Alkoholverbot",
        "Alkoholverbotszone",
        "Jugendbande",
        "Sicherheitsgefühl",
        "Angstraum",
        "Hut ab",
        "Merci",
        "Merci vielmals",
        "Danke vielmals",
        "Vergelts Gott",
        "Bravo",
        "Top Service",
        "Gut gemacht",
        "Daumen hoch",
        "Großes Lob",
        "Lob ans Team",
        "Danke Bauhof",
        "Danke Werkhof",
        "Dank an Ordnungsamt",
        "Lob Buergeramt",
        "Lob Standesamt",
        "Lob Gärtner",
        "Danke für Rückmeldung",
        "Problem behoben danke",
        "Erledigt danke",
        "Führungszeugnis",
        "Fuehrungszeugnis beantragen",
        "Beglaubigung",
        "Apostille",
        "Abmeldung ins Ausland",
        "Aufenthaltstitel",
        "Auslaenderbehoerde Termin",
        "Einbürgerung",
        "Sterbeurkunde",
        "Namensänderung",
        "Kfz-Zulassung",
        "Auto ummelden",
        "Wunschkennzeichen",
        "Zulassungsstelle Termin",
        "Schwerbehindertenausweis",
        "Kinderreisepass",
        "Meldezettel",
        "Wohnsitzbestaetigung",
        "Heimatschein",
        "Familienbuch",
        "Sozialamt",
        "Grundsicherung",
        "Elterngeld",
        "Jobcenter",
        "Pflegegeld",
        "Schuldnerberatung",
        "Gewerbesteuer",
        "Vergnügungssteuer",
        "Kurtaxe",
        "Kurbeitrag",
        "Hundesteuermarke",
        "Mahnung Stadtkasse",
        "Stundung",
        "Ratenzahlung",
        "Widerspruch Bescheid",
        "Rundfunkbeitrag",
        "Steuerbescheid Frage",
        "Flohmarkt",
        "Flohmarkt anmelden",
        "Christkindlmarkt",
        "Kirmes",
        "Kirchweih",
        "Kerwa",
        "Chilbi",
        "Fasnacht",
        "Karneval Umzug",
        "Fasching",
        "Laternenumzug",
        "Osterfeuer",
        "Maibaum aufstellen",
        "Sommerfest",
        "Stadtführung",
        "Volkshochschule",
        "VHS Kurs",
        "Ferienpass",
        "Straßenfest Genehmigung",
        "Strassenmusik Bewilligung",
        "Drohne fliegen",
        "Feuerwerk Genehmigung",
        "Hochzeit im Park",
        "Plakate aufhängen erlaubt",
        "Infostand anmelden",
        "Wählerverzeichnis",
        "Stimmzettel fehlt",
        "Wahlschein",
        "Abstimmungsunterlagen",
        "Stimmrechtsausweis",
        "Bürgerentscheid",
        "Bürgerbegehren",
        "Unterschriftensammlung",
        "Wahlplakate",
        "Wahlplakate hängen noch",
        "Bezirksvorsteher",
        "Stadtpräsident",
        "Stadtpraesidentin",
        "Oberbürgermeister",
        "Gemeindepräsident",
        "Haushalt der Stadt",
        "Schulden der Stadt",
        "Bürgerbeteiligung",
        "Ratsinfo",
        "Gesundheitsamt",
        "Impfung",
        "Impftermin",
        "Masern",
        "Hitzeschutz",
        "Kühle Orte Hitze",
        "Sirenenprobe",
        "Sirenenalarm",
        "Warn-App",
        "Bombenfund",
        "Fliegerbombe Evakuierung",
        "Stromausfall",
        "Rauchmelder Pflicht",
        "Katastrophenschutz",
        "Unfreundlicher Mitarbeiter",
        "Sachbearbeiter unfreundlich",
        "Telefon nie erreichbar",
        "Keiner ruft zurück",
        "Rückruf erbeten",
        "Antwort fehlt",
        "Bearbeitungsdauer",
        "Grab verlängern",
        "Grabstelle",
        "Friedhofsgebühren",
        "Urnengrab",
        "Schulanmeldung",
        "Hortplatz",
        "Jugendzentrum",
        "Seniorentreff",
        "Stadtbibliothek Ausweis",
        "Hallenbad geschlossen",
        "Freibad Preise",
        "Bewerbung bei der Stadt",
        "Praktikum Stadtverwaltung",
        "Ausbildung Stadt",
        "Presseanfrage",
        "Datenschutz",
        "Akteneinsicht",
        "Phishing",
        "Dachreinigung Angebot",
        "Solaranlage Angebot",
        "Casino Bonus",
        "Nachhilfe",
        "Folgt mir",
        "Fußball",
        "Frohe Weihnachten",
        "Gutes neues Jahr",
        "Frohe Ostern",
        "Mahlzeit",
        "Moin",
        "Grüezi",
        "Servus",
        "Gruss aus dem Urlaub",
        "lol",
        "Test 123",
        "Zustaendigkeit",
        "Wer ist zuständig",
        "Ordnungsamt",
        "Bürgerservice/Allgemeines",
        "Soziales",
        "Sicherheit und Ordnung",
        "Umwelt/Tiere",
        "Lärm/Immissionen",
    ],
}


# The same catalogue as descriptions: 1-3 sentences per service type as residents write them in a
# reporting app, a web form, an e-mail to the city or a tweet to an operator. Same slots as BODIES.
CATALOGUE_BODIES: dict[str, list[str]] = {
    "traffic": [
        "Lichtsignalanlage an der Kreuzung {street} bei {place} komplett dunkel, alle Richtungen. "
        "Bitte Polizei oder Störungsdienst schicken.",
        "Der Ampelmast an der Ecke {street} wurde angefahren und steht jetzt schräg über dem "
        "Gehweg, die Signale zeigen in den Himmel.",
        "Bei der Ampel vor {street} {num} ist das Rotlicht für die Geradeausspur ausgefallen, nur "
        "Gelb und Grün funktionieren.",
        "Gegen Nachmittag steht die Sonne genau hinter der Ampel an {place}, man erkennt "
        "ueberhaupt nicht, welche Farbe sie hat. Vielleicht hilft eine Blende.",
        "Die Ampel an der {street} wird schon um 21 Uhr abgeschaltet, danach rasen alle durch und "
        "Fussgaenger kommen nicht mehr rueber.",
        "Das Fussgaengersignal bei {place} ist seit dem Gewitter dunkel. Die Autos haben Gruen, "
        "die Leute wissen nicht, wann sie gehen duerfen.",
        "Beim Lichtsignal an der {street} vibriert der Knopf fuer Sehbehinderte nicht mehr, meine "
        "Mutter ist blind und auf das Signal angewiesen.",
        "Koennte man an der grossen Kreuzung {street} eine Restzeitanzeige fuer Fussgaenger "
        "montieren? Viele bleiben mitten auf der Fahrbahn stehen.",
        "Der Grünpfeil an der Einmündung {street} wurde bei den Bauarbeiten abgebaut und nicht "
        "wieder montiert, jetzt staut sich alles.",
        "Mit dem Motorrad löst die Schleife an der Linksabbiegerspur {street} nicht aus, ich "
        "stand fünf Minuten vor Rot.",
        "Die Linksabbiegespur von der {street} in die Hauptstraße ist viel zu kurz, die Wartenden "
        "blockieren die Geradeausspur.",
        "Bitte das Linksabbiegen an der Kreuzung {street} bei {place} verbieten oder eine eigene "
        "Phase schalten, hier kracht es jede Woche.",
        "Die Verkehrstafel 'Vorrang geben' bei der {street} liegt seit dem Sturm im "
        "Strassengraben.",
        "Das Signal 'Allgemeines Fahrverbot' am Eingang der {street} ist umgefahren worden, "
        "seitdem fahren alle durch.",
        "Jemand hat das Stoppschild an der {street} komplett mit Aufklebern zugeklebt, man "
        "erkennt es nur noch an der Form.",
        "Das Zusatzschild 'Anlieger frei' unter dem Durchfahrtsverbot in der {street} fehlt, "
        "jetzt weiss niemand, ob man reinfahren darf.",
        "Das Schild mit der Zeitbeschränkung für das Halteverbot ist so verblasst, dass man die "
        "Uhrzeiten nicht lesen kann. {street} Höhe {num}.",
        "Nachts reflektieren die Schilder an der Kurve in der {street} nicht mehr, die Folie ist "
        "abgeblättert.",
        "Am Anfang der {street} fehlt das Sackgassenschild, jeden Tag wenden hier Lieferwagen in "
        "unseren Einfahrten.",
        "Der Wegweiser zu {place} an der Kreuzung {street} ist um 180 Grad verdreht und schickt "
        "alle in die falsche Richtung.",
        "Der Vorwegweiser vor der Autobahnauffahrt ist komplett von Ästen zugewachsen, Ortsfremde "
        "verpassen die Abzweigung.",
        "Die gruenen Radwegweiser an {place} wurden verdreht, Radtouristen irren hier staendig "
        "herum.",
        "Die Ortstafel am Ortseingang bei der {street} ist umgefahren, seitdem fahren alle mit 70 "
        "in den Ort.",
        "An der Ecke {street} ist die Straßentafel abgebrochen, die Rettung hat unser Haus letzte "
        "Woche nicht gefunden.",
        "Das Straßennamenschild an der {street} ist so verwittert, dass man nur noch die Hälfte "
        "lesen kann.",
        "In der {street} stehen mobile Halteverbotsschilder ohne Datum und ohne Genehmigung. Gilt "
        "das jetzt oder nicht?",
        "Vor {street} {num} stehen seit drei Wochen Schilder für einen Umzug, der längst vorbei "
        "ist. Die Parkplätze bleiben einfach leer.",
        "Ich ziehe am {days}. um und brauche eine Halteverbotszone vor {street} {num}. Wo "
        "beantrage ich das und wie lange vorher?",
        "Auf der {street} ist die Mittellinie auf dem ganzen Abschnitt bis zu {place} weg, bei "
        "Nebel faehrt jeder in der Mitte.",
        "Die durchgezogene Linie vor der Kurve in der {street} ist kaum noch zu sehen, es wird "
        "ständig überholt.",
        "Seit dem neuen Belag fehlen an der Kreuzung {street} die Richtungspfeile, niemand weiß, "
        "welche Spur wohin geht.",
        "Die Parkstände in der {street} sind nicht mehr markiert, jetzt parkt jeder schräg und es "
        "passen halb so viele Autos hin.",
        "Das aufgemalte Fahrradsymbol im Schutzstreifen der {street} ist komplett abgefahren, "
        "Autos fahren einfach drauf.",
        "Die Zickzacklinie vor der Feuerwehrausfahrt in der {street} ist weg, jetzt wird dort "
        "geparkt.",
        "Lieber Magistrat, der Schutzweg vor der Volksschule in der {street} ist fast unsichtbar, "
        "die Autos bremsen nicht.",
        "Servus, beim Schutzweg an der {street} bleiben die Autos nie stehen, koennt ihr da bitte "
        "eine Ampel hinstellen?",
        "Ueber die {street} gibt es auf 800 Metern keinen einzigen Ueberweg, die Kinder laufen "
        "einfach zwischen den Autos durch.",
        "Jeden Samstag parken Besucher vom Fußballplatz auf dem Grünstreifen in der {street}, der "
        "Rasen ist ein einziges Schlammfeld.",
        "Vor der abgesenkten Bordsteinkante an der {street} parkt dauernd ein Auto, ich komme mit "
        "dem Rollstuhl nicht mehr über die Straße.",
        "An der Ecke {street} bei {place} wird bis direkt in den Kreuzungsbereich geparkt, der "
        "Bus kommt nicht um die Kurve.",
        "Ein Pkw steht seit heute Morgen in der Bushaltestelle {stop}, der Bus muss auf der "
        "Fahrbahn halten.",
        "Die Ladezone vor dem Getränkemarkt in der {street} ist jeden Tag von Privatautos belegt, "
        "die Lkw stehen dann auf der Fahrbahn.",
        "Am Taxistand an {place} parken abends Privatautos, die Taxis stehen in zweiter Reihe.",
        "Der Motorradparkplatz in der {street} wird von Autos zugeparkt, wir finden keinen Platz "
        "mehr.",
        "Wildparker auf dem Wendehammer in der {street}, die Muellabfuhr musste rueckwaerts raus.",
        "Ein Bootsanhänger steht seit dem Sommer auf einem Anwohnerparkplatz in der {street}, mit "
        "Plane drüber, nie bewegt.",
        "Wohnmobil parkt seit Wochen vor {street} {num} und blockiert die Sicht auf die Ausfahrt.",
        "Die Ausfahrtsschranke im städtischen Parkhaus an {place} öffnet nicht, obwohl ich "
        "bezahlt habe. Hinter mir hupt die Schlange.",
        "Der Kassenautomat im Parkhaus bei {place} nimmt keine Scheine, man kommt nicht mehr raus.",
        "Das Handyparken zeigt für die Zone in der {street} nur 'Zone unbekannt' an. Wie soll ich "
        "dann zahlen?",
        "Die Park-App hat meinen Parkvorgang nicht beendet und mir 14 Stunden berechnet. An wen "
        "wende ich mich?",
        "Gilt der Kurzparkschein auch am Samstag in der {street}? Die Zusatztafel sagt etwas "
        "anderes als die Website.",
        "Grueezi, wie lange darf ich in der blauen Zone an der {street} mit Parkscheibe stehen? "
        "Das Signal ist nicht eindeutig.",
        "Wo bekomme ich als neue Anwohnerin eine Parkkarte für das Quartier in der Nähe von "
        "{place}?",
        "Mein Vater hat einen Schwerbehindertenausweis, wir möchten einen Behindertenparkplatz "
        "vor {street} {num} beantragen. Wie geht das?",
        "Ich habe einen Strafzettel bekommen, obwohl mein Parkschein gut sichtbar hinter der "
        "Scheibe lag. Wie lege ich Einspruch ein?",
        "Knöllchen in der {street} bekommen, dabei war das Halteverbotsschild hinter einem Lkw "
        "versteckt. Kann ich widersprechen?",
        "Organmandat wegen Parken ohne Parkschein, aber der Automat in der {street} war kaputt. "
        "Ich habe ein Foto davon.",
        "Grueezi, ich habe eine Parkbusse erhalten, obwohl ich in meiner eigenen Zone mit "
        "gueltiger Anwohnerkarte stand.",
        "Mein Auto ist weg, {street} Höhe {num}. Wurde es abgeschleppt, und wo kann ich es "
        "abholen?",
        "In der {street} steht ein ausgebranntes Auto, nur noch das Gerippe. Das stand gestern "
        "Abend noch nicht so da.",
        "Vor {street} {num} steht ein Wagen ohne Räder auf Ziegelsteinen, Motorhaube offen, die "
        "Teile wurden ausgebaut.",
        "Das Auto vor Nummer {num} hat seit zwei Jahren keine gültige Prüfplakette mehr und "
        "bewegt sich nicht.",
        "Rostlaube mit zerbrochener Heckscheibe und Moos auf dem Dach, {street}, steht da seit "
        "Ewigkeiten.",
        "Motorroller ohne Nummernschild liegt seit Wochen umgekippt am Gehweg in der {street}.",
        "Am Buegel vor der Bibliothek an {place} haengt seit einem Jahr nur noch ein Rahmen ohne "
        "Raeder.",
        "Grüezi, am Veloständer beim Bahnhof stehen bestimmt zehn kaputte Velos, für die "
        "richtigen ist kein Platz mehr.",
        "Ein Leihfahrrad liegt seit Tagen im Bach bei {place}, nur noch der Lenker schaut raus.",
        "Jemand hat ein Mietrad mitten auf dem Gehweg in der {street} abgestellt und "
        "abgeschlossen, man muss auf die Straße.",
        "Zwei E-Scooter liegen im Fluss unterhalb der Brücke an {place}, man sieht sie bei "
        "Niedrigwasser.",
        "Ein E-Scooter steht quer vor meiner Einfahrt {street} {num}, ich bekomme das Auto nicht "
        "raus und er laesst sich nicht schieben.",
        "Die Elektroroller vor dem Ärztehaus in der {street} stehen immer genau auf der "
        "Rollstuhlrampe.",
        "Servus, a Scooter liegt seit Tagen mitten am Gehsteig in der {street}, das holt keiner "
        "ab.",
        "Die {street} ist nachts eine Rennstrecke, ab {time} fahren die Autos mit quietschenden "
        "Reifen im Kreis.",
        "Jeden Freitagabend kommen Poser mit aufgemotzten Autos zu {place}, drehen Runden und "
        "lassen die Motoren aufheulen.",
        "Motorraeder jagen am Wochenende mit ueber 100 durch die Ortsdurchfahrt, {street}, vorbei "
        "am Kindergarten.",
        "Koennten Sie in der {street} eine dieser Anzeigen aufstellen, die die Geschwindigkeit "
        "anzeigen? Viele merken gar nicht, wie schnell sie sind.",
        "Wir wünschen uns eine Smiley-Tafel vor der Schule in der {street}, das hat in der "
        "Nachbarstraße viel gebracht.",
        "Bitte in der {street} mal eine Radarkontrolle am Morgen zwischen 7 und 8 Uhr, da wird "
        "gerast ohne Ende.",
        "Der Blitzer an der {street} ist seit Monaten abgedeckt, seitdem fährt man dort wieder 70.",
        "Berliner Kissen in der {street} wuerden helfen, die Busse kommen drueber und die Autos "
        "muessen langsam fahren.",
        "Die Aufpflasterung an der Einmündung {street} ist so steil, dass tiefergelegte Autos "
        "aufsetzen. Ist das Absicht?",
        "Wir Anwohner der {street} bitten um eine Diagonalsperre an der Kreuzung, damit der "
        "Durchgangsverkehr aufhört.",
        "Die Durchfahrtssperre in der {street} wird umfahren, die Autos fahren einfach über den "
        "Gehweg daneben.",
        "Koennen Sie vor der Grundschule in der {street} eine Schulstrasse einrichten, die "
        "morgens fuer Autos gesperrt ist?",
        "Tempo 30 in der Nacht auf der {street} wäre dringend nötig, die Lkw donnern mit 60 "
        "vorbei.",
        "Blechlawine jeden Nachmittag ab 16 Uhr auf der {street}, man braucht 20 Minuten für "
        "einen Kilometer.",
        "Auf der {street} stockt der Verkehr seit Wochen schon ab 6 Uhr, stop and go bis zu "
        "{place}.",
        "An der Ausfahrt vom Einkaufszentrum an {place} staut es sich bis auf die Hauptstraße "
        "zurück, weil alle links raus wollen.",
        "Die {street} ist halbseitig gesperrt, aber auf den Schildern steht kein Enddatum. Wie "
        "lange noch?",
        "Die Verkehrsfuehrung an der Baustelle {street} ist voellig unklar, die gelben Linien "
        "widersprechen den weissen.",
        "Wegen der Einengung an der Baustelle auf der {street} kommen Rettungswagen nicht mehr "
        "durch, es gibt keinen Platz zum Ausweichen.",
        "Welche Straßen sind am Samstag wegen des Umzugs gesperrt? Ich muss mit dem Auto zu "
        "{place}.",
        "Die Umfahrung für die gesperrte {street} ist nicht beschildert, das Navi schickt alle "
        "durch die Spielstraße.",
        "Die ausgeschilderte Ausweichroute über die {street} ist völlig überlastet, dort ist ein "
        "Kindergarten.",
        "Auf der {street} gibt es gar keine Radspur, man wird von Bussen und Lkw mit 20 cm "
        "Abstand ueberholt.",
        "Der Schutzstreifen in der {street} ist so schmal, dass man in der Dooring-Zone der "
        "parkenden Autos fährt.",
        "Der Radweg entlang der {street} ist benutzungspflichtig, aber total holprig und schmal. "
        "Kann die Pflicht aufgehoben werden?",
        "Das Drängelgitter am Radweg bei {place} ist so eng, dass man mit Anhänger oder Lastenrad "
        "nicht durchkommt.",
        "Vor dem Bahnhof fehlen Radständer, die Räder liegen überall kreuz und quer.",
        "Bitte mehr Veloparkplaetze beim Schulhaus in der {street}, die Kinder stellen ihre Velos "
        "an die Hauswand.",
        "Der Velostreifen an der {street} hört einfach vor der Kreuzung auf und man steht "
        "zwischen den Autos.",
        "An der Ampel {street} fehlt eine Aufstellfläche für Radfahrer, man steht im Abgas direkt "
        "neben den Lkw.",
        "An der Kreuzung {street} bei {place} sehen die rechtsabbiegenden Lkw die Radfahrer "
        "nicht, toter Winkel. Es fehlt eine eigene Grünphase.",
        "Heute um {time} fast ueberfahren worden an der Einmuendung {street}, der Autofahrer hat "
        "mich beim Abbiegen nicht gesehen.",
        "Das Sichtdreieck an der Ausfahrt aus der {street} ist immer zugeparkt, man muss blind in "
        "die Hauptstraße rollen.",
        "An der Kreuzung {street} weiß keiner, ob rechts vor links gilt oder nicht, es fehlen die "
        "Schilder. Jeden Tag Beinahe-Unfälle.",
        "Die Kurve vor {street} {num} ist eine echte Gefahrenstelle, zwei Autos sind schon im "
        "Vorgarten gelandet.",
        "Ein Sattelschlepper ist heute in der engen {street} stecken geblieben und hat zwei "
        "Stunden lang rangiert.",
        "Seit die Umgehung gesperrt ist, fahren 40-Tonner durch unsere Dorfstraße {street}, die "
        "Häuser vibrieren.",
        "Die Lastwagen folgen dem Navi und landen alle in der {street}, die Sackgasse ist. Bitte "
        "ein Schild fuer Lkw.",
        "Schwerlastverkehr rollt nachts zwischen 2 und 5 Uhr durch die {street} zum Gewerbegebiet.",
        "Vor dem Standesamt an {place} gibt es jeden Samstag Hupkorsos, eine halbe Stunde "
        "Dauerhupen.",
        "Das Gehupe an der Ausfahrt {street} hört nicht auf, weil die Linksabbieger nie "
        "rauskommen.",
        "In der Fußgängerzone an {place} fahren abends Autos bis vor die Restaurants, obwohl dort "
        "Fahrverbot ist.",
        "Der versenkbare Poller am Eingang zur Fußgängerzone {street} bleibt seit Tagen unten, "
        "jeder fährt rein.",
        "Der Poller an der Zufahrt {street} faehrt nicht mehr runter, die Lieferanten kommen "
        "nicht zu uns.",
        "Bis wann darf in der Fußgängerzone {street} geliefert werden? Die Transporter stehen "
        "dort bis mittags.",
        "Radfahrer rasen auf dem Gehweg der {street}, obwohl nebenan ein Radweg ist. Für ältere "
        "Fußgänger lebensgefährlich.",
        "Geisterradler auf dem Radweg an der {street}, jeden Morgen kommen sie einem in der "
        "falschen Richtung entgegen.",
        "Der Leitpfosten an der Kurve der {street} ist umgefahren, nachts sieht man den "
        "Straßenverlauf nicht.",
        "Die Baustellenbaken auf der {street} wurden verschoben und stehen jetzt mitten auf der "
        "Spur.",
        "Der Verkehrsspiegel an der Ausfahrt {street} {num} ist so verkratzt und beschlagen, dass "
        "man nichts mehr sieht.",
        "Ich bitte um einen Verkehrsspiegel gegenueber unserer Hofausfahrt in der {street}, die "
        "Sicht ist durch eine Mauer verdeckt.",
        "Sehr geehrte Straßenverkehrsbehörde, ich beantrage die Prüfung einer Tempo-30-Regelung "
        "vor dem Seniorenheim in der {street}.",
        "Guten Tag, in der {street} sind die Schilder zur Parkraumbewirtschaftung "
        "widersprüchlich: Parkschein und Anwohnerparken auf demselben Abschnitt.",
        "Grüezi, die Signalisation bei der Baustelle an der {street} ist seit Tagen falsch, "
        "Einbahn in beide Richtungen.",
        "Servus, die neue Kurzparkzone in der {street} hat keine Bodenmarkierung, keiner weiss, "
        "wo sie anfaengt.",
        "Hallo, vor der Apotheke in der {street} bitte eine Kurzzeitparkzone einrichten, die "
        "älteren Kunden finden nie einen Platz.",
        "verkehrstafel umgefahren {street} bei {place}, liegt im gras",
        "ampel an {place} wieder aus!!! seit {time}",
        "auto ohne reifen auf steinen {street} {num}",
        "schon wieder lkw in der {street} festgefahren, macht endlich ein schild hin",
        "Danke für nix: seit die Ampel an {place} neu ist, steht man doppelt so lang.",
        "Toll, die neue Radspur auf der {street} ist ein Parkplatz für Lieferwagen geworden.",
    ],
    "public_works": [
        "Grüezi, an der {street} vor Nummer {num} hat der Belag einen grossen Riss, bei Regen "
        "läuft das Wasser hinein und es wird jede Woche schlimmer.",
        "Die Fahrbahndecke in der {street} ist auf 50 Metern abgeplatzt, man fährt wie auf einem "
        "Waschbrett.",
        "Krater in der {street} Höhe {num}, da passt ein ganzer Fußball rein. Heute hat es einem "
        "Roller den Reifen zerrissen.",
        "Die {street} ist nur noch eine Buckelpiste, ein Flicken neben dem anderen.",
        "Der Teerflicken vor {street} {num} ist abgesackt und hat jetzt eine scharfe Kante, fuer "
        "Radfahrer gefaehrlich.",
        "Bei der Hitze wird der Asphalt in der {street} ganz weich, die Autoreifen hinterlassen "
        "tiefe Spuren.",
        "Am Fahrbahnrand der {street} bricht der Asphalt ab, bei Gegenverkehr fährt man in ein "
        "Loch.",
        "Das Bankett an der Landstraße bei {place} ist völlig ausgefahren, neben dem Asphalt ist "
        "eine 15 cm tiefe Rinne.",
        "Nach dem Winter ist die {street} voller Löcher, manche schon mit Wasser gefüllt, man "
        "sieht sie nicht.",
        "Der Feldweg hinter der {street} ist von den Traktoren komplett zerfahren, mit dem "
        "Kinderwagen kommt man nicht mehr durch.",
        "Der Schotterweg zu {place} ist nach dem Gewitter ausgewaschen, tiefe Rinnen und lose "
        "Steine.",
        "Der Kiesweg in {place} steht nach jedem Regen unter Wasser, man kann nur noch aussen "
        "ueber den Rasen laufen.",
        "Der Fußweg zwischen der {street} und {place} ist so uneben, dass meine Mutter mit dem "
        "Rollator nicht mehr durchkommt.",
        "Der Bürgersteig vor {street} {num} ist abgesackt, da steht nach jedem Regen eine Pfütze "
        "über die ganze Breite.",
        "Grüezi, die Trottoirkante an der Ecke {street} ist abgebrochen, die Stücke liegen auf "
        "der Strasse.",
        "Mehrere Pflastersteine sind vor dem Eingang zu {place} herausgebrochen, die Loecher sind "
        "knoecheltief.",
        "Die Rillenplatten für Blinde am Übergang {street} sind lose und kippen, wenn man "
        "drauftritt.",
        "Die Wurzeln der Platanen in der {street} haben den Gehweg so hochgedrückt, dass dort "
        "eine richtige Rampe entstanden ist.",
        "Wann wird der Gehweg in der {street} endlich saniert? Seit drei Jahren wird nur geflickt.",
        "Strassenlampe vor {street} {num} brennt seit zwei Wochen nicht, der Hauseingang ist "
        "stockfinster.",
        "Grüezi, der Kandelaber an der {street} beim Spielplatz ist dunkel, abends sieht man "
        "nichts.",
        "Ein Auto hat den Kandelaber an der Kreuzung {street} umgefahren, er liegt quer ueber dem "
        "Trottoir.",
        "Die Lampe am Mast vor Nummer {num} hängt nur noch an den Kabeln herunter und schaukelt "
        "im Wind.",
        "Das Glas der Laterne in der {street} ist zerbrochen, die Scherben liegen auf dem Gehweg.",
        "Die neue LED-Laterne vor meinem Schlafzimmerfenster in der {street} {num} ist so grell, "
        "dass ich nicht mehr schlafen kann. Kann man sie abschirmen?",
        "In {place} brennen die Lampen am Weg Tag und Nacht, auch mittags bei Sonnenschein.",
        "Auf dem Fußweg hinter den Garagen an der {street} gibt es keine einzige Lampe, Frauen "
        "trauen sich abends nicht mehr durch.",
        "Der Schaltkasten der Straßenbeleuchtung an der Ecke {street} steht offen, die Kabel sind "
        "zu sehen. Kinder spielen daneben.",
        "In der Fussgaengerunterfuehrung an {place} sind alle Leuchten kaputt, man laeuft im "
        "Dunkeln durch.",
        "Der Parkweg von {place} zur {street} ist seit einer Woche dunkel, alle Lampen aus.",
        "Die Linde vor {street} {num} hat einen tiefen Riss im Stamm und neigt sich immer mehr "
        "zur Straße. Bitte kontrollieren.",
        "Am Stamm der Kastanie vor dem Kindergarten in der {street} wachsen große Pilze, der Baum "
        "ist sicher krank.",
        "Die Bäume in der {street} hängen so tief über die Fahrbahn, dass der Müllwagen jedes Mal "
        "die Äste abreißt.",
        "Ein grosser Ast ist heute Nacht auf mein Auto in der {street} gefallen, der Baum gehoert "
        "der Stadt. Wer ist zustaendig?",
        "Warum werden in der {street} die alten Bäume gefällt? Die Anwohner wurden nicht "
        "informiert.",
        "Vor {street} {num} wurde im Winter ein Baum gefällt, seitdem ist die Baumscheibe leer. "
        "Wird ein neuer gepflanzt?",
        "Von den Linden in der {street} tropft im Sommer klebriger Saft, die Autos und Fahrräder "
        "sind komplett verklebt.",
        "Die jungen Strassenbaeume in der {street} vertrocknen, die Giesssaecke sind seit Wochen "
        "leer.",
        "Kann ich die Patenschaft für den Baum vor unserem Haus übernehmen und die Baumscheibe "
        "bepflanzen?",
        "Die Kastanien auf dem Gehweg in der {street} sind wie Murmeln, meine Nachbarin ist "
        "darauf ausgerutscht.",
        "Wann wird an {place} wieder gemäht? Die Wiese ist hüfthoch und voller Zecken.",
        "Der Grünstreifen entlang der {street} wurde gemäht, aber der Schnitt liegt seit {days} "
        "Tagen auf dem Radweg.",
        "Die Boeschung an der {street} ist komplett zugewachsen, an der Einmuendung sieht man "
        "keine Autos mehr.",
        "Die Verkehrsinsel an {place} ist ein Dschungel, das Gras ist einen Meter hoch.",
        "Auf der Treppe zur {street} wächst alles zu, die Sträucher hängen über die Stufen.",
        "Die Brombeeren am Fußweg hinter der {street} sind so gewuchert, dass man sich beim "
        "Durchgehen die Beine zerkratzt.",
        "Efeu wächst die Laterne in der {street} hoch, bald ist das Licht zugewachsen.",
        "Zwischen den Pflastersteinen an {place} waechst ueberall Unkraut, der Platz sieht "
        "verwahrlost aus.",
        "Am Rand des Spielplatzes in {place} wächst Riesenbärenklau, die Kinder können sich daran "
        "verbrennen.",
        "Auf dem Grünstreifen an der {street} blüht Ambrosia, ich bin Allergikerin. Bitte "
        "entfernen.",
        "Brennnesseln und Disteln wachsen über den Weg an {place}, mit kurzen Hosen kommt man "
        "nicht durch.",
        "Grueezi, auf dem Spieli bei {place} ist die Gigampfi abgebrochen, ein Sitz fehlt.",
        "Bei der Nestschaukel in {place} ist ein Seil gerissen, sie hängt schief.",
        "Die Federwippe auf dem Spielplatz {street} ist locker, sie kippt beim Draufsetzen zur "
        "Seite.",
        "Am Kletterturm in {place} ist ein Brett lose, es hängen Nägel raus.",
        "Das Spielhaus auf dem Spielplatz an {place} wurde angekokelt und hat ein Loch im Boden.",
        "Die Gummimatten unter dem Klettergerüst liegen nicht mehr richtig, man stolpert über die "
        "Kanten.",
        "Das Holz am Balancierbalken in {place} ist so gesplittert, mein Sohn hatte einen "
        "Splitter im Bein.",
        "Das Bodentrampolin auf dem Spielplatz {street} ist kaputt, das Netz ist gerissen.",
        "Die Matschanlage in {place} gibt kein Wasser, die Pumpe klemmt.",
        "Das Tor am Spielplatz in der {street} schliesst nicht mehr, Hunde laufen rein.",
        "Im Skatepark an {place} ist in der Rampe ein Loch, da kann man sich übel verletzen.",
        "Der Pumptrack an {place} ist nach dem Regen ausgewaschen, überall Rinnen.",
        "Die Fitnessgeräte in {place} sind kaputt, bei der Klimmzugstange fehlt eine Schraube.",
        "Beim Trimm-dich-Pfad im Wald sind mehrere Stationen umgefallen, die Schilder unlesbar.",
        "Am Beachvolleyballfeld in {place} fehlt seit Wochen das Netz.",
        "Servus, beim Spielplatz in {place} ist das Bankerl zusammengebrochen.",
        "Grueezi, das Baenkli beim Weiher in {place} ist weg, nur die Fuesse stehen noch.",
        "Die Ruhebank an der {street} auf halber Höhe ist morsch, wir Älteren brauchen die für "
        "eine Pause.",
        "Der Picknicktisch in {place} ist umgekippt, eine Bank ist abgebrochen.",
        "Der Grillplatz in {place} ist voller Asche, Dosen und Einweggeschirr, der Rost ist "
        "kaputt.",
        "Das Pissoir an {place} ist verstopft, es stinkt bis zur Bushaltestelle.",
        "Die City-Toilette an {place} hat mich eingesperrt, die Tür ging erst nach 10 Minuten "
        "auf. Bitte prüfen.",
        "Das Klo in {place} ist seit Wochen zu, bei Festen machen alle in die Büsche.",
        "Das rollstuhlgerechte WC in {place} laesst sich mit dem Euroschluessel nicht oeffnen.",
        "Der Trinkwasserspender an {place} tropft ununterbrochen, es bildet sich eine große "
        "Pfütze.",
        "Der Springbrunnen vor {place} ist aus, das Becken ist voller Laub und Dosen.",
        "Das Wasserspiel für die Kinder in {place} ist seit Wochen abgeschaltet, bei über 30 Grad.",
        "Im Tretbecken der Kneippanlage in {place} ist kein Wasser mehr, nur Schlamm.",
        "Grüezi, der Brunnen bei {place} hat einen verstopften Ablauf, das Wasser ist grün.",
        "Der Muellkorb an {place} ist verbogen und haengt schief, der Inhalt faellt unten raus.",
        "Jemand hat den Abfalleimer in der {street} angezündet, jetzt ist nur noch das "
        "verschmorte Gestell da.",
        "Bei den Abfalleimern an {place} fehlen die Deckel, die Krähen ziehen alles raus.",
        "Der Aschenbecher am Mülleimer vor der Haltestelle {stop} ist voll, die Kippen liegen "
        "überall.",
        "Der Unterflurbehaelter an der {street} laesst sich nicht oeffnen, die Saecke werden "
        "daneben gestellt.",
        "Grüezi, beim Robidog an {place} hat es seit zwei Wochen keine Säckli mehr.",
        "Der Hundekotbeutelspender am Eingang zu {place} ist leer, darum liegt der Hundekot jetzt "
        "überall.",
        "Bitte eine Hundekotstation an der {street} aufstellen, es gibt auf dem ganzen Weg keine.",
        "Hundehaufen über die ganze Spielwiese in {place} verteilt, die Kinder können dort nicht "
        "mehr spielen. Bitte reinigen.",
        "Volle Hundekotbeutel haengen in der Hecke entlang der {street}, Dutzende.",
        "Überall in der {street} liegen Kaffeebecher und Deckel vom Bäcker an der Ecke.",
        "Auf dem Parkplatz an {place} liegen jeden Montag Dutzende Lachgaskartuschen und "
        "Luftballons.",
        "Nach dem Wochenende liegen in {place} ein Dutzend Einweggrills im Gras, einer hat den "
        "Rasen verbrannt.",
        "Am Neujahrstag liegen in der {street} noch Raketen, Böllerreste und Batterien, bitte "
        "wegräumen.",
        "Eine Woche nach Silvester liegen an {place} immer noch Berge von Feuerwerksmüll.",
        "Nach dem Faschingsumzug ist die {street} voller Konfetti, Becher und Glasflaschen.",
        "Jemand verteilt Werbezettel unter die Scheibenwischer, die Haelfte liegt dann auf dem "
        "Gehweg in der {street}.",
        "Nach dem Festival an {place} ist die Wiese übersät mit Zelten, Dosen und Plastik.",
        "Am Flussufer unterhalb von {place} liegt nach dem Hochwasser überall Plastik in den "
        "Büschen.",
        "Am Waldrand hinter der {street} ist eine regelrechte wilde Deponie entstanden: Reifen, "
        "Möbel, Säcke.",
        "Jemand hat heute Nacht Wellplatten aus Asbest am Parkplatz bei {place} abgeladen. Bitte "
        "nicht anfassen lassen!",
        "Vier Oelkanister stehen am Strassenrand in der {street}, einer ist ausgelaufen.",
        "Eine alte Autobatterie liegt im Gebüsch neben dem Spielplatz bei {place}.",
        "Jemand hat Stoßstangen, Reifen und Sitze in der {street} abgeladen, sieht nach "
        "Werkstattmüll aus.",
        "Waschmaschine und Trockner stehen seit Tagen vor {street} {num}, der Regen läuft rein.",
        "Die Kisten mit 'Zu verschenken' stehen seit zwei Wochen vor {street} {num}, inzwischen "
        "ist alles nass und verstreut.",
        "Nach dem Auszug aus {street} {num} liegen Umzugskartons und ein zerlegter Schrank auf "
        "dem Gehweg.",
        "Immer wieder kippen Leute ihre Gartenabfaelle am Waldweg bei {place} ab.",
        "Grüezi, wie melde ich Sperrgut an? Ich habe ein altes Sofa und einen Lattenrost.",
        "Ich habe die Sperrmüllabholung online beantragt, aber keine Bestätigung bekommen. Kommen "
        "die jetzt am {days}.?",
        "Kann ich meinen Sperrmülltermin verschieben? Ich bin an dem Tag im Krankenhaus.",
        "Wo bekomme ich eine Sperrmuellkarte? Auf dem Abfallkalender ist keine mehr drin.",
        "Wie werde ich einen alten Kühlschrank und einen Fernseher los? Holt die Stadt "
        "Elektrogeräte ab?",
        "Wir haben nach dem Umbau viel Altholz, darf ich das zum Wertstoffhof bringen oder muss "
        "es abgeholt werden?",
        "Der Wertstoffhof hatte heute geschlossen, obwohl laut Website geöffnet sein sollte. Ich "
        "stand mit vollem Anhänger vor dem Tor.",
        "Servus, hat der Mistplatz am Samstag offen? Ich hätt an Kasten und alte Farben zum "
        "Entsorgen.",
        "Grueezi, kann ich Styropor beim Oekihof abgeben oder gehoert das in den Kehricht?",
        "Wann kommt das Schadstoffmobil wieder zu {place}? Ich habe Lackreste und Batterien.",
        "Die graue Tonne von {street} {num} wurde heute nicht geleert, die Nachbarn wurden "
        "geleert.",
        "Bei uns in der {street} wurde die schwarze Tonne schon zwei Wochen hintereinander stehen "
        "gelassen.",
        "Die braune Tonne ist nicht geleert worden, im Sommer fängt das sofort an zu stinken. "
        "{street} {num}.",
        "Unsere Wertstofftonne wurde heute übersprungen, alle anderen Tonnen in der {street} sind "
        "leer.",
        "Die Altpapiertonne am Haus {street} {num} ist seit vier Wochen nicht geleert worden, der "
        "Deckel geht nicht mehr zu.",
        "Grüezi, die Papiersammlung ist bei uns an der {street} vergessen gegangen, die Bündel "
        "stehen noch da.",
        "Die Kartonsammlung hat unser Quartier an {place} ausgelassen, jetzt weht alles herum.",
        "Die Gruengutabfuhr ist heute in der {street} nicht gekommen, laut Kalender war Abholung.",
        "Wir haben Häckselgut und Baumschnitt vom Garten gebündelt, wann wird das abgeholt?",
        "Im Abfallkalender steht für unsere Straße der Dienstag, die Müllabfuhr kommt aber immer "
        "mittwochs. Was stimmt?",
        "Wird der Müll in der Feiertagswoche nachgeholt? Unsere Tonne stand gestern umsonst "
        "draußen.",
        "Die Muellabfuhr kam heute schon um 5:30 Uhr, da war die Tonne noch nicht draussen. Muss "
        "ich jetzt zwei Wochen warten?",
        "Die Tonnen werden nach dem Leeren mitten auf dem Gehweg stehen gelassen, in der {street} "
        "kommt man mit dem Kinderwagen nicht vorbei.",
        "Der Müllwagen hat beim Rangieren unseren Gartenzaun in der {street} {num} umgefahren.",
        "Der Deckel unserer Biotonne ist beim Leeren abgerissen worden, jetzt gehen die Maden "
        "rein. {street} {num}.",
        "Unsere Restmülltonne wurde gestohlen, die Nummer ist {num}. Bekommen wir eine neue?",
        "In der Nacht wurde unsere Papiertonne angezündet, sie ist komplett geschmolzen. Bitte "
        "Ersatz an {street} {num}.",
        "Wir sind jetzt zu sechst, ich moechte statt der 120-Liter-Tonne eine 240er.",
        "Grüezi, wo kaufe ich die Gebührenmarken für die Kehrichtsäcke? Im Laden sind sie "
        "ausverkauft.",
        "Der Weißglascontainer an {place} ist voll, die Leute stellen die Flaschen in Tüten "
        "daneben.",
        "Der Braunglascontainer in der {street} hat ein Loch, überall liegen Scherben drumherum.",
        "Der Container fuer Dosen und Metall an {place} quillt ueber.",
        "Vor dem Schuhcontainer an der {street} liegen aufgerissene Säcke mit Kleidern im Regen.",
        "Servus, die Altstoffsammelinsel in der {street} ist wieder a Saustall, lauter Kartons "
        "rundherum.",
        "Grüezi, die Sammelstelle bei {place} ist vermüllt, neben den Containern liegen Säcke und "
        "ein Velo.",
        "Die Kehrmaschine fährt seit Monaten an der {street} vorbei, der Rinnstein ist voll Dreck "
        "und Sand.",
        "An {place} kleben hunderte Kaugummis auf dem Pflaster, bitte mal mit dem "
        "Hochdruckreiniger drueber.",
        "Vor dem Club an {place} ist jeden Sonntagmorgen Erbrochenes auf dem Gehweg, das bleibt "
        "tagelang liegen.",
        "Die Lkw von der Baustelle tragen Lehm auf die {street}, bei Regen ist die Straße eine "
        "Rutschbahn.",
        "Ein Traktor hat die ganze {street} mit Erde und Mist verschmiert, für Motorradfahrer "
        "gefährlich.",
        "Der Marktplatz wird nach dem Wochenmarkt nur gekehrt, nicht nass gereinigt, es klebt und "
        "stinkt nach Fisch.",
        "Das Herbstlaub in der {street} liegt knöcheltief auf dem Gehweg, darunter ist alles "
        "glatt.",
        "Die Laubkoerbe in der {street} sind seit einer Woche voll, das Laub wird wieder auf die "
        "Strasse geweht.",
        "Das Laub verstopft die Rinne vor {street} {num}, bei Regen läuft alles in die Garage.",
        "Der Räumdienst war in der {street} noch nicht da, die Autos stecken fest.",
        "Auf der steilen {street} wurde kein Salz gestreut, der Bus kommt nicht mehr hoch.",
        "Der Schneepflug hat an der Kreuzung {street} einen Schneewall aufgeschoben, über den man "
        "als Fußgänger nicht drüber kommt.",
        "Der Gehweg in der {street} ist nur noch Schneematsch, knoecheltief, die Schuhe sind "
        "sofort nass.",
        "Unter der Brücke an {place} hängen riesige Eiszapfen über dem Gehweg, wenn die "
        "runterfallen, ist jemand tot.",
        "Grüezi, die Salzkiste bei der Treppe an der {street} ist leer.",
        "Die Sandkiste für den Winter an der Steigung in der {street} fehlt dieses Jahr ganz.",
        "Die Stufen der Treppenanlage an {place} wurden im ganzen Winter kein einziges Mal "
        "geraeumt.",
        "Der Regeneinlauf an der Ecke {street} bei {place} ist mit Laub zu, bei Regen steht dort "
        "ein See.",
        "Das Ablaufgitter vor {street} {num} fehlt, da ist ein offenes Loch am Straßenrand.",
        "Das Einlaufgitter an der {street} klappert bei jedem Auto, nachts wacht man davon auf.",
        "Die Schlitzrinne am Eingang zur Tiefgarage der Schule in der {street} ist voller Sand.",
        "Grüezi, die Dole vor dem Haus {street} {num} ist verstopft, das Wasser läuft in die "
        "Garage.",
        "Der Rechen am Bacheinlauf bei {place} ist voller Äste, das Wasser staut sich bis zur "
        "Straße.",
        "Aus dem Kanal in der {street} laeuft Schmutzwasser auf die Fahrbahn, es riecht nach "
        "Toilette.",
        "Bei jedem Starkregen drückt es das Wasser aus dem Kanal in unseren Keller, {street} "
        "{num}. Liegt das am Kanalnetz?",
        "Nach dem Unwetter ist die {street} voller Schlamm und Geröll vom Hang.",
        "Kann die Stadt Sandsäcke ausgeben? In der {street} steigt der Bach schon über den Rand.",
        "Der Uferweg an {place} ist nach dem Hochwasser noch gesperrt, wann wird er freigegeben?",
        "Vor {street} {num} ist seit Tagen eine nasse Stelle im Asphalt, obwohl es nicht geregnet "
        "hat.",
        "Aus einer Fuge im Gehweg sprudelt Wasser, {street} nahe {place}. Das muss ein Rohrbruch "
        "sein.",
        "Die kleine Eisenkappe fuer den Wasserschieber vor {street} {num} ist lose und klappert, "
        "wenn Autos drueberfahren.",
        "Der Deckel vom Unterflurhydranten in der {street} ist eingebrochen, das Loch ist offen.",
        "Das rot-weiße Hydrantenschild an der {street} ist abgefallen, die Feuerwehr findet den "
        "Hydranten so nicht.",
        "Der Hydrant vor {street} {num} ist total verrostet und die Kappe fehlt.",
        "Die Schachtabdeckung mitten auf dem Radweg in der {street} ist gebrochen, ein Stück "
        "fehlt.",
        "Auf die frisch gestrichene Schulwand in der {street} wurden über Nacht Tags gesprüht.",
        "Die Laternenmasten in der {street} sind komplett mit Stickern zugeklebt, bitte reinigen.",
        "An jedem Stromkasten und jeder Laterne an {place} kleben Partyplakate, die Strasse sieht "
        "furchtbar aus.",
        "Das Kriegerdenkmal an {place} wurde mit roter Farbe beschmiert.",
        "Die Bronzefigur in {place} wurde vom Sockel gerissen und liegt im Gras.",
        "Der Graben für die Leitung in der {street} ist seit Tagen offen, nur mit einem "
        "Flatterband gesichert.",
        "Paletten und Pflastersteine von der Baustelle liegen auf dem ganzen Gehweg in der "
        "{street}, man muss auf die Straße.",
        "Der Gehweg in der {street} ist wegen der Baustelle gesperrt, aber es gibt keinen Notweg, "
        "man muss zwischen den Autos laufen.",
        "Die Warnleuchten an der Baugrube in der {street} brennen nachts nicht.",
        "Der Holzsteg über den Bach an {place} ist so morsch, dass man durch die Bretter sieht.",
        "Grueezi, bei der Passerelle ueber die Gleise bei {place} ist ein Stueck Gelaender lose.",
        "Die Überführung über die {street} rostet, es fallen Rostplatten auf den Gehweg darunter.",
        "Die Lärmschutzwand an der {street} hat ein Loch, eine Platte ist umgekippt.",
        "Die Natursteinmauer entlang der {street} bröckelt, es fallen Steine auf den Gehweg.",
        "Am Aussichtspunkt bei {place} fehlt ein Stueck der Absturzsicherung, dahinter geht es "
        "fuenf Meter runter.",
        "Der Zaun am Ufer des Weihers in {place} ist niedergedrückt, Kinder kommen direkt ans "
        "Wasser.",
        "Servus, bei der Stiege von der {street} runter zu {place} ist eine Stufe ausgebrochen.",
        "Die Stäffele von der {street} hoch zu {place} sind total zugewachsen und rutschig.",
        "Die Rampe am Eingang zum Bürgerbüro ist bei Nässe spiegelglatt, ich bin mit dem "
        "Rollstuhl zurückgerutscht.",
        "Auf dem Friedhof an der {street} ist der Wasserhahn abgedreht, wir koennen die Graeber "
        "nicht giessen.",
        "Auf dem Friedhof fehlen schon wieder alle Gießkannen und die Abfallbehälter quellen über.",
        "Die Wege auf dem Friedhof an {place} sind so ausgefahren, dass ältere Besucher stolpern.",
        "Die Rathausuhr geht seit der Zeitumstellung eine Stunde falsch.",
        "Die Infotafel am Eingang von {place} ist beschmiert und die Scheibe eingeschlagen.",
        "In der Grundschule in der {street} ist im Klassenzimmer ein Fenster kaputt, es zieht "
        "seit Wochen.",
        "Der Zaun um die städtische Kita in der {street} hat ein Loch, die Kleinen könnten "
        "rausschlüpfen.",
        "Im Gebuesch neben dem Sandkasten in {place} liegt Fixerbesteck, Loeffel und Kanuelen.",
        "Mehrere Kanülen auf der Treppe an {place}, ich habe ein Foto gemacht, bitte sicher "
        "entsorgen.",
        "Der Bach hinter der {street} ist verschlammt und voller Äste, das Wasser fließt kaum "
        "noch.",
        "Die Uferbefestigung an {place} ist abgerutscht, die Steine liegen im Bach.",
        "Der Tümpel an {place} ist voller Müll und stinkt faulig.",
        "Auf dem Bach bei {place} schwimmt ein Oelfilm, es riecht nach Diesel.",
        "Liebes Bauhof-Team, vor {street} {num} ist die Gehwegplatte seit eurer Reparatur wieder "
        "locker.",
        "Sehr geehrte Damen und Herren, hiermit melde ich eine Fremdablagerung am Wendehammer der "
        "{street}: Matratzen, Farbeimer und Säcke.",
        "Sehr geehrte Damen und Herren, am Friedhof an der {street} ist die Pumpe defekt. Bitte "
        "um Reparatur.",
        "Guten Tag, die Stufen der Außentreppe am Rathaus sind gebrochen, bitte vor dem Winter "
        "reparieren.",
        "Grüezi, der Werkhof hat die Schneestangen an der {street} noch nicht weggeräumt, jetzt "
        "im Mai.",
        "belagsschaden {street} {num} gross",
        "kandelaber dunkel bei {place}",
        "robidog leer bei {place}",
        "asbest am parkplatz bei {place}!!! bitte abholen",
        "Wie jedes Jahr: Laub bis zu den Knoecheln und keiner kehrt. Danke, Stadt.",
        "Drei Mal gemeldet, die Tonne steht immer noch voll. Service ist was anderes.",
    ],
    "transit": [
        "Ich habe in der {line} rechtzeitig auf Halt gedrückt, das Signal leuchtete, und der "
        "Fahrer ist an der Haltestelle {stop} trotzdem durchgefahren.",
        "Im Bus {line} funktioniert keine einzige Stopptaste, man muss laut nach vorne rufen.",
        "Der Fahrer der {line} hat an der Haltestelle {stop} den Bus nicht abgesenkt, meine "
        "Mutter mit Gehstock kam kaum rein.",
        "Der Busfahrer der {line} ist heute um {time} an der Kreuzung bei {place} klar bei Rot "
        "gefahren, mit voll besetztem Bus.",
        "Der Fahrer der Linie {line} hat an der Endhaltestelle im Bus geraucht, es stank die "
        "ganze Fahrt.",
        "Im Bus {line} läuft beim Fahrer das Radio so laut, dass man die Haltestellenansagen "
        "nicht hört.",
        "Der Fahrer der {line} fährt wie auf der Rennstrecke, eine ältere Frau ist bei einer "
        "Vollbremsung gestürzt.",
        "Ich bin heute im Bus {line} durch eine Vollbremsung gestuerzt und habe mir das "
        "Handgelenk verletzt. An wen wende ich mich wegen des Schadens?",
        "Die hintere Tür vom Bus {line} ging zu, während ich mit dem Kinderwagen noch halb drin "
        "war.",
        "Der Regionalbus um {time} ab {stop} ist diese Woche dreimal nicht gekommen. Auf dem Land "
        "gibt es keine Alternative.",
        "Der Überlandbus kommt regelmäßig 10 Minuten zu spät am Bahnhof an, und der Zug ist dann "
        "weg.",
        "Mein Fernbus hatte drei Stunden Verspätung, den Anschluss habe ich verpasst. Bekomme ich "
        "etwas zurück?",
        "Seit Montag faehrt der Quartierbus nicht mehr durch die {street}, fuer die Senioren ist "
        "das die einzige Verbindung.",
        "Anrufsammeltaxi für {time} bestellt, es kam niemand und unter der Nummer ging keiner ran.",
        "Ich wollte das Shuttle auf Abruf für heute Abend buchen, die App zeigt nur 'keine "
        "Fahrzeuge verfügbar', seit einer Woche.",
        "Der Flughafenbus um {time} war so voll, dass die Hälfte mit Koffern stehen bleiben "
        "musste.",
        "Grueezi, das Traemli {line} ist am Morgen jedes Mal so voll, dass ich an der Haltestelle "
        "{stop} nicht mehr einsteigen kann.",
        "Die Tram {line} quietscht in der Kurve an {place} so laut, dass es in den Ohren weh tut. "
        "Kann man die Schienen schmieren?",
        "Der Tramführer der {line} klingelt bei jeder Haltestelle mehrmals völlig grundlos.",
        "Auf der {line} fahren am Abend nur noch alte Hochflurwagen, mit dem Rollstuhl komme ich "
        "da nicht rein.",
        "Im Zwischengeschoss der U-Bahn {stop} riecht es nach Urin und überall liegt Müll.",
        "Die Notrufsäule am Bahnsteig {stop} funktioniert nicht, ich habe sie heute Nacht "
        "gebraucht und keiner hat sich gemeldet.",
        "Die Sicherheitsleute in der U-Bahn-Station {stop} haben einen Jugendlichen grob "
        "rausgezerrt, das war voellig unverhaeltnismaessig.",
        "Die RB nach {stop} fällt seit Wochen morgens aus, immer mit dem Hinweis 'Reparatur am "
        "Zug'.",
        "Der IC {train} war heute so überfüllt, dass die Leute in den Vorräumen standen und "
        "niemand mehr einsteigen durfte.",
        "Im EC {train} gab es keinen Speisewagen und auch keinen Service am Platz, acht Stunden "
        "Fahrt.",
        "Heute fährt der Regionalexpress nur mit einfacher Traktion, die Hälfte der Fahrgäste "
        "steht.",
        "Statt des Doppelstockzugs kam um {time} nur ein kurzer Triebwagen, in {stop} kam keiner "
        "mehr rein.",
        "Warum faehrt die {line} nach 20 Uhr nur noch jede halbe Stunde? Als Krankenschwester "
        "komme ich nach der Spaetschicht kaum heim.",
        "Am Wochenende kommt der Bus in unseren Stadtteil nur stündlich, samstags ist das viel zu "
        "wenig.",
        "Der Ferienfahrplan auf der {line} ist eine Zumutung, die Leute arbeiten ja trotzdem.",
        "Die letzte Fahrt der {line} geht um {time}, nach dem Kino kommt man nicht mehr heim.",
        "Der erste Bus ab {stop} fährt erst um 5:40, meine Schicht beginnt aber um sechs in der "
        "Stadt.",
        "Seit dem Fahrplanwechsel gibt es keine Nachtlinie mehr in unser Viertel, am Wochenende "
        "müssen alle Taxi fahren.",
        "Zwischen 12 und 14 Uhr faehrt auf der {line} gar nichts, wer hat sich diese Luecke "
        "ausgedacht?",
        "Oberleitungsstörung kurz hinter {stop}, wir stehen seit 40 Minuten im Zug ohne Info.",
        "Schon wieder Stellwerksstörung in {stop}. Das ist die dritte in diesem Monat.",
        "Wegen 'Personen im Gleis' steht der {train} seit einer Stunde. Fährt überhaupt noch was?",
        "Nach dem Sturm liegt ein Baum auf den Gleisen bei {stop}, seit heute Morgen kein "
        "Zugverkehr. Wann geht es weiter?",
        "Morgen ist Warnstreik im Nahverkehr. Fahren die Busse gar nicht oder gibt es einen "
        "Notfahrplan?",
        "Gilt mein Monatsabo waehrend des Streiks auch fuer die Regionalbahn?",
        "Auf der {line} fallen seit Wochen Fahrten wegen Personalmangel aus, ohne dass das in der "
        "App steht.",
        "Fahrtausfall der {line} um {time}, dann fiel die nächste auch aus. 40 Minuten an der "
        "Haltestelle {stop} gestanden.",
        "Servus, heute früh san auf der {line} zwei Kurse ausgefallen, ohne Anzeige, ohne "
        "Durchsage.",
        "Grüezi, der Kurs um {time} ab {stop} ist ohne Ankündigung ausgefallen.",
        "Die Tram {line} hat heute an der Haltestelle {stop} gewendet, alle mussten raus und auf "
        "die naechste warten. Das passiert fast taeglich.",
        "Wegen der Bauarbeiten fährt ab {stop} nur ein Pendelzug, der Anschluss klappt nie.",
        "Die {line} um {time} ist eine Sardinenbüchse, man steht mit dem Gesicht an der Tür.",
        "Zur Messe ist die {line} gerammelt voll, bitte Verstärkerbusse einsetzen.",
        "Bitte in der Frueh mehr Wagen auf der {line}, wir stehen jeden Tag wie die Huehner im "
        "Stall.",
        "Der Zugbegleiter im {train} war nicht auffindbar, als eine Frau einen Kreislaufkollaps "
        "hatte.",
        "Der Tramchauffeur der {line} hat einen älteren Herrn angeschnauzt, weil der zu langsam "
        "eingestiegen ist.",
        "Die Tramfahrerin der {line} hat während der Fahrt am Handy getippt, das habe ich mit "
        "eigenen Augen gesehen.",
        "Grüezi, der Billettkontrolleur in der {line} war sehr grob zu einer Touristin, die das "
        "Billett nicht verstanden hat.",
        "Ich wurde in der Tram von Kontrolleuren in Zivil kontrolliert, die sich nicht ausweisen "
        "wollten. Duerfen die das?",
        "Welcher Fahrschein gilt von {stop} bis zu {place}? Der Automat bietet mir drei "
        "verschiedene an.",
        "Grüezi, mein Fahrausweis wurde bei der Kontrolle als ungültig bezeichnet, obwohl ich ihn "
        "am Automaten gelöst habe.",
        "Wie weit komme ich mit der Kurzstrecke? Der Fahrer sagt vier Haltestellen, die Website "
        "sagt drei.",
        "Meine Tageskarte wurde nicht akzeptiert, weil ich sie erst um {time} gekauft habe. Gilt "
        "die nicht 24 Stunden?",
        "Warum wurde die Streifenkarte abgeschafft? Für Gelegenheitsfahrer wird alles teurer.",
        "Ich wohne direkt an der Zonengrenze und muss für drei Haltestellen zwei Zonen zahlen. "
        "Das ist unfair.",
        "Brauche ich fuer mein Fahrrad in der S-Bahn eine extra Karte, auch ausserhalb der "
        "Stosszeit?",
        "Braucht mein kleiner Hund im Bus eine Fahrkarte oder darf er in der Tasche gratis mit?",
        "Mein Jobticket ist in der App seit dem Monatswechsel verschwunden. Was zeige ich bei der "
        "Kontrolle?",
        "Das Semesterticket wird beim Kontrollgerät nicht erkannt, jedes Mal Diskussionen.",
        "Ab welchem Alter bekomme ich das Seniorenabo und wo beantrage ich es?",
        "Ich bin umgezogen, wie ändere ich beim Abo die Adresse? Im Kundenkonto geht das nicht.",
        "Meine Abo-Chipkarte ist gebrochen, wie komme ich an eine neue, ohne den Monat doppelt zu "
        "zahlen?",
        "Ich habe beim Aussteigen vergessen auszuchecken und die App hat mir die "
        "Tageshöchstgebühr berechnet.",
        "Jetzt kommt ein Inkassoschreiben wegen der Fahrpreisnacherhebung, dabei habe ich mein "
        "Abo nachgewiesen.",
        "Ich habe fristgerecht Widerspruch gegen das erhoehte Befoerderungsentgelt eingelegt und "
        "bekomme trotzdem Mahnungen.",
        "Ich bitte um Kulanz, ich habe meine Monatskarte zu Hause vergessen und bei der Kontrolle "
        "60 Euro zahlen müssen.",
        "Mir wurde eine Gutschrift für die ausgefallene Fahrt zugesagt, auf dem Konto ist nichts "
        "angekommen.",
        "Mein Reisegutschein ist angeblich abgelaufen, dabei habe ich ihn erst vor drei Monaten "
        "bekommen.",
        "Der letzte Zug fiel aus, ich musste mit dem Taxi nach Hause fahren, 85 Euro. Wird das "
        "erstattet?",
        "Ich habe die Fahrkarte online gekauft, bezahlt, aber keine Buchungsbestätigung und kein "
        "Ticket per Mail erhalten.",
        "Rollstuhlplatz fuer den {train} gebucht, der Platz war voller Koffer und Fahrraeder, "
        "keiner hat geholfen.",
        "Wie kann ich eine Gruppenreservierung für 25 Schüler nach {stop} machen?",
        "Die Live-Karte in der App zeigt den Bus {line} an der Haltestelle {stop}, da ist aber "
        "kein Bus.",
        "Ich habe Störungsmeldungen für meine Linie abonniert, aber die Push-Nachricht kommt "
        "immer erst nach der Störung.",
        "Mein Kundenkonto ist gesperrt, nachdem ich dreimal das Passwort falsch eingegeben habe. "
        "Mein Abo ist da drin!",
        "Der Ticketshop auf der Website bricht bei der Zahlung immer ab, seit zwei Tagen.",
        "Grüezi, der Lift zum Perron in {stop} ist schon wieder ausser Betrieb, mit dem Rollator "
        "komme ich nicht runter.",
        "Die Fahrtreppe am Ausgang Richtung {street} der Station {stop} steht seit Wochen, davor "
        "ein Bauzaun.",
        "Der Hublift im {train} war kaputt, ich musste mit dem Rollstuhl eine Station weiter "
        "fahren.",
        "Ich hatte die Einstiegshilfe fuer {time} in {stop} angemeldet, niemand war am Bahnsteig.",
        "Bei der Umsteigehilfe in {stop} hat man mich am falschen Gleis abgesetzt, ich habe den "
        "Anschluss verpasst.",
        "Der Bahnhof {stop} hat keinen stufenfreien Zugang zu Gleis 2, nur eine Treppe. Wann wird "
        "das umgebaut?",
        "Im neuen Bus {line} gibt es keine Sprachausgabe der Haltestellen, für Blinde unmöglich.",
        "Im {train} in Wagen 6 ist Erbrochenes auf dem Boden, seit {stop} hat keiner sauber "
        "gemacht.",
        "Der Aufzug in der Station {stop} riecht so stark nach Urin, dass man kaum atmen kann.",
        "An den Sitzen in der Tram {line} kleben Kaugummis, meine Hose ist ruiniert.",
        "Der komplette Zug nach {stop} war außen und innen besprüht, man konnte nicht mal aus dem "
        "Fenster sehen.",
        "Die Lüftung im Bus {line} geht nicht, die Fenster sind verriegelt. Im Sommer "
        "unerträglich.",
        "Im Regionalzug lassen sich die Fenster nicht oeffnen und die Klima ist aus. Wir "
        "schwitzen seit einer Stunde.",
        "Der Zugzielanzeiger an Gleis 4 in {stop} ist seit Tagen schwarz, man weiß nicht, welcher "
        "Zug kommt.",
        "Der Abfahrtsmonitor im Eingang der Station {stop} zeigt seit Tagen nur ein Testbild.",
        "Die Lautsprecher am Bahnsteig in {stop} sind so leise, dass man die Gleisänderungen "
        "nicht versteht.",
        "Grüezi, das Perron in {stop} ist viel zu kurz für die langen Züge, hinten muss man auf "
        "den Schotter steigen.",
        "Das Bahnsteigdach in {stop} ist undicht, man steht beim Warten im Regen.",
        "Zwischen Tram und Bahnsteig an der Haltestelle {stop} ist ein Spalt von 20 cm, mein Kind "
        "ist mit dem Bein reingerutscht.",
        "Die Schliessfaecher im Bahnhof {stop} nehmen keine Muenzen mehr und Karte geht auch "
        "nicht.",
        "Die Wartehalle im Bahnhof {stop} ist ab 20 Uhr abgeschlossen, obwohl der letzte Zug erst "
        "um Mitternacht fährt.",
        "Die Toilette im Bahnhof {stop} kostet einen Euro und ist trotzdem dreckig und ohne "
        "Papier.",
        "Die Bahnhofsuhr am Gleis in {stop} steht seit Wochen auf 10 nach 3.",
        "Das Reisezentrum in {stop} ist nur noch vormittags offen, am Automaten bekomme ich mein "
        "Seniorenticket nicht.",
        "Am Bahnhof {stop} ist kein Schalter mehr besetzt, und der Automat kann keine "
        "Verbindungen ins Ausland.",
        "Der Haltestellenmast der {stop} wurde umgefahren, jetzt weiß keiner mehr, wo der Bus "
        "hält.",
        "Auf dem Schild steht noch der alte Haltestellenname, die Ansage im Bus sagt einen "
        "anderen. Touristen sind verwirrt.",
        "Die Haltestelle {stop} ist nur Bedarfshalt, aber nirgends steht, dass man winken muss.",
        "Die Haltestelleninsel an der Haltestelle {stop} ist so schmal, dass bei vollen Trams die "
        "Leute fast auf die Fahrbahn gedrängt werden.",
        "Die Sitzbank im Wartehaeuschen an der Haltestelle {stop} ist abgeschraubt, aeltere "
        "Fahrgaeste muessen stehen.",
        "Der Ersatzbus für die U-Bahn hält an einer Stelle, die nicht ausgeschildert ist. Zwanzig "
        "Leute standen an der falschen Ecke.",
        "Wo finde ich den Fahrplan der Ersatzbusse? An der Haltestelle {stop} hängt nur ein "
        "Zettel ohne Zeiten.",
        "Ich habe heute um {time} im Bus {line} mein Handy verloren, schwarze Hülle. Wurde es "
        "gefunden?",
        "Meine Brille ist in der Tram {line} liegen geblieben, wohl unter dem Sitz. Wo kann ich "
        "nachfragen?",
        "Schluesselbund mit rotem Anhaenger im {train} kurz vor {stop} verloren. Bitte melden!",
        "Koffer im Gepäckregal vom {train} vergessen, ausgestiegen in {stop}. Wo lande ich da mit "
        "meiner Suchanfrage?",
        "Mir wurde die Mitnahme meines Fahrrads in der {line} verweigert, obwohl der Wagen fast "
        "leer war.",
        "Seit wann darf man keinen E-Scooter mehr im Bus mitnehmen? Ich pendle jeden Tag so.",
        "Der Fahrer hat meinen angeleinten Hund nicht in den Bus {line} gelassen. Gelten da keine "
        "Regeln?",
        "Der Kinderwagenplatz in der {line} ist ständig mit Rollkoffern zugestellt, man steht mit "
        "dem Kind im Gang.",
        "Servus, die Seilbahn zu {place} steht schon den dritten Tag, und der Ersatzbus fährt nur "
        "stündlich.",
        "Die Standseilbahn ist seit {time} ausser Betrieb, hunderte Leute warten an der "
        "Talstation.",
        "Sehr geehrte Damen und Herren, ich möchte mich über die ständigen Fahrtausfälle der "
        "Linie {line} beschweren und bitte um eine Stellungnahme.",
        "Sehr geehrtes Kundencenter, meine Abo-Kündigung vom letzten Monat wurde nicht bestätigt "
        "und es wird weiter abgebucht.",
        "Guten Tag, ich bitte um Erstattung meines Einzelfahrscheins, der Automat an der "
        "Haltestelle {stop} hat zweimal abgebucht.",
        "Liebe Verkehrsbetriebe, bitte die Linie {line} am Sonntagmorgen wieder früher fahren "
        "lassen, die Kirchgänger stehen an der Haltestelle {stop}.",
        "Grueezi, weshalb haelt der Schnellzug nicht mehr in {stop}? Jetzt muss ich zweimal "
        "umsteigen.",
        "Grüß Gott, die Regionalbahn um {time} ist in den Ferien gestrichen, aber der Aushang in "
        "{stop} sagt etwas anderes.",
        "rb {train} faellt schon wieder aus, wie soll man so arbeiten",
        "tram {line} wendet wieder an der Haltestelle {stop}, alle raus",
        "stellwerksstoerung {stop}, 50 min nix",
        "lift perron {stop} kaputt seit tagen",
        "Danke für die 'pünktliche' Ankunft, 70 Minuten zu spät und dann noch auf Gleis 1 statt 5.",
        "Tolle Leistung: Bus voll, Klima aus, Fahrer sauer. Jeden Morgen dasselbe auf der {line}.",
    ],
    "communication": [
        "Die Leute über uns in {street} {num} laufen nachts mit Schuhen durch die Wohnung, jeder "
        "Schritt dröhnt durch die Decke.",
        "Der Nachbar in der {street} schiebt jede Nacht um Mitternacht Möbel hin und her, seit "
        "Wochen. Wir sind mit den Nerven am Ende.",
        "Im Haus gegenüber übt jemand täglich vier Stunden Klavier bei offenem Fenster, auch in "
        "der Mittagszeit.",
        "Im Keller von {street} {num} probt eine Band mit Schlagzeug bis 23 Uhr, das ganze Haus "
        "vibriert.",
        "Ab wann gilt eigentlich die Nachtruhe? Der Nachbar meint, vor 22 Uhr darf er machen, was "
        "er will.",
        "Gibt es in der Stadt eine Mittagsruhe? Die Nachbarn bohren jeden Tag genau zwischen eins "
        "und drei.",
        "Die Hausverwaltung ignoriert, dass im Haus {street} {num} staendig gegen die Hausordnung "
        "verstossen wird, Partys unter der Woche.",
        "Das Fitnessstudio im Erdgeschoss in der {street} lässt ab 6 Uhr morgens Musik mit Bass "
        "laufen, bei uns im zweiten Stock wackeln die Gläser.",
        "Das Kühlaggregat vom Lebensmittelladen hinter {street} {num} brummt die ganze Nacht, "
        "direkt unter unserem Schlafzimmer.",
        "Die neue Klimaanlage des Nachbarn hängt an der Hauswand gegenüber unserem Schlafzimmer "
        "und brummt die ganze Nacht.",
        "Der Luefter der Pizzeria an {place} laeuft bis 2 Uhr nachts, ein Dauerton wie ein "
        "Flugzeug.",
        "Vom Parkplatz des Baumarkts an {place} kommen den ganzen Tag Lautsprecherdurchsagen, bis "
        "in unseren Garten.",
        "Vor dem Späti in der {street} stehen jeden Abend bis 3 Uhr Leute mit Bier und Musik.",
        "Die Bar an {place} hält sich nicht an die Sperrstunde, die Gäste sitzen bis 4 Uhr "
        "draußen.",
        "Servus, das Lokal in der {street} hält die Polizeistunde nie ein, um 3 Uhr früh wird "
        "noch gesungen.",
        "Das Public Viewing an {place} ist bis nach Mitternacht laut, auch an Werktagen.",
        "Seit {time} heult in der {street} eine Autoalarmanlage, alle paar Minuten von vorne. Der "
        "Besitzer ist nicht auffindbar.",
        "Die Alarmanlage im Laden {street} {num} laeuft seit drei Stunden, mitten in der Nacht.",
        "Ein Straßenmusiker mit Verstärker spielt seit Wochen täglich acht Stunden dieselben vier "
        "Lieder vor unserem Fenster an {place}.",
        "In {place} trommelt eine Gruppe jeden Abend bis 23 Uhr, das hört man im ganzen Viertel.",
        "Am Glascontainer in der {street} werden nachts um 23 Uhr noch Flaschen eingeworfen, das "
        "Klirren weckt uns jedes Mal.",
        "Mitten im Juli wird in der {street} um 1 Uhr nachts Feuerwerk abgeschossen, die Hunde "
        "drehen durch.",
        "Der Nachbar sägt jeden Sonntag mit der Motorsäge Brennholz, den ganzen Vormittag.",
        "Der Gaertner vom Nachbargrundstueck haeckselt genau in der Mittagsruhe, seit einer Woche "
        "taeglich.",
        "Jedes Wochenende feiern im Festsaal an der {street} Hochzeiten bis 5 Uhr morgens mit "
        "Live-Band.",
        "Im Studentenwohnheim an {place} wird jede Nacht auf den Balkonen gefeiert.",
        "Die Wohnung über uns wird als Ferienwohnung vermietet, jedes Wochenende neue Partygäste "
        "bis 4 Uhr.",
        "Kann die Stadt eine Lärmmessung machen? Die Anlage auf dem Dach der Firma in der "
        "{street} ist unerträglich.",
        "Der Kaminofen vom Nachbarn qualmt so stark, dass wir im Winter kein Fenster öffnen "
        "können. Der verbrennt sicher nasses Holz.",
        "Aus der Firma in der {street} kommt seit Wochen ein beissender Chemiegeruch, abends ist "
        "es am schlimmsten.",
        "Von der Biogasanlage am Ortsrand stinkt es bei Westwind bis in die {street}.",
        "Der Nachbar in {street} {num} verbrennt regelmäßig Plastik und Bauholz im Garten, es "
        "stinkt und der Rauch ist schwarz.",
        "Im Garten hinter {street} {num} wird jedes Wochenende ein Lagerfeuer gemacht, die Asche "
        "fliegt auf unsere Wäsche.",
        "Die Shisha-Bar in der {street} bläst den Rauch in den Innenhof, unsere Wohnung riecht "
        "nach Apfeltabak.",
        "Im Hauseingang von {street} {num} schlaeft seit drei Naechten ein junger Mann, er hustet "
        "stark. Gibt es jemanden, der nach ihm schaut?",
        "Unter der Brücke an {place} machen seit dem Frühjahr mehrere Leute Platte, mit Matratzen "
        "und Planen.",
        "Servus, im Park bei {place} schlafen jetzt jede Nacht drei Sandler auf den Bankerln, bei "
        "minus 5 Grad.",
        "Unter der Autobahnbrücke an der {street} ist ein richtiges Camp entstanden, mit Zelten, "
        "Sofas und Feuerstelle.",
        "Am Flussufer bei {place} stehen seit Monaten Wohnwagen und Hütten, da leben Familien mit "
        "Kindern.",
        "Ist heute Nacht der Kaeltebus unterwegs? An der Haltestelle {stop} liegt eine Frau nur "
        "mit einer duennen Decke.",
        "Wo ist die nächste Wärmestube und ab wann ist sie offen? Ich möchte einem Bekannten "
        "Bescheid geben.",
        "Gibt es Streetworker im Bahnhofsviertel? Dort sitzt eine Gruppe Jugendlicher, die "
        "offensichtlich auf der Straße leben.",
        "Vor {street} {num} liegt ein Mann auf dem Gehweg und reagiert nicht richtig. Ich habe "
        "den Notruf gewählt, aber wer kümmert sich danach?",
        "An {place} lebt seit Wochen eine Frau mit Hund in einem Zelt, sie wirkt verwirrt. Wer "
        "kann ihr helfen?",
        "Vor dem Supermarkt in der {street} wird man beim Ein- und Ausgehen staendig angebettelt, "
        "teils sehr aufdringlich.",
        "Jeden Morgen werden an {place} Leute zum Betteln abgesetzt und abends wieder abgeholt. "
        "Das wirkt organisiert.",
        "Ich habe in der {street} einen braunen Hund ohne Halsband gefunden, er sitzt jetzt bei "
        "mir im Hof. Wohin bringe ich ihn?",
        "Unser Hund ist heute um {time} in der {street} entlaufen, schwarzer Labrador, hört auf "
        "den Namen Bruno. Wurde er abgegeben?",
        "Ich habe die Hundemarke verloren, wo bekomme ich eine neue und was kostet das?",
        "Brauche ich in der Stadt einen Hundeführerschein für meinen Schäferhund?",
        "Mein Nachbar hat einen Listenhund ohne Maulkorb und ohne Leine, der springt am Zaun "
        "hoch, wenn Kinder vorbeigehen.",
        "Gilt in {place} Leinenzwang? Es gibt kein Schild, aber ständig Streit mit den "
        "Hundebesitzern.",
        "Wir haben einen Welpen bekommen, wie und wo melde ich den Hund an?",
        "Eine Katze laeuft seit einer Woche bei uns in der {street} herum und miaut an den "
        "Tueren, sie ist sehr zutraulich und mager.",
        "Gibt es eine Kastrationspflicht für Freigänger-Katzen? Im Hof nebenan gibt es jedes Jahr "
        "neue Kätzchen.",
        "Eine Nachbarin richtet im Hof {street} {num} eine Futterstelle für Streuner ein, jetzt "
        "sind es zwanzig Katzen.",
        "Heute früh am Waldrand hinter der {street} einen Wolf gesehen, keine 100 Meter von den "
        "ersten Häusern. Ist das gemeldet?",
        "Am Bach bei {place} faellt ein Biber die Baeume am Ufer, einer liegt schon fast auf dem "
        "Weg. Ist das erlaubt?",
        "Am Teich in {place} gibt es inzwischen Dutzende Nutrias, sie werden gefüttert und kommen "
        "bis an die Bänke.",
        "In unserem Garten in der {street} liegt eine große Schlange auf der Terrasse. Ist die "
        "giftig, wen rufe ich an?",
        "Auf der {street} am Waldrand werden jeden Abend Kröten überfahren, kann man dort "
        "Schutzzäune aufstellen?",
        "Eine Entenmutter mit sieben Kueken laeuft seit heute Morgen ueber die {street}, sie "
        "findet den Weg zum Teich nicht.",
        "Am Feldweg hinter der {street} sitzt ein Bussard mit hängendem Flügel, er kann nicht "
        "fliegen.",
        "Die Möwen an {place} sind so aggressiv, dass sie Kindern das Eis aus der Hand reißen.",
        "Krähen haben in den Bäumen vor {street} {num} eine Kolonie gebildet, ab 4 Uhr morgens "
        "ist an Schlaf nicht zu denken.",
        "Dohlen nisten in unserem Kamin, wir koennen nicht heizen. Duerfen wir das Nest entfernen?",
        "Ein Reh steht jeden Morgen in den Vorgärten der {street} und frisst alles ab. Ist es "
        "krank?",
        "Im Garten von {street} {num} ist ein Fuchsbau direkt unter dem Gartenhaus, wir haben "
        "kleine Kinder.",
        "Ein Marder hat schon wieder die Kabel in meinem Auto durchgebissen, gibt es in der Stadt "
        "eine Beratung?",
        "Ein Eichhörnchen liegt verletzt unter dem Baum vor unserem Haus in der {street}, es "
        "bewegt sich kaum.",
        "Auf dem Balkon von {street} {num} werden Kaninchen in einem winzigen Käfig gehalten, in "
        "der prallen Sonne.",
        "Die Schafe auf der Weide an {place} haben kein Wasser, der Trog ist seit Tagen leer.",
        "Im Zoofachgeschaeft in der {street} sitzen viel zu viele Tiere in viel zu kleinen "
        "Kaefigen, einige sehen krank aus.",
        "Der Nachbar hält in seiner Zweizimmerwohnung über 30 Katzen, es stinkt im ganzen "
        "Treppenhaus.",
        "Die Pferde an {place} stehen knietief im Matsch und sind abgemagert.",
        "Vor {street} {num} liegt seit zwei Tagen eine tote Ratte auf dem Gehweg.",
        "Auf der Wiese an {place} liegt ein toter Igel, Kinder haben ihn schon mit Stöcken "
        "angefasst.",
        "Im Teich bei {place} treiben seit gestern viele tote Fische, das Wasser riecht komisch.",
        "Am Ufer bei {place} liegen mehrere tote Wildgänse, könnte das Vogelgrippe sein? Wen muss "
        "ich informieren?",
        "Wir haben Lebensmittelmotten in allen Kuechenschraenken, der Vermieter sagt, wir sollen "
        "selbst einen Kammerjaeger holen. Stimmt das?",
        "Kleidermotten haben unsere ganze Wohnung befallen, sie kommen aus der Wohnung nebenan, "
        "die leer steht.",
        "Ameisen kommen in Strömen durch die Fußleisten in {street} {num}, alle Wohnungen im "
        "Erdgeschoss sind betroffen.",
        "Seit die Nachbarn ausgezogen sind, haben wir Flöhe im Treppenhaus. Wer ist zuständig?",
        "In der Kita meiner Tochter gehen schon wieder Kopfläuse um, muss das nicht dem "
        "Gesundheitsamt gemeldet werden?",
        "Ich glaube, ich habe im Garten in der {street} eine Tigermuecke gefangen, schwarz mit "
        "weissen Streifen. Wo kann ich das melden?",
        "Unter dem Dachvorsprung von {street} {num} hängt ein großes Nest, das nach asiatischer "
        "Hornisse aussieht.",
        "Ein Bienenschwarm hängt seit heute Mittag an der Hauswand von {street} {num}, die Leute "
        "trauen sich nicht aus dem Haus.",
        "Jemand hat in {place} Rattengift offen ausgelegt, direkt neben dem Weg, wo alle mit "
        "ihren Hunden laufen.",
        "Am Gebüsch an der {street} lagen Fleischstücke mit Nägeln drin, mein Hund hätte fast "
        "einen gefressen.",
        "Wie kann ich Tauben vom Balkon fernhalten? Spikes helfen nicht, der Kot ist ueberall.",
        "Der Vorgarten gegenüber wurde komplett mit Schotter zugeschüttet. Sind Schottergärten "
        "hier nicht verboten?",
        "Der Nachbar hat einen drei Meter hohen Sichtschutz direkt an unsere Grundstücksgrenze "
        "gestellt, ist das erlaubt?",
        "Auf dem Grundstück {street} {num} wird ein großes Gartenhaus gebaut, ich glaube nicht, "
        "dass es eine Genehmigung gibt.",
        "In der Garage nebenan wohnt seit Monaten eine Familie, mit Ofenrohr durchs Tor.",
        "Im Erdgeschoss von {street} {num} wurde aus einer Wohnung ein Nagelstudio, ohne "
        "Nutzungsaenderung, mit Kunden bis 22 Uhr.",
        "Der Eigentümer von {street} {num} hat heute eine große Eiche gefällt, obwohl sie unter "
        "die Baumschutzsatzung fällt.",
        "Brauche ich eine Genehmigung, um die Birke in meinem eigenen Garten zu fällen?",
        "Vom Altbau in der {street} {num} fallen Putzbrocken auf den Gehweg, gestern hätte es "
        "fast eine Frau getroffen.",
        "Am Nachbarhaus {street} {num} sind nach dem Sturm Dachziegel locker, die Eigentuemer "
        "wohnen im Ausland.",
        "Am Haus {street} {num} steht seit zwei Jahren ein Gerüst, gearbeitet wird nie, der "
        "Gehweg ist halb blockiert.",
        "Das Haus {street} {num} ist eine Problemimmobilie: überbelegt, Müll im Hof, ständige "
        "Polizeieinsätze.",
        "Die alte Villa in der {street} ist eine Ruine, Jugendliche steigen ein und machen Feuer "
        "drinnen.",
        "Aus der Wohnung unter uns in der {street} stinkt es seit Wochen bestialisch, der Mieter "
        "sammelt offenbar Müll.",
        "Im Hof von {street} {num} stapeln sich alte Reifen, Kuehlschraenke und Autoteile, das "
        "ist Privatgrund, aber die Ratten kommen zu uns.",
        "Der Nachbar lagert seit Monaten Sperrmüll in seinem Vorgarten, es sieht aus wie auf "
        "einer Deponie.",
        "Wie lange dauert die Bearbeitung eines Bauantrags für einen Wintergarten?",
        "Grüezi, braucht es für eine Pergola im Garten eine Baubewilligung?",
        "Servus, der Nachbar baut seinen Zubau bis auf einen Meter an unsere Grenze, ist das mit "
        "dem Abstand erlaubt?",
        "Im Haus {street} {num} wird gerade renoviert und die Arbeiter schlagen alte "
        "Eternitplatten ohne Schutz kaputt.",
        "Beim Abriss in der {street} wird nicht gewaessert, der Staub legt sich auf alle Autos "
        "und Fenster.",
        "Unser Vermieter will die Miete um 20 Prozent erhöhen. Wo kann ich prüfen lassen, ob das "
        "zulässig ist?",
        "Die Nebenkostenabrechnung ist fast doppelt so hoch wie letztes Jahr. Gibt es bei der "
        "Stadt eine Mieterberatung?",
        "Wir sind vor acht Monaten ausgezogen und haben die Kaution immer noch nicht zurück. Was "
        "können wir tun?",
        "Wir haben eine Kündigung wegen Eigenbedarf bekommen, nach 25 Jahren. Gibt es irgendeine "
        "Hilfe?",
        "Meiner Nachbarin droht die Zwangsraeumung naechste Woche, sie ist 78. Kann die Stadt da "
        "etwas tun?",
        "Wo finde ich den aktuellen Mietspiegel für unsere Stadt?",
        "Servus, in unserer Gemeindewohnung in der {street} ist seit Wochen Schimmel im Bad, die "
        "Hausbetreuung kommt nicht.",
        "Wie lange ist die Wartezeit für eine Sozialwohnung, wenn man alleinerziehend ist?",
        "In unserem Mietshaus in der {street} wurden Legionellen im Warmwasser gefunden, der "
        "Vermieter informiert niemanden.",
        "Es riecht im Treppenhaus von {street} {num} stark nach Gas. Die Feuerwehr ist "
        "informiert, aber was machen wir jetzt?",
        "In meinem Salat im Restaurant an {place} war ein Glassplitter. Wer kontrolliert so etwas?",
        "In der Eisdiele in der {street} steht das Eis offen ohne Kühlung, und die Verkäuferin "
        "fasst alles mit bloßen Händen an.",
        "Am Wochenmarkt an {place} liegt der Fisch ohne Eis in der Sonne.",
        "In der Baeckerei in der {street} habe ich ein Brot mit Schimmel drin bekommen, das war "
        "nicht das erste Mal.",
        "Mein Kind hat eine Nussallergie, im Restaurant an {place} gibt es keine "
        "Allergenkennzeichnung und das Personal weiß nichts.",
        "In der Kneipe an der {street} wird drinnen geraucht, obwohl Rauchverbot gilt. Der Wirt "
        "raucht selbst mit.",
        "Letzte Nacht wurden in der {street} bei fünf Autos die Außenspiegel abgetreten.",
        "Jemand hat mit einem Schlüssel alle Autos auf dem Parkplatz an {place} zerkratzt.",
        "Im Gedraenge an {place} wurde mir das Portemonnaie gestohlen. Lohnt sich eine Anzeige?",
        "Meine Mutter in der {street} hat einen Anruf vom angeblichen Enkel bekommen, der Geld "
        "wollte. Wo kann man das melden?",
        "Heute waren zwei Männer an unserer Tür in der {street}, angeblich von den Stadtwerken, "
        "sie wollten in die Wohnung. Sind die echt?",
        "In der {street} gehen Vertreter von Tür zu Tür und drängen älteren Leuten Verträge auf.",
        "Seit Tagen sitzt ein Mann im Auto vor der Grundschule in der {street} und beobachtet die "
        "Kinder.",
        "In {place} hat sich ein Mann vor Schülerinnen entblößt, heute gegen {time}.",
        "Mein Ex-Partner steht jeden Abend vor meinem Haus in der {street}. Wer hilft mir da?",
        "Aus der Wohnung nebenan hoert man jede Nacht Schreie und Schlaege, ich habe Angst um die "
        "Frau und die Kinder.",
        "Heute Nacht gegen 2 Uhr haben wir in der {street} mehrere Schüsse gehört. Weiß man, was "
        "los war?",
        "In unserem Viertel in der Nähe von {place} brennen seit Wochen nachts Autos und "
        "Kellerabteile. Wann wird etwas unternommen?",
        "Vor der Kneipe in der {street} pinkeln die Gäste jede Nacht an unsere Hauswand.",
        "Im Durchgang an {place} wird staendig uriniert, der ganze Hauseingang stinkt.",
        "Auf dem Spielplatz in {place} wird abends gekifft, die Kinder finden morgens die Reste.",
        "Direkt vor der Kita in der {street} stehen Jugendliche und kiffen. Darf man das dort "
        "überhaupt?",
        "Jugendliche inhalieren an {place} Lachgas aus Ballons und fahren danach mit dem Auto los.",
        "Die Trinkerszene an {place} wird immer größer, man kann mit den Kindern nicht mehr über "
        "den Platz.",
        "Gibt es an {place} ein Alkoholverbot? Jeden Abend Saufgelage mit Geschrei und Scherben.",
        "Eine Jugendbande bedroht im Viertel um die {street} die Schüler und nimmt ihnen Handys "
        "ab.",
        "Die Unterfuehrung an {place} ist fuer viele Frauen ein Angstraum, koennte die Stadt dort "
        "mehr Praesenz zeigen?",
        "Hut ab vor den Leuten vom Bauhof, die heute bei dem Regen den ganzen Tag an {place} "
        "gearbeitet haben!",
        "Grüezi, merci vielmals an den Werkhof für den schnellen Einsatz beim umgestürzten Baum "
        "an der {street}.",
        "Servus, vergelt's Gott an die Leute vom Magistrat, die unser Bankerl so schnell "
        "repariert haben.",
        "Bravo an die Stadtgärtnerei, die Blumen an {place} sind dieses Jahr ein Traum.",
        "Großes Lob an das Standesamt, unsere Trauung war wunderschön organisiert.",
        "Ein Dankeschoen an den Herrn vom Ordnungsamt, der heute so freundlich und geduldig mit "
        "der alten Dame in der {street} war.",
        "Vielen Dank für die schnelle Rückmeldung zu meiner Meldung, das Problem in der {street} "
        "ist jetzt behoben.",
        "Daumen hoch für die neue Melde-App, super einfach und man sieht sofort den "
        "Bearbeitungsstand.",
        "Danke, dass der Gehweg vor unserem Haus so schnell geflickt wurde, meine Mutter kann "
        "wieder mit dem Rollator raus.",
        "Danke an die Stadt für den neuen Trinkbrunnen an {place}, gerade im Sommer eine tolle "
        "Sache.",
        "Wie beantrage ich ein Fuehrungszeugnis fuer meinen Job im Sportverein?",
        "Wo kann ich mein Abiturzeugnis amtlich beglaubigen lassen?",
        "Ich ziehe nach Spanien, muss ich mich abmelden und wenn ja, wie?",
        "Mein Aufenthaltstitel läuft in drei Wochen ab und ich bekomme bei der Ausländerbehörde "
        "keinen Termin.",
        "Meine Oma ist gestorben, wo bekomme ich die Sterbeurkunde und wie viele Ausfertigungen "
        "brauche ich?",
        "Wir wollen nach der Scheidung den Nachnamen der Kinder ändern, welche Stelle ist "
        "zuständig?",
        "Ich habe ein Auto gekauft und muss es ummelden, gibt es bei der Zulassungsstelle auch "
        "Termine am Samstag?",
        "Kann ich mein Wunschkennzeichen online reservieren?",
        "Wo beantrage ich einen Schwerbehindertenausweis für meinen Sohn?",
        "Wie lange dauert ein Kinderreisepass? Wir fliegen in zwei Wochen.",
        "Servus, wo krieg ich einen Meldezettel, wenn ich nur fuer ein halbes Jahr herziehe?",
        "Grüezi, ich brauche eine Wohnsitzbestätigung für die Bank, geht das online?",
        "Mein Vater ist pflegebedürftig geworden, wo bekommen wir Beratung zu Pflegegeld und "
        "Unterstützung?",
        "Gibt es bei der Stadt eine Schuldnerberatung? Ich komme mit den Rechnungen nicht mehr "
        "hinterher.",
        "Ich habe meinen Grundsicherungsantrag vor zwei Monaten abgegeben und noch nichts gehört.",
        "Wie berechnet sich die Gewerbesteuer fuer ein kleines Café im ersten Jahr?",
        "Warum muss ich als Einwohnerin Kurtaxe zahlen, wenn ich nur Besuch habe?",
        "Ich habe eine Mahnung von der Stadtkasse bekommen, aber die Rechnung nie erhalten.",
        "Kann ich die Grundsteuer in Raten zahlen? Die Nachzahlung ist sehr hoch.",
        "Wie lege ich Widerspruch gegen einen Gebührenbescheid ein, und bis wann?",
        "Ist die Stadt für den Rundfunkbeitrag zuständig? Ich habe eine Zahlungsaufforderung "
        "bekommen.",
        "Wann ist der nächste große Flohmarkt an {place} und wie bekomme ich einen Stand?",
        "Servus, ab wann hat der Christkindlmarkt an {place} offen?",
        "Kommt die Kirmes dieses Jahr wieder auf den Platz bei {place}? Die Kinder fragen jeden "
        "Tag.",
        "Grueezi, an welchem Wochenende ist dieses Jahr die Chilbi?",
        "Wo darf man beim Fasnachtsumzug als Zuschauer stehen, und gibt es eine Tribüne für "
        "Rollstuhlfahrer?",
        "Findet der Laternenumzug in {place} auch bei Regen statt?",
        "Dürfen wir als Verein ein Osterfeuer auf der Wiese an {place} machen, und was brauchen "
        "wir dafür?",
        "Wir möchten in unserer Straße ein Nachbarschaftsfest feiern und die {street} für einen "
        "Nachmittag sperren. Was müssen wir beantragen?",
        "Grueezi, braucht es eine Bewilligung fuer Strassenmusik in der Altstadt?",
        "Darf ich mit meiner Drohne über {place} Hochzeitsfotos machen?",
        "Wir möchten bei unserer Hochzeit in {place} ein kleines Feuerwerk machen, wo beantragen "
        "wir das?",
        "Wo melde ich einen Infostand für unseren Verein in der Fußgängerzone an?",
        "Ich stehe angeblich nicht im Waehlerverzeichnis, obwohl ich seit Jahren hier gemeldet "
        "bin.",
        "In meinem Umschlag für die Briefwahl fehlt der Stimmzettel für den Gemeinderat.",
        "Grüezi, meine Abstimmungsunterlagen sind nicht gekommen, die Abstimmung ist schon am "
        "Sonntag.",
        "Wie viele Unterschriften braucht man für ein Bürgerbegehren gegen die Schließung des "
        "Hallenbads?",
        "Die Wahl ist seit drei Wochen vorbei und in der {street} haengen immer noch die Plakate.",
        "Servus, wann hat der Bezirksvorsteher Sprechstunde? Ich möchte ihm persönlich was sagen.",
        "Die Stadtpräsidentin verspricht seit Jahren bezahlbare Wohnungen, passiert ist nichts.",
        "Der Oberbürgermeister sollte mal mit dem Bus durch unseren Stadtteil fahren, dann wüsste "
        "er, was los ist.",
        "Warum wird der Haushalt der Stadt nicht verstaendlich veroeffentlicht? Niemand weiss, "
        "wofuer das Geld ausgegeben wird.",
        "Bei der Bürgerbeteiligung zum Neubaugebiet wurden unsere Vorschläge einfach ignoriert. "
        "Wozu dann das Ganze?",
        "Wo finde ich die Protokolle der letzten Ausschusssitzungen? Das Ratsinfosystem ist total "
        "unübersichtlich.",
        "Wo kann ich mich in der Stadt gegen Grippe impfen lassen, ohne Hausarzt?",
        "An der Schule meines Sohnes gibt es einen Masernfall, müssen wir etwas tun?",
        "Gibt es in der Stadt kuehle Raeume fuer aeltere Menschen bei der Hitzewelle?",
        "Heute um {time} haben die Sirenen geheult, war das eine Probe oder ein echter Alarm?",
        "Warum kam bei der Sirenenprobe keine Meldung in der Warn-App?",
        "In der Zeitung stand, dass bei der {street} eine Fliegerbombe gefunden wurde. Müssen wir "
        "evakuieren?",
        "Seit {time} ist in unserem ganzen Viertel in der Nähe von {place} der Strom weg, weiß "
        "man schon, wie lange?",
        "Muss ich als Mieter die Rauchmelder selbst kaufen oder ist das Sache des Vermieters?",
        "Die Dame am Schalter im Bürgeramt war heute ausgesprochen unfreundlich und hat mich vor "
        "allen Leuten bloßgestellt.",
        "Ich versuche seit einer Woche, das Bauamt telefonisch zu erreichen, es geht nie jemand "
        "ran.",
        "Mir wurde vor einem Monat ein Rueckruf versprochen, ich warte immer noch.",
        "Wie lange dauert die Bearbeitung eines Antrags auf Wohngeld im Moment? Es sind schon "
        "vier Monate.",
        "Das Nutzungsrecht für das Grab meiner Eltern läuft aus, wie kann ich es verlängern?",
        "Warum sind die Friedhofsgebühren so stark gestiegen? Für ein Urnengrab zahlt man jetzt "
        "das Doppelte.",
        "Wann ist die Schulanmeldung für die erste Klasse und welche Unterlagen brauche ich?",
        "Gibt es im Jugendzentrum an {place} auch Angebote fuer 12-Jaehrige?",
        "Wann hat der Seniorentreff in der {street} geöffnet? Meine Mutter würde gern zum "
        "Kartenspielen gehen.",
        "Warum ist das Hallenbad schon wieder wegen Personalmangel geschlossen?",
        "Ich möchte mich auf die Stelle als Erzieherin bei der Stadt bewerben, das "
        "Online-Formular nimmt meine Unterlagen nicht.",
        "Bietet die Stadtverwaltung Praktikumsplätze für Schüler der 9. Klasse an?",
        "Ich bin Journalistin und haette eine Presseanfrage zum Neubau der Schule in der "
        "{street}. An wen wende ich mich?",
        "Welche Daten speichert die Melde-App über mich, und wie kann ich sie löschen lassen?",
        "Ihr Konto wird gesperrt! Bestätigen Sie jetzt Ihre Daten über diesen Link.",
        "Dachreinigung und Beschichtung zum Sonderpreis, nur diese Woche in Ihrer Straße!",
        "Solaranlage ohne Anzahlung, Beratung kostenlos, schreiben Sie uns eine Nachricht!",
        "500 Freispiele im Online-Casino, jetzt registrieren!",
        "Nachhilfe in Mathe und Deutsch, alle Klassen, faire Preise.",
        "Folgt mir fuer mehr Fotos aus unserer schoenen Stadt!",
        "Was für ein Spiel gestern, endlich wieder ein Heimsieg!",
        "Frohe Weihnachten an alle, die heute arbeiten müssen!",
        "Ein gutes neues Jahr an das ganze Rathaus-Team!",
        "Moin zusammen, schönen Sonntag!",
        "Grueezi mitenand, schoene Gruesse aus dem Stadtpark, herrliches Wetter heute!",
        "Liebe Grüße aus dem Urlaub, die Stadt fehlt mir schon!",
        "Wer ist bei der Stadt eigentlich für was zuständig? Gibt es eine Übersicht?",
        "Sehr geehrte Damen und Herren, ich möchte mich über die Lärmbelästigung durch die "
        "Gaststätte im Erdgeschoss von {street} {num} beschweren, die regelmäßig bis 3 Uhr "
        "geöffnet hat.",
        "Sehr geehrte Damen und Herren, an {place} halten sich seit Wochen obdachlose Menschen "
        "auf, ich bitte darum, dass sich ein Sozialdienst um sie kuemmert.",
        "Guten Tag, ich möchte einen Fall von Tierquälerei melden: In {street} {num} wird ein "
        "Hund dauerhaft im Zwinger ohne Schutz gehalten.",
        "Grüezi, im Quartier an der {street} ist eine Wohnung völlig verwahrlost, man riecht es "
        "bis auf die Strasse.",
        "Servus, bei uns in der {street} wird jede Nacht in einem leerstehenden Lokal Party "
        "gemacht.",
        "nachbar klopft nachts wieder gegen die wand, {street} {num}",
        "alarmanlage seit 2 std, {street}, bitte jemand schicken",
        "obdachloser im eingang {street} {num}, braucht decke",
        "tote ratte vorm haus {street} {num}",
        "Danke auch, dass man beim Bürgeramt drei Monate auf einen Termin warten darf.",
        "Super, schon wieder Kirmes bis Mitternacht vor unserem Schlafzimmer. Danke fuer die "
        "Ruecksicht.",
    ],
}
