<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE" sourcelanguage="en_GB">
<context>
    <name>AddVersionDialog</name>
    <message>
        <location filename="../dialogs/rates_browser.py" line="+558"/>
        <source>Index {0}</source>
        <translation>{0} indexieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a version to {0}</source>
        <translation>Eine Fassung zu {0} hinzufügen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>In force from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Index percentage</source>
        <translation>Indexierungsprozentsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you read, e.g. FPS Employment, PC 302, 01/01/2027</source>
        <translation>Was Sie gelesen haben, z. B. FÖD Beschäftigung, PK 302, 01/01/2027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source title</source>
        <translation>Titel der Quelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source URL</source>
        <translation>URL der Quelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instrument (optional)</source>
        <translation>Rechtsinstrument (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note (optional)</source>
        <translation>Anmerkung (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviewed through</source>
        <translation>Geprüft bis</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Paste the figures as a column (one a line), or KEY=VALUE lines</source>
        <translation>Beträge als Spalte einfügen (einer pro Zeile) oder Zeilen SCHLÜSSEL=WERT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Differences against the previous version:</source>
        <translation>Unterschiede zur vorigen Fassung:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Show differences</source>
        <translation>Unterschiede anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} figures, in this order: {1}</source>
        <translation>{0} Beträge, in dieser Reihenfolge: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No earlier version: give KEY=VALUE lines.</source>
        <translation>Keine frühere Fassung: Zeilen SCHLÜSSEL=WERT angeben.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Some figures fall or change by more than 10 %: check them (marked CHECK) before saving.</source>
        <translation>Einige Beträge sinken oder ändern sich um mehr als 10 %: vor dem Speichern prüfen (markiert mit CHECK).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Implausible changes</source>
        <translation>Unplausible Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some figures fall or change by more than 10 %. Save them anyway?</source>
        <translation>Einige Beträge sinken oder ändern sich um mehr als 10 %. Trotzdem speichern?</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="+73"/>
        <source>The rate files cannot be used:</source>
        <translation>Die Satzdateien können nicht verwendet werden:</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../background.py" line="+189"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../widgets/banner.py" line="+56"/>
        <location line="+44"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>… and {0} more</source>
        <translation>… und {0} weitere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../widgets/case_page.py" line="+61"/>
        <source>the pay day is a day of the month, 1 to 31</source>
        <translation>der Zahltag ist ein Tag des Monats, 1 bis 31</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Worker</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Geschuldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Gezahlt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owed now</source>
        <translation>Jetzt geschuldet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a worker to edit their shifts and payments.</source>
        <translation>Doppelklicken Sie auf einen Arbeitnehmer, um seine Schichten und Zahlungen zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rate versions used</source>
        <translation>Verwendete Satzversionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate table</source>
        <translation>Satztabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In force from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jurisdiction</source>
        <translation>Rechtsgebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Rechtsgebiet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>as-of date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>dd/mm/yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Due and paid per worker</source>
        <translation>Geschuldet und gezahlt je Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>employer name</source>
        <translation>Name des Arbeitgebers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise number</source>
        <translation>Unternehmensnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enterprise number</source>
        <translation>Unternehmensnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employer address</source>
        <translation>Adresse des Arbeitgebers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inspection</source>
        <translation>Inspektion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection date</source>
        <translation>Datum der Inspektion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interest runs to this date; the case is computed as on this day. It follows the inspection date unless you change it.</source>
        <translation>Die Zinsen laufen bis zu diesem Datum; die Akte wird zu diesem Tag berechnet. Es folgt dem Kontrolldatum, solange Sie es nicht ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts as of</source>
        <translation>Beträge zum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pay period</source>
        <translation>Lohnzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay period</source>
        <translation>Lohnzeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net (converted to gross)</source>
        <translation>Netto (in brutto umgerechnet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments recorded</source>
        <translation>Erfasste Zahlungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gross = net × factor</source>
        <translation>brutto = netto × Faktor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Net to gross factor</source>
        <translation>Netto-Brutto-Faktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion used</source>
        <translation>Verwendete Umrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay day</source>
        <translation>Zahltag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>legal due date</source>
        <translation>gesetzliche Fälligkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the month wages are due; empty: the legal due date (Belgium: 4th working day after the period, Saturday included; Netherlands: last day of the period)</source>
        <translation>Tag des Monats, an dem der Lohn fällig ist; leer: die gesetzliche Fälligkeit (Belgien: 4. Werktag nach dem Zeitraum, Samstag eingeschlossen; Niederlande: letzter Tag des Zeitraums)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pay day</source>
        <translation>Zahltag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regularisation deadline</source>
        <translation>Frist zur Regularisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regularisation deadline</source>
        <translation>Frist zur Regularisierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggravated offence</source>
        <translation>Erschwerter Verstoß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector minimum wage unpaid together with two or more listed offences (art. 162 Social Penal Code)</source>
        <translation>Sektormindestlohn nicht gezahlt zusammen mit mindestens zwei aufgeführten Verstößen (Art. 162 Sozialstrafgesetzbuch)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aggravation</source>
        <translation>Erschwerung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other offences</source>
        <translation>Andere Verstöße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offences</source>
        <translation>Verstöße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit {0}</source>
        <translation>Ändern: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit payments recorded</source>
        <translation>Erfasste Zahlungen ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit net conversion</source>
        <translation>Netto-Brutto-Umrechnung ändern</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>required for net payments</source>
        <translation>erforderlich für Nettozahlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how the factor was obtained</source>
        <translation>wie der Faktor ermittelt wurde</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No result yet.</source>
        <translation>Noch kein Ergebnis.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Verification code: {0}</source>
        <translation>Prüfcode: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed now (unpaid + interest)</source>
        <translation>Jetzt geschuldet (unbezahlt + Zinsen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not up to date: fix the problems shown above.</source>
        <translation>Nicht aktuell: beheben Sie die oben genannten Probleme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as of {0}</source>
        <translation>zum {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Employer must pay now</source>
        <translation>Der Arbeitgeber muss jetzt zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funds, once the wages are declared</source>
        <translation>Fonds, sobald der Lohn gemeldet ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A court may award up to</source>
        <translation>Ein Gericht kann zusprechen bis zu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heads of claim</source>
        <translation>Anspruchsposten</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Daily overtime per shift (inspector&apos;s choice)</source>
        <translation>Tägliche Überstunden je Schicht (Wahl des Inspektors)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the daily overtime limit per shift instead of per calendar day (the default); the law does not say which, the statement says what was used</source>
        <translation>Die tägliche Überstundengrenze je Schicht statt je Kalendertag (Voreinstellung) zählen; das Gesetz sagt nicht, welche, die Berechnungsaufstellung nennt die verwendete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>daily overtime basis</source>
        <translation>Grundlage der täglichen Überstunden</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../widgets/claims_panel.py" line="+107"/>
        <source>due</source>
        <translation>geschuldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paid</source>
        <translation>gezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpaid</source>
        <translation>unbezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total unpaid</source>
        <translation>unbezahlt gesamt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Worker</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim check</source>
        <translation>Prüfung der Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What-if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Claim</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New claim (per period)</source>
        <translation>Neue Forderung (je Zeitraum)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New claim (total over dates)</source>
        <translation>Neue Forderung (Summe über Zeitraum)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete claim</source>
        <translation>Forderung löschen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>who claims (lawyer, union, employer...)</source>
        <translation>wer fordert (Anwalt, Gewerkschaft, Arbeitgeber…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dd/mm/yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claimed by</source>
        <translation>Gefordert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the claim</source>
        <translation>Datum der Forderung</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+58"/>
        <location line="+63"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+63"/>
        <source>Due</source>
        <translation>Geschuldet</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Paid</source>
        <translation>Gezahlt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Add period</source>
        <translation>Zeitraum hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove period</source>
        <translation>Zeitraum entfernen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total unpaid claimed</source>
        <translation>Geforderter unbezahlter Gesamtbetrag</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Gefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely cause</source>
        <translation>Wahrscheinliche Ursache</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed hourly rate</source>
        <translation>Vereinbarter Stundenlohn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute what-if</source>
        <translation>Simulation berechnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due (what-if)</source>
        <translation>Geschuldet (Simulation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid (what-if)</source>
        <translation>Unbezahlt (Simulation)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest (what-if)</source>
        <translation>Zinsen (Simulation)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference owed now</source>
        <translation>Differenz jetzt geschuldet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owed now before and after the what-if</source>
        <translation>Jetzt geschuldet vor und nach der Simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed now</source>
        <translation>Jetzt geschuldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With the what-if</source>
        <translation>Mit der Simulation</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Checking the claims…</source>
        <translation>Die Forderungen werden geprüft…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The claims cannot be checked: {0}</source>
        <translation>Die Forderungen können nicht geprüft werden: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per period</source>
        <translation>je Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(claimant not named)</source>
        <translation>(Fordernder nicht genannt)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>agrees to the cent</source>
        <translation>stimmt auf den Cent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cause not found from the case&apos;s inputs</source>
        <translation>Ursache in den Falldaten nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>computed unpaid: {0}</source>
        <translation>berechnet unbezahlt: {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} of {1} figures agree to the cent; sum of differences {2}.</source>
        <translation>{0} von {1} Zahlen stimmen auf den Cent; Summe der Differenzen {2}.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Date of the claim: {0}</source>
        <translation>Datum der Forderung: {0}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Type at least one claimed amount (due, paid or unpaid) for the new period.</source>
        <translation>Geben Sie mindestens einen geforderten Betrag (geschuldet, gezahlt oder unbezahlt) für den neuen Zeitraum ein.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a pay period is required ({0} or {1})</source>
        <translation>ein Lohnzeitraum ist erforderlich ({0} oder {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row {0}, period: {1}</source>
        <translation>Zeile {0}, Zeitraum: {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row {0}, {1}: {2}</source>
        <translation>Zeile {0}, {1}: {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row {0}: type at least one of due, paid, unpaid</source>
        <translation>Zeile {0}: mindestens geschuldet, gezahlt oder unbezahlt eingeben</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Computing the what-if…</source>
        <translation>Die Simulation wird berechnet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes: {0}</source>
        <translation>Änderungen: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Owed now: {0} → {1} (difference {2})</source>
        <translation>Jetzt geschuldet: {0} → {1} (Differenz {2})</translation>
    </message>
</context>
<context>
    <name>CopyWeekDialog</name>
    <message>
        <location filename="../dialogs/quick_fill.py" line="+145"/>
        <source>Copy a week</source>
        <translation>Eine Woche kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any day of the week to copy (Monday to Sunday)</source>
        <translation>Ein beliebiger Tag der zu kopierenden Woche (Montag bis Sonntag)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace shifts already entered on the target days</source>
        <translation>Bereits an den Zieltagen erfasste Schichten ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to the next … weeks</source>
        <translation>In die nächsten … Wochen kopieren</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../widgets/documents_panel.py" line="+133"/>
        <location line="+37"/>
        <source>Issue documents</source>
        <translation>Dokumente erstellen</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+277"/>
        <location line="+72"/>
        <location line="+4"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="-347"/>
        <location line="+36"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>each worker&apos;s own language</source>
        <translation>die Sprache jedes Arbeitnehmers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker&apos;s part in</source>
        <translation>Teil des Arbeitnehmers in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workers</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+62"/>
        <source>Issued documents</source>
        <translation>Erstellte Dokumente</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worker</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select several documents (Ctrl or Shift) to print them together</source>
        <translation>Mehrere Dokumente auswählen (Strg oder Umschalt), um sie zusammen zu drucken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+458"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="-455"/>
        <source>Save PDF as…</source>
        <translation>PDF speichern unter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Issue a document or select an issued one to preview it here.</source>
        <translation>Erstellen Sie ein Dokument oder wählen Sie ein erstelltes, um es hier anzuzeigen.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>next to the case file (you are asked where to save the case first)</source>
        <translation>neben der Aktendatei (zuerst werden Sie gefragt, wo die Akte gespeichert wird)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+103"/>
        <source>The document module is not installed in this version.</source>
        <translation>Das Dokumentmodul ist in dieser Version nicht installiert.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>OUTDATED → {0}</source>
        <translation>VERALTET → {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUTDATED</source>
        <translation>VERALTET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: the case no longer gives the amounts of this document (issued with {1}). Issue a new one.</source>
        <translation>{0}: Der Fall ergibt nicht mehr die Beträge dieses Dokuments (ausgestellt mit {1}). Stellen Sie ein neues aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matches the case</source>
        <translation>entspricht dem Fall</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Folder for the documents</source>
        <translation>Ordner für die Dokumente</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose at least one document.</source>
        <translation>Wählen Sie mindestens ein Dokument.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one worker.</source>
        <translation>Wählen Sie mindestens einen Arbeitnehmer.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} is owed nothing on {1}: {2} not issued.</source>
        <translation>{0} wird am {1} nichts geschuldet: Dokument „{2}“ nicht ausgestellt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Issuing documents…</source>
        <translation>Dokumente werden ausgestellt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: the documents listed were issued, the others not.</source>
        <translation>Abgebrochen: die aufgeführten Dokumente wurden ausgestellt, die anderen nicht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Some documents could not be issued:</source>
        <translation>Einige Dokumente konnten nicht erstellt werden:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} document(s) written to {1}</source>
        <translation>{0} Dokument(e) in {1} geschrieben</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The file of this document is not found (moved or deleted).</source>
        <translation>Die Datei dieses Dokuments wurde nicht gefunden (verschoben oder gelöscht).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview: {0}</source>
        <translation>Vorschau: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pages cannot be shown here ({0}). Open the PDF or print it.</source>
        <translation>Die Seiten können hier nicht angezeigt werden ({0}). Öffnen oder drucken Sie das PDF.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>page {0} / {1}</source>
        <translation>Seite {0} / {1}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print {0} documents…</source>
        <translation>{0} Dokumente drucken…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a document to print.</source>
        <translation>Wählen Sie ein Dokument zum Drucken.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot print: {0}. Open the PDF and print it from there.</source>
        <translation>Drucken nicht möglich: {0}. Öffnen Sie das PDF und drucken Sie es von dort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} page(s) sent to the printer</source>
        <translation>{0} Seite(n) an den Drucker gesendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Save PDF as</source>
        <translation>PDF speichern unter</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
</context>
<context>
    <name>DuePaidChart</name>
    <message>
        <location filename="../widgets/chart.py" line="+49"/>
        <source>Due</source>
        <translation>Geschuldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Gezahlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No pay period yet</source>
        <translation>Noch kein Lohnzeitraum</translation>
    </message>
</context>
<context>
    <name>EstimateEditor</name>
    <message>
        <location filename="../widgets/estimate_editor.py" line="+115"/>
        <source>When records are missing, generate hours from the inspector&apos;s findings or a legal presumption. Records always win: no hour is generated on a day with recorded shifts or hours. Every estimated amount is marked on the documents with its basis and evidence.</source>
        <translation>Fehlen Aufzeichnungen, erzeugen Sie Stunden aus den Feststellungen des Inspektors oder einer gesetzlichen Vermutung. Aufzeichnungen haben immer Vorrang: an einem Tag mit erfassten Leistungen oder Stunden wird keine Stunde erzeugt. Jeder geschätzte Betrag wird auf den Dokumenten mit seiner Grundlage und seinen Beweisen gekennzeichnet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New estimate</source>
        <translation>Neue Schätzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+411"/>
        <source>Remove estimate</source>
        <translation>Schätzung entfernen</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>statements, observed presence, opening hours, report number…</source>
        <translation>Aussagen, festgestellte Anwesenheit, Öffnungszeiten, Protokollnummer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Beweise</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{0} months before the finding</source>
        <translation>{0} Monate vor der Feststellung</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>From – to</source>
        <translation>Von – bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also on public holidays</source>
        <translation>auch an Feiertagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>part-time → full-time presumption</source>
        <translation>Teilzeit → Vollzeitvermutung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binds only the ONSS; the hours stand as findings</source>
        <translation>bindet nur das LSS; die Stunden gelten als Feststellungen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Mo</source>
        <comment>Monday, two letters</comment>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tu</source>
        <comment>Tuesday, two letters</comment>
        <translation>Di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We</source>
        <comment>Wednesday, two letters</comment>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Th</source>
        <comment>Thursday, two letters</comment>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fr</source>
        <comment>Friday, two letters</comment>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa</source>
        <comment>Saturday, two letters</comment>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su</source>
        <comment>Sunday, two letters</comment>
        <translation>So</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break (min)</source>
        <translation>Pause (Min.)</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Weekly pattern (one row per block; several blocks a day allowed)</source>
        <translation>Wochenmuster (eine Zeile pro Block; mehrere Blöcke pro Tag möglich)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>dd/mm/yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Add block</source>
        <translation>Block hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove block</source>
        <translation>Block entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full-time regime Mon–Fri</source>
        <translation>Vollzeitregelung Mo–Fr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply estimate</source>
        <translation>Schätzung übernehmen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preview: generated hours, and what is owed on the records only and with the estimate</source>
        <translation>Vorschau: erzeugte Stunden und was nur nach den Aufzeichnungen und mit der Schätzung geschuldet ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Estimated hours</source>
        <translation>Geschätzte Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records only</source>
        <translation>Nur Aufzeichnungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With estimate</source>
        <translation>Mit Schätzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Inspector&apos;s findings</source>
        <translation>Feststellungen des Inspektors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presumption, Law of 11 Feb 2013 (illegal stay)</source>
        <translation>Vermutung, Gesetz vom 11. Februar 2013 (illegaler Aufenthalt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presumption, Wav art. 23</source>
        <translation>Vermutung, Wav Art. 23</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average of the months before, BW 7:610b</source>
        <translation>Durchschnitt der Vormonate, BW 7:610b</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The full-time regime is not known: choose a sector or set the weekly hours.</source>
        <translation>Die Vollzeitregelung ist nicht bekannt: wählen Sie einen Sektor oder geben Sie die Wochenstunden an.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Set the inspection date first.</source>
        <translation>Geben Sie zuerst das Datum der Inspektion an.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>pattern row {0}: {1}</source>
        <translation>Musterzeile {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pattern row {0}: tick at least one day</source>
        <translation>Musterzeile {0}: kreuzen Sie mindestens einen Tag an</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit estimate</source>
        <translation>Schätzung ändern</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Computing without the estimates…</source>
        <translation>Berechnung ohne die Schätzungen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Owed now: records only {0}, with the estimate {1} (of which estimated unpaid {2}); {3} h generated.</source>
        <translation>Jetzt geschuldet: nur Aufzeichnungen {0}, mit der Schätzung {1} (davon geschätzt unbezahlt {2}); {3} Std. erzeugt.</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../dialogs/import_reasons.py" line="+74"/>
        <source>&apos;{0}&apos;</source>
        <comment>a cell&apos;s text or a column&apos;s name, quoted</comment>
        <translation>„{0}“</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{0} is not a head of claim; use wages or one of {1}, or its name (e.g. vakantiebijslag, pécule de sortie, eindejaarspremie)</source>
        <translation>{0} ist kein Anspruchsposten; zulässig sind wages (Lohn), einer von {1} oder sein Name (z. B. Jahresendprämie, vakantiebijslag, pécule de sortie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a status; use blue_collar (ouvrier, arbeider) or white_collar (employé, bediende)</source>
        <translation>{0} ist kein Status; geben Sie Arbeiter (blue_collar, ouvrier, arbeider) oder Angestellter (white_collar, employé, bediende) an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not an end reason; use dismissal (licenciement, ontslag), serious_cause (motif grave, dringende reden), resignation (démission), mutual (commun accord, onderling akkoord) or unknown</source>
        <translation>{0} ist kein Beendigungsgrund; geben Sie Kündigung durch den Arbeitgeber (dismissal, licenciement), schwerwiegender Grund (serious_cause, motif grave), Kündigung durch den Arbeitnehmer (resignation, démission), einvernehmlich (mutual, commun accord) oder unbekannt (unknown) an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not yes or no; use yes (oui, ja, 1, x) or no (non, nee, 0)</source>
        <translation>{0} ist weder ja noch nein; geben Sie ja (oui, yes, 1, x) oder nein (non, nee, no, 0) an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is a true/false value, not a number</source>
        <translation>{0} ist ein Wahrheitswert (wahr/falsch), keine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has more than {1} digits: not an amount or a number of hours</source>
        <translation>{0} hat mehr als {1} Ziffern: weder ein Betrag noch eine Stundenzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a number</source>
        <translation>{0} ist keine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} ({1} characters) is not a number</source>
        <translation>{0} ({1} Zeichen) ist keine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} gives the year {1}, which is not plausible for work or pay</source>
        <translation>{0} ergibt das Jahr {1}, das für Arbeit oder Lohn nicht plausibel ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a date: there is no month {1}</source>
        <translation>{0} ist kein Datum: es gibt keinen Monat {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not a date: {1} has no day {2}</source>
        <translation>{0} ist kein Datum: {1} hat keinen Tag {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is Excel&apos;s non-existent day 29/02/1900, not a date</source>
        <translation>{0} ist Excels nicht existierender Tag 29.02.1900, kein Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not an Excel date number</source>
        <translation>{0} ist keine Excel-Datumszahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a date</source>
        <translation>{0} ist kein Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a time of day or a number, not a date</source>
        <translation>{0} ist eine Uhrzeit oder eine Zahl, kein Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a date; write dd/mm/yyyy (also dd-mm-yyyy, dd.mm.yyyy) or yyyy-mm-dd</source>
        <translation>{0} ist kein Datum; schreiben Sie TT.MM.JJJJ (auch TT/MM/JJJJ, TT-MM-JJJJ) oder JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} is not a whole number of minutes (the case records whole minutes)</source>
        <translation>{0} ist keine ganze Zahl von Minuten (der Fall erfasst ganze Minuten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} hours is not a whole number of minutes</source>
        <translation>{0} Stunden ergeben keine ganze Zahl von Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} has seconds; the case records whole minutes</source>
        <translation>{0} enthält Sekunden; der Fall erfasst ganze Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a time</source>
        <translation>{0} ist keine Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a time of day (00:00 to 24:00)</source>
        <translation>{0} ist keine Uhrzeit (00:00 bis 24:00)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a time; write 8:00, 08h00 or decimal hours such as 8.5</source>
        <translation>{0} ist keine Uhrzeit; schreiben Sie 8:00, 08h00 oder Dezimalstunden wie 8,5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not a time: {1} o&apos;clock with am/pm</source>
        <translation>{0} ist keine Uhrzeit: {1} Uhr mit am/pm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is ambiguous: {1}:{2} or {1}.{2} hours? Write {1}:{2}, or choose how times like 8.30 are read</source>
        <translation>{0} ist mehrdeutig: {1}:{2} oder {1},{2} Stunden? Schreiben Sie {1}:{2} oder wählen Sie, wie Zeiten wie 8.30 gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is a date, not a duration</source>
        <translation>{0} ist ein Datum, keine Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a duration</source>
        <translation>{0} ist keine Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a duration in hours and minutes (h:mm)</source>
        <translation>{0} ist keine Dauer in Stunden und Minuten (h:mm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is negative</source>
        <translation>{0} ist negativ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} is ambiguous: {1} or {2}? Write the decimals with two digits, or choose the decimal separator</source>
        <translation>{0} ist mehrdeutig: {1} oder {2}? Schreiben Sie die Dezimalstellen mit zwei Ziffern oder wählen Sie das Dezimaltrennzeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a number: its thousands separators are misplaced</source>
        <translation>{0} ist keine Zahl: die Tausendertrennzeichen stehen falsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is too large; amounts are below {1}</source>
        <translation>{0} ist zu groß; Beträge liegen unter {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is negative; payments are amounts of 0 or more</source>
        <translation>{0} ist negativ; eine Zahlung ist ein Betrag von 0 oder mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a whole number of cents</source>
        <translation>{0} ist keine ganze Zahl von Cent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a pay period</source>
        <translation>{0} ist kein Lohnzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a pay period; write yyyy-mm (e.g. 2025-03), mm/yyyy or 2025-W10</source>
        <translation>{0} ist kein Lohnzeitraum; schreiben Sie JJJJ-MM (z. B. 2025-03), MM/JJJJ oder 2025-W10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not an ISO week</source>
        <translation>{0} ist keine ISO-Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a month</source>
        <translation>{0} ist kein Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a payment method; use cash (contant, espèces), bank (overschrijving, virement) or other</source>
        <translation>{0} ist keine Zahlungsart; geben Sie bar (cash, contant, espèces), bank (overschrijving, virement) oder other (andere, autre) an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no workers</source>
        <translation>keine Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, … ({1} workers)</source>
        <translation>{0}, … ({1} Arbeitnehmer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown worker id {0}; the case has {1}</source>
        <translation>unbekannte Arbeitnehmer-ID {0}; der Fall enthält {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worker id {0} is {1} in the case, but the row names {2}</source>
        <translation>die ID {0} bezeichnet im Fall {1}, aber die Zeile nennt {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no worker named on this row</source>
        <translation>in dieser Zeile ist kein Arbeitnehmer genannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is the name of {1} workers ({2}); use a worker id column</source>
        <translation>{0} ist der Name von {1} Arbeitnehmern ({2}); verwenden Sie eine Spalte mit der Arbeitnehmer-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown worker {0}; the case has {1}</source>
        <translation>unbekannter Arbeitnehmer {0}; der Fall enthält {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for worker {0} ({1}); importing only {2}</source>
        <translation>für Arbeitnehmer {0} ({1}); nur {2} wird importiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} read only on a row without times, hours or amount; ignored on this shift row</source>
        <translation>{0}: nur in einer Zeile ohne Uhrzeiten, Stunden oder Betrag gelesen; in dieser Schichtzeile ignoriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} read only on a row without times, hours or amount; ignored on this hours row</source>
        <translation>{0}: nur in einer Zeile ohne Uhrzeiten, Stunden oder Betrag gelesen; in dieser Stundenzeile ignoriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} read only on a row without times, hours or amount; ignored on this payment row</source>
        <translation>{0}: nur in einer Zeile ohne Uhrzeiten, Stunden oder Betrag gelesen; in dieser Zahlungszeile ignoriert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} cells but the header has {1} columns: {2} beyond the last column (a decimal comma in a comma-separated file? quote the amounts or use &apos;;&apos;)</source>
        <translation>{0} Zellen, aber die Kopfzeile hat {1} Spalten: {2} nach der letzten Spalte (ein Dezimalkomma in einer durch Kommas getrennten Datei? setzen Sie die Beträge in Anführungszeichen oder verwenden Sie &apos;;&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} cells but the header has {1} columns: {2} beyond the last column</source>
        <translation>{0} Zellen, aber die Kopfzeile hat {1} Spalten: {2} nach der letzten Spalte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no value in the imported columns</source>
        <translation>kein Wert in den importierten Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row could not be read</source>
        <translation>die Zeile konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row has both hours and an amount; a row is a shift, an hours block or a payment (set one of the columns to (ignore))</source>
        <translation>die Zeile enthält sowohl Stunden als auch einen Betrag; eine Zeile ist eine Schicht, ein Stundenblock oder eine Zahlung (stellen Sie eine der Spalten auf (ignorieren))</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a totals row</source>
        <translation>eine Summenzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no start or end time, hours or amount: nothing to import</source>
        <translation>weder Beginn- oder Endzeit noch Stunden oder Betrag: nichts zu importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before the employment start {0}</source>
        <translation>vor dem Beschäftigungsbeginn ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the case&apos;s as-of date {0}</source>
        <translation>nach dem Stichtag des Falls ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends the next day</source>
        <translation>endet am nächsten Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file says {0} h worked; {1}–{2} less {3} min break is {4} h</source>
        <translation>laut Datei {0} h gearbeitet; {1}–{2} abzüglich {3} Min. Pause sind {4} h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start time missing</source>
        <translation>Beginnzeit fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end time missing</source>
        <translation>Endzeit fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date missing</source>
        <translation>Datum fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the start {0} is not on the date {1}</source>
        <translation>der Beginn {0} liegt nicht am {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end {0} is before the start {1}</source>
        <translation>das Ende {0} liegt vor dem Beginn {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {0} to {1} is 24 hours or more</source>
        <translation>von {0} bis {1} sind 24 Stunden oder mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end {0} is not on the start&apos;s day or the next</source>
        <translation>das Ende {0} liegt weder am Tag des Beginns noch am Folgetag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;from&apos; date missing</source>
        <translation>Datum „von“ fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;to&apos; date missing</source>
        <translation>Datum „bis“ fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date: give from and to, a date or a period</source>
        <translation>kein Datum: geben Sie von und bis, ein Datum oder einen Zeitraum an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;to&apos; ({0}) is before &apos;from&apos; ({1})</source>
        <translation>„bis“ ({0}) liegt vor „von“ ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is {1}, which decimal hours cannot hold exactly (hours blocks are stored in decimal hours); enter these hours as shifts, or as a multiple of 3 minutes</source>
        <translation>{0} sind {1}, was Dezimalstunden nicht genau darstellen können (Stundenblöcke werden in Dezimalstunden gespeichert); erfassen Sie diese Stunden als Schichten oder als Vielfaches von 3 Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>payment date missing</source>
        <translation>Zahlungsdatum fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not a week; this case pays by the week</source>
        <translation>{0} ist keine Woche; in diesem Fall wird wöchentlich gezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not a month; this case pays by the month</source>
        <translation>{0} ist kein Monat; in diesem Fall wird monatlich gezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no payment method given: cash</source>
        <translation>keine Zahlungsart angegeben: bar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no period given: counted for the period of its date</source>
        <translation>kein Zeitraum angegeben: für den Zeitraum seines Datums gezählt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the status</source>
        <translation>der Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end of the contract</source>
        <translation>das Vertragsende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end reason</source>
        <translation>der Beendigungsgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undeclared work</source>
        <comment>an employment fact in a sentence, with its article</comment>
        <translation>die nicht gemeldete Arbeit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>blue collar</source>
        <translation>Arbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>white collar</source>
        <translation>Angestellter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissal without notice</source>
        <translation>Entlassung ohne Kündigungsfrist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissal for serious cause</source>
        <translation>Entlassung aus schwerwiegendem Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resignation</source>
        <translation>Kündigung durch den Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mutual agreement</source>
        <translation>beiderseitiges Einvernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: {1} is {2} in the case, {3} in the file; change it in the case (worker page or case file), not by an import</source>
        <translation>{0}: {1} ist im Fall {2}, in der Datei {3}; ändern Sie dies im Fall (Seite des Arbeitnehmers oder Falldatei), nicht durch einen Import</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is {1} on this row but {2} on row {3}</source>
        <translation>{0} ist in dieser Zeile {1}, aber in Zeile {3} {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: the end of the contract {1} is before the employment start {2}</source>
        <translation>{0}: das Vertragsende am {1} liegt vor dem Beschäftigungsbeginn am {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: an end reason without an end of the contract; add the end date (a column set to end of the contract) or leave the reason out</source>
        <translation>{0}: ein Beendigungsgrund ohne Vertragsende; ergänzen Sie das Enddatum (eine Spalte, die auf Vertragsende gestellt ist) oder lassen Sie den Grund weg</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>duplicate of shift {0} already in the case ({1}, {2}–{3})</source>
        <translation>Duplikat der Schicht {0}, die bereits im Fall steht ({1}, {2}–{3})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate of hours block {0} already in the case ({1} to {2})</source>
        <translation>Duplikat des Stundenblocks {0}, der bereits im Fall steht ({1} bis {2})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate of payment {0} already in the case ({1}, {2})</source>
        <translation>Duplikat der Zahlung {0}, die bereits im Fall steht ({1}, {2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate of row {0}</source>
        <translation>Duplikat der Zeile {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>overlaps shift {0} already in the case ({1}, {2}–{3})</source>
        <translation>überschneidet sich mit Schicht {0}, die bereits im Fall steht ({1}, {2}–{3})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlaps row {0} ({1}, {2}–{3})</source>
        <translation>überschneidet sich mit Zeile {0} ({1}, {2}–{3})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>covers days that hours block {0} already in the case ({1} to {2}) also covers</source>
        <translation>umfasst Tage, die auch Stundenblock {0} umfasst, der bereits im Fall steht ({1} bis {2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>covers days that row {0} also covers</source>
        <translation>umfasst Tage, die auch Zeile {0} umfasst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shift and hours on the same day: {0} has shift {1} already in the case ({2}–{3})</source>
        <translation>Schicht und Stunden am selben Tag: am {0} steht bereits Schicht {1} im Fall ({2}–{3})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shift and hours on the same day: {0} has the shift of row {1}</source>
        <translation>Schicht und Stunden am selben Tag: am {0} liegt die Schicht der Zeile {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>shift and hours on the same day: {0} is in hours block {1} already in the case ({2} to {3})</source>
        <translation>Schicht und Stunden am selben Tag: der {0} liegt in Stundenblock {1}, der bereits im Fall steht ({2} bis {3})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shift and hours on the same day: {0} is in the hours block of row {1}</source>
        <translation>Schicht und Stunden am selben Tag: der {0} liegt im Stundenblock der Zeile {1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>same date, amount, period and method as row {0}: a duplicate?</source>
        <translation>gleiches Datum, gleicher Betrag, Zeitraum und gleiche Zahlungsart wie Zeile {0}: ein Duplikat?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the rate tables give no rate for this worker on {0} ({1})</source>
        <translation>die Satztabellen geben für diesen Arbeitnehmer am {0} keinen Satz an ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the case check still finds problems in the imported rows; check the rejected rows</source>
        <translation>die Prüfung des Falls findet noch Probleme in den importierten Zeilen; prüfen Sie die abgelehnten Zeilen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>looks like {0}, but another column is set to it</source>
        <translation>sieht aus wie {0}, aber eine andere Spalte ist darauf gestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also looks like {0} (column {1} is used)</source>
        <translation>sieht auch aus wie {0} (Spalte {1} wird verwendet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet {0}: no header row found; sheet not imported</source>
        <translation>Blatt {0}: keine Kopfzeile gefunden; Blatt nicht importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet {0}: no start/end time, hours or amount column (columns found: {1}); sheet not imported</source>
        <translation>Blatt {0}: keine Spalte mit Beginn-/Endzeit, Stunden oder Betrag (gefundene Spalten: {1}); Blatt nicht importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the case itself has {0} problem(s) that the import does not change</source>
        <translation>der Fall selbst hat {0} Problem(e), die der Import nicht ändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sheet {0}: {1}</source>
        <translation>Blatt {0}: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no header row found in the first rows: expected column names such as Date, Start, End, Break, Hours, Amount, Worker (Datum, Begin, Einde, Pauze, Uren, Bedrag, Naam; Date, Début, Fin, Pause, Heures, Montant, Nom), or say above what the columns hold</source>
        <translation>keine Kopfzeile in den ersten Zeilen gefunden: erwartet werden Spaltennamen wie Date, Start, End, Break, Hours, Amount, Worker (Datum, Begin, Einde, Pauze, Uren, Bedrag, Naam; Date, Début, Fin, Pause, Heures, Montant, Nom), oder geben Sie oben an, was die Spalten enthalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no start/end time, hours or amount column (columns found: {0}); say above what the columns hold</source>
        <translation>keine Spalte mit Beginn-/Endzeit, Stunden oder Betrag (gefundene Spalten: {0}); geben Sie oben an, was die Spalten enthalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has no worker column; choose the worker the rows are for (the case has {0})</source>
        <translation>die Datei hat keine Spalte mit dem Arbeitnehmer; wählen Sie den Arbeitnehmer, den die Zeilen betreffen (der Fall enthält {0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no column named {0} in the file</source>
        <translation>keine Spalte namens {0} in der Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sheet with a header row and a start/end, hours or amount column</source>
        <translation>kein Blatt mit einer Kopfzeile und einer Spalte mit Beginn-/Endzeit, Stunden oder Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case has no workers; add them before importing their hours</source>
        <translation>der Fall enthält keine Arbeitnehmer; fügen Sie sie hinzu, bevor Sie ihre Stunden importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case changed after this preview was made; preview the file again</source>
        <translation>der Fall wurde nach dieser Vorschau geändert; lassen Sie die Datei erneut in der Vorschau anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file: {0}</source>
        <translation>die Datei kann nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} bytes; files to import are at most {1} MB (split the file)</source>
        <translation>{0} Byte; zu importierende Dateien sind höchstens {1} MB groß (teilen Sie die Datei auf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is an old Excel .xls file; save it as .xlsx or CSV and import that</source>
        <translation>dies ist eine alte Excel-Datei (.xls); speichern Sie sie als .xlsx oder CSV und importieren Sie diese</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is an OpenDocument spreadsheet; save it as .xlsx or CSV and import that</source>
        <translation>dies ist eine OpenDocument-Tabelle; speichern Sie sie als .xlsx oder CSV und importieren Sie diese</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a readable XLSX workbook (the file is damaged)</source>
        <translation>keine lesbare XLSX-Arbeitsmappe (die Datei ist beschädigt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sheet {0}; the sheets are {1}</source>
        <translation>kein Blatt {0}; die Blätter sind {1}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{0} ({1}): {2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>column {0}: {1}</source>
        <translation>Spalte {0}: {1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cash</source>
        <translation>bar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bank transfer</source>
        <translation>per Überweisung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>, break {0} min</source>
        <translation>, Pause {0} Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} to {1}: {2} h</source>
        <translation>{0} bis {1}: {2} Std.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, for {0}</source>
        <translation>, für {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, pays: {0}</source>
        <translation>, zahlt: {0}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../dialogs/import_wizard.py" line="+165"/>
        <location line="+129"/>
        <source>Import hours and payments</source>
        <translation>Stunden und Zahlungen importieren</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>CSV or XLSX file</source>
        <translation>CSV- oder XLSX-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(named in the file, or by the sheet name)</source>
        <translation>(in der Datei genannt oder durch den Blattnamen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worker</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+85"/>
        <source>(all sheets)</source>
        <translation>(alle Blätter)</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>detect</source>
        <translation>erkennen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>clock time (8.30 = 8:30)</source>
        <translation>Uhrzeit (8.30 = 8:30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decimal hours (8.30 = 8:18)</source>
        <translation>Dezimalstunden (8.30 = 8:18)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comma (1.234,56)</source>
        <translation>Komma (1.234,56)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point (1,234.56)</source>
        <translation>Punkt (1,234.56)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times like 8.30:</source>
        <translation>Zeiten wie 8.30:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decimal separator:</source>
        <translation>Dezimaltrennzeichen:</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Reading</source>
        <translation>Einlesen</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Columns (change what a column holds if it was not recognised):</source>
        <translation>Spalten (ändern Sie den Inhalt einer Spalte, wenn sie nicht erkannt wurde):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Exclude selected rows</source>
        <translation>Ausgewählte Zeilen ausschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include selected rows</source>
        <translation>Ausgewählte Zeilen einbeziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclude all rejected rows</source>
        <translation>Alle abgelehnten Zeilen ausschließen</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../dialogs/import_reasons.py" line="-497"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker (id or name)</source>
        <translation>Arbeitnehmer (ID oder Name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker id</source>
        <translation>Arbeitnehmer-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start time</source>
        <translation>Beginnzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>end time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from (date)</source>
        <translation>von (Datum)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to (date)</source>
        <translation>bis (Datum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount paid</source>
        <translation>gezahlter Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment date</source>
        <translation>Zahlungsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for period</source>
        <translation>für Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pays (head of claim)</source>
        <translation>bezahlt (Anspruchsposten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blue/white collar</source>
        <translation>Arbeiter/Angestellter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of the contract</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end reason</source>
        <translation>Beendigungsgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undeclared work</source>
        <translation>nicht gemeldete Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <location filename="../dialogs/import_wizard.py" line="+97"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Choose a CSV or XLSX file to preview it.</source>
        <translation>Wählen Sie eine CSV- oder XLSX-Datei für die Vorschau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} rows: {i} to import ({s} shifts, {h} hours blocks, {p} payments), {r} rejected, {e} excluded, {k} skipped.</source>
        <translation>{n} Zeilen: {i} zu importieren ({s} Schichten, {h} Stundenblöcke, {p} Zahlungen), {r} abgelehnt, {e} ausgeschlossen, {k} übersprungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fix the rejected rows in the file, or exclude them, to import.</source>
        <translation>Korrigieren Sie die abgelehnten Zeilen in der Datei oder schließen Sie sie aus, um zu importieren.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{0} row(s) with a worker&apos;s status or end of the contract.</source>
        <translation>{0} Zeile(n) mit dem Status oder dem Vertragsende eines Arbeitnehmers.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="+15"/>
        <source>national minimum wage</source>
        <translation>nationaler Mindestlohn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>youth percentage of the national minimum</source>
        <translation>Jugendprozentsatz des nationalen Mindestlohns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>student percentage of the national minimum</source>
        <translation>Studentenprozentsatz des nationalen Mindestlohns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector minimum (joint committee scale)</source>
        <translation>Sektormindestlohn (Tabelle der paritätischen Kommission)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector youth percentage</source>
        <translation>sektoraler Jugendprozentsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector student percentage</source>
        <translation>sektoraler Studentenprozentsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed rate (higher than the minimums)</source>
        <translation>vereinbarter Lohn (höher als die Mindestlöhne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch statutory minimum wage (WML)</source>
        <translation>niederländischer gesetzlicher Mindestlohn (WML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flat sector premium</source>
        <translation>pauschale Sektorprämie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>youth %</source>
        <translation>Jugend-%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>student %</source>
        <translation>Studenten-%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector youth %</source>
        <translation>Sektor-Jugend-%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector student %</source>
        <translation>Sektor-Studenten-%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed</source>
        <translation>vereinbart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WML</source>
        <translation>WML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>premium</source>
        <translation>Prämie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>verified in the official source</source>
        <translation>in der amtlichen Quelle geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified in a secondary source</source>
        <translation>in einer Sekundärquelle geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived by calculation from verified figures</source>
        <translation>aus geprüften Zahlen berechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT VERIFIED: check before relying on it</source>
        <translation>NICHT GEPRÜFT: vor Verwendung prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entered in the case (agreed rate)</source>
        <translation>in der Akte erfasst (vereinbarter Satz)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>secondary</source>
        <translation>sekundär</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT VERIFIED</source>
        <translation>NICHT GEPRÜFT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>case input</source>
        <translation>Aktenangabe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} (estimated)</source>
        <translation>{0} (geschätzt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>normal time</source>
        <translation>Normalarbeitszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overtime +{0} %</source>
        <translation>Überstunden +{0} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>premium: Sunday / public holiday</source>
        <translation>Prämie: Sonntag / Feiertag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>premium: night</source>
        <translation>Prämie: Nacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>premium: {0}</source>
        <translation>Prämie: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cash</source>
        <translation>bar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rates NOT VERIFIED are used</source>
        <translation>Es werden NICHT GEPRÜFTE Sätze verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates derived by calculation are used</source>
        <translation>Es werden berechnete Sätze verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates may be out of date</source>
        <translation>Die Sätze sind möglicherweise veraltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overpayment</source>
        <translation>Überzahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function years beyond the scale</source>
        <translation>Funktionsjahre über die Tabelle hinaus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate: the law presumes the duration, the hours are the inspector&apos;s</source>
        <translation>Schätzung: das Gesetz vermutet die Dauer, die Stunden sind die des Inspektors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate: a civil presumption, not enforceable by the Labour Authority</source>
        <translation>Schätzung: eine zivilrechtliche Vermutung, von der niederländischen Arbeitsinspektion nicht durchsetzbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate: the full-time presumption binds only the ONSS</source>
        <translation>Schätzung: die Vollzeitvermutung bindet nur das LSS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate: the 7:610b average adds nothing</source>
        <translation>Schätzung: der Durchschnitt nach 7:610b fügt nichts hinzu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payment order</source>
        <translation>Zahlungsanordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash receipt</source>
        <translation>Quittung über Barzahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calculation statement</source>
        <translation>Berechnungsaufstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines and compensation sheet</source>
        <translation>Übersicht Geldbußen und Entschädigung</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Minor in a sector whose youth rates are disputed</source>
        <translation>Minderjährige(r) in einem Sektor mit strittigen Jugendsätzen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="+248"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rates…</source>
        <translation>Sätze…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Edit claims</source>
        <translation>Forderungen ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case and results</source>
        <translation>Fall und Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines and compensation</source>
        <translation>Geldbußen und Entschädigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claims and what-if</source>
        <translation>Forderungen und Simulation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Workers</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+341"/>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <location line="-330"/>
        <location line="+410"/>
        <source>Add worker</source>
        <translation>Arbeitnehmer hinzufügen</translation>
    </message>
    <message>
        <location line="-407"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Recomputing…</source>
        <translation>Neuberechnung…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Computed in {0} ms</source>
        <translation>Berechnet in {0} ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To see the amounts owed, fill in the fields marked in red:</source>
        <translation>Um die geschuldeten Beträge zu sehen, füllen Sie die rot markierten Felder aus:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case cannot be computed until these are fixed:</source>
        <translation>Der Fall kann erst berechnet werden, wenn Folgendes behoben ist:</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start date missing</source>
        <translation>Anfangsdatum fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>worker {0}</source>
        <translation>Arbeitnehmer {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment start</source>
        <translation>Beschäftigungsbeginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>function years</source>
        <translation>Funktionsjahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly regime</source>
        <translation>Wochenarbeitszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed rate</source>
        <translation>vereinbarter Satz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shift {0}</source>
        <translation>Schicht {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours block {0}</source>
        <translation>Stundenblock {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment {0}</source>
        <translation>Zahlung {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employer name</source>
        <translation>Name des Arbeitgebers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection date</source>
        <translation>Datum der Kontrolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amounts as of</source>
        <translation>Beträge zum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Rechtsgebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>youth percentages</source>
        <translation>Jugendprozentsätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>student percentages</source>
        <translation>Studentenprozentsätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working time</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Due</source>
        <translation>Geschuldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Gezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case totals</source>
        <translation>Summen des Falls</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owed now</source>
        <translation>Jetzt geschuldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not up to date</source>
        <translation>nicht aktuell</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No result yet.</source>
        <translation>Noch kein Ergebnis.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Worker {0}</source>
        <translation>Arbeitnehmer {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Select a worker first.</source>
        <translation>Wählen Sie zuerst einen Arbeitnehmer.</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+5"/>
        <source>Remove worker</source>
        <translation>Arbeitnehmer entfernen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Remove {0} with their shifts and payments? (Undo brings them back.)</source>
        <translation>{0} mit Schichten und Zahlungen entfernen? (Rückgängig stellt sie wieder her.)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Open a case</source>
        <translation>Einen Fall öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case files (*.json);;All files (*)</source>
        <translation>Falldateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+121"/>
        <source>Cannot open the case</source>
        <translation>Der Fall kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+121"/>
        <source>{0} cannot be opened:</source>
        <translation>{0} kann nicht geöffnet werden:</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Open the demo case</source>
        <translation>Den Demofall öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot copy the demo case to {0}: {1}</source>
        <translation>Der Demofall kann nicht nach {0} kopiert werden: {1}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the case as</source>
        <translation>Fall speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case files (*.json)</source>
        <translation>Falldateien (*.json)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The case cannot be saved yet</source>
        <translation>Der Fall kann noch nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix these first (your work is kept in the recovery file meanwhile):</source>
        <translation>Beheben Sie zuerst Folgendes (Ihre Arbeit bleibt bis dahin in der Wiederherstellungsdatei erhalten):</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+12"/>
        <location line="+31"/>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-767"/>
        <source>Add &amp;payment</source>
        <translation>&amp;Zahlung hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ort rows by date</source>
        <translation>Zeilen nach Datum s&amp;ortieren</translation>
    </message>
    <message>
        <location line="+425"/>
        <source>{0}, figures in force from {1}: {2}</source>
        <translation>{0}, Beträge gültig ab {1}: {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: the figures in force from {1} are not in the catalogue; the previous ones were used and may be too low</source>
        <translation>{0}: die ab {1} gültigen Beträge fehlen im Katalog; die vorherigen wurden verwendet und können zu niedrig sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the rates were reviewed through {1}; this case uses later dates, a newer version (e.g. an indexation) may be missing</source>
        <translation>{0}: die Tarife wurden bis {1} geprüft; dieser Fall betrifft spätere Daten, eine neuere Fassung (z. B. eine Indexierung) kann fehlen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1} paid {2} more than due; not set off against other periods</source>
        <translation>{0}: {1} {2} mehr gezahlt als geschuldet; nicht mit anderen Zeiträumen verrechnet</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Another wage-remedy program is writing {0} just now. Nothing was saved; your changes are kept. Save again in a moment.</source>
        <translation>Ein anderes wage-remedy-Programm schreibt gerade {0}. Nichts wurde gespeichert; Ihre Änderungen bleiben erhalten. Speichern Sie gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write {0}: {1}</source>
        <translation>{0} kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The case changed on disk</source>
        <translation>Der Fall wurde auf dem Datenträger geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} was changed by another program or window since you opened it. Nothing was saved yet.</source>
        <translation>{0} wurde seit dem Öffnen von einem anderen Programm oder Fenster geändert. Noch wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload it (your unsaved changes are dropped), save yours over it (its other changes are lost; issued documents of both are kept), or cancel and compare first.</source>
        <translation>Laden Sie ihn neu (Ihre ungespeicherten Änderungen entfallen), speichern Sie Ihre darüber (seine anderen Änderungen gehen verloren; ausgestellte Dokumente beider bleiben erhalten) oder brechen Sie ab und vergleichen Sie zuerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload from disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine over it</source>
        <translation>Meinen darüber speichern</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reloaded {0} from disk</source>
        <translation>{0} vom Datenträger neu geladen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} was changed on disk by another program; saving will let you reload or compare</source>
        <translation>{0} wurde auf dem Datenträger von einem anderen Programm geändert; beim Speichern können Sie neu laden oder vergleichen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case has changes that are not saved. Save them?</source>
        <translation>Der Fall hat nicht gespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Autosave failed: {0}</source>
        <translation>Automatisches Speichern fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The case file was changed after these edits and cannot be read now.</source>
        <translation>Die Falldatei wurde nach diesen Änderungen geändert und kann jetzt nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case file was saved after these edits (by another program). Recovering puts these edits back over it; issued documents are kept. Differences (on disk → recovered):</source>
        <translation>Die Falldatei wurde nach diesen Änderungen gespeichert (von einem anderen Programm). Die Wiederherstellung setzt diese Änderungen darüber; ausgestellte Dokumente bleiben erhalten. Unterschiede (auf dem Datenträger → wiederhergestellt):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an untitled case</source>
        <translation>einen unbenannten Fall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover unsaved work?</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wage-remedy was not closed properly. Unsaved changes to {0} from {1} were kept. Recover them?</source>
        <translation>wage-remedy wurde nicht ordnungsgemäß beendet. Nicht gespeicherte Änderungen an {0} vom {1} wurden aufbewahrt. Wiederherstellen?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recover unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved changes recovered. Save the case to keep them.</source>
        <translation>Nicht gespeicherte Änderungen wiederhergestellt. Speichern Sie den Fall, um sie zu behalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open or create a case first.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Fall.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+9"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Importing hours and payments is not available in this version.</source>
        <translation>Der Import von Stunden und Zahlungen ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fix these first:</source>
        <translation>Beheben Sie zuerst Folgendes:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Issue a document or select an issued one, then print it.</source>
        <translation>Erstellen Sie ein Dokument oder wählen Sie ein erstelltes und drucken Sie es dann.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Back-pay calculator for labour inspectors (Belgium, Netherlands).</source>
        <translation>Berechnung von Lohnrückständen für Arbeitsinspektoren (Belgien, Niederlande).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates version</source>
        <translation>Version der Sätze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rates folder</source>
        <translation>Ordner der Sätze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build date</source>
        <translation>Erstellungsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About wage-remedy</source>
        <translation>Über wage-remedy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language: {0}</source>
        <translation>Sprache: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Rückgängig: {0}</translation>
    </message>
    <message>
        <location line="-1063"/>
        <location line="+1063"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-1072"/>
        <source>&amp;New case</source>
        <translation>&amp;Neuer Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo case</source>
        <translation>Den &amp;Demo-Fall öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import hours and payments…</source>
        <translation>Stunden und Zahlungen &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close case</source>
        <translation>Fall &amp;schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;worker</source>
        <translation>&amp;Arbeitnehmer hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove worker…</source>
        <translation>Arbeitnehmer &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add s&amp;hift</source>
        <translation>&amp;Schicht hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quick fill shifts…</source>
        <translation>Schichten &amp;schnell ausfüllen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy week…</source>
        <translation>Woche &amp;kopieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case and results</source>
        <translation>&amp;Fall und Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fines and compensation</source>
        <translation>&amp;Geldbußen und Entschädigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;laims and what-if</source>
        <translation>F&amp;orderungen und Simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recompute</source>
        <translation>&amp;Neu berechnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rates…</source>
        <translation>&amp;Sätze…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About wage-remedy</source>
        <translation>&amp;Über wage-remedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <location line="+1045"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Wiederholen: {0}</translation>
    </message>
    <message>
        <location line="-1063"/>
        <location line="+1063"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-616"/>
        <source>{0} is a minor ({1}) in {2}: the full category scale is used (official FPS pages: youth wages abolished); a sector source gives {3} % at this age. The reading is disputed: check it.</source>
        <translation>{0} ist minderjährig ({1} Jahre) in {2}: die volle Kategorieskala wird angewandt (offizielle Seiten des FÖD: Jugendlöhne abgeschafft); eine Sektorquelle nennt {3} % in diesem Alter. Die Auslegung ist strittig: bitte prüfen.</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../dialogs/manual.py" line="+178"/>
        <source>Manual — wage-remedy</source>
        <translation>Anleitung — wage-remedy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="__init__.py" line="+166"/>
        <location filename="../validation.py" line="+204"/>
        <source>week {0}, {1}</source>
        <translation>Woche {0}, {1}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../dialogs/import_wizard.py" line="-372"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worker</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason / notes</source>
        <translation>Grund / Bemerkungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import</source>
        <translation>importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REJECTED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>employment</source>
        <translation>Beschäftigung</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../problem_words.py" line="+25"/>
        <source>shift {0}</source>
        <translation>Schicht {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours block {0}</source>
        <translation>Stundenblock {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment {0}</source>
        <translation>Zahlung {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the break ({0} min) is not shorter than the shift {1}–{2} ({3} min)</source>
        <translation>die Pause ({0} Min.) ist nicht kürzer als die Schicht {1}–{2} ({3} Min.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the end {0} equals the start {1}: a shift of 0 or 24 hours is refused as a typo; correct the start or the end</source>
        <translation>das Ende {0} ist gleich dem Beginn {1}: eine Schicht von 0 oder 24 Stunden wird als Tippfehler abgelehnt; Beginn oder Ende korrigieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a shift cannot start at 24:00; use 00:00 of the next day</source>
        <translation>eine Schicht kann nicht um 24:00 beginnen; 00:00 des nächsten Tages verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} h over {1} day(s) is more than 24 h a day</source>
        <translation>{0} Std. über {1} Tag(e) sind mehr als 24 Std. am Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the end date {0} is before the start date {1}</source>
        <translation>das Enddatum {0} liegt vor dem Anfangsdatum {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the birth date {0} is not before the start of employment</source>
        <translation>das Geburtsdatum {0} liegt nicht vor dem Beschäftigungsbeginn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} has no rates for {1}: its figures start on {2}</source>
        <translation>{0} hat keine Sätze für den {1}: die Zahlen beginnen am {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the figures in force from {1} are not in the program&apos;s rates (needed for {2}); add them before computing</source>
        <translation>{0}: die ab dem {1} geltenden Zahlen fehlen in den Sätzen des Programms (benötigt für den {2}); ergänzen Sie sie vor der Berechnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown rate table {0}</source>
        <translation>unbekannte Satztabelle {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} has no {1} {2} on {3}</source>
        <translation>{0} hat am {3} keine {1} {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} has no figure {1} on {2}</source>
        <translation>{0} hat am {2} keinen Wert {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a sector scale</source>
        <translation>{0} ist keine Sektortabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} belongs to another country ({1}) than the case ({2})</source>
        <translation>{0} gehört zu einem anderen Land ({1}) als der Fall ({2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a category of {0}</source>
        <translation>wählen Sie eine Kategorie von {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} has no category {1}; allowed: {2}</source>
        <translation>{0} hat keine Kategorie {1}; möglich: {2}</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>overlaps {0} ({1} {2}–{3})</source>
        <translation>überschneidet sich mit {0} ({1} {2}–{3})</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="qt_strings.py" line="+15"/>
        <source>&amp;Look in:</source>
        <translation>Su&amp;chen in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Datei&amp;typ:</translation>
    </message>
</context>
<context>
    <name>QuickFillDialog</name>
    <message>
        <location filename="../dialogs/quick_fill.py" line="-118"/>
        <source>Quick fill shifts</source>
        <translation>Schichten schnell ausfüllen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break (minutes)</source>
        <translation>Pause (Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip public holidays</source>
        <translation>Feiertage überspringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace shifts already entered on these days</source>
        <translation>Bereits an diesen Tagen erfasste Schichten ersetzen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&apos;To&apos; is before &apos;From&apos;</source>
        <translation>„Bis“ liegt vor „Von“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The range is longer than three years</source>
        <translation>Der Zeitraum ist länger als drei Jahre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The break is as long as the shift</source>
        <translation>Die Pause ist so lang wie die Schicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} shifts of {1} h, {2} h in all</source>
        <translation>{0} Schichten zu {1} Std., insgesamt {2} Std.</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <location filename="../widgets/rate_chart.py" line="+93"/>
        <source>No figures to draw</source>
        <translation>Keine Beträge zum Zeichnen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>after reviewed date</source>
        <translation>nach dem Prüfdatum</translation>
    </message>
</context>
<context>
    <name>RatesBrowser</name>
    <message>
        <location filename="../dialogs/rates_browser.py" line="-582"/>
        <location line="+407"/>
        <source>Rates</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Rates folder: {0}</source>
        <translation>Ordner der Sätze: {0}</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Search: table, sector, joint committee number …</source>
        <translation>Suchen: Tabelle, Sektor, Nummer der paritätischen Kommission …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On date:</source>
        <translation>Am Datum:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Table on date</source>
        <translation>Tabelle am Datum</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rate:</source>
        <translation>Satz:</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Versions and sources</source>
        <translation>Fassungen und Quellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As text</source>
        <translation>Als Text</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Add a version…</source>
        <translation>Fassung hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Index…</source>
        <translation>Indexieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import bundle…</source>
        <translation>Paket importieren…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>; tables from the user&apos;s rates folder: {0} ({1})</source>
        <translation>; Tabellen aus dem Tarifordner des Benutzers: {0} ({1})</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewed through {0}</source>
        <translation>Geprüft bis {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next expected change {0}</source>
        <translation>nächste erwartete Änderung {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The figures in force from {0} are not in the catalogue: the previous figures are shown and may be too low.</source>
        <translation>Die ab {0} geltenden Beträge fehlen im Katalog: die vorherigen Beträge werden gezeigt und können zu niedrig sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rates may be out of date: this table was reviewed through {0}; a newer version may exist for {1}.</source>
        <translation>Tarife möglicherweise veraltet: diese Tabelle wurde bis {0} geprüft; für {1} kann es eine neuere Fassung geben.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>In force from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} an hour at {1} h a week</source>
        <translation>{0} pro Stunde bei {1} Std. pro Woche</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>€ per hour</source>
        <translation>€ pro Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>€ per month</source>
        <translation>€ pro Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>function years</source>
        <translation>Funktionsjahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>percentage</source>
        <translation>Prozentsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seniority (months)</source>
        <translation>Dienstalter (Monate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Import a rates bundle</source>
        <translation>Ein Tarifpaket importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates bundles (*.json);;All files (*)</source>
        <translation>Tarifpakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rates bundle refused</source>
        <translation>Tarifpaket abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install this rates bundle?</source>
        <translation>Dieses Tarifpaket installieren?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rates bundle</source>
        <translation>Tarifpaket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot install: {0}</source>
        <translation>Installation nicht möglich: {0}</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../widgets/result_panel.py" line="+141"/>
        <source>{0} h × {1} € per hour = {2} €</source>
        <translation>{0} Std. × {1} € je Stunde = {2} €</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} h × {1} €/h × (1 + {2} %) = {3} €</source>
        <translation>{0} Std. × {1} €/Std. × (1 + {2} %) = {3} €</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} h × {1} €/h = {2} €</source>
        <translation>{0} Std. × {1} €/Std. = {2} €</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The daily cap of the premium was applied on some days.</source>
        <translation>Die tägliche Obergrenze der Prämie wurde an einigen Tagen angewandt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binding rate</source>
        <translation>Maßgeblicher Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the rate was obtained</source>
        <translation>Wie der Satz ermittelt wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate table</source>
        <translation>Satztabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+11"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+23"/>
        <location line="+30"/>
        <source>Due</source>
        <translation>Geschuldet</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+23"/>
        <location line="+30"/>
        <source>Paid</source>
        <translation>Gezahlt</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+23"/>
        <location line="+30"/>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+23"/>
        <location line="+29"/>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>Owed now</source>
        <translation>Jetzt geschuldet</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Head of claim</source>
        <translation>Anspruchsposten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owed by</source>
        <translation>Geschuldet von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference period</source>
        <translation>Bezugszeitraum</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>{0}, from {1}</source>
        <translation>{0}, ab {1}</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Binding</source>
        <translation>Maßgeblich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate version</source>
        <translation>Version des Satzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Select a line to see how it was computed.</source>
        <translation>Wählen Sie eine Zeile, um zu sehen, wie sie berechnet wurde.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>+{0} %: overtime on a Sunday or a public holiday (overtime is the minutes beyond the daily or the weekly limit, the last minutes of the week first).</source>
        <translation>+{0} %: Überstunden an einem Sonntag oder Feiertag (Überstunden sind die Minuten über der Tages- oder der Wochengrenze, beginnend mit den letzten Minuten der Woche).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+{0} %: overtime on a working day (overtime is the minutes beyond the daily or the weekly limit, the last minutes of the week first).</source>
        <translation>+{0} %: Überstunden an einem Werktag (Überstunden sind die Minuten über der Tages- oder der Wochengrenze, beginnend mit den letzten Minuten der Woche).</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>No result yet: enter shifts or hours.</source>
        <translation>Noch kein Ergebnis: Schichten oder Stunden eingeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not up to date: fix the problems shown above</source>
        <translation>nicht aktuell: beheben Sie die oben genannten Probleme</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overpaid by {0}: not set off against other periods</source>
        <translation>Um {0} überbezahlt: nicht mit anderen Zeiträumen verrechnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the employer</source>
        <translation>der Arbeitgeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a fund, once the wages are declared</source>
        <translation>ein Fonds, sobald der Lohn gemeldet ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a court may award up to</source>
        <translation>ein Gericht kann zusprechen bis zu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Employer must pay now</source>
        <translation>Der Arbeitgeber muss jetzt zahlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Court, at most</source>
        <translation>Gericht, höchstens</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../models/rows.py" line="+172"/>
        <source>A copy of the row above: check it, or press Delete to remove it</source>
        <translation>Kopie der Zeile darüber: prüfen Sie sie, oder drücken Sie Entf, um sie zu entfernen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit {0} {1}: {2}</source>
        <translation>{0} {1} ändern: {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add {0}</source>
        <translation>Hinzufügen: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a worker first</source>
        <translation>Wählen Sie zuerst einen Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>row {0}, {1}: {2}</source>
        <translation>Zeile {0}, {1}: {2}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paste {0} row(s)</source>
        <translation>{0} Zeile(n) einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste {0} row(s), {1} new</source>
        <translation>{0} Zeile(n) einfügen, {1} neu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete {0} row(s)</source>
        <translation>{0} Zeile(n) löschen</translation>
    </message>
</context>
<context>
    <name>RowsView</name>
    <message>
        <location filename="../widgets/rows_view.py" line="+210"/>
        <source>Nothing pasted: {0}</source>
        <translation>Nichts eingefügt: {0}</translation>
    </message>
</context>
<context>
    <name>SanctionsPanel</name>
    <message>
        <location filename="../widgets/sanctions_panel.py" line="+34"/>
        <source>Fines and compensation</source>
        <translation>Geldbußen und Entschädigung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Worker</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed now</source>
        <translation>Jetzt geschuldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fine driven (per worker)</source>
        <translation>Zugehörige Geldbuße (je Arbeitnehmer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No result yet.</source>
        <translation>Noch kein Ergebnis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not up to date: fix the problems shown above.</source>
        <translation>Nicht aktuell: beheben Sie die oben genannten Probleme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No underpayment: no fine.</source>
        <translation>Keine Unterbezahlung: keine Geldbuße.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(aggravated)</source>
        <translation>(erschwert)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Offence</source>
        <translation>Verstoß</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Social Penal Code art. 162: remuneration not paid (on time)</source>
        <translation>Sozialstrafgesetzbuch Art. 162: Entlohnung nicht (fristgerecht) gezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sanction level</source>
        <translation>Sanktionsstufe</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Offence period</source>
        <translation>Zeitraum des Verstoßes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regime in force on</source>
        <translation>Regelung gültig am</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Workers concerned</source>
        <translation>Betroffene Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} (the fine is multiplied by {1}, at most {2})</source>
        <translation>{0} (die Geldbuße wird mit {1} multipliziert, höchstens {2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Surcharge multiplier</source>
        <translation>Zuschlagzehntel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative fine per worker</source>
        <translation>Verwaltungsgeldbuße je Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative fine, total</source>
        <translation>Verwaltungsgeldbuße, gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal fine per worker</source>
        <translation>Strafrechtliche Geldbuße je Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal fine, total</source>
        <translation>Strafrechtliche Geldbuße, gesamt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prison (months)</source>
        <translation>Haft (Monate)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Minimum Wage Act (WML): underpayment</source>
        <translation>Mindestlohngesetz (WML): Unterbezahlung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fine, total</source>
        <translation>Geldbuße, gesamt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Regularisation deadline</source>
        <translation>Frist zur Regularisierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}, figures in force from {1}</source>
        <translation>{0}, Beträge gültig ab {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate table</source>
        <translation>Satztabelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{0}: if paid by {0}, the inspector may decide not to draw up a report</source>
        <translation>{0}: bei Zahlung bis zum {0} kann der Inspektor beschließen, kein Protokoll aufzunehmen</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../widgets/start_screen.py" line="+36"/>
        <source>Back pay owed under the minimum wage and sector scales, with legal interest, fines and on-the-spot payment documents.</source>
        <translation>Lohnrückstände nach Mindestlohn und Sektortarifen, mit gesetzlichen Zinsen, Geldbußen und Zahlungsdokumenten vor Ort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo case</source>
        <translation>Den Demo-Fall öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recent cases</source>
        <translation>Zuletzt geöffnete Fälle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No recent cases yet.</source>
        <translation>Noch keine zuletzt geöffneten Fälle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version {0}. Ctrl+N new case, Ctrl+O open.</source>
        <translation>Version {0}. Strg+N neuer Fall, Strg+O öffnen.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../validation.py" line="-159"/>
        <source>a date is required (for example 03/03/2025)</source>
        <translation>ein Datum ist erforderlich (zum Beispiel 03.03.2025)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{0}&apos; is not a date: write day/month/year, for example 03/03/2025</source>
        <translation>&apos;{0}&apos; ist kein Datum: Tag.Monat.Jahr eingeben, zum Beispiel 03.03.2025</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{0}&apos; is not a date of the calendar</source>
        <translation>&apos;{0}&apos; ist kein Kalenderdatum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a time is required (for example 08:00)</source>
        <translation>eine Uhrzeit ist erforderlich (zum Beispiel 08:00)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{0}&apos; is not a time: write hours:minutes, for example 08:30</source>
        <translation>&apos;{0}&apos; ist keine Uhrzeit: Stunden:Minuten eingeben, zum Beispiel 08:30</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{0}&apos; is not a time: minutes go from 00 to 59</source>
        <translation>&apos;{0}&apos; ist keine Uhrzeit: Minuten gehen von 00 bis 59</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is not a time: hours go from 00 to 24 (24:00 is the end of the day)</source>
        <translation>&apos;{0}&apos; ist keine Uhrzeit: Stunden gehen von 00 bis 24 (24:00 ist das Tagesende)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{0}&apos;: {1} cannot be negative</source>
        <translation>&apos;{0}&apos;: {1} kann nicht negativ sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{0}&apos; is ambiguous: for {1} write {2} (or {3}); for {4} write {4}</source>
        <translation>„{0}“ ist mehrdeutig: für {1} schreiben Sie {2} (oder {3}); für {4} schreiben Sie {4}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{0}&apos;: {1} has at most {2} decimals</source>
        <translation>„{0}“: {1} hat höchstens {2} Nachkommastellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is not {1}: write digits with an optional decimal part, for example {2}</source>
        <translation>&apos;{0}&apos; ist kein(e) {1}: schreiben Sie Ziffern mit optionalem Dezimalteil, zum Beispiel {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an amount is required (for example 1200.50)</source>
        <translation>ein Betrag ist erforderlich (zum Beispiel 1200,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a number is required (for example 12.50)</source>
        <translation>eine Zahl ist erforderlich (zum Beispiel 12,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rate</source>
        <translation>ein Satz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a number of hours is required (for example 160)</source>
        <translation>eine Stundenzahl ist erforderlich (zum Beispiel 160)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>a number of hours</source>
        <translation>Stundenzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the full-time weekly regime is more than 0 and at most 60 hours</source>
        <translation>die wöchentliche Vollzeitregelung beträgt mehr als 0 und höchstens 60 Stunden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{0}&apos; is not a break: write whole minutes (30) or hours:minutes (0:30)</source>
        <translation>&apos;{0}&apos; ist keine Pause: ganze Minuten (30) oder Stunden:Minuten (0:30) eingeben</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&apos;{0}&apos; is not a pay period: write a month as {1}, {2} or {3}, a week as {4}, or leave it empty</source>
        <translation>&apos;{0}&apos; ist kein Lohnzeitraum: Schreiben Sie einen Monat als {1}, {2} oder {3}, eine Woche als {4}, oder lassen Sie das Feld leer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;{0}&apos; is not a valid IBAN: the check digits do not match (a typing error?)</source>
        <translation>&apos;{0}&apos; ist keine gültige IBAN: die Prüfziffern stimmen nicht (ein Tippfehler?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{0}&apos; is not a valid IBAN: wrong length for its country</source>
        <translation>&apos;{0}&apos; ist keine gültige IBAN: falsche Länge für das Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is not a valid IBAN (it starts with a country code such as BE or NL)</source>
        <translation>&apos;{0}&apos; ist keine gültige IBAN (sie beginnt mit einem Ländercode wie BE oder NL)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this field is required</source>
        <translation>dieses Feld ist erforderlich</translation>
    </message>
</context>
<context>
    <name>WorkerEditor</name>
    <message>
        <location filename="../widgets/worker_editor.py" line="+211"/>
        <source>&amp;Shifts</source>
        <translation>&amp;Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours blocks</source>
        <translation>&amp;Stundenblöcke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payments</source>
        <translation>&amp;Zahlungen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Worker</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+85"/>
        <source>dd/mm/yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Employment</source>
        <translation>Beschäftigung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>employment start</source>
        <translation>Beschäftigungsbeginn</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>number or name, e.g. 302</source>
        <translation>Nummer oder Name, z. B. 302</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>function years</source>
        <translation>Funktionsjahre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly hours</source>
        <translation>Wochenstunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sector&apos;s regime</source>
        <translation>Regelung des Sektors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full-time weekly regime that applies (not the hours worked); empty: the sector table&apos;s regime, else 38</source>
        <translation>Die geltende wöchentliche Vollzeitregelung (nicht die geleisteten Stunden); leer: die der Sektortabelle, sonst 38</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agreed hourly rate</source>
        <translation>vereinbarter Stundenlohn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hourly rate agreed with the employer, if higher than the minimums</source>
        <translation>Der mit dem Arbeitgeber vereinbarte Stundenlohn, falls höher als die Mindestlöhne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Employment start</source>
        <translation>Beschäftigungsbeginn</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>€/h</source>
        <translation>€/Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>€/month</source>
        <translation>€/Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — {1} {2} at 0 years ({3})</source>
        <translation>{0} — {1} {2} bei 0 Jahren ({3})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the break ({0} min) is longer than half of the shift {1}–{2}: is that right?</source>
        <translation>die Pause ({0} Min.) ist länger als die halbe Schicht {1}–{2}: stimmt das?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} h of work in one shift ({1}–{2}): is that right?</source>
        <translation>{0} Std. Arbeit in einer Schicht ({1}–{2}): stimmt das?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Estimates</source>
        <translation>&amp;Schätzungen</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function years at start</source>
        <translation>Funktionsjahre bei Beginn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly regime (h)</source>
        <translation>Wochenregelung (Std.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed rate (€/h)</source>
        <translation>Vereinbarter Lohn (€/Std.)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>from the sector</source>
        <translation>laut Sektor</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Blue-collar</source>
        <translation>Arbeiter</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>White-collar</source>
        <translation>Angestellter</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>from the sector ({0})</source>
        <translation>laut Sektor ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown: choose</source>
        <translation>unbekannt: bitte wählen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of the contract</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismissal without notice</source>
        <translation>Entlassung ohne Kündigungsfrist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissal for serious cause</source>
        <translation>Entlassung aus schwerwiegendem Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resignation</source>
        <translation>Kündigung durch den Arbeitnehmer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mutual agreement</source>
        <translation>Beiderseitiges Einvernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end reason</source>
        <translation>Beendigungsgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wages never declared</source>
        <translation>Lohn nie gemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undeclared work: the holiday fund and sector funds owe their part on all wages due, not only on the arrears</source>
        <translation>Nicht gemeldete Arbeit: die Urlaubskasse und die Sektorfonds schulden ihren Anteil auf den gesamten geschuldeten Lohn, nicht nur auf die Rückstände</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>undeclared</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract ended</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End reason</source>
        <translation>Beendigungsgrund</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+66"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break (min)</source>
        <translation>Pause (Min.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worked (h:mm)</source>
        <translation>Gearbeitet (h:mm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add shift</source>
        <translation>Schicht hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+45"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Quick fill…</source>
        <translation>Schnell ausfüllen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy week…</source>
        <translation>Woche kopieren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hours block</source>
        <translation>Stundenblock</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add hours block</source>
        <translation>Stundenblock hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A total of hours over a date range, without day detail (spread evenly over its days). Not on days that have shifts.</source>
        <translation>Eine Stundensumme über einen Zeitraum ohne Tagesdetail (gleichmäßig auf die Tage verteilt). Nicht an Tagen mit Schichten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amount (€)</source>
        <translation>Betrag (€)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For period</source>
        <translation>Für Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pays</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add payment</source>
        <translation>Zahlung hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment counts for the pay period it names (type {0} for {1}), else for the period of its date. Amounts are gross.</source>
        <translation>Eine Zahlung zählt für den angegebenen Lohnzeitraum (geben Sie {0} für {1} ein), sonst für den Zeitraum ihres Datums. Beträge sind brutto.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>({0}, by its date)</source>
        <translation>({0}, nach ihrem Datum)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Hours block added: type its dates and hours</source>
        <translation>Stundenblock hinzugefügt: Geben Sie Daten und Stunden ein</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Shift added on {0}, {1}–{2}: change it, or press Delete to remove it</source>
        <translation>Schicht am {0}, {1}–{2} hinzugefügt: Ändern Sie sie oder drücken Sie Entf, um sie zu entfernen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Payment added (dated {0}): type its date, then its amount</source>
        <translation>Zahlung hinzugefügt (Datum {0}): Geben Sie das Datum und dann den Betrag ein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The rows are already in date order</source>
        <translation>Die Zeilen sind bereits nach Datum geordnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sorted: documents were issued for this case, and they are checked against the case as it is (row order included)</source>
        <translation>Nicht sortiert: für diesen Fall wurden Dokumente ausgestellt, und sie werden gegen den Fall geprüft, wie er ist (Reihenfolge der Zeilen eingeschlossen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sort rows by date</source>
        <translation>Zeilen nach Datum sortieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts, hours blocks and payments sorted by date (Ctrl+Z undoes it)</source>
        <translation>Schichten, Stundenblöcke und Zahlungen nach Datum sortiert (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>start date missing</source>
        <translation>Anfangsdatum fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-365"/>
        <source>Edit {0}</source>
        <translation>Ändern: {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No sector matches &apos;{0}&apos;</source>
        <translation>Kein Sektor passt zu „{0}“</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit sector</source>
        <translation>Sektor ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Quick fill {0} shifts</source>
        <translation>{0} Schichten schnell ausfüllen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>That week has no shifts to copy</source>
        <translation>Diese Woche hat keine Schichten zum Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy week to {0} week(s)</source>
        <translation>Woche in {0} Woche(n) kopieren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>— choose —</source>
        <translation>— wählen —</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>Choose a sector first</source>
        <translation>Wählen Sie zuerst einen Sektor</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>sector: {0}</source>
        <translation>Sektor: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} shifts, {1} h worked</source>
        <translation>{0} Schichten, {1} Std. gearbeitet</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(none: national minimum only)</source>
        <translation>(keiner: nur nationaler Mindestlohn)</translation>
    </message>
</context>
</TS>
