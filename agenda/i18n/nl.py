"""Dutch catalogue (the default). Same keys as `en.py`; a test keeps them in step.

Wording of prompts follows the report (chapters 4 and 5). Sections are kept apart so
that work on different parts of the app touches different parts of this file.
"""

MESSAGES: dict[str, str] = {
    # --- common -------------------------------------------------------------------------
    "cmd.theme": "Thema wisselen (rustig / hoog contrast)",
    "cmd.theme.help": "Hoog contrast voor een klein venster in het videogesprek of slecht zicht; Vliegwiel onthoudt de keuze.",
    "app.title": "Vliegwiel",
    "common.yes": "ja",
    "common.no": "nee",
    "common.none": "–",
    "common.ok": "OK",
    "common.cancel": "Annuleren",
    "common.save": "Opslaan",
    "date.weekdays": "ma di wo do vr za zo",
    "date.months": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "date.format": "{weekday} {day} {month} {year}",
    "datetime.format": "{date}, {time}",
    "common.close": "Sluiten",
    "role.content": "inhoud (analyseteam)",
    "role.case_director": "regiehouder / jeugdbeschermer",
    "role.chair": "voorzitter RET",
    "role.education": "onderwijs",
    "role.region": "regio",
    "role.family": "ouder / gezin",
    "role.other": "anders",
    "course.on_course": "op koers",
    "course.doubt": "twijfel",
    "course.off_course": "uit koers",
    "course.unchecked": "nog niet besproken",
    "bearable.yes": "ja",
    "bearable.tight": "krap",
    "bearable.no": "nee",
    "status.open": "open",
    "status.done": "gedaan",
    "status.partly": "deels",
    "status.not_done": "niet gedaan",
    "status.ongoing": "loopt",
    "status.dropped": "vervallen",
    "cmd.help": "Help",
    "cmd.help.help": "Alle toetsen, en waar de huidige stap voor is.",
    "cmd.quit": "Stoppen",
    "cmd.quit.help": "Alles opslaan en Vliegwiel afsluiten.",
    "cmd.course_panel": "Koers",
    "cmd.course_panel.help": "Het koerspaneel tonen of verbergen.",
    "cmd.board": "Acties",
    "cmd.board.help": "Het actiebord: wie doet wat, is het draagbaar, hoe helpen we elkaar.",
    "cmd.step_clock": "Klok",
    "cmd.step_clock.help": "De klok van deze stap pauzeren of verder laten lopen.",
    "cmd.curtain": "Gordijn",
    "cmd.curtain.help": "Het gedeelde scherm leegmaken (de klok blijft); nog eens om terug te keren.",
    "cmd.previous": "Vorige",
    "cmd.previous.help": "Naar de vorige agendastap.",
    "cmd.next": "Volgende",
    "cmd.next.help": "Naar de volgende agendastap.",
    "cmd.stop": "Stopknop",
    "cmd.stop.help": "Alle klokken stil: wat gebeurt er nu? Worden we ingezogen, gaan we fiksen?",
    "cmd.save": "Notulen",
    "cmd.save.help": "De notulen nu opslaan als Markdown.",
    "cmd.start": "Start overleg",
    "cmd.start.help": "Het overleg van de gekozen casus starten of hervatten.",
    "cmd.new_case": "Nieuwe casus",
    "cmd.new_case.help": "Een nieuwe casus aanmaken.",
    "cmd.edit_case": "Bewerken",
    "cmd.edit_case.help": "Team, koers, intentieverklaring en agenda van de casus bewerken.",
    # --- errors -------------------------------------------------------------------------
    "error.data_dir_unusable": "Vliegwiel kan de gegevensmap {path} niet gebruiken: {reason}. Kies een map waarin u mag schrijven met --data-dir, of vraag uw IT-afdeling om schrijfrechten.",
    "error.already_running": (
        "Vliegwiel draait al op deze gegevensmap ({path}). Sluit eerst het andere venster;"
        " twee tegelijk zouden elkaars werk overschrijven."
    ),
    "error.file_problem": (
        "Het bestand {path} kan niet worden gelezen: {reason}. Het bestand is niet aangepast;"
        " zet een back-up terug of verwijder de map van deze casus. De andere casussen werken gewoon."
    ),
    "error.reason.unreadable": "geen toegang of leesfout",
    "error.reason.empty": "het bestand is leeg (afgebroken)",
    "error.reason.not_utf8": "het bestand is geen UTF-8-tekst",
    "error.reason.bad_json": "het bestand is beschadigd (ongeldige JSON bij regel {line})",
    "error.reason.not_tinydb": "het bestand heeft niet de vorm die Vliegwiel schrijft",
    "error.reason.schema": (
        "het bestand heeft schemaversie {found}, deze Vliegwiel leest versie {expected}"
    ),
    "error.reason.invalid": "het veld ‘{field}’ klopt niet",
    "error.reason.kept_broken": "het is eerder beschadigd gevonden en wordt niet overschreven",
    "error.write_failed": (
        "Opslaan in {path} is mislukt: {reason}. Wat u typte staat nog in het geheugen;"
        " Vliegwiel probeert het opnieuw."
    ),
    "error.write.disk_full": "de schijf is vol",
    "error.write.read_only": "de map is alleen-lezen of u heeft geen schrijfrechten",
    "error.write.other": "het besturingssysteem weigerde het schrijven",
    "error.invalid": "De invoer klopt niet.",
    "error.no_such_case": "Er is geen casus ‘{case}’. Bekijk de casussen met: vliegwiel cases",
    "error.case_ambiguous": "Meer dan één casus heet ‘{case}’. Gebruik de id uit: vliegwiel cases",
    "error.no_such_meeting": "Er is geen overleg ‘{meeting}’ bij deze casus.",
    "error.internal": (
        "Vliegwiel is gestopt door een interne fout ({kind} in {where})."
        " Alles tot een seconde geleden is opgeslagen; start opnieuw om verder te gaan."
    ),
    "error.no_such_template": "De agenda ‘{template}’ van deze casus bestaat niet (meer); kies een andere bij Casus bewerken.",
    "invalid.required": "‘{field}’ mag niet leeg zijn.",
    "invalid.field": "‘{field}’ klopt niet: {problem}.",
    "invalid.meeting_minutes": "Een overleg duurt tussen {low} en {high} minuten.",
    "invalid.duplicate_member": "Twee teamleden heten ‘{name}’; geef ieder een eigen naam.",
    "invalid.unknown_owner": (
        "‘{owner}’ is geen teamlid of gezinslid van deze casus; kies een bestaande naam"
        " of voeg het gezinslid toe."
    ),
    "invalid.due_in_past": "De datum {due} ligt al in het verleden.",
    "invalid.unknown_course_point": "Dat koerspunt bestaat niet (meer).",
    "invalid.template_no_steps": "Een agenda heeft minstens één stap nodig.",
    "invalid.template_too_many_steps": "Een agenda heeft hoogstens {limit} stappen.",
    "invalid.template_duplicate_step": "De stap ‘{step}’ komt twee keer voor.",
    "invalid.template_too_long": "Een agenda duurt hoogstens {limit} minuten.",
    "invalid.records_mismatch": "De verslagen passen niet bij de stappen.",
    "invalid.current_step": "De huidige stap bestaat niet.",
    # --- command line -------------------------------------------------------------------
    "cli.description": "Vliegwiel: het wekelijkse kernteamoverleg live voorzitten.",
    "cli.usage_error": "{problem}. Zie: vliegwiel --help",
    "cli.cases.header": "id        volgend overleg    open acties  nagekomen  alias",
    "cli.cases.none": "Nog geen casussen in {path}.",
    "cli.export.not_yet": "Exporteren naar Markdown komt er nog aan.",
    "cli.erase.confirm": "Typ de alias ‘{alias}’ om alle gegevens van deze casus te wissen: ",
    "cli.erase.needs_yes": "Wissen vraagt om bevestiging: typ de alias, of geef --yes mee.",
    "cli.erase.cancelled": "Niets gewist.",
    "cli.erase.done": "Alle gegevens van ‘{alias}’ zijn gewist uit {path}.",
    "cli.erase.minutes_kept": "Deze notulen staan buiten de gegevensmap en zijn niet gewist:",
    "cli.bad_lang": "Onbekende taal ‘{lang}’; kies nl of en.",
    "cli.interrupted": "Onderbroken.",
    # --- start screen -------------------------------------------------------------------
    "start.title": "Casussen",
    "start.subtitle": "Kies een casus en druk Enter om het overleg te starten.",
    "start.col.alias": "Casus",
    "start.col.next": "Volgend overleg",
    "start.col.open": "Open acties",
    "start.col.follow": "Nagekomen",
    "start.unfinished": "onderbroken overleg – Enter hervat",
    "start.empty": "Nog geen casussen. Druk n voor een nieuwe casus, of start met --demo.",
    "start.problems": "Niet alles kon worden gelezen:",
    "start.key.start": "Start overleg",
    "start.key.new": "Nieuwe casus",
    "start.key.edit": "Casus bewerken",
    # --- meeting --------------------------------------------------------------------------
    "cmd.change_course": "Koers wijzigen",
    "cmd.change_course.help": "Het koerspunt onder de cursor herformuleren (of een punt toevoegen), als gezamenlijk besluit voor de notulen.",
    "app.quit_unsaved": "Niet alles kon worden opgeslagen (zie onderaan). Druk nogmaals ctrl+q om toch te stoppen.",
    "app.ctrl_c": "Stoppen doet u met ctrl+q; alles wordt eerst opgeslagen.",
    "meeting.step_title": "Stap {number}/{total} · {title}",
    "meeting.saved_again": "Opgeslagen: alles staat weer veilig op schijf.",
    "clock.left": "resterend",
    "clock.ending": "bijna tijd",
    "clock.overtime": "over tijd",
    "clock.paused": "gepauzeerd",
    "clock.meeting": "Overleg {elapsed} van {planned} · einde {end}",
    "clock.meeting_over": "{over} over tijd",
    "course.panel_title": "Koers",
    "course.none": "Nog geen koerspunten afgesproken.",
    "course.note": "Toelichting",
    "course.removed": "(koerspunt verwijderd)",
    "round.seated_yes": "zit lekker",
    "round.seated_chafes": "er wringt iets",
    "round.turn": "▶ {time}",
    "round.nobody": "Niemand aanwezig.",
    "analysis.deadline": "Termijn analyse: {date} – {left}",
    "analysis.days_left": "nog {days} dagen",
    "analysis.today": "vandaag",
    "analysis.overdue": "{days} dagen over de termijn",
    "analysis.no_deadline": "Er is nog geen termijn voor de analyse afgesproken.",
    "close.informed": "Hoe houden we elkaar op de hoogte?",
    "close.next_meeting": "Volgend overleg",
    "close.next_placeholder": "JJJJ-MM-DD UU:MM",
    "close.next_invalid": "Schrijf de datum als JJJJ-MM-DD UU:MM, bijvoorbeeld 2026-12-05 09:00.",
    "close.end": "Overleg afsluiten",
    "stop.title": "Stopknop – alle klokken staan stil",
    "stop.allowed": "Dit mag en moet zelfs: bij spanning, onrust, ingezogen worden, brandjes blussen, fiksen.",
    "stop.q1": "Wat gebeurt er nu?",
    "stop.q2": "Worden we ingezogen? Zijn we brandjes aan het blussen of aan het fiksen?",
    "stop.q3": "Wat is er nodig voor een doorbraak om echt iets te kunnen doen? Wat vraagt dit inhoudelijk en wat vraagt dit aan condities?",
    "stop.q4": "Wie doet wat daarin?",
    "stop.note": "Korte notitie voor de notulen (mag leeg blijven)",
    "stop.resume_hint": "Enter, F9 of Esc: verder, de klokken lopen weer.",
    "curtain.hint": "Gordijn dicht – F6 om terug te keren.",
    "help.title": "Help",
    "help.step": "Waar is de stap ‘{title}’ voor?",
    "help.palette": "Opdrachtenpalet: elke opdracht is daar ook te vinden.",
    "help.close": "Esc of F1 sluit dit venster.",
    "attendance.title": "Overleg {alias}: wie is er?",
    "attendance.resume": "Onderbroken overleg {alias} hervatten bij stap {number}: {step}",
    "attendance.hint": "Iedereen staat aanwezig. Spatie zet iemand op afwezig of terug; Enter start het overleg.",
    "attendance.chair": "Voorzitter",
    # --- agenda templates -----------------------------------------------------------------
    "tpl.kernteam.title": "Kernteam (vliegwiel, 60 minuten)",
    "tpl.kernteam.checkin.title": "Incheck",
    "tpl.kernteam.checkin.prompt": (
        "Hoe zit ieder erbij? Zit je lekker in het zadel en zo niet, wat wringt?"
        " Als er iets wringt: wat is er nodig – hoe kunnen we je helpen?"
    ),
    "tpl.kernteam.checkin.q1": "Wat wringt?",
    "tpl.kernteam.checkin.q2": "Wat is er nodig – hoe kunnen we je helpen?",
    "tpl.kernteam.situation.title": "Actualiteit",
    "tpl.kernteam.situation.prompt": (
        "Korte, neutrale samenvatting van het hier-en-nu rondom de jeugdige en het gezin."
    ),
    "tpl.kernteam.analysis.title": "Voortgang analyse",
    "tpl.kernteam.analysis.prompt": (
        "Hoe staat de analyse en het perspectiefplan van het inhoudsteam ervoor, tegen de"
        " vastgestelde termijn? Niet laten afleiden door de waan van de dag."
    ),
    "tpl.kernteam.course.title": "Koers",
    "tpl.kernteam.course.prompt": "Herhaal de afgesproken koers, punt voor punt. Zijn we nog op koers?",
    "tpl.kernteam.review.title": "Terugkoppeling acties",
    "tpl.kernteam.review.prompt": "Wat is wel gelukt en wat niet? Kritisch hierop zijn.",
    "tpl.kernteam.next.title": "Volgende stappen",
    "tpl.kernteam.next.prompt": (
        "Volgende stappen, logisch volgend aan de koers: wie doet wat? Is dat draagbaar?"
        " Hoe helpen we elkaar?"
    ),
    "tpl.kernteam.checkout.title": "Check-out",
    "tpl.kernteam.checkout.prompt": (
        "Deden we het goede? Is duidelijk wie wat, wanneer en hoe doet?"
        " Hoe houden we elkaar op de hoogte?"
    ),
    "tpl.kernteam.checkout.q1": "Deden we het goede?",
    "tpl.kernteam.checkout.q2": "Is duidelijk wie wat, wanneer en hoe doet?",
    "tpl.doe_een_team.title": "Doe een team (60 minuten)",
    "tpl.doe_een_team.checkin.title": "Check in",
    "tpl.doe_een_team.checkin.prompt": (
        "Stel elkaar vragen: hoe zitten we erbij? Gespannen of ontspannen? Is er iets dat"
        " gezegd wil worden? Zijn we in haast of in rust met elkaar? Bewegen we naar het gezin"
        " en elkaar toe?"
    ),
    "tpl.doe_een_team.checkin.q1": "Hoe zit je erbij – gespannen of ontspannen?",
    "tpl.doe_een_team.checkin.q2": "Is er iets dat gezegd wil worden?",
    "tpl.doe_een_team.zoom_out.title": "Uitzoomen",
    "tpl.doe_een_team.zoom_out.prompt": (
        "Versterken we het patroon of doorbreken we het met wat we doen? Wat helpt jullie,"
        " dit gezin en dit kind daadwerkelijk?"
    ),
    "tpl.doe_een_team.responsibilities.title": "Verantwoordelijkheden",
    "tpl.doe_een_team.responsibilities.prompt": (
        "Liggen verantwoordelijkheden waar ze horen? Zo niet, hoe leggen we het waar het hoort"
        " en wie doet dat? Wie borgt dit en op welke laag?"
    ),
    "tpl.doe_een_team.zoom_in.title": "Inzoomen",
    "tpl.doe_een_team.zoom_in.prompt": "Wat zijn nu de eerstvolgende, logische stappen?",
    "tpl.doe_een_team.checkout.title": "Check uit",
    "tpl.doe_een_team.checkout.prompt": (
        "Deden we het goede? Is duidelijk wie wat, wanneer en hoe doet?"
        " Hoe houden we elkaar op de hoogte?"
    ),
    "tpl.doe_een_team.checkout.q1": "Deden we het goede?",
    "tpl.doe_een_team.checkout.q2": "Is duidelijk wie wat, wanneer en hoe doet?",
    "tpl.retrospectief.title": "Retrospectieve casusanalyse (4 uur)",
    "tpl.retrospectief.checkin.title": "Voorstellen en inchecken",
    "tpl.retrospectief.checkin.prompt": (
        "Naam en organisatie. Hoe is het om deel te nemen? Hoe zit je erbij?"
    ),
    "tpl.retrospectief.checkin.q1": "Naam en organisatie",
    "tpl.retrospectief.checkin.q2": "Hoe is het om deel te nemen? Hoe zit je erbij?",
    "tpl.retrospectief.together.title": "Hoe doen we het met elkaar?",
    "tpl.retrospectief.together.prompt": (
        "Naast elkaar of tegenover elkaar? Hoe merken we onze dynamiek op en buigen we het om?"
    ),
    "tpl.retrospectief.family.title": "De gezinsleden in beeld brengen",
    "tpl.retrospectief.family.prompt": (
        "Hun natuur en aard, los van hun mechanisme. Wie zijn ze ten opzichte van elkaar?"
    ),
    "tpl.retrospectief.timeline.title": "De tijdlijn",
    "tpl.retrospectief.timeline.prompt": (
        "Stap voor stap wordt het proces getekend. Wat gebeurde er toen? Wie was betrokken?"
        " Wat was de dynamiek tussen ouders? Wat was het effect op het professioneel systeem?"
        " Wat was de volgende stap?"
    ),
    "tpl.retrospectief.insights.title": "Inzichten, verdieping en werkzame elementen",
    "tpl.retrospectief.insights.prompt": (
        "We kijken met afstand naar de gehele tijdlijn. Wat valt op? Wat zijn cruciale"
        " momenten? Wat zijn inzichten? Met de kennis van nu: wanneer en wat zou je anders"
        " doen? Wat vraagt dit van jezelf en van anderen? Welke condities kunnen ondersteunen?"
    ),
    "tpl.retrospectief.close.title": "Afronden",
    "tpl.retrospectief.close.prompt": (
        "Wat neemt ieder mee? Het verslag volgt; binnen een week kan ieder er feedback op"
        " geven. Hoe houden we elkaar op de hoogte?"
    ),
    "tpl.retrospectief.close.q1": "Wat neem je mee?",
    "tpl.retrospectief.close.q2": "Wat vraagt dit van jezelf en van anderen?",
    "tpl.perspectief.title": "Perspectieve analyse (2 uur)",
    "tpl.perspectief.kernteam.title": "Kernteam",
    "tpl.perspectief.kernteam.prompt": (
        "Hoe vormen we een stevig kernteam om het gezin heen? Wie neemt er deel aan het"
        " kernteam, wat is de opdracht van het kernteam?"
    ),
    "tpl.perspectief.process.title": "Proces en inhoud",
    "tpl.perspectief.process.prompt": "Hoe doen we inhoud en hoe doen we proces?",
    "tpl.perspectief.backing.title": "Rugdekking",
    "tpl.perspectief.backing.prompt": ("Wat hebben we nodig aan rugdekking van onze organisaties?"),
    "tpl.perspectief.collaboration.title": "Samenwerking vanaf nu",
    "tpl.perspectief.collaboration.prompt": (
        "Hoe doen we samenwerking vanaf nu? Hoe doen we ‘samen’ ook als het schuurt?"
        " Hoe doen we ‘vertrouwen’ ook als het schuurt?"
    ),
    "tpl.perspectief.frequency.title": "Frequentie",
    "tpl.perspectief.frequency.prompt": (
        "Wat wordt de frequentie? Prik de datums, en spreek af hoe we tussentijds terugkoppelen."
    ),
    "tpl.perspectief.close.title": "Afronden",
    "tpl.perspectief.close.prompt": (
        "Een aanzet tot een plan en een intentieverklaring: wat spreken we af?"
        " Is duidelijk wie wat, wanneer en hoe doet? Hoe houden we elkaar op de hoogte?"
    ),
    "tpl.perspectief.close.q1": "Wat spreken we af?",
    "tpl.perspectief.close.q2": "Is duidelijk wie wat, wanneer en hoe doet?",
    "tpl.file.problem": "De agenda {file} is niet geladen: {reason}.",
    "tpl.file.reason.unreadable": "het bestand kan niet worden gelezen",
    "tpl.file.reason.too_big": "het bestand is groter dan {limit} kB",
    "tpl.file.reason.not_utf8": "regel {line} is geen UTF-8-tekst; sla het bestand op als UTF-8",
    "tpl.file.reason.syntax": "regel {line}, kolom {column} is geen geldige TOML ({detail})",
    "tpl.file.reason.builtin_id": "de id ‘{id}’ is van een ingebouwde agenda; kies een andere id",
    "tpl.file.reason.same_id": "de id ‘{id}’ staat al in {other}; kies een andere id",
    "tpl.file.reason.no_steps": "er staan geen stappen in; voeg [[steps]] toe",
    "tpl.file.reason.too_many_steps": "er staan {count} stappen in, hoogstens {limit}",
    "tpl.file.reason.duplicate_step": "de stap-id ‘{step}’ komt twee keer voor",
    "tpl.file.reason.too_long": "de stappen duren samen meer dan {limit} minuten",
    "tpl.file.reason.missing": "{where} ontbreekt",
    "tpl.file.reason.unknown_field": "{where} is geen bekend veld",
    "tpl.file.reason.empty": "{where} is leeg",
    "tpl.file.reason.kind": "{where} is ‘{value}’, dat is geen schermsoort; kies uit {choices}",
    "tpl.file.reason.minutes": "{where} moet een heel getal van {low} tot en met {high} zijn",
    "tpl.file.reason.text": "{where} moet tekst tussen aanhalingstekens zijn",
    "tpl.file.reason.number": "{where} moet een heel getal zijn",
    "tpl.file.reason.flag": "{where} moet true of false zijn",
    "tpl.file.reason.list": "{where} moet een lijst zijn",
    "tpl.file.reason.table": "{where} moet een tabel zijn",
    "tpl.file.reason.other": "{where} klopt niet ({detail})",
    "tpl.file.where.field": "het veld ‘{field}’",
    "tpl.file.where.field_line": "het veld ‘{field}’ (regel {line})",
    "tpl.file.where.step": "stap {number}",
    "tpl.file.where.step_line": "stap {number} (regel {line})",
    "tpl.file.where.step_field": "het veld ‘{field}’ van stap {number}",
    "tpl.file.where.step_field_line": "het veld ‘{field}’ van stap {number} (regel {line})",
    # --- actions and board ----------------------------------------------------------------
    "action.new_title": "Nieuwe actie",
    "action.edit_title": "Actie bewerken",
    "action.what": "Wat precies?",
    "action.owner": "Wie doet het?",
    "action.owner_placeholder": "teamlid of gezinslid",
    "action.helpers": "Wie helpt?",
    "action.helpers_placeholder": "namen, met komma's",
    "action.due": "Wanneer klaar?",
    "action.due_placeholder": "JJJJ-MM-DD (leeg: volgend overleg)",
    "action.result": "Hoe ziet de opbrengst eruit?",
    "action.bearable": "Is dat draagbaar?",
    "action.help_note": "Hoe helpen we elkaar?",
    "action.help_note_placeholder": "wie springt bij, en hoe",
    "action.point": "Welk koerspunt?",
    "action.no_point": "– geen koerspunt –",
    "action.status": "Status",
    "action.form_hint": "Tab: volgend veld · Enter of ctrl+s: opslaan · Esc: annuleren",
    "action.need_what": "Wat precies? Beschrijf de actie.",
    "action.need_owner": "Wie doet het? Noem één persoon.",
    "action.bad_due": "Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-05, of laat hem leeg.",
    "action.needs_help": "Hoe helpen we elkaar? Bij krap of nee: noem wie helpt, of schrijf hoe we helpen.",
    "action.ask_point": "Welk koerspunt dient dit? Kies er een; nogmaals opslaan bewaart de actie zonder koerspunt.",
    "action.family_question": "‘{name}’ is nog geen teamlid of gezinslid van deze casus. Toevoegen als gezinslid, zodat ‘{name}’ acties kan dragen?",
    "action.family_title": "Nieuw gezinslid?",
    "action.family_yes": "Ja, toevoegen als gezinslid",
    "action.due_next_meeting": "volgend overleg",
    "action.short_day": "{weekday} {day} {month}",
    "action.col.what": "Wat",
    "action.col.owner": "Wie",
    "action.col.due": "Wanneer",
    "action.col.bearable": "Draagbaar",
    "action.col.point": "Koers",
    "action.col.status": "Status",
    "action.col.feedback": "Terugkoppeling",
    "action.result_line": "→ {result}",
    "action.helper_line": "+ {name}",
    "action.note_line": "» {note}",
    "actions.hint": "n of Enter: nieuwe actie · Enter of e op een regel: bewerken · F3: actiebord",
    "actions.none": "Nog geen acties in dit overleg. Druk n of Enter voor de eerste.",
    "review.keys": "{statuses} · 0: wissen · Enter: notitie · e: bewerken",
    "review.none": "Geen open acties uit eerdere overleggen.",
    "review.note": "Kritisch: wat is wel gelukt en wat niet?",
    "review.note_needs_status": "Kies eerst 1–5: hoe staat deze actie ervoor? Dan telt de notitie mee.",
    "review.earlier": "Vorige keer ({day}): {status}",
    "figures.now": "Afspraken nagekomen in dit overleg: {done} van {due} ({percent})",
    "figures.now_none": "Afspraken nagekomen in dit overleg: er stond nog niets voor nu afgesproken.",
    "figures.trend": "laatste {count} overleggen:",
    "figures.day": "{day} {month}",
    "figures.this_meeting": "nu",
    "figures.entry": "{bar} {done}/{due}",
    "figures.entry_none": "geen",
    "board.title": "Actiebord · {alias}",
    "board.open_actions": "Open acties: {count} · {order}",
    "board.by_owner": "op wie",
    "board.by_due": "op datum",
    "board.none": "Geen open acties.",
    "board.load": "Wie draagt wat?",
    "board.col.who": "Wie",
    "board.col.open": "Open",
    "board.col.strained": "Krap/nee",
    "board.col.overdue": "Te laat",
    "board.family": "gezin",
    "board.flags": "Signalen",
    "board.no_flags": "Geen signalen: de last is verdeeld, krap en nee hebben hulp, niets is te laat.",
    "board.flag.overload": "{name} draagt duidelijk meer dan de anderen: {open} open acties, de mediaan is {median}. Hoe helpen we elkaar?",
    "board.flag.no_helper": "‘{what}’ ({name}) is {bearable} en niemand helpt. Hoe helpen we elkaar?",
    "board.flag.overdue": "‘{what}’ ({name}) had klaar moeten zijn: {due}.",
    "board.decimal_sign": ",",
    "cmd.close_board": "Terug",
    "cmd.close_board.help": "Het actiebord sluiten en terug naar het overleg.",
    "cmd.sort_owner": "Op wie",
    "cmd.sort_owner.help": "De acties sorteren op wie ze doet.",
    "cmd.sort_due": "Op datum",
    "cmd.sort_due.help": "De acties sorteren op wanneer ze klaar moeten zijn.",
    # --- minutes --------------------------------------------------------------------------
    # --- case editing ---------------------------------------------------------------------
    "cmd.save_case": "Opslaan",
    "cmd.save_case.help": "De casus opslaan en terug naar de casussen.",
    "cmd.cancel_edit": "Terug",
    "cmd.cancel_edit.help": "Terug naar de casussen zonder op te slaan (eerst een vraag als er iets veranderd is).",
    "cmd.cancel_dialog": "Annuleren",
    "cmd.cancel_dialog.help": "Dit venster sluiten zonder iets te veranderen.",
    "cmd.back": "Terug",
    "cmd.back.help": "Dit overzicht sluiten.",
    "cmd.add_member": "Nieuw teamlid",
    "cmd.add_member.help": "Een teamlid aan het kernteam toevoegen.",
    "cmd.edit_member": "Bewerken",
    "cmd.edit_member.help": "Het gekozen teamlid bewerken.",
    "cmd.remove_member": "Verwijderen",
    "cmd.remove_member.help": "Het gekozen teamlid uit het kernteam halen.",
    "cmd.add_point": "Nieuw koerspunt",
    "cmd.add_point.help": "Een koerspunt toevoegen (een gezamenlijk besluit).",
    "cmd.change_point": "Wijzigen",
    "cmd.change_point.help": "De tekst van het gekozen koerspunt wijzigen (een gezamenlijk besluit).",
    "cmd.remove_point": "Schrappen",
    "cmd.remove_point.help": "Het gekozen koerspunt schrappen (een gezamenlijk besluit).",
    "cmd.point_up": "Omhoog",
    "cmd.point_up.help": "Het gekozen koerspunt een plaats naar voren (een gezamenlijk besluit).",
    "cmd.point_down": "Omlaag",
    "cmd.point_down.help": "Het gekozen koerspunt een plaats naar achteren (een gezamenlijk besluit).",
    "cmd.course_history": "Koersbesluiten",
    "cmd.course_history.help": "Alle besluiten over de koers: wanneer, wat was, wat werd, wie besloot.",
    "dialog.keys": "Enter bevestigt · Escape annuleert · Tab naar het volgende veld",
    "case.new.title": "Nieuwe casus",
    "case.edit.title": "Casus bewerken · {alias}",
    "case.intro": (
        "Zet de casus rustig klaar vóór het eerste overleg met het team. Tab of Enter gaat"
        " naar het volgende veld, Ctrl+S slaat op, Escape gaat terug."
    ),
    "case.section.case": "Casus",
    "case.section.team": "Kernteam",
    "case.section.course": "Koers",
    "case.section.intent": "Intentieverklaring",
    "case.field.alias": "Alias",
    "case.alias.advice": (
        "Gebruik een schuilnaam, zoals ‘Casus X’ – nooit de echte naam van het kind:"
        " het scherm wordt gedeeld en de notulen worden gemaild."
    ),
    "case.field.minutes": "Duur van het overleg (minuten)",
    "case.field.template": "Agenda",
    "case.field.deadline": "Deadline analyse",
    "case.deadline.placeholder": "JJJJ-MM-DD, leeg als er nog geen is",
    "case.field.family": "Gezinsleden die een actie kunnen dragen",
    "case.family.placeholder": "bijvoorbeeld: moeder, vader, meisje",
    "case.field.intent": "Intentieverklaring",
    "case.team.hint": (
        "Wie zit er in het kernteam, en wat is ieders rol en taak? n voegt toe, Enter bewerkt,"
        " Delete verwijdert."
    ),
    "case.team.add": "Teamlid toevoegen",
    "case.course.hint": (
        "De afgesproken koers, punt voor punt. Elke wijziging is een gezamenlijk besluit en"
        " wordt bewaard. n voegt toe, Enter wijzigt, Delete schrapt, Ctrl+↑/↓ verplaatst,"
        " h toont de besluiten."
    ),
    "case.course.add": "Koerspunt toevoegen",
    "case.course.history": "Koersbesluiten",
    "case.intent.hint": (
        "Eén afspraak per regel. Vooraf ingevuld met de vijf afspraken van het kernteam uit"
        " het rapport; pas ze aan zoals het team ze maakt."
    ),
    "case.template.step": "{title} {minutes}′",
    "case.template.preview": "In {minutes} minuten: {steps}",
    "case.template.missing": "onbekende agenda ‘{id}’ – kies een andere",
    "case.template.folder": "Eigen agenda’s (TOML-bestanden) staan in {path}.",
    "case.discard.title": "Wijzigingen niet opslaan?",
    "case.discard.body": "Er is iets veranderd dat nog niet is opgeslagen.",
    "case.discard.yes": "Niet opslaan",
    "case.remove_member.title": "‘{name}’ uit het kernteam halen?",
    "case.remove_member.body": "Acties van dit teamlid blijven staan, op dezelfde naam.",
    "case.remove_member.yes": "Verwijderen",
    "member.title.new": "Teamlid toevoegen",
    "member.title.edit": "Teamlid bewerken",
    "member.field.name": "Naam",
    "member.field.organisation": "Organisatie",
    "member.field.role": "Rol in het kernteam",
    "member.field.task": "Rol en taak in woorden",
    "member.task.placeholder": "wat doet deze persoon voor het kernteam?",
    "course.decided_by.team": "kernteam",
    "course.dialog.added": "Koerspunt toevoegen",
    "course.dialog.changed": "Koerspunt {number} wijzigen",
    "course.dialog.removed": "Koerspunt {number} schrappen",
    "course.dialog.moved": "Koerspunt {number} naar plaats {to}",
    "course.dialog.was": "Nu: {text}",
    "course.dialog.text": "Tekst van het koerspunt",
    "course.dialog.joint": (
        "Een koerswijziging is een gezamenlijk besluit; het wordt bewaard bij de"
        " koersbesluiten en komt in de notulen."
    ),
    "course.dialog.decided_by": "Besloten door",
    "course.dialog.confirm": "Besluit vastleggen",
    "course.history.title": "Koersbesluiten · {alias}",
    "course.history.empty": "Nog geen koersbesluiten.",
    "course.history.added": "punt {new} toegevoegd",
    "course.history.changed": "punt {old} gewijzigd",
    "course.history.removed": "punt {old} geschrapt",
    "course.history.moved": "punt {old} verplaatst naar plaats {new}",
    "course.history.by": "besloten door {by}",
    "course.history.in_meeting": "in het overleg",
    "course.history.was": "was: {text}",
    "course.history.becomes": "wordt: {text}",
    "invalid.bad_date": "‘{field}’: ‘{value}’ is geen datum; schrijf bijvoorbeeld 2026-12-19.",
    "invalid.course_point_text": "Een koerspunt heeft tekst nodig.",
    "invalid.decided_by_required": "Vul in wie dit besloot: een naam, of ‘kernteam’.",
    "intent.1": (
        "Koers: ‘Onze koers is leidraad voor alle keuzes die we met elkaar maken en hoe we"
        " ons positioneren. We hebben 1 plan (geen A en B). Besluiten en keuzes maken we"
        " altijd gezamenlijk.’"
    ),
    "intent.2": (
        "Betrouwbaar en open: ‘We zijn trouw aan onze koers en spreken elkaar rustig aan als"
        " we van ons afgestemde pad afgaan.’"
    ),
    "intent.3": (
        "Rust en overzicht: ‘Wij hebben de uitdaging om kalm te blijven of te worden:"
        " opeenvolgende incidenten en de gezinsdynamiek verleiden makkelijk tot interne en"
        " externe druk en dus tot dynamiek. De dynamiek is het probleem, niet de inhoud.’"
    ),
    "intent.4": (
        "Transparant en gezamenlijk dragen: ‘We informeren elkaar en stemmen alle acties en"
        " besluiten af. We lopen geen zijpaden en spreken elkaar rustig aan als dit wel"
        " gebeurt. We helpen elkaar, zodat we onze inzet verdelen.’"
    ),
    "intent.5": (
        "Vertrouwen en waardering: ‘We spreken waardering naar elkaar uit en geven elkaar"
        " support. Wanneer we in angst en wantrouwen komen, dan noemen we dat aan elkaar en"
        " zoeken we een weg om weer in vertrouwen te komen.’"
    ),
    # --- demo case ------------------------------------------------------------------------
    "demo.alias": "Casus X (voorbeeld)",
    "demo.member.anouk.name": "Anouk de Vries",
    "demo.member.anouk.organisation": "Zorgaanbieder (inhoudsteam)",
    "demo.member.anouk.task": "Brengt de analyse en het perspectiefplan van het inhoudsteam in.",
    "demo.member.jeroen.name": "Jeroen Bakker",
    "demo.member.jeroen.organisation": "Gecertificeerde instelling",
    "demo.member.jeroen.task": "Jeugdbeschermer en regiehouder; wekelijks contact met het meisje.",
    "demo.member.mirjam.name": "Mirjam Visser",
    "demo.member.mirjam.organisation": "Regionaal Expertise Team",
    "demo.member.mirjam.task": "Voorzitter: stuurt op proces, niet op inhoud.",
    "demo.member.ahmed.name": "Ahmed el Amrani",
    "demo.member.ahmed.organisation": "Samenwerkingsverband onderwijs",
    "demo.member.ahmed.task": "Zoekt met school naar een passende plek om te leren.",
    "demo.member.linda.name": "Linda Smit",
    "demo.member.linda.organisation": "Regio",
    "demo.member.linda.task": "Borgt rugdekking en middelen vanuit de gemeenten.",
    "demo.family.mother": "moeder",
    "demo.family.father": "vader",
    "demo.family.girl": "meisje",
    "demo.course.1": "Brede analyse en perspectief",
    "demo.course.2": "Stem van het kind/gezin is leidend – wekelijks contact",
    "demo.course.3": "We laten ons niet afleiden door crisis: we zijn rustig",
    "demo.course.4": "Geen gesloten setting",
    "demo.course.5": "We duiden risico’s in plaats van willen voorkomen",
    "demo.course.6": "Ouders en meisje voortdurend meegenomen in hun eigen situatie en de koers",
    "demo.course.k3.note": "Na het incident van zaterdag ontstond druk om snel te handelen.",
    "demo.checkin.jeroen.chafes": "Veel telefoontjes na het incident; ik sta er alleen voor.",
    "demo.checkin.jeroen.needs": "Iemand die meedenkt over het gesprek met de ouders.",
    "demo.situation": (
        "Het meisje woont thuis. Zaterdag was er een incident op straat; de politie heeft"
        " haar thuisgebracht. Moeder vraagt om een plek buiten huis."
    ),
    "demo.analysis": "Het inhoudsteam heeft de tekening van het gezin af; de tijdlijn volgt.",
    "demo.checkout.answer": "Ja, rustig gebleven.",
    "demo.checkout.informed": "Tussendoor via de jeugdbeschermer; bij onrust bellen we elkaar.",
    "demo.action.contact.what": "Wekelijks contact met het meisje; haar wensen ophalen",
    "demo.action.contact.result": "Haar wensen staan in twee zinnen in het verslag.",
    "demo.action.parents.what": "Ouders informeren over het proces en de koers",
    "demo.action.parents.result": "Ouders weten wat het kernteam doet en wanneer.",
    "demo.action.plan.what": "Concept perspectiefplan delen met het kernteam",
    "demo.action.plan.result": "Concept ligt bij ieder kernteamlid.",
    "demo.action.school.what": "Met school afstemmen over een passend onderwijsaanbod",
    "demo.action.school.result": "Een voorstel voor halve dagen school.",
    "demo.action.backing.what": "Rugdekking van de organisaties bespreken in het eigen MT",
    "demo.action.backing.result": "Het MT steunt de koers schriftelijk.",
    "demo.action.gp.what": "Afspraak met de huisarts maken",
    "demo.action.gp.result": "Datum van de afspraak is bekend.",
}
