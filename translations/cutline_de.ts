<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>line %1, column %2: a quoted field is never closed (a &quot; is missing).</source>
        <translation>Zeile %1, Spalte %2: Ein Feld in Anführungszeichen wird nie geschlossen (ein &quot; fehlt).</translation>
    </message>
    <message>
        <source>line %1, column %2: text follows the closing quote of a quoted field; write a quote inside a field as &quot;&quot;.</source>
        <translation>Zeile %1, Spalte %2: Nach dem schließenden Anführungszeichen folgt noch Text; schreiben Sie ein Anführungszeichen innerhalb eines Feldes als &quot;&quot;.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot;.</source>
        <translation>die Datei ist kein UTF-8-Text; speichern Sie sie als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not available.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt does not expose its handle.</source>
        <translation>Der SQLite-Treiber von Qt gibt sein Handle nicht heraus.</translation>
    </message>
    <message>
        <source>Out of memory reading %1 bytes.</source>
        <translation>Nicht genug Speicher, um %1 Bytes zu lesen.</translation>
    </message>
    <message>
        <source>SQLite could not serialize the workshop: %1</source>
        <translation>SQLite konnte den Workshop nicht serialisieren: %1</translation>
    </message>
    <message>
        <source>There is no migration from schema version %1.</source>
        <translation>Es gibt keine Migration von Schemaversion %1.</translation>
    </message>
    <message>
        <source>%1: %2 %3.</source>
        <translation>%1: %2 %3.</translation>
    </message>
    <message>
        <source>is stored as text &quot;%1&quot;, not as a number</source>
        <translation>ist als Text „%1“ gespeichert, nicht als Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind Cutline knows</source>
        <translation>„%1“ ist keine Art, die Cutline kennt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decision Cutline knows</source>
        <translation>„%1“ ist keine Entscheidung, die Cutline kennt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>the workshop&apos;s settings are missing</source>
        <translation>die Einstellungen des Workshops fehlen</translation>
    </message>
    <message>
        <source>the workshop date &quot;%1&quot; is not a date</source>
        <translation>das Workshop-Datum „%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>a link has the unknown type &quot;%1&quot;</source>
        <translation>eine Verknüpfung hat den unbekannten Typ „%1“</translation>
    </message>
    <message>
        <source>the scoring framework &quot;%1&quot; is unknown</source>
        <translation>das Bewertungsverfahren „%1“ ist unbekannt</translation>
    </message>
    <message>
        <source>a quadrant threshold is not a number</source>
        <translation>eine Quadrantengrenze ist keine Zahl</translation>
    </message>
    <message>
        <source>a quadrant threshold is out of range</source>
        <translation>eine Quadrantengrenze liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>the review delay of %1 days is out of range</source>
        <translation>die Prüffrist von %1 Tagen liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>the sign-off time &quot;%1&quot; is not a time</source>
        <translation>der Freigabezeitpunkt „%1“ ist keine Zeitangabe</translation>
    </message>
    <message>
        <source>the decision log has a broken entry for %1</source>
        <translation>das Entscheidungsprotokoll hat einen defekten Eintrag für %1</translation>
    </message>
    <message>
        <source>%1: the score %2 on &quot;%3&quot; is outside 0–10.</source>
        <translation>%1: die Bewertung %2 für „%3“ liegt außerhalb von 0–10.</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a number above 0</source>
        <translation>%1 „%2“ ist keine Zahl über 0</translation>
    </message>
    <message>
        <source>the odds sample count %1 is out of range</source>
        <translation>die Stichprobenzahl %1 der Chancen liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>low capacity</source>
        <translation>untere Kapazität</translation>
    </message>
    <message>
        <source>high capacity</source>
        <translation>obere Kapazität</translation>
    </message>
    <message>
        <source>the odds&apos; shared error %1 is out of range</source>
        <translation>der gemeinsame Fehler %1 der Chancen liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>a value range names candidate %1, which does not exist</source>
        <translation>eine Wertspanne nennt Kandidat %1, den es nicht gibt</translation>
    </message>
    <message>
        <source>low value</source>
        <translation>unterer Wert</translation>
    </message>
    <message>
        <source>high value</source>
        <translation>oberer Wert</translation>
    </message>
    <message>
        <source>%1: the %2 &quot;%3&quot; is not a date</source>
        <translation>%1: %2 „%3“ ist kein Datum</translation>
    </message>
    <message>
        <source>a bet belongs to no candidate (id %1)</source>
        <translation>eine Wette gehört zu keinem Kandidaten (ID %1)</translation>
    </message>
    <message>
        <source>bet&apos;s review date</source>
        <translation>das Review-Datum der Wette</translation>
    </message>
    <message>
        <source>a review belongs to no candidate (id %1)</source>
        <translation>ein Review gehört zu keinem Kandidaten (ID %1)</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>das Review-Datum</translation>
    </message>
    <message>
        <source>%1: the review&apos;s outcome &quot;%2&quot;/&quot;%3&quot; is unknown</source>
        <translation>%1: Das Ergebnis des Reviews „%2“/„%3“ ist unbekannt</translation>
    </message>
    <message>
        <source>a tracker source names candidate %1, which does not exist</source>
        <translation>eine Tracker-Quelle nennt Kandidat %1, den es nicht gibt</translation>
    </message>
    <message>
        <source>an imported value names candidate %1, which has no source</source>
        <translation>ein importierter Wert nennt Kandidat %1, der keine Quelle hat</translation>
    </message>
</context>
<context>
    <name>cutline</name>
    <message>
        <source>(continued)</source>
        <translation>(Fortsetzung)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>cutline::BetsTable</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review-Datum</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>Bets</source>
        <translation>Wetten</translation>
    </message>
</context>
<context>
    <name>cutline::Calibration</name>
    <message>
        <source>efforts ran %1× long (median of %2): consider scaling new estimates by %1.</source>
        <translation>die Aufwände waren %1× so lang (Median von %2): neue Schätzungen ggf. mit %1 multiplizieren.</translation>
    </message>
    <message>
        <source>efforts ran short, at %1× the estimate (median of %2): estimates may carry padding.</source>
        <translation>die Aufwände waren kürzer, %1× die Schätzung (Median von %2): die Schätzungen enthalten womöglich Puffer.</translation>
    </message>
    <message>
        <source>only %1 of %2 actuals landed inside the stated 80 % range: widen the ranges.</source>
        <translation>nur %1 von %2 Ist-Aufwänden lagen in der angegebenen 80-%-Spanne: Spannen weiter fassen.</translation>
    </message>
    <message>
        <source>all %1 actuals landed inside the stated 80 % range: the ranges may be wider than needed.</source>
        <translation>alle %1 Ist-Aufwände lagen in der angegebenen 80-%-Spanne: die Spannen sind womöglich weiter als nötig.</translation>
    </message>
    <message>
        <source>bets were overconfident: %1 % confidence on average, targets hit %2 % of the time.</source>
        <translation>die Wetten waren zu zuversichtlich: im Mittel %1 % Zuversicht, Ziele in %2 % der Fälle getroffen.</translation>
    </message>
    <message>
        <source>bets were underconfident: %1 % confidence on average, targets hit %2 % of the time.</source>
        <translation>die Wetten waren zu vorsichtig: im Mittel %1 % Zuversicht, Ziele in %2 % der Fälle getroffen.</translation>
    </message>
    <message>
        <source>This workshop</source>
        <translation>Dieser Workshop</translation>
    </message>
    <message>
        <source>Calibration over %1 reviewed candidates.</source>
        <translation>Kalibrierung über %1 überprüfte Kandidaten.</translation>
    </message>
    <message>
        <source>Reviewed so far: %1. Calibration needs at least %2 reviews: %3 more.</source>
        <translation>Bisher überprüft: %1. Die Kalibrierung braucht mindestens %2 Reviews: noch %3.</translation>
    </message>
</context>
<context>
    <name>cutline::CalibrationDialog</name>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Calibration figures</source>
        <translation>Kalibrierungszahlen</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestions&lt;/b&gt; (nothing is changed for you):</source>
        <translation>&lt;b&gt;Vorschläge&lt;/b&gt; (nichts wird für Sie geändert):</translation>
    </message>
</context>
<context>
    <name>cutline::CandidateDelegate</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>cutline::CandidateTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>⚠ missing %n</source>
        <translation>
            <numerusform>⚠ %n fehlt</numerusform>
            <numerusform>⚠ %n fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>The why is complete.</source>
        <translation>Das Warum ist vollständig.</translation>
    </message>
    <message>
        <source>Missing why: %1</source>
        <translation>Fehlendes Warum: %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>cutline::ChartPage</name>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Up:</source>
        <translation>&amp;Oben:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Click a bubble to select it; drag it to re-estimate (Ctrl+Z undoes).</source>
        <translation>Klicken wählt eine Blase aus; Ziehen schätzt neu (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Effort &amp;ranges</source>
        <translation>Aufwands&amp;spannen</translation>
    </message>
    <message>
        <source>Show each candidate&apos;s low and high effort as a whisker</source>
        <translation>Den unteren und oberen Aufwand jedes Kandidaten als Fehlerbalken zeigen</translation>
    </message>
</context>
<context>
    <name>cutline::ChartPainter</name>
    <message>
        <source>bubble size: risk 1–5</source>
        <translation>Blasengröße: Risiko 1–5</translation>
    </message>
    <message>
        <source>Effort (%1)</source>
        <translation>Aufwand (%1)</translation>
    </message>
    <message>
        <source>Impact (0–10)</source>
        <translation>Wirkung (0–10)</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Schnelle Erfolge</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Große Wetten</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <source>Time sinks</source>
        <translation>Zeitfresser</translation>
    </message>
    <message>
        <source>bubble size: risk 1–5; whiskers: effort low–high</source>
        <translation>Blasengröße: Risiko 1–5; Fehlerbalken: Aufwand niedrig–hoch</translation>
    </message>
</context>
<context>
    <name>cutline::Decision</name>
    <message>
        <source>Undecided</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>cutline::DecisionDialog</name>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>The reason, in a sentence or two</source>
        <translation>Die Begründung, in ein, zwei Sätzen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Decide (Ctrl+Return)</source>
        <translation>Entscheiden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>%1 will be committed.</source>
        <translation>%1 wird zugesagt.</translation>
    </message>
    <message>
        <source>%1 will be deferred.</source>
        <translation>%1 wird zurückgestellt.</translation>
    </message>
    <message>
        <source>%1 will be dropped.</source>
        <translation>%1 wird verworfen.</translation>
    </message>
    <message>
        <source>%1 will be left undecided.</source>
        <translation>%1 bleibt unentschieden.</translation>
    </message>
    <message>
        <source>The record shows it to everyone who was not in the room.</source>
        <translation>Das Protokoll zeigt sie allen, die nicht im Raum waren.</translation>
    </message>
    <message>
        <source>The plan would take it: leaving it out gives up a value of %1.</source>
        <translation>Der Plan würde es nehmen: Es auszulassen gibt einen Wert von %1 auf.</translation>
    </message>
    <message>
        <source>Deferring %1 needs a reason: the record shows it to everyone who was not in the room.</source>
        <translation>%1 zurückzustellen braucht eine Begründung: Das Protokoll zeigt sie allen, die nicht im Raum waren.</translation>
    </message>
    <message>
        <source>Dropping %1 needs a reason: the record shows it to everyone who was not in the room.</source>
        <translation>%1 zu verwerfen braucht eine Begründung: Das Protokoll zeigt sie allen, die nicht im Raum waren.</translation>
    </message>
    <message>
        <source>Committing %1 departs from the plan, which leaves it out: %2</source>
        <translation>%1 zuzusagen weicht vom Plan ab, der es auslässt: %2</translation>
    </message>
</context>
<context>
    <name>cutline::DecisionMenu</name>
    <message>
        <source>Commit</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation>Zurückstellen…</translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation>Verwerfen…</translation>
    </message>
</context>
<context>
    <name>cutline::DecisionRecord</name>
    <message>
        <source>Decision record</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>Impact and effort</source>
        <translation>Wirkung und Aufwand</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1: a decision record is written as .pdf, .html or .md.</source>
        <translation>%1: Ein Entscheidungsprotokoll wird als .pdf, .html oder .md geschrieben.</translation>
    </message>
    <message>
        <source>Dependencies (part %1 of %2)</source>
        <translation>Abhängigkeiten (Teil %1 von %2)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose a folder you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
</context>
<context>
    <name>cutline::Decisions</name>
    <message>
        <source>%1: say why it is deferred (a rationale is required).</source>
        <translation>%1: Sagen Sie, warum es verschoben wird (eine Begründung ist nötig).</translation>
    </message>
    <message>
        <source>%1: say why it is dropped (a rationale is required).</source>
        <translation>%1: Sagen Sie, warum es gestrichen wird (eine Begründung ist nötig).</translation>
    </message>
    <message>
        <source>%1: committing it departs from the plan, which leaves it out; say why (a rationale is required).</source>
        <translation>%1: Die Zusage weicht vom Plan ab, der es auslässt; sagen Sie, warum (eine Begründung ist nötig).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Below the cut line: %1</source>
        <translation>Unter der Schnittlinie: %1</translation>
    </message>
    <message>
        <source>Name the decider in the workshop settings first.</source>
        <translation>Nennen Sie zuerst die entscheidende Person in den Workshop-Einstellungen.</translation>
    </message>
    <message>
        <source>Nothing is decided yet.</source>
        <translation>Noch ist nichts entschieden.</translation>
    </message>
</context>
<context>
    <name>cutline::EditSettingsCommand</name>
    <message>
        <source>Edit workshop settings</source>
        <translation>Workshop-Einstellungen ändern</translation>
    </message>
</context>
<context>
    <name>cutline::Field</name>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <translation>Nutznießer</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>expected outcome</source>
        <translation>erwartetes Ergebnis</translation>
    </message>
    <message>
        <source>cost of not doing it</source>
        <translation>Kosten des Nichtstuns</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>low effort</source>
        <translation>niedriger Aufwand</translation>
    </message>
    <message>
        <source>high effort</source>
        <translation>hoher Aufwand</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>time criticality</source>
        <translation>Zeitkritikalität</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>verpflichtend</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>success metric</source>
        <translation>Erfolgskennzahl</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>Review-Datum</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>%1: %2 is missing.</source>
        <translation>%1: %2 fehlt.</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not a number.</source>
        <translation>%1: %2 „%3“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1: %2 is not a number (nan).</source>
        <translation>%1: %2 ist keine Zahl (nan).</translation>
    </message>
    <message>
        <source>%1: %2 must be finite, not %3.</source>
        <translation>%1: %2 muss endlich sein, nicht %3.</translation>
    </message>
    <message>
        <source>%1: %2 %3 is negative; it must be 0 or more.</source>
        <translation>%1: %2 %3 ist negativ; der Wert muss 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>%1: %2 %3 is outside %4–%5.</source>
        <translation>%1: %2 %3 liegt außerhalb von %4–%5.</translation>
    </message>
    <message>
        <source>%1: risk %2 must be a whole number from 1 to 5.</source>
        <translation>%1: Risiko %2 muss eine ganze Zahl von 1 bis 5 sein.</translation>
    </message>
    <message>
        <source>%1: low effort %2 is above the likely effort %3.</source>
        <translation>%1: der niedrige Aufwand %2 liegt über dem wahrscheinlichen Aufwand %3.</translation>
    </message>
    <message>
        <source>%1: high effort %2 is below the likely effort %3.</source>
        <translation>%1: der hohe Aufwand %2 liegt unter dem wahrscheinlichen Aufwand %3.</translation>
    </message>
    <message>
        <source>%1: effort %2 is below its low estimate %3.</source>
        <translation>%1: Aufwand %2 liegt unter der niedrigen Schätzung %3.</translation>
    </message>
    <message>
        <source>%1: effort %2 is above its high estimate %3.</source>
        <translation>%1: Aufwand %2 liegt über der hohen Schätzung %3.</translation>
    </message>
    <message>
        <source>%1: the key is empty.</source>
        <translation>%1: der Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; may not contain spaces at its ends, &apos;;&apos;, &apos;,&apos; or line breaks.</source>
        <translation>%1: der Schlüssel „%2“ darf keine Leerzeichen am Anfang oder Ende, kein „;“, kein „,“ und keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; is longer than %3 characters.</source>
        <translation>%1: der Schlüssel „%2“ ist länger als %3 Zeichen.</translation>
    </message>
    <message>
        <source>%1: the title is empty.</source>
        <translation>%1: der Titel ist leer.</translation>
    </message>
    <message>
        <source>%1: kind &quot;%2&quot; is not one of product, platform, compliance, research, stabilization.</source>
        <translation>%1: die Art „%2“ ist keine von product, platform, compliance, research, stabilization.</translation>
    </message>
    <message>
        <source>%1: decision &quot;%2&quot; is not one of undecided, commit, defer, drop.</source>
        <translation>%1: die Entscheidung „%2“ ist keine von undecided, commit, defer, drop.</translation>
    </message>
    <message>
        <source>%1: review date &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>%1: das Review-Datum „%2“ ist kein Datum (verwenden Sie JJJJ-MM-TT).</translation>
    </message>
</context>
<context>
    <name>cutline::GitHubJson</name>
    <message>
        <source>%1 is not valid JSON (at byte %2): %3.</source>
        <translation>%1 ist kein gültiges JSON (bei Byte %2): %3.</translation>
    </message>
    <message>
        <source>%1 is not a list of GitHub issues: `gh issue list --json number,title,body,labels,state` writes a JSON array.</source>
        <translation>%1 ist keine Liste von GitHub-Issues: `gh issue list --json number,title,body,labels,state` schreibt ein JSON-Array.</translation>
    </message>
    <message>
        <source>%1, issue %2 of the list: it has no number; left out.</source>
        <translation>%1, Issue %2 der Liste: Es hat keine Nummer; ausgelassen.</translation>
    </message>
</context>
<context>
    <name>cutline::GraphPage</name>
    <message>
        <source>Drag from one box to another: the second requires the first (Shift: alternatives). Click a link and press Delete to remove it. Ctrl+wheel zooms.</source>
        <translation>Von einem Kasten zum anderen ziehen: Der zweite setzt den ersten voraus (Umschalt: Alternativen). Eine Verbindung anklicken und Entf drücken, um sie zu entfernen. Strg+Mausrad zoomt.</translation>
    </message>
    <message>
        <source>Show the critical c&amp;hain</source>
        <translation>Kritische &amp;Kette zeigen</translation>
    </message>
    <message>
        <source>Hide &amp;implied links</source>
        <translation>&amp;Mitgemeinte Verbindungen ausblenden</translation>
    </message>
    <message>
        <source>Hide A → C where A → B → C already says it.</source>
        <translation>A → C ausblenden, wenn A → B → C es schon sagt.</translation>
    </message>
    <message>
        <source>Fit (Ctrl+0)</source>
        <translation>Einpassen (Strg+0)</translation>
    </message>
</context>
<context>
    <name>cutline::GraphView</name>
    <message>
        <source>Dependency graph</source>
        <translation>Abhängigkeitsgraph</translation>
    </message>
    <message>
        <source>No candidates yet. Add some, then link what requires what.</source>
        <translation>Noch keine Kandidaten. Legen Sie welche an und verbinden Sie dann, was was voraussetzt.</translation>
    </message>
    <message>
        <source>%1 and %2 are now alternatives.</source>
        <translation>%1 und %2 sind jetzt Alternativen.</translation>
    </message>
    <message>
        <source>%1 now requires %2.</source>
        <translation>%1 setzt jetzt %2 voraus.</translation>
    </message>
</context>
<context>
    <name>cutline::ImpactChart</name>
    <message>
        <source>Impact/effort chart</source>
        <translation>Wirkungs-/Aufwandsdiagramm</translation>
    </message>
    <message>
        <source>Effort (%1)</source>
        <translation>Aufwand (%1)</translation>
    </message>
    <message>
        <source>Impact (0–10)</source>
        <translation>Wirkung (0–10)</translation>
    </message>
    <message>
        <source>Score (%1)</source>
        <translation>Bewertung (%1)</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Schnelle Erfolge</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Große Wetten</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <source>Time sinks</source>
        <translation>Zeitfresser</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;Effort %3 %4 · impact %5 · confidence %6 % · risk %7&lt;br&gt;Score %8: %9&lt;br&gt;%10</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;Aufwand %3 %4 · Wirkung %5 · Zuversicht %6 % · Risiko %7&lt;br&gt;Bewertung %8: %9&lt;br&gt;%10</translation>
    </message>
    <message>
        <source>Re-estimate %1 on the chart</source>
        <translation>%1 im Diagramm neu schätzen</translation>
    </message>
</context>
<context>
    <name>cutline::Importer</name>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1, Zeile %2, Spalte %3 (%4): %5</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice (first as column %2).</source>
        <translation>die Spalte „%1“ kommt doppelt vor (zuerst als Spalte %2).</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: &quot;%4&quot; is not a Cutline column; its values were ignored.</source>
        <translation>%1, Zeile %2, Spalte %3: „%4“ ist keine Cutline-Spalte; ihre Werte wurden ignoriert.</translation>
    </message>
    <message>
        <source>%1, line %2: the header has no &quot;%3&quot; column, which every workshop needs.</source>
        <translation>%1, Zeile %2: die Kopfzeile hat keine Spalte „%3“, die jeder Workshop braucht.</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>%1: %2 is missing.</source>
        <translation>%1: %2 fehlt.</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not a number.</source>
        <translation>%1: %2 „%3“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1: mandatory &quot;%2&quot; is not one of yes, no, true, false, 1, 0.</source>
        <translation>%1: verpflichtend „%2“ ist keiner der Werte yes, no, true, false, 1, 0.</translation>
    </message>
    <message>
        <source>%1: review date &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>%1: das Review-Datum „%2“ ist kein Datum (verwenden Sie JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has only %2.</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber nur %2.</translation>
    </message>
    <message>
        <source>the key %1 is already used on line %2.</source>
        <translation>der Schlüssel %1 wird bereits in Zeile %2 verwendet.</translation>
    </message>
    <message>
        <source>%1: %2 is not the key of any candidate in this file.</source>
        <translation>%1: %2 ist der Schlüssel keines Kandidaten in dieser Datei.</translation>
    </message>
    <message>
        <source>%1 cannot depend on itself.</source>
        <translation>%1 kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>%1 cannot exclude itself.</source>
        <translation>%1 kann sich nicht selbst ausschließen.</translation>
    </message>
    <message>
        <source>depends_on forms a cycle: %1.</source>
        <translation>depends_on bildet einen Zyklus: %1.</translation>
    </message>
    <message>
        <source>%1 is empty: a CSV workshop needs a header row and one row per candidate.</source>
        <translation>%1 ist leer: ein CSV-Workshop braucht eine Kopfzeile und eine Zeile pro Kandidat.</translation>
    </message>
    <message>
        <source>… and %1 more errors.</source>
        <translation>… und %1 weitere Fehler.</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; must be a number above 0.</source>
        <translation>%1: %2 „%3“ muss eine Zahl über 0 sein.</translation>
    </message>
    <message>
        <source>low value</source>
        <translation>unterer Wert</translation>
    </message>
    <message>
        <source>high value</source>
        <translation>oberer Wert</translation>
    </message>
    <message>
        <source>%1: a value range needs both value_low and value_high.</source>
        <translation>%1: Eine Wertspanne braucht value_low und value_high.</translation>
    </message>
    <message>
        <source>%1: the high value %2 is below the low value %3.</source>
        <translation>%1: Der obere Wert %2 liegt unter dem unteren Wert %3.</translation>
    </message>
</context>
<context>
    <name>cutline::InputFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not %2.</source>
        <translation>%1 ist ein Ordner, nicht %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be %2.</source>
        <translation>%1 ist keine normale Datei und kann daher nicht %2 sein.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB) to be %3.</source>
        <translation>%1 ist zu groß (%2 MB) für %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>cutline::InsertCandidateCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>cutline::Inspector</name>
    <message>
        <source>Select a candidate to see its why, estimates and links.</source>
        <translation>Wählen Sie einen Kandidaten, um sein Warum, seine Schätzungen und Verknüpfungen zu sehen.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Schätzungen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Separate tags with ;</source>
        <translation>Schlagwörter mit ; trennen</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>&amp;Aufwand:</translation>
    </message>
    <message>
        <source>I&amp;mpact (0–10):</source>
        <translation>&amp;Wirkung (0–10):</translation>
    </message>
    <message>
        <source>C&amp;onfidence:</source>
        <translation>&amp;Zuversicht:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Reach:</source>
        <translation>&amp;Reichweite:</translation>
    </message>
    <message>
        <source>Ri&amp;sk (1–5):</source>
        <translation>Ris&amp;iko (1–5):</translation>
    </message>
    <message>
        <source>Time &amp;criticality:</source>
        <translation>&amp;Zeitkritikalität:</translation>
    </message>
    <message>
        <source>Must be in the plan</source>
        <translation>Muss in den Plan</translation>
    </message>
    <message>
        <source>Mandatory:</source>
        <translation>Verpflichtend:</translation>
    </message>
    <message>
        <source>Decisio&amp;n:</source>
        <translation>E&amp;ntscheidung:</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>Success metric:</source>
        <translation>Erfolgskennzahl:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Review date:</source>
        <translation>Review-Datum:</translation>
    </message>
    <message>
        <source>Requires (cannot be done without):</source>
        <translation>Setzt voraus (geht nicht ohne):</translation>
    </message>
    <message>
        <source>Excludes (alternatives, at most one is done):</source>
        <translation>Schließt aus (Alternativen, höchstens eine wird umgesetzt):</translation>
    </message>
    <message>
        <source>Candidate to link</source>
        <translation>Zu verknüpfender Kandidat</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Setzt voraus</translation>
    </message>
    <message>
        <source>Excludes</source>
        <translation>Schließt aus</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>This candidate cannot be done without the chosen one.</source>
        <translation>Dieser Kandidat geht nicht ohne den gewählten.</translation>
    </message>
    <message>
        <source>This candidate and the chosen one are alternatives.</source>
        <translation>Dieser Kandidat und der gewählte sind Alternativen.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Why (%1)</source>
        <translation>Warum (%1)</translation>
    </message>
    <message>
        <source>Required for this kind of work (%1) and still empty.</source>
        <translation>Für diese Art von Arbeit (%1) erforderlich und noch leer.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Score and its formula</source>
        <translation>Bewertung und ihre Formel</translation>
    </message>
    <message>
        <source>%1 (×%2):</source>
        <translation>%1 (×%2):</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>Note Dissent…</source>
        <translation>Widerspruch festhalten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Note Dissent</source>
        <translation>Widerspruch festhalten</translation>
    </message>
    <message>
        <source>What does the dissent say about %1?</source>
        <translation>Was sagt der Widerspruch zu %1?</translation>
    </message>
    <message>
        <source>Whose dissent is it? Leave empty to keep it anonymous.</source>
        <translation>Wessen Widerspruch ist es? Leer lassen, um ihn anonym zu halten.</translation>
    </message>
    <message>
        <source>Dissent:</source>
        <translation>Widerspruch:</translation>
    </message>
    <message>
        <source>(anonymous) %1</source>
        <translation>(anonym) %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Score (%1): %2</source>
        <translation>Bewertung (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing else depends on it. It needs %n candidate(s) in all.</source>
        <translation>
            <numerusform>Nichts sonst hängt davon ab. Es braucht insgesamt %n Kandidaten.</numerusform>
            <numerusform>Nichts sonst hängt davon ab. Es braucht insgesamt %n Kandidaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlocks a value of %1: %n candidate(s) cannot happen without it. It needs %2 in all.</source>
        <translation>
            <numerusform>Schaltet einen Wert von %1 frei: %n Kandidat geht nicht ohne es. Es braucht insgesamt %2.</numerusform>
            <numerusform>Schaltet einen Wert von %1 frei: %n Kandidaten gehen nicht ohne es. Es braucht insgesamt %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutline::JiraCsv</name>
    <message>
        <source>%1, line %2, column %3 (%4): %5 &quot;%6&quot; is not a number of zero or more; no estimate taken from it.</source>
        <translation>%1, Zeile %2, Spalte %3 (%4): %5 „%6“ ist keine Zahl ab null; daraus wird keine Schätzung übernommen.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5 has the date &quot;%6&quot;, which Cutline cannot read; kept as text.</source>
        <translation>%1, Zeile %2, Spalte %3 (%4): %5 hat das Datum „%6“, das Cutline nicht lesen kann; als Text behalten.</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; (mapped to %3).</source>
        <translation>%1 hat keine Spalte „%2“ (zugeordnet zu %3).</translation>
    </message>
    <message>
        <source>%1 is not a Jira export: it has no &quot;Issue key&quot; column.</source>
        <translation>%1 ist kein Jira-Export: Es fehlt die Spalte „Issue key“.</translation>
    </message>
</context>
<context>
    <name>cutline::Kind</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <source>Stabilization</source>
        <translation>Stabilisierung</translation>
    </message>
</context>
<context>
    <name>cutline::KindProfile</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What problem does this solve?</source>
        <translation>Welches Problem löst das?</translation>
    </message>
    <message>
        <source>Who it helps</source>
        <translation>Wem es hilft</translation>
    </message>
    <message>
        <source>Which users or customers feel it?</source>
        <translation>Welche Nutzer oder Kunden spüren es?</translation>
    </message>
    <message>
        <source>Metric it moves</source>
        <translation>Bewegte Kennzahl</translation>
    </message>
    <message>
        <source>Conversion, retention, activation, revenue, engagement, or one of the workshop&apos;s goals?</source>
        <translation>Conversion, Retention, Aktivierung, Umsatz, Engagement oder eines der Workshop-Ziele?</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Erwartetes Ergebnis</translation>
    </message>
    <message>
        <source>What changes, by how much?</source>
        <translation>Was ändert sich, und um wie viel?</translation>
    </message>
    <message>
        <source>Cost of not doing it</source>
        <translation>Kosten des Nichtstuns</translation>
    </message>
    <message>
        <source>What happens if we do not build it?</source>
        <translation>Was passiert, wenn wir es nicht bauen?</translation>
    </message>
    <message>
        <source>Internal users</source>
        <translation>Interne Nutzer</translation>
    </message>
    <message>
        <source>Which teams will build on it?</source>
        <translation>Welche Teams werden darauf aufbauen?</translation>
    </message>
    <message>
        <source>Adoption measure</source>
        <translation>Maß der Nutzung</translation>
    </message>
    <message>
        <source>How will we know they adopted it?</source>
        <translation>Woran erkennen wir, dass sie es nutzen?</translation>
    </message>
    <message>
        <source>What slows those teams down today?</source>
        <translation>Was bremst diese Teams heute?</translation>
    </message>
    <message>
        <source>What gets faster or safer?</source>
        <translation>Was wird schneller oder sicherer?</translation>
    </message>
    <message>
        <source>What happens if we wait?</source>
        <translation>Was passiert, wenn wir warten?</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Vorschrift</translation>
    </message>
    <message>
        <source>Which rule, regulation or contract requires it?</source>
        <translation>Welche Regel, Verordnung oder welcher Vertrag verlangt es?</translation>
    </message>
    <message>
        <source>Deadline and consequence</source>
        <translation>Frist und Folgen</translation>
    </message>
    <message>
        <source>By when, and what happens if we miss it?</source>
        <translation>Bis wann, und was passiert, wenn wir sie verpassen?</translation>
    </message>
    <message>
        <source>Who it affects</source>
        <translation>Wen es betrifft</translation>
    </message>
    <message>
        <source>Who is exposed if we are not compliant?</source>
        <translation>Wer ist betroffen, wenn wir die Vorgaben nicht erfüllen?</translation>
    </message>
    <message>
        <source>What evidence shows we comply?</source>
        <translation>Welcher Nachweis zeigt, dass wir sie erfüllen?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>What question must this answer?</source>
        <translation>Welche Frage muss das beantworten?</translation>
    </message>
    <message>
        <source>Time box</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>How long at most, and what do we know after?</source>
        <translation>Wie lange höchstens, und was wissen wir danach?</translation>
    </message>
    <message>
        <source>Who needs the answer</source>
        <translation>Wer die Antwort braucht</translation>
    </message>
    <message>
        <source>Which decision waits on it?</source>
        <translation>Welche Entscheidung wartet darauf?</translation>
    </message>
    <message>
        <source>Metric it informs</source>
        <translation>Betroffene Kennzahl</translation>
    </message>
    <message>
        <source>Which metric would the answer move?</source>
        <translation>Welche Kennzahl würde die Antwort bewegen?</translation>
    </message>
    <message>
        <source>Incidents or pain removed</source>
        <translation>Behobene Störungen oder Schmerzen</translation>
    </message>
    <message>
        <source>Which incidents, pages or toil does this end?</source>
        <translation>Welche Störungen, Alarme oder Routinearbeit beendet das?</translation>
    </message>
    <message>
        <source>Who feels the pain</source>
        <translation>Wer den Schmerz spürt</translation>
    </message>
    <message>
        <source>Customers, on-call, support?</source>
        <translation>Kunden, Bereitschaft, Support?</translation>
    </message>
    <message>
        <source>Reliability measure</source>
        <translation>Maß der Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Incidents per month, error rate, time to recover?</source>
        <translation>Störungen pro Monat, Fehlerrate, Zeit bis zur Wiederherstellung?</translation>
    </message>
    <message>
        <source>What keeps breaking if we wait?</source>
        <translation>Was geht weiter kaputt, wenn wir warten?</translation>
    </message>
</context>
<context>
    <name>cutline::LinearCsv</name>
    <message>
        <source>%1 has no column &quot;%2&quot; (mapped to %3).</source>
        <translation>%1 hat keine Spalte „%2“ (zugeordnet zu %3).</translation>
    </message>
    <message>
        <source>%1 is not a Linear export: it has no &quot;ID&quot; and &quot;Title&quot; columns.</source>
        <translation>%1 ist kein Linear-Export: Es fehlen die Spalten „ID“ und „Title“.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5 &quot;%6&quot; is not a number of zero or more; no estimate taken from it.</source>
        <translation>%1, Zeile %2, Spalte %3 (%4): %5 „%6“ ist keine Zahl ab null; daraus wird keine Schätzung übernommen.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 has the due date &quot;%4&quot;, which Cutline cannot read; kept as text.</source>
        <translation>%1, Zeile %2: %3 hat das Fälligkeitsdatum „%4“, das Cutline nicht lesen kann; als Text behalten.</translation>
    </message>
</context>
<context>
    <name>cutline::LinkCommand</name>
    <message>
        <source>Link %1 requires %2</source>
        <translation>Verknüpfen: %1 setzt %2 voraus</translation>
    </message>
    <message>
        <source>Link %1 excludes %2</source>
        <translation>Verknüpfen: %1 schließt %2 aus</translation>
    </message>
    <message>
        <source>Unlink %1 requires %2</source>
        <translation>Verknüpfung lösen: %1 setzt %2 voraus</translation>
    </message>
    <message>
        <source>Unlink %1 excludes %2</source>
        <translation>Verknüpfung lösen: %1 schließt %2 aus</translation>
    </message>
</context>
<context>
    <name>cutline::MainWindow</name>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Filter candidates by key, title, kind or decision (Ctrl+F)</source>
        <translation>Kandidaten nach Schlüssel, Titel, Art oder Entscheidung filtern (Strg+F)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No candidates yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Noch keine Kandidaten&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Start with the capacity you have, then list the work that competes for it.&lt;br&gt;Every candidate says &lt;b&gt;why&lt;/b&gt; it exists: the problem, who it helps, and the metric it should move.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beginnen Sie mit der verfügbaren Kapazität und listen Sie dann die Arbeit auf, die darum konkurriert.&lt;br&gt;Jeder Kandidat sagt, &lt;b&gt;warum&lt;/b&gt; es ihn gibt: das Problem, wem er hilft und welche Kennzahl er bewegen soll.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1. Set the title, decider and capacity</source>
        <translation>1. Titel, Entscheider und Kapazität festlegen</translation>
    </message>
    <message>
        <source>2. Add the first candidate</source>
        <translation>2. Den ersten Kandidaten hinzufügen</translation>
    </message>
    <message>
        <source>…or import candidates from a spreadsheet (CSV)</source>
        <translation>…oder Kandidaten aus einer Tabelle importieren (CSV)</translation>
    </message>
    <message>
        <source>…or explore the sample workshop</source>
        <translation>…oder den Beispiel-Workshop erkunden</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation>Auf &amp;Gespeichertes zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add Candidate</source>
        <translation>Kandidat &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>D&amp;uplicate Candidate</source>
        <translation>Kandidat &amp;duplizieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Add &amp;Simpler Alternative</source>
        <translation>&amp;Einfachere Alternative hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Delete Candidate</source>
        <translation>Kandidat &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Workshop Settings…</source>
        <translation>&amp;Workshop-Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Open &amp;Sample Workshop</source>
        <translation>&amp;Beispiel-Workshop öffnen</translation>
    </message>
    <message>
        <source>&amp;About Cutline</source>
        <translation>Ü&amp;ber Cutline</translation>
    </message>
    <message>
        <source>About Cutline</source>
        <translation>Über Cutline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cutline %1&lt;/h3&gt;&lt;p&gt;Trade-off and prioritization workshops: decide what makes the cut, and say why.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cutline %1&lt;/h3&gt;&lt;p&gt;Workshops für Abwägung und Priorisierung: entscheiden, was es in den Plan schafft – und sagen, warum.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1[*] — Cutline</source>
        <translation>%1[*] — Cutline</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n Kandidat</numerusform>
            <numerusform>%n Kandidaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing their why</source>
        <translation>
            <numerusform>%n ohne Warum</numerusform>
            <numerusform>%n ohne Warum</numerusform>
        </translation>
    </message>
    <message>
        <source>capacity %1 %2</source>
        <translation>Kapazität %1 %2</translation>
    </message>
    <message>
        <source>Cutline workshops (*.cutline);;CSV files (*.csv);;All files (*)</source>
        <translation>Cutline-Workshops (*.cutline);;CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them before closing it?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Open Workshop</source>
        <translation>Workshop öffnen</translation>
    </message>
    <message>
        <source>Cannot Open Workshop</source>
        <translation>Workshop kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Import CSV</source>
        <translation>CSV kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Imported With Warnings</source>
        <translation>Mit Warnungen importiert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n candidate(s) from %1.</source>
        <translation>
            <numerusform>%n Kandidat aus %1 importiert.</numerusform>
            <numerusform>%n Kandidaten aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop Already Open</source>
        <translation>Workshop bereits geöffnet</translation>
    </message>
    <message>
        <source>%1 is already open in Cutline (process %2 on %3). Two people editing one file would overwrite each other&apos;s work.

Open it read-only?</source>
        <translation>%1 ist bereits in Cutline geöffnet (Prozess %2 auf %3). Wenn zwei Personen eine Datei bearbeiten, überschreiben sie gegenseitig ihre Arbeit.

Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>Cannot Save Workshop</source>
        <translation>Workshop kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save Workshop As</source>
        <translation>Workshop speichern unter</translation>
    </message>
    <message>
        <source>Cutline workshops (*.cutline)</source>
        <translation>Cutline-Workshops (*.cutline)</translation>
    </message>
    <message>
        <source>%1 is open in another Cutline; choose another name.</source>
        <translation>%1 ist in einem anderen Cutline geöffnet; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export CSV</source>
        <translation>CSV kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation>Auf Gespeichertes zurücksetzen</translation>
    </message>
    <message>
        <source>Discard every change since %1 was last saved?</source>
        <translation>Alle Änderungen seit dem letzten Speichern von %1 verwerfen?</translation>
    </message>
    <message>
        <source>Cannot Revert</source>
        <translation>Zurücksetzen nicht möglich</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>&amp;Kandidaten</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>P&amp;lan and Cut Line</source>
        <translation>P&amp;lan und Schnittlinie</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Export Decision &amp;Record…</source>
        <translation>Entscheidungs&amp;protokoll exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Pre&amp;view Decision Record…</source>
        <translation>Entscheidungsprotokoll in der &amp;Vorschau…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Sign &amp;Off Decisions…</source>
        <translation>Entscheidungen &amp;freigeben…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>the decider</source>
        <translation>die entscheidende Person</translation>
    </message>
    <message>
        <source>Sign Off Decisions</source>
        <translation>Entscheidungen freigeben</translation>
    </message>
    <message>
        <source>The decisions cannot be signed off yet:</source>
        <translation>Die Entscheidungen können noch nicht freigegeben werden:</translation>
    </message>
    <message>
        <source>Signed off by %1.</source>
        <translation>Freigegeben von %1.</translation>
    </message>
    <message>
        <source>Impact/Effort &amp;Chart</source>
        <translation>Wirkungs-/Aufwands&amp;diagramm</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Dependency &amp;Graph</source>
        <translation>Abhängigkeits&amp;graph</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Export Decision Record</source>
        <translation>Entscheidungsprotokoll exportieren</translation>
    </message>
    <message>
        <source> — decision record.pdf</source>
        <translation> — Entscheidungsprotokoll.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML for wikis (*.html);;Markdown for wikis (*.md)</source>
        <translation>PDF (*.pdf);;HTML für Wikis (*.html);;Markdown für Wikis (*.md)</translation>
    </message>
    <message>
        <source>Writing the decision record…</source>
        <translation>Das Entscheidungsprotokoll wird geschrieben…</translation>
    </message>
    <message>
        <source>Cannot Export the Decision Record</source>
        <translation>Entscheidungsprotokoll kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote the decision record to %1.</source>
        <translation>Entscheidungsprotokoll nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Decision Record Preview</source>
        <translation>Vorschau des Entscheidungsprotokolls</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Ihr &amp;Name…</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>The decision log names who decided. Your name:</source>
        <translation>Das Entscheidungsprotokoll nennt, wer entschieden hat. Ihr Name:</translation>
    </message>
    <message>
        <source>Decisions are recorded as %1.</source>
        <translation>Entscheidungen werden als %1 festgehalten.</translation>
    </message>
    <message>
        <source>Pass the &amp;Laptop…</source>
        <translation>&amp;Laptop weitergeben…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Raum</translation>
    </message>
    <message>
        <source>&amp;Open Room…</source>
        <translation>Raum ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>Let participants score candidates from their phones in blind rounds.</source>
        <translation>Teilnehmende bewerten Kandidaten in verdeckten Runden mit ihren Telefonen.</translation>
    </message>
    <message>
        <source>&amp;Close Room</source>
        <translation>Raum &amp;schließen</translation>
    </message>
    <message>
        <source>Show &amp;Room</source>
        <translation>&amp;Raum zeigen</translation>
    </message>
    <message>
        <source>No network is connected: the room listens on %1, so only this computer can join.</source>
        <translation>Kein Netzwerk ist verbunden: der Raum lauscht auf %1, daher kann nur dieser Computer beitreten.</translation>
    </message>
</context>
<context>
    <name>cutline::NewWorkshopDialog</name>
    <message>
        <source>New Workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <source>e.g. 2027 Q1 planning</source>
        <translation>z. B. Planung 2027 Q1</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>person-weeks</source>
        <translation>Personenwochen</translation>
    </message>
    <message>
        <source>person-days</source>
        <translation>Personentage</translation>
    </message>
    <message>
        <source>story points</source>
        <translation>Story Points</translation>
    </message>
    <message>
        <source>sprints</source>
        <translation>Sprints</translation>
    </message>
    <message>
        <source>engineers</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Capacity unit</source>
        <translation>Kapazitätseinheit</translation>
    </message>
    <message>
        <source>The capacity is what the plan shares out: the cut line falls where it runs out. You can change it later in Workshop Settings.</source>
        <translation>Die Kapazität ist, was der Plan verteilt: Die Schnittlinie liegt dort, wo sie ausgeht. Sie können sie später in den Workshop-Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
</context>
<context>
    <name>cutline::Odds</name>
    <message>
        <source>The sample count %1 is outside %2–%3.</source>
        <translation>Die Stichprobenzahl %1 liegt außerhalb von %2–%3.</translation>
    </message>
    <message>
        <source>The shared error %1 is outside 0–%2.</source>
        <translation>Der gemeinsame Fehler %1 liegt außerhalb von 0–%2.</translation>
    </message>
    <message>
        <source>%1 % ± %2</source>
        <translation>%1 % ± %2</translation>
    </message>
    <message>
        <source>core</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>borderline</source>
        <translation>knapp</translation>
    </message>
    <message>
        <source>out</source>
        <translation>draußen</translation>
    </message>
    <message>
        <source>no effort change removes it</source>
        <translation>keine Aufwandsänderung nimmt ihn heraus</translation>
    </message>
    <message>
        <source>no effort change brings it in</source>
        <translation>keine Aufwandsänderung bringt ihn hinein</translation>
    </message>
    <message>
        <source>stays in unless effort &gt; %1 %2 (%3)</source>
        <translation>bleibt drin, außer bei Aufwand &gt; %1 %2 (%3)</translation>
    </message>
    <message>
        <source>would enter if effort ≤ %1 %2 (%3)</source>
        <translation>käme hinein bei Aufwand ≤ %1 %2 (%3)</translation>
    </message>
    <message>
        <source>no value change removes it</source>
        <translation>keine Wertänderung nimmt ihn heraus</translation>
    </message>
    <message>
        <source>no value change brings it in</source>
        <translation>keine Wertänderung bringt ihn hinein</translation>
    </message>
    <message>
        <source>stays in unless value &lt; %1 (%2)</source>
        <translation>bleibt drin, außer bei Wert &lt; %1 (%2)</translation>
    </message>
    <message>
        <source>would enter if value &gt; %1 (%2)</source>
        <translation>käme hinein bei Wert &gt; %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the low %2 %3 must be above 0 for a range (a log-normal cannot reach 0); raise it or clear the range.</source>
        <translation>%1: Der untere Wert (%2) %3 muss für eine Spanne über 0 liegen (eine Log-Normalverteilung erreicht 0 nie); erhöhen Sie ihn oder entfernen Sie die Spanne.</translation>
    </message>
    <message>
        <source>%1: the high %2 %3 is below the low %2 %4.</source>
        <translation>%1: Der obere Wert (%2) %3 liegt unter dem unteren Wert (%2) %4.</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>a tie: the smallest move flips it</source>
        <translation>Gleichstand: die kleinste Änderung kippt ihn</translation>
    </message>
    <message>
        <source>In %1 of the samples no plan fits at all (what is mandatory or committed outgrows the capacity); those samples count as out for every candidate, so even a mandatory one is in the optimum of fewer than all.</source>
        <translation>In %1 der Stichproben passt gar kein Plan (was verpflichtend oder zugesagt ist, übersteigt die Kapazität); diese Stichproben zählen für jeden Kandidaten als draußen, daher ist selbst ein verpflichtender nicht in allen Optima.</translation>
    </message>
    <message>
        <source>mandatory: in the plan whatever the estimates</source>
        <translation>verpflichtend: im Plan, was immer die Schätzungen sagen</translation>
    </message>
    <message>
        <source>committed: decided, whatever the estimates</source>
        <translation>zugesagt: entschieden, was immer die Schätzungen sagen</translation>
    </message>
    <message>
        <source>deferred: decided, whatever the estimates</source>
        <translation>zurückgestellt: entschieden, was immer die Schätzungen sagen</translation>
    </message>
    <message>
        <source>dropped: decided, whatever the estimates</source>
        <translation>verworfen: entschieden, was immer die Schätzungen sagen</translation>
    </message>
</context>
<context>
    <name>cutline::OddsPanel</name>
    <message>
        <source>New Seed</source>
        <translation>Neuer Startwert</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Effort margin</source>
        <translation>Aufwandsspielraum</translation>
    </message>
    <message>
        <source>Value margin</source>
        <translation>Wertspielraum</translation>
    </message>
    <message>
        <source> samples</source>
        <translation> Stichproben</translation>
    </message>
    <message>
        <source>How many samples the odds draw; saved with the workshop</source>
        <translation>Wie viele Stichproben die Chancen ziehen; wird mit dem Workshop gespeichert</translation>
    </message>
    <message>
        <source>Draw new random numbers (Ctrl+Shift+G); undo returns the old ones</source>
        <translation>Neue Zufallszahlen ziehen (Strg+Umschalt+G); Rückgängig bringt die alten zurück</translation>
    </message>
    <message>
        <source>Sampling the estimates…</source>
        <translation>Schätzungen werden gezogen …</translation>
    </message>
    <message>
        <source>No odds: %1</source>
        <translation>Keine Chancen: %1</translation>
    </message>
    <message>
        <source>The plan fits the capacity in %1 of the samples.</source>
        <translation>Der Plan passt in %1 der Stichproben in die Kapazität.</translation>
    </message>
    <message>
        <source>No estimate has a range: the plan fits for certain. Give effort a low and a high estimate to see the odds.</source>
        <translation>Keine Schätzung hat eine Spanne: Der Plan passt sicher. Geben Sie dem Aufwand eine untere und obere Schätzung, um die Chancen zu sehen.</translation>
    </message>
    <message>
        <source>Sampling… %1 of %2 optima.</source>
        <translation>Ziehe … %1 von %2 Optima.</translation>
    </message>
    <message>
        <source>The sampled optimum is this plan in %1.</source>
        <translation>Das gezogene Optimum ist dieser Plan in %1.</translation>
    </message>
    <message>
        <source>Commit line at 85 %: plan to %1 %2 (value %3 of %4), which fits in %5.</source>
        <translation>Zusagelinie bei 85 %: auf %1 %2 planen (Wert %3 von %4), das passt in %5.</translation>
    </message>
    <message>
        <source>Refine first: %1.</source>
        <translation>Zuerst verfeinern: %1.</translation>
    </message>
    <message>
        <source>Seed %1, %2 samples; ± is the 95 % Wilson interval.</source>
        <translation>Startwert %1, %2 Stichproben; ± ist das 95-%-Wilson-Intervall.</translation>
    </message>
    <message>
        <source>no range</source>
        <translation>keine Spanne</translation>
    </message>
    <message>
        <source>⚠ likely outside the middle half; </source>
        <translation>⚠ wahrscheinlicher Wert außerhalb der mittleren Hälfte; </translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>In the optimum</source>
        <translation>Im Optimum</translation>
    </message>
    <message>
        <source>Whether today&apos;s plan, from the likely estimates, takes it</source>
        <translation>Ob der heutige Plan aus den wahrscheinlichen Schätzungen ihn nimmt</translation>
    </message>
    <message>
        <source>The share of samples whose exact optimum takes it</source>
        <translation>Der Anteil der Stichproben, deren exaktes Optimum ihn nimmt</translation>
    </message>
    <message>
        <source>in</source>
        <translation>drin</translation>
    </message>
    <message>
        <source>out</source>
        <translation>draußen</translation>
    </message>
</context>
<context>
    <name>cutline::OddsSection</name>
    <message>
        <source>Sampled %1 times with seed %2: every effort, value and capacity with a low and a high estimate is log-normal with those as its 10th and 90th percentile; the rest are fixed. ± is the 95 % Wilson interval.</source>
        <translation>%1-mal mit Startwert %2 gezogen: Jeder Aufwand, Wert und jede Kapazität mit unterer und oberer Schätzung ist log-normalverteilt mit diesen als 10. und 90. Perzentil; der Rest ist fest. ± ist das 95-%-Wilson-Intervall.</translation>
    </message>
    <message>
        <source>The plan fits the capacity of %1 %2 in %3 of the samples; the sampled optimum is this plan in %4.</source>
        <translation>Der Plan passt in die Kapazität von %1 %2 in %3 der Stichproben; das gezogene Optimum ist dieser Plan in %4.</translation>
    </message>
    <message>
        <source>No plan fits in 85 % of the samples.</source>
        <translation>Kein Plan passt in 85 % der Stichproben.</translation>
    </message>
    <message>
        <source>The plan itself fits in at least 85 % of the samples.</source>
        <translation>Der Plan selbst passt in mindestens 85 % der Stichproben.</translation>
    </message>
    <message>
        <source>Commit line at 85 %: planning to %1 %2 gives a plan of value %3 (of %4) that fits in %5.</source>
        <translation>Zusagelinie bei 85 %: Planung auf %1 %2 ergibt einen Plan mit Wert %3 (von %4), der in %5 passt.</translation>
    </message>
    <message>
        <source>Odds</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>No odds: %1</source>
        <translation>Keine Chancen: %1</translation>
    </message>
    <message>
        <source>No estimate has a range, so the plan fits for certain; low and high estimates would show how likely it is.</source>
        <translation>Keine Schätzung hat eine Spanne, der Plan passt also sicher; untere und obere Schätzungen würden zeigen, wie wahrscheinlich er passt.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>In the optimum</source>
        <translation>Im Optimum</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>What would flip it</source>
        <translation>Was ihn kippen würde</translation>
    </message>
    <message>
        <source>effort has no range</source>
        <translation>Aufwand ohne Spanne</translation>
    </message>
    <message>
        <source>Refine first (most value at stake): %1</source>
        <translation>Zuerst verfeinern (am meisten Wert auf dem Spiel): %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>in</source>
        <translation>drin</translation>
    </message>
    <message>
        <source>out</source>
        <translation>draußen</translation>
    </message>
</context>
<context>
    <name>cutline::OverrideDialog</name>
    <message>
        <source>Override the Room&apos;s Estimate</source>
        <translation>Schätzung des Raums überschreiben</translation>
    </message>
    <message>
        <source>Why the room&apos;s estimate is not taken (required)</source>
        <translation>Warum die Schätzung des Raums nicht übernommen wird (erforderlich)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Überschreiben</translation>
    </message>
</context>
<context>
    <name>cutline::PassLaptopDialog</name>
    <message>
        <source>Pass the laptop</source>
        <translation>Laptop weitergeben</translation>
    </message>
    <message>
        <source>Everyone scores alone, one after the other, on this laptop. Nobody sees a value before the reveal. Choose the candidates of this round:</source>
        <translation>Alle schätzen allein, nacheinander, an diesem Laptop. Niemand sieht einen Wert vor der Aufdeckung. Wählen Sie die Kandidaten dieser Runde:</translation>
    </message>
    <message>
        <source>Candidates of the round</source>
        <translation>Kandidaten der Runde</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%n round(s) so far)</source>
        <translation>
            <numerusform>%1  %2 (bisher %n Runde)</numerusform>
            <numerusform>%1  %2 (bisher %n Runden)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Anonymous round (no names are kept)</source>
        <translation>&amp;Anonyme Runde (keine Namen werden gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Start round</source>
        <translation>Runde &amp;starten</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>&amp;Next person (Ctrl+Return)</source>
        <translation>&amp;Nächste Person (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Return moves to the next field; &quot;—&quot; means not given.</source>
        <translation>Eingabe springt zum nächsten Feld; „—“ bedeutet: nicht angegeben.</translation>
    </message>
    <message>
        <source>&amp;Reveal the round (Ctrl+R)</source>
        <translation>Runde auf&amp;decken (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Large type for the room</source>
        <translation>&amp;Große Schrift für den Raum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Candidate to decide</source>
        <translation>Zu entscheidender Kandidat</translation>
    </message>
    <message>
        <source>Why override the room&apos;s estimate (required)</source>
        <translation>Warum die Schätzung des Raums überschreiben (Pflicht)</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Begründung der Überschreibung</translation>
    </message>
    <message>
        <source>&amp;Accept the room&apos;s estimate (Ctrl+Return)</source>
        <translation>Schätzung des Raums &amp;übernehmen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Override with these values</source>
        <translation>Mit diesen Werten über&amp;schreiben</translation>
    </message>
    <message>
        <source>Hand the laptop to the first person — press Space when ready</source>
        <translation>Geben Sie den Laptop der ersten Person — Leertaste drücken, wenn bereit</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (optional, %2)</source>
        <translation>%1 (optional, %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>One line: why (optional)</source>
        <translation>Eine Zeile: warum (optional)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Round %1 — %2, your blind ballot</source>
        <translation>Runde %1 — %2, Ihre verdeckte Stimme</translation>
    </message>
    <message>
        <source>Round %1 — your blind ballot</source>
        <translation>Runde %1 — Ihre verdeckte Stimme</translation>
    </message>
    <message>
        <source>%1 has already voted in this round; each person votes once.</source>
        <translation>%1 hat in dieser Runde schon abgestimmt; jede Person stimmt einmal ab.</translation>
    </message>
    <message numerus="yes">
        <source>Thank you. Hand the laptop to the next person — press Space when ready.

%n ballot(s) handed in.</source>
        <translation>
            <numerusform>Danke. Geben Sie den Laptop der nächsten Person — Leertaste drücken, wenn bereit.

%n Stimme abgegeben.</numerusform>
            <numerusform>Danke. Geben Sie den Laptop der nächsten Person — Leertaste drücken, wenn bereit.

%n Stimmen abgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided.</source>
        <translation>Entschieden.</translation>
    </message>
    <message>
        <source>Overridden.</source>
        <translation>Überschrieben.</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>Übernommen.</translation>
    </message>
    <message>
        <source>Press Space for the next person.</source>
        <translation>Leertaste für die nächste Person.</translation>
    </message>
</context>
<context>
    <name>cutline::PlanModel</name>
    <message>
        <source>in the plan</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>In, or why not</source>
        <translation>Drin – oder warum nicht</translation>
    </message>
</context>
<context>
    <name>cutline::PlanView</name>
    <message>
        <source>Capacity used by the plan</source>
        <translation>Vom Plan belegte Kapazität</translation>
    </message>
    <message>
        <source>Adopt Plan as Decisions</source>
        <translation>Plan als Entscheidungen übernehmen</translation>
    </message>
    <message>
        <source>Commit what is above the cut line and defer what is below it, with its reason; one step to undo.</source>
        <translation>Was über der Schnittlinie liegt, zusagen, und was darunter liegt, mit Begründung zurückstellen; in einem Schritt rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Searching for the best plan…</source>
        <translation>Der beste Plan wird gesucht…</translation>
    </message>
    <message>
        <source>No plan fits the decisions taken.</source>
        <translation>Kein Plan passt zu den getroffenen Entscheidungen.</translation>
    </message>
    <message>
        <source>%1 of %2 %3 used, %4 free — total value %5</source>
        <translation>%1 von %2 %3 belegt, %4 frei — Gesamtwert %5</translation>
    </message>
    <message numerus="yes">
        <source>The best plan: %n candidate(s) above the cut line, chosen exactly (%1 ms).</source>
        <translation>
            <numerusform>Der beste Plan: %n Kandidat über der Schnittlinie, exakt gewählt (%1 ms).</numerusform>
            <numerusform>Der beste Plan: %n Kandidaten über der Schnittlinie, exakt gewählt (%1 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected candidate:</source>
        <translation>Ausgewählter Kandidat:</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation>Zurückstellen…</translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation>Verwerfen…</translation>
    </message>
</context>
<context>
    <name>cutline::Planner</name>
    <message>
        <source>%1 must be in the plan but needs %2, which was %3.</source>
        <translation>%1 muss in den Plan, setzt aber %2 voraus, das %3 wurde.</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>%1 and %2 must both be in the plan, but they are alternatives.</source>
        <translation>%1 und %2 müssen beide in den Plan, sind aber Alternativen.</translation>
    </message>
    <message>
        <source>Mandatory and committed work alone needs %1 %2, %3 more than the capacity of %4.</source>
        <translation>Verpflichtende und zugesagte Arbeit allein braucht %1 %2, %3 mehr als die Kapazität von %4.</translation>
    </message>
    <message>
        <source>The decisions taken leave no feasible plan.</source>
        <translation>Die getroffenen Entscheidungen lassen keinen möglichen Plan zu.</translation>
    </message>
    <message>
        <source>no feasible plan can include it</source>
        <translation>kein möglicher Plan kann es enthalten</translation>
    </message>
    <message>
        <source>including it would lower the total value by less than 0.01</source>
        <translation>es aufzunehmen würde den Gesamtwert um weniger als 0,01 senken</translation>
    </message>
    <message>
        <source>including it would lower the total value by %1</source>
        <translation>ihn aufzunehmen würde den Gesamtwert um %1 senken</translation>
    </message>
    <message>
        <source>including it would leave the total value unchanged</source>
        <translation>es aufzunehmen würde den Gesamtwert nicht ändern</translation>
    </message>
    <message>
        <source>a plan of equal value includes it instead of %1</source>
        <translation>ein gleichwertiger Plan nimmt es statt %1</translation>
    </message>
    <message>
        <source>a plan of equal value includes it instead of %1 and %2</source>
        <translation>ein gleichwertiger Plan nimmt es statt %1 und %2</translation>
    </message>
    <message>
        <source>a plan of equal value includes it instead of %1 and %2 others</source>
        <translation>ein gleichwertiger Plan nimmt es statt %1 und %2 weiteren</translation>
    </message>
    <message>
        <source>needs %1, which was %2</source>
        <translation>setzt %1 voraus, das %2 wurde</translation>
    </message>
    <message>
        <source>needs %1, which was not chosen; %2</source>
        <translation>setzt %1 voraus, das nicht gewählt wurde; %2</translation>
    </message>
    <message>
        <source>excludes %1, which was chosen (value %2 against %3); %4</source>
        <translation>schließt %1 aus, das gewählt wurde (Wert %2 gegenüber %3); %4</translation>
    </message>
    <message>
        <source>adds no value: its impact, reach or confidence is 0</source>
        <translation>bringt keinen Wert: Wirkung, Reichweite oder Zuversicht ist 0</translation>
    </message>
    <message>
        <source>would exceed capacity by %1 %2; %3</source>
        <translation>würde die Kapazität um %1 %2 überschreiten; %3</translation>
    </message>
    <message>
        <source>fits, but %1</source>
        <translation>passt, aber %1</translation>
    </message>
    <message>
        <source>dropped by decision</source>
        <translation>durch Entscheidung verworfen</translation>
    </message>
    <message>
        <source>deferred by decision</source>
        <translation>durch Entscheidung zurückgestellt</translation>
    </message>
    <message>
        <source>%1 is mandatory but was %2.</source>
        <translation>%1 ist verpflichtend, wurde aber %2.</translation>
    </message>
    <message>
        <source>needs %1 %2 alone, more than the whole capacity of %3</source>
        <translation>braucht allein %1 %2, mehr als die ganze Kapazität von %3</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>including it would lower the total value by at least %1, if any plan can include it</source>
        <translation>ihn aufzunehmen würde den Gesamtwert um mindestens %1 senken, falls ein Plan ihn aufnehmen kann</translation>
    </message>
    <message>
        <source>including it would lower the total value by at most %1</source>
        <translation>ihn aufzunehmen würde den Gesamtwert um höchstens %1 senken</translation>
    </message>
    <message>
        <source>including it would lower the total value by %1 to %2</source>
        <translation>ihn aufzunehmen würde den Gesamtwert um %1 bis %2 senken</translation>
    </message>
</context>
<context>
    <name>cutline::ProjectorChartPage</name>
    <message>
        <source>Impact and effort</source>
        <translation>Wirkung und Aufwand</translation>
    </message>
</context>
<context>
    <name>cutline::ProjectorFocusPage</name>
    <message>
        <source>Candidate in focus</source>
        <translation>Kandidat im Fokus</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>In the plan, above the cut line.</source>
        <translation>Im Plan, über der Schnittlinie.</translation>
    </message>
    <message>
        <source>Below the cut line: %1</source>
        <translation>Unter der Schnittlinie: %1</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— nicht angegeben —</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Schätzungen</translation>
    </message>
    <message>
        <source>effort %1 %2 · impact %3 of 10 · confidence %4 % · value %5</source>
        <translation>Aufwand %1 %2 · Wirkung %3 von 10 · Zuversicht %4 % · Wert %5</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>No candidate in focus</source>
        <translation>Kein Kandidat im Fokus</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>cutline::ProjectorGraphPage</name>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Dependencies · bold boxes are in the plan, dashed ones are out</source>
        <translation>Abhängigkeiten · fette Kästen sind im Plan, gestrichelte nicht</translation>
    </message>
</context>
<context>
    <name>cutline::ProjectorPlanPage</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No plan fits the decisions taken</source>
        <translation>Kein Plan passt zu den getroffenen Entscheidungen</translation>
    </message>
    <message>
        <source>%1 of %2 %3 used · %4 in the plan · total value %5</source>
        <translation>%1 von %2 %3 genutzt · %4 im Plan · Gesamtwert %5</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Used so far, or why it is out</source>
        <translation>Bisher genutzt, oder warum es draußen ist</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>cut line: capacity runs out</source>
        <translation>Schnittlinie: Die Kapazität ist erschöpft</translation>
    </message>
</context>
<context>
    <name>cutline::ProjectorView</name>
    <message>
        <source>Cutline — Presentation</source>
        <translation>Cutline — Präsentation</translation>
    </message>
    <message>
        <source>1 Plan · 2 Chart · 3 Graph · 4 Candidate in focus · ← → switch · ↑ ↓ focus · Esc leave</source>
        <translation>1 Plan · 2 Diagramm · 3 Graph · 4 Kandidat im Fokus · ← → wechseln · ↑ ↓ Fokus · Esc beenden</translation>
    </message>
    <message>
        <source> · PgDn page %1 of %2</source>
        <translation> · Bild↓ Seite %1 von %2</translation>
    </message>
    <message>
        <source> · PgDn part %1 of %2</source>
        <translation> · Bild↓ Teil %1 von %2</translation>
    </message>
</context>
<context>
    <name>cutline::RecordAddendum</name>
    <message>
        <source>%1 % confident</source>
        <translation>%1 % zuversichtlich</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>estimated %1
actual %2 %3</source>
        <translation>geschätzt %1
tatsächlich %2 %3</translation>
    </message>
    <message>
        <source>Addendum: reviews after shipping</source>
        <translation>Nachtrag: Reviews nach der Auslieferung</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Bet</source>
        <translation>Wette</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Ist-Wert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lehre</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (fällig %2)</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>überprüft %1</translation>
    </message>
    <message>
        <source>reviewed %1 by %2</source>
        <translation>überprüft %1 von %2</translation>
    </message>
    <message>
        <source>no bet taken</source>
        <translation>keine Wette</translation>
    </message>
    <message>
        <source>Not reviewed yet: %1.</source>
        <translation>Noch nicht überprüft: %1.</translation>
    </message>
    <message>
        <source>no actuals</source>
        <translation>keine Ist-Werte</translation>
    </message>
    <message>
        <source>median %1×, middle half %2–%3×, n = %4</source>
        <translation>Median %1×, mittlere Hälfte %2–%3×, n = %4</translation>
    </message>
    <message>
        <source>no ranges stated</source>
        <translation>keine Spannen angegeben</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>no bets</source>
        <translation>keine Wetten</translation>
    </message>
    <message>
        <source>%1 (n = %2); %3 % confident, %4 % hit</source>
        <translation>%1 (n = %2); %3 % zuversichtlich, %4 % getroffen</translation>
    </message>
    <message>
        <source>Bet on</source>
        <translation>Wette auf</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>Added after the sign-off of %1; the signed record above is unchanged. Last review: %2.</source>
        <translation>Nach dem Abzeichnen am %1 ergänzt; das abgezeichnete Protokoll oben ist unverändert. Letztes Review: %2.</translation>
    </message>
    <message>
        <source>Addendum: calibration</source>
        <translation>Nachtrag: Kalibrierung</translation>
    </message>
    <message>
        <source>Effort compares fully shipped candidates: actual divided by estimated. The Brier score compares each bet&apos;s confidence with its verdict (hit 1, partly ½, missed 0): 0 is perfect, 0.25 is a coin flip. These are suggestions; nothing was changed.</source>
        <translation>Der Aufwand vergleicht vollständig ausgelieferte Kandidaten: tatsächlich geteilt durch geschätzt. Der Brier-Score vergleicht die Zuversicht jeder Wette mit ihrem Urteil (getroffen 1, teilweise ½, verfehlt 0): 0 ist perfekt, 0,25 ein Münzwurf. Das sind Vorschläge; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>Actual ÷ estimated effort</source>
        <translation>Ist- ÷ geschätzter Aufwand</translation>
    </message>
    <message>
        <source>Inside the 80 % range</source>
        <translation>In der 80-%-Spanne</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier-Score</translation>
    </message>
    <message>
        <source>The estimates and bets held up: no suggestion.</source>
        <translation>Schätzungen und Wetten haben gehalten: kein Vorschlag.</translation>
    </message>
</context>
<context>
    <name>cutline::RecordContent</name>
    <message>
        <source>No capacity set; the committed work needs %1 %2.</source>
        <translation>Keine Kapazität festgelegt; die zugesagte Arbeit braucht %1 %2.</translation>
    </message>
    <message>
        <source>Capacity %1 %2; the committed work uses %3 %2 (%4 %), leaving %5 %2 of headroom.</source>
        <translation>Kapazität %1 %2; die zugesagte Arbeit braucht %3 %2 (%4 %), es bleiben %5 %2 Luft.</translation>
    </message>
    <message>
        <source>Capacity %1 %2; the committed work uses %3 %2 (%4 %), %5 %2 more than the capacity.</source>
        <translation>Kapazität %1 %2; die zugesagte Arbeit braucht %3 %2 (%4 %), %5 %2 mehr als die Kapazität.</translation>
    </message>
    <message>
        <source>Not signed off by the decider yet.</source>
        <translation>Noch nicht von der entscheidenden Person freigegeben.</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2.</source>
        <translation>Freigegeben von %1 am %2.</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2; decisions changed after the sign-off (see the decision log).</source>
        <translation>Freigegeben von %1 am %2; nach der Freigabe wurden Entscheidungen geändert (siehe Entscheidungsprotokoll).</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>%1 committed, %2 deferred, %3 dropped, %4 undecided, of %5 candidates.</source>
        <translation>%1 zugesagt, %2 verschoben, %3 gestrichen, %4 offen, von %5 Kandidaten.</translation>
    </message>
    <message>
        <source>Every candidate states its why.</source>
        <translation>Jeder Kandidat nennt sein Warum.</translation>
    </message>
    <message>
        <source>%1 candidates are missing part of their why: %2.</source>
        <translation>Bei %1 Kandidaten fehlt ein Teil des Warum: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The plan takes %n candidate(s) for %1 %2 and a total value of %3.</source>
        <translation>
            <numerusform>Der Plan nimmt %n Kandidaten für %1 %2 und einen Gesamtwert von %3.</numerusform>
            <numerusform>Der Plan nimmt %n Kandidaten für %1 %2 und einen Gesamtwert von %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan is feasible: %1</source>
        <translation>Kein Plan ist möglich: %1</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Erwartetes Ergebnis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Decided because: %1</source>
        <translation>Entschieden, weil: %1</translation>
    </message>
    <message>
        <source>Nothing is committed yet.</source>
        <translation>Noch ist nichts zugesagt.</translation>
    </message>
    <message>
        <source>Deferred and dropped</source>
        <translation>Verschoben und gestrichen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Nothing is deferred or dropped.</source>
        <translation>Nichts ist verschoben oder gestrichen.</translation>
    </message>
    <message>
        <source>Departures from the plan</source>
        <translation>Abweichungen vom Plan</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>would take it</source>
        <translation>würde es nehmen</translation>
    </message>
    <message>
        <source>would leave it out</source>
        <translation>würde es auslassen</translation>
    </message>
    <message>
        <source>(no rationale given)</source>
        <translation>(keine Begründung angegeben)</translation>
    </message>
    <message>
        <source>Every decision agrees with the plan.</source>
        <translation>Jede Entscheidung stimmt mit dem Plan überein.</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>No dissent was noted.</source>
        <translation>Es wurde kein Widerspruch festgehalten.</translation>
    </message>
    <message>
        <source>Risks and open questions</source>
        <translation>Risiken und offene Fragen</translation>
    </message>
    <message>
        <source>Committed candidate</source>
        <translation>Zugesagter Kandidat</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>If it is not done</source>
        <translation>Wenn es nicht gemacht wird</translation>
    </message>
    <message>
        <source>No committed candidate has a risk of 4 or more or a confidence of 50 % or less.</source>
        <translation>Kein zugesagter Kandidat hat ein Risiko ab 4 oder eine Zuversicht von 50 % oder weniger.</translation>
    </message>
    <message>
        <source>Committed work with a risk of 4–5 or a confidence of 50 % or less:</source>
        <translation>Zugesagte Arbeit mit Risiko 4–5 oder einer Zuversicht von 50 % oder weniger:</translation>
    </message>
    <message>
        <source>Still undecided (%1): %2.</source>
        <translation>Noch offen (%1): %2.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Scoring: %1 — %2.</source>
        <translation>Bewertung: %1 — %2.</translation>
    </message>
    <message>
        <source>The plan is the exact optimum: the set of candidates with the highest total value (reach × impact × confidence) whose effort fits the capacity, with every prerequisite, at most one of each pair of alternatives, and all mandatory work. Committed candidates are in it and deferred or dropped ones are out. A decision departs from the plan when, every other decision kept, the opposite decision would give a plan of higher value.</source>
        <translation>Der Plan ist das exakte Optimum: die Menge der Kandidaten mit dem höchsten Gesamtwert (Reichweite × Wirkung × Zuversicht), deren Aufwand in die Kapazität passt, mit allen Voraussetzungen, höchstens einer von je zwei Alternativen und aller Pflichtarbeit. Zugesagte Kandidaten sind darin, zurückgestellte oder verworfene nicht. Eine Entscheidung weicht vom Plan ab, wenn die gegenteilige Entscheidung bei allen anderen Entscheidungen einen Plan mit höherem Wert ergäbe.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>%1 requires %2</source>
        <translation>%1 setzt %2 voraus</translation>
    </message>
    <message>
        <source>%1 and %2 are alternatives</source>
        <translation>%1 und %2 sind Alternativen</translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation>Alle Kandidaten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>Zuv.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>in</source>
        <translation>drin</translation>
    </message>
    <message>
        <source>out</source>
        <translation>draußen</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>No decision was changed in Cutline yet.</source>
        <translation>In Cutline wurde noch keine Entscheidung geändert.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>No capacity set</source>
        <translation>Keine Kapazität festgelegt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Decider</source>
        <translation>Entscheidet</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Workshop ohne Titel</translation>
    </message>
    <message>
        <source>No plan fits the decisions taken, so no decision can be measured against one: %1</source>
        <translation>Kein Plan passt zu den getroffenen Entscheidungen, daher lässt sich keine Entscheidung an einem messen: %1</translation>
    </message>
    <message>
        <source>Against the estimates alone</source>
        <translation>Im Vergleich mit den Schätzungen allein</translation>
    </message>
    <message>
        <source>Even without decisions no plan fits: %1</source>
        <translation>Auch ohne Entscheidungen passt kein Plan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Without any decision, the best plan from the estimates alone would take %n candidate(s) for a total value of %1.</source>
        <translation>
            <numerusform>Ohne jede Entscheidung würde der beste Plan allein nach den Schätzungen %n Kandidaten mit einem Gesamtwert von %1 nehmen.</numerusform>
            <numerusform>Ohne jede Entscheidung würde der beste Plan allein nach den Schätzungen %n Kandidaten mit einem Gesamtwert von %1 nehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan under the decisions taken has a total value of %1 (%2 less).</source>
        <translation>Der Plan unter den getroffenen Entscheidungen hat einen Gesamtwert von %1 (%2 weniger).</translation>
    </message>
    <message>
        <source>Under the decisions taken no plan fits.</source>
        <translation>Unter den getroffenen Entscheidungen passt kein Plan.</translation>
    </message>
    <message>
        <source>Estimates alone</source>
        <translation>Schätzungen allein</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Every decision taken agrees with what the estimates alone would choose.</source>
        <translation>Jede getroffene Entscheidung stimmt mit dem überein, was die Schätzungen allein wählen würden.</translation>
    </message>
</context>
<context>
    <name>cutline::RecoveryStore</name>
    <message>
        <source>The recovery copy cannot be written to %1: %2</source>
        <translation>Die Wiederherstellungskopie kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cutline::Reimport</name>
    <message>
        <source>%1 Cutline&apos;s value is kept.</source>
        <translation>%1 Der Wert in Cutline bleibt.</translation>
    </message>
    <message>
        <source>%1: the %2 was edited in Cutline and changed in the tracker; Cutline&apos;s %3 is kept (the tracker has %4).</source>
        <translation>%1: %2 wurde in Cutline bearbeitet und im Tracker geändert; Cutlines %3 bleibt (der Tracker hat %4).</translation>
    </message>
    <message>
        <source>%1: the key is taken by a candidate typed in Cutline; the new one is %2.</source>
        <translation>%1: Der Schlüssel gehört einem in Cutline erfassten Kandidaten; der neue heißt %2.</translation>
    </message>
    <message>
        <source>%1 requires %2 in the tracker, but Cutline refuses the link: %3</source>
        <translation>%1 setzt im Tracker %2 voraus, aber Cutline lehnt die Verknüpfung ab: %3</translation>
    </message>
    <message>
        <source>%1 is no longer in the export, or is done; it stays in the workshop with its decision.</source>
        <translation>%1 ist nicht mehr im Export oder erledigt; es bleibt mit seiner Entscheidung im Workshop.</translation>
    </message>
    <message>
        <source>+ %1 %2 (new)</source>
        <translation>+ %1 %2 (neu)</translation>
    </message>
    <message>
        <source>~ %1 status: %2 → %3</source>
        <translation>~ %1 Status: %2 → %3</translation>
    </message>
    <message>
        <source>! %1 %2: edited in Cutline to %3, changed in the tracker from %4 to %5</source>
        <translation>! %1 %2: in Cutline zu %3 bearbeitet, im Tracker von %4 zu %5 geändert</translation>
    </message>
    <message>
        <source>~ %1 %2: %3 → %4</source>
        <translation>~ %1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>+ link: %1 requires %2</source>
        <translation>+ Verknüpfung: %1 setzt %2 voraus</translation>
    </message>
    <message>
        <source>- %1 %2 (gone from the export)</source>
        <translation>- %1 %2 (nicht mehr im Export)</translation>
    </message>
    <message numerus="yes">
        <source>Re-import: %n new</source>
        <translation>
            <numerusform>Erneuter Import: %n neu</numerusform>
            <numerusform>Erneuter Import: %n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n changed</source>
        <translation>
            <numerusform>, %n geändert</numerusform>
            <numerusform>, %n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n conflict(s))</source>
        <translation>
            <numerusform> (%n Konflikt)</numerusform>
            <numerusform> (%n Konflikte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unverändert</numerusform>
            <numerusform>, %n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n gone</source>
        <translation>
            <numerusform>, %n entfallen</numerusform>
            <numerusform>, %n entfallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new link(s).</source>
        <translation>
            <numerusform>, %n neue Verknüpfung.</numerusform>
            <numerusform>, %n neue Verknüpfungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutline::RemoveCandidateCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>cutline::RevealView</name>
    <message>
        <source>median %1 · IQR %2–%3 · %4–%5</source>
        <translation>Median %1 · IQR %2–%3 · %4–%5</translation>
    </message>
    <message>
        <source> (×%1)</source>
        <translation> (×%1)</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdeckung</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 is blind: %n ballot(s) in. Values show at the reveal.</source>
        <translation>
            <numerusform>Runde %1 ist verdeckt: %n Stimme abgegeben. Die Werte erscheinen bei der Aufdeckung.</numerusform>
            <numerusform>Runde %1 ist verdeckt: %n Stimmen abgegeben. Die Werte erscheinen bei der Aufdeckung.</numerusform>
        </translation>
    </message>
    <message>
        <source>COULD CHANGE THE PLAN</source>
        <translation>KÖNNTE DEN PLAN ÄNDERN</translation>
    </message>
    <message>
        <source>◆ diverges</source>
        <translation>◆ weicht ab</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>accepting moves the plan</source>
        <translation>Übernehmen verschiebt den Plan</translation>
    </message>
    <message>
        <source>Room&apos;s estimate: %1</source>
        <translation>Schätzung des Raums: %1</translation>
    </message>
</context>
<context>
    <name>cutline::Review</name>
    <message>
        <source>Shipped</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation>Teilweise ausgeliefert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Getroffen</translation>
    </message>
    <message>
        <source>Partly hit</source>
        <translation>Teilweise getroffen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>%1: the confidence %2 % is outside 0–100 %.</source>
        <translation>%1: Die Zuversicht %2 % liegt außerhalb von 0–100 %.</translation>
    </message>
    <message>
        <source>%1: the bet needs a review date.</source>
        <translation>%1: Die Wette braucht ein Review-Datum.</translation>
    </message>
    <message>
        <source>%1: the actual effort must be a number, not %2.</source>
        <translation>%1: Der tatsächliche Aufwand muss eine Zahl sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1: the actual effort %2 is negative.</source>
        <translation>%1: Der tatsächliche Aufwand %2 ist negativ.</translation>
    </message>
    <message>
        <source>%1: the review needs the date it was made.</source>
        <translation>%1: Das Review braucht das Datum, an dem es gemacht wurde.</translation>
    </message>
</context>
<context>
    <name>cutline::ReviewCalendar</name>
    <message>
        <source>Review of %1 %2 from the workshop &quot;%3&quot;.</source>
        <translation>Review von %1 %2 aus dem Workshop „%3“.</translation>
    </message>
    <message>
        <source>Metric: %1</source>
        <translation>Metrik: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 auf %2</translation>
    </message>
    <message>
        <source>Confidence at sign-off: %1 %</source>
        <translation>Zuversicht beim Abzeichnen: %1 %</translation>
    </message>
    <message>
        <source>Success metric: %1</source>
        <translation>Erfolgsmetrik: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Estimated effort: %1 %2</source>
        <translation>Geschätzter Aufwand: %1 %2</translation>
    </message>
    <message>
        <source>Review %1: %2</source>
        <translation>Review %1: %2</translation>
    </message>
    <message>
        <source>No committed candidate is waiting for a review on a date, so the calendar would be empty. Commit candidates and give them review dates first.</source>
        <translation>Kein zugesagter Kandidat wartet auf ein Review mit Datum, der Kalender wäre also leer. Sagen Sie zuerst Kandidaten zu und geben Sie ihnen Review-Daten.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>cutline::ReviewDialog</name>
    <message>
        <source>Review Candidates</source>
        <translation>Kandidaten überprüfen</translation>
    </message>
    <message>
        <source>Committed candidates</source>
        <translation>Zugesagte Kandidaten</translation>
    </message>
    <message>
        <source>&amp;Save Review</source>
        <translation>Review &amp;speichern</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Save and &amp;Next</source>
        <translation>Speichern und &amp;weiter</translation>
    </message>
    <message>
        <source>&amp;Remove Review</source>
        <translation>Review &amp;entfernen</translation>
    </message>
    <message>
        <source>The bet at sign-off</source>
        <translation>Die Wette beim Abzeichnen</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Ausgangswert:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Review &amp;date:</source>
        <translation>Review-&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Zuversicht:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>The metric&apos;s value now</source>
        <translation>Der aktuelle Wert der Metrik</translation>
    </message>
    <message>
        <source>What would you do differently next time?</source>
        <translation>Was würden Sie nächstes Mal anders machen?</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>Überprüft &amp;am:</translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation>Überprüft &amp;von:</translation>
    </message>
    <message>
        <source>What &amp;shipped:</source>
        <translation>Was ausgeliefert &amp;wurde:</translation>
    </message>
    <message>
        <source>Actual &amp;effort:</source>
        <translation>Tatsächlicher &amp;Aufwand:</translation>
    </message>
    <message>
        <source>Metric&apos;s actual &amp;value:</source>
        <translation>Ist-&amp;Wert der Metrik:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Urteil:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Lehre:</translation>
    </message>
    <message>
        <source>reviewed %1: %2</source>
        <translation>überprüft %1: %2</translation>
    </message>
    <message>
        <source>due since %1</source>
        <translation>fällig seit %1</translation>
    </message>
    <message>
        <source>review on %1</source>
        <translation>Review am %1</translation>
    </message>
    <message>
        <source>no review date</source>
        <translation>kein Review-Datum</translation>
    </message>
    <message>
        <source>Nothing to review: the decisions are not signed off yet.</source>
        <translation>Nichts zu überprüfen: Die Entscheidungen sind noch nicht abgezeichnet.</translation>
    </message>
    <message>
        <source>Nothing to review: no candidate is committed.</source>
        <translation>Nichts zu überprüfen: Kein Kandidat ist zugesagt.</translation>
    </message>
    <message>
        <source>%1 %2 — estimated %3 %4</source>
        <translation>%1 %2 — geschätzt %3 %4</translation>
    </message>
    <message>
        <source>in %1 (estimated %2)</source>
        <translation>in %1 (geschätzt %2)</translation>
    </message>
    <message>
        <source>%1: the actual effort &quot;%2&quot; is not a number.</source>
        <translation>%1: Der tatsächliche Aufwand „%2“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>cutline::ReviewLoop</name>
    <message>
        <source>&amp;Review Candidates…</source>
        <translation>Kandidaten &amp;überprüfen …</translation>
    </message>
    <message>
        <source>Ctrl+Alt+V</source>
        <translation>Ctrl+Alt+V</translation>
    </message>
    <message>
        <source>&amp;Calibration…</source>
        <translation>&amp;Kalibrierung …</translation>
    </message>
    <message>
        <source>Ctrl+Alt+K</source>
        <translation>Ctrl+Alt+K</translation>
    </message>
    <message>
        <source>Export Review &amp;Dates…</source>
        <translation>Review-&amp;Termine exportieren …</translation>
    </message>
    <message>
        <source>Review &amp;Now</source>
        <translation>&amp;Jetzt überprüfen</translation>
    </message>
    <message>
        <source>Hide until the file is opened again</source>
        <translation>Ausblenden, bis die Datei wieder geöffnet wird</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;view</translation>
    </message>
    <message>
        <source>Their review dates have come: record what shipped and whether the metric moved.</source>
        <translation>Ihre Review-Termine sind erreicht: Halten Sie fest, was ausgeliefert wurde und ob sich die Metrik bewegt hat.</translation>
    </message>
    <message>
        <source>Export Review Dates</source>
        <translation>Review-Termine exportieren</translation>
    </message>
    <message>
        <source> — reviews.ics</source>
        <translation> — Reviews.ics</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Cannot Export the Review Dates</source>
        <translation>Review-Termine können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote the review dates to %1.</source>
        <translation>Review-Termine nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>cutline::ReviewSchedule</name>
    <message>
        <source>There is no such candidate to review.</source>
        <translation>Diesen Kandidaten gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be reviewed yet: the decisions are not signed off. A review looks back at a signed decision.</source>
        <translation>%1 kann noch nicht überprüft werden: Die Entscheidungen sind nicht abgezeichnet. Ein Review blickt auf eine abgezeichnete Entscheidung zurück.</translation>
    </message>
    <message>
        <source>%1 cannot be reviewed: it is not committed (%2).</source>
        <translation>%1 kann nicht überprüft werden: Er ist nicht zugesagt (%2).</translation>
    </message>
    <message>
        <source>Due for review: %1.</source>
        <translation>Review fällig: %1.</translation>
    </message>
</context>
<context>
    <name>cutline::Room</name>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Low effort</source>
        <translation>Niedriger Aufwand</translation>
    </message>
    <message>
        <source>High effort</source>
        <translation>Hoher Aufwand</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>The reason must be one line.</source>
        <translation>Die Begründung muss eine Zeile sein.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; keep it to %2.</source>
        <translation>Die Begründung ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The ballot has no participant name.</source>
        <translation>Die Stimme hat keinen Teilnehmernamen.</translation>
    </message>
    <message>
        <source>The name &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>Der Name „%1…“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a criterion of this workshop.</source>
        <translation>%1: „%2“ ist kein Kriterium dieses Workshops.</translation>
    </message>
    <message>
        <source>%1: %2 %3 is outside 0–10.</source>
        <translation>%1: %2 %3 liegt außerhalb von 0–10.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an input a ballot can set.</source>
        <translation>%1: „%2“ ist keine Eingabe, die eine Stimme setzen kann.</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Time criticality</source>
        <translation>Zeitkritikalität</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>There is no candidate %1 in this workshop.</source>
        <translation>Es gibt keinen Kandidaten %1 in diesem Workshop.</translation>
    </message>
    <message>
        <source>%1 is not in round %2.</source>
        <translation>%1 ist nicht in Runde %2.</translation>
    </message>
    <message>
        <source>Round %1 has been revealed; its ballots are locked.</source>
        <translation>Runde %1 wurde aufgedeckt; ihre Stimmen sind gesperrt.</translation>
    </message>
    <message>
        <source>%1: round %2 does not ask for &quot;%3&quot;.</source>
        <translation>%1: Runde %2 fragt nicht nach „%3“.</translation>
    </message>
    <message>
        <source>%1: the ballot has no %2.</source>
        <translation>%1: Die Stimme enthält keinen Wert für %2.</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Teilnehmer %1</translation>
    </message>
    <message>
        <source>The highest and the lowest ballot explain first</source>
        <translation>Die höchste und die niedrigste Stimme erklären zuerst</translation>
    </message>
    <message>
        <source>%1 (highest and lowest) explains first</source>
        <translation>%1 (höchste und niedrigste Stimme) erklärt zuerst</translation>
    </message>
    <message>
        <source>%1 (highest) and %2 (lowest) explain first</source>
        <translation>%1 (höchste) und %2 (niedrigste) erklären zuerst</translation>
    </message>
    <message>
        <source>%1 %2 (geometric mean)</source>
        <translation>%1 %2 (geometrisches Mittel)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>cutline::RoomController</name>
    <message>
        <source>The room is not open.</source>
        <translation>Der Raum ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Open the room first (Room → Open Room…).</source>
        <translation>Öffnen Sie zuerst den Raum (Raum → Raum öffnen…).</translation>
    </message>
    <message>
        <source>Reveal the current round before opening another.</source>
        <translation>Decken Sie die laufende Runde auf, bevor Sie eine weitere öffnen.</translation>
    </message>
    <message>
        <source>There is no round to vote on again.</source>
        <translation>Es gibt keine Runde, über die erneut abgestimmt werden kann.</translation>
    </message>
    <message>
        <source>Reveal the current round before voting again.</source>
        <translation>Decken Sie die laufende Runde auf, bevor erneut abgestimmt wird.</translation>
    </message>
    <message>
        <source>Every candidate of this round has had %1 rounds; accept or override their estimates.</source>
        <translation>Jeder Kandidat dieser Runde hatte %1 Runden; übernehmen oder überschreiben Sie die Schätzungen.</translation>
    </message>
    <message>
        <source>The workshop refused the room&apos;s edit.</source>
        <translation>Der Workshop hat die Änderung des Raums abgelehnt.</translation>
    </message>
    <message>
        <source>Reveal the round before accepting its estimate.</source>
        <translation>Decken Sie die Runde auf, bevor Sie ihre Schätzung übernehmen.</translation>
    </message>
    <message>
        <source>Reveal the round before overriding its estimate.</source>
        <translation>Decken Sie die Runde auf, bevor Sie ihre Schätzung überschreiben.</translation>
    </message>
</context>
<context>
    <name>cutline::RoomEditor</name>
    <message>
        <source>There is no round %1.</source>
        <translation>Es gibt keine Runde %1.</translation>
    </message>
    <message>
        <source>A round needs at least one candidate.</source>
        <translation>Eine Runde braucht mindestens einen Kandidaten.</translation>
    </message>
    <message>
        <source>Round %1 is still open; reveal it before opening another.</source>
        <translation>Runde %1 ist noch offen; decken Sie sie auf, bevor Sie eine weitere öffnen.</translation>
    </message>
    <message>
        <source>There is no candidate %1 in this workshop.</source>
        <translation>Es gibt keinen Kandidaten %1 in diesem Workshop.</translation>
    </message>
    <message>
        <source>%1 has had %2 rounds already; settle it by discussion.</source>
        <translation>%1 hatte schon %2 Runden; klären Sie es im Gespräch.</translation>
    </message>
    <message>
        <source>Round %1 is already revealed.</source>
        <translation>Runde %1 ist schon aufgedeckt.</translation>
    </message>
    <message>
        <source>Round %1 has no ballots yet; there is nothing to reveal.</source>
        <translation>Runde %1 hat noch keine Stimmen; es gibt nichts aufzudecken.</translation>
    </message>
    <message>
        <source>Accept the room&apos;s estimate for %1</source>
        <translation>Schätzung des Raums für %1 übernehmen</translation>
    </message>
    <message>
        <source>%1: overriding the room&apos;s estimate needs a reason: say why the estimate differs from the ballots.</source>
        <translation>%1: Das Überschreiben der Schätzung des Raums braucht eine Begründung: Sagen Sie, warum die Schätzung von den Stimmen abweicht.</translation>
    </message>
    <message>
        <source>%1: an override needs the values to set.</source>
        <translation>%1: Eine Überschreibung braucht die zu setzenden Werte.</translation>
    </message>
    <message>
        <source>Override the room&apos;s estimate for %1</source>
        <translation>Schätzung des Raums für %1 überschreiben</translation>
    </message>
    <message>
        <source>%1 is not in round %2.</source>
        <translation>%1 ist nicht in Runde %2.</translation>
    </message>
    <message>
        <source>Round %1 is not revealed yet; reveal it before deciding %2.</source>
        <translation>Runde %1 ist noch nicht aufgedeckt; decken Sie sie auf, bevor Sie %2 entscheiden.</translation>
    </message>
    <message>
        <source>%1 already has an outcome in round %2; open a new round to vote again.</source>
        <translation>%1 hat in Runde %2 schon ein Ergebnis; öffnen Sie eine neue Runde, um erneut abzustimmen.</translation>
    </message>
    <message>
        <source>Round %1 has no ballots on %2; there is nothing to accept.</source>
        <translation>Runde %1 hat keine Stimmen zu %2; es gibt nichts zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>cutline::RoomPanel</name>
    <message>
        <source>Cutline — Room</source>
        <translation>Cutline — Raum</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Mit dem Telefon beitreten</translation>
    </message>
    <message>
        <source>The network the phones are on. The room listens on this address only.</source>
        <translation>Das Netzwerk, in dem die Telefone sind. Der Raum lauscht nur auf dieser Adresse.</translation>
    </message>
    <message>
        <source>Phones can&apos;t connect?</source>
        <translation>Telefone können sich nicht verbinden?</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Sweep: everyone scores every candidate at their own pace</source>
        <translation>Durchgang: alle bewerten jeden Kandidaten im eigenen Tempo</translation>
    </message>
    <message>
        <source>Live: one candidate at a time, with a timer</source>
        <translation>Live: ein Kandidat nach dem anderen, mit Zeitgeber</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no timer</source>
        <translation>ohne Zeitgeber</translation>
    </message>
    <message>
        <source>Anonymous (ballots carry no names; choose before the first ballot)</source>
        <translation>Anonym (Stimmen tragen keine Namen; vor der ersten Stimme wählen)</translation>
    </message>
    <message>
        <source>Reveal when everyone has voted</source>
        <translation>Aufdecken, sobald alle abgestimmt haben</translation>
    </message>
    <message>
        <source>&amp;Open Round</source>
        <translation>Runde ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Aufdecken</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Ctrl+R: show everyone&apos;s values, lock the ballots</source>
        <translation>Strg+R: alle Werte zeigen, Stimmen sperren</translation>
    </message>
    <message>
        <source>&amp;Vote Again</source>
        <translation>&amp;Erneut abstimmen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return: a new blind round on the same candidates (at most %1 per candidate)</source>
        <translation>Strg+Umschalt+Eingabe: eine neue verdeckte Runde zu denselben Kandidaten (höchstens %1 je Kandidat)</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Timer (live):</source>
        <translation>Zeitgeber (live):</translation>
    </message>
    <message>
        <source>Who has voted</source>
        <translation>Wer hat abgestimmt</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Values stay hidden until the reveal — on this screen too.</source>
        <translation>Die Werte bleiben bis zum Aufdecken verborgen — auch auf diesem Bildschirm.</translation>
    </message>
    <message>
        <source>&amp;Accept Room&apos;s Estimate</source>
        <translation>Schätzung des Raums ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A: the median (geometric mean for effort and reach) becomes the selected candidate&apos;s estimate; one undo step</source>
        <translation>Strg+Umschalt+A: der Median (geometrisches Mittel für Aufwand und Reichweite) wird die Schätzung des gewählten Kandidaten; ein Rückgängig-Schritt</translation>
    </message>
    <message>
        <source>O&amp;verride…</source>
        <translation>Über&amp;schreiben…</translation>
    </message>
    <message>
        <source>Set other values, with the reason the record will show</source>
        <translation>Andere Werte setzen, mit der Begründung, die das Protokoll zeigt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Same network.&lt;/b&gt; Phones must be on the network shown under the QR code. Mobile data does not reach this laptop.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Guest Wi-Fi.&lt;/b&gt; Guest and conference networks often isolate devices from each other (client isolation): phones then cannot reach the laptop at all. Use the office network, or a hotspot from the laptop or a phone.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Firewall.&lt;/b&gt; The laptop&apos;s firewall must let the room&apos;s port in (shown after the colon in the address).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wrong network picked.&lt;/b&gt; Choose another network above: the address changes, phones scan again.&lt;/p&gt;&lt;p&gt;&lt;b&gt;No camera?&lt;/b&gt; Type the address exactly as shown, with the long code, then the PIN.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dasselbe Netzwerk.&lt;/b&gt; Die Telefone müssen im Netzwerk unter dem QR-Code sein. Mobile Daten erreichen diesen Laptop nicht.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gäste-WLAN.&lt;/b&gt; Gäste- und Konferenznetze trennen Geräte oft voneinander (Client-Isolation): Telefone erreichen den Laptop dann gar nicht. Nutzen Sie das Büronetz oder einen Hotspot vom Laptop oder einem Telefon.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Firewall.&lt;/b&gt; Die Firewall des Laptops muss den Port des Raums durchlassen (nach dem Doppelpunkt in der Adresse).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Falsches Netzwerk gewählt.&lt;/b&gt; Wählen Sie oben ein anderes: die Adresse ändert sich, die Telefone scannen erneut.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keine Kamera?&lt;/b&gt; Geben Sie die Adresse genau wie angezeigt ein, mit dem langen Code, dann die PIN.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Phones Can&apos;t Connect?</source>
        <translation>Telefone können sich nicht verbinden?</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>Der Raum ist geschlossen.</translation>
    </message>
    <message>
        <source>PIN %1</source>
        <translation>PIN %1</translation>
    </message>
    <message>
        <source>Only this computer can join: no network is connected. Connect to the room&apos;s Wi-Fi, then choose it above.</source>
        <translation>Nur dieser Computer kann beitreten: kein Netzwerk ist verbunden. Verbinden Sie sich mit dem WLAN des Raums und wählen Sie es oben.</translation>
    </message>
    <message>
        <source>No undecided candidate can have another round.</source>
        <translation>Kein unentschiedener Kandidat kann eine weitere Runde haben.</translation>
    </message>
    <message>
        <source>No round yet. Choose the mode, then Open Round.</source>
        <translation>Noch keine Runde. Wählen Sie den Modus, dann „Runde öffnen“.</translation>
    </message>
    <message>
        <source>Round %1 · %2 · %3 · %4</source>
        <translation>Runde %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>sweep</source>
        <translation>Durchgang</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>named</source>
        <translation>namentlich</translation>
    </message>
    <message>
        <source>revealed, ballots locked</source>
        <translation>aufgedeckt, Stimmen gesperrt</translation>
    </message>
    <message>
        <source>voting</source>
        <translation>Abstimmung läuft</translation>
    </message>
    <message>
        <source> · %1 s left</source>
        <translation> · noch %1 s</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>… %1 (%2 of %3)</source>
        <translation>… %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Nobody has joined yet.</source>
        <translation>Noch niemand ist beigetreten.</translation>
    </message>
    <message>
        <source>could change the plan</source>
        <translation>könnte den Plan ändern</translation>
    </message>
    <message>
        <source>views differ</source>
        <translation>Meinungen gehen auseinander</translation>
    </message>
    <message>
        <source>%1 %2 (%3–%4)</source>
        <translation>%1 %2 (%3–%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 — %n ballot(s)</source>
        <translation>
            <numerusform>%1 %2 — %n Stimme</numerusform>
            <numerusform>%1 %2 — %n Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ settled</source>
        <translation>✓ erledigt</translation>
    </message>
    <message>
        <source>accepting moves the plan</source>
        <translation>Übernehmen verschiebt den Plan</translation>
    </message>
</context>
<context>
    <name>cutline::RoomTables</name>
    <message>
        <source>Room round %1: %2 is %3, not a finite number; it cannot be saved.</source>
        <translation>Raumrunde %1: %2 ist %3, keine endliche Zahl; sie kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Room round %1: %2</source>
        <translation>Raumrunde %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time.</source>
        <translation>„%1“ ist keine Zeitangabe.</translation>
    </message>
    <message>
        <source>round numbers start at 1.</source>
        <translation>Rundennummern beginnen bei 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a round mode (live or sweep).</source>
        <translation>„%1“ ist kein Rundenmodus (live oder sweep).</translation>
    </message>
    <message>
        <source>the round does not exist.</source>
        <translation>die Runde existiert nicht.</translation>
    </message>
    <message>
        <source>candidate %1 is not in the workshop.</source>
        <translation>Kandidat %1 ist nicht im Workshop.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an input.</source>
        <translation>„%1“ ist keine Eingabe.</translation>
    </message>
    <message>
        <source>%1 is %2, not a finite number.</source>
        <translation>%1 ist %2, keine endliche Zahl.</translation>
    </message>
    <message>
        <source>%1 %2 is off its scale.</source>
        <translation>%1 %2 liegt außerhalb der Skala.</translation>
    </message>
    <message>
        <source>a value belongs to nothing.</source>
        <translation>ein Wert gehört zu nichts.</translation>
    </message>
    <message>
        <source>candidate %1 is not in the round.</source>
        <translation>Kandidat %1 ist nicht in der Runde.</translation>
    </message>
    <message>
        <source>the ballots are out of order.</source>
        <translation>die Stimmen sind nicht in Ordnung.</translation>
    </message>
    <message>
        <source>the outcomes are out of order.</source>
        <translation>die Ergebnisse sind nicht in Ordnung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome.</source>
        <translation>„%1“ ist kein Ergebnis.</translation>
    </message>
    <message>
        <source>an override has no reason.</source>
        <translation>eine Überschreibung hat keine Begründung.</translation>
    </message>
</context>
<context>
    <name>cutline::RoundCommand</name>
    <message>
        <source>Open round %1</source>
        <translation>Runde %1 öffnen</translation>
    </message>
    <message>
        <source>Ballots in round %1</source>
        <translation>Stimmen in Runde %1</translation>
    </message>
    <message>
        <source>Reveal round %1</source>
        <translation>Runde %1 aufdecken</translation>
    </message>
    <message>
        <source>Outcome of round %1</source>
        <translation>Ergebnis von Runde %1</translation>
    </message>
</context>
<context>
    <name>cutline::RoundsRecord</name>
    <message>
        <source> (geometric mean)</source>
        <translation> (geometrisches Mittel)</translation>
    </message>
    <message>
        <source> (median)</source>
        <translation> (Median)</translation>
    </message>
    <message>
        <source>%1 (not revealed)</source>
        <translation>%1 (nicht aufgedeckt)</translation>
    </message>
    <message>
        <source>%1 (anonymous)</source>
        <translation>%1 (anonym)</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>sweep</source>
        <translation>Durchgang</translation>
    </message>
    <message>
        <source>%1 (%2, anonymous)</source>
        <translation>%1 (%2, anonym)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: median %2, IQR %3–%4, %5–%6</source>
        <translation>%1: Median %2, IQR %3–%4, %5–%6</translation>
    </message>
    <message>
        <source>, diverged</source>
        <translation>, abweichend</translation>
    </message>
    <message>
        <source>could change the plan</source>
        <translation>könnte den Plan ändern</translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>übernommen: %1</translation>
    </message>
    <message>
        <source>overridden to %1: %2</source>
        <translation>überschrieben auf %1: %2</translation>
    </message>
    <message>
        <source>an override in round %1: %2</source>
        <translation>eine Überschreibung in Runde %1: %2</translation>
    </message>
    <message>
        <source>discussion, then accepting the room&apos;s estimate in round %1</source>
        <translation>Gespräch, dann Übernahme der Schätzung des Raums in Runde %1</translation>
    </message>
    <message>
        <source>a re-vote: round %1 agreed and its estimate was accepted</source>
        <translation>eine neue Abstimmung: Runde %1 war sich einig und ihre Schätzung wurde übernommen</translation>
    </message>
    <message>
        <source>accepting the room&apos;s estimate in round %1 despite the spread</source>
        <translation>Übernahme der Schätzung des Raums in Runde %1 trotz der Streuung</translation>
    </message>
    <message>
        <source>%1: diverged in round %2 (%3), resolved by %4.</source>
        <translation>%1: wich in Runde %2 ab (%3), geklärt durch %4.</translation>
    </message>
    <message>
        <source>%1: diverged in round %2 (%3), not resolved yet.</source>
        <translation>%1: wich in Runde %2 ab (%3), noch nicht geklärt.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Estimates made in blind rounds: everyone judged alone, nobody saw a value before the reveal. Per input: the median, the interquartile range (linear interpolation) and min–max. An input diverged when its interquartile range was at least a quarter of its scale or, for effort and reach, when its largest value was 3 times its smallest. The room&apos;s estimate is the median of scores and the geometric mean of effort and reach.</source>
        <translation>Schätzungen aus verdeckten Runden: Alle urteilten allein, niemand sah einen Wert vor der Aufdeckung. Je Eingabe: der Median, der Interquartilsabstand (lineare Interpolation) und Minimum–Maximum. Eine Eingabe wich ab, wenn ihr Interquartilsabstand mindestens ein Viertel ihrer Skala betrug oder, bei Aufwand und Reichweite, ihr größter Wert das Dreifache ihres kleinsten war. Die Schätzung des Raums ist der Median der Bewertungen und das geometrische Mittel von Aufwand und Reichweite.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Round %1, nobody scored: %2.</source>
        <translation>Runde %1, von niemandem bewertet: %2.</translation>
    </message>
</context>
<context>
    <name>cutline::Scoring</name>
    <message>
        <source>Value / effort</source>
        <translation>Wert / Aufwand</translation>
    </message>
    <message>
        <source>RICE</source>
        <translation>RICE</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>WSJF</source>
        <translation>WSJF</translation>
    </message>
    <message>
        <source>Weighted criteria</source>
        <translation>Gewichtete Kriterien</translation>
    </message>
    <message>
        <source>value (reach × impact × confidence) divided by effort</source>
        <translation>Wert (Reichweite × Wirkung × Zuversicht) geteilt durch Aufwand</translation>
    </message>
    <message>
        <source>reach × impact × confidence ÷ effort, with reach estimated for every candidate</source>
        <translation>Reichweite × Wirkung × Zuversicht ÷ Aufwand, mit geschätzter Reichweite für jeden Kandidaten</translation>
    </message>
    <message>
        <source>impact × confidence (0–10) × ease, where ease runs from 10 for no effort to 1 for the largest effort in the workshop</source>
        <translation>Wirkung × Zuversicht (0–10) × Leichtigkeit; die Leichtigkeit reicht von 10 ohne Aufwand bis 1 beim größten Aufwand im Workshop</translation>
    </message>
    <message>
        <source>cost of delay (impact + time criticality + risk reduction, the risk 1–5 counted twice) divided by job size (effort)</source>
        <translation>Verzögerungskosten (Wirkung + Zeitkritikalität + Risikominderung, das Risiko 1–5 doppelt gezählt) geteilt durch die Größe (Aufwand)</translation>
    </message>
    <message>
        <source>the weighted average of the candidate&apos;s 0–10 scores on the workshop&apos;s criteria</source>
        <translation>der gewichtete Mittelwert der Bewertungen 0–10 des Kandidaten nach den Kriterien des Workshops</translation>
    </message>
    <message>
        <source>(reach %1 × impact %2 × confidence %3 % + unlocked %4) ÷ effort %5 = %6</source>
        <translation>(Reichweite %1 × Wirkung %2 × Zuversicht %3 % + freigeschaltet %4) ÷ Aufwand %5 = %6</translation>
    </message>
    <message>
        <source>reach %1 × impact %2 × confidence %3 % ÷ effort %4 = %5</source>
        <translation>Reichweite %1 × Wirkung %2 × Zuversicht %3 % ÷ Aufwand %4 = %5</translation>
    </message>
    <message>
        <source>impact %1 × confidence %2 × ease %3 = %4</source>
        <translation>Wirkung %1 × Zuversicht %2 × Leichtigkeit %3 = %4</translation>
    </message>
    <message>
        <source>(impact %1 + time criticality %2 + risk reduction %3) ÷ effort %4 = %5</source>
        <translation>(Wirkung %1 + Zeitkritikalität %2 + Risikominderung %3) ÷ Aufwand %4 = %5</translation>
    </message>
    <message>
        <source>%1 %2 × %3</source>
        <translation>%1 %2 × %3</translation>
    </message>
    <message>
        <source>no criteria defined yet (Workshop settings)</source>
        <translation>noch keine Kriterien festgelegt (Workshop-Einstellungen)</translation>
    </message>
    <message>
        <source>(%1) ÷ total weight %2 = %3</source>
        <translation>(%1) ÷ Gesamtgewicht %2 = %3</translation>
    </message>
    <message>
        <source>Every criterion needs a name.</source>
        <translation>Jedes Kriterium braucht einen Namen.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; is listed twice.</source>
        <translation>Das Kriterium „%1“ steht doppelt in der Liste.</translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; must be a number of 0 or more, not %2.</source>
        <translation>Das Gewicht von „%1“ muss eine Zahl ab 0 sein, nicht %2.</translation>
    </message>
    <message>
        <source>At least one criterion needs a weight above 0.</source>
        <translation>Mindestens ein Kriterium braucht ein Gewicht über 0.</translation>
    </message>
</context>
<context>
    <name>cutline::SetFieldCommand</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
</context>
<context>
    <name>cutline::SettingsDialog</name>
    <message>
        <source>Workshop Settings</source>
        <translation>Workshop-Einstellungen</translation>
    </message>
    <message>
        <source>e.g. Invoicing — 2027 Q1 planning</source>
        <translation>z. B. Rechnungsstellung — Planung 2027 Q1</translation>
    </message>
    <message>
        <source>What must this quarter achieve?</source>
        <translation>Was muss dieses Quartal erreichen?</translation>
    </message>
    <message>
        <source>e.g. 2027 Q1</source>
        <translation>z. B. 2027 Q1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>The one person who makes the call</source>
        <translation>Die eine Person, die entscheidet</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Ein Name pro Zeile</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Remove Goal</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Zielsetzung:</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizont:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>&amp;Decider:</source>
        <translation>&amp;Entscheider:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Add Criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation>Kriterium entfernen</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Kriterium %1</translation>
    </message>
    <message>
        <source>Score = %1. The plan always maximises value (reach × impact × confidence) within capacity; the score ranks and explains.</source>
        <translation>Bewertung = %1. Der Plan maximiert immer den Wert (Reichweite × Wirkung × Zuversicht) innerhalb der Kapazität; die Bewertung ordnet und erklärt.</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <source>Chart split at &amp;effort:</source>
        <translation>Diagramm teilen bei &amp;Aufwand:</translation>
    </message>
    <message>
        <source>Chart split at &amp;value:</source>
        <translation>Diagramm teilen bei &amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Review committed work:</source>
        <translation>Zugesagte Arbeit &amp;prüfen:</translation>
    </message>
    <message>
        <source>after the end of the horizon</source>
        <translation>nach dem Ende des Horizonts</translation>
    </message>
    <message>
        <source>Count what a candidate unloc&amp;ks in its value (value / effort and RICE)</source>
        <translation>Was ein Kandidat &amp;freischaltet, zu seinem Wert zählen (Wert / Aufwand und RICE)</translation>
    </message>
    <message>
        <source>A blocker then scores with the value of everything that cannot happen without it.</source>
        <translation>Ein Blocker wird dann mit dem Wert von allem bewertet, was ohne ihn nicht geht.</translation>
    </message>
    <message>
        <source>Capacity unit</source>
        <translation>Kapazitätseinheit</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>Criter&amp;ia:</source>
        <translation>Krite&amp;rien:</translation>
    </message>
    <message>
        <source>&amp;Uncertainty</source>
        <translation>&amp;Unsicherheit</translation>
    </message>
    <message>
        <source>no range</source>
        <translation>keine Spanne</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>unabhängig</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Capacity &amp;range:</source>
        <translation>Kapazitäts&amp;spanne:</translation>
    </message>
    <message>
        <source>What the team may really have, as an 80 % band: the low and high ends are the 10th and 90th percentiles. Leave both at &quot;no range&quot; for a fixed capacity.</source>
        <translation>Was das Team wirklich haben könnte, als 80-%-Band: unteres und oberes Ende sind das 10. und 90. Perzentil. Beide auf „keine Spanne“ lassen für eine feste Kapazität.</translation>
    </message>
    <message>
        <source>Estimates err &amp;together:</source>
        <translation>Schätzungen irren &amp;gemeinsam:</translation>
    </message>
    <message>
        <source>0: each effort estimate errs on its own. Up to 0.9: they err together, as when the whole team is optimistic (the correlation of the log-efforts). Each candidate keeps its own range.</source>
        <translation>0: jede Aufwandsschätzung irrt für sich. Bis 0,9: sie irren gemeinsam, etwa wenn das ganze Team optimistisch ist (die Korrelation der log-Aufwände). Jeder Kandidat behält seine eigene Spanne.</translation>
    </message>
    <message>
        <source>Give both ends of the capacity range, or neither.</source>
        <translation>Beide Enden der Kapazitätsspanne angeben oder keines.</translation>
    </message>
</context>
<context>
    <name>cutline::SignOffDialog</name>
    <message>
        <source>Sign Off Decisions</source>
        <translation>Entscheidungen abzeichnen</translation>
    </message>
    <message>
        <source>the decider</source>
        <translation>die entscheidende Person</translation>
    </message>
    <message>
        <source>Sign off the decisions as %1? The record will show the name and the time, and any later change of decision.</source>
        <translation>Die Entscheidungen als %1 abzeichnen? Das Protokoll zeigt den Namen und die Zeit sowie jede spätere Änderung einer Entscheidung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bets.&lt;/b&gt; For each committed candidate: the metric it should move, its baseline and target, when to review it, and how confident you are (0–100 %) that it will hit the target. The reviews later compare this with what happened; you can change a bet later from Review → Review Candidates.</source>
        <translation>&lt;b&gt;Wetten.&lt;/b&gt; Für jeden zugesagten Kandidaten: die Metrik, die er bewegen soll, Ausgangswert und Ziel, wann er überprüft wird und wie zuversichtlich Sie sind (0–100 %), dass er das Ziel erreicht. Die Reviews vergleichen das später mit dem, was geschah; eine Wette lässt sich später unter Review → Kandidaten überprüfen ändern.</translation>
    </message>
    <message>
        <source>&amp;Sign Off</source>
        <translation>&amp;Abzeichnen</translation>
    </message>
</context>
<context>
    <name>cutline::TrackerActions</name>
    <message>
        <source>Tracker exports (*.csv *.json);;All files (*)</source>
        <translation>Tracker-Exporte (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import from &amp;Tracker…</source>
        <translation>Aus &amp;Tracker importieren …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Make a new workshop from a Jira or Linear CSV, GitHub issues or a Trello board.</source>
        <translation>Einen neuen Workshop aus einer Jira- oder Linear-CSV, GitHub-Issues oder einem Trello-Board erstellen.</translation>
    </message>
    <message>
        <source>Re-import from Trac&amp;ker…</source>
        <translation>Erneut aus Trac&amp;ker importieren …</translation>
    </message>
    <message>
        <source>Ctrl+Alt+T</source>
        <translation>Ctrl+Alt+T</translation>
    </message>
    <message>
        <source>Bring a newer export of the same tracker into this workshop: new, changed and gone work, and conflicts, shown first.</source>
        <translation>Einen neueren Export desselben Trackers in diesen Workshop übernehmen: neue, geänderte und entfallene Arbeit sowie Konflikte werden vorher gezeigt.</translation>
    </message>
    <message>
        <source>Export for Trac&amp;ker…</source>
        <translation>Für Trac&amp;ker exportieren …</translation>
    </message>
    <message>
        <source>Write the decisions as a CSV the tracker&apos;s bulk update reads.</source>
        <translation>Die Entscheidungen als CSV für die Massenänderung des Trackers schreiben.</translation>
    </message>
    <message>
        <source>a tracker&apos;s export</source>
        <translation>ein Tracker-Export</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Import from Tracker</source>
        <translation>Aus Tracker importieren</translation>
    </message>
    <message>
        <source>Re-import from Tracker</source>
        <translation>Erneut aus Tracker importieren</translation>
    </message>
    <message>
        <source>Re-import from %1</source>
        <translation>Erneut importieren aus %1</translation>
    </message>
    <message>
        <source>Re-imported With Warnings</source>
        <translation>Mit Warnungen erneut importiert</translation>
    </message>
    <message>
        <source>Export for Tracker</source>
        <translation>Für Tracker exportieren</translation>
    </message>
    <message>
        <source>The candidates came from several trackers; export for:</source>
        <translation>Die Kandidaten stammen aus mehreren Trackern; exportieren für:</translation>
    </message>
    <message>
        <source>Export for %1</source>
        <translation>Für %1 exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n decision(s) to %1.</source>
        <translation>
            <numerusform>%n Entscheidung nach %1 exportiert.</numerusform>
            <numerusform>%n Entscheidungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutline::TrackerCsv</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 ist leer: Es hat keine Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>cutline::TrackerExport</name>
    <message>
        <source>in the plan</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cutline::TrackerFormat</name>
    <message>
        <source>Jira CSV</source>
        <translation>Jira-CSV</translation>
    </message>
    <message>
        <source>Linear CSV</source>
        <translation>Linear-CSV</translation>
    </message>
    <message>
        <source>GitHub issues (JSON)</source>
        <translation>GitHub-Issues (JSON)</translation>
    </message>
    <message>
        <source>Trello board (JSON)</source>
        <translation>Trello-Board (JSON)</translation>
    </message>
    <message>
        <source>Cutline CSV</source>
        <translation>Cutline-CSV</translation>
    </message>
</context>
<context>
    <name>cutline::TrackerImportDialog</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Story points</source>
        <translation>Story Points</translation>
    </message>
    <message>
        <source>Time estimate (seconds)</source>
        <translation>Zeitschätzung (Sekunden)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Re-import from %1</source>
        <translation>Erneut importieren aus %1</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>Importieren aus %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Setzt voraus</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>In Cutline</source>
        <translation>In Cutline</translation>
    </message>
    <message>
        <source>In the tracker</source>
        <translation>Im Tracker</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Re-import</source>
        <translation>Erneut importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Hours (from seconds)</source>
        <translation>Stunden (aus Sekunden)</translation>
    </message>
    <message>
        <source>Days (from seconds)</source>
        <translation>Tage (aus Sekunden)</translation>
    </message>
    <message>
        <source>&amp;Effort in:</source>
        <translation>&amp;Aufwand in:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Hours per day:</source>
        <translation>&amp;Stunden pro Tag:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>What comes in</source>
        <translation>Was übernommen wird</translation>
    </message>
    <message>
        <source>Include &amp;done work</source>
        <translation>&amp;Erledigte Arbeit einbeziehen</translation>
    </message>
    <message>
        <source>Statuses (unticked ones are left out):</source>
        <translation>Status (nicht angehakte werden ausgelassen):</translation>
    </message>
    <message>
        <source>Kinds (first match of a type or label wins)</source>
        <translation>Arten (der erste Treffer eines Typs oder Labels gilt)</translation>
    </message>
    <message>
        <source>Type or label</source>
        <translation>Typ oder Label</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Nichts kann importiert werden: %1</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Neu (%1)</translation>
    </message>
    <message>
        <source>Changed (%1); tick a conflict to take the tracker&apos;s value</source>
        <translation>Geändert (%1); haken Sie einen Konflikt an, um den Wert des Trackers zu übernehmen</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>%1 Status</translation>
    </message>
    <message>
        <source>%1 %2 (conflict)</source>
        <translation>%1 %2 (Konflikt)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New links (%1)</source>
        <translation>Neue Verknüpfungen (%1)</translation>
    </message>
    <message>
        <source>%1 requires %2</source>
        <translation>%1 setzt %2 voraus</translation>
    </message>
    <message>
        <source>Gone from the export, kept (%1)</source>
        <translation>Nicht mehr im Export, behalten (%1)</translation>
    </message>
    <message>
        <source>Nothing changed since the last import.</source>
        <translation>Seit dem letzten Import hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Workshop title:</source>
        <translation>&amp;Workshop-Titel:</translation>
    </message>
    <message>
        <source>What the team can do in the period, in the unit of effort. It starts at half of the imported effort; the plan needs it.</source>
        <translation>Was das Team im Zeitraum schaffen kann, in der Einheit des Aufwands. Anfangs die Hälfte des importierten Aufwands; der Plan braucht sie.</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>Done work: tick &quot;Include done work&quot; to bring it in</source>
        <translation>Erledigte Arbeit: haken Sie „Erledigte Arbeit einbeziehen“ an, um sie zu übernehmen</translation>
    </message>
</context>
<context>
    <name>cutline::TrackerImporter</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an estimate, so starting with an effort of 1 (%1): %2.</source>
        <translation>Ohne Schätzung, daher mit einem Aufwand von 1 (%1) begonnen: %2.</translation>
    </message>
    <message>
        <source>%1: the Blocks links form a cycle: %2. Cutline cannot plan work that waits for itself; break the cycle in the tracker and export again.</source>
        <translation>%1: Die Blocks-Verknüpfungen bilden einen Zyklus: %2. Cutline kann keine Arbeit planen, die auf sich selbst wartet; lösen Sie den Zyklus im Tracker auf und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1, line %2: an issue without a key (&quot;%3&quot;) is left out.</source>
        <translation>%1, Zeile %2: Ein Issue ohne Schlüssel („%3“) wird ausgelassen.</translation>
    </message>
    <message>
        <source>%1, line %2: the key %3 appears again (first on line %4); this one is left out.</source>
        <translation>%1, Zeile %2: Der Schlüssel %3 kommt erneut vor (zuerst in Zeile %4); dieses Vorkommen wird ausgelassen.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 Left out.</source>
        <translation>%1, Zeile %2: %3 Ausgelassen.</translation>
    </message>
    <message>
        <source>%1: %2 is blocked by %3, which is not in the export; that link is left out.</source>
        <translation>%1: %2 wird von %3 blockiert, das nicht im Export ist; diese Verknüpfung wird ausgelassen.</translation>
    </message>
    <message>
        <source>%1: %2 blocks %3, which is not in the export; that link is left out.</source>
        <translation>%1: %2 blockiert %3, das nicht im Export ist; diese Verknüpfung wird ausgelassen.</translation>
    </message>
    <message>
        <source>person-hours</source>
        <translation>Personenstunden</translation>
    </message>
    <message>
        <source>person-days</source>
        <translation>Personentage</translation>
    </message>
    <message>
        <source>story points</source>
        <translation>Story Points</translation>
    </message>
    <message>
        <source>%1: a Cutline CSV is not read as a tracker&apos;s export.</source>
        <translation>%1: Eine Cutline-CSV wird nicht als Tracker-Export gelesen.</translation>
    </message>
    <message>
        <source>%1 is JSON, but neither a list of GitHub issues (an array) nor a Trello board (an object with &quot;cards&quot;); say which with --from.</source>
        <translation>%1 ist JSON, aber weder eine Liste von GitHub-Issues (ein Array) noch ein Trello-Board (ein Objekt mit „cards“); geben Sie die Quelle mit --from an.</translation>
    </message>
    <message>
        <source>a file to import</source>
        <translation>eine zu importierende Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigtes</numerusform>
            <numerusform>%n erledigte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by status</source>
        <translation>
            <numerusform>%n nach Status</numerusform>
            <numerusform>%n nach Status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a usable key</source>
        <translation>
            <numerusform>%n ohne brauchbaren Schlüssel</numerusform>
            <numerusform>%n ohne brauchbaren Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n issue(s): </source>
        <translation>
            <numerusform>%n Issue gelesen: </numerusform>
            <numerusform>%n Issues gelesen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n</source>
        <translation>
            <numerusform>%n importiert</numerusform>
            <numerusform>%n importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>; left out %1</source>
        <translation>; ausgelassen: %1</translation>
    </message>
    <message numerus="yes">
        <source>. Links: %n imported</source>
        <translation>
            <numerusform>. Verknüpfungen: %n importiert</numerusform>
            <numerusform>. Verknüpfungen: %n importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to left-out work dropped</source>
        <translation>
            <numerusform>, %n zu ausgelassener Arbeit verworfen</numerusform>
            <numerusform>, %n zu ausgelassener Arbeit verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n outside the export</source>
        <translation>
            <numerusform>, %n außerhalb des Exports</numerusform>
            <numerusform>, %n außerhalb des Exports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of other types (relates, duplicates…) not imported</source>
        <translation>
            <numerusform>, %n anderer Art (relates, duplicates …) nicht importiert</numerusform>
            <numerusform>, %n anderer Art (relates, duplicates …) nicht importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n without an estimate.</source>
        <translation>
            <numerusform> %n ohne Schätzung.</numerusform>
            <numerusform> %n ohne Schätzung.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tracker carries impact: every candidate starts at impact 0, so the plan has no value until impact is estimated (in the table, or by the room).</source>
        <translation>Kein Tracker kennt die Wirkung: Jeder Kandidat beginnt mit Wirkung 0, der Plan hat also keinen Wert, bis die Wirkung geschätzt ist (in der Tabelle oder vom Raum).</translation>
    </message>
</context>
<context>
    <name>cutline::TrelloJson</name>
    <message>
        <source>%1 is not valid JSON (at byte %2): %3.</source>
        <translation>%1 ist kein gültiges JSON (bei Byte %2): %3.</translation>
    </message>
    <message>
        <source>%1 is not a Trello board: a board&apos;s JSON export is an object with &quot;cards&quot; and &quot;lists&quot;.</source>
        <translation>%1 ist kein Trello-Board: Der JSON-Export eines Boards ist ein Objekt mit „cards“ und „lists“.</translation>
    </message>
    <message>
        <source>%1, card %2 (%3): the due date &quot;%4&quot; cannot be read; kept as text.</source>
        <translation>%1, Karte %2 (%3): Das Fälligkeitsdatum „%4“ ist nicht lesbar; als Text behalten.</translation>
    </message>
</context>
<context>
    <name>cutline::Validation</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1: the key is used by more than one candidate.</source>
        <translation>%1: der Schlüssel wird von mehr als einem Kandidaten verwendet.</translation>
    </message>
    <message>
        <source>%1: internal id %2 is used twice.</source>
        <translation>%1: die interne ID %2 wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>A %1-link points to candidate #%2, which does not exist.</source>
        <translation>Eine %1-Verknüpfung zeigt auf Kandidat #%2, den es nicht gibt.</translation>
    </message>
    <message>
        <source>%1: a candidate cannot %2 itself.</source>
        <translation>%1: ein Kandidat kann sich nicht selbst %2.</translation>
    </message>
    <message>
        <source>require</source>
        <translation>voraussetzen</translation>
    </message>
    <message>
        <source>exclude</source>
        <translation>ausschließen</translation>
    </message>
    <message>
        <source>%1 %2 %3 is listed twice.</source>
        <translation>%1 %2 %3 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Requires-links form a cycle: %1.</source>
        <translation>Voraussetzungen bilden einen Zyklus: %1.</translation>
    </message>
    <message>
        <source>The capacity is not a number (nan).</source>
        <translation>Die Kapazität ist keine Zahl (nan).</translation>
    </message>
    <message>
        <source>The capacity must be finite, not %1.</source>
        <translation>Die Kapazität muss endlich sein, nicht %1.</translation>
    </message>
    <message>
        <source>The capacity %1 is negative; it must be 0 or more.</source>
        <translation>Die Kapazität %1 ist negativ; sie muss 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>The link names a candidate that does not exist.</source>
        <translation>Die Verknüpfung nennt einen Kandidaten, den es nicht gibt.</translation>
    </message>
    <message>
        <source>%1 cannot require itself.</source>
        <translation>%1 kann sich nicht selbst voraussetzen.</translation>
    </message>
    <message>
        <source>%1 cannot exclude itself.</source>
        <translation>%1 kann sich nicht selbst ausschließen.</translation>
    </message>
    <message>
        <source>%1 already requires %2.</source>
        <translation>%1 setzt %2 bereits voraus.</translation>
    </message>
    <message>
        <source>%1 already excludes %2.</source>
        <translation>%1 schließt %2 bereits aus.</translation>
    </message>
    <message>
        <source>%1 cannot require %2: that would close the cycle %3.</source>
        <translation>%1 kann %2 nicht voraussetzen: das würde den Zyklus %3 schließen.</translation>
    </message>
</context>
<context>
    <name>cutline::WorkshopCheck</name>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3) has no %4.</source>
        <translation>%1 „%2“ (%3) fehlt: %4.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is mandatory but was %2.</source>
        <translation>%1 ist verpflichtend, wurde aber %2.</translation>
    </message>
    <message>
        <source>%1 is committed but requires %2, which was %3.</source>
        <translation>%1 ist zugesagt, setzt aber %2 voraus, das %3 wurde.</translation>
    </message>
    <message>
        <source>%1 and %2 are alternatives, but both are committed.</source>
        <translation>%1 und %2 sind Alternativen, aber beide sind zugesagt.</translation>
    </message>
</context>
<context>
    <name>cutline::WorkshopCsv</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation>eine CSV-Datei</translation>
    </message>
</context>
<context>
    <name>cutline::WorkshopDocument</name>
    <message>
        <source>Untitled workshop</source>
        <translation>Workshop ohne Titel</translation>
    </message>
    <message>
        <source>%1 is open read-only; use Save As to keep a copy you can edit.</source>
        <translation>%1 ist schreibgeschützt geöffnet; mit „Speichern unter“ behalten Sie eine bearbeitbare Kopie.</translation>
    </message>
    <message>
        <source>%1: the key %2 is already used by &quot;%3&quot;.</source>
        <translation>%1: der Schlüssel %2 wird bereits von „%3“ verwendet.</translation>
    </message>
    <message>
        <source>Make %1 compliance work</source>
        <translation>%1 zu Compliance-Arbeit machen</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Neuer Kandidat</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Simpler: %1</source>
        <translation>Einfacher: %1</translation>
    </message>
    <message>
        <source>Add an alternative to %1</source>
        <translation>Alternative zu %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n candidate(s)</source>
        <translation>
            <numerusform>%n Kandidat löschen</numerusform>
            <numerusform>%n Kandidaten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Adopt the plan as decisions</source>
        <translation>Plan als Entscheidungen übernehmen</translation>
    </message>
    <message>
        <source>Decide %1: %2</source>
        <translation>%1 entscheiden: %2</translation>
    </message>
    <message>
        <source>The decisions cannot be signed off yet:
%1</source>
        <translation>Die Entscheidungen können noch nicht freigegeben werden:
%1</translation>
    </message>
    <message>
        <source>%1: the score %2 on &quot;%3&quot; is outside 0–10.</source>
        <translation>%1: die Bewertung %2 für „%3“ liegt außerhalb von 0–10.</translation>
    </message>
    <message>
        <source>Score %1 on %2</source>
        <translation>%1 nach %2 bewerten</translation>
    </message>
    <message>
        <source>Note dissent on %1</source>
        <translation>Widerspruch zu %1 festhalten</translation>
    </message>
    <message>
        <source>Sign off the decisions</source>
        <translation>Entscheidungen abzeichnen</translation>
    </message>
    <message>
        <source>Bet on %1</source>
        <translation>Wette auf %1</translation>
    </message>
    <message>
        <source>There is no such candidate to bet on.</source>
        <translation>Diesen Kandidaten gibt es nicht.</translation>
    </message>
    <message>
        <source>%1: a bet is taken on committed candidates only; this one is %2.</source>
        <translation>%1: Wetten gibt es nur auf zugesagte Kandidaten; dieser ist %2.</translation>
    </message>
    <message>
        <source>Remove the bet on %1</source>
        <translation>Wette auf %1 entfernen</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Review von %1</translation>
    </message>
    <message>
        <source>Remove the review of %1</source>
        <translation>Review von %1 entfernen</translation>
    </message>
</context>
<context>
    <name>cutline::WorkshopFile</name>
    <message>
        <source>%1 could not be upgraded from schema %2: %3</source>
        <translation>%1 konnte nicht von Schema %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>%1 holds values Cutline cannot use:
  %2</source>
        <translation>%1 enthält Werte, die Cutline nicht verwenden kann:
  %2</translation>
    </message>
    <message>
        <source>The workshop was not saved because it holds invalid values:
  %1</source>
        <translation>Der Workshop wurde nicht gespeichert, weil er ungültige Werte enthält:
  %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2. The previous version is unchanged.</source>
        <translation>%1 kann nicht gespeichert werden: %2. Die vorherige Version ist unverändert.</translation>
    </message>
    <message>
        <source>a Cutline workshop file</source>
        <translation>eine Cutline-Workshop-Datei</translation>
    </message>
    <message>
        <source>%1 is damaged (corrupted or truncated) and cannot be opened: %2</source>
        <translation>%1 ist beschädigt (fehlerhaft oder abgeschnitten) und kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); it is not a Cutline workshop.</source>
        <translation>%1 ist leer (0 Bytes); das ist kein Cutline-Workshop.</translation>
    </message>
    <message>
        <source>it is only %1 bytes long.</source>
        <translation>sie ist nur %1 Bytes lang.</translation>
    </message>
    <message>
        <source>%1 is not a Cutline workshop: it is not an SQLite database.</source>
        <translation>%1 ist kein Cutline-Workshop: es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Cutline workshop (its application id is %2).</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Cutline-Workshop (ihre Anwendungs-ID ist %2).</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Cutline (schema %2); this version reads up to %3. Update Cutline to open it.</source>
        <translation>%1 wurde mit einer neueren Version von Cutline erstellt (Schema %2); diese Version liest bis %3. Aktualisieren Sie Cutline, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>its schema version %1 is not one Cutline ever wrote.</source>
        <translation>ihre Schemaversion %1 hat Cutline nie geschrieben.</translation>
    </message>
    <message>
        <source>its page size %1 is invalid.</source>
        <translation>ihre Seitengröße %1 ist ungültig.</translation>
    </message>
    <message>
        <source>it is %1 bytes long but should be %2.</source>
        <translation>sie ist %1 Bytes lang, sollte aber %2 sein.</translation>
    </message>
    <message>
        <source>its size %1 is not a whole number of pages.</source>
        <translation>ihre Größe %1 ist kein Vielfaches der Seitengröße.</translation>
    </message>
    <message>
        <source>it is not in the rollback-journal format Cutline writes.</source>
        <translation>sie ist nicht im Rollback-Journal-Format, das Cutline schreibt.</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>einen Index</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>eine Sicht</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>einen Trigger</translation>
    </message>
    <message>
        <source>an object of type %1</source>
        <translation>ein Objekt vom Typ %1</translation>
    </message>
    <message>
        <source>%1 defines its %2 &quot;%3&quot; differently from Cutline; it was not opened because it may be hostile or from another program.</source>
        <translation>%1 definiert %2 „%3“ anders als Cutline; die Datei wurde nicht geöffnet, weil sie bösartig sein oder von einem anderen Programm stammen könnte.</translation>
    </message>
    <message>
        <source>%1 contains %2 &quot;%3&quot; that Cutline does not create; it was not opened because it may be hostile or from another program.</source>
        <translation>%1 enthält %2 „%3“, den Cutline nicht anlegt; die Datei wurde nicht geöffnet, weil sie bösartig sein oder von einem anderen Programm stammen könnte.</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is missing.</source>
        <translation>%1 „%2“ fehlt.</translation>
    </message>
    <message>
        <source>a row in table &quot;%1&quot; points to a missing row.</source>
        <translation>eine Zeile in Tabelle „%1“ verweist auf eine fehlende Zeile.</translation>
    </message>
</context>
<context>
    <name>cutline::cli</name>
    <message numerus="yes">
        <source>%n warning(s); the workshop is valid.</source>
        <translation>
            <numerusform>%n Warnung; der Workshop ist gültig.</numerusform>
            <numerusform>%n Warnungen; der Workshop ist gültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>--capacity &quot;%1&quot; is not a number.</source>
        <translation>--capacity „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: cutline-cli COMMAND [options] FILE

Commands:
</source>
        <translation>Aufruf: cutline-cli BEFEHL [Optionen] DATEI

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;cutline-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 invalid input, 2 usage error, 3 infeasible plan.
</source>
        <translation>
„cutline-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
Exit-Codes: 0 Erfolg, 1 ungültige Eingabe, 2 Aufruffehler, 3 unerfüllbarer Plan.
</translation>
    </message>
    <message>
        <source>cutline-cli: unknown command &quot;%1&quot;.

</source>
        <translation>cutline-cli: unbekannter Befehl „%1“.

</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>cutline::cli::CheckCommand</name>
    <message>
        <source>Check a workshop: bad values, unknown keys and cycles (exit code 1), and candidates missing their why or contradicting their links (reported).</source>
        <translation>Einen Workshop prüfen: ungültige Werte, unbekannte Schlüssel und Zyklen (Exit-Code 1) sowie Kandidaten ohne Warum oder im Widerspruch zu ihren Verknüpfungen (gemeldet).</translation>
    </message>
    <message>
        <source>The workshop: a .cutline or .csv file.</source>
        <translation>Der Workshop: eine .cutline- oder .csv-Datei.</translation>
    </message>
    <message>
        <source>give exactly one workshop file to check.</source>
        <translation>geben Sie genau eine Workshop-Datei zum Prüfen an.</translation>
    </message>
    <message>
        <source>%1: %2 candidates, %3 links, capacity %4 %5.</source>
        <translation>%1: %2 Kandidaten, %3 Verknüpfungen, Kapazität %4 %5.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>no plan is possible. %1</source>
        <translation>kein Plan ist möglich. %1</translation>
    </message>
</context>
<context>
    <name>cutline::cli::ExportCommand</name>
    <message>
        <source>The workshop: a .cutline or .csv file.</source>
        <translation>Der Workshop: eine .cutline- oder .csv-Datei.</translation>
    </message>
    <message>
        <source>give exactly one workshop file to export.</source>
        <translation>geben Sie genau eine Workshop-Datei zum Exportieren an.</translation>
    </message>
    <message>
        <source>say where to write with -o OUT.csv.</source>
        <translation>geben Sie mit -o AUSGABE.csv an, wohin geschrieben wird.</translation>
    </message>
    <message>
        <source>Exported %1 candidates to %2.</source>
        <translation>%1 Kandidaten nach %2 exportiert.</translation>
    </message>
    <message>
        <source>The PDF&apos;s paper: a4 or letter (default: the locale&apos;s).</source>
        <translation>Das Papier des PDF: a4 oder letter (Vorgabe: nach Gebietsschema).</translation>
    </message>
    <message>
        <source>the page size must be a4 or letter, not &quot;%1&quot;.</source>
        <translation>die Seitengröße muss a4 oder letter sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Wrote the dependency graph (%1 candidates) to %2.</source>
        <translation>Abhängigkeitsgraph (%1 Kandidaten) nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Wrote the decision record (%1 committed of %2 candidates) to %3.</source>
        <translation>Entscheidungsprotokoll (%1 von %2 Kandidaten zugesagt) nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>Export a workshop: .csv, the decision record as .pdf, .html or .md, the dependency graph as .svg, or the review dates as an .ics calendar.</source>
        <translation>Einen Workshop exportieren: .csv, das Entscheidungsprotokoll als .pdf, .html oder .md, den Abhängigkeitsgraphen als .svg oder die Review-Termine als .ics-Kalender.</translation>
    </message>
    <message>
        <source>The file to write: .csv (the candidates), .pdf, .html or .md (the decision record; .md writes its pictures beside it), .svg (the dependency graph) or .ics (the review dates, as a calendar).</source>
        <translation>Die zu schreibende Datei: .csv (die Kandidaten), .pdf, .html oder .md (das Entscheidungsprotokoll; .md schreibt seine Bilder daneben), .svg (der Abhängigkeitsgraph) oder .ics (die Review-Termine als Kalender).</translation>
    </message>
    <message>
        <source>With a .csv output: write the decisions for a tracker&apos;s bulk update (jira, linear, github or trello) instead of the Cutline CSV.</source>
        <translation>Bei einer .csv-Ausgabe: die Entscheidungen für die Massenänderung eines Trackers (jira, linear, github oder trello) statt der Cutline-CSV schreiben.</translation>
    </message>
    <message>
        <source>cannot tell the format from &quot;%1&quot;; the output must end in .csv, .pdf, .html, .md, .svg or .ics.</source>
        <translation>das Format von „%1“ ist nicht erkennbar; die Ausgabe muss auf .csv, .pdf, .html, .md, .svg oder .ics enden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Wrote the review dates to %1.</source>
        <translation>Review-Termine nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>--for must be jira, linear, github or trello, not &quot;%1&quot;.</source>
        <translation>--for muss jira, linear, github oder trello sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--for writes a CSV: the output must end in .csv.</source>
        <translation>--for schreibt eine CSV: Die Ausgabe muss auf .csv enden.</translation>
    </message>
    <message>
        <source>%1 holds no candidates imported from %2; nothing to export.</source>
        <translation>%1 enthält keine aus %2 importierten Kandidaten; nichts zu exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) not imported from %1 are left out.</source>
        <translation>
            <numerusform>%n nicht aus %1 importierter Kandidat wird ausgelassen.</numerusform>
            <numerusform>%n nicht aus %1 importierte Kandidaten werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n decision(s) for %1 to %2.</source>
        <translation>
            <numerusform>%n Entscheidung für %1 nach %2 exportiert.</numerusform>
            <numerusform>%n Entscheidungen für %1 nach %2 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutline::cli::ImportCommand</name>
    <message>
        <source>The .cutline file to write.</source>
        <translation>Die zu schreibende .cutline-Datei.</translation>
    </message>
    <message>
        <source>The workshop&apos;s title (default: the CSV file&apos;s name).</source>
        <translation>Der Titel des Workshops (Standard: der Name der CSV-Datei).</translation>
    </message>
    <message>
        <source>The capacity, e.g. 40.</source>
        <translation>Die Kapazität, z. B. 40.</translation>
    </message>
    <message>
        <source>say where to write the workshop with -o OUT.cutline.</source>
        <translation>geben Sie mit -o AUSGABE.cutline an, wohin der Workshop geschrieben wird.</translation>
    </message>
    <message>
        <source>Imported %1 candidates and %2 links into %3.</source>
        <translation>%1 Kandidaten und %2 Verknüpfungen nach %3 importiert.</translation>
    </message>
    <message>
        <source>no capacity given: the workshop&apos;s capacity is 0 until you set it (--capacity N, or Workshop Settings in Cutline).</source>
        <translation>keine Kapazität angegeben: Die Kapazität des Workshops ist 0, bis Sie sie festlegen (--capacity N, oder Workshop-Einstellungen in Cutline).</translation>
    </message>
    <message>
        <source>Import candidates from a CSV file or a tracker&apos;s export (Jira, Linear, GitHub, Trello) into a .cutline workshop.</source>
        <translation>Kandidaten aus einer CSV-Datei oder dem Export eines Trackers (Jira, Linear, GitHub, Trello) in einen .cutline-Workshop importieren.</translation>
    </message>
    <message>
        <source>The file to import: a Cutline CSV, a Jira or Linear CSV export, GitHub issues or a Trello board as JSON.</source>
        <translation>Die zu importierende Datei: eine Cutline-CSV, ein Jira- oder Linear-CSV-Export, GitHub-Issues oder ein Trello-Board als JSON.</translation>
    </message>
    <message>
        <source>What the file is: auto (default: recognised by its content), cutline, jira, linear, github or trello.</source>
        <translation>Was die Datei ist: auto (Vorgabe: am Inhalt erkannt), cutline, jira, linear, github oder trello.</translation>
    </message>
    <message>
        <source>How estimates become effort: auto (default: story points if the export has them, else days), points, hours or days.</source>
        <translation>Wie Schätzungen zum Aufwand werden: auto (Vorgabe: Story Points, wenn der Export welche hat, sonst Tage), points, hours oder days.</translation>
    </message>
    <message>
        <source>Import done work too (left out by default).</source>
        <translation>Auch erledigte Arbeit importieren (sonst ausgelassen).</translation>
    </message>
    <message>
        <source>Re-import into the existing OUT.cutline: match by the tracker&apos;s key, add what is new, take the tracker&apos;s changes, keep the rest.</source>
        <translation>Erneut in die bestehende OUT.cutline importieren: nach dem Schlüssel des Trackers zuordnen, Neues hinzufügen, Änderungen des Trackers übernehmen, den Rest behalten.</translation>
    </message>
    <message>
        <source>With --update: where a field was edited in Cutline and changed in the tracker, take the tracker&apos;s value (default: keep Cutline&apos;s).</source>
        <translation>Mit --update: Wo ein Feld in Cutline bearbeitet und im Tracker geändert wurde, den Wert des Trackers übernehmen (Vorgabe: den aus Cutline behalten).</translation>
    </message>
    <message>
        <source>Show what the import or re-import would do; write nothing.</source>
        <translation>Zeigen, was der Import oder erneute Import täte; nichts schreiben.</translation>
    </message>
    <message>
        <source>give exactly one file to import.</source>
        <translation>geben Sie genau eine zu importierende Datei an.</translation>
    </message>
    <message>
        <source>--from must be auto, cutline, jira, linear, github or trello, not &quot;%1&quot;.</source>
        <translation>--from muss auto, cutline, jira, linear, github oder trello sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--units must be auto, points, hours or days, not &quot;%1&quot;.</source>
        <translation>--units muss auto, points, hours oder days sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--prefer-tracker applies to a re-import: add --update.</source>
        <translation>--prefer-tracker gilt für einen erneuten Import: Fügen Sie --update hinzu.</translation>
    </message>
    <message>
        <source>%1 is a Cutline CSV: --update re-imports a tracker&apos;s export, matched by the tracker&apos;s key.</source>
        <translation>%1 ist eine Cutline-CSV: --update importiert den Export eines Trackers erneut, zugeordnet nach dessen Schlüssel.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 aktualisiert.</translation>
    </message>
</context>
<context>
    <name>cutline::cli::OddsCommand</name>
    <message>
        <source>How likely the plan fits, how often each candidate is in the optimum of sampled estimates, and what would flip it.</source>
        <translation>Wie wahrscheinlich der Plan passt, wie oft jeder Kandidat im Optimum gezogener Schätzungen liegt und was ihn kippen würde.</translation>
    </message>
    <message>
        <source>The workshop: a .cutline or .csv file.</source>
        <translation>Der Workshop: eine .cutline- oder .csv-Datei.</translation>
    </message>
    <message>
        <source>The capacity, fixed (default: the workshop&apos;s and its range; required for CSV).</source>
        <translation>Die Kapazität, fest (Standard: die des Workshops mit ihrer Spanne; für CSV erforderlich).</translation>
    </message>
    <message>
        <source>How many samples (%1–%2; default: the workshop&apos;s, 2000 for CSV).</source>
        <translation>Wie viele Stichproben (%1–%2; Standard: die des Workshops, 2000 für CSV).</translation>
    </message>
    <message>
        <source>The seed, 0–18446744073709551615 (default: the workshop&apos;s, 1 for CSV).</source>
        <translation>Der Startwert, 0–18446744073709551615 (Standard: der des Workshops, 1 für CSV).</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>give exactly one workshop file.</source>
        <translation>Geben Sie genau eine Workshop-Datei an.</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation>--format muss text oder json sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 is a CSV file, which has no capacity; give --capacity N.</source>
        <translation>%1 ist eine CSV-Datei ohne Kapazität; geben Sie --capacity N an.</translation>
    </message>
    <message>
        <source>%1: no plan is possible. %2</source>
        <translation>%1: Kein Plan ist möglich. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--samples &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>--samples „%1“ muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>--seed &quot;%1&quot; must be a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed „%1“ muss eine ganze Zahl von 0 bis 18446744073709551615 sein.</translation>
    </message>
    <message>
        <source>No estimate has a range: every number is fixed, so the odds are certain.</source>
        <translation>Keine Schätzung hat eine Spanne: Jede Zahl ist fest, die Chancen sind also sicher.</translation>
    </message>
    <message numerus="yes">
        <source>The plan fits the capacity of %1 %2 in %3 of %n sample(s) (seed %4; ± is the 95 % Wilson interval).</source>
        <translation>
            <numerusform>Der Plan passt in die Kapazität von %1 %2 in %3 von %n Stichprobe (Startwert %4; ± ist das 95-%-Wilson-Intervall).</numerusform>
            <numerusform>Der Plan passt in die Kapazität von %1 %2 in %3 von %n Stichproben (Startwert %4; ± ist das 95-%-Wilson-Intervall).</numerusform>
        </translation>
    </message>
    <message>
        <source>The sampled optimum is the plan in %1.</source>
        <translation>Das gezogene Optimum ist der Plan in %1.</translation>
    </message>
    <message>
        <source>Commit line at %1 %: plan to %2 %3 (value %4), which fits in %5.</source>
        <translation>Zusagelinie bei %1 %: auf %2 %3 planen (Wert %4), das passt in %5.</translation>
    </message>
    <message>
        <source>No plan fits in %1 % of the samples.</source>
        <translation>Kein Plan passt in %1 % der Stichproben.</translation>
    </message>
    <message>
        <source>effort has no range</source>
        <translation>Aufwand ohne Spanne</translation>
    </message>
    <message>
        <source>likely effort outside the middle half of its range</source>
        <translation>wahrscheinlicher Aufwand außerhalb der mittleren Hälfte seiner Spanne</translation>
    </message>
    <message>
        <source>in </source>
        <translation>drin</translation>
    </message>
    <message>
        <source>out</source>
        <translation>raus</translation>
    </message>
    <message>
        <source>Refine first: %1</source>
        <translation>Zuerst verfeinern: %1</translation>
    </message>
    <message>
        <source>Sampled in %1 ms.</source>
        <translation>In %1 ms gezogen.</translation>
    </message>
</context>
<context>
    <name>cutline::cli::PlanCommand</name>
    <message>
        <source>Choose the plan with the most value that fits the capacity (exact), and say why each candidate left out is out.</source>
        <translation>Den wertvollsten Plan wählen, der in die Kapazität passt (exakt), und für jeden nicht gewählten Kandidaten sagen, warum.</translation>
    </message>
    <message>
        <source>The workshop: a .cutline or .csv file.</source>
        <translation>Der Workshop: eine .cutline- oder .csv-Datei.</translation>
    </message>
    <message>
        <source>The capacity (default: the workshop&apos;s; required for CSV).</source>
        <translation>Die Kapazität (Standard: die des Workshops; bei CSV erforderlich).</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>give exactly one workshop file to plan.</source>
        <translation>geben Sie genau eine Workshop-Datei zum Planen an.</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation>--format muss text oder json sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 is a CSV file, which has no capacity; give --capacity N.</source>
        <translation>%1 ist eine CSV-Datei ohne Kapazität; geben Sie --capacity N an.</translation>
    </message>
    <message>
        <source>%1: no plan is possible. %2</source>
        <translation>%1: kein Plan ist möglich. %2</translation>
    </message>
    <message>
        <source>Capacity %1 %2: the plan uses %3, leaving %4; total value %5.</source>
        <translation>Kapazität %1 %2: der Plan belegt %3, frei bleiben %4; Gesamtwert %5.</translation>
    </message>
    <message>
        <source>In the plan:</source>
        <translation>Im Plan:</translation>
    </message>
    <message>
        <source>Below the cut line:</source>
        <translation>Unter der Schnittlinie:</translation>
    </message>
    <message>
        <source>Solved exactly in %1 ms.</source>
        <translation>Exakt gelöst in %1 ms.</translation>
    </message>
</context>
<context>
    <name>cutline::room::RoomServer</name>
    <message>
        <source>The room cannot listen on %1:%2: %3</source>
        <translation>Der Raum kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>The facilitator closed the room. Thank you!</source>
        <translation>Die Moderation hat den Raum geschlossen. Vielen Dank!</translation>
    </message>
    <message>
        <source>The room has too many connections.</source>
        <translation>Der Raum hat zu viele Verbindungen.</translation>
    </message>
    <message>
        <source>Wrong room link</source>
        <translation>Falscher Raum-Link</translation>
    </message>
    <message>
        <source>This room link is wrong or from an older room. Scan the QR code on the projector again, or type the address shown under it.</source>
        <translation>Dieser Raum-Link ist falsch oder stammt von einem älteren Raum. Scannen Sie den QR-Code am Projektor erneut oder geben Sie die Adresse darunter ein.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>This address only accepts the room&apos;s page.</source>
        <translation>Diese Adresse nimmt nur die Seite des Raums an.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Open the link shown on the projector (it ends with a long code).</source>
        <translation>Öffnen Sie den Link vom Projektor (er endet mit einem langen Code).</translation>
    </message>
</context>
<context>
    <name>cutline::room::RoomSession</name>
    <message>
        <source>Too many wrong PINs from this device. Wait a minute, then type the PIN shown on the projector.</source>
        <translation>Zu viele falsche PINs von diesem Gerät. Warten Sie eine Minute und geben Sie dann die PIN vom Projektor ein.</translation>
    </message>
    <message>
        <source>Wrong PIN. Type the four digits shown on the projector.</source>
        <translation>Falsche PIN. Geben Sie die vier Ziffern vom Projektor ein.</translation>
    </message>
    <message>
        <source>Type your name (one line, at most %1 characters).</source>
        <translation>Geben Sie Ihren Namen ein (eine Zeile, höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>Someone in the room already uses the name &quot;%1&quot;. Add an initial.</source>
        <translation>Jemand im Raum verwendet bereits den Namen „%1“. Fügen Sie eine Initiale hinzu.</translation>
    </message>
    <message>
        <source>The room is full (%1 participants).</source>
        <translation>Der Raum ist voll (%1 Teilnehmende).</translation>
    </message>
    <message>
        <source>This phone is not known in this room (a new room was opened?). Join again with the PIN.</source>
        <translation>Dieses Telefon ist in diesem Raum nicht bekannt (wurde ein neuer Raum geöffnet?). Treten Sie mit der PIN erneut bei.</translation>
    </message>
    <message>
        <source>A round needs at least one candidate.</source>
        <translation>Eine Runde braucht mindestens einen Kandidaten.</translation>
    </message>
    <message>
        <source>Candidate %1 is not in the workshop.</source>
        <translation>Kandidat %1 ist nicht im Workshop.</translation>
    </message>
    <message>
        <source>%1 has had %2 rounds already; accept or override its estimate.</source>
        <translation>%1 hatte bereits %2 Runden; übernehmen oder überschreiben Sie die Schätzung.</translation>
    </message>
    <message>
        <source>Reveal the current round before opening another.</source>
        <translation>Decken Sie die laufende Runde auf, bevor Sie eine weitere öffnen.</translation>
    </message>
    <message>
        <source>No round is open.</source>
        <translation>Es ist keine Runde offen.</translation>
    </message>
    <message>
        <source>Round %1 has been revealed already.</source>
        <translation>Runde %1 wurde bereits aufgedeckt.</translation>
    </message>
    <message>
        <source>Join the room before voting.</source>
        <translation>Treten Sie dem Raum bei, bevor Sie abstimmen.</translation>
    </message>
    <message>
        <source>No round is open. Wait for the facilitator.</source>
        <translation>Es ist keine Runde offen. Warten Sie auf die Moderation.</translation>
    </message>
    <message>
        <source>Ballots are locked: round %1 was revealed. Wait for the next round.</source>
        <translation>Die Stimmen sind gesperrt: Runde %1 wurde aufgedeckt. Warten Sie auf die nächste Runde.</translation>
    </message>
    <message>
        <source>That candidate is not being scored in this round.</source>
        <translation>Dieser Kandidat wird in dieser Runde nicht bewertet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Cutline closed unexpectedly. Unsaved work on &quot;%1&quot; from %2 was kept.

Restore it? Your file is not changed until you save.</source>
        <translation>Cutline wurde unerwartet beendet. Ungespeicherte Arbeit an „%1“ vom %2 wurde aufbewahrt.

Wiederherstellen? Ihre Datei ändert sich erst, wenn Sie speichern.</translation>
    </message>
    <message>
        <source>Trade-off and prioritization workshops.</source>
        <translation>Workshops für Abwägung und Priorisierung.</translation>
    </message>
    <message>
        <source>Open the bundled sample workshop.</source>
        <translation>Den mitgelieferten Beispiel-Workshop öffnen.</translation>
    </message>
    <message>
        <source>A .cutline or .csv file.</source>
        <translation>Eine .cutline- oder .csv-Datei.</translation>
    </message>
    <message>
        <source>Start in presentation mode: the plan, full screen, for a room (Esc leaves it).</source>
        <translation>Im Präsentationsmodus starten: der Plan, bildschirmfüllend, für einen Raum (Esc beendet ihn).</translation>
    </message>
    <message>
        <source>cutline: --room needs a workshop with candidates (a file or --sample).</source>
        <translation>cutline: --room braucht einen Workshop mit Kandidaten (eine Datei oder --sample).</translation>
    </message>
    <message>
        <source>cutline: the room could not be opened.</source>
        <translation>cutline: der Raum konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>cutline: no network is connected; the room listens on 127.0.0.1, so only this computer can join.</source>
        <translation>cutline: kein Netzwerk ist verbunden; der Raum lauscht auf 127.0.0.1, daher kann nur dieser Computer beitreten.</translation>
    </message>
    <message>
        <source>Open the room on start: phones join and score the undecided candidates in a blind sweep round, revealed when everyone has voted. Prints &quot;Join: URL&quot;.</source>
        <translation>Den Raum beim Start öffnen: Telefone treten bei und bewerten die unentschiedenen Kandidaten in einem verdeckten Durchgang, aufgedeckt, sobald alle abgestimmt haben. Gibt „Join: URL“ aus.</translation>
    </message>
</context>
</TS>
