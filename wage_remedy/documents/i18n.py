"""Texts of the payment documents, as dictionaries: ``TEXTS[key][lang]``.

The official part of a document is in French, Dutch, German or English (``OFFICIAL``); the part
meant for the worker is also printed in the worker's language (``WORKER_LANGUAGES``). Keys starting
with ``w.`` exist in every language; the others only in the official languages. Legal references
are names of laws and articles, never figures: every amount comes from the Result.
"""

from __future__ import annotations

OFFICIAL: tuple[str, ...] = ("fr", "nl", "de", "en")
WORKER_LANGUAGES: tuple[str, ...] = ("fr", "nl", "de", "en", "pl", "ro", "bg", "pt", "es", "uk")

# Babel locales: (official language, jurisdiction) -> locale; worker languages -> locale.
LOCALES: dict[str, str] = {
    "fr": "fr_BE", "nl": "nl_BE", "de": "de_BE", "en": "en_GB", "pl": "pl_PL", "ro": "ro_RO",
    "bg": "bg_BG", "pt": "pt_PT", "es": "es_ES", "uk": "uk_UA",
}
# Numeric date pattern used in tables.
TABLE_DATE: dict[str, str] = {"fr": "dd/MM/yyyy", "nl": "dd-MM-yyyy", "de": "dd.MM.yyyy",
                              "en": "dd/MM/yyyy"}

TEXTS: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ worker part (all languages)
    "w.lang_name": {
        "en": "English", "fr": "Français", "nl": "Nederlands", "de": "Deutsch", "pl": "Polski",
        "ro": "Română", "bg": "Български", "pt": "Português", "es": "Español", "uk": "Українська",
    },
    "w.title.payment-order": {
        "en": "Payment order", "fr": "Ordre de paiement", "nl": "Betalingsopdracht",
        "de": "Zahlungsanordnung", "pl": "Nakaz zapłaty wynagrodzenia",
        "ro": "Ordin de plată a salariului", "bg": "Разпореждане за плащане на възнаграждение",
        "pt": "Ordem de pagamento de salário", "es": "Orden de pago de salario",
        "uk": "Розпорядження про виплату заробітної плати",
    },
    "w.title.receipt": {
        "en": "Cash receipt", "fr": "Reçu de paiement en espèces",
        "nl": "Ontvangstbewijs contante betaling", "de": "Quittung über Barzahlung",
        "pl": "Pokwitowanie odbioru gotówki", "ro": "Chitanță de primire a numerarului",
        "bg": "Разписка за получени пари в брой", "pt": "Recibo de pagamento em numerário",
        "es": "Recibo de pago en efectivo", "uk": "Розписка про отримання готівки",
    },
    "w.heading": {
        "en": "For the worker", "fr": "Pour le travailleur", "nl": "Voor de werknemer",
        "de": "Für den Arbeitnehmer", "pl": "Dla pracownika", "ro": "Pentru lucrător",
        "bg": "За работника", "pt": "Para o trabalhador", "es": "Para el trabajador",
        "uk": "Для працівника",
    },
    # what the amount covers ({what}, documents/render.py owed_what): the wage months and the other
    # heads by name; "amounts still owed", never "wages": holiday pay is not remuneration (BE law)
    "w.owed": {
        "en": "The labour inspectorate has calculated that {employer} owes you {amount} gross: "
              "amounts still owed {unpaid} ({what}) and legal interest {interest} up to {as_of}.",
        "fr": "L'inspection du travail a calculé que {employer} vous doit {amount} brut : sommes "
              "encore dues {unpaid} ({what}) et intérêts légaux {interest} jusqu'au {as_of}.",
        "nl": "De arbeidsinspectie heeft berekend dat {employer} u {amount} bruto verschuldigd is: "
              "nog verschuldigde bedragen {unpaid} ({what}) en wettelijke interest {interest} tot "
              "{as_of}.",
        "de": "Die Arbeitsinspektion hat berechnet, dass {employer} Ihnen {amount} brutto schuldet: "
              "noch geschuldete Beträge {unpaid} ({what}) und gesetzliche Zinsen {interest} bis zum "
              "{as_of}.",
        "pl": "Inspekcja pracy obliczyła, że {employer} jest Panu/Pani winien {amount} brutto: "
              "zaległe kwoty {unpaid} ({what}) oraz odsetki ustawowe {interest} do dnia {as_of}.",
        "ro": "Inspecția muncii a calculat că {employer} vă datorează {amount} brut: sume restante "
              "{unpaid} ({what}) și dobânda legală {interest} până la {as_of}.",
        "bg": "Инспекцията по труда изчисли, че {employer} Ви дължи {amount} бруто: неизплатени "
              "суми {unpaid} ({what}) и законна лихва {interest} до {as_of}.",
        "pt": "A inspeção do trabalho calculou que {employer} lhe deve {amount} brutos: montantes em "
              "dívida {unpaid} ({what}) e juros legais {interest} até {as_of}.",
        "es": "La inspección de trabajo ha calculado que {employer} le debe {amount} brutos: "
              "cantidades pendientes {unpaid} ({what}) e intereses legales {interest} hasta el "
              "{as_of}.",
        "uk": "Інспекція праці розрахувала, що {employer} винен Вам {amount} брутто: невиплачені "
              "суми {unpaid} ({what}) та законні відсотки {interest} станом на {as_of}.",
    },
    "w.wages_for": {
        "en": "wages for {months}", "fr": "rémunération pour {months}", "nl": "loon voor {months}",
        "de": "Lohn für {months}", "pl": "wynagrodzenie za {months}",
        "ro": "salariul pentru {months}", "bg": "възнаграждение за {months}",
        "pt": "salário de {months}", "es": "salario de {months}", "uk": "заробітна плата за {months}",
    },
    "w.est_mark": {
        "en": "estimated", "fr": "estimé", "nl": "geschat", "de": "geschätzt", "pl": "szacunkowo",
        "ro": "estimat", "bg": "по оценка", "pt": "estimado", "es": "estimado", "uk": "за оцінкою",
    },
    "w.deadline": {
        "en": "Payment deadline: {deadline}.", "fr": "Délai de paiement : {deadline}.",
        "nl": "Uiterste betaaldatum: {deadline}.", "de": "Zahlungsfrist: {deadline}.",
        "pl": "Termin zapłaty: {deadline}.", "ro": "Termen de plată: {deadline}.",
        "bg": "Срок за плащане: {deadline}.", "pt": "Prazo de pagamento: {deadline}.",
        "es": "Plazo de pago: {deadline}.", "uk": "Строк оплати: {deadline}.",
    },
    "w.immediately": {
        "en": "immediately", "fr": "immédiatement", "nl": "onmiddellijk", "de": "sofort",
        "pl": "niezwłocznie", "ro": "imediat", "bg": "незабавно", "pt": "imediatamente",
        "es": "inmediatamente", "uk": "негайно",
    },
    "w.method_bank": {
        "en": "Payment in cash against a receipt that you sign, or by bank transfer to your account "
              "{iban}.",
        "fr": "Paiement en espèces contre un reçu que vous signez, ou par virement sur votre compte "
              "{iban}.",
        "nl": "Betaling contant tegen een ontvangstbewijs dat u ondertekent, of per overschrijving "
              "op uw rekening {iban}.",
        "de": "Zahlung in bar gegen eine von Ihnen unterschriebene Quittung oder per Überweisung auf "
              "Ihr Konto {iban}.",
        "pl": "Zapłata gotówką za pokwitowaniem, które Pan/Pani podpisuje, lub przelewem na "
              "Pana/Pani rachunek {iban}.",
        "ro": "Plata în numerar, contra unei chitanțe pe care o semnați, sau prin transfer bancar în "
              "contul dumneavoastră {iban}.",
        "bg": "Плащане в брой срещу разписка, която подписвате, или по банков път по Вашата сметка "
              "{iban}.",
        "pt": "Pagamento em numerário contra um recibo assinado por si, ou por transferência "
              "bancária para a sua conta {iban}.",
        "es": "Pago en efectivo contra un recibo que usted firma, o por transferencia bancaria a su "
              "cuenta {iban}.",
        "uk": "Оплата готівкою під розписку, яку Ви підписуєте, або банківським переказом на Ваш "
              "рахунок {iban}.",
    },
    "w.method_cash": {
        "en": "Payment in cash, against a receipt that you sign.",
        "fr": "Paiement en espèces, contre un reçu que vous signez.",
        "nl": "Betaling contant, tegen een ontvangstbewijs dat u ondertekent.",
        "de": "Zahlung in bar gegen eine von Ihnen unterschriebene Quittung.",
        "pl": "Zapłata gotówką za pokwitowaniem, które Pan/Pani podpisuje.",
        "ro": "Plata în numerar, contra unei chitanțe pe care o semnați.",
        "bg": "Плащане в брой срещу разписка, която подписвате.",
        "pt": "Pagamento em numerário, contra um recibo assinado por si.",
        "es": "Pago en efectivo, contra un recibo que usted firma.",
        "uk": "Оплата готівкою під розписку, яку Ви підписуєте.",
    },
    # short and plain (the one-page payment order): the statement gives the basis and evidence
    "w.estimated": {
        "en": "Of this amount, {amount} is an estimate, because records of your working time are "
              "missing.",
        "fr": "Sur ce montant, {amount} est une estimation, faute de relevés de votre temps de "
              "travail.",
        "nl": "Daarvan is {amount} geschat, omdat uw arbeidstijd niet is geregistreerd.",
        "de": "Von diesem Betrag sind {amount} geschätzt, da Aufzeichnungen Ihrer Arbeitszeit fehlen.",
        "pl": "Z tej kwoty {amount} to szacunek, bo brak ewidencji czasu pracy.",
        "ro": "Din această sumă, {amount} este o estimare, deoarece lipsesc evidențele timpului "
              "dumneavoastră de lucru.",
        "bg": "От тази сума {amount} е оценка, защото липсват записи на работното Ви време.",
        "pt": "Deste montante, {amount} é uma estimativa, por falta de registos do seu tempo de "
              "trabalho.",
        "es": "De este importe, {amount} es una estimación, por falta de registros de su tiempo de "
              "trabajo.",
        "uk": "З цієї суми {amount} — це оцінка, бо бракує записів Вашого робочого часу.",
    },
    "w.estimated_rebut": {
        "en": "The employer may prove otherwise.",
        "fr": "L'employeur peut prouver le contraire.",
        "nl": "De werkgever mag het tegendeel bewijzen.",
        "de": "Der Arbeitgeber kann das Gegenteil beweisen.",
        "pl": "Pracodawca może udowodnić, że było inaczej.",
        "ro": "Angajatorul poate dovedi contrariul.",
        "bg": "Работодателят може да докаже противното.",
        "pt": "O empregador pode provar o contrário.",
        "es": "El empleador puede demostrar lo contrario.",
        "uk": "Роботодавець може довести протилежне.",
    },
    "w.keep": {
        "en": "Keep this document (case {case}, document {number}).",
        "fr": "Conservez ce document (dossier {case}, document {number}).",
        "nl": "Bewaar dit document (dossier {case}, document {number}).",
        "de": "Bewahren Sie dieses Dokument auf (Akte {case}, Dokument {number}).",
        "pl": "Prosimy zachować ten dokument (sprawa {case}, dokument {number}).",
        "ro": "Păstrați acest document (dosar {case}, document {number}).",
        "bg": "Запазете този документ (преписка {case}, документ {number}).",
        "pt": "Guarde este documento (processo {case}, documento {number}).",
        "es": "Conserve este documento (expediente {case}, documento {number}).",
        "uk": "Збережіть цей документ (справа {case}, документ {number}).",
    },
    "w.receipt_text": {
        "en": "I, the undersigned, {worker}, confirm that I have received from {employer}, in cash, "
              "the gross amount of {amount}: amounts owed {unpaid} ({what}) and legal interest "
              "{interest} up to {as_of}.",
        "fr": "Je soussigné(e), {worker}, confirme avoir reçu de {employer}, en espèces, le montant "
              "brut de {amount} : sommes dues {unpaid} ({what}) et intérêts légaux {interest} "
              "jusqu'au {as_of}.",
        "nl": "Ondergetekende, {worker}, bevestigt van {employer} contant het brutobedrag van "
              "{amount} te hebben ontvangen: verschuldigde bedragen {unpaid} ({what}) en wettelijke "
              "interest {interest} tot {as_of}.",
        "de": "Ich, der/die Unterzeichnete, {worker}, bestätige, von {employer} in bar den "
              "Bruttobetrag von {amount} erhalten zu haben: geschuldete Beträge {unpaid} ({what}) "
              "und gesetzliche Zinsen {interest} bis zum {as_of}.",
        "pl": "Ja, niżej podpisany/a, {worker}, potwierdzam, że otrzymałem/am od {employer} gotówką "
              "kwotę brutto {amount}: zaległe kwoty {unpaid} ({what}) oraz odsetki ustawowe "
              "{interest} do dnia {as_of}.",
        "ro": "Subsemnatul/Subsemnata, {worker}, confirm că am primit de la {employer}, în numerar, "
              "suma brută de {amount}: sume restante {unpaid} ({what}) și dobânda legală {interest} "
              "până la {as_of}.",
        "bg": "Долуподписаният/ата {worker} потвърждавам, че получих от {employer} в брой брутната "
              "сума от {amount}: неизплатени суми {unpaid} ({what}) и законна лихва {interest} до "
              "{as_of}.",
        "pt": "Eu, abaixo assinado(a), {worker}, confirmo que recebi de {employer}, em numerário, o "
              "montante bruto de {amount}: montantes em dívida {unpaid} ({what}) e juros legais "
              "{interest} até {as_of}.",
        "es": "Yo, el/la abajo firmante, {worker}, confirmo que he recibido de {employer}, en "
              "efectivo, el importe bruto de {amount}: cantidades pendientes {unpaid} ({what}) e "
              "intereses legales {interest} hasta el {as_of}.",
        "uk": "Я, нижчепідписаний(а) {worker}, підтверджую, що отримав(ла) від {employer} готівкою "
              "суму брутто {amount}: невиплачені суми {unpaid} ({what}) та законні відсотки "
              "{interest} станом на {as_of}.",
    },
    "w.receipt_other": {
        "en": "Amount actually received, if different:",
        "fr": "Montant réellement reçu, s'il est différent :",
        "nl": "Werkelijk ontvangen bedrag, indien verschillend:",
        "de": "Tatsächlich erhaltener Betrag, falls abweichend:",
        "pl": "Kwota faktycznie otrzymana, jeżeli jest inna:",
        "ro": "Suma primită efectiv, dacă este diferită:",
        "bg": "Действително получена сума, ако е различна:",
        "pt": "Montante efetivamente recebido, se for diferente:",
        "es": "Importe realmente recibido, si es distinto:",
        "uk": "Фактично отримана сума, якщо вона інша:",
    },
    "w.done_at": {
        "en": "Done at {place}, on", "fr": "Fait à {place}, le", "nl": "Opgemaakt te {place}, op",
        "de": "Ausgestellt in {place}, am", "pl": "Sporządzono w {place}, dnia",
        "ro": "Întocmit la {place}, la data de", "bg": "Съставено в {place} на",
        "pt": "Feito em {place}, em", "es": "Hecho en {place}, el", "uk": "Складено в {place}, дата",
    },
    "w.sig_worker": {
        "en": "The worker", "fr": "Le travailleur", "nl": "De werknemer", "de": "Der Arbeitnehmer",
        "pl": "Pracownik", "ro": "Lucrătorul", "bg": "Работникът", "pt": "O trabalhador",
        "es": "El trabajador", "uk": "Працівник",
    },
    "w.sig_employer": {
        "en": "The employer", "fr": "L'employeur", "nl": "De werkgever", "de": "Der Arbeitgeber",
        "pl": "Pracodawca", "ro": "Angajatorul", "bg": "Работодателят", "pt": "O empregador",
        "es": "El empleador", "uk": "Роботодавець",
    },
    "w.sig_witness": {
        "en": "The inspector (witness)", "fr": "L'inspecteur (témoin)", "nl": "De inspecteur (getuige)",
        "de": "Der Inspektor (Zeuge)", "pl": "Inspektor (świadek)", "ro": "Inspectorul (martor)",
        "bg": "Инспекторът (свидетел)", "pt": "O inspetor (testemunha)", "es": "El inspector (testigo)",
        "uk": "Інспектор (свідок)",
    },
    "w.sig_name": {
        "en": "Name", "fr": "Nom", "nl": "Naam", "de": "Name", "pl": "Imię i nazwisko", "ro": "Nume",
        "bg": "Име", "pt": "Nome", "es": "Nombre", "uk": "Прізвище та ім'я",
    },
    "w.sig_date": {
        "en": "Date", "fr": "Date", "nl": "Datum", "de": "Datum", "pl": "Data", "ro": "Data",
        "bg": "Дата", "pt": "Data", "es": "Fecha", "uk": "Дата",
    },
    "w.sig_signature": {
        "en": "Signature", "fr": "Signature", "nl": "Handtekening", "de": "Unterschrift",
        "pl": "Podpis", "ro": "Semnătura", "bg": "Подпис", "pt": "Assinatura", "es": "Firma",
        "uk": "Підпис",
    },
    # ------------------------------------------------------------------ document frame
    "title.payment-order": {"en": "Payment order", "fr": "Ordre de paiement",
                            "nl": "Betalingsopdracht", "de": "Zahlungsanordnung"},
    "title.receipt": {"en": "Cash receipt", "fr": "Reçu de paiement en espèces",
                      "nl": "Ontvangstbewijs contante betaling", "de": "Quittung über Barzahlung"},
    "title.statement": {"en": "Calculation statement", "fr": "Décompte de calcul",
                        "nl": "Berekeningsstaat", "de": "Berechnungsaufstellung"},
    "title.fines": {"en": "Fines and compensation", "fr": "Amendes et indemnisation",
                    "nl": "Boetes en vergoeding", "de": "Geldbußen und Entschädigung"},
    "doc.number": {"en": "Document no.", "fr": "Document n°", "nl": "Document nr.",
                   "de": "Dokument Nr."},
    "doc.case": {"en": "Case reference", "fr": "Référence du dossier", "nl": "Dossierreferentie",
                 "de": "Aktenzeichen"},
    "doc.issued": {"en": "Date of issue", "fr": "Date d'émission", "nl": "Datum van uitgifte",
                   "de": "Ausstellungsdatum"},
    "doc.place": {"en": "Place", "fr": "Lieu", "nl": "Plaats", "de": "Ort"},
    "doc.inspector": {"en": "Inspector", "fr": "Inspecteur", "nl": "Inspecteur", "de": "Inspektor"},
    "doc.employer": {"en": "Employer", "fr": "Employeur", "nl": "Werkgever", "de": "Arbeitgeber"},
    "doc.enterprise": {"en": "enterprise no.", "fr": "n° d'entreprise", "nl": "ondernemingsnr.",
                       "de": "Unternehmensnr."},
    "doc.as_of": {"en": "Amounts as of", "fr": "Montants arrêtés au", "nl": "Bedragen per",
                  "de": "Beträge zum"},
    # reconciliation of the papers' figures (documents/reconcile.py, docs/heads.md)
    "doc.as_of_note": {
        "en": "The amounts and the interest are calculated as of {as_of}; interest keeps running "
              "until payment.",
        "fr": "Les montants et les intérêts sont calculés au {as_of} ; les intérêts continuent de "
              "courir jusqu'au paiement.",
        "nl": "De bedragen en de interest zijn berekend op {as_of}; de interest loopt verder tot de "
              "betaling.",
        "de": "Die Beträge und Zinsen sind zum {as_of} berechnet; die Zinsen laufen bis zur Zahlung "
              "weiter."},
    "doc.deadline_past": {
        "en": "The regularisation deadline ({deadline}) is before the date of issue ({issued}).",
        "fr": "Le délai de régularisation ({deadline}) est antérieur à la date d'émission ({issued}).",
        "nl": "De regularisatietermijn ({deadline}) ligt vóór de datum van uitgifte ({issued}).",
        "de": "Die Frist zur Regularisierung ({deadline}) liegt vor dem Ausstellungsdatum ({issued})."},
    "po.deadline_past": {"en": "already past", "fr": "déjà passé", "nl": "reeds verstreken",
                         "de": "bereits abgelaufen"},
    "rc.not_due": {
        "en": "Not yet due on {as_of}, not in this amount: {items}.",
        "fr": "Pas encore échu le {as_of}, non compris dans ce montant : {items}.",
        "nl": "Nog niet opeisbaar op {as_of}, niet in dit bedrag: {items}.",
        "de": "Am {as_of} noch nicht fällig, nicht in diesem Betrag: {items}."},
    "rc.fund": {
        "en": "Owed by a fund once the wages are declared, not in this amount: {items}.",
        "fr": "Dû par un fonds une fois la rémunération déclarée, non compris dans ce montant : {items}.",
        "nl": "Verschuldigd door een fonds zodra het loon is aangegeven, niet in dit bedrag: {items}.",
        "de": "Von einer Kasse geschuldet, sobald die Löhne gemeldet sind, nicht in diesem Betrag: {items}."},
    "rc.heading": {"en": "How the papers' amounts add up", "fr": "Concordance des montants entre les documents",
                   "nl": "Aansluiting van de bedragen tussen de documenten",
                   "de": "Abstimmung der Beträge zwischen den Dokumenten"},
    "rc.col.wages": {"en": "Wages, all periods (above)", "fr": "Rémunération, toutes périodes (ci-dessus)",
                     "nl": "Loon, alle periodes (hierboven)", "de": "Lohn, alle Zeiträume (oben)"},
    "rc.col.not_due": {"en": "− not yet due on {as_of}", "fr": "− pas encore échue le {as_of}",
                       "nl": "− nog niet opeisbaar op {as_of}", "de": "− am {as_of} noch nicht fällig"},
    "rc.col.other": {"en": "+ other employer heads due", "fr": "+ autres chefs dus par l'employeur",
                     "nl": "+ andere opeisbare vorderingen werkgever",
                     "de": "+ andere fällige Anspruchsposten Arbeitgeber"},
    "rc.col.order": {"en": "= payment order", "fr": "= ordre de paiement", "nl": "= betalingsopdracht",
                     "de": "= Zahlungsanordnung"},
    "rc.col.not_offence": {"en": "− not an offence", "fr": "− hors infraction", "nl": "− geen inbreuk",
                           "de": "− kein Verstoß"},
    "rc.col.fines": {"en": "= fines sheet", "fr": "= fiche amendes", "nl": "= overzicht boetes",
                     "de": "= Übersicht Geldbußen"},
    "rc.col.fund": {"en": "Fund, once declared (apart)", "fr": "Fonds, après déclaration (à part)",
                    "nl": "Fonds, na aangifte (apart)", "de": "Kasse, nach Meldung (gesondert)"},
    "rc.note": {
        "en": "Each row adds up from left to right. The payment order, the receipt and the bank QR "
              "code carry the employer's heads due on {as_of}; the fines sheet the part of them the "
              "offence is about; a fund's part is owed by the fund once the wages are declared.",
        "fr": "Chaque ligne s'additionne de gauche à droite. L'ordre de paiement, le reçu et le code "
              "QR bancaire portent les chefs dus par l'employeur et échus le {as_of} ; la fiche amendes "
              "et indemnisation la part de ceux-ci qui fait l'objet de l'infraction ; la part d'un fonds est due par le "
              "fonds une fois la rémunération déclarée.",
        "nl": "Elke rij telt op van links naar rechts. De betalingsopdracht, het ontvangstbewijs en "
              "de QR-code bevatten de vorderingen van de werkgever die op {as_of} opeisbaar zijn; de "
              "overzicht boetes en vergoeding het deel daarvan waarop de inbreuk betrekking heeft; het deel van een fonds "
              "is door het fonds verschuldigd zodra het loon is aangegeven.",
        "de": "Jede Zeile addiert sich von links nach rechts. Zahlungsanordnung, Quittung und "
              "QR-Code enthalten die am {as_of} fälligen Anspruchsposten des Arbeitgebers; die Übersicht "
              "Geldbußen und Entschädigung den Teil davon, den der Verstoß betrifft; der Teil einer Kasse wird von der Kasse "
              "geschuldet, sobald die Löhne gemeldet sind."},
    "fn.reconcile": {
        "en": "Compared with the calculation statement (wages, all periods, unpaid + interest): {items}.",
        "fr": "Par rapport au décompte de calcul (rémunération, toutes périodes, impayé + intérêts) : {items}.",
        "nl": "Ten opzichte van de berekeningsstaat (loon, alle periodes, onbetaald + interest): {items}.",
        "de": "Verglichen mit der Berechnungsaufstellung (Lohn, alle Zeiträume, unbezahlt + Zinsen): {items}."},
    "fn.not_due": {"en": "not yet due on {as_of}", "fr": "pas encore échu le {as_of}",
                   "nl": "nog niet opeisbaar op {as_of}", "de": "am {as_of} noch nicht fällig"},
    "fn.offence_head": {"en": "art. 162, 3° SPC", "fr": "art. 162, 3° CPS", "nl": "art. 162, 3° SSW",
                        "de": "Art. 162, 3° SSGB"},
    "fn.not_offence": {
        "en": "On the payment order but not part of the offence: {items}.",
        "fr": "Sur l'ordre de paiement mais ne relevant pas de l'infraction : {items}.",
        "nl": "Op de betalingsopdracht maar geen deel van de inbreuk: {items}.",
        "de": "Auf der Zahlungsanordnung, aber nicht Teil des Verstoßes: {items}."},
    "fn.owed_now_note": {
        "en": "Unpaid and interest: the wages and holiday pay due on {as_of} that the fines are about "
              "(the payment order may also carry other heads).",
        "fr": "Impayé et intérêts : la rémunération et le pécule de vacances échus le {as_of} visés par "
              "les amendes (l'ordre de paiement peut porter d'autres chefs).",
        "nl": "Onbetaald en interest: het loon en vakantiegeld opeisbaar op {as_of} waarop de boetes "
              "betrekking hebben (de betalingsopdracht kan andere vorderingen bevatten).",
        "de": "Unbezahlt und Zinsen: die am {as_of} fälligen Löhne und das Urlaubsgeld, die die "
              "Bußgelder betreffen (die Zahlungsanordnung kann weitere Anspruchsposten enthalten)."},
    "doc.rates_see": {"en": "{n} rate versions, listed under “Rate versions and sources”",
                      "fr": "{n} versions de barème, détaillées sous « Versions des barèmes et sources »",
                      "nl": "{n} tariefversies, vermeld onder „Tariefversies en bronnen”",
                      "de": "{n} Tarifversionen, aufgeführt unter „Tarifversionen und Quellen“"},
    "doc.rates_other": {"en": "{n} other rate versions: see the calculation statement",
                        "fr": "{n} autres versions de barème : voir le décompte de calcul",
                        "nl": "{n} andere tariefversies: zie de berekeningsstaat",
                        "de": "{n} weitere Tarifversionen: siehe die Berechnungsaufstellung"},
    "premium.student_percent": {"en": "student percentage", "fr": "pourcentage étudiant",
                                "nl": "studentenpercentage", "de": "Studentenprozentsatz"},
    "doc.version_of": {"en": "{title}, version of {date}", "fr": "{title}, version du {date}",
                       "nl": "{title}, versie van {date}", "de": "{title}, Fassung vom {date}"},
    "doc.rates": {"en": "Rates used", "fr": "Barèmes utilisés", "nl": "Gebruikte tarieven",
                  "de": "Verwendete Tarife"},
    "doc.rates_digest": {"en": "rates fingerprint", "fr": "empreinte des barèmes",
                         "nl": "vingerafdruk tarieven", "de": "Fingerabdruck der Tarife"},
    "doc.verification": {"en": "Verification code", "fr": "Code de vérification",
                         "nl": "Verificatiecode", "de": "Prüfcode"},
    "doc.verify_hint": {"en": "Check: wage-remedy verify CASE PDF",
                        "fr": "Contrôle : wage-remedy verify DOSSIER PDF",
                        "nl": "Controle: wage-remedy verify DOSSIER PDF",
                        "de": "Prüfung: wage-remedy verify AKTE PDF"},
    "doc.worker": {"en": "Worker", "fr": "Travailleur", "nl": "Werknemer", "de": "Arbeitnehmer"},
    "doc.address": {"en": "Address", "fr": "Adresse", "nl": "Adres", "de": "Adresse"},
    "doc.iban": {"en": "Bank account (IBAN)", "fr": "Compte bancaire (IBAN)",
                 "nl": "Bankrekening (IBAN)", "de": "Bankkonto (IBAN)"},
    "doc.none": {"en": "none", "fr": "aucun", "nl": "geen", "de": "keines"},
    "doc.page": {"en": "page {n} / {total}", "fr": "page {n} / {total}",
                 "nl": "pagina {n} / {total}", "de": "Seite {n} / {total}"},
    "doc.time_utc": {"en": "{date}, {time} UTC", "fr": "{date}, {time} UTC",
                     "nl": "{date}, {time} UTC", "de": "{date}, {time} UTC"},
    "doc.amounts_eur": {"en": "Amounts in euro (EUR), gross.", "fr": "Montants en euros (EUR), bruts.",
                        "nl": "Bedragen in euro (EUR), bruto.", "de": "Beträge in Euro (EUR), brutto."},
    "doc.worker_language": {"en": "Worker's language", "fr": "Langue du travailleur",
                            "nl": "Taal van de werknemer", "de": "Sprache des Arbeitnehmers"},
    # ------------------------------------------------------------------ table columns
    "col.period": {"en": "Period", "fr": "Période", "nl": "Periode", "de": "Zeitraum"},
    "col.from_to": {"en": "From – to", "fr": "Du – au", "nl": "Van – tot", "de": "Von – bis"},
    "col.due_date": {"en": "Due date", "fr": "Échéance", "nl": "Vervaldag", "de": "Fälligkeit"},
    "col.hours": {"en": "Hours", "fr": "Heures", "nl": "Uren", "de": "Stunden"},
    "col.due": {"en": "Due", "fr": "Dû", "nl": "Verschuldigd", "de": "Geschuldet"},
    "col.paid": {"en": "Paid", "fr": "Payé", "nl": "Betaald", "de": "Gezahlt"},
    "col.unpaid": {"en": "Unpaid", "fr": "Impayé", "nl": "Onbetaald", "de": "Unbezahlt"},
    "col.interest": {"en": "Interest", "fr": "Intérêts", "nl": "Interest", "de": "Zinsen"},
    "col.to_pay": {"en": "To pay", "fr": "À payer", "nl": "Te betalen", "de": "Zu zahlen"},
    "col.total": {"en": "Total", "fr": "Total", "nl": "Totaal", "de": "Summe"},
    "col.kind": {"en": "Kind", "fr": "Nature", "nl": "Soort", "de": "Art"},
    "col.rate": {"en": "Rate/h", "fr": "Taux/h", "nl": "Tarief/u", "de": "Satz/Std."},
    "col.premium": {"en": "Prem. %", "fr": "Maj. %", "nl": "Toesl. %", "de": "Zuschl. %"},
    "col.amount": {"en": "Amount", "fr": "Montant", "nl": "Bedrag", "de": "Betrag"},
    "col.binding": {"en": "Binding rate", "fr": "Barème appliqué", "nl": "Toegepast tarief",
                    "de": "Maßgeblicher Satz"},
    "col.rate_version": {"en": "Table @ version", "fr": "Barème @ version", "nl": "Tabel @ versie",
                         "de": "Tabelle @ Version"},
    "col.status": {"en": "Status", "fr": "Statut", "nl": "Status", "de": "Status"},
    "col.source": {"en": "Src.", "fr": "Src.", "nl": "Src.", "de": "Qu."},
    "col.date": {"en": "Date", "fr": "Date", "nl": "Datum", "de": "Datum"},
    "col.method": {"en": "Method", "fr": "Mode", "nl": "Wijze", "de": "Art"},
    "col.recorded": {"en": "Recorded", "fr": "Enregistré", "nl": "Geregistreerd", "de": "Erfasst"},
    "col.counted": {"en": "Counted (gross)", "fr": "Pris en compte (brut)",
                    "nl": "Meegeteld (bruto)", "de": "Angerechnet (brutto)"},
    "col.days": {"en": "Days", "fr": "Jours", "nl": "Dagen", "de": "Tage"},
    "col.rate_pct": {"en": "Rate %/year", "fr": "Taux %/an", "nl": "Rente %/jaar",
                     "de": "Zinssatz %/Jahr"},
    "col.unpaid_interest": {"en": "Unpaid + interest", "fr": "Impayé + intérêts",
                            "nl": "Onbetaald + interest", "de": "Unbezahlt + Zinsen"},
    "col.owed_now": {"en": "Owed now", "fr": "Dû à ce jour", "nl": "Nu verschuldigd",
                     "de": "Jetzt geschuldet"},
    "col.fine_admin": {"en": "Administrative fine", "fr": "Amende administrative",
                       "nl": "Administratieve geldboete", "de": "Verwaltungsgeldbuße"},
    "col.fine_criminal": {"en": "Criminal fine", "fr": "Amende pénale",
                          "nl": "Strafrechtelijke geldboete", "de": "Strafrechtliche Geldbuße"},
    "col.fine": {"en": "Fine", "fr": "Amende", "nl": "Boete", "de": "Geldbuße"},
    "col.pct_underpaid": {"en": "% underpaid", "fr": "% sous-payé", "nl": "% onderbetaald",
                          "de": "% unterbezahlt"},
    "col.months": {"en": "Months", "fr": "Mois", "nl": "Maanden", "de": "Monate"},
    "col.rule": {"en": "Rule applied", "fr": "Règle appliquée", "nl": "Toegepaste regel",
                 "de": "Angewandte Regel"},
    # ------------------------------------------------------------------ line kinds, bindings, statuses
    "kind.normal": {"en": "Normal time", "fr": "Heures normales", "nl": "Normale uren",
                    "de": "Normalstunden"},
    "kind.overtime": {"en": "Overtime +{p} %", "fr": "Heures sup. +{p} %", "nl": "Overuren +{p} %",
                      "de": "Überstunden +{p} %"},
    "kind.premium": {"en": "Premium: {id}", "fr": "Prime : {id}", "nl": "Premie: {id}",
                     "de": "Zulage: {id}"},
    # premium names (issue 17: never the id on a paper)
    "premium.night": {"en": "night work", "fr": "travail de nuit", "nl": "nachtarbeid",
                      "de": "Nachtarbeit"},
    "premium.sunday-holiday": {"en": "Sunday and public holiday", "fr": "dimanche et jour férié",
                               "nl": "zon- en feestdag", "de": "Sonn- und Feiertag"},
    "bind.national": {"en": "national minimum", "fr": "minimum national", "nl": "nationaal minimum",
                      "de": "nationaler Mindestlohn"},
    "bind.youth": {"en": "youth rate (CCT 50)", "fr": "taux jeunes (CCT 50)",
                   "nl": "jongerentarief (cao 50)", "de": "Jugendsatz (KAA 50)"},
    "bind.student": {"en": "student rate", "fr": "taux étudiant", "nl": "studententarief",
                     "de": "Studentensatz"},
    "bind.sector": {"en": "sector scale", "fr": "barème sectoriel", "nl": "sectorbarema",
                    "de": "Sektortarif"},
    "bind.sector-youth": {"en": "sector youth rate", "fr": "barème sectoriel jeunes",
                          "nl": "sectoraal jongerenbarema", "de": "Sektor-Jugendsatz"},
    "bind.sector-student": {"en": "sector student rate", "fr": "barème sectoriel étudiant",
                            "nl": "sectoraal studentenbarema", "de": "Sektor-Studentensatz"},
    "bind.agreed": {"en": "agreed rate", "fr": "taux convenu", "nl": "overeengekomen loon",
                    "de": "vereinbarter Lohn"},
    "bind.wml": {"en": "statutory minimum wage (WML)", "fr": "salaire minimum légal (WML)",
                 "nl": "wettelijk minimumloon (WML)", "de": "gesetzlicher Mindestlohn (WML)"},
    "bind.premium": {"en": "sector premium", "fr": "prime sectorielle", "nl": "sectorpremie",
                     "de": "Sektorzulage"},
    "status.verified": {"en": "verified", "fr": "vérifié", "nl": "geverifieerd", "de": "geprüft"},
    "status.case": {"en": "case input (agreed rate)", "fr": "donnée du dossier (taux convenu)",
                    "nl": "gegeven uit het dossier (overeengekomen loon)",
                    "de": "Angabe der Akte (vereinbarter Satz)"},
    "status.secondary": {"en": "secondary source", "fr": "source secondaire",
                         "nl": "secundaire bron", "de": "Sekundärquelle"},
    "status.derived": {"en": "DERIVED", "fr": "DÉRIVÉ", "nl": "AFGELEID", "de": "ABGELEITET"},
    "status.unverified": {"en": "NOT VERIFIED", "fr": "NON VÉRIFIÉ", "nl": "NIET GEVERIFIEERD",
                          "de": "NICHT GEPRÜFT"},
    "method.cash": {"en": "cash", "fr": "espèces", "nl": "contant", "de": "bar"},
    "method.bank": {"en": "bank transfer", "fr": "virement", "nl": "overschrijving",
                    "de": "Überweisung"},
    "method.other": {"en": "other", "fr": "autre", "nl": "andere", "de": "andere"},
    # ------------------------------------------------------------------ flags on rates
    "flag.title": {"en": "Rates not verified against an official publication",
                   "fr": "Barèmes non vérifiés sur une publication officielle",
                   "nl": "Tarieven niet gecontroleerd aan een officiële publicatie",
                   "de": "Tarife nicht anhand einer amtlichen Veröffentlichung geprüft"},
    "flag.text": {"en": "The amounts of this document use these rate versions: {items}. Check them "
                        "before relying on this document.",
                  "fr": "Les montants de ce document utilisent ces versions de barème : {items}. "
                        "Vérifiez-les avant de vous fonder sur ce document.",
                  "nl": "De bedragen in dit document gebruiken deze tariefversies: {items}. "
                        "Controleer ze voordat u zich op dit document baseert.",
                  "de": "Die Beträge dieses Dokuments beruhen auf diesen Tarifversionen: {items}. "
                        "Prüfen Sie sie, bevor Sie sich auf dieses Dokument stützen."},
    "flag.interest": {"en": "interest", "fr": "intérêts", "nl": "interest", "de": "Zinsen"},
    # ------------------------------------------------------------------ payment order
    "po.to_employer": {"en": "To the employer", "fr": "À l'employeur", "nl": "Aan de werkgever",
                       "de": "An den Arbeitgeber"},
    "po.concerning": {"en": "Concerning the worker", "fr": "Concernant le travailleur",
                      "nl": "Betreffende de werknemer", "de": "Betreffend den Arbeitnehmer"},
    "po.intro_deadline": {
        "en": "Following the inspection of {date} at {place}, the employer is requested to pay the "
              "worker named above the gross amounts still owed below (remuneration and other heads of "
              "claim), with the legal interest, by {deadline} at the latest.",
        "fr": "À la suite du contrôle du {date} à {place}, l'employeur est invité à payer au "
              "travailleur mentionné ci-dessus les montants bruts encore dus ci-dessous (rémunération "
              "et autres chefs de demande), avec les intérêts légaux, au plus tard le {deadline}.",
        "nl": "Naar aanleiding van de controle van {date} te {place} wordt de werkgever verzocht de "
              "hierboven vermelde werknemer de onderstaande nog verschuldigde brutobedragen (loon en "
              "andere vorderingen) te betalen, met de wettelijke interest, uiterlijk op {deadline}.",
        "de": "Im Anschluss an die Kontrolle vom {date} in {place} wird der Arbeitgeber aufgefordert, "
              "dem oben genannten Arbeitnehmer die nachstehenden noch geschuldeten Bruttobeträge "
              "(Entlohnung und andere Anspruchsposten) mit den gesetzlichen Zinsen spätestens am "
              "{deadline} zu zahlen.",
    },
    "po.intro_now": {
        "en": "Following the inspection of {date} at {place}, the employer is requested to pay the "
              "worker named above the gross amounts still owed below (remuneration and other heads of "
              "claim), with the legal interest, without delay.",
        "fr": "À la suite du contrôle du {date} à {place}, l'employeur est invité à payer sans délai "
              "au travailleur mentionné ci-dessus les montants bruts encore dus ci-dessous "
              "(rémunération et autres chefs de demande), avec les intérêts légaux.",
        "nl": "Naar aanleiding van de controle van {date} te {place} wordt de werkgever verzocht de "
              "hierboven vermelde werknemer onverwijld de onderstaande nog verschuldigde brutobedragen "
              "(loon en andere vorderingen) te betalen, met de wettelijke interest.",
        "de": "Im Anschluss an die Kontrolle vom {date} in {place} wird der Arbeitgeber aufgefordert, "
              "dem oben genannten Arbeitnehmer die nachstehenden noch geschuldeten Bruttobeträge "
              "(Entlohnung und andere Anspruchsposten) mit den gesetzlichen Zinsen unverzüglich zu "
              "zahlen.",
    },
    "po.amount_now": {"en": "Amount to pay now (gross)", "fr": "Montant à payer maintenant (brut)",
                      "nl": "Nu te betalen bedrag (bruto)", "de": "Jetzt zu zahlender Betrag (brutto)"},
    "po.interest_to": {"en": "interest calculated up to {date}",
                       "fr": "intérêts calculés jusqu'au {date}",
                       "nl": "interest berekend tot {date}", "de": "Zinsen berechnet bis zum {date}"},
    "po.deadline": {"en": "Payment deadline", "fr": "Délai de paiement", "nl": "Uiterste betaaldatum",
                    "de": "Zahlungsfrist"},
    "po.immediately": {"en": "immediately", "fr": "immédiatement", "nl": "onmiddellijk",
                       "de": "sofort"},
    "po.how": {"en": "How to pay", "fr": "Modalités de paiement", "nl": "Hoe betalen",
               "de": "Zahlungsweise"},
    "po.cash": {
        "en": "In cash: hand the amount to the worker against the cash receipt, signed by the "
              "worker, the employer and the inspector as witness.",
        "fr": "En espèces : remettre le montant au travailleur contre le reçu, signé par le "
              "travailleur, l'employeur et l'inspecteur comme témoin.",
        "nl": "Contant: het bedrag aan de werknemer overhandigen tegen het ontvangstbewijs, "
              "ondertekend door de werknemer, de werkgever en de inspecteur als getuige.",
        "de": "In bar: den Betrag dem Arbeitnehmer gegen die Quittung übergeben, unterschrieben vom "
              "Arbeitnehmer, vom Arbeitgeber und vom Inspektor als Zeugen.",
    },
    "po.bank": {
        "en": "Or by bank transfer to the worker's account (scan the QR code with a banking app):",
        "fr": "Ou par virement sur le compte du travailleur (scannez le code QR avec une "
              "application bancaire) :",
        "nl": "Of per overschrijving op de rekening van de werknemer (scan de QR-code met een "
              "bankapp):",
        "de": "Oder per Überweisung auf das Konto des Arbeitnehmers (QR-Code mit einer Banking-App "
              "scannen):",
    },
    "po.no_iban": {
        "en": "No bank account is known for this worker: payment in cash only, against the cash "
              "receipt.",
        "fr": "Aucun compte bancaire n'est connu pour ce travailleur : paiement en espèces "
              "uniquement, contre le reçu.",
        "nl": "Voor deze werknemer is geen bankrekening bekend: alleen contante betaling, tegen het "
              "ontvangstbewijs.",
        "de": "Für diesen Arbeitnehmer ist kein Bankkonto bekannt: nur Barzahlung gegen Quittung.",
    },
    "po.beneficiary": {"en": "Beneficiary", "fr": "Bénéficiaire", "nl": "Begunstigde",
                       "de": "Empfänger"},
    "po.structured": {"en": "Structured communication", "fr": "Communication structurée",
                      "nl": "Gestructureerde mededeling", "de": "Strukturierte Mitteilung"},
    "po.reference": {"en": "Payment reference", "fr": "Référence du paiement",
                     "nl": "Betalingskenmerk", "de": "Verwendungszweck"},
    "po.qr_caption": {"en": "SEPA transfer (EPC QR)", "fr": "Virement SEPA (QR EPC)",
                      "nl": "SEPA-overschrijving (EPC-QR)", "de": "SEPA-Überweisung (EPC-QR)"},
    "po.periods": {"en": "Periods covered", "fr": "Périodes concernées", "nl": "Betrokken periodes",
                   "de": "Betroffene Zeiträume"},
    "sig.inspector": {"en": "The inspector", "fr": "L'inspecteur", "nl": "De inspecteur",
                      "de": "Der Inspektor"},
    "sig.employer": {"en": "The employer (name and capacity)", "fr": "L'employeur (nom et qualité)",
                     "nl": "De werkgever (naam en hoedanigheid)",
                     "de": "Der Arbeitgeber (Name und Funktion)"},
    "sig.date_signature": {"en": "Date and signature", "fr": "Date et signature",
                           "nl": "Datum en handtekening", "de": "Datum und Unterschrift"},
    "sig.received": {"en": "Received by the employer", "fr": "Reçu par l'employeur",
                     "nl": "Ontvangen door de werkgever", "de": "Vom Arbeitgeber erhalten"},
    # ------------------------------------------------------------------ legal basis
    "legal.heading": {"en": "Legal basis", "fr": "Base légale", "nl": "Rechtsgrond",
                      "de": "Rechtsgrundlage"},
    "legal.wpa": {
        "en": "Law of 12 April 1965 on the protection of workers' remuneration (Wage Protection "
              "Act), art. 9 (when remuneration is due) and art. 10 (interest due by operation of law "
              "on remuneration not paid when due).",
        "fr": "Loi du 12 avril 1965 concernant la protection de la rémunération des travailleurs, "
              "art. 9 (exigibilité de la rémunération) et art. 10 (intérêts dus de plein droit sur la "
              "rémunération non payée à l'échéance).",
        "nl": "Wet van 12 april 1965 betreffende de bescherming van het loon der werknemers, art. 9 "
              "(opeisbaarheid van het loon) en art. 10 (interest van rechtswege verschuldigd op loon "
              "dat niet op de vervaldag is betaald).",
        "de": "Gesetz vom 12. April 1965 über den Schutz der Entlohnung der Arbeitnehmer, Art. 9 "
              "(Fälligkeit der Entlohnung) und Art. 10 (von Rechts wegen geschuldete Zinsen auf nicht "
              "bei Fälligkeit gezahlte Entlohnung).",
    },
    "legal.art21": {
        "en": "Social Penal Code, art. 21: regularisation deadline set by the inspector: {deadline}. "
              "If paid by {deadline}, the inspector may decide not to draw up a report.",
        "fr": "Code pénal social, art. 21 : délai de régularisation fixé par l'inspecteur : "
              "{deadline}. En cas de paiement au plus tard le {deadline}, l'inspecteur peut décider "
              "de ne pas dresser de procès-verbal.",
        "nl": "Sociaal Strafwetboek, art. 21: door de inspecteur vastgestelde regularisatietermijn: "
              "{deadline}. Bij betaling uiterlijk op {deadline} kan de inspecteur beslissen geen "
              "proces-verbaal op te stellen.",
        "de": "Sozialstrafgesetzbuch, Art. 21: vom Inspektor gesetzte Frist zur Regularisierung: "
              "{deadline}. Bei Zahlung bis zum {deadline} kann der Inspektor beschließen, kein "
              "Protokoll aufzunehmen.",
    },
    "legal.art21_none": {
        "en": "Social Penal Code, art. 21: the inspector may set a deadline for regularisation; none "
              "was set in this case, so payment is due immediately.",
        "fr": "Code pénal social, art. 21 : l'inspecteur peut fixer un délai de régularisation ; "
              "aucun délai n'a été fixé dans ce dossier, le paiement est donc dû immédiatement.",
        "nl": "Sociaal Strafwetboek, art. 21: de inspecteur kan een regularisatietermijn vaststellen; "
              "in dit dossier werd er geen vastgesteld, de betaling is dus onmiddellijk verschuldigd.",
        "de": "Sozialstrafgesetzbuch, Art. 21: Der Inspektor kann eine Frist zur Regularisierung "
              "setzen; in dieser Akte wurde keine gesetzt, die Zahlung ist daher sofort fällig.",
    },
    "legal.art162_ref": {
        "en": "Non-payment is punishable under Social Penal Code art. 162 (see the fines and "
              "compensation sheet).",
        "fr": "Le non-paiement est sanctionné par l'art. 162 du Code pénal social (voir la fiche "
              "amendes et indemnisation).",
        "nl": "Niet-betaling wordt bestraft door art. 162 van het Sociaal Strafwetboek (zie het "
              "overzicht boetes en vergoeding).",
        "de": "Die Nichtzahlung wird nach Art. 162 des Sozialstrafgesetzbuchs geahndet (siehe "
              "Übersicht Geldbußen und Entschädigung).",
    },
    "legal.nl_wml": {
        "en": "Minimum Wage and Minimum Holiday Allowance Act (Wet minimumloon en "
              "minimumvakantiebijslag, WML), art. 7: the employer owes the worker at least the "
              "minimum wage.",
        "fr": "Loi néerlandaise sur le salaire minimum et le pécule de vacances minimum (Wet "
              "minimumloon en minimumvakantiebijslag, WML), art. 7 : l'employeur doit au travailleur "
              "au moins le salaire minimum.",
        "nl": "Wet minimumloon en minimumvakantiebijslag (WML), art. 7: de werkgever is de werknemer "
              "ten minste het minimumloon verschuldigd.",
        "de": "Niederländisches Gesetz über den Mindestlohn und das Mindesturlaubsgeld (Wet "
              "minimumloon en minimumvakantiebijslag, WML), Art. 7: Der Arbeitgeber schuldet dem "
              "Arbeitnehmer mindestens den Mindestlohn.",
    },
    "legal.deadline": {
        "en": "Payment deadline set by the inspector: {deadline}.",
        "fr": "Délai de paiement fixé par l'inspecteur : {deadline}.",
        "nl": "Door de inspecteur vastgestelde betalingstermijn: {deadline}.",
        "de": "Vom Inspektor gesetzte Zahlungsfrist: {deadline}.",
    },
    # ------------------------------------------------------------------ receipt
    "rc.amount": {"en": "Amount received (gross)", "fr": "Montant reçu (brut)",
                  "nl": "Ontvangen bedrag (bruto)", "de": "Erhaltener Betrag (brutto)"},
    # ------------------------------------------------------------------ statement
    "st.summary": {"en": "Summary per worker", "fr": "Résumé par travailleur",
                   "nl": "Overzicht per werknemer", "de": "Übersicht je Arbeitnehmer"},
    "st.case_total": {"en": "Case total", "fr": "Total du dossier", "nl": "Totaal dossier",
                      "de": "Summe der Akte"},
    "st.employment": {"en": "Employment", "fr": "Occupation", "nl": "Tewerkstelling",
                      "de": "Beschäftigung"},
    "st.emp_start": {"en": "employed from {start}", "fr": "occupé depuis le {start}",
                     "nl": "in dienst sinds {start}", "de": "beschäftigt seit {start}"},
    "st.emp_sector": {"en": "sector {sector}", "fr": "secteur {sector}", "nl": "sector {sector}",
                      "de": "Sektor {sector}"},
    "st.no_sector": {"en": "national minimum only", "fr": "minimum national uniquement",
                     "nl": "alleen nationaal minimum", "de": "nur nationaler Mindestlohn"},
    "st.emp_category": {"en": "category {category}", "fr": "catégorie {category}",
                        "nl": "categorie {category}", "de": "Kategorie {category}"},
    "st.emp_years": {"en": "{years} function years at start", "fr": "{years} années de fonction au début",
                     "nl": "{years} functiejaren bij aanvang", "de": "{years} Funktionsjahre zu Beginn"},
    "st.emp_weekly": {"en": "full-time regime {weekly} h/week", "fr": "régime à temps plein {weekly} h/semaine",
                      "nl": "voltijdse regeling {weekly} u/week", "de": "Vollzeitregelung {weekly} Std./Woche"},
    "st.emp_agreed": {"en": "agreed rate {rate}/h", "fr": "taux convenu {rate}/h",
                      "nl": "overeengekomen loon {rate}/u", "de": "vereinbarter Lohn {rate}/Std."},
    "st.emp_student": {"en": "student", "fr": "étudiant", "nl": "student", "de": "Student"},
    "st.birth": {"en": "born {date}", "fr": "né(e) le {date}", "nl": "geboren op {date}",
                 "de": "geboren am {date}"},
    "st.periods": {"en": "Periods", "fr": "Périodes", "nl": "Periodes", "de": "Zeiträume"},
    "st.lines": {"en": "Calculation lines", "fr": "Lignes de calcul", "nl": "Berekeningsregels",
                 "de": "Berechnungszeilen"},
    "st.payments": {"en": "Payments recorded", "fr": "Paiements enregistrés",
                    "nl": "Geregistreerde betalingen", "de": "Erfasste Zahlungen"},
    "st.no_payments": {"en": "No payment recorded.", "fr": "Aucun paiement enregistré.",
                       "nl": "Geen betaling geregistreerd.", "de": "Keine Zahlung erfasst."},
    "st.interest_detail": {"en": "Legal interest detail", "fr": "Détail des intérêts légaux",
                           "nl": "Detail wettelijke interest", "de": "Einzelheiten der gesetzlichen Zinsen"},
    "st.no_interest": {"en": "No interest.", "fr": "Pas d'intérêts.", "nl": "Geen interest.",
                       "de": "Keine Zinsen."},
    "st.overpaid": {"en": "{period}: paid {amount} more than due; not set off against other periods.",
                    "fr": "{period} : payé {amount} de plus que le dû ; non compensé avec d'autres périodes.",
                    "nl": "{period}: {amount} meer betaald dan verschuldigd; niet verrekend met andere periodes.",
                    "de": "{period}: {amount} mehr gezahlt als geschuldet; nicht mit anderen Zeiträumen verrechnet."},
    "st.worker_total": {"en": "Total", "fr": "Total", "nl": "Totaal", "de": "Summe"},
    "st.assumptions": {"en": "Assumptions", "fr": "Hypothèses", "nl": "Aannames", "de": "Annahmen"},
    "st.warnings": {"en": "Warnings", "fr": "Avertissements", "nl": "Waarschuwingen",
                    "de": "Warnungen"},
    "st.no_warnings": {"en": "None.", "fr": "Aucun.", "nl": "Geen.", "de": "Keine."},
    "st.sources": {"en": "Rate versions and sources", "fr": "Versions des barèmes et sources",
                   "nl": "Tariefversies en bronnen", "de": "Tarifversionen und Quellen"},
    "st.no_work": {"en": "No work recorded.", "fr": "Aucune prestation enregistrée.",
                   "nl": "Geen arbeid geregistreerd.", "de": "Keine Arbeit erfasst."},
    "assume.gross": {"en": "Amounts are gross.", "fr": "Les montants sont bruts.",
                     "nl": "De bedragen zijn bruto.", "de": "Die Beträge sind Bruttobeträge."},
    "assume.blocks": {
        "en": "Hours blocks (a total over a date range) are spread evenly over their calendar days; "
              "they are not classified as overtime.",
        "fr": "Les blocs d'heures (un total sur une période) sont répartis uniformément sur leurs "
              "jours calendrier ; ils ne sont pas qualifiés d'heures supplémentaires.",
        "nl": "Urenblokken (een totaal over een periode) worden gelijk verdeeld over hun "
              "kalenderdagen; ze worden niet als overuren beschouwd.",
        "de": "Stundenblöcke (eine Summe über einen Zeitraum) werden gleichmäßig auf ihre "
              "Kalendertage verteilt; sie gelten nicht als Überstunden.",
    },
    "assume.estimates": {
        "en": "Estimates: no hour is generated on a day with recorded shifts or hours; payments are "
              "set against recorded work first; interest is not split between recorded and estimated "
              "amounts.",
        "fr": "Estimations : aucune heure n'est générée un jour comportant des prestations ou heures "
              "enregistrées ; les paiements s'imputent d'abord sur le travail enregistré ; les intérêts "
              "ne sont pas ventilés entre montants enregistrés et estimés.",
        "nl": "Schattingen: er worden geen uren gegenereerd op een dag met geregistreerde diensten of "
              "uren; betalingen worden eerst aangerekend op het geregistreerde werk; de interest wordt "
              "niet opgesplitst tussen geregistreerde en geschatte bedragen.",
        "de": "Schätzungen: An einem Tag mit erfassten Schichten oder Stunden werden keine Stunden "
              "erzeugt; Zahlungen werden zuerst auf die erfasste Arbeit angerechnet; die Zinsen werden "
              "nicht zwischen erfassten und geschätzten Beträgen aufgeteilt."},
    "assume.breaks": {"en": "Breaks are taken from the start of a shift.",
                      "fr": "Les pauses sont imputées au début de la prestation.",
                      "nl": "Pauzes worden aan het begin van de dienst aangerekend.",
                      "de": "Pausen werden vom Beginn der Schicht abgezogen."},
    "assume.interest": {
        "en": "Interest: simple, on the unpaid gross amount, from the day after the due date to the "
              "as-of date inclusive, days/365, split at 1 January.",
        "fr": "Intérêts : simples, sur le montant brut impayé, du lendemain de l'échéance jusqu'à la "
              "date de calcul incluse, jours/365, scindés au 1er janvier.",
        "nl": "Interest: enkelvoudig, op het onbetaalde brutobedrag, vanaf de dag na de vervaldag tot "
              "en met de berekeningsdatum, dagen/365, gesplitst op 1 januari.",
        "de": "Zinsen: einfach, auf den nicht gezahlten Bruttobetrag, vom Tag nach der Fälligkeit bis "
              "einschließlich zum Berechnungsstichtag, Tage/365, aufgeteilt zum 1. Januar.",
    },
    "assume.daily_calendar": {
        "en": ("Where overtime applies, the daily limit is counted per calendar day (a shift "
               "over midnight is split at midnight): the law does not say whether per day or per "
               "shift; this is the default."),
        "fr": "Lorsque des heures supplémentaires s'appliquent, la limite journalière est comptée "
              "par jour calendrier (une prestation passant minuit est scindée à minuit) : la loi ne "
              "précise pas si c'est par jour ou par prestation ; c'est le choix par défaut.",
        "nl": "Waar overuren gelden, wordt de daggrens per kalenderdag geteld (een dienst over "
              "middernacht wordt om middernacht gesplitst): de wet zegt niet of dat per dag of per "
              "dienst is; dit is de standaardkeuze.",
        "de": "Wo Überstunden gelten, wird die Tagesgrenze je Kalendertag gezählt (eine Schicht über "
              "Mitternacht wird um Mitternacht geteilt): Das Gesetz sagt nicht, ob je Tag oder je "
              "Schicht; dies ist die Voreinstellung.",
    },
    "assume.daily_shift": {
        "en": ("Where overtime applies, the daily limit is counted per shift (a shift over "
               "midnight counts as one): the inspector's choice in this case; the law does not "
               "say which."),
        "fr": "Lorsque des heures supplémentaires s'appliquent, la limite journalière est comptée "
              "par prestation (une prestation passant minuit compte pour une) : choix de "
              "l'inspecteur dans ce dossier ; la loi ne précise pas lequel.",
        "nl": "Waar overuren gelden, wordt de daggrens per dienst geteld (een dienst over middernacht "
              "telt als één): keuze van de inspecteur in dit dossier; de wet zegt niet welke.",
        "de": "Wo Überstunden gelten, wird die Tagesgrenze je Schicht gezählt (eine Schicht über "
              "Mitternacht zählt als eine): Wahl des Inspektors in dieser Akte; das Gesetz sagt "
              "nicht, welche.",
    },
    "assume.net": {
        "en": "Payments were recorded net and converted to gross × {factor} ({description}).",
        "fr": "Les paiements ont été enregistrés en net et convertis en brut × {factor} "
              "({description}).",
        "nl": "Betalingen werden netto geregistreerd en omgerekend naar bruto × {factor} "
              "({description}).",
        "de": "Zahlungen wurden netto erfasst und in brutto umgerechnet × {factor} ({description}).",
    },
    "warn.unverified": {"en": "{ref} is NOT VERIFIED ({title}); check it before relying on it.",
                        "fr": "{ref} n'est PAS VÉRIFIÉ ({title}) ; à contrôler avant de s'y fonder.",
                        "nl": "{ref} is NIET GEVERIFIEERD ({title}); controleer het voor u erop steunt.",
                        "de": "{ref} ist NICHT GEPRÜFT ({title}); vor Verwendung prüfen."},
    "warn.derived": {"en": "{ref} is derived by calculation, not read in a published table ({title}).",
                     "fr": "{ref} est dérivé par calcul, non lu dans un tableau publié ({title}).",
                     "nl": "{ref} is afgeleid door berekening, niet gelezen in een gepubliceerde tabel ({title}).",
                     "de": "{ref} ist rechnerisch abgeleitet, nicht einer veröffentlichten Tabelle entnommen ({title})."},
    "warn.outdated": {
        "en": "Rates may be out of date: {table} was reviewed through {date}; this document uses "
              "later dates, and a newer version (e.g. an indexation) may be missing.",
        "fr": "Barème peut-être dépassé : {table} a été vérifié jusqu'au {date} ; ce document porte "
              "sur des dates postérieures et une version plus récente (p. ex. une indexation) peut manquer.",
        "nl": "Tarieven mogelijk verouderd: {table} is nagekeken tot {date}; dit document gebruikt "
              "latere data en een nieuwere versie (bv. een indexering) kan ontbreken.",
        "de": "Tarife möglicherweise veraltet: {table} wurde bis {date} geprüft; dieses Dokument "
              "betrifft spätere Daten, eine neuere Fassung (z. B. eine Indexierung) kann fehlen."},
    "warn.outdated_many": {
        "en": "Rates may be out of date: {items}; this document uses later dates, and newer versions "
              "(e.g. an indexation) may be missing.",
        "fr": "Barèmes peut-être dépassés : {items} ; ce document porte sur des dates postérieures et "
              "des versions plus récentes (p. ex. une indexation) peuvent manquer.",
        "nl": "Tarieven mogelijk verouderd: {items}; dit document gebruikt latere data en nieuwere "
              "versies (bv. een indexering) kunnen ontbreken.",
        "de": "Tarife möglicherweise veraltet: {items}; dieses Dokument betrifft spätere Daten, "
              "neuere Fassungen (z. B. eine Indexierung) können fehlen."},
    "warn.outdated_item": {"en": "{table} reviewed through {date}", "fr": "{table} vérifié jusqu'au {date}",
                           "nl": "{table} nagekeken tot {date}", "de": "{table} geprüft bis {date}"},
    "warn.outdated_gap": {
        "en": "Rates may be out of date: the figures of {table} in force from {date} are not in the "
              "catalogue; the previous figures were used and may be too low.",
        "fr": "Barème peut-être dépassé : les montants de {table} en vigueur à partir du {date} ne sont "
              "pas dans le catalogue ; les montants précédents ont été utilisés et peuvent être trop bas.",
        "nl": "Tarieven mogelijk verouderd: de bedragen van {table} vanaf {date} staan niet in de "
              "catalogus; de vorige bedragen zijn gebruikt en kunnen te laag zijn.",
        "de": "Tarife möglicherweise veraltet: die ab {date} geltenden Beträge von {table} fehlen im "
              "Katalog; die vorherigen Beträge wurden verwendet und können zu niedrig sein."},
    "warn.sector-youth-conflict": {
        "en": "{name} is a minor ({age}) in {table}: the full category scale is used (the official "
              "FPS pages: youth wages abolished); a sector source gives {percent} % at this age. "
              "The reading is disputed: check before relying on it.",
        "fr": "{name} est mineur ({age} ans) dans {table} : le barème complet de la catégorie est "
              "appliqué (pages officielles du SPF : salaires des jeunes supprimés) ; une source "
              "sectorielle indique {percent} % à cet âge. La lecture est contestée : à vérifier.",
        "nl": "{name} is minderjarig ({age} jaar) in {table}: het volledige loon van de categorie "
              "wordt toegepast (officiële FOD-pagina's: jongerenlonen afgeschaft); een sectorbron "
              "vermeldt {percent} % op deze leeftijd. De lezing is betwist: controleer ze.",
        "de": "{name} ist minderjährig ({age} Jahre) in {table}: die volle Kategorieskala wird "
              "angewandt (offizielle Seiten des FÖD: Jugendlöhne abgeschafft); eine Sektorquelle "
              "nennt {percent} % in diesem Alter. Die Auslegung ist strittig: bitte prüfen.",
    },
    "warn.line": {"en": "{what} has status {status}.", "fr": "{what} a le statut {status}.",
                  "nl": "{what} heeft status {status}.", "de": "{what} hat den Status {status}."},
    # ------------------------------------------------------------------ fines sheet
    "fn.offence_period": {"en": "Offence period", "fr": "Période infractionnelle",
                          "nl": "Periode van de inbreuk", "de": "Tatzeitraum"},
    "fn.regime": {"en": "Regime in force on", "fr": "Régime en vigueur le",
                  "nl": "Regeling van kracht op", "de": "Geltende Regelung am"},
    "fn.level": {"en": "Sanction level", "fr": "Niveau de sanction", "nl": "Sanctieniveau",
                 "de": "Sanktionsstufe"},
    "fn.aggravated": {"en": "aggravated", "fr": "aggravé", "nl": "verzwaard", "de": "erschwert"},
    "fn.multiplier": {"en": "Surcharge multiplier", "fr": "Décimes additionnels (multiplicateur)",
                      "nl": "Opdeciemen (vermenigvuldiger)", "de": "Zuschlagzehntel (Multiplikator)"},
    "fn.concerned": {"en": "Workers concerned (counted)", "fr": "Travailleurs concernés (comptés)",
                     "nl": "Betrokken werknemers (meegeteld)", "de": "Betroffene Arbeitnehmer (gezählt)"},
    "fn.admin_per_worker": {"en": "Administrative fine per worker",
                            "fr": "Amende administrative par travailleur",
                            "nl": "Administratieve geldboete per werknemer",
                            "de": "Verwaltungsgeldbuße je Arbeitnehmer"},
    "fn.admin_total": {"en": "Administrative fine, total", "fr": "Amende administrative, total",
                       "nl": "Administratieve geldboete, totaal", "de": "Verwaltungsgeldbuße, gesamt"},
    "fn.criminal_per_worker": {"en": "Criminal fine per worker", "fr": "Amende pénale par travailleur",
                               "nl": "Strafrechtelijke geldboete per werknemer",
                               "de": "Strafrechtliche Geldbuße je Arbeitnehmer"},
    "fn.criminal_total": {"en": "Criminal fine, total", "fr": "Amende pénale, total",
                          "nl": "Strafrechtelijke geldboete, totaal",
                          "de": "Strafrechtliche Geldbuße, gesamt"},
    "fn.prison": {"en": "Imprisonment (months)", "fr": "Emprisonnement (mois)",
                  "nl": "Gevangenisstraf (maanden)", "de": "Freiheitsstrafe (Monate)"},
    "fn.range": {"en": "{min} to {max}", "fr": "{min} à {max}", "nl": "{min} tot {max}",
                 "de": "{min} bis {max}"},
    "fn.nl_total": {"en": "Total fine (WML)", "fr": "Amende totale (WML)", "nl": "Totale boete (WML)",
                    "de": "Geldbuße insgesamt (WML)"},
    "fn.figures": {"en": "Figures", "fr": "Chiffres", "nl": "Cijfers", "de": "Zahlen"},
    "fn.per_worker": {"en": "Compensation owed to each worker and the fine it drives",
                      "fr": "Indemnisation due à chaque travailleur et amende correspondante",
                      "nl": "Vergoeding verschuldigd aan elke werknemer en de bijbehorende boete",
                      "de": "Jedem Arbeitnehmer geschuldete Entschädigung und zugehörige Geldbuße"},
    "fn.compensation_note": {
        "en": "The compensation (unpaid wages + interest) is owed to the worker in addition to any "
              "fine.",
        "fr": "L'indemnisation (rémunération impayée + intérêts) est due au travailleur en plus de "
              "toute amende.",
        "nl": "De vergoeding (onbetaald loon + interest) is aan de werknemer verschuldigd bovenop een "
              "eventuele boete.",
        "de": "Die Entschädigung (nicht gezahlter Lohn + Zinsen) ist dem Arbeitnehmer zusätzlich zu "
              "einer Geldbuße geschuldet.",
    },
    "fn.no_fine": {"en": "No underpayment: no fine.", "fr": "Aucun sous-paiement : pas d'amende.",
                   "nl": "Geen onderbetaling: geen boete.", "de": "Keine Unterbezahlung: keine Geldbuße."},
    "fn.cap_note": {"en": "{n} workers concerned; the fine is multiplied by at most {cap}.",
                    "fr": "{n} travailleurs concernés ; l'amende est multipliée au maximum par {cap}.",
                    "nl": "{n} betrokken werknemers; de boete wordt met ten hoogste {cap} vermenigvuldigd.",
                    "de": "{n} betroffene Arbeitnehmer; die Geldbuße wird höchstens mit {cap} multipliziert."},
    "fn.aggr_note": {"en": "Aggravated variant chosen by the inspector (offences: {offences}).",
                     "fr": "Variante aggravée retenue par l'inspecteur (infractions : {offences}).",
                     "nl": "Verzwaarde variant gekozen door de inspecteur (inbreuken: {offences}).",
                     "de": "Erschwerte Variante vom Inspektor gewählt (Verstöße: {offences})."},
    "fn.aggr_missing": {"en": "Aggravation flagged, but the regime in force has no aggravated variant.",
                        "fr": "Aggravation signalée, mais le régime en vigueur n'a pas de variante aggravée.",
                        "nl": "Verzwaring aangeduid, maar de geldende regeling kent geen verzwaarde variant.",
                        "de": "Erschwerung angegeben, aber die geltende Regelung kennt keine erschwerte Variante."},
    "fn.nl_note": {"en": "The fine goes to the State; the arrears are owed to the worker on top of it.",
                   "fr": "L'amende revient à l'État ; les arriérés sont dus au travailleur en plus.",
                   "nl": "De boete gaat naar de Staat; de achterstallige lonen zijn daarbovenop aan de werknemer verschuldigd.",
                   "de": "Die Geldbuße geht an den Staat; die Rückstände sind dem Arbeitnehmer zusätzlich geschuldet."},
    "fn.source": {"en": "Sanctions table", "fr": "Table des sanctions", "nl": "Sanctietabel",
                  "de": "Sanktionstabelle"},
    "fn.notes": {"en": "Notes", "fr": "Remarques", "nl": "Opmerkingen", "de": "Hinweise"},
    # ------------------------------------------------------------------ estimates (docs/estimates.md)
    "est.heading": {"en": "Estimated amounts", "fr": "Montants estimés", "nl": "Geschatte bedragen",
                    "de": "Geschätzte Beträge"},
    "est.mark": {"en": "estimated", "fr": "estimé", "nl": "geschat", "de": "geschätzt"},
    "est.basis.findings": {"en": "the inspector's findings", "fr": "constatations de l'inspecteur",
                           "nl": "vaststellingen van de inspecteur", "de": "Feststellungen des Inspektors"},
    "est.basis.presumption_be_2013": {
        "en": "legal presumption of the Law of 11 February 2013 (illegally staying third-country "
              "national: at least {months} months of work)",
        "fr": "présomption légale de la loi du 11 février 2013 (ressortissant d'un pays tiers en "
              "séjour illégal : au moins {months} mois d'occupation)",
        "nl": "wettelijk vermoeden van de wet van 11 februari 2013 (illegaal verblijvende onderdaan "
              "van een derde land: ten minste {months} maanden tewerkstelling)",
        "de": "gesetzliche Vermutung des Gesetzes vom 11. Februar 2013 (illegal aufhältiger "
              "Drittstaatsangehöriger: mindestens {months} Monate Beschäftigung)"},
    "est.basis.presumption_nl_wav23": {
        "en": "legal presumption of art. 23 Wav (foreign national employed illegally: at least "
              "{months} months of work)",
        "fr": "présomption légale de l'art. 23 Wav (étranger occupé illégalement : au moins "
              "{months} mois de travail)",
        "nl": "wettelijk vermoeden van art. 23 Wav (illegaal tewerkgestelde vreemdeling: ten minste "
              "{months} maanden arbeid)",
        "de": "gesetzliche Vermutung von Art. 23 Wav (illegal beschäftigter Ausländer: mindestens "
              "{months} Monate Arbeit)"},
    "est.basis.average_nl_7_610b": {
        "en": "legal presumption of art. 7:610b BW (a month's work is the average of the {months} "
              "months before)",
        "fr": "présomption légale de l'art. 7:610b BW (le travail d'un mois est la moyenne des "
              "{months} mois précédents)",
        "nl": "rechtsvermoeden van art. 7:610b BW (de omvang van de arbeid in een maand is het "
              "gemiddelde van de {months} voorafgaande maanden)",
        "de": "gesetzliche Vermutung von Art. 7:610b BW (die Arbeit eines Monats ist der "
              "Durchschnitt der {months} vorangehenden Monate)"},
    # the payment order's one paragraph on estimates (documents/render.py estimates_line)
    "est.short.findings": {"en": "inspector's findings", "fr": "constatations de l'inspecteur",
                           "nl": "vaststellingen van de inspecteur", "de": "Feststellungen des Inspektors"},
    "est.short.presumption_be_2013": {"en": "legal presumption of the Law of 11 February 2013",
                                      "fr": "présomption légale de la loi du 11 février 2013",
                                      "nl": "wettelijk vermoeden van de wet van 11 februari 2013",
                                      "de": "gesetzliche Vermutung des Gesetzes vom 11. Februar 2013"},
    "est.short.presumption_nl_wav23": {"en": "legal presumption of art. 23 Wav",
                                       "fr": "présomption légale de l'art. 23 Wav",
                                       "nl": "wettelijk vermoeden van art. 23 Wav",
                                       "de": "gesetzliche Vermutung von Art. 23 Wav"},
    "est.short.average_nl_7_610b": {"en": "legal presumption of art. 7:610b BW",
                                    "fr": "présomption légale de l'art. 7:610b BW",
                                    "nl": "rechtsvermoeden van art. 7:610b BW",
                                    "de": "gesetzliche Vermutung von Art. 7:610b BW"},
    "est.rebut_short": {"en": "(the employer can rebut it)", "fr": "(l'employeur peut la renverser)",
                        "nl": "(de werkgever kan het weerleggen)", "de": "(der Arbeitgeber kann sie widerlegen)"},
    "est.see_statement": {"en": "Details and evidence: calculation statement.",
                          "fr": "Détail et preuves : décompte de calcul.",
                          "nl": "Details en bewijs: berekeningsstaat.",
                          "de": "Einzelheiten und Beweise: Berechnungsaufstellung."},
    "est.line": {"en": "Estimate {n}: {basis}; from {start} to {end}: {hours} h on {days} day(s).",
                 "fr": "Estimation {n} : {basis} ; du {start} au {end} : {hours} h sur {days} jour(s).",
                 "nl": "Schatting {n}: {basis}; van {start} tot {end}: {hours} u op {days} dag(en).",
                 "de": "Schätzung {n}: {basis}; vom {start} bis {end}: {hours} Std. an {days} Tag(en)."},
    "est.evidence": {"en": "Evidence: {evidence}", "fr": "Éléments de preuve : {evidence}",
                     "nl": "Bewijsmiddelen: {evidence}", "de": "Beweismittel: {evidence}"},
    "est.legal": {"en": "Legal basis: {instrument}.", "fr": "Base légale : {instrument}.",
                  "nl": "Rechtsgrond: {instrument}.", "de": "Rechtsgrundlage: {instrument}."},
    "est.rebuttable": {
        "en": "This is a presumption: the employer can rebut it by proving the contrary (for "
              "example the actual start date or the hours actually worked).",
        "fr": "Il s'agit d'une présomption : l'employeur peut la renverser en apportant la preuve "
              "contraire (par exemple la date réelle de début ou les heures réellement prestées).",
        "nl": "Dit is een vermoeden: de werkgever kan het weerleggen door het tegendeel te bewijzen "
              "(bijvoorbeeld de werkelijke begindatum of de werkelijk gepresteerde uren).",
        "de": "Es handelt sich um eine Vermutung: Der Arbeitgeber kann sie durch den Beweis des "
              "Gegenteils widerlegen (zum Beispiel das tatsächliche Anfangsdatum oder die "
              "tatsächlich geleisteten Stunden)."},
    "est.hours_inferred": {
        "en": "The law presumes the duration of the work, not its hours: the hours are the "
              "schedule set by the inspector.",
        "fr": "La loi présume la durée de l'occupation, pas ses heures : les heures sont l'horaire "
              "retenu par l'inspecteur.",
        "nl": "De wet vermoedt de duur van de tewerkstelling, niet de uren: de uren zijn het rooster "
              "dat de inspecteur aanhoudt.",
        "de": "Das Gesetz vermutet die Dauer der Beschäftigung, nicht die Stunden: Die Stunden sind "
              "der vom Inspektor zugrunde gelegte Zeitplan."},
    "est.onss_only": {
        "en": "Part-time to full-time presumption (ONSS law art. 22ter, Programme Law art. 171): it "
              "binds only the ONSS; for wages the hours stand only as the inspector's findings "
              "(Cass. 29 February 2016, 24 April 2023).",
        "fr": "Présomption de temps plein (loi ONSS art. 22ter, loi-programme art. 171) : elle ne "
              "vaut qu'au profit de l'ONSS ; pour la rémunération, les heures ne valent que comme "
              "constatations de l'inspecteur (Cass. 29 février 2016, 24 avril 2023).",
        "nl": "Vermoeden van voltijdse tewerkstelling (RSZ-wet art. 22ter, programmawet art. 171): "
              "het geldt alleen voor de RSZ; voor het loon gelden de uren enkel als vaststellingen "
              "van de inspecteur (Cass. 29 februari 2016, 24 april 2023).",
        "de": "Vermutung der Vollzeitbeschäftigung (LSS-Gesetz Art. 22ter, Programmgesetz Art. 171): "
              "Sie gilt nur zugunsten des LSS; für den Lohn gelten die Stunden nur als Feststellungen "
              "des Inspektors (Kass. 29. Februar 2016, 24. April 2023)."},
    "est.civil": {
        "en": "A civil presumption the worker can invoke in a claim; the Labour Authority cannot "
              "order back pay on it.",
        "fr": "Présomption civile que le travailleur peut invoquer dans une action ; l'Inspection du "
              "travail ne peut pas ordonner d'arriérés sur cette base.",
        "nl": "Een civielrechtelijk vermoeden waarop de werknemer zich in een vordering kan beroepen; "
              "de Arbeidsinspectie kan op die grond geen nabetaling opleggen.",
        "de": "Eine zivilrechtliche Vermutung, auf die sich der Arbeitnehmer in einer Klage berufen "
              "kann; die Arbeitsinspektion kann darauf keine Nachzahlung anordnen."},
    "est.of_which": {"en": "Of which estimated: due {due}, unpaid {unpaid}.",
                     "fr": "Dont estimé : dû {due}, impayé {unpaid}.",
                     "nl": "Waarvan geschat: verschuldigd {due}, onbetaald {unpaid}.",
                     "de": "Davon geschätzt: geschuldet {due}, unbezahlt {unpaid}."},
    "st.emp_start_unknown": {"en": "start unknown (presumed from {start})",
                             "fr": "début inconnu (présumé à partir du {start})",
                             "nl": "begin onbekend (vermoed vanaf {start})",
                             "de": "Beginn unbekannt (vermutet ab {start})"},
}


def t(key: str, lang: str, **values: object) -> str:
    """The text ``key`` in ``lang`` with ``{placeholders}`` filled; English when a language lacks it.
    A value ending in a full stop (a Bulgarian or Ukrainian date: ``14 юли 2025 г.``) takes the
    place of the full stop after it: never two."""
    entry = TEXTS[key]
    text = entry.get(lang) or entry["en"]
    if not values:
        return text
    for name, value in values.items():
        if isinstance(value, str) and value.endswith("."):
            text = text.replace(f"{{{name}}}.", f"{{{name}}}")
    return text.format(**values)


def has(key: str) -> bool:
    """Whether ``key`` is a known text."""
    return key in TEXTS
