<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>Über CeremonyKit</source>
        <translation>About CeremonyKit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CeremonyKit %1&lt;/h3&gt;&lt;p&gt;Urkunden, Medieninformation, Newsroom-Artikel, Riesenschecks und Gästelisten aus einer Quelle – für die Pressestelle der Stadt Dortmund.&lt;/p&gt;&lt;p&gt;Alle Änderungen werden sofort in der Projektdatei gespeichert. Rückgängig mit Strg+Z, Wiederholen mit Strg+Y.&lt;/p&gt;&lt;p&gt;Schriften: Noto Sans/Serif (SIL Open Font License), DejaVu. Oberfläche: Qt for Python (LGPL).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CeremonyKit %1&lt;/h3&gt;&lt;p&gt;Certificates, press release, newsroom article, giant cheques and guest lists from one source – for the press office of the City of Dortmund.&lt;/p&gt;&lt;p&gt;Every change is saved in the project file at once. Undo with Ctrl+Z, redo with Ctrl+Y.&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans/Serif (SIL Open Font License), DejaVu. User interface: Qt for Python (LGPL).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ApplicantsPage</name>
    <message>
        <source>Teilnahmeurkunden erstellen (eine je Bewerbung, mit den Urkunden)</source>
        <translation>Create participation certificates (one per application, with the certificates)</translation>
    </message>
    <message>
        <source>Bewerbung hinzufügen</source>
        <translation>Add application</translation>
    </message>
    <message>
        <source>Ausgewählte löschen</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>Aus Tabelle importieren…</source>
        <translation>Import from spreadsheet…</translation>
    </message>
    <message>
        <source>Bewerbungen</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Alle, die sich beworben haben. Per Doppelklick ändern; mehrere Personen mit Komma trennen.</source>
        <translation>Everyone who applied. Double-click to change; separate several persons with commas.</translation>
    </message>
    <message>
        <source>%1 Bewerbungen</source>
        <translation>%1 applications</translation>
    </message>
    <message>
        <source>Teilnahmeurkunden ein</source>
        <translation>Participation certificates on</translation>
    </message>
    <message>
        <source>Teilnahmeurkunden aus</source>
        <translation>Participation certificates off</translation>
    </message>
    <message>
        <source>Bewerbung ändern</source>
        <translation>Change application</translation>
    </message>
    <message>
        <source>Neue Bewerbung</source>
        <translation>New application</translation>
    </message>
    <message numerus="yes">
        <source>%n Bewerbungen löschen</source>
        <translation>
            <numerusform>Delete %n application</numerusform>
            <numerusform>Delete %n applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bewerbungen</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Personen (mit Komma trennen)</source>
        <translation>Persons (separate with commas)</translation>
    </message>
    <message>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Doppelklick oder Eingabetaste: zur Stelle springen, die zu ändern ist</source>
        <translation>Double-click or Enter: go to the place to fix</translation>
    </message>
    <message>
        <source>Prüfung</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Vor dem Export prüft CeremonyKit, ob alles zusammenpasst. Fehler verhindern den endgültigen Export, Hinweise nicht. Doppelklick auf eine Zeile führt zur Stelle.</source>
        <translation>Before exporting, CeremonyKit checks that everything fits together. Errors block the final export, notes do not. Double-click a row to go to the place.</translation>
    </message>
    <message>
        <source>Wird geprüft …</source>
        <translation>Checking …</translation>
    </message>
    <message>
        <source>· Dokumente werden probeweise erstellt …</source>
        <translation>· documents are being built on trial …</translation>
    </message>
    <message>
        <source>✓ Alles in Ordnung – keine Fehler, keine Hinweise.</source>
        <translation>✓ All fine – no errors, no notes.</translation>
    </message>
    <message>
        <source>%1 Fehler, %2 Hinweise</source>
        <translation>%1 errors, %2 notes</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Code scannen oder Namen eingeben, dann Enter</source>
        <translation>Scan a code or type a name, then Enter</translation>
    </message>
    <message>
        <source>Einlassen</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Einlass zurücknehmen</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <source>Neuen Code ausgeben</source>
        <translation>Issue new code</translation>
    </message>
    <message>
        <source>Für eine verlorene oder weitergegebene Einladung: der alte Code gilt nicht mehr.</source>
        <translation>For a lost or passed-on invitation: the old code is no longer valid.</translation>
    </message>
    <message>
        <source>Ohne Anmeldung</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Name, z. B. Dr. Anna Beispiel</source>
        <translation>Name, e.g. Dr. Anna Example</translation>
    </message>
    <message>
        <source>Einlassen und aufnehmen</source>
        <translation>Check in and add</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Einlass</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>da</source>
        <translation>here</translation>
    </message>
    <message>
        <source>erwartet</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>Niemand mit „%1“ gefunden.</source>
        <translation>Nobody found for “%1”.</translation>
    </message>
    <message>
        <source>Einlass: %1</source>
        <translation>Check-in: %1</translation>
    </message>
    <message>
        <source>Bereit zum Scannen</source>
        <translation>Ready to scan</translation>
    </message>
    <message>
        <source>Eingelassen um %1</source>
        <translation>Checked in at %1</translation>
    </message>
    <message>
        <source> · ohne Anmeldung</source>
        <translation> · walk-in</translation>
    </message>
    <message>
        <source>Noch nicht eingelassen</source>
        <translation>Not checked in yet</translation>
    </message>
    <message>
        <source>Tisch %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>ohne Tisch</source>
        <translation>no table</translation>
    </message>
    <message>
        <source>+ 1 Begleitperson</source>
        <translation>+ 1 companion</translation>
    </message>
    <message>
        <source>+ %1 Begleitpersonen</source>
        <translation>+ %1 companions</translation>
    </message>
    <message>
        <source>Begleitung: %1</source>
        <translation>Companions: %1</translation>
    </message>
    <message>
        <source>Begleitung von %1</source>
        <translation>Companion of %1</translation>
    </message>
    <message>
        <source>Da: %1 von %2 Personen</source>
        <translation>Here: %1 of %2 persons</translation>
    </message>
    <message>
        <source>Einlass zurücknehmen: %1</source>
        <translation>Undo check-in: %1</translation>
    </message>
    <message>
        <source>Neuer Code: %1</source>
        <translation>New code: %1</translation>
    </message>
    <message>
        <source>Neuer Einlass-Code für %1; der alte gilt nicht mehr.</source>
        <translation>New check-in code for %1; the old one is no longer valid.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Word-Vorlage aus der Projektdatei</source>
        <translation>Word template from the project file</translation>
    </message>
    <message>
        <source>Vorlagen aus fremden Dateien nur verwenden, wenn Sie wissen, woher sie stammen. Diese Vorlage jetzt verwenden?</source>
        <translation>Use templates from other people&apos;s files only if you know where they come from. Use this template now?</translation>
    </message>
    <message>
        <source>Haken = wird exportiert. Auswahl = wird rechts in der Vorschau gezeigt.</source>
        <translation>Ticked = exported. Selected = shown in the preview on the right.</translation>
    </message>
    <message>
        <source>Ausgewählte Dokumentart</source>
        <translation>Selected document type</translation>
    </message>
    <message>
        <source>Formate:</source>
        <translation>Formats:</translation>
    </message>
    <message>
        <source>Gestaltung:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>In diesen Ordner werden die Dokumente geschrieben.</source>
        <translation>The documents are written to this folder.</translation>
    </message>
    <message>
        <source>Ordner wählen…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Dokumente erstellen</source>
        <translation>Create documents</translation>
    </message>
    <message>
        <source>Alle angehakten Dokumentarten in den Ausgabeordner schreiben</source>
        <translation>Write all ticked document types to the output folder</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hier steht nach dem Erstellen, was geschrieben, übersprungen oder fehlgeschlagen ist.</source>
        <translation>After creating, this shows what was written, skipped or failed.</translation>
    </message>
    <message>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>In Word öffnen</source>
        <translation>Open in Word</translation>
    </message>
    <message>
        <source>Das erste Word-Dokument der ausgewählten Art öffnen</source>
        <translation>Open the first Word document of the selected type</translation>
    </message>
    <message>
        <source>Dokumente</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Es sind noch keine Dokumentarten installiert. Sobald Urkunden, Medieninformation usw. verfügbar sind, erscheinen sie hier.</source>
        <translation>No document types are installed yet. Certificates, press release etc. appear here once they are available.</translation>
    </message>
    <message>
        <source>Ausgabeordner:</source>
        <translation>Output folder:</translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Aktualisieren</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Keine Vorschau: noch keine Dokumentarten installiert.</source>
        <translation>No preview: no document types installed yet.</translation>
    </message>
    <message>
        <source>Standard (Hausstil)</source>
        <translation>Default (house style)</translation>
    </message>
    <message>
        <source>Ausgabeordner wählen</source>
        <translation>Choose output folder</translation>
    </message>
    <message>
        <source>veraltet – wird aktualisiert …</source>
        <translation>outdated – updating …</translation>
    </message>
    <message>
        <source>Für diese Dokumentart gibt es keine Vorschau (nur %1). Mit „Dokumente erstellen“ erzeugen und dann öffnen.</source>
        <translation>There is no preview for this document type (only %1). Use “Create documents”, then open it.</translation>
    </message>
    <message>
        <source>wird aktualisiert …</source>
        <translation>updating …</translation>
    </message>
    <message>
        <source>Keine Vorschau: Für die aktuellen Daten wurde kein Dokument erzeugt. Die Prüfung zeigt, was fehlt.</source>
        <translation>No preview: no document was created from the current data. The check page shows what is missing.</translation>
    </message>
    <message>
        <source>Vorschau: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>%1 für „%2“</source>
        <translation>%1 for “%2”</translation>
    </message>
    <message>
        <source>Bitte mindestens eine Dokumentart anhaken.</source>
        <translation>Please tick at least one document type.</translation>
    </message>
    <message>
        <source>Export abgebrochen; nichts wurde geschrieben.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Wird vorbereitet …</source>
        <translation>Preparing …</translation>
    </message>
    <message>
        <source>… und %1 weitere</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Geänderte Dokumente im Ausgabeordner</source>
        <translation>Changed documents in the output folder</translation>
    </message>
    <message>
        <source>Im Ordner „%1“ wurde ein Dokument nach dem letzten Export geändert (z. B. in Word):</source>
        <translation>In the folder “%1” one document was changed after the last export (e.g. in Word):</translation>
    </message>
    <message>
        <source>Im Ordner „%1“ wurden %2 Dokumente nach dem letzten Export geändert (z. B. in Word):</source>
        <translation>In the folder “%1” %2 documents were changed after the last export (e.g. in Word):</translation>
    </message>
    <message>
        <source>Beim Überschreiben gehen diese Änderungen verloren. Wohin exportieren?</source>
        <translation>Overwriting loses these changes. Where should the export go?</translation>
    </message>
    <message>
        <source>In neuen Ordner „%1“</source>
        <translation>Into new folder “%1”</translation>
    </message>
    <message>
        <source>Überschreiben</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <source>Abgebrochen</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Der Export wurde abgebrochen. Der Ausgabeordner ist unverändert geblieben.</source>
        <translation>The export was cancelled. The output folder is unchanged.</translation>
    </message>
    <message>
        <source>Fehlgeschlagen</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Fertig</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <source>Fertig: %n Dateien geschrieben.</source>
        <translation>
            <numerusform>Done: %n file written.</numerusform>
            <numerusform>Done: %n files written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alt, nicht neu erzeugt: %1</source>
        <translation>Old, not rebuilt: %1</translation>
    </message>
    <message>
        <source>Übersprungen</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Hinweise</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>DoorTools</name>
    <message>
        <source>Begrüßungsliste der Anwesenden…</source>
        <translation>Greeting list of those present…</translation>
    </message>
    <message>
        <source>Erstellt die Begrüßungsliste aus den eingelassenen Ehrengästen, mit Unterschied zur geplanten Liste.</source>
        <translation>Builds the greeting list from the honoured guests who checked in, with the difference to the planned list.</translation>
    </message>
    <message>
        <source>Kopie für eine zweite Tür…</source>
        <translation>Copy for a second door…</translation>
    </message>
    <message>
        <source>Eine kleine Projektdatei nur mit Gästen und Codes für einen zweiten Laptop am Einlass.</source>
        <translation>A small project file with guests and codes only, for a second laptop at the entrance.</translation>
    </message>
    <message>
        <source>Zweite Tür übernehmen…</source>
        <translation>Merge second door…</translation>
    </message>
    <message>
        <source>Die Einlässe aus der Kopie der zweiten Tür übernehmen; der frühere Zeitpunkt gilt.</source>
        <translation>Take over the check-ins from the second door’s copy; the earlier time counts.</translation>
    </message>
    <message>
        <source>Einlass-Kopie von „%1“ (zweite Tür)</source>
        <translation>Check-in copy of “%1” (second door)</translation>
    </message>
    <message>
        <source>Einlass-Code vergeben (1 Gast ohne Code)</source>
        <translation>Issue check-in code (1 guest without code)</translation>
    </message>
    <message>
        <source>Einlass-Codes vergeben (%1 Gäste ohne Code)</source>
        <translation>Issue check-in codes (%1 guests without code)</translation>
    </message>
    <message>
        <source>Alle Gäste haben einen Code</source>
        <translation>All guests have a code</translation>
    </message>
    <message>
        <source>Einlass-Codes vergeben</source>
        <translation>Issue check-in codes</translation>
    </message>
    <message>
        <source>Ordner für die Begrüßungsliste</source>
        <translation>Folder for the greeting list</translation>
    </message>
    <message>
        <source>Fehlen</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Kopie für eine zweite Tür</source>
        <translation>Copy for a second door</translation>
    </message>
    <message>
        <source>Projektdatei (*.ceremony)</source>
        <translation>Project file (*.ceremony)</translation>
    </message>
    <message>
        <source>Kopie mit %1 Gästen geschrieben: %2</source>
        <translation>Copy with %1 guests written: %2</translation>
    </message>
    <message>
        <source>Kopie der zweiten Tür</source>
        <translation>Copy of the second door</translation>
    </message>
    <message>
        <source>„%1“ ist keine Einlass-Kopie.</source>
        <translation>“%1” is not a check-in copy.</translation>
    </message>
    <message>
        <source>Zweite Tür übernehmen</source>
        <translation>Merge second door</translation>
    </message>
</context>
<context>
    <name>EveningPage</name>
    <message>
        <source>Rückmeldung zur Einladung</source>
        <translation>Replies to the invitation</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>z. B. einladung@stadt.de</source>
        <translation>e.g. invitation@city.de</translation>
    </message>
    <message>
        <source>z. B. 0231 50-22010</source>
        <translation>e.g. 0231 50-22010</translation>
    </message>
    <message>
        <source>z. B. www.stadt.de/anmeldung</source>
        <translation>e.g. www.city.de/register</translation>
    </message>
    <message>
        <source>Antwort bis</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>Antwort per E-Mail</source>
        <translation>Reply by e-mail</translation>
    </message>
    <message>
        <source>Antwort per Telefon</source>
        <translation>Reply by phone</translation>
    </message>
    <message>
        <source>Antwort über Webseite</source>
        <translation>Reply via website</translation>
    </message>
    <message>
        <source>Begleitpersonen je Gast</source>
        <translation>Companions per guest</translation>
    </message>
    <message>
        <source>Angaben übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Programmpunkte mit Beginn (leer = direkt nach dem vorigen) und Dauer. Die Zeile „Preisverleihung“ wird im Ablaufplan durch Bekanntgabe, Laudatio, Übergabe und Foto jedes Preises ersetzt.</source>
        <translation>Programme items with start (empty = right after the previous one) and duration. In the run sheet the row “Award ceremony” is replaced by the announcement, laudation, handing over and photo of each prize.</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Programmpunkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wo</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Hinweise</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Für Gäste</source>
        <translation>For guests</translation>
    </message>
    <message>
        <source>Preisverleihung</source>
        <translation>Award ceremony</translation>
    </message>
    <message>
        <source>Programmpunkt hinzufügen</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Nach oben</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Nach unten</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Ablauf speichern</source>
        <translation>Save programme</translation>
    </message>
    <message>
        <source>Ablauf</source>
        <translation>Programme</translation>
    </message>
    <message numerus="yes">
        <source>Im Ablaufplan: %n Programmpunkte</source>
        <translation>
            <numerusform>In the run sheet: %n item</numerusform>
            <numerusform>In the run sheet: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Zeile %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>Ablauf ändern</source>
        <translation>Change programme</translation>
    </message>
    <message>
        <source>Rückmeldung</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Rückmeldung ändern</source>
        <translation>Change reply details</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Absenderprofil weiterzählen?</source>
        <translation>Count on in the sender profile?</translation>
    </message>
    <message>
        <source>Soll Ihr Absenderprofil neue Projekte mit Nr. %1 beginnen? Sonst beginnt das nächste neue Projekt weiter mit Nr. %2.</source>
        <translation>Should your sender profile start new projects with no. %1? Otherwise the next new project still starts with no. %2.</translation>
    </message>
    <message>
        <source>Absenderprofil</source>
        <translation>Sender profile</translation>
    </message>
    <message>
        <source>– keine –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <source>Herr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <source>neutral (divers)</source>
        <translation>neutral (diverse)</translation>
    </message>
    <message>
        <source>Preis</source>
        <translation>Prize</translation>
    </message>
    <message>
        <source>Name des Preises:</source>
        <translation>Name of the award:</translation>
    </message>
    <message>
        <source>z. B. Ehrenamtspreis</source>
        <translation>e.g. Volunteering Award</translation>
    </message>
    <message>
        <source>Jahr:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Verliehen von:</source>
        <translation>Awarded by:</translation>
    </message>
    <message>
        <source>z. B. Stadt Dortmund</source>
        <translation>e.g. City of Dortmund</translation>
    </message>
    <message>
        <source>Verleihung Nr.:</source>
        <translation>Edition no.:</translation>
    </message>
    <message>
        <source>z. B. 9</source>
        <translation>e.g. 9</translation>
    </message>
    <message>
        <source>Die wievielte Verleihung? 9 ergibt „Bereits zum neunten Mal …“.</source>
        <translation>Which edition of the award? 9 gives “for the ninth time …”.</translation>
    </message>
    <message>
        <source>Ausgerichtet von (im Satz):</source>
        <translation>Organised by (as in a sentence):</translation>
    </message>
    <message>
        <source>z. B. das Kommunale Integrationszentrum gemeinsam mit …</source>
        <translation>e.g. the municipal integration centre together with …</translation>
    </message>
    <message>
        <source>Veranstalter und Partner, so wie sie im Text stehen: „Bereits zum neunten Mal würdigt … damit Engagement …“</source>
        <translation>Organisers and partners as the text names them: “For the ninth time … honours commitment …”</translation>
    </message>
    <message>
        <source>Preisgeld gesamt (€):</source>
        <translation>Total prize money (€):</translation>
    </message>
    <message>
        <source>z. B. 10.000</source>
        <translation>e.g. 10.000</translation>
    </message>
    <message>
        <source>Die Summe aller Preisgelder; die Prüfung vergleicht sie mit den einzelnen Preisen.</source>
        <translation>The sum of all prize money; the check compares it with the single prizes.</translation>
    </message>
    <message>
        <source>Bewerbungen:</source>
        <translation>Applications:</translation>
    </message>
    <message>
        <source>Anzahl</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Jury (eine Zeile je Mitglied):</source>
        <translation>Jury (one line per member):</translation>
    </message>
    <message>
        <source>Name, Funktion</source>
        <translation>Name, role</translation>
    </message>
    <message>
        <source>Verleihung</source>
        <translation>Ceremony</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Uhrzeit:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>z. B. 18:00</source>
        <translation>e.g. 18:00</translation>
    </message>
    <message>
        <source>Ort:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>z. B. Rathaus, Bürgersaal</source>
        <translation>e.g. City Hall, Citizens’ Hall</translation>
    </message>
    <message>
        <source>Stadt (für Urkunden):</source>
        <translation>City (for certificates):</translation>
    </message>
    <message>
        <source>Erwartete Gäste:</source>
        <translation>Expected guests:</translation>
    </message>
    <message>
        <source>Gastgeberin oder Gastgeber</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Anrede:</source>
        <translation>Form of address:</translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>z. B. Dr.</source>
        <translation>e.g. Dr.</translation>
    </message>
    <message>
        <source>Vorname:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <source>Nachname:</source>
        <translation>Last name:</translation>
    </message>
    <message>
        <source>Funktion:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>z. B. Oberbürgermeisterin</source>
        <translation>e.g. Lord Mayor</translation>
    </message>
    <message>
        <source>Zitat für die Presse:</source>
        <translation>Quote for the press:</translation>
    </message>
    <message>
        <source>Ein, zwei Sätze der Gastgeberin oder des Gastgebers – ohne Anführungszeichen</source>
        <translation>One or two sentences of the host – without quotation marks</translation>
    </message>
    <message>
        <source>Verleihen mit (eine Zeile je Person):</source>
        <translation>Presenting with (one line per person):</translation>
    </message>
    <message>
        <source>Name, Funktion – z. B. Leonid Chraga, Vorsitzender des Integrationsrates</source>
        <translation>Name, function – e.g. Leonid Chraga, chair of the integration council</translation>
    </message>
    <message>
        <source>Presse</source>
        <translation>Press</translation>
    </message>
    <message>
        <source>Sperrfrist:</source>
        <translation>Embargo:</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ HH:MM</source>
        <translation>DD.MM.YYYY HH:MM</translation>
    </message>
    <message>
        <source>Vor diesem Zeitpunkt darf die Medieninformation nicht veröffentlicht werden.</source>
        <translation>The press release must not be published before this time.</translation>
    </message>
    <message>
        <source>Versanddatum:</source>
        <translation>Release date:</translation>
    </message>
    <message>
        <source>Überschrift:</source>
        <translation>Headline:</translation>
    </message>
    <message>
        <source>leer lassen = wird erzeugt</source>
        <translation>leave empty = generated</translation>
    </message>
    <message>
        <source>Mehr Infos (Link):</source>
        <translation>More information (link):</translation>
    </message>
    <message>
        <source>Daten löschen ab:</source>
        <translation>Delete data from:</translation>
    </message>
    <message>
        <source>Ab diesem Tag sollen die persönlichen Daten der Gäste gelöscht werden (Datenschutz).</source>
        <translation>From this day on, the guests’ personal data should be deleted (data protection).</translation>
    </message>
    <message>
        <source>Endgültig machen</source>
        <translation>Make final</translation>
    </message>
    <message>
        <source>Die Medieninformation bekommt ihre laufende Nummer; „ENTWURF“ entfällt. Fehler der Prüfung müssen vorher behoben sein.</source>
        <translation>The press release gets its running number and loses “ENTWURF” (draft). Errors of the check must be fixed first.</translation>
    </message>
    <message>
        <source>Medieninformation:</source>
        <translation>Press release:</translation>
    </message>
    <message>
        <source>Absender und Hausstil…</source>
        <translation>Sender and house style…</translation>
    </message>
    <message>
        <source>Kopf der Medieninformation, Kontakt, Logo und Unterschriften bearbeiten</source>
        <translation>Edit the press release header, contact, logo and signatures</translation>
    </message>
    <message>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Alles, was für alle Dokumente gilt. Änderungen werden sofort in der Projektdatei gespeichert.</source>
        <translation>Everything that applies to all documents. Changes are saved in the project file at once.</translation>
    </message>
    <message>
        <source>endgültig, Nr. %1</source>
        <translation>final, no. %1</translation>
    </message>
    <message>
        <source>Entwurf (ohne laufende Nummer)</source>
        <translation>Draft (no running number)</translation>
    </message>
    <message>
        <source>Noch nicht endgültig</source>
        <translation>Not final yet</translation>
    </message>
    <message>
        <source>Bitte zuerst diese Fehler beheben (Seite „Prüfung“):</source>
        <translation>Please fix these errors first (page “Check”):</translation>
    </message>
    <message>
        <source>Medieninformation endgültig machen</source>
        <translation>Make the press release final</translation>
    </message>
    <message>
        <source>Die Medieninformation erhält jetzt ihre laufende Nummer; die nächste Medieninformation zählt weiter. Das lässt sich nicht rückgängig machen. Fortfahren?</source>
        <translation>The press release now gets its running number; the next press release counts on. This cannot be undone. Continue?</translation>
    </message>
    <message>
        <source>Medieninformation Nr. %1 ist endgültig.</source>
        <translation>Press release no. %1 is final.</translation>
    </message>
    <message>
        <source>Veranstaltung ändern</source>
        <translation>Change event</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Datei wählen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xls), LibreOffice (.ods) oder CSV. Die Datei wird nur gelesen, nie verändert.</source>
        <translation>Excel (.xlsx, .xls), LibreOffice (.ods) or CSV. The file is only read, never changed.</translation>
    </message>
    <message>
        <source>Pfad der Tabelle</source>
        <translation>Path of the spreadsheet</translation>
    </message>
    <message>
        <source>Durchsuchen…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Tabelle wählen</source>
        <translation>Choose spreadsheet</translation>
    </message>
    <message>
        <source>Tabellen (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Datei wird gelesen …</source>
        <translation>Reading file …</translation>
    </message>
</context>
<context>
    <name>Fotos</name>
    <message>
        <source>(ohne Bildunterschrift)</source>
        <translation>(no caption)</translation>
    </message>
    <message>
        <source>Bildnachweis fehlt</source>
        <translation>Photo credit missing</translation>
    </message>
</context>
<context>
    <name>GuestsPage</name>
    <message>
        <source>Begleitung hinzufügen</source>
        <translation>Add companion</translation>
    </message>
    <message>
        <source>Bitte genau einen Gast auswählen, der begleitet wird.</source>
        <translation>Please select exactly one guest to be accompanied.</translation>
    </message>
    <message>
        <source>Begleitung</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Begleitung von „%1“ hinzufügen</source>
        <translation>Add companion of “%1”</translation>
    </message>
    <message>
        <source>Suchen: Name, Organisation, Funktion, E-Mail …</source>
        <translation>Search: name, organisation, role, e-mail …</translation>
    </message>
    <message>
        <source>Alle eingegebenen Wörter müssen vorkommen.</source>
        <translation>All words entered must occur.</translation>
    </message>
    <message>
        <source>Nur Gäste dieser Kategorie zeigen</source>
        <translation>Show only guests of this category</translation>
    </message>
    <message>
        <source>Nur Gäste mit dieser Rückmeldung zeigen</source>
        <translation>Show only guests with this reply</translation>
    </message>
    <message>
        <source>Alle Rückmeldungen</source>
        <translation>All replies</translation>
    </message>
    <message>
        <source>Noch keine Gäste. Mit „Gast hinzufügen“ einzeln anlegen oder über „Datei › Tabelle importieren…“ eine Excel-Tabelle übernehmen.</source>
        <translation>No guests yet. Add them one by one with “Add guest” or take over an Excel sheet with “File › Import spreadsheet…”.</translation>
    </message>
    <message>
        <source>Gast hinzufügen</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <source>Ausgewählte löschen</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>Tische verwalten…</source>
        <translation>Manage tables…</translation>
    </message>
    <message>
        <source>Begrüßungsreihenfolge…</source>
        <translation>Order of greeting…</translation>
    </message>
    <message>
        <source>Rangfolge…</source>
        <translation>Precedence…</translation>
    </message>
    <message>
        <source>Gäste</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Alle Kategorien</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>%1 von %2 Gästen angezeigt · %3 zugesagt · %4 abgesagt · %5 offen · erwartet mit Begleitung: %6 Personen</source>
        <translation>%1 of %2 guests shown · %3 accepted · %4 declined · %5 open · expected incl. companions: %6 people</translation>
    </message>
    <message>
        <source>%1: %2 (nicht in der Tischliste)</source>
        <translation>%1: %2 (not in the table list)</translation>
    </message>
    <message>
        <source>%1: %2/%3 – überbelegt</source>
        <translation>%1: %2/%3 – overbooked</translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>Tische: </source>
        <translation>Tables: </translation>
    </message>
    <message>
        <source>Tisch</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Tisch %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>– kein Tisch –</source>
        <translation>– no table –</translation>
    </message>
    <message>
        <source>Gast „%1“ ändern</source>
        <translation>Change guest “%1”</translation>
    </message>
    <message>
        <source>Neuer Gast</source>
        <translation>New guest</translation>
    </message>
    <message>
        <source>Tische ändern</source>
        <translation>Change tables</translation>
    </message>
    <message>
        <source>Begrüßungsreihenfolge ändern</source>
        <translation>Change order of greeting</translation>
    </message>
    <message>
        <source>Rangfolge ändern</source>
        <translation>Change order of precedence</translation>
    </message>
    <message numerus="yes">
        <source>%n Gäste löschen</source>
        <translation>
            <numerusform>Delete %n guest</numerusform>
            <numerusform>Delete %n guests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gäste</name>
    <message>
        <source>eingeladen</source>
        <translation>invited</translation>
    </message>
    <message>
        <source>zugesagt</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>abgesagt</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <source>Herr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>Anrede</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Rückmeldung</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Begleitung</source>
        <translation>Companions</translation>
    </message>
    <message>
        <source>Begleitet</source>
        <translation>Accompanies</translation>
    </message>
    <message>
        <source>Tisch</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Protokoll-Rang</source>
        <translation>Protocol rank</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Aussprache</source>
        <translation>Pronunciation</translation>
    </message>
    <message>
        <source>Vorschlag aus der Rangfolge (Funktion); zum Festlegen eine Zahl eingeben</source>
        <translation>Suggested by the order of precedence (function); type a number to fix it</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Tabelle importieren</source>
        <translation>Import spreadsheet</translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Weiter &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Zurück</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import aus „%1“</source>
        <translation>Import from “%1”</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>„%1“ wird geladen …</source>
        <translation>Loading “%1” …</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Neues Projekt…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Speichern &amp;unter…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Eine Kopie des Projekts anlegen und mit ihr weiterarbeiten</source>
        <translation>Make a copy of the project and continue working on the copy</translation>
    </message>
    <message>
        <source>S&amp;peichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Jede Änderung wird sofort gespeichert; Strg+S bestätigt es</source>
        <translation>Every change is saved at once; Ctrl+S confirms it</translation>
    </message>
    <message>
        <source>Tabelle &amp;importieren…</source>
        <translation>&amp;Import spreadsheet…</translation>
    </message>
    <message>
        <source>Gäste oder Preisträger aus einer Excel- oder CSV-Datei übernehmen</source>
        <translation>Take over guests or winners from an Excel or CSV file</translation>
    </message>
    <message>
        <source>&amp;Datenschutz…</source>
        <translation>&amp;Data protection…</translation>
    </message>
    <message>
        <source>Löschfrist, Gästedaten löschen, Auskunft für eine Person</source>
        <translation>Retention date, delete guest data, data access request for a person</translation>
    </message>
    <message>
        <source>Letzter Import&amp;bericht…</source>
        <translation>Last import &amp;report…</translation>
    </message>
    <message>
        <source>Was beim letzten Import mit jeder Zeile geschah – auch nach dem Schließen</source>
        <translation>What happened to each row in the last import – also after closing</translation>
    </message>
    <message>
        <source>Projekt &amp;schließen</source>
        <translation>&amp;Close project</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Einstellungen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Ü&amp;ber CeremonyKit</source>
        <translation>&amp;About CeremonyKit</translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Rückgängig: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Wiederholen: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <source>Alt+%1 oder Strg+%2</source>
        <translation>Alt+%1 or Ctrl+%2</translation>
    </message>
    <message>
        <source>Nur zum Lesen geöffnet – Änderungen sind nicht möglich</source>
        <translation>Opened read-only – changes are not possible</translation>
    </message>
    <message>
        <source>Alle Änderungen sind gespeichert</source>
        <translation>All changes are saved</translation>
    </message>
    <message>
        <source>Die Datei ist nur zum Lesen geöffnet; Änderungen sind nicht möglich. Zum Bearbeiten „Speichern unter…“ wählen oder warten, bis die Sperre frei ist.</source>
        <translation>The file is open read-only; changes are not possible. To edit, choose “Save as…” or wait until the lock is released.</translation>
    </message>
    <message>
        <source>%1 (nur zum Lesen)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>Neue Verleihung</source>
        <translation>New ceremony</translation>
    </message>
    <message>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Preise &amp; Preisträger</source>
        <translation>Prizes &amp; winners</translation>
    </message>
    <message>
        <source>Bewerbungen</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Fotos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Gäste</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Ablauf</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Dokumente</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Prüfung</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Einlass</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Kein Projekt geöffnet.</source>
        <translation>No project open.</translation>
    </message>
    <message>
        <source>Gespeichert – alle Änderungen stehen in „%1“ (%2 Uhr).</source>
        <translation>Saved – all changes are in “%1” (%2).</translation>
    </message>
    <message>
        <source>Beispielprojekt anlegen</source>
        <translation>Create example project</translation>
    </message>
    <message>
        <source>Neues Projekt anlegen</source>
        <translation>Create new project</translation>
    </message>
    <message>
        <source>Speichern unter</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Bitte zuerst ein Projekt öffnen oder anlegen.</source>
        <translation>Please open or create a project first.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Spalten zuordnen</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <source>Jede Spalte der Tabelle steht unten. Was CeremonyKit an den Überschriften erkannt hat, ist schon gewählt; alles andere lässt sich rechts zuordnen.</source>
        <translation>Every column of the table is listed below. What CeremonyKit recognised from the headers is already chosen; assign everything else on the right.</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Überschriften in Zeile:</source>
        <translation>Headers in row:</translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Überschrift</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Beispiel</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Übernehmen als</source>
        <translation>Take over as</translation>
    </message>
    <message>
        <source>Überschriften in Zeile %1.</source>
        <translation>Headers in row %1.</translation>
    </message>
    <message>
        <source>Ohne Überschriftenzeile: alle Zeilen sind Daten.</source>
        <translation>No header row: every row is data.</translation>
    </message>
    <message>
        <source>Bitte rechts zuordnen, welche Spalte %1 enthält – oder oben die Zeile mit den Überschriften wählen.</source>
        <translation>Please assign on the right which column holds %1 – or choose the header row above.</translation>
    </message>
    <message>
        <source>den Namen (Vorname, Nachname) oder die E-Mail-Adresse</source>
        <translation>the name (first name, last name) or the e-mail address</translation>
    </message>
    <message>
        <source>den Preisträger (Organisation oder Personen)</source>
        <translation>the winner (organisation or persons)</translation>
    </message>
    <message>
        <source>(nicht übernehmen)</source>
        <translation>(do not take over)</translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message>
        <source>%1: %2 ändern</source>
        <translation>%1: change %2</translation>
    </message>
    <message>
        <source>Wählen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Word-Dokumente (*.docx);;Alle Dateien (*)</source>
        <translation>Word documents (*.docx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>PhotosPage</name>
    <message>
        <source>Bilddateien hierher ziehen, um sie hinzuzufügen</source>
        <translation>Drag image files here to add them</translation>
    </message>
    <message>
        <source>Ausgewähltes Foto</source>
        <translation>Selected photo</translation>
    </message>
    <message>
        <source>Bildunterschrift:</source>
        <translation>Caption:</translation>
    </message>
    <message>
        <source>Was ist zu sehen?</source>
        <translation>What can be seen?</translation>
    </message>
    <message>
        <source>Bildnachweis:</source>
        <translation>Photo credit:</translation>
    </message>
    <message>
        <source>z. B. Stadt Dortmund / Stephan Schütze</source>
        <translation>e.g. Stadt Dortmund / Stephan Schütze</translation>
    </message>
    <message>
        <source>Erscheint als „Bild: …“ überall, wo das Foto verwendet wird.</source>
        <translation>Appears as “Bild: …” wherever the photo is used.</translation>
    </message>
    <message>
        <source>Personen von links:</source>
        <translation>People from left:</translation>
    </message>
    <message>
        <source>eine Person je Zeile, von links nach rechts</source>
        <translation>one person per line, from left to right</translation>
    </message>
    <message>
        <source>Alternativtext:</source>
        <translation>Alternative text:</translation>
    </message>
    <message>
        <source>Beschreibung für blinde Menschen (Barrierefreiheit)</source>
        <translation>Description for blind people (accessibility)</translation>
    </message>
    <message>
        <source>Gehört zu:</source>
        <translation>Belongs to:</translation>
    </message>
    <message>
        <source>Einverständnis der abgebildeten Personen liegt vor</source>
        <translation>The people shown have given their consent</translation>
    </message>
    <message>
        <source>Der Medieninformation beifügen</source>
        <translation>Attach to the press release</translation>
    </message>
    <message>
        <source>Im Newsroom-Artikel zeigen</source>
        <translation>Show in the newsroom article</translation>
    </message>
    <message>
        <source>Fotos hinzufügen…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Foto löschen</source>
        <translation>Delete photo</translation>
    </message>
    <message>
        <source>Fotos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Fotos einfach hierher ziehen oder über „Fotos hinzufügen…“ wählen. Jedes Foto braucht einen Bildnachweis.</source>
        <translation>Simply drag photos here or choose them with “Add photos…”. Every photo needs a credit.</translation>
    </message>
    <message>
        <source>Links ein Foto auswählen.</source>
        <translation>Select a photo on the left.</translation>
    </message>
    <message>
        <source>(keinem Preisträger)</source>
        <translation>(no winner)</translation>
    </message>
    <message>
        <source>Foto ändern</source>
        <translation>Change photo</translation>
    </message>
    <message>
        <source>Bildnachweis aus der Preisträgerliste übernommen: „%1“ – bei Bedarf ändern.</source>
        <translation>Photo credit taken from the winners list: “%1” – change it if needed.</translation>
    </message>
    <message>
        <source>Keine lesbaren Bilder gefunden (JPG, PNG, WebP oder TIFF).</source>
        <translation>No readable images found (JPG, PNG, WebP or TIFF).</translation>
    </message>
    <message numerus="yes">
        <source>%n Fotos hinzufügen</source>
        <translation>
            <numerusform>Add %n photo</numerusform>
            <numerusform>Add %n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Fotos wählen</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>Bilder (*.jpg *.jpeg *.png *.webp *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>PrecedenceDialog</name>
    <message>
        <source>Rangfolge bearbeiten</source>
        <translation>Edit order of precedence</translation>
    </message>
    <message>
        <source>Nur Gäste dieser Kategorien erhalten einen Rang-Vorschlag (mit Komma trennen).</source>
        <translation>Only guests of these categories get a suggested rank (separate with commas).</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Funktionen (mit Komma trennen)</source>
        <translation>Functions (separate with commas)</translation>
    </message>
    <message>
        <source>Vorschläge für die Kategorien:</source>
        <translation>Suggestions for the categories:</translation>
    </message>
    <message>
        <source>Niedriger Rang = früher begrüßt. Eine Funktion wird am Wortanfang erkannt, die weibliche Form (-in, -innen) ebenso. Die Änderungen gelten nur für dieses Projekt.</source>
        <translation>Lower rank = greeted earlier. A function is recognised at the start of a word, the feminine form (-in, -innen) as well. Changes apply to this project only.</translation>
    </message>
    <message>
        <source>Rang hinzufügen</source>
        <translation>Add rank</translation>
    </message>
    <message>
        <source>Ausgewählte entfernen</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Mitgelieferte Rangfolge verwenden</source>
        <translation>Use the bundled order of precedence</translation>
    </message>
    <message>
        <source>Zeile %1: Der Rang muss eine Zahl sein.</source>
        <translation>Row %1: the rank must be a number.</translation>
    </message>
    <message>
        <source>eigene Rangfolge</source>
        <translation>own order of precedence</translation>
    </message>
</context>
<context>
    <name>Preise</name>
    <message>
        <source>Platzierung</source>
        <translation>Ranked</translation>
    </message>
    <message>
        <source>Sonderpreis</source>
        <translation>Special prize</translation>
    </message>
    <message>
        <source>Ehrenpreis</source>
        <translation>Honorary prize</translation>
    </message>
    <message>
        <source>Preis</source>
        <translation>Prize</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Eigene Bezeichnung</source>
        <translation>Own name</translation>
    </message>
    <message>
        <source>Preisgeld</source>
        <translation>Prize money</translation>
    </message>
    <message>
        <source>Preisträger</source>
        <translation>Winner</translation>
    </message>
    <message>
        <source>Laudatio</source>
        <translation>Laudation</translation>
    </message>
    <message>
        <source>(kein Preis)</source>
        <translation>(no prize)</translation>
    </message>
    <message>
        <source>(ohne Namen)</source>
        <translation>(no name)</translation>
    </message>
    <message numerus="yes">
        <source>%n Zeichen</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>fehlt</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>So wird jede Zeile übernommen, mit den gelesenen Werten. Zeilen mit Fehlern werden ausgelassen; die Hinweise sagen, was zu ändern ist.</source>
        <translation>This is how each row will be imported, with the values read. Rows with errors are left out; the notes say what to change.</translation>
    </message>
    <message>
        <source>nur Probleme</source>
        <translation>problems only</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>wie Zeile</source>
        <translation>like row</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Mögliche Doppelte – bitte je Zeile entscheiden:</source>
        <translation>Possible duplicates – please decide for each row:</translation>
    </message>
    <message>
        <source>Vorschau wird berechnet …</source>
        <translation>Calculating preview …</translation>
    </message>
    <message>
        <source>Ergebnis: %1</source>
        <translation>Result: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Vorherige Seite (Bild auf)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <source>Nächste Seite (Bild ab)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <source>Verkleinern (Strg+Minus)</source>
        <translation>Zoom out (Ctrl+Minus)</translation>
    </message>
    <message>
        <source>Vergrößern (Strg+Plus)</source>
        <translation>Zoom in (Ctrl+Plus)</translation>
    </message>
    <message>
        <source>Breite</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Auf Fensterbreite einpassen</source>
        <translation>Fit to window width</translation>
    </message>
    <message>
        <source>Seite %1 von %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <source>Aufbewahrung</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Gästedaten löschen ab:</source>
        <translation>Delete guest data from:</translation>
    </message>
    <message>
        <source>Gästedaten endgültig löschen…</source>
        <translation>Delete guest data for good…</translation>
    </message>
    <message>
        <source>Auskunft für eine Person (Art. 15 DSGVO)</source>
        <translation>Data access request for a person (Art. 15 GDPR)</translation>
    </message>
    <message>
        <source>Name oder E-Mail-Adresse, z. B. Birgit Sonnenberg</source>
        <translation>Name or e-mail address, e.g. Birgit Sonnenberg</translation>
    </message>
    <message>
        <source>Auskunft speichern…</source>
        <translation>Save data access report…</translation>
    </message>
    <message>
        <source>Speichert alles, was dieses Projekt zu der Person enthält, mit der Fundstelle – als Antwort auf eine Auskunftsanfrage.</source>
        <translation>Saves everything this project holds about the person, with where it was found – to answer a data access request.</translation>
    </message>
    <message>
        <source>Es sind keine Gästedaten gespeichert.</source>
        <translation>No guest data is stored.</translation>
    </message>
    <message>
        <source>%1 Gäste gespeichert; keine Frist eingetragen.</source>
        <translation>%1 guests stored; no retention date entered.</translation>
    </message>
    <message>
        <source>%1 Gäste gespeichert; die Frist ist am %2 abgelaufen – bitte die Gästedaten löschen.</source>
        <translation>%1 guests stored; the retention period ended on %2 – please delete the guest data.</translation>
    </message>
    <message>
        <source>%1 Gäste gespeichert; zu löschen ab %2.</source>
        <translation>%1 guests stored; to be deleted from %2.</translation>
    </message>
    <message>
        <source>Löschfrist ändern</source>
        <translation>Change retention date</translation>
    </message>
    <message>
        <source>%1 Gäste werden mit allen Angaben gelöscht.</source>
        <translation>%1 guests will be deleted with all their data.</translation>
    </message>
    <message>
        <source>In %1 Fotoangaben werden Gästenamen durch „N. N.“ ersetzt.</source>
        <translation>In %1 photo descriptions guest names will be replaced by “N. N.”.</translation>
    </message>
    <message>
        <source>Gästedaten endgültig löschen</source>
        <translation>Delete guest data for good</translation>
    </message>
    <message>
        <source>Das lässt sich nicht rückgängig machen: Die Projektdatei wird neu aufgebaut, Vorschauen und Sicherungskopien mit Gästedaten werden gelöscht. Preisträger, Laudationes und Fotos bleiben.</source>
        <translation>This cannot be undone: the project file is rebuilt, previews and backup copies with guest data are deleted. Winners, laudations and photos stay.</translation>
    </message>
    <message>
        <source>Endgültig löschen</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <source>Es wurde nichts gelöscht.</source>
        <translation>Nothing was deleted.</translation>
    </message>
    <message>
        <source>Sicherungskopie „%1“ konnte nicht gelöscht werden (%2).</source>
        <translation>Backup copy “%1” could not be deleted (%2).</translation>
    </message>
    <message>
        <source>Bereits erzeugte Gästelisten, Namensschilder usw. bitte ebenfalls löschen.</source>
        <translation>Please also delete guest lists, name badges etc. created earlier.</translation>
    </message>
    <message>
        <source>Auskunft</source>
        <translation>Data access</translation>
    </message>
    <message>
        <source>Bitte zuerst den Namen der Person eingeben.</source>
        <translation>Please enter the person&apos;s name first.</translation>
    </message>
    <message>
        <source>Auskunft speichern</source>
        <translation>Save data access report</translation>
    </message>
    <message>
        <source>JSON-Datei (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>Die Datei „%1“ kann nicht geschrieben werden (%2). Bitte einen anderen Speicherort wählen.</source>
        <translation>The file “%1” cannot be written (%2). Please choose another location.</translation>
    </message>
    <message>
        <source>%1 Fundstellen zu „%2“ gespeichert in %3.</source>
        <translation>%1 records about “%2” saved in %3.</translation>
    </message>
    <message>
        <source>Zu „%2“ ist in diesem Projekt nichts gespeichert (Datei %3 trotzdem angelegt).</source>
        <translation>Nothing is stored about “%2” in this project (file %3 created all the same).</translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message>
        <source>Projekt öffnen</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Das Programm, das die Datei gesperrt hat, läuft nicht mehr. Die Sperre übernehmen und die Datei bearbeiten – oder nur zum Lesen öffnen?</source>
        <translation>The program that locked the file is no longer running. Take over the lock and edit the file – or open it read-only?</translation>
    </message>
    <message>
        <source>Sperre übernehmen</source>
        <translation>Take over lock</translation>
    </message>
    <message>
        <source>Nur zum Lesen: alles ansehen und Dokumente erstellen, aber nichts ändern. Eine bearbeitbare Kopie legt danach „Datei › Speichern unter…“ an.</source>
        <translation>Read-only: look at everything and create documents, but change nothing. “File › Save as…” then makes an editable copy.</translation>
    </message>
    <message>
        <source>Nur zum Lesen öffnen</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Neues Projekt</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>CeremonyKit-Projekte (*%1)</source>
        <translation>CeremonyKit projects (*%1)</translation>
    </message>
</context>
<context>
    <name>ProtocolOrderDialog</name>
    <message>
        <source>Begrüßungsreihenfolge</source>
        <translation>Order of greeting</translation>
    </message>
    <message>
        <source>(Vorschlag aus der Funktion)</source>
        <translation>(suggested from the function)</translation>
    </message>
    <message>
        <source>– noch ohne Zusage</source>
        <translation>– not yet accepted</translation>
    </message>
    <message>
        <source>Rang %1</source>
        <translation>Rank %1</translation>
    </message>
    <message>
        <source>Mit der Maus in die Reihenfolge ziehen, in der begrüßt wird (oder „Nach oben“/„Nach unten“). Mit OK erhalten die Gäste die Protokoll-Ränge 10, 20, 30 … in dieser Reihenfolge.</source>
        <translation>Drag the guests into the order in which they are greeted (or use “Move up”/“Move down”). OK gives them the protocol ranks 10, 20, 30 … in this order.</translation>
    </message>
    <message>
        <source>Nach oben</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Nach unten</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>Prüfung</name>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Betrifft</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Was zu tun ist</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message>
        <source>Beim Öffnen der Datei übernimmt die Schaltfläche „Sperre übernehmen“ die Sperre.</source>
        <translation>When opening the file, the “Take over lock” button takes over the lock.</translation>
    </message>
    <message>
        <source>Im Import-Assistenten ordnet der Schritt „Spalten zuordnen“ die Spalten zu.</source>
        <translation>In the import wizard, the “Map columns” step assigns the columns.</translation>
    </message>
    <message>
        <source>Im Import-Assistenten wählt der Schritt „Tabellenblatt wählen“ das Blatt, der Schritt „Spalten zuordnen“ ordnet die Spalten zu.</source>
        <translation>In the import wizard, the “Choose sheet” step picks the sheet and the “Map columns” step assigns the columns.</translation>
    </message>
    <message>
        <source>Beim Erstellen der Dokumente fragt das Programm, ob die Vorlage verwendet werden soll – dort mit „Ja“ erlauben.</source>
        <translation>When creating the documents, the program asks whether to use the template – allow it there with “Yes”.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Letzter Importbericht</source>
        <translation>Last import report</translation>
    </message>
    <message>
        <source>nur Probleme</source>
        <translation>problems only</translation>
    </message>
    <message>
        <source>Import aus „%1“</source>
        <translation>Import from “%1”</translation>
    </message>
</context>
<context>
    <name>SenderDialog</name>
    <message>
        <source>Absender und Hausstil</source>
        <translation>Sender and house style</translation>
    </message>
    <message>
        <source>Kopf der Medieninformation</source>
        <translation>Press release header</translation>
    </message>
    <message>
        <source>Absender:</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <source>Pressestelle:</source>
        <translation>Press office:</translation>
    </message>
    <message>
        <source>Verantwortlich:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>Straße:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <source>PLZ:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>Ort:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <source>E-Mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Internet (eine je Zeile):</source>
        <translation>Web (one per line):</translation>
    </message>
    <message>
        <source>Kontakt und Stil</source>
        <translation>Contact and style</translation>
    </message>
    <message>
        <source>Ansprechperson:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>Nächste laufende Nummer:</source>
        <translation>Next running number:</translation>
    </message>
    <message>
        <source>3. Juli 2018</source>
        <translation>3. Juli 2018</translation>
    </message>
    <message>
        <source>Datumsformat:</source>
        <translation>Date format:</translation>
    </message>
    <message>
        <source>Preisträgerinnen und Preisträger</source>
        <translation>Preisträgerinnen und Preisträger (pair form)</translation>
    </message>
    <message>
        <source>Preisträger*innen</source>
        <translation>Preisträger*innen (gender star)</translation>
    </message>
    <message>
        <source>neutral (Ausgezeichnete)</source>
        <translation>neutral (Ausgezeichnete)</translation>
    </message>
    <message>
        <source>Gendern:</source>
        <translation>Gender-inclusive wording:</translation>
    </message>
    <message>
        <source>Logo wählen…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Unterschriften auf Urkunden und Schecks</source>
        <translation>Signatures on certificates and cheques</translation>
    </message>
    <message>
        <source>Eine Zeile wählen, um ihr Unterschriftsbild zu sehen.</source>
        <translation>Select a row to see its signature image.</translation>
    </message>
    <message>
        <source>Unterschriftsbild wählen…</source>
        <translation>Choose signature image…</translation>
    </message>
    <message>
        <source>Unterschrift hinzufügen</source>
        <translation>Add signature</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Als Vorlage für neue Projekte speichern</source>
        <translation>Save as default for new projects</translation>
    </message>
    <message>
        <source>Neue Projekte übernehmen diesen Absender automatisch.</source>
        <translation>New projects take over this sender automatically.</translation>
    </message>
    <message>
        <source>Diese Angaben stehen im Kopf jeder Medieninformation. Änderungen gelten sofort für dieses Projekt.</source>
        <translation>These details appear in the header of every press release. Changes apply to this project at once.</translation>
    </message>
    <message>
        <source>Absender ändern</source>
        <translation>Change sender</translation>
    </message>
    <message>
        <source>fehlt</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>vorhanden</source>
        <translation>present</translation>
    </message>
    <message>
        <source>zu klein</source>
        <translation>too small</translation>
    </message>
    <message>
        <source>kein Logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>kein Bild</source>
        <translation>no image</translation>
    </message>
    <message>
        <source>Ohne Bild erscheint nur die Linie zum Unterschreiben von Hand.</source>
        <translation>Without an image only the line for a handwritten signature appears.</translation>
    </message>
    <message>
        <source>Unterschriftsbild wählen</source>
        <translation>Choose signature image</translation>
    </message>
    <message>
        <source>Unterschriftsbild ändern</source>
        <translation>Change signature image</translation>
    </message>
    <message>
        <source>Logo wählen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo ändern</source>
        <translation>Change logo</translation>
    </message>
    <message>
        <source>Unterschrift ändern</source>
        <translation>Change signature</translation>
    </message>
    <message>
        <source>Neue Unterschrift</source>
        <translation>New signature</translation>
    </message>
    <message>
        <source>Unterschrift entfernen</source>
        <translation>Remove signature</translation>
    </message>
    <message>
        <source>Absender und Hausstil – als Vorlage gespeichert</source>
        <translation>Sender and house style – saved as default</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sprache der Oberfläche:</source>
        <translation>User interface language:</translation>
    </message>
    <message>
        <source>Die Sprache wechselt beim nächsten Start von CeremonyKit. Die Dokumente bleiben deutsch.</source>
        <translation>The language changes the next time CeremonyKit starts. The documents stay German.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Tabellenblatt wählen</source>
        <translation>Choose sheet</translation>
    </message>
    <message>
        <source>Das Blatt mit der Liste auswählen; unten stehen seine ersten Zeilen. Was in der Liste steht, erkennt CeremonyKit an den Überschriften.</source>
        <translation>Choose the sheet with the list; its first rows are shown below. CeremonyKit recognises from the headers what the list holds.</translation>
    </message>
    <message>
        <source>Was steht in der Tabelle?</source>
        <translation>What does the table contain?</translation>
    </message>
    <message>
        <source>Gäste</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Preisträger</source>
        <translation>Winners</translation>
    </message>
    <message>
        <source>Bewerbungen</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>%1 – %2 Zeilen</source>
        <translation>%1 – %2 rows</translation>
    </message>
    <message>
        <source> (ausgeblendet)</source>
        <translation> (hidden)</translation>
    </message>
    <message>
        <source>Die Überschriften verraten nicht, was in der Liste steht – bitte oben wählen.</source>
        <translation>The headers do not tell what the list holds – please choose above.</translation>
    </message>
    <message>
        <source>Erkannt an den Überschriften: %1 (bei Bedarf oben ändern).</source>
        <translation>Recognised from the headers: %1 (change above if needed).</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Willkommen bei CeremonyKit</source>
        <translation>Welcome to CeremonyKit</translation>
    </message>
    <message>
        <source>Eine Projektdatei pro Preisverleihung: Preise, Preisträger, Laudationes, Fotos und Gäste an einem Ort – und alle Dokumente daraus.</source>
        <translation>One project file per award ceremony: prizes, winners, laudations, photos and guests in one place – and every document made from it.</translation>
    </message>
    <message>
        <source>Neues Projekt anlegen…</source>
        <translation>Create new project…</translation>
    </message>
    <message>
        <source>Eine neue, leere Projektdatei für eine Verleihung anlegen</source>
        <translation>Create a new, empty project file for a ceremony</translation>
    </message>
    <message>
        <source>Projekt öffnen…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <source>Eine vorhandene .ceremony-Datei öffnen</source>
        <translation>Open an existing .ceremony file</translation>
    </message>
    <message>
        <source>Beispielprojekt ausprobieren…</source>
        <translation>Try the example project…</translation>
    </message>
    <message>
        <source>Ein vollständig ausgefülltes, erfundenes Beispiel zum Kennenlernen anlegen</source>
        <translation>Create a completely filled-in, invented example to get to know the program</translation>
    </message>
    <message>
        <source>Zuletzt geöffnet:</source>
        <translation>Recently opened:</translation>
    </message>
</context>
<context>
    <name>TablesDialog</name>
    <message>
        <source>Tische verwalten</source>
        <translation>Manage tables</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>Belegt</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <source>Gäste wählen ihren Tisch aus dieser Liste. Wird ein Tisch umbenannt, wechseln seine Gäste mit. „Belegt“ zählt Gäste ohne Absage mit ihrer Begleitung.</source>
        <translation>Guests choose their table from this list. When a table is renamed, its guests move with it. “Occupied” counts guests who have not declined, with their companions.</translation>
    </message>
    <message>
        <source>Tisch hinzufügen</source>
        <translation>Add table</translation>
    </message>
    <message>
        <source>Ausgewählte entfernen</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>rund</source>
        <translation>round</translation>
    </message>
    <message>
        <source>eckig</source>
        <translation>square</translation>
    </message>
    <message>
        <source>Tafel</source>
        <translation>banquet</translation>
    </message>
</context>
<context>
    <name>Unterschriften</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Unterschriftsbild</source>
        <translation>Signature image</translation>
    </message>
</context>
<context>
    <name>WinnerEditor</name>
    <message>
        <source>Preisträger</source>
        <translation>Winner</translation>
    </message>
    <message>
        <source>Welchen Preis erhält dieser Preisträger?</source>
        <translation>Which prize does this winner receive?</translation>
    </message>
    <message>
        <source>Preis:</source>
        <translation>Prize:</translation>
    </message>
    <message>
        <source>ohne Preisgeld</source>
        <translation>no prize money</translation>
    </message>
    <message>
        <source>Das Preisgeld gehört zum Preis und gilt für alle seine Preisträger.</source>
        <translation>The prize money belongs to the prize and applies to all its winners.</translation>
    </message>
    <message>
        <source>Preisgeld (€):</source>
        <translation>Prize money (€):</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>leer lassen bei Einzelpersonen</source>
        <translation>leave empty for individuals</translation>
    </message>
    <message>
        <source>Projekt:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Titel des Projekts</source>
        <translation>Title of the project</translation>
    </message>
    <message>
        <source>Beschreibung:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Zwei, drei Sätze für Medieninformation und Artikel</source>
        <translation>Two or three sentences for press release and article</translation>
    </message>
    <message>
        <source>Personen (Vertretung oder Ausgezeichnete)</source>
        <translation>People (representatives or honourees)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <source>Herr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>Anrede</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>die Organisation (eine Urkunde)</source>
        <translation>the organisation (one certificate)</translation>
    </message>
    <message>
        <source>die Personen (je eine Urkunde, mit der Organisation genannt)</source>
        <translation>the persons (one certificate each, naming the organisation)</translation>
    </message>
    <message>
        <source>Wer ist ausgezeichnet, wenn Organisation und Personen eingetragen sind? Bei den Personen nennen Medieninformation und Artikel sie mit der Organisation, und jede Person erhält eine eigene Urkunde.</source>
        <translation>Who is honoured when both an organisation and persons are entered? For the persons, release and article name them with the organisation, and each person gets a certificate.</translation>
    </message>
    <message>
        <source>Geehrt werden:</source>
        <translation>Honoured:</translation>
    </message>
    <message>
        <source>die Organisation</source>
        <translation>the organisation</translation>
    </message>
    <message>
        <source>die Personen</source>
        <translation>the persons</translation>
    </message>
    <message>
        <source>Wem das Preisgeld auf dem Scheck zugeschrieben wird, wenn Personen geehrt werden.</source>
        <translation>Whom the cheque names as payee when persons are honoured.</translation>
    </message>
    <message>
        <source>Scheck ausgestellt auf:</source>
        <translation>Cheque made out to:</translation>
    </message>
    <message>
        <source>Person hinzufügen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Person entfernen</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Laudatio</source>
        <translation>Laudation</translation>
    </message>
    <message>
        <source>Laudatorin/Laudator:</source>
        <translation>Laudator:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Text der Laudatio</source>
        <translation>Text of the laudation</translation>
    </message>
    <message>
        <source>Zitate</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Zitat</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Wer sagt es</source>
        <translation>Who says it</translation>
    </message>
    <message>
        <source>Vor der Rede</source>
        <translation>Before the speech</translation>
    </message>
    <message>
        <source>Zitat hinzufügen</source>
        <translation>Add quote</translation>
    </message>
    <message>
        <source>Zitat entfernen</source>
        <translation>Remove quote</translation>
    </message>
    <message>
        <source>Links einen Preisträger auswählen oder mit „Preisträger hinzufügen“ einen neuen anlegen.</source>
        <translation>Select a winner on the left or create a new one with “Add winner”.</translation>
    </message>
    <message>
        <source>(kein Preis)</source>
        <translation>(no prize)</translation>
    </message>
    <message>
        <source>%1 Zeichen (mit Leerzeichen) · etwa %2 Min. Redezeit</source>
        <translation>%1 characters (with spaces) · about %2 min. speaking time</translation>
    </message>
    <message>
        <source>Preisgeld ändern</source>
        <translation>Change prize money</translation>
    </message>
    <message>
        <source>Preisträger „%1“ ändern</source>
        <translation>Change winner “%1”</translation>
    </message>
</context>
<context>
    <name>WinnersPage</name>
    <message>
        <source>Preise &amp; Preisträger</source>
        <translation>Prizes &amp; winners</translation>
    </message>
    <message>
        <source>Preise mit Preisgeld; Art, Rang, Bezeichnung und Betrag per Doppelklick ändern.</source>
        <translation>Prizes with prize money; double-click to change type, rank, name and amount.</translation>
    </message>
    <message>
        <source>Preis hinzufügen</source>
        <translation>Add prize</translation>
    </message>
    <message>
        <source>Preis löschen</source>
        <translation>Delete prize</translation>
    </message>
    <message>
        <source>Preisträger: rechts im Detail bearbeiten.</source>
        <translation>Winners: edit the details on the right.</translation>
    </message>
    <message>
        <source>Preisträger hinzufügen</source>
        <translation>Add winner</translation>
    </message>
    <message>
        <source>Preisträger löschen</source>
        <translation>Delete winner</translation>
    </message>
    <message>
        <source>Preis ändern</source>
        <translation>Change prize</translation>
    </message>
    <message>
        <source>Neuer Preisträger</source>
        <translation>New winner</translation>
    </message>
    <message>
        <source>Preisträger „%1“ löschen</source>
        <translation>Delete winner “%1”</translation>
    </message>
</context>
</TS>
