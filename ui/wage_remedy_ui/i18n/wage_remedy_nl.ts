<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en_GB">
<context>
    <name>AddVersionDialog</name>
    <message>
        <location filename="../dialogs/rates_browser.py" line="+558"/>
        <source>Index {0}</source>
        <translation>{0} indexeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a version to {0}</source>
        <translation>Een versie toevoegen aan {0}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>In force from</source>
        <translation>Van kracht vanaf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Index percentage</source>
        <translation>Indexeringspercentage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you read, e.g. FPS Employment, PC 302, 01/01/2027</source>
        <translation>Wat u gelezen hebt, bv. FOD WASO, PC 302, 01/01/2027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source title</source>
        <translation>Titel van de bron</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source URL</source>
        <translation>URL van de bron</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instrument (optional)</source>
        <translation>Rechtsinstrument (optioneel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note (optional)</source>
        <translation>Opmerking (optioneel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviewed through</source>
        <translation>Nagekeken tot</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Paste the figures as a column (one a line), or KEY=VALUE lines</source>
        <translation>Plak de bedragen als kolom (één per regel), of regels SLEUTEL=WAARDE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Differences against the previous version:</source>
        <translation>Verschillen met de vorige versie:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Show differences</source>
        <translation>Verschillen tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} figures, in this order: {1}</source>
        <translation>{0} bedragen, in deze volgorde: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No earlier version: give KEY=VALUE lines.</source>
        <translation>Geen eerdere versie: geef regels SLEUTEL=WAARDE.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Some figures fall or change by more than 10 %: check them (marked CHECK) before saving.</source>
        <translation>Sommige bedragen dalen of wijzigen met meer dan 10 %: controleer ze (gemarkeerd CHECK) voor u opslaat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Implausible changes</source>
        <translation>Onwaarschijnlijke wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some figures fall or change by more than 10 %. Save them anyway?</source>
        <translation>Sommige bedragen dalen of wijzigen met meer dan 10 %. Toch opslaan?</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="+73"/>
        <source>The rate files cannot be used:</source>
        <translation>De tariefbestanden kunnen niet worden gebruikt:</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../background.py" line="+189"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
        <translation>… en nog {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less</source>
        <translation>Minder</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../widgets/case_page.py" line="+61"/>
        <source>the pay day is a day of the month, 1 to 31</source>
        <translation>de betaaldag is een dag van de maand, 1 tot 31</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Worker</source>
        <translation>Werknemer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Verschuldigd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpaid</source>
        <translation>Onbetaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Intrest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owed now</source>
        <translation>Nu verschuldigd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a worker to edit their shifts and payments.</source>
        <translation>Dubbelklik op een werknemer om zijn diensten en betalingen te bewerken.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rate versions used</source>
        <translation>Gebruikte tariefversies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate table</source>
        <translation>Tarieftabel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In force from</source>
        <translation>Van kracht vanaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>referentie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jurisdiction</source>
        <translation>rechtsgebied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Rechtsgebied</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>as-of date</source>
        <translation>berekeningsdatum</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Due and paid per worker</source>
        <translation>Verschuldigd en betaald per werknemer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>employer name</source>
        <translation>naam van de werkgever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise number</source>
        <translation>Ondernemingsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enterprise number</source>
        <translation>ondernemingsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employer address</source>
        <translation>adres van de werkgever</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inspection</source>
        <translation>Inspectie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection date</source>
        <translation>datum van de inspectie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interest runs to this date; the case is computed as on this day. It follows the inspection date unless you change it.</source>
        <translation>De interest loopt tot deze datum; het dossier wordt berekend op deze dag. Ze volgt de inspectiedatum tenzij u ze wijzigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts as of</source>
        <translation>Bedragen op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspector</source>
        <translation>inspecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>dienst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pay period</source>
        <translation>loonperiode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay period</source>
        <translation>Loonperiode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net (converted to gross)</source>
        <translation>Netto (omgerekend naar bruto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments recorded</source>
        <translation>Geregistreerde betalingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gross = net × factor</source>
        <translation>bruto = netto × factor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Net to gross factor</source>
        <translation>Netto-brutofactor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion used</source>
        <translation>Gebruikte omrekening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay day</source>
        <translation>betaaldag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>legal due date</source>
        <translation>wettelijke vervaldag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the month wages are due; empty: the legal due date (Belgium: 4th working day after the period, Saturday included; Netherlands: last day of the period)</source>
        <translation>Dag van de maand waarop het loon verschuldigd is; leeg: de wettelijke vervaldag (België: 4e werkdag na de periode, zaterdag inbegrepen; Nederland: laatste dag van de periode)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pay day</source>
        <translation>Betaaldag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regularisation deadline</source>
        <translation>Regularisatietermijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regularisation deadline</source>
        <translation>regularisatietermijn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggravated offence</source>
        <translation>Verzwaarde inbreuk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector minimum wage unpaid together with two or more listed offences (art. 162 Social Penal Code)</source>
        <translation>Sectoraal minimumloon niet betaald samen met minstens twee opgesomde inbreuken (art. 162 Sociaal Strafwetboek)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aggravation</source>
        <translation>verzwaring</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other offences</source>
        <translation>Andere inbreuken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offences</source>
        <translation>inbreuken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated</source>
        <translation>gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit {0}</source>
        <translation>Wijzigen: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit payments recorded</source>
        <translation>Geregistreerde betalingen wijzigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit net conversion</source>
        <translation>Netto-brutomrekening wijzigen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>required for net payments</source>
        <translation>verplicht voor nettobetalingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how the factor was obtained</source>
        <translation>hoe de factor is verkregen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No result yet.</source>
        <translation>Nog geen resultaat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Verification code: {0}</source>
        <translation>Verificatiecode: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed now (unpaid + interest)</source>
        <translation>Nu verschuldigd (onbetaald + intrest)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not up to date: fix the problems shown above.</source>
        <translation>Niet bijgewerkt: verbeter de problemen hierboven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as of {0}</source>
        <translation>op {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Employer must pay now</source>
        <translation>De werkgever moet nu betalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funds, once the wages are declared</source>
        <translation>Fondsen, zodra het loon is aangegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A court may award up to</source>
        <translation>Een rechter kan toekennen tot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heads of claim</source>
        <translation>Vorderingen</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Daily overtime per shift (inspector&apos;s choice)</source>
        <translation>Dagelijkse overuren per dienst (keuze van de inspecteur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the daily overtime limit per shift instead of per calendar day (the default); the law does not say which, the statement says what was used</source>
        <translation>De daggrens voor overuren per dienst tellen in plaats van per kalenderdag (standaard); de wet zegt niet welke, de berekeningsstaat vermeldt wat gebruikt werd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>daily overtime basis</source>
        <translation>basis dagelijkse overuren</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../widgets/claims_panel.py" line="+107"/>
        <source>due</source>
        <translation>verschuldigd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paid</source>
        <translation>betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpaid</source>
        <translation>onbetaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total unpaid</source>
        <translation>totaal onbetaald</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Worker</source>
        <translation>Werknemer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim check</source>
        <translation>Controle van de eisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What-if</source>
        <translation>Simulatie</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Claim</source>
        <translation>Eis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New claim (per period)</source>
        <translation>Nieuwe eis (per periode)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New claim (total over dates)</source>
        <translation>Nieuwe eis (totaal over een periode)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete claim</source>
        <translation>Eis verwijderen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>who claims (lawyer, union, employer...)</source>
        <translation>wie eist (advocaat, vakbond, werkgever…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claimed by</source>
        <translation>Geëist door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the claim</source>
        <translation>Datum van de eis</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+58"/>
        <location line="+63"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+63"/>
        <source>Due</source>
        <translation>Verschuldigd</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>Unpaid</source>
        <translation>Onbetaald</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Add period</source>
        <translation>Periode toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove period</source>
        <translation>Periode verwijderen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total unpaid claimed</source>
        <translation>Totaal geëist onbetaald bedrag</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Geëist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed</source>
        <translation>Berekend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely cause</source>
        <translation>Waarschijnlijke oorzaak</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>Berekend op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed hourly rate</source>
        <translation>Overeengekomen uurloon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute what-if</source>
        <translation>Simulatie berekenen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due (what-if)</source>
        <translation>Verschuldigd (simulatie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid (what-if)</source>
        <translation>Onbetaald (simulatie)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>Intrest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest (what-if)</source>
        <translation>Intrest (simulatie)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference owed now</source>
        <translation>Verschil nu verschuldigd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owed now before and after the what-if</source>
        <translation>Nu verschuldigd voor en na de simulatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed now</source>
        <translation>Nu verschuldigd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With the what-if</source>
        <translation>Met de simulatie</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Checking the claims…</source>
        <translation>De eisen worden gecontroleerd…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The claims cannot be checked: {0}</source>
        <translation>De eisen kunnen niet worden gecontroleerd: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>total</source>
        <translation>totaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per period</source>
        <translation>per periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(claimant not named)</source>
        <translation>(eiser niet vermeld)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>agrees to the cent</source>
        <translation>klopt tot op de cent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cause not found from the case&apos;s inputs</source>
        <translation>oorzaak niet gevonden in de gegevens van het dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>computed unpaid: {0}</source>
        <translation>berekend onbetaald: {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} of {1} figures agree to the cent; sum of differences {2}.</source>
        <translation>{0} van {1} cijfers kloppen tot op de cent; som van de verschillen {2}.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Date of the claim: {0}</source>
        <translation>Datum van de eis: {0}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Type at least one claimed amount (due, paid or unpaid) for the new period.</source>
        <translation>Voer minstens één geëist bedrag in (verschuldigd, betaald of onbetaald) voor de nieuwe periode.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a pay period is required ({0} or {1})</source>
        <translation>een loonperiode is verplicht ({0} of {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row {0}, period: {1}</source>
        <translation>rij {0}, periode: {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row {0}, {1}: {2}</source>
        <translation>rij {0}, {1}: {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row {0}: type at least one of due, paid, unpaid</source>
        <translation>rij {0}: vul minstens verschuldigd, betaald of onbetaald in</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(unchanged)</source>
        <translation>(ongewijzigd)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Computing the what-if…</source>
        <translation>De simulatie wordt berekend…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes: {0}</source>
        <translation>Wijzigingen: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Owed now: {0} → {1} (difference {2})</source>
        <translation>Nu verschuldigd: {0} → {1} (verschil {2})</translation>
    </message>
</context>
<context>
    <name>CopyWeekDialog</name>
    <message>
        <location filename="../dialogs/quick_fill.py" line="+145"/>
        <source>Copy a week</source>
        <translation>Een week kopiëren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any day of the week to copy (Monday to Sunday)</source>
        <translation>Een willekeurige dag van de te kopiëren week (maandag tot zondag)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace shifts already entered on the target days</source>
        <translation>Diensten die al op de doeldagen staan vervangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of</source>
        <translation>Week van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to the next … weeks</source>
        <translation>Kopiëren naar de volgende … weken</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../widgets/documents_panel.py" line="+133"/>
        <location line="+37"/>
        <source>Issue documents</source>
        <translation>Documenten opmaken</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+277"/>
        <location line="+72"/>
        <location line="+4"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location line="-347"/>
        <location line="+36"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>each worker&apos;s own language</source>
        <translation>de eigen taal van elke werknemer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker&apos;s part in</source>
        <translation>Deel van de werknemer in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workers</source>
        <translation>Werknemers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+62"/>
        <source>Issued documents</source>
        <translation>Opgemaakte documenten</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worker</source>
        <translation>Werknemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Opgemaakt op</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select several documents (Ctrl or Shift) to print them together</source>
        <translation>Selecteer meerdere documenten (Ctrl of Shift) om ze samen af te drukken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+458"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location line="-455"/>
        <source>Save PDF as…</source>
        <translation>PDF opslaan als…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>Passend in breedte</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Issue a document or select an issued one to preview it here.</source>
        <translation>Maak een document op of kies een opgemaakt document om het hier te bekijken.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>next to the case file (you are asked where to save the case first)</source>
        <translation>naast het dossierbestand (eerst wordt gevraagd waar het dossier moet worden opgeslagen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+103"/>
        <source>The document module is not installed in this version.</source>
        <translation>De documentenmodule is niet geïnstalleerd in deze versie.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>OUTDATED → {0}</source>
        <translation>VEROUDERD → {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUTDATED</source>
        <translation>VEROUDERD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: the case no longer gives the amounts of this document (issued with {1}). Issue a new one.</source>
        <translation>{0}: het dossier geeft niet meer de bedragen van dit document (uitgereikt met {1}). Reik een nieuw uit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matches the case</source>
        <translation>klopt met het dossier</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Folder for the documents</source>
        <translation>Map voor de documenten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose at least one document.</source>
        <translation>Kies minstens één document.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one worker.</source>
        <translation>Kies minstens één werknemer.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} is owed nothing on {1}: {2} not issued.</source>
        <translation>Aan {0} is op {1} niets verschuldigd: document ‘{2}’ niet uitgereikt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Issuing documents…</source>
        <translation>Documenten worden uitgereikt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: the documents listed were issued, the others not.</source>
        <translation>Geannuleerd: de vermelde documenten zijn uitgereikt, de andere niet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Some documents could not be issued:</source>
        <translation>Sommige documenten konden niet worden opgemaakt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} document(s) written to {1}</source>
        <translation>{0} document(en) geschreven naar {1}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The file of this document is not found (moved or deleted).</source>
        <translation>Het bestand van dit document is niet gevonden (verplaatst of verwijderd).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview: {0}</source>
        <translation>Voorbeeld: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pages cannot be shown here ({0}). Open the PDF or print it.</source>
        <translation>De pagina&apos;s kunnen hier niet worden getoond ({0}). Open de PDF of druk hem af.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>page {0} / {1}</source>
        <translation>pagina {0} / {1}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print {0} documents…</source>
        <translation>{0} documenten afdrukken…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a document to print.</source>
        <translation>Kies een document om af te drukken.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot print: {0}. Open the PDF and print it from there.</source>
        <translation>Afdrukken onmogelijk: {0}. Open de PDF en druk hem van daaruit af.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} page(s) sent to the printer</source>
        <translation>{0} pagina(&apos;s) naar de printer gestuurd</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Save PDF as</source>
        <translation>PDF opslaan als</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved {0}</source>
        <translation>{0} opgeslagen</translation>
    </message>
</context>
<context>
    <name>DuePaidChart</name>
    <message>
        <location filename="../widgets/chart.py" line="+49"/>
        <source>Due</source>
        <translation>Verschuldigd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unpaid</source>
        <translation>Onbetaald</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No pay period yet</source>
        <translation>Nog geen loonperiode</translation>
    </message>
</context>
<context>
    <name>EstimateEditor</name>
    <message>
        <location filename="../widgets/estimate_editor.py" line="+115"/>
        <source>When records are missing, generate hours from the inspector&apos;s findings or a legal presumption. Records always win: no hour is generated on a day with recorded shifts or hours. Every estimated amount is marked on the documents with its basis and evidence.</source>
        <translation>Als registraties ontbreken, genereer dan uren uit de vaststellingen van de inspecteur of een wettelijk vermoeden. Registraties gaan altijd voor: op een dag met geregistreerde diensten of uren wordt geen uur gegenereerd. Elk geschat bedrag wordt op de documenten gemarkeerd met zijn grondslag en bewijs.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New estimate</source>
        <translation>Nieuwe schatting</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+411"/>
        <source>Remove estimate</source>
        <translation>Schatting verwijderen</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>statements, observed presence, opening hours, report number…</source>
        <translation>verklaringen, vastgestelde aanwezigheid, openingsuren, pv-nummer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{0} months before the finding</source>
        <translation>{0} maanden vóór de vaststelling</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>From – to</source>
        <translation>Van – tot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also on public holidays</source>
        <translation>ook op feestdagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>part-time → full-time presumption</source>
        <translation>deeltijds → vermoeden van voltijds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binds only the ONSS; the hours stand as findings</source>
        <translation>bindt alleen de RSZ; de uren gelden als vaststellingen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Mo</source>
        <comment>Monday, two letters</comment>
        <translation>ma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tu</source>
        <comment>Tuesday, two letters</comment>
        <translation>di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We</source>
        <comment>Wednesday, two letters</comment>
        <translation>wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Th</source>
        <comment>Thursday, two letters</comment>
        <translation>do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fr</source>
        <comment>Friday, two letters</comment>
        <translation>vr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa</source>
        <comment>Saturday, two letters</comment>
        <translation>za</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su</source>
        <comment>Sunday, two letters</comment>
        <translation>zo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break (min)</source>
        <translation>Pauze (min)</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Weekly pattern (one row per block; several blocks a day allowed)</source>
        <translation>Weekpatroon (één rij per blok; meerdere blokken per dag mogelijk)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Add block</source>
        <translation>Blok toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove block</source>
        <translation>Blok verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full-time regime Mon–Fri</source>
        <translation>Voltijds regime ma–vr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply estimate</source>
        <translation>Schatting toepassen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preview: generated hours, and what is owed on the records only and with the estimate</source>
        <translation>Voorbeeld: gegenereerde uren, en wat verschuldigd is op alleen de registraties en met de schatting</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Estimated hours</source>
        <translation>Geschatte uren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records only</source>
        <translation>Alleen registraties</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With estimate</source>
        <translation>Met schatting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Inspector&apos;s findings</source>
        <translation>Vaststellingen van de inspecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presumption, Law of 11 Feb 2013 (illegal stay)</source>
        <translation>Vermoeden, wet van 11 februari 2013 (illegaal verblijf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presumption, Wav art. 23</source>
        <translation>Vermoeden, Wav art. 23</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average of the months before, BW 7:610b</source>
        <translation>Gemiddelde van de voorgaande maanden, BW 7:610b</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The full-time regime is not known: choose a sector or set the weekly hours.</source>
        <translation>Het voltijdse regime is niet bekend: kies een sector of vul het wekelijkse regime in.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Set the inspection date first.</source>
        <translation>Vul eerst de datum van de inspectie in.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>pattern row {0}: {1}</source>
        <translation>patroonrij {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pattern row {0}: tick at least one day</source>
        <translation>patroonrij {0}: vink minstens één dag aan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit estimate</source>
        <translation>Schatting wijzigen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Computing without the estimates…</source>
        <translation>Berekening zonder de schattingen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Owed now: records only {0}, with the estimate {1} (of which estimated unpaid {2}); {3} h generated.</source>
        <translation>Nu verschuldigd: alleen registraties {0}, met de schatting {1} (waarvan geschat onbetaald {2}); {3} u gegenereerd.</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../dialogs/import_reasons.py" line="+74"/>
        <source>&apos;{0}&apos;</source>
        <comment>a cell&apos;s text or a column&apos;s name, quoted</comment>
        <translation>‘{0}’</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{0} is not a head of claim; use wages or one of {1}, or its name (e.g. vakantiebijslag, pécule de sortie, eindejaarspremie)</source>
        <translation>{0} is geen vordering; vermeld wages (loon) of een van {1}, of de naam ervan (bv. vakantiebijslag, eindejaarspremie, pécule de sortie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a status; use blue_collar (ouvrier, arbeider) or white_collar (employé, bediende)</source>
        <translation>{0} is geen statuut; vermeld arbeider (blue_collar, ouvrier) of bediende (white_collar, employé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not an end reason; use dismissal (licenciement, ontslag), serious_cause (motif grave, dringende reden), resignation (démission), mutual (commun accord, onderling akkoord) or unknown</source>
        <translation>{0} is geen reden van beëindiging; vermeld ontslag door de werkgever (dismissal, licenciement), dringende reden (serious_cause, motif grave), ontslag door de werknemer (resignation, démission), onderling akkoord (mutual, commun accord) of onbekend (unknown)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not yes or no; use yes (oui, ja, 1, x) or no (non, nee, 0)</source>
        <translation>{0} is geen ja of nee; vermeld ja (oui, yes, 1, x) of nee (non, no, 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is a true/false value, not a number</source>
        <translation>{0} is een waar/onwaar-waarde, geen getal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has more than {1} digits: not an amount or a number of hours</source>
        <translation>{0} telt meer dan {1} cijfers: geen bedrag of aantal uren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a number</source>
        <translation>{0} is geen getal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} ({1} characters) is not a number</source>
        <translation>{0} ({1} tekens) is geen getal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} gives the year {1}, which is not plausible for work or pay</source>
        <translation>{0} geeft het jaar {1}, wat niet aannemelijk is voor arbeid of loon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a date: there is no month {1}</source>
        <translation>{0} is geen datum: er is geen maand {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not a date: {1} has no day {2}</source>
        <translation>{0} is geen datum: {1} heeft geen dag {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is Excel&apos;s non-existent day 29/02/1900, not a date</source>
        <translation>{0} is de onbestaande dag 29/02/1900 van Excel, geen datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not an Excel date number</source>
        <translation>{0} is geen Excel-datumnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a date</source>
        <translation>{0} is geen datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a time of day or a number, not a date</source>
        <translation>{0} is een tijdstip of een getal, geen datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a date; write dd/mm/yyyy (also dd-mm-yyyy, dd.mm.yyyy) or yyyy-mm-dd</source>
        <translation>{0} is geen datum; schrijf dd/mm/jjjj (ook dd-mm-jjjj, dd.mm.jjjj) of jjjj-mm-dd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} is not a whole number of minutes (the case records whole minutes)</source>
        <translation>{0} is geen geheel aantal minuten (het dossier registreert hele minuten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} hours is not a whole number of minutes</source>
        <translation>{0} uur is geen geheel aantal minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} has seconds; the case records whole minutes</source>
        <translation>{0} bevat seconden; het dossier registreert hele minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a time</source>
        <translation>{0} is geen tijdstip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a time of day (00:00 to 24:00)</source>
        <translation>{0} is geen tijdstip van de dag (00:00 tot 24:00)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a time; write 8:00, 08h00 or decimal hours such as 8.5</source>
        <translation>{0} is geen tijdstip; schrijf 8:00, 08u00 of decimale uren zoals 8,5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not a time: {1} o&apos;clock with am/pm</source>
        <translation>{0} is geen tijdstip: {1} uur met am/pm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is ambiguous: {1}:{2} or {1}.{2} hours? Write {1}:{2}, or choose how times like 8.30 are read</source>
        <translation>{0} is dubbelzinnig: {1}:{2} of {1},{2} uur? Schrijf {1}:{2}, of kies hoe tijden zoals 8.30 gelezen worden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is a date, not a duration</source>
        <translation>{0} is een datum, geen duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a duration</source>
        <translation>{0} is geen duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a duration in hours and minutes (h:mm)</source>
        <translation>{0} is geen duur in uren en minuten (u:mm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is negative</source>
        <translation>{0} is negatief</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} is ambiguous: {1} or {2}? Write the decimals with two digits, or choose the decimal separator</source>
        <translation>{0} is dubbelzinnig: {1} of {2}? Schrijf de decimalen met twee cijfers, of kies het decimaalteken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a number: its thousands separators are misplaced</source>
        <translation>{0} is geen getal: de scheidingstekens voor duizendtallen staan verkeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is too large; amounts are below {1}</source>
        <translation>{0} is te groot; bedragen liggen onder {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is negative; payments are amounts of 0 or more</source>
        <translation>{0} is negatief; een betaling is een bedrag van 0 of meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a whole number of cents</source>
        <translation>{0} is geen geheel aantal cent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a pay period</source>
        <translation>{0} is geen loonperiode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a pay period; write yyyy-mm (e.g. 2025-03), mm/yyyy or 2025-W10</source>
        <translation>{0} is geen loonperiode; schrijf jjjj-mm (bv. 2025-03), mm/jjjj of 2025-W10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not an ISO week</source>
        <translation>{0} is geen ISO-week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a month</source>
        <translation>{0} is geen maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a payment method; use cash (contant, espèces), bank (overschrijving, virement) or other</source>
        <translation>{0} is geen betaalwijze; vermeld contant (cash, espèces), overschrijving (bank, virement) of andere (other)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no workers</source>
        <translation>geen werknemers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, … ({1} workers)</source>
        <translation>{0}, … ({1} werknemers)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown worker id {0}; the case has {1}</source>
        <translation>onbekende werknemer-id {0}; het dossier bevat {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worker id {0} is {1} in the case, but the row names {2}</source>
        <translation>werknemer-id {0} is {1} in het dossier, maar de rij vermeldt {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no worker named on this row</source>
        <translation>geen werknemer vermeld op deze rij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is the name of {1} workers ({2}); use a worker id column</source>
        <translation>{0} is de naam van {1} werknemers ({2}); gebruik een kolom met de werknemer-id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown worker {0}; the case has {1}</source>
        <translation>onbekende werknemer {0}; het dossier bevat {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for worker {0} ({1}); importing only {2}</source>
        <translation>voor werknemer {0} ({1}); alleen {2} wordt geïmporteerd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} read only on a row without times, hours or amount; ignored on this shift row</source>
        <translation>{0}: alleen gelezen op een rij zonder begin- en eindtijd, uren of bedrag; genegeerd op deze rij met een dienst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} read only on a row without times, hours or amount; ignored on this hours row</source>
        <translation>{0}: alleen gelezen op een rij zonder begin- en eindtijd, uren of bedrag; genegeerd op deze rij met uren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} read only on a row without times, hours or amount; ignored on this payment row</source>
        <translation>{0}: alleen gelezen op een rij zonder begin- en eindtijd, uren of bedrag; genegeerd op deze rij met een betaling</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} cells but the header has {1} columns: {2} beyond the last column (a decimal comma in a comma-separated file? quote the amounts or use &apos;;&apos;)</source>
        <translation>{0} cellen, maar de kopregel heeft {1} kolommen: {2} na de laatste kolom (een decimale komma in een bestand gescheiden door komma&apos;s? zet de bedragen tussen aanhalingstekens of gebruik &apos;;&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} cells but the header has {1} columns: {2} beyond the last column</source>
        <translation>{0} cellen, maar de kopregel heeft {1} kolommen: {2} na de laatste kolom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no value in the imported columns</source>
        <translation>geen waarde in de geïmporteerde kolommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row could not be read</source>
        <translation>de rij kon niet gelezen worden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row has both hours and an amount; a row is a shift, an hours block or a payment (set one of the columns to (ignore))</source>
        <translation>de rij bevat zowel uren als een bedrag; een rij is een dienst, een urenblok of een betaling (zet een van de kolommen op (negeren))</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a totals row</source>
        <translation>een rij met totalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no start or end time, hours or amount: nothing to import</source>
        <translation>geen begin- of eindtijd, uren of bedrag: niets te importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before the employment start {0}</source>
        <translation>vóór het begin van de tewerkstelling ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the case&apos;s as-of date {0}</source>
        <translation>na de berekeningsdatum van het dossier ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends the next day</source>
        <translation>eindigt de volgende dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file says {0} h worked; {1}–{2} less {3} min break is {4} h</source>
        <translation>het bestand vermeldt {0} u gewerkt; {1}–{2} verminderd met {3} min pauze is {4} u</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start time missing</source>
        <translation>begintijd ontbreekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end time missing</source>
        <translation>eindtijd ontbreekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date missing</source>
        <translation>datum ontbreekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the start {0} is not on the date {1}</source>
        <translation>het begin {0} valt niet op {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end {0} is before the start {1}</source>
        <translation>het einde {0} ligt vóór het begin {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {0} to {1} is 24 hours or more</source>
        <translation>van {0} tot {1} is 24 uur of meer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end {0} is not on the start&apos;s day or the next</source>
        <translation>het einde {0} valt niet op de dag van het begin of de dag erna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;from&apos; date missing</source>
        <translation>datum ‘van’ ontbreekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;to&apos; date missing</source>
        <translation>datum ‘tot’ ontbreekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date: give from and to, a date or a period</source>
        <translation>geen datum: vermeld van en tot, een datum of een periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;to&apos; ({0}) is before &apos;from&apos; ({1})</source>
        <translation>‘tot’ ({0}) ligt vóór ‘van’ ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is {1}, which decimal hours cannot hold exactly (hours blocks are stored in decimal hours); enter these hours as shifts, or as a multiple of 3 minutes</source>
        <translation>{0} is {1}, wat decimale uren niet exact kunnen weergeven (urenblokken worden in decimale uren bewaard); voer deze uren in als diensten, of als een veelvoud van 3 minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>payment date missing</source>
        <translation>betaaldatum ontbreekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not a week; this case pays by the week</source>
        <translation>{0} is geen week; in dit dossier wordt per week betaald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not a month; this case pays by the month</source>
        <translation>{0} is geen maand; in dit dossier wordt per maand betaald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no payment method given: cash</source>
        <translation>geen betaalwijze vermeld: contant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no period given: counted for the period of its date</source>
        <translation>geen periode vermeld: geteld voor de periode van de datum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the status</source>
        <translation>het statuut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end of the contract</source>
        <translation>het einde van de overeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end reason</source>
        <translation>de reden van beëindiging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undeclared work</source>
        <comment>an employment fact in a sentence, with its article</comment>
        <translation>de niet-aangegeven arbeid</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>blue collar</source>
        <translation>arbeider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>white collar</source>
        <translation>bediende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissal without notice</source>
        <translation>ontslag zonder opzegging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissal for serious cause</source>
        <translation>ontslag om dringende reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resignation</source>
        <translation>ontslag door de werknemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mutual agreement</source>
        <translation>onderlinge toestemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: {1} is {2} in the case, {3} in the file; change it in the case (worker page or case file), not by an import</source>
        <translation>{0}: {1} is {2} in het dossier, {3} in het bestand; wijzig het in het dossier (pagina van de werknemer of dossierbestand), niet via een import</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is {1} on this row but {2} on row {3}</source>
        <translation>{0} is {1} op deze rij maar {2} op rij {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: the end of the contract {1} is before the employment start {2}</source>
        <translation>{0}: het einde van de overeenkomst op {1} ligt vóór het begin van de tewerkstelling op {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: an end reason without an end of the contract; add the end date (a column set to end of the contract) or leave the reason out</source>
        <translation>{0}: een reden van beëindiging zonder einde van de overeenkomst; voeg de einddatum toe (een kolom ingesteld op einde van de overeenkomst) of laat de reden weg</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>duplicate of shift {0} already in the case ({1}, {2}–{3})</source>
        <translation>dubbel van dienst {0} die al in het dossier staat ({1}, {2}–{3})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate of hours block {0} already in the case ({1} to {2})</source>
        <translation>dubbel van urenblok {0} dat al in het dossier staat ({1} tot {2})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate of payment {0} already in the case ({1}, {2})</source>
        <translation>dubbel van betaling {0} die al in het dossier staat ({1}, {2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate of row {0}</source>
        <translation>dubbel van rij {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>overlaps shift {0} already in the case ({1}, {2}–{3})</source>
        <translation>overlapt met dienst {0} die al in het dossier staat ({1}, {2}–{3})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlaps row {0} ({1}, {2}–{3})</source>
        <translation>overlapt met rij {0} ({1}, {2}–{3})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>covers days that hours block {0} already in the case ({1} to {2}) also covers</source>
        <translation>dekt dagen die ook urenblok {0} dekt, dat al in het dossier staat ({1} tot {2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>covers days that row {0} also covers</source>
        <translation>dekt dagen die ook rij {0} dekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shift and hours on the same day: {0} has shift {1} already in the case ({2}–{3})</source>
        <translation>dienst en uren op dezelfde dag: {0} heeft al dienst {1} in het dossier ({2}–{3})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shift and hours on the same day: {0} has the shift of row {1}</source>
        <translation>dienst en uren op dezelfde dag: {0} heeft de dienst van rij {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>shift and hours on the same day: {0} is in hours block {1} already in the case ({2} to {3})</source>
        <translation>dienst en uren op dezelfde dag: {0} valt in urenblok {1} dat al in het dossier staat ({2} tot {3})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shift and hours on the same day: {0} is in the hours block of row {1}</source>
        <translation>dienst en uren op dezelfde dag: {0} valt in het urenblok van rij {1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>same date, amount, period and method as row {0}: a duplicate?</source>
        <translation>zelfde datum, bedrag, periode en betaalwijze als rij {0}: een dubbel?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the rate tables give no rate for this worker on {0} ({1})</source>
        <translation>de tarieftabellen geven geen tarief voor deze werknemer op {0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the case check still finds problems in the imported rows; check the rejected rows</source>
        <translation>de controle van het dossier vindt nog problemen in de geïmporteerde rijen; controleer de geweigerde rijen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>looks like {0}, but another column is set to it</source>
        <translation>lijkt op {0}, maar een andere kolom is daarop ingesteld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also looks like {0} (column {1} is used)</source>
        <translation>lijkt ook op {0} (kolom {1} wordt gebruikt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet {0}: no header row found; sheet not imported</source>
        <translation>blad {0}: geen kopregel gevonden; blad niet geïmporteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet {0}: no start/end time, hours or amount column (columns found: {1}); sheet not imported</source>
        <translation>blad {0}: geen kolom met begin-/eindtijd, uren of bedrag (gevonden kolommen: {1}); blad niet geïmporteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the case itself has {0} problem(s) that the import does not change</source>
        <translation>het dossier zelf heeft {0} probleem(en) die de import niet wijzigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sheet {0}: {1}</source>
        <translation>blad {0}: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no header row found in the first rows: expected column names such as Date, Start, End, Break, Hours, Amount, Worker (Datum, Begin, Einde, Pauze, Uren, Bedrag, Naam; Date, Début, Fin, Pause, Heures, Montant, Nom), or say above what the columns hold</source>
        <translation>geen kopregel gevonden in de eerste rijen: verwachte kolomnamen zoals Datum, Begin, Einde, Pauze, Uren, Bedrag, Naam (Date, Début, Fin, Pause, Heures, Montant, Nom; Date, Start, End, Break, Hours, Amount, Worker), of geef hierboven aan wat de kolommen bevatten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no start/end time, hours or amount column (columns found: {0}); say above what the columns hold</source>
        <translation>geen kolom met begin-/eindtijd, uren of bedrag (gevonden kolommen: {0}); geef hierboven aan wat de kolommen bevatten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has no worker column; choose the worker the rows are for (the case has {0})</source>
        <translation>het bestand heeft geen kolom met de werknemer; kies de werknemer op wie de rijen betrekking hebben (het dossier bevat {0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no column named {0} in the file</source>
        <translation>geen kolom met de naam {0} in het bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sheet with a header row and a start/end, hours or amount column</source>
        <translation>geen blad met een kopregel en een kolom met begin-/eindtijd, uren of bedrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case has no workers; add them before importing their hours</source>
        <translation>het dossier bevat geen werknemers; voeg ze toe voordat u hun uren importeert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case changed after this preview was made; preview the file again</source>
        <translation>het dossier is gewijzigd sinds dit voorbeeld werd gemaakt; bekijk het bestand opnieuw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file not found</source>
        <translation>bestand niet gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file: {0}</source>
        <translation>het bestand kan niet gelezen worden: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} bytes; files to import are at most {1} MB (split the file)</source>
        <translation>{0} bytes; te importeren bestanden zijn hoogstens {1} MB groot (splits het bestand)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is an old Excel .xls file; save it as .xlsx or CSV and import that</source>
        <translation>dit is een oud Excel-bestand (.xls); sla het op als .xlsx of CSV en importeer dat bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is an OpenDocument spreadsheet; save it as .xlsx or CSV and import that</source>
        <translation>dit is een OpenDocument-rekenblad; sla het op als .xlsx of CSV en importeer dat bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a readable XLSX workbook (the file is damaged)</source>
        <translation>geen leesbare XLSX-werkmap (het bestand is beschadigd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sheet {0}; the sheets are {1}</source>
        <translation>geen blad {0}; de bladen zijn {1}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{0} ({1}): {2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>column {0}: {1}</source>
        <translation>kolom {0}: {1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cash</source>
        <translation>contant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bank transfer</source>
        <translation>per overschrijving</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>, break {0} min</source>
        <translation>, pauze {0} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} to {1}: {2} h</source>
        <translation>{0} tot {1}: {2} u</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, for {0}</source>
        <translation>, voor {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, pays: {0}</source>
        <translation>, betaalt: {0}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../dialogs/import_wizard.py" line="+165"/>
        <location line="+129"/>
        <source>Import hours and payments</source>
        <translation>Uren en betalingen importeren</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>CSV or XLSX file</source>
        <translation>CSV- of XLSX-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(named in the file, or by the sheet name)</source>
        <translation>(genoemd in het bestand, of door de naam van het blad)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worker</source>
        <translation>Werknemer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+85"/>
        <source>(all sheets)</source>
        <translation>(alle bladen)</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>detect</source>
        <translation>herkennen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>clock time (8.30 = 8:30)</source>
        <translation>kloktijd (8.30 = 8:30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decimal hours (8.30 = 8:18)</source>
        <translation>decimale uren (8.30 = 8:18)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comma (1.234,56)</source>
        <translation>komma (1.234,56)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point (1,234.56)</source>
        <translation>punt (1,234.56)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times like 8.30:</source>
        <translation>Tijden zoals 8.30:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decimal separator:</source>
        <translation>Decimaalteken:</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Reading</source>
        <translation>Inlezen</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Columns (change what a column holds if it was not recognised):</source>
        <translation>Kolommen (wijzig wat een kolom bevat als ze niet werd herkend):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds</source>
        <translation>Bevat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Exclude selected rows</source>
        <translation>Geselecteerde rijen uitsluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include selected rows</source>
        <translation>Geselecteerde rijen opnemen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclude all rejected rows</source>
        <translation>Alle geweigerde rijen uitsluiten</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../dialogs/import_reasons.py" line="-497"/>
        <source>(ignore)</source>
        <translation>(negeren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker (id or name)</source>
        <translation>werknemer (id of naam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker id</source>
        <translation>id van de werknemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start time</source>
        <translation>begintijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>end time</source>
        <translation>eindtijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>break</source>
        <translation>pauze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from (date)</source>
        <translation>van (datum)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to (date)</source>
        <translation>tot (datum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount paid</source>
        <translation>betaald bedrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment date</source>
        <translation>betaaldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for period</source>
        <translation>voor periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment method</source>
        <translation>betaalwijze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pays (head of claim)</source>
        <translation>betaalt (vordering)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blue/white collar</source>
        <translation>arbeider/bediende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of the contract</source>
        <translation>einde van de overeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end reason</source>
        <translation>reden van het einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undeclared work</source>
        <translation>niet-aangegeven arbeid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>opmerking</translation>
    </message>
    <message>
        <location filename="../dialogs/import_wizard.py" line="+97"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Rekenbladen (*.csv *.xlsx *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Reading the file…</source>
        <translation>Bestand wordt gelezen…</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Choose a CSV or XLSX file to preview it.</source>
        <translation>Kies een CSV- of XLSX-bestand om het te bekijken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} rows: {i} to import ({s} shifts, {h} hours blocks, {p} payments), {r} rejected, {e} excluded, {k} skipped.</source>
        <translation>{n} rijen: {i} te importeren ({s} diensten, {h} urenblokken, {p} betalingen), {r} geweigerd, {e} uitgesloten, {k} overgeslagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fix the rejected rows in the file, or exclude them, to import.</source>
        <translation>Verbeter de geweigerde rijen in het bestand, of sluit ze uit, om te importeren.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{0} row(s) with a worker&apos;s status or end of the contract.</source>
        <translation>{0} rij(en) met het statuut of het einde van de overeenkomst van een werknemer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="+15"/>
        <source>national minimum wage</source>
        <translation>nationaal minimumloon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>youth percentage of the national minimum</source>
        <translation>jongerenpercentage van het nationaal minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>student percentage of the national minimum</source>
        <translation>studentenpercentage van het nationaal minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector minimum (joint committee scale)</source>
        <translation>sectoraal minimum (barema van het paritair comité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector youth percentage</source>
        <translation>sectoraal jongerenpercentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector student percentage</source>
        <translation>sectoraal studentenpercentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed rate (higher than the minimums)</source>
        <translation>overeengekomen loon (hoger dan de minima)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch statutory minimum wage (WML)</source>
        <translation>Nederlands wettelijk minimumloon (WML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flat sector premium</source>
        <translation>forfaitaire sectorpremie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>national</source>
        <translation>nationaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>youth %</source>
        <translation>jongeren-%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>student %</source>
        <translation>studenten-%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector youth %</source>
        <translation>sectoraal jongeren-%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector student %</source>
        <translation>sectoraal studenten-%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed</source>
        <translation>overeengekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WML</source>
        <translation>WML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>premium</source>
        <translation>premie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>verified in the official source</source>
        <translation>geverifieerd in de officiële bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified in a secondary source</source>
        <translation>geverifieerd in een secundaire bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived by calculation from verified figures</source>
        <translation>afgeleid door berekening uit geverifieerde cijfers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT VERIFIED: check before relying on it</source>
        <translation>NIET GEVERIFIEERD: controleer vóór gebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entered in the case (agreed rate)</source>
        <translation>ingevoerd in het dossier (overeengekomen loon)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verified</source>
        <translation>geverifieerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>secondary</source>
        <translation>secundair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>derived</source>
        <translation>afgeleid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT VERIFIED</source>
        <translation>NIET GEVERIFIEERD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>case input</source>
        <translation>dossiergegeven</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} (estimated)</source>
        <translation>{0} (geschat)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>normal time</source>
        <translation>normale uren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overtime +{0} %</source>
        <translation>overuren +{0} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>premium: Sunday / public holiday</source>
        <translation>premie: zondag / feestdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>premium: night</source>
        <translation>premie: nacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>premium: {0}</source>
        <translation>premie: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cash</source>
        <translation>contant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bank transfer</source>
        <translation>overschrijving</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rates NOT VERIFIED are used</source>
        <translation>Er worden NIET GEVERIFIEERDE tarieven gebruikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates derived by calculation are used</source>
        <translation>Er worden door berekening afgeleide tarieven gebruikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates may be out of date</source>
        <translation>De tarieven zijn mogelijk verouderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overpayment</source>
        <translation>Te veel betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function years beyond the scale</source>
        <translation>Functiejaren buiten het barema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate: the law presumes the duration, the hours are the inspector&apos;s</source>
        <translation>Schatting: de wet vermoedt de duur, de uren zijn die van de inspecteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate: a civil presumption, not enforceable by the Labour Authority</source>
        <translation>Schatting: een civielrechtelijk vermoeden, niet te handhaven door de Nederlandse Arbeidsinspectie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate: the full-time presumption binds only the ONSS</source>
        <translation>Schatting: het vermoeden van voltijds bindt alleen de RSZ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate: the 7:610b average adds nothing</source>
        <translation>Schatting: het gemiddelde van 7:610b voegt niets toe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payment order</source>
        <translation>Betalingsopdracht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash receipt</source>
        <translation>Ontvangstbewijs contante betaling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calculation statement</source>
        <translation>Berekeningsstaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines and compensation sheet</source>
        <translation>Overzicht boetes en vergoeding</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Minor in a sector whose youth rates are disputed</source>
        <translation>Minderjarige in een sector met betwiste jongerenlonen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="+248"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent openen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Hoofd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rates…</source>
        <translation>Tarieven…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Edit claims</source>
        <translation>Eisen wijzigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case and results</source>
        <translation>Dossier en resultaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines and compensation</source>
        <translation>Boetes en vergoeding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claims and what-if</source>
        <translation>Eisen en simulatie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Workers</source>
        <translation>Werknemers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+341"/>
        <source>Unpaid</source>
        <translation>Onbetaald</translation>
    </message>
    <message>
        <location line="-330"/>
        <location line="+410"/>
        <source>Add worker</source>
        <translation>Werknemer toevoegen</translation>
    </message>
    <message>
        <location line="-407"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Recomputing…</source>
        <translation>Herberekenen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Computed in {0} ms</source>
        <translation>Berekend in {0} ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To see the amounts owed, fill in the fields marked in red:</source>
        <translation>Vul de rood gemarkeerde velden in om de verschuldigde bedragen te zien:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case cannot be computed until these are fixed:</source>
        <translation>Het dossier kan niet worden berekend tot dit verbeterd is:</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start date missing</source>
        <translation>begindatum ontbreekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>worker {0}</source>
        <translation>werknemer {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>birth date</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment start</source>
        <translation>begin van de tewerkstelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>function years</source>
        <translation>functiejaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly regime</source>
        <translation>wekelijkse arbeidsregeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed rate</source>
        <translation>overeengekomen uurloon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shift {0}</source>
        <translation>dienst {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours block {0}</source>
        <translation>urenblok {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment {0}</source>
        <translation>betaling {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employer name</source>
        <translation>Naam van de werkgever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection date</source>
        <translation>Datum van de inspectie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amounts as of</source>
        <translation>Bedragen op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Rechtsgebied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>youth percentages</source>
        <translation>jongerenpercentages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>student percentages</source>
        <translation>studentenpercentages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working time</source>
        <translation>arbeidsduur</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Due</source>
        <translation>Verschuldigd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Intrest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case totals</source>
        <translation>Totalen van het dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owed now</source>
        <translation>Nu verschuldigd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not up to date</source>
        <translation>niet bijgewerkt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No result yet.</source>
        <translation>Nog geen resultaat.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Worker {0}</source>
        <translation>Werknemer {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Select a worker first.</source>
        <translation>Kies eerst een werknemer.</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+5"/>
        <source>Remove worker</source>
        <translation>Werknemer verwijderen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Remove {0} with their shifts and payments? (Undo brings them back.)</source>
        <translation>{0} met diensten en betalingen verwijderen? (Ongedaan maken zet ze terug.)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Open a case</source>
        <translation>Een dossier openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case files (*.json);;All files (*)</source>
        <translation>Dossiers (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+121"/>
        <source>Cannot open the case</source>
        <translation>Het dossier kan niet worden geopend</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+121"/>
        <source>{0} cannot be opened:</source>
        <translation>{0} kan niet worden geopend:</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Open the demo case</source>
        <translation>Het demodossier openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot copy the demo case to {0}: {1}</source>
        <translation>Kan het demodossier niet kopiëren naar {0}: {1}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the case as</source>
        <translation>Dossier opslaan als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case files (*.json)</source>
        <translation>Dossiers (*.json)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The case cannot be saved yet</source>
        <translation>Het dossier kan nog niet worden opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix these first (your work is kept in the recovery file meanwhile):</source>
        <translation>Verbeter eerst het volgende (uw werk blijft intussen bewaard in het herstelbestand):</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+12"/>
        <location line="+31"/>
        <source>Save failed</source>
        <translation>Opslaan mislukt</translation>
    </message>
    <message>
        <location line="-767"/>
        <source>Add &amp;payment</source>
        <translation>&amp;Betaling toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ort rows by date</source>
        <translation>Rijen op datum s&amp;orteren</translation>
    </message>
    <message>
        <location line="+425"/>
        <source>{0}, figures in force from {1}: {2}</source>
        <translation>{0}, bedragen van kracht vanaf {1}: {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: the figures in force from {1} are not in the catalogue; the previous ones were used and may be too low</source>
        <translation>{0}: de bedragen van kracht vanaf {1} staan niet in de catalogus; de vorige zijn gebruikt en kunnen te laag zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the rates were reviewed through {1}; this case uses later dates, a newer version (e.g. an indexation) may be missing</source>
        <translation>{0}: de tarieven zijn nagekeken tot {1}; dit dossier gebruikt latere data, een nieuwere versie (bv. een indexering) kan ontbreken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1} paid {2} more than due; not set off against other periods</source>
        <translation>{0}: {1} {2} meer betaald dan verschuldigd; niet verrekend met andere periodes</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Another wage-remedy program is writing {0} just now. Nothing was saved; your changes are kept. Save again in a moment.</source>
        <translation>Een ander wage-remedy-programma schrijft op dit moment {0}. Er is niets opgeslagen; uw wijzigingen blijven bewaard. Sla zo meteen opnieuw op.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Kan {0} niet schrijven: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <source>Saved {0}</source>
        <translation>{0} opgeslagen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The case changed on disk</source>
        <translation>Het dossier is op schijf gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} was changed by another program or window since you opened it. Nothing was saved yet.</source>
        <translation>{0} is sinds het openen gewijzigd door een ander programma of venster. Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload it (your unsaved changes are dropped), save yours over it (its other changes are lost; issued documents of both are kept), or cancel and compare first.</source>
        <translation>Laad het opnieuw (uw niet-opgeslagen wijzigingen vervallen), sla de uwe eroverheen op (de andere wijzigingen ervan gaan verloren; uitgereikte documenten van beide blijven bewaard), of annuleer en vergelijk eerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload from disk</source>
        <translation>Opnieuw laden van schijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine over it</source>
        <translation>Het mijne eroverheen opslaan</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reloaded {0} from disk</source>
        <translation>{0} opnieuw geladen van schijf</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} was changed on disk by another program; saving will let you reload or compare</source>
        <translation>{0} is op schijf gewijzigd door een ander programma; bij het opslaan kunt u opnieuw laden of vergelijken</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case has changes that are not saved. Save them?</source>
        <translation>Het dossier heeft niet-opgeslagen wijzigingen. Opslaan?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Autosave failed: {0}</source>
        <translation>Automatisch opslaan mislukt: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The case file was changed after these edits and cannot be read now.</source>
        <translation>Het dossierbestand is na deze wijzigingen veranderd en kan nu niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case file was saved after these edits (by another program). Recovering puts these edits back over it; issued documents are kept. Differences (on disk → recovered):</source>
        <translation>Het dossierbestand is na deze wijzigingen opgeslagen (door een ander programma). Herstellen zet deze wijzigingen eroverheen terug; uitgereikte documenten blijven bewaard. Verschillen (op schijf → hersteld):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an untitled case</source>
        <translation>een naamloos dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover unsaved work?</source>
        <translation>Niet-opgeslagen werk herstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wage-remedy was not closed properly. Unsaved changes to {0} from {1} were kept. Recover them?</source>
        <translation>wage-remedy werd niet correct afgesloten. Niet-opgeslagen wijzigingen aan {0} van {1} werden bewaard. Herstellen?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recover unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen herstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved changes recovered. Save the case to keep them.</source>
        <translation>Niet-opgeslagen wijzigingen hersteld. Sla het dossier op om ze te bewaren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open or create a case first.</source>
        <translation>Open of maak eerst een dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+9"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Importing hours and payments is not available in this version.</source>
        <translation>Uren en betalingen importeren is niet beschikbaar in deze versie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fix these first:</source>
        <translation>Verbeter eerst het volgende:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Issue a document or select an issued one, then print it.</source>
        <translation>Maak een document op of kies een opgemaakt document en druk het dan af.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Back-pay calculator for labour inspectors (Belgium, Netherlands).</source>
        <translation>Berekening van achterstallig loon voor arbeidsinspecteurs (België, Nederland).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates version</source>
        <translation>Versie van de tarieven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rates folder</source>
        <translation>Map met tarieven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build date</source>
        <translation>Builddatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About wage-remedy</source>
        <translation>Over wage-remedy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language: {0}</source>
        <translation>Taal: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New case</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not saved</source>
        <translation>niet opgeslagen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Ongedaan maken: {0}</translation>
    </message>
    <message>
        <location line="-1063"/>
        <location line="+1063"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="-1072"/>
        <source>&amp;New case</source>
        <translation>&amp;Nieuw dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo case</source>
        <translation>Het &amp;demodossier openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import hours and payments…</source>
        <translation>Uren en betalingen &amp;importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close case</source>
        <translation>Dossier &amp;sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;worker</source>
        <translation>&amp;Werknemer toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove worker…</source>
        <translation>Werknemer &amp;verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add s&amp;hift</source>
        <translation>&amp;Dienst toevoegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quick fill shifts…</source>
        <translation>Diensten &amp;snel invullen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy week…</source>
        <translation>Week &amp;kopiëren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case and results</source>
        <translation>&amp;Dossier en resultaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fines and compensation</source>
        <translation>&amp;Boetes en vergoeding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;laims and what-if</source>
        <translation>&amp;Eisen en simulatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recompute</source>
        <translation>&amp;Herberekenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rates…</source>
        <translation>&amp;Tarieven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About wage-remedy</source>
        <translation>&amp;Over wage-remedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location line="+1045"/>
        <source>&amp;Redo {0}</source>
        <translation>Opnieuw &amp;doen: {0}</translation>
    </message>
    <message>
        <location line="-1063"/>
        <location line="+1063"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <location line="-616"/>
        <source>{0} is a minor ({1}) in {2}: the full category scale is used (official FPS pages: youth wages abolished); a sector source gives {3} % at this age. The reading is disputed: check it.</source>
        <translation>{0} is minderjarig ({1} jaar) in {2}: het volledige loon van de categorie wordt toegepast (officiële FOD-pagina&apos;s: jongerenlonen afgeschaft); een sectorbron vermeldt {3} % op deze leeftijd. De lezing is betwist: controleer ze.</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../dialogs/manual.py" line="+178"/>
        <source>Manual — wage-remedy</source>
        <translation>Handleiding — wage-remedy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="__init__.py" line="+166"/>
        <location filename="../validation.py" line="+204"/>
        <source>week {0}, {1}</source>
        <translation>week {0}, {1}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../dialogs/import_wizard.py" line="-372"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worker</source>
        <translation>Werknemer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason / notes</source>
        <translation>Reden / opmerkingen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import</source>
        <translation>importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REJECTED</source>
        <translation>GEWEIGERD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded</source>
        <translation>uitgesloten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shift</source>
        <translation>dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment</source>
        <translation>betaling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>employment</source>
        <translation>tewerkstelling</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../problem_words.py" line="+25"/>
        <source>shift {0}</source>
        <translation>dienst {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours block {0}</source>
        <translation>urenblok {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment {0}</source>
        <translation>betaling {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the break ({0} min) is not shorter than the shift {1}–{2} ({3} min)</source>
        <translation>de pauze ({0} min) is niet korter dan de dienst {1}–{2} ({3} min)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the end {0} equals the start {1}: a shift of 0 or 24 hours is refused as a typo; correct the start or the end</source>
        <translation>het einde {0} is gelijk aan het begin {1}: een dienst van 0 of 24 uur wordt geweigerd als tikfout; verbeter het begin of het einde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a shift cannot start at 24:00; use 00:00 of the next day</source>
        <translation>een dienst kan niet om 24:00 beginnen; gebruik 00:00 van de volgende dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} h over {1} day(s) is more than 24 h a day</source>
        <translation>{0} u over {1} dag(en) is meer dan 24 u per dag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the end date {0} is before the start date {1}</source>
        <translation>de einddatum {0} ligt vóór de begindatum {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the birth date {0} is not before the start of employment</source>
        <translation>de geboortedatum {0} ligt niet vóór het begin van de tewerkstelling</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} has no rates for {1}: its figures start on {2}</source>
        <translation>{0} heeft geen bedragen voor {1}: de cijfers beginnen op {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the figures in force from {1} are not in the program&apos;s rates (needed for {2}); add them before computing</source>
        <translation>{0}: de cijfers die gelden vanaf {1} staan niet in de bedragen van het programma (nodig voor {2}); voeg ze toe voordat u berekent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown rate table {0}</source>
        <translation>onbekende loontabel {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} has no {1} {2} on {3}</source>
        <translation>{0} heeft geen {1} {2} op {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} has no figure {1} on {2}</source>
        <translation>{0} heeft geen waarde {1} op {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a sector scale</source>
        <translation>{0} is geen sectorbarema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} belongs to another country ({1}) than the case ({2})</source>
        <translation>{0} hoort bij een ander land ({1}) dan het dossier ({2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a category of {0}</source>
        <translation>kies een categorie van {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} has no category {1}; allowed: {2}</source>
        <translation>{0} heeft geen categorie {1}; mogelijk: {2}</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>overlaps {0} ({1} {2}–{3})</source>
        <translation>overlapt met {0} ({1} {2}–{3})</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="qt_strings.py" line="+15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QuickFillDialog</name>
    <message>
        <location filename="../dialogs/quick_fill.py" line="-118"/>
        <source>Quick fill shifts</source>
        <translation>Diensten snel invullen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break (minutes)</source>
        <translation>Pauze (minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip public holidays</source>
        <translation>Feestdagen overslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace shifts already entered on these days</source>
        <translation>Diensten die al op deze dagen staan vervangen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&apos;To&apos; is before &apos;From&apos;</source>
        <translation>&apos;Tot&apos; ligt vóór &apos;Van&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The range is longer than three years</source>
        <translation>De periode is langer dan drie jaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The break is as long as the shift</source>
        <translation>De pauze is even lang als de dienst</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} shifts of {1} h, {2} h in all</source>
        <translation>{0} diensten van {1} u, {2} u in totaal</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <location filename="../widgets/rate_chart.py" line="+93"/>
        <source>No figures to draw</source>
        <translation>Geen bedragen om te tekenen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>after reviewed date</source>
        <translation>na de datum van nazicht</translation>
    </message>
</context>
<context>
    <name>RatesBrowser</name>
    <message>
        <location filename="../dialogs/rates_browser.py" line="-582"/>
        <location line="+407"/>
        <source>Rates</source>
        <translation>Tarieven</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Rates folder: {0}</source>
        <translation>Map met tarieven: {0}</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Search: table, sector, joint committee number …</source>
        <translation>Zoeken: tabel, sector, nummer van het paritair comité …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On date:</source>
        <translation>Op datum:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Table on date</source>
        <translation>Tabel op datum</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rate:</source>
        <translation>Tarief:</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Over time</source>
        <translation>In de tijd</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Versions and sources</source>
        <translation>Versies en bronnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As text</source>
        <translation>Als tekst</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Add a version…</source>
        <translation>Versie toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Index…</source>
        <translation>Indexeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import bundle…</source>
        <translation>Pakket importeren…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>; tables from the user&apos;s rates folder: {0} ({1})</source>
        <translation>; tabellen uit de tarievenmap van de gebruiker: {0} ({1})</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewed through {0}</source>
        <translation>Nagekeken tot {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next expected change {0}</source>
        <translation>volgende verwachte wijziging {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dimensions</source>
        <translation>Dimensies</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The figures in force from {0} are not in the catalogue: the previous figures are shown and may be too low.</source>
        <translation>De bedragen vanaf {0} staan niet in de catalogus: de vorige bedragen worden getoond en kunnen te laag zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rates may be out of date: this table was reviewed through {0}; a newer version may exist for {1}.</source>
        <translation>Tarieven mogelijk verouderd: deze tabel is nagekeken tot {0}; voor {1} kan een nieuwere versie bestaan.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>In force from</source>
        <translation>Van kracht vanaf</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>per hour</source>
        <translation>per uur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} an hour at {1} h a week</source>
        <translation>{0} per uur bij {1} u per week</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>€ per hour</source>
        <translation>€ per uur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>€ per month</source>
        <translation>€ per maand</translation>
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
        <translation>weken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>function years</source>
        <translation>functiejaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age</source>
        <translation>leeftijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>percentage</source>
        <translation>percentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>duur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seniority (months)</source>
        <translation>anciënniteit (maanden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tier</source>
        <translation>schijf</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Import a rates bundle</source>
        <translation>Een tarievenpakket importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates bundles (*.json);;All files (*)</source>
        <translation>Tarievenpakketten (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rates bundle refused</source>
        <translation>Tarievenpakket geweigerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install this rates bundle?</source>
        <translation>Dit tarievenpakket installeren?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rates bundle</source>
        <translation>Tarievenpakket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot install: {0}</source>
        <translation>Kan niet installeren: {0}</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>gap</source>
        <translation>leemte</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../widgets/result_panel.py" line="+141"/>
        <source>{0} h × {1} € per hour = {2} €</source>
        <translation>{0} u × {1} € per uur = {2} €</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} h × {1} €/h × (1 + {2} %) = {3} €</source>
        <translation>{0} u × {1} €/u × (1 + {2} %) = {3} €</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} h × {1} €/h = {2} €</source>
        <translation>{0} u × {1} €/u = {2} €</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The daily cap of the premium was applied on some days.</source>
        <translation>Het dagplafond van de premie werd op sommige dagen toegepast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binding rate</source>
        <translation>Bepalend loon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the rate was obtained</source>
        <translation>Hoe het loon werd bepaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate table</source>
        <translation>Tarieftabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Due date</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+11"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+23"/>
        <location line="+30"/>
        <source>Due</source>
        <translation>Verschuldigd</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+23"/>
        <location line="+30"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+23"/>
        <location line="+30"/>
        <source>Unpaid</source>
        <translation>Onbetaald</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+23"/>
        <location line="+29"/>
        <source>Interest</source>
        <translation>Intrest</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>Owed now</source>
        <translation>Nu verschuldigd</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Head of claim</source>
        <translation>Vordering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owed by</source>
        <translation>Verschuldigd door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference period</source>
        <translation>Referteperiode</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>{0}, from {1}</source>
        <translation>{0}, vanaf {1}</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Rate</source>
        <translation>Loon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Binding</source>
        <translation>Bepalend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate version</source>
        <translation>Versie van het tarief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Select a line to see how it was computed.</source>
        <translation>Kies een regel om te zien hoe hij werd berekend.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>+{0} %: overtime on a Sunday or a public holiday (overtime is the minutes beyond the daily or the weekly limit, the last minutes of the week first).</source>
        <translation>+{0} %: overuren op een zondag of een feestdag (overuren zijn de minuten boven de daggrens of de weekgrens, te beginnen met de laatste minuten van de week).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+{0} %: overtime on a working day (overtime is the minutes beyond the daily or the weekly limit, the last minutes of the week first).</source>
        <translation>+{0} %: overuren op een werkdag (overuren zijn de minuten boven de daggrens of de weekgrens, te beginnen met de laatste minuten van de week).</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>No result yet: enter shifts or hours.</source>
        <translation>Nog geen resultaat: voer diensten of uren in.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not up to date: fix the problems shown above</source>
        <translation>niet bijgewerkt: verbeter de problemen hierboven</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overpaid by {0}: not set off against other periods</source>
        <translation>{0} te veel betaald: niet verrekend met andere periodes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the employer</source>
        <translation>de werkgever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a fund, once the wages are declared</source>
        <translation>een fonds, zodra het loon is aangegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a court may award up to</source>
        <translation>een rechter kan toekennen tot</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Employer must pay now</source>
        <translation>De werkgever moet nu betalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Court, at most</source>
        <translation>Rechter, ten hoogste</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../models/rows.py" line="+172"/>
        <source>A copy of the row above: check it, or press Delete to remove it</source>
        <translation>Kopie van de rij erboven: controleer ze, of druk op Delete om ze te verwijderen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit {0} {1}: {2}</source>
        <translation>{0} {1} wijzigen: {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add {0}</source>
        <translation>Toevoegen: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a worker first</source>
        <translation>Kies eerst een werknemer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>row {0}, {1}: {2}</source>
        <translation>rij {0}, {1}: {2}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paste {0} row(s)</source>
        <translation>{0} rij(en) plakken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste {0} row(s), {1} new</source>
        <translation>{0} rij(en) plakken, {1} nieuw</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete {0} row(s)</source>
        <translation>{0} rij(en) verwijderen</translation>
    </message>
</context>
<context>
    <name>RowsView</name>
    <message>
        <location filename="../widgets/rows_view.py" line="+210"/>
        <source>Nothing pasted: {0}</source>
        <translation>Niets geplakt: {0}</translation>
    </message>
</context>
<context>
    <name>SanctionsPanel</name>
    <message>
        <location filename="../widgets/sanctions_panel.py" line="+34"/>
        <source>Fines and compensation</source>
        <translation>Boetes en vergoeding</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Worker</source>
        <translation>Werknemer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpaid</source>
        <translation>Onbetaald</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>Intrest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed now</source>
        <translation>Nu verschuldigd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fine driven (per worker)</source>
        <translation>Bijhorende boete (per werknemer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No result yet.</source>
        <translation>Nog geen resultaat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not up to date: fix the problems shown above.</source>
        <translation>Niet bijgewerkt: verbeter de problemen hierboven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No underpayment: no fine.</source>
        <translation>Geen onderbetaling: geen boete.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(aggravated)</source>
        <translation>(verzwaard)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Offence</source>
        <translation>Inbreuk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Social Penal Code art. 162: remuneration not paid (on time)</source>
        <translation>Sociaal Strafwetboek art. 162: loon niet (tijdig) betaald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sanction level</source>
        <translation>Sanctieniveau</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Offence period</source>
        <translation>Periode van de inbreuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regime in force on</source>
        <translation>Regeling van kracht op</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Workers concerned</source>
        <translation>Betrokken werknemers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} (the fine is multiplied by {1}, at most {2})</source>
        <translation>{0} (de boete wordt vermenigvuldigd met {1}, ten hoogste {2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Surcharge multiplier</source>
        <translation>Opdeciemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative fine per worker</source>
        <translation>Administratieve geldboete per werknemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative fine, total</source>
        <translation>Administratieve geldboete, totaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal fine per worker</source>
        <translation>Strafrechtelijke geldboete per werknemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal fine, total</source>
        <translation>Strafrechtelijke geldboete, totaal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prison (months)</source>
        <translation>Gevangenisstraf (maanden)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Minimum Wage Act (WML): underpayment</source>
        <translation>Wet minimumloon (WML): onderbetaling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fine, total</source>
        <translation>Boete, totaal</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Regularisation deadline</source>
        <translation>Regularisatietermijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}, figures in force from {1}</source>
        <translation>{0}, bedragen van kracht vanaf {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate table</source>
        <translation>Tarieftabel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal basis</source>
        <translation>Wettelijke basis</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{0}: if paid by {0}, the inspector may decide not to draw up a report</source>
        <translation>{0}: bij betaling uiterlijk op {0} kan de inspecteur beslissen geen proces-verbaal op te stellen</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../widgets/start_screen.py" line="+36"/>
        <source>Back pay owed under the minimum wage and sector scales, with legal interest, fines and on-the-spot payment documents.</source>
        <translation>Achterstallig loon volgens het minimumloon en de sectorale barema&apos;s, met wettelijke intrest, boetes en betalingsdocumenten ter plaatse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New case</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo case</source>
        <translation>Het demodossier openen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recent cases</source>
        <translation>Recente dossiers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No recent cases yet.</source>
        <translation>Nog geen recente dossiers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version {0}. Ctrl+N new case, Ctrl+O open.</source>
        <translation>Versie {0}. Ctrl+N nieuw dossier, Ctrl+O openen.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../validation.py" line="-159"/>
        <source>a date is required (for example 03/03/2025)</source>
        <translation>een datum is verplicht (bijvoorbeeld 03/03/2025)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{0}&apos; is not a date: write day/month/year, for example 03/03/2025</source>
        <translation>&apos;{0}&apos; is geen datum: schrijf dag/maand/jaar, bijvoorbeeld 03/03/2025</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{0}&apos; is not a date of the calendar</source>
        <translation>&apos;{0}&apos; is geen bestaande datum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a time is required (for example 08:00)</source>
        <translation>een tijdstip is verplicht (bijvoorbeeld 08:00)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{0}&apos; is not a time: write hours:minutes, for example 08:30</source>
        <translation>&apos;{0}&apos; is geen tijdstip: schrijf uren:minuten, bijvoorbeeld 08:30</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{0}&apos; is not a time: minutes go from 00 to 59</source>
        <translation>&apos;{0}&apos; is geen tijdstip: minuten gaan van 00 tot 59</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is not a time: hours go from 00 to 24 (24:00 is the end of the day)</source>
        <translation>&apos;{0}&apos; is geen tijdstip: uren gaan van 00 tot 24 (24:00 is het einde van de dag)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{0}&apos;: {1} cannot be negative</source>
        <translation>&apos;{0}&apos;: {1} kan niet negatief zijn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{0}&apos; is ambiguous: for {1} write {2} (or {3}); for {4} write {4}</source>
        <translation>&apos;{0}&apos; is dubbelzinnig: voor {1} schrijft u {2} (of {3}); voor {4} schrijft u {4}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{0}&apos;: {1} has at most {2} decimals</source>
        <translation>&apos;{0}&apos;: {1} heeft hoogstens {2} decimalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is not {1}: write digits with an optional decimal part, for example {2}</source>
        <translation>&apos;{0}&apos; is geen {1}: schrijf cijfers met eventueel een decimaal deel, bijvoorbeeld {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an amount is required (for example 1200.50)</source>
        <translation>een bedrag is verplicht (bijvoorbeeld 1200,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a number is required (for example 12.50)</source>
        <translation>een getal is verplicht (bijvoorbeeld 12,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rate</source>
        <translation>een tarief</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a number of hours is required (for example 160)</source>
        <translation>een aantal uren is verplicht (bijvoorbeeld 160)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>a number of hours</source>
        <translation>aantal uren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the full-time weekly regime is more than 0 and at most 60 hours</source>
        <translation>de voltijdse wekelijkse arbeidsduur is meer dan 0 en ten hoogste 60 uur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{0}&apos; is not a break: write whole minutes (30) or hours:minutes (0:30)</source>
        <translation>&apos;{0}&apos; is geen pauze: schrijf hele minuten (30) of uren:minuten (0:30)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&apos;{0}&apos; is not a pay period: write a month as {1}, {2} or {3}, a week as {4}, or leave it empty</source>
        <translation>&apos;{0}&apos; is geen loonperiode: schrijf een maand als {1}, {2} of {3}, een week als {4}, of laat het veld leeg</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;{0}&apos; is not a valid IBAN: the check digits do not match (a typing error?)</source>
        <translation>&apos;{0}&apos; is geen geldige IBAN: de controlecijfers kloppen niet (een tikfout?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{0}&apos; is not a valid IBAN: wrong length for its country</source>
        <translation>&apos;{0}&apos; is geen geldige IBAN: verkeerde lengte voor het land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is not a valid IBAN (it starts with a country code such as BE or NL)</source>
        <translation>&apos;{0}&apos; is geen geldige IBAN (die begint met een landcode zoals BE of NL)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this field is required</source>
        <translation>dit veld is verplicht</translation>
    </message>
</context>
<context>
    <name>WorkerEditor</name>
    <message>
        <location filename="../widgets/worker_editor.py" line="+211"/>
        <source>&amp;Shifts</source>
        <translation>&amp;Diensten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours blocks</source>
        <translation>&amp;Urenblokken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payments</source>
        <translation>&amp;Betalingen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Worker</source>
        <translation>Werknemer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+85"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>student</source>
        <translation>student</translation>
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
        <translation>adres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Employment</source>
        <translation>Tewerkstelling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>employment start</source>
        <translation>begin van de tewerkstelling</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>number or name, e.g. 302</source>
        <translation>nummer of naam, bv. 302</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>function years</source>
        <translation>functiejaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly hours</source>
        <translation>uren per week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sector&apos;s regime</source>
        <translation>regeling van de sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full-time weekly regime that applies (not the hours worked); empty: the sector table&apos;s regime, else 38</source>
        <translation>De toepasselijke voltijdse wekelijkse arbeidsduur (niet de gewerkte uren); leeg: die van de sectortabel, anders 38</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agreed hourly rate</source>
        <translation>overeengekomen uurloon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hourly rate agreed with the employer, if higher than the minimums</source>
        <translation>Het met de werkgever overeengekomen uurloon, als het hoger is dan de minima</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Employment start</source>
        <translation>Begin tewerkstelling</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>€/h</source>
        <translation>€/u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>€/month</source>
        <translation>€/maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — {1} {2} at 0 years ({3})</source>
        <translation>{0} — {1} {2} bij 0 jaar ({3})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the break ({0} min) is longer than half of the shift {1}–{2}: is that right?</source>
        <translation>de pauze ({0} min) is langer dan de helft van de dienst {1}–{2}: klopt dat?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} h of work in one shift ({1}–{2}): is that right?</source>
        <translation>{0} u werk in één dienst ({1}–{2}): klopt dat?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Estimates</source>
        <translation>&amp;Schattingen</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function years at start</source>
        <translation>Functiejaren bij de start</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly regime (h)</source>
        <translation>Wekelijkse arbeidsduur (u)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed rate (€/h)</source>
        <translation>Overeengekomen loon (€/u)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>from the sector</source>
        <translation>volgens de sector</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Blue-collar</source>
        <translation>Arbeider</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>White-collar</source>
        <translation>Bediende</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>from the sector ({0})</source>
        <translation>volgens de sector ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown: choose</source>
        <translation>onbekend: kiezen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>status</source>
        <translation>statuut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of the contract</source>
        <translation>einde van de overeenkomst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismissal without notice</source>
        <translation>Ontslag zonder opzegging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissal for serious cause</source>
        <translation>Ontslag om dringende reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resignation</source>
        <translation>Ontslag door de werknemer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mutual agreement</source>
        <translation>Onderlinge toestemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end reason</source>
        <translation>reden van beëindiging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wages never declared</source>
        <translation>Loon nooit aangegeven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undeclared work: the holiday fund and sector funds owe their part on all wages due, not only on the arrears</source>
        <translation>Zwartwerk: het vakantiefonds en de sectorfondsen zijn hun deel verschuldigd op al het verschuldigde loon, niet alleen op de achterstallen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>undeclared</source>
        <translation>niet aangegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statuut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract ended</source>
        <translation>Einde overeenkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End reason</source>
        <translation>Reden van beëindiging</translation>
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
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break (min)</source>
        <translation>Pauze (min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worked (h:mm)</source>
        <translation>Gewerkt (u:mm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shift</source>
        <translation>dienst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add shift</source>
        <translation>Dienst toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+45"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Quick fill…</source>
        <translation>Snel invullen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy week…</source>
        <translation>Week kopiëren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hours block</source>
        <translation>urenblok</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add hours block</source>
        <translation>Urenblok toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A total of hours over a date range, without day detail (spread evenly over its days). Not on days that have shifts.</source>
        <translation>Een totaal aantal uren over een periode, zonder detail per dag (gelijk verdeeld over de dagen). Niet op dagen met diensten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amount (€)</source>
        <translation>Bedrag (€)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For period</source>
        <translation>Voor periode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method</source>
        <translation>Wijze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pays</source>
        <translation>Betaalt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>payment</source>
        <translation>betaling</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add payment</source>
        <translation>Betaling toevoegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment counts for the pay period it names (type {0} for {1}), else for the period of its date. Amounts are gross.</source>
        <translation>Een betaling telt voor de loonperiode die ze vermeldt (typ {0} voor {1}), anders voor de periode van haar datum. Bedragen zijn bruto.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>({0}, by its date)</source>
        <translation>({0}, volgens de datum)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Hours block added: type its dates and hours</source>
        <translation>Urenblok toegevoegd: vul de data en de uren in</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Shift added on {0}, {1}–{2}: change it, or press Delete to remove it</source>
        <translation>Dienst toegevoegd op {0}, {1}–{2}: wijzig hem, of druk op Delete om hem te verwijderen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Payment added (dated {0}): type its date, then its amount</source>
        <translation>Betaling toegevoegd (gedateerd {0}): vul de datum in, daarna het bedrag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The rows are already in date order</source>
        <translation>De rijen staan al in volgorde van datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sorted: documents were issued for this case, and they are checked against the case as it is (row order included)</source>
        <translation>Niet gesorteerd: voor dit dossier zijn documenten uitgegeven, en die worden getoetst aan het dossier zoals het is (volgorde van de rijen inbegrepen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sort rows by date</source>
        <translation>Rijen op datum sorteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts, hours blocks and payments sorted by date (Ctrl+Z undoes it)</source>
        <translation>Diensten, urenblokken en betalingen op datum gesorteerd (Ctrl+Z maakt het ongedaan)</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>start date missing</source>
        <translation>begindatum ontbreekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location line="-365"/>
        <source>Edit {0}</source>
        <translation>Wijzigen: {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No sector matches &apos;{0}&apos;</source>
        <translation>Geen sector komt overeen met &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit sector</source>
        <translation>Sector wijzigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Quick fill {0} shifts</source>
        <translation>{0} diensten snel invullen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>That week has no shifts to copy</source>
        <translation>Die week heeft geen diensten om te kopiëren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy week to {0} week(s)</source>
        <translation>Week kopiëren naar {0} week/weken</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>— choose —</source>
        <translation>— kiezen —</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>Choose a sector first</source>
        <translation>Kies eerst een sector</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>sector: {0}</source>
        <translation>sector: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} shifts, {1} h worked</source>
        <translation>{0} diensten, {1} u gewerkt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(none: national minimum only)</source>
        <translation>(geen: enkel nationaal minimum)</translation>
    </message>
</context>
</TS>
