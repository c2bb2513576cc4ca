"""F1: a short manual (how to do a case, what each document is for), in the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from wage_remedy_ui import settings as prefs
from wage_remedy_ui.i18n import current_language

MANUAL: dict[str, str] = {
    "en": """
<h2>wage-remedy — short manual</h2>
<h3>Doing a case</h3>
<ol>
<li><b>New case</b> (Ctrl+N), or open the demo to look around (it opens as a copy in your
Documents folder).</li>
<li><b>Case and results</b>: reference, employer, inspection date and place, the date the amounts
are computed to (<i>amounts as of</i>), the pay period.</li>
<li><b>Add worker</b> (Ctrl+Shift+W): name, birth date, language, IBAN; sector (the next worker
gets the same one), category, function years, start of employment.</li>
<li><b>Shifts</b>: type date, start, end, break; Tab goes to the next cell, Enter on the last row
adds the next day (tinted until you change it); <i>Quick fill</i> enters a weekly pattern; rows
can be pasted from a spreadsheet (Ctrl+V). Or <b>hours blocks</b> (a total over dates).</li>
<li><b>Payments</b>: what the worker was paid, gross, with the period it was for.</li>
<li>The figures on the right follow as you type. Red: a problem that stops the computation
(click it in the banner to go to the row). Amber: accepted, but check it.</li>
<li><b>Documents</b> (Ctrl+3): choose, issue, print. The case is saved first; every document is
recorded in it.</li>
</ol>
<h3>The documents</h3>
<ul>
<li><b>Payment order</b>: tells the employer what to pay each worker, by when and how (EPC QR code
for the transfer); signed by the inspector and the employer. One per worker.</li>
<li><b>Cash receipt</b>: signed by the worker when paid in cash, in their language too.</li>
<li><b>Calculation statement</b>: every line of the calculation with its rate, version and source
— for the file, the employer's accountant or a court.</li>
<li><b>Fines and compensation sheet</b>: the sanction ranges that apply.</li>
</ul>
A document marked <b>OUTDATED</b> in the list no longer matches the case: issue a new one.
<h3>Typing amounts</h3>
Write amounts as the app shows them (1 200,00 or 1.200,00 or 1,200.00). <i>1.200</i> alone is
refused: it is 1200 in Dutch and 1.2 in English.
<h3>Keys</h3>
Ctrl+Z / Ctrl+Y undo and redo the case · Ctrl+S save · Ctrl+D add a shift the day after the last
one (on the Payments tab: a payment) · Ctrl+Shift+P add a payment · Ctrl+Shift+D sort the rows by
date · Ctrl+C copy rows · Ctrl+V paste rows · F5 recompute · F1 this manual.
""",
    "fr": """
<h2>wage-remedy — mode d'emploi</h2>
<h3>Traiter un dossier</h3>
<ol>
<li><b>Nouveau dossier</b> (Ctrl+N), ou ouvrez la démo pour découvrir (elle s'ouvre en copie dans
votre dossier Documents).</li>
<li><b>Dossier et résultats</b> : référence, employeur, date et lieu du contrôle, date de calcul
des montants, période de paie.</li>
<li><b>Ajouter un travailleur</b> (Ctrl+Maj+W) : nom, date de naissance, langue, IBAN ; secteur
(repris pour le travailleur suivant), catégorie, années de fonction, début de l'occupation.</li>
<li><b>Prestations</b> : date, début, fin, pause ; Tab passe à la cellule suivante, Entrée sur la
dernière ligne ajoute le jour suivant (teinté tant que vous ne l'avez pas modifié) ;
<i>Remplissage rapide</i> saisit un horaire hebdomadaire ; on peut coller des lignes d'un tableur
(Ctrl+V). Ou des <b>blocs d'heures</b> (un total sur une période).</li>
<li><b>Paiements</b> : ce que le travailleur a reçu, brut, avec la période visée.</li>
<li>Les montants à droite suivent la saisie. Rouge : un problème qui empêche le calcul (cliquez-le
dans le bandeau pour aller à la ligne). Orange : accepté, mais à vérifier.</li>
<li><b>Documents</b> (Ctrl+3) : choisir, émettre, imprimer. Le dossier est d'abord enregistré ;
chaque document y est consigné.</li>
</ol>
<h3>Les documents</h3>
<ul>
<li><b>Ordre de paiement</b> : ce que l'employeur doit payer à chaque travailleur, pour quand et
comment (code QR EPC pour le virement) ; signé par l'inspecteur et l'employeur. Un par
travailleur.</li>
<li><b>Reçu de paiement en espèces</b> : signé par le travailleur payé en espèces, aussi dans sa
langue.</li>
<li><b>Décompte</b> : chaque ligne du calcul avec son taux, sa version et sa source — pour le
dossier, le comptable de l'employeur ou un tribunal.</li>
<li><b>Fiche amendes et indemnisation</b> : les fourchettes de sanctions applicables.</li>
</ul>
Un document marqué <b>PÉRIMÉ</b> dans la liste ne correspond plus au dossier : émettez-en
un nouveau.
<h3>Saisir des montants</h3>
Écrivez les montants comme l'application les affiche (1 200,00). <i>1.200</i> seul est refusé :
c'est 1200 en néerlandais et 1,2 en anglais.
<h3>Touches</h3>
Ctrl+Z / Ctrl+Y annuler et rétablir · Ctrl+S enregistrer · Ctrl+D ajouter une prestation le
lendemain de la dernière (onglet Paiements : un paiement) · Ctrl+Maj+P ajouter un paiement ·
Ctrl+Maj+D trier les lignes par date · Ctrl+C copier des lignes · Ctrl+V coller des lignes · F5 recalculer · F1 ce mode d'emploi.
""",
    "nl": """
<h2>wage-remedy — korte handleiding</h2>
<h3>Een dossier behandelen</h3>
<ol>
<li><b>Nieuw dossier</b> (Ctrl+N), of open de demo om rond te kijken (die opent als kopie in uw
map Documenten).</li>
<li><b>Dossier en resultaten</b>: referentie, werkgever, datum en plaats van de controle, de datum
waarop de bedragen berekend worden, de loonperiode.</li>
<li><b>Werknemer toevoegen</b> (Ctrl+Shift+W): naam, geboortedatum, taal, IBAN; sector (de
volgende werknemer krijgt dezelfde), categorie, functiejaren, begin van de tewerkstelling.</li>
<li><b>Prestaties</b>: datum, begin, einde, pauze; Tab gaat naar de volgende cel, Enter op de
laatste rij voegt de volgende dag toe (gekleurd tot u hem wijzigt); <i>Snel invullen</i> vult een
weekrooster in; rijen kunnen uit een rekenblad geplakt worden (Ctrl+V). Of <b>urenblokken</b>.</li>
<li><b>Betalingen</b>: wat de werknemer kreeg, bruto, met de periode waarvoor.</li>
<li>De bedragen rechts volgen de invoer. Rood: een probleem dat de berekening tegenhoudt (klik
erop in de balk om naar de rij te gaan). Oranje: aanvaard, maar controleer het.</li>
<li><b>Documenten</b> (Ctrl+3): kiezen, uitreiken, afdrukken. Het dossier wordt eerst
opgeslagen; elk document wordt erin vastgelegd.</li>
</ol>
<h3>De documenten</h3>
<ul>
<li><b>Betalingsopdracht</b>: wat de werkgever elke werknemer moet betalen, tegen wanneer en hoe
(EPC-QR-code voor de overschrijving); getekend door inspecteur en werkgever.</li>
<li><b>Ontvangstbewijs contante betaling</b>: getekend door de werknemer bij contante betaling,
ook in zijn taal.</li>
<li><b>Berekeningsstaat</b>: elke regel van de berekening met tarief, versie en bron.</li>
<li><b>Fiche boetes en vergoeding</b>: de toepasselijke sanctievorken.</li>
</ul>
Een document gemarkeerd als <b>VEROUDERD</b> klopt niet meer met het dossier: reik een nieuw uit.
<h3>Bedragen typen</h3>
Schrijf bedragen zoals de toepassing ze toont (1.200,00). <i>1.200</i> alleen wordt geweigerd: het
is 1200 in het Nederlands en 1,2 in het Engels.
<h3>Toetsen</h3>
Ctrl+Z / Ctrl+Y ongedaan maken en opnieuw · Ctrl+S opslaan · Ctrl+D dienst toevoegen op de dag
na de laatste (tabblad Betalingen: een betaling) · Ctrl+Shift+P betaling toevoegen ·
Ctrl+Shift+D rijen op datum sorteren · Ctrl+C rijen kopiëren · Ctrl+V rijen plakken · F5 herberekenen · F1 deze handleiding.
""",
    "de": """
<h2>wage-remedy — Kurzanleitung</h2>
<h3>Einen Fall bearbeiten</h3>
<ol>
<li><b>Neuer Fall</b> (Strg+N), oder die Demo öffnen (sie öffnet sich als Kopie in Ihrem Ordner
Dokumente).</li>
<li><b>Fall und Ergebnisse</b>: Aktenzeichen, Arbeitgeber, Datum und Ort der Kontrolle, Stichtag
der Beträge, Lohnperiode.</li>
<li><b>Arbeitnehmer hinzufügen</b> (Strg+Umschalt+W): Name, Geburtsdatum, Sprache, IBAN; Sektor
(der nächste Arbeitnehmer übernimmt ihn), Kategorie, Funktionsjahre, Beschäftigungsbeginn.</li>
<li><b>Schichten</b>: Datum, Beginn, Ende, Pause; Tab geht zur nächsten Zelle, Enter in der
letzten Zeile fügt den nächsten Tag hinzu (markiert, bis Sie ihn ändern); <i>Schnell ausfüllen</i>
trägt einen Wochenplan ein; Zeilen lassen sich aus einer Tabelle einfügen (Strg+V). Oder
<b>Stundenblöcke</b>.</li>
<li><b>Zahlungen</b>: was der Arbeitnehmer erhielt, brutto, mit dem betreffenden Zeitraum.</li>
<li>Die Beträge rechts folgen der Eingabe. Rot: ein Problem, das die Berechnung verhindert
(im Banner anklicken, um zur Zeile zu gehen). Orange: angenommen, aber zu prüfen.</li>
<li><b>Dokumente</b> (Strg+3): wählen, ausstellen, drucken. Der Fall wird zuerst gespeichert; jedes
Dokument wird darin vermerkt.</li>
</ol>
<h3>Die Dokumente</h3>
<ul>
<li><b>Zahlungsanordnung</b>: was der Arbeitgeber jedem Arbeitnehmer zahlen muss, bis wann und wie
(EPC-QR-Code für die Überweisung); unterschrieben von Inspektor und Arbeitgeber.</li>
<li><b>Quittung über Barzahlung</b>: vom Arbeitnehmer bei Barzahlung unterschrieben, auch in seiner
Sprache.</li>
<li><b>Berechnungsaufstellung</b>: jede Zeile der Berechnung mit Satz, Version und Quelle.</li>
<li><b>Blatt Geldbußen und Entschädigung</b>: die geltenden Sanktionsrahmen.</li>
</ul>
Ein in der Liste als <b>VERALTET</b> markiertes Dokument passt nicht mehr zum Fall: ein neues
ausstellen.
<h3>Beträge eingeben</h3>
Beträge so schreiben, wie die Anwendung sie zeigt (1.200,00). <i>1.200</i> allein wird abgelehnt:
es ist 1200 auf Deutsch und 1,2 auf Englisch.
<h3>Tasten</h3>
Strg+Z / Strg+Y rückgängig und wiederherstellen · Strg+S speichern · Strg+D Schicht am Tag nach
der letzten hinzufügen (Reiter Zahlungen: eine Zahlung) · Strg+Umschalt+P Zahlung hinzufügen ·
Strg+Umschalt+D Zeilen nach Datum sortieren · Strg+C Zeilen kopieren · Strg+V Zeilen einfügen · F5 neu berechnen · F1 diese Anleitung.
""",
}


def manual_html(lang: str | None = None) -> str:
    """The manual in ``lang`` (default: the interface language; English when not written)."""
    return MANUAL.get(lang or current_language(), MANUAL["en"])


class ManualDialog(QDialog):
    """The short manual in a window of its own (F1)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Manual — wage-remedy"))
        prefs.fit_dialog(self, 720, 620)
        lay = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setObjectName("manualText")
        self.text.setAccessibleName(self.tr("Manual"))
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(manual_html())
        lay.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
