<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en_GB">
<context>
    <name>AddVersionDialog</name>
    <message>
        <location filename="../dialogs/rates_browser.py" line="+558"/>
        <source>Index {0}</source>
        <translation>Indexer {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a version to {0}</source>
        <translation>Ajouter une version à {0}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>In force from</source>
        <translation>En vigueur à partir du</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Index percentage</source>
        <translation>Pourcentage d&apos;indexation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you read, e.g. FPS Employment, PC 302, 01/01/2027</source>
        <translation>Ce que vous avez lu, p. ex. SPF Emploi, CP 302, 01/01/2027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source title</source>
        <translation>Titre de la source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source URL</source>
        <translation>URL de la source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instrument (optional)</source>
        <translation>Instrument juridique (facultatif)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviewed through</source>
        <translation>Vérifié jusqu&apos;au</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Paste the figures as a column (one a line), or KEY=VALUE lines</source>
        <translation>Collez les montants en colonne (un par ligne), ou des lignes CLÉ=VALEUR</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Differences against the previous version:</source>
        <translation>Différences par rapport à la version précédente :</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Show differences</source>
        <translation>Afficher les différences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} figures, in this order: {1}</source>
        <translation>{0} montants, dans cet ordre : {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No earlier version: give KEY=VALUE lines.</source>
        <translation>Aucune version antérieure : donnez des lignes CLÉ=VALEUR.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Some figures fall or change by more than 10 %: check them (marked CHECK) before saving.</source>
        <translation>Certains montants baissent ou changent de plus de 10 % : vérifiez-les (marqués CHECK) avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Implausible changes</source>
        <translation>Changements invraisemblables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some figures fall or change by more than 10 %. Save them anyway?</source>
        <translation>Certains montants baissent ou changent de plus de 10 %. Les enregistrer quand même ?</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="+73"/>
        <source>The rate files cannot be used:</source>
        <translation>Les fichiers de taux ne peuvent pas être utilisés :</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../background.py" line="+189"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../widgets/banner.py" line="+56"/>
        <location line="+44"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>… and {0} more</source>
        <translation>… et {0} de plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../widgets/case_page.py" line="+61"/>
        <source>the pay day is a day of the month, 1 to 31</source>
        <translation>le jour de paie est un jour du mois, de 1 à 31</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpaid</source>
        <translation>Impayé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owed now</source>
        <translation>Dû à ce jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a worker to edit their shifts and payments.</source>
        <translation>Double-cliquez sur un travailleur pour modifier ses prestations et paiements.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rate versions used</source>
        <translation>Versions de taux utilisées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate table</source>
        <translation>Table de taux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In force from</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jurisdiction</source>
        <translation>juridiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>as-of date</source>
        <translation>date de calcul</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Due and paid per worker</source>
        <translation>Dû et payé par travailleur</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>employer name</source>
        <translation>nom de l&apos;employeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise number</source>
        <translation>Numéro d&apos;entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enterprise number</source>
        <translation>numéro d&apos;entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employer address</source>
        <translation>adresse de l&apos;employeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection date</source>
        <translation>date de l&apos;inspection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interest runs to this date; the case is computed as on this day. It follows the inspection date unless you change it.</source>
        <translation>Les intérêts courent jusqu&apos;à cette date ; le dossier est calculé à ce jour. Elle suit la date d&apos;inspection tant que vous ne la modifiez pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts as of</source>
        <translation>Montants au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>lieu</translation>
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
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pay period</source>
        <translation>période de paie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay period</source>
        <translation>Période de paie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net (converted to gross)</source>
        <translation>Net (converti en brut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments recorded</source>
        <translation>Paiements enregistrés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gross = net × factor</source>
        <translation>brut = net × facteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Net to gross factor</source>
        <translation>Facteur net-brut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion used</source>
        <translation>Conversion utilisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay day</source>
        <translation>jour de paie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>legal due date</source>
        <translation>échéance légale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the month wages are due; empty: the legal due date (Belgium: 4th working day after the period, Saturday included; Netherlands: last day of the period)</source>
        <translation>Jour du mois où la rémunération est due ; vide : l&apos;échéance légale (Belgique : 4e jour ouvrable après la période, samedi compris ; Pays-Bas : dernier jour de la période)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pay day</source>
        <translation>Jour de paie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regularisation deadline</source>
        <translation>Délai de régularisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regularisation deadline</source>
        <translation>délai de régularisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggravated offence</source>
        <translation>Infraction aggravée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector minimum wage unpaid together with two or more listed offences (art. 162 Social Penal Code)</source>
        <translation>Salaire minimum sectoriel impayé en concours avec au moins deux infractions visées (art. 162 Code pénal social)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aggravation</source>
        <translation>aggravation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other offences</source>
        <translation>Autres infractions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offences</source>
        <translation>infractions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit {0}</source>
        <translation>Modifier : {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit payments recorded</source>
        <translation>Modifier les paiements enregistrés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit net conversion</source>
        <translation>Modifier la conversion net-brut</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>required for net payments</source>
        <translation>obligatoire pour des paiements nets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how the factor was obtained</source>
        <translation>comment le facteur a été obtenu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No result yet.</source>
        <translation>Pas encore de résultat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Verification code: {0}</source>
        <translation>Code de vérification : {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed now (unpaid + interest)</source>
        <translation>Dû à ce jour (impayé + intérêts)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not up to date: fix the problems shown above.</source>
        <translation>Pas à jour : corrigez les problèmes indiqués plus haut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as of {0}</source>
        <translation>au {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Employer must pay now</source>
        <translation>L&apos;employeur doit payer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funds, once the wages are declared</source>
        <translation>Fonds, une fois la rémunération déclarée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A court may award up to</source>
        <translation>Un tribunal peut accorder jusqu&apos;à</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heads of claim</source>
        <translation>Chefs de demande</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Daily overtime per shift (inspector&apos;s choice)</source>
        <translation>Heures supplémentaires journalières par prestation (choix de l&apos;inspecteur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the daily overtime limit per shift instead of per calendar day (the default); the law does not say which, the statement says what was used</source>
        <translation>Compter la limite journalière des heures supplémentaires par prestation plutôt que par jour calendrier (par défaut) ; la loi ne précise pas lequel, le décompte indique ce qui a été utilisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>daily overtime basis</source>
        <translation>base des heures supplémentaires journalières</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../widgets/claims_panel.py" line="+107"/>
        <source>due</source>
        <translation>dû</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpaid</source>
        <translation>impayé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total unpaid</source>
        <translation>total impayé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim check</source>
        <translation>Contrôle des réclamations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What-if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Claim</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New claim (per period)</source>
        <translation>Nouvelle réclamation (par période)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New claim (total over dates)</source>
        <translation>Nouvelle réclamation (total sur une période)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete claim</source>
        <translation>Supprimer la réclamation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>who claims (lawyer, union, employer...)</source>
        <translation>qui réclame (avocat, syndicat, employeur…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claimed by</source>
        <translation>Réclamé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the claim</source>
        <translation>Date de la réclamation</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+58"/>
        <location line="+63"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+63"/>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>Unpaid</source>
        <translation>Impayé</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Add period</source>
        <translation>Ajouter une période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove period</source>
        <translation>Retirer la période</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total unpaid claimed</source>
        <translation>Total impayé réclamé</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Réclamé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely cause</source>
        <translation>Cause probable</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>Calculé au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed hourly rate</source>
        <translation>Taux horaire convenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute what-if</source>
        <translation>Calculer la simulation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due (what-if)</source>
        <translation>Dû (simulation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid (what-if)</source>
        <translation>Impayé (simulation)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest (what-if)</source>
        <translation>Intérêts (simulation)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference owed now</source>
        <translation>Différence du dû à ce jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owed now before and after the what-if</source>
        <translation>Dû à ce jour avant et après la simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed now</source>
        <translation>Dû à ce jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With the what-if</source>
        <translation>Avec la simulation</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Checking the claims…</source>
        <translation>Vérification des réclamations…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The claims cannot be checked: {0}</source>
        <translation>Les réclamations ne peuvent pas être contrôlées : {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per period</source>
        <translation>par période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(claimant not named)</source>
        <translation>(demandeur non nommé)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>agrees to the cent</source>
        <translation>concorde au cent près</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cause not found from the case&apos;s inputs</source>
        <translation>cause non trouvée dans les données du dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>computed unpaid: {0}</source>
        <translation>impayé calculé : {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} of {1} figures agree to the cent; sum of differences {2}.</source>
        <translation>{0} chiffres sur {1} concordent au cent près ; somme des différences {2}.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Date of the claim: {0}</source>
        <translation>Date de la réclamation : {0}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Type at least one claimed amount (due, paid or unpaid) for the new period.</source>
        <translation>Saisissez au moins un montant réclamé (dû, payé ou impayé) pour la nouvelle période.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a pay period is required ({0} or {1})</source>
        <translation>une période de paie est requise ({0} ou {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row {0}, period: {1}</source>
        <translation>ligne {0}, période : {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row {0}, {1}: {2}</source>
        <translation>ligne {0}, {1} : {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row {0}: type at least one of due, paid, unpaid</source>
        <translation>ligne {0} : saisissez au moins dû, payé ou impayé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Computing the what-if…</source>
        <translation>Calcul de la simulation…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes: {0}</source>
        <translation>Changements : {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Owed now: {0} → {1} (difference {2})</source>
        <translation>Dû à ce jour : {0} → {1} (différence {2})</translation>
    </message>
</context>
<context>
    <name>CopyWeekDialog</name>
    <message>
        <location filename="../dialogs/quick_fill.py" line="+145"/>
        <source>Copy a week</source>
        <translation>Copier une semaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any day of the week to copy (Monday to Sunday)</source>
        <translation>Un jour quelconque de la semaine à copier (lundi à dimanche)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace shifts already entered on the target days</source>
        <translation>Remplacer les prestations déjà saisies aux jours cibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to the next … weeks</source>
        <translation>Copier sur les … semaines suivantes</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../widgets/documents_panel.py" line="+133"/>
        <location line="+37"/>
        <source>Issue documents</source>
        <translation>Émettre les documents</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+277"/>
        <location line="+72"/>
        <location line="+4"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="-347"/>
        <location line="+36"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>each worker&apos;s own language</source>
        <translation>la langue de chaque travailleur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker&apos;s part in</source>
        <translation>Partie du travailleur en</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+62"/>
        <source>Issued documents</source>
        <translation>Documents émis</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select several documents (Ctrl or Shift) to print them together</source>
        <translation>Sélectionnez plusieurs documents (Ctrl ou Maj) pour les imprimer ensemble</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+458"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="-455"/>
        <source>Save PDF as…</source>
        <translation>Enregistrer le PDF sous…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Issue a document or select an issued one to preview it here.</source>
        <translation>Émettez un document ou choisissez un document émis pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>next to the case file (you are asked where to save the case first)</source>
        <translation>à côté du fichier du dossier (on vous demande d&apos;abord où enregistrer le dossier)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+103"/>
        <source>The document module is not installed in this version.</source>
        <translation>Le module des documents n&apos;est pas installé dans cette version.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>OUTDATED → {0}</source>
        <translation>PÉRIMÉ → {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUTDATED</source>
        <translation>PÉRIMÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: the case no longer gives the amounts of this document (issued with {1}). Issue a new one.</source>
        <translation>{0} : le dossier ne donne plus les montants de ce document (émis avec {1}). Émettez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matches the case</source>
        <translation>conforme au dossier</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Folder for the documents</source>
        <translation>Dossier des documents</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose at least one document.</source>
        <translation>Choisissez au moins un document.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one worker.</source>
        <translation>Choisissez au moins un travailleur.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} is owed nothing on {1}: {2} not issued.</source>
        <translation>Rien n&apos;est dû à {0} au {1} : document « {2} » non émis.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Issuing documents…</source>
        <translation>Émission des documents…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: the documents listed were issued, the others not.</source>
        <translation>Annulé : les documents listés ont été émis, les autres non.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Some documents could not be issued:</source>
        <translation>Certains documents n&apos;ont pas pu être émis :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} document(s) written to {1}</source>
        <translation>{0} document(s) écrit(s) dans {1}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The file of this document is not found (moved or deleted).</source>
        <translation>Le fichier de ce document est introuvable (déplacé ou supprimé).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview: {0}</source>
        <translation>Aperçu : {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pages cannot be shown here ({0}). Open the PDF or print it.</source>
        <translation>Les pages ne peuvent pas être affichées ici ({0}). Ouvrez le PDF ou imprimez-le.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>page {0} / {1}</source>
        <translation>page {0} / {1}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print {0} documents…</source>
        <translation>Imprimer {0} documents…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a document to print.</source>
        <translation>Choisissez un document à imprimer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot print: {0}. Open the PDF and print it from there.</source>
        <translation>Impression impossible : {0}. Ouvrez le PDF et imprimez-le depuis là.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} page(s) sent to the printer</source>
        <translation>{0} page(s) envoyée(s) à l&apos;imprimante</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Save PDF as</source>
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
</context>
<context>
    <name>DuePaidChart</name>
    <message>
        <location filename="../widgets/chart.py" line="+49"/>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unpaid</source>
        <translation>Impayé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No pay period yet</source>
        <translation>Pas encore de période de paie</translation>
    </message>
</context>
<context>
    <name>EstimateEditor</name>
    <message>
        <location filename="../widgets/estimate_editor.py" line="+115"/>
        <source>When records are missing, generate hours from the inspector&apos;s findings or a legal presumption. Records always win: no hour is generated on a day with recorded shifts or hours. Every estimated amount is marked on the documents with its basis and evidence.</source>
        <translation>Quand les enregistrements manquent, générez des heures à partir des constatations de l&apos;inspecteur ou d&apos;une présomption légale. Les enregistrements priment toujours : aucune heure n&apos;est générée un jour où des prestations ou des heures sont enregistrées. Chaque montant estimé est signalé sur les documents avec sa base et ses preuves.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New estimate</source>
        <translation>Nouvelle estimation</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+411"/>
        <source>Remove estimate</source>
        <translation>Supprimer l&apos;estimation</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>statements, observed presence, opening hours, report number…</source>
        <translation>déclarations, présence constatée, heures d&apos;ouverture, numéro de PV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{0} months before the finding</source>
        <translation>{0} mois avant la constatation</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>From – to</source>
        <translation>Du – au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also on public holidays</source>
        <translation>aussi les jours fériés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>part-time → full-time presumption</source>
        <translation>temps partiel → présomption de temps plein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binds only the ONSS; the hours stand as findings</source>
        <translation>ne lie que l&apos;ONSS ; les heures valent comme constatations</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Mo</source>
        <comment>Monday, two letters</comment>
        <translation>lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tu</source>
        <comment>Tuesday, two letters</comment>
        <translation>ma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We</source>
        <comment>Wednesday, two letters</comment>
        <translation>me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Th</source>
        <comment>Thursday, two letters</comment>
        <translation>je</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fr</source>
        <comment>Friday, two letters</comment>
        <translation>ve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa</source>
        <comment>Saturday, two letters</comment>
        <translation>sa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su</source>
        <comment>Sunday, two letters</comment>
        <translation>di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break (min)</source>
        <translation>Pause (min)</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Weekly pattern (one row per block; several blocks a day allowed)</source>
        <translation>Horaire hebdomadaire (une ligne par bloc ; plusieurs blocs par jour possibles)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Add block</source>
        <translation>Ajouter un bloc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove block</source>
        <translation>Retirer le bloc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full-time regime Mon–Fri</source>
        <translation>Régime temps plein lun–ven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply estimate</source>
        <translation>Appliquer l&apos;estimation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preview: generated hours, and what is owed on the records only and with the estimate</source>
        <translation>Aperçu : heures générées, et ce qui est dû sur les seuls enregistrements et avec l&apos;estimation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Estimated hours</source>
        <translation>Heures estimées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records only</source>
        <translation>Enregistrements seuls</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With estimate</source>
        <translation>Avec l&apos;estimation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Inspector&apos;s findings</source>
        <translation>Constatations de l&apos;inspecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presumption, Law of 11 Feb 2013 (illegal stay)</source>
        <translation>Présomption, loi du 11 février 2013 (séjour illégal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presumption, Wav art. 23</source>
        <translation>Présomption, Wav art. 23</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average of the months before, BW 7:610b</source>
        <translation>Moyenne des mois précédents, BW 7:610b</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The full-time regime is not known: choose a sector or set the weekly hours.</source>
        <translation>Le régime à temps plein n&apos;est pas connu : choisissez un secteur ou indiquez le régime hebdomadaire.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Set the inspection date first.</source>
        <translation>Indiquez d&apos;abord la date de l&apos;inspection.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>pattern row {0}: {1}</source>
        <translation>ligne d&apos;horaire {0} : {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pattern row {0}: tick at least one day</source>
        <translation>ligne d&apos;horaire {0} : cochez au moins un jour</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit estimate</source>
        <translation>Modifier l&apos;estimation</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Computing without the estimates…</source>
        <translation>Calcul sans les estimations…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Owed now: records only {0}, with the estimate {1} (of which estimated unpaid {2}); {3} h generated.</source>
        <translation>Dû à ce jour : enregistrements seuls {0}, avec l&apos;estimation {1} (dont impayé estimé {2}) ; {3} h générées.</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../dialogs/import_reasons.py" line="+74"/>
        <source>&apos;{0}&apos;</source>
        <comment>a cell&apos;s text or a column&apos;s name, quoted</comment>
        <translation>« {0} »</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{0} is not a head of claim; use wages or one of {1}, or its name (e.g. vakantiebijslag, pécule de sortie, eindejaarspremie)</source>
        <translation>{0} n&apos;est pas un chef de demande ; indiquez wages (salaire) ou l&apos;un de {1}, ou son nom (p. ex. pécule de sortie, vakantiebijslag, eindejaarspremie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a status; use blue_collar (ouvrier, arbeider) or white_collar (employé, bediende)</source>
        <translation>{0} n&apos;est pas un statut ; indiquez ouvrier (blue_collar, arbeider) ou employé (white_collar, bediende)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not an end reason; use dismissal (licenciement, ontslag), serious_cause (motif grave, dringende reden), resignation (démission), mutual (commun accord, onderling akkoord) or unknown</source>
        <translation>{0} n&apos;est pas un motif de fin ; indiquez licenciement (dismissal, ontslagen), motif grave (serious_cause, dringende reden), démission (resignation), commun accord (mutual, onderling akkoord) ou inconnu (unknown)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not yes or no; use yes (oui, ja, 1, x) or no (non, nee, 0)</source>
        <translation>{0} n&apos;est ni oui ni non ; indiquez oui (yes, ja, 1, x) ou non (no, nee, 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is a true/false value, not a number</source>
        <translation>{0} est une valeur vrai/faux, pas un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has more than {1} digits: not an amount or a number of hours</source>
        <translation>{0} compte plus de {1} chiffres : ce n&apos;est ni un montant ni un nombre d&apos;heures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a number</source>
        <translation>{0} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} ({1} characters) is not a number</source>
        <translation>{0} ({1} caractères) n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} gives the year {1}, which is not plausible for work or pay</source>
        <translation>{0} donne l&apos;année {1}, qui n&apos;est pas plausible pour des prestations ou une rémunération</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a date: there is no month {1}</source>
        <translation>{0} n&apos;est pas une date : il n&apos;y a pas de mois {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not a date: {1} has no day {2}</source>
        <translation>{0} n&apos;est pas une date : {1} n&apos;a pas de jour {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is Excel&apos;s non-existent day 29/02/1900, not a date</source>
        <translation>{0} est le jour inexistant 29/02/1900 d&apos;Excel, pas une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not an Excel date number</source>
        <translation>{0} n&apos;est pas un numéro de date Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a date</source>
        <translation>{0} n&apos;est pas une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a time of day or a number, not a date</source>
        <translation>{0} est une heure ou un nombre, pas une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a date; write dd/mm/yyyy (also dd-mm-yyyy, dd.mm.yyyy) or yyyy-mm-dd</source>
        <translation>{0} n&apos;est pas une date ; écrivez jj/mm/aaaa (ou jj-mm-aaaa, jj.mm.aaaa) ou aaaa-mm-jj</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} is not a whole number of minutes (the case records whole minutes)</source>
        <translation>{0} n&apos;est pas un nombre entier de minutes (le dossier enregistre des minutes entières)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} hours is not a whole number of minutes</source>
        <translation>{0} heures ne font pas un nombre entier de minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} has seconds; the case records whole minutes</source>
        <translation>{0} contient des secondes ; le dossier enregistre des minutes entières</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a time</source>
        <translation>{0} n&apos;est pas une heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a time of day (00:00 to 24:00)</source>
        <translation>{0} n&apos;est pas une heure de la journée (00:00 à 24:00)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a time; write 8:00, 08h00 or decimal hours such as 8.5</source>
        <translation>{0} n&apos;est pas une heure ; écrivez 8:00, 08h00 ou des heures décimales comme 8,5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not a time: {1} o&apos;clock with am/pm</source>
        <translation>{0} n&apos;est pas une heure : {1} heures avec am/pm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is ambiguous: {1}:{2} or {1}.{2} hours? Write {1}:{2}, or choose how times like 8.30 are read</source>
        <translation>{0} est ambigu : {1}:{2} ou {1},{2} heures ? Écrivez {1}:{2}, ou choisissez comment lire les heures comme 8.30</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is a date, not a duration</source>
        <translation>{0} est une date, pas une durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a duration</source>
        <translation>{0} n&apos;est pas une durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a duration in hours and minutes (h:mm)</source>
        <translation>{0} n&apos;est pas une durée en heures et minutes (h:mm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is negative</source>
        <translation>{0} est négatif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} is ambiguous: {1} or {2}? Write the decimals with two digits, or choose the decimal separator</source>
        <translation>{0} est ambigu : {1} ou {2} ? Écrivez les décimales avec deux chiffres, ou choisissez le séparateur décimal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a number: its thousands separators are misplaced</source>
        <translation>{0} n&apos;est pas un nombre : ses séparateurs de milliers sont mal placés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is too large; amounts are below {1}</source>
        <translation>{0} est trop élevé ; les montants sont inférieurs à {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is negative; payments are amounts of 0 or more</source>
        <translation>{0} est négatif ; un paiement est un montant de 0 ou plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a whole number of cents</source>
        <translation>{0} n&apos;est pas un nombre entier de centimes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a pay period</source>
        <translation>{0} n&apos;est pas une période de paie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a pay period; write yyyy-mm (e.g. 2025-03), mm/yyyy or 2025-W10</source>
        <translation>{0} n&apos;est pas une période de paie ; écrivez aaaa-mm (p. ex. 2025-03), mm/aaaa ou 2025-W10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not an ISO week</source>
        <translation>{0} n&apos;est pas une semaine ISO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a month</source>
        <translation>{0} n&apos;est pas un mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a payment method; use cash (contant, espèces), bank (overschrijving, virement) or other</source>
        <translation>{0} n&apos;est pas un mode de paiement ; indiquez espèces (cash, contant), virement (bank, overschrijving) ou autre (other)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no workers</source>
        <translation>aucun travailleur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, … ({1} workers)</source>
        <translation>{0}, … ({1} travailleurs)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown worker id {0}; the case has {1}</source>
        <translation>identifiant de travailleur inconnu {0} ; le dossier contient {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worker id {0} is {1} in the case, but the row names {2}</source>
        <translation>l&apos;identifiant {0} désigne {1} dans le dossier, mais la ligne nomme {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no worker named on this row</source>
        <translation>aucun travailleur n&apos;est nommé sur cette ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is the name of {1} workers ({2}); use a worker id column</source>
        <translation>{0} est le nom de {1} travailleurs ({2}) ; utilisez une colonne d&apos;identifiant de travailleur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown worker {0}; the case has {1}</source>
        <translation>travailleur inconnu {0} ; le dossier contient {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for worker {0} ({1}); importing only {2}</source>
        <translation>pour le travailleur {0} ({1}) ; seul {2} est importé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} read only on a row without times, hours or amount; ignored on this shift row</source>
        <translation>{0} : lu uniquement sur une ligne sans heures de début et de fin, heures ni montant ; ignoré sur cette ligne de prestation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} read only on a row without times, hours or amount; ignored on this hours row</source>
        <translation>{0} : lu uniquement sur une ligne sans heures de début et de fin, heures ni montant ; ignoré sur cette ligne d&apos;heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} read only on a row without times, hours or amount; ignored on this payment row</source>
        <translation>{0} : lu uniquement sur une ligne sans heures de début et de fin, heures ni montant ; ignoré sur cette ligne de paiement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} cells but the header has {1} columns: {2} beyond the last column (a decimal comma in a comma-separated file? quote the amounts or use &apos;;&apos;)</source>
        <translation>{0} cellules, mais l&apos;en-tête a {1} colonnes : {2} au-delà de la dernière colonne (une virgule décimale dans un fichier séparé par des virgules ? mettez les montants entre guillemets ou utilisez &apos;;&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} cells but the header has {1} columns: {2} beyond the last column</source>
        <translation>{0} cellules, mais l&apos;en-tête a {1} colonnes : {2} au-delà de la dernière colonne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no value in the imported columns</source>
        <translation>aucune valeur dans les colonnes importées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row could not be read</source>
        <translation>la ligne n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row has both hours and an amount; a row is a shift, an hours block or a payment (set one of the columns to (ignore))</source>
        <translation>la ligne contient à la fois des heures et un montant ; une ligne est une prestation, un bloc d&apos;heures ou un paiement (réglez l&apos;une des colonnes sur (ignorer))</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a totals row</source>
        <translation>une ligne de totaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no start or end time, hours or amount: nothing to import</source>
        <translation>ni heure de début ou de fin, ni heures, ni montant : rien à importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before the employment start {0}</source>
        <translation>antérieur au début de l&apos;occupation ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the case&apos;s as-of date {0}</source>
        <translation>postérieur à la date de calcul du dossier ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends the next day</source>
        <translation>se termine le lendemain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file says {0} h worked; {1}–{2} less {3} min break is {4} h</source>
        <translation>le fichier indique {0} h prestées ; {1}–{2} moins {3} min de pause font {4} h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start time missing</source>
        <translation>heure de début manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end time missing</source>
        <translation>heure de fin manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date missing</source>
        <translation>date manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the start {0} is not on the date {1}</source>
        <translation>le début {0} ne tombe pas le {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end {0} is before the start {1}</source>
        <translation>la fin {0} précède le début {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {0} to {1} is 24 hours or more</source>
        <translation>de {0} à {1}, il y a 24 heures ou plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end {0} is not on the start&apos;s day or the next</source>
        <translation>la fin {0} ne tombe ni le jour du début ni le lendemain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;from&apos; date missing</source>
        <translation>date « du » manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;to&apos; date missing</source>
        <translation>date « au » manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date: give from and to, a date or a period</source>
        <translation>aucune date : indiquez du et au, une date ou une période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;to&apos; ({0}) is before &apos;from&apos; ({1})</source>
        <translation>« au » ({0}) précède « du » ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is {1}, which decimal hours cannot hold exactly (hours blocks are stored in decimal hours); enter these hours as shifts, or as a multiple of 3 minutes</source>
        <translation>{0} vaut {1}, ce que des heures décimales ne peuvent pas exprimer exactement (les blocs d&apos;heures sont enregistrés en heures décimales) ; saisissez ces heures comme prestations, ou en multiple de 3 minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>payment date missing</source>
        <translation>date de paiement manquante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not a week; this case pays by the week</source>
        <translation>{0} n&apos;est pas une semaine ; dans ce dossier, la rémunération est payée par semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not a month; this case pays by the month</source>
        <translation>{0} n&apos;est pas un mois ; dans ce dossier, la rémunération est payée par mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no payment method given: cash</source>
        <translation>aucun mode de paiement indiqué : espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no period given: counted for the period of its date</source>
        <translation>aucune période indiquée : compté pour la période de sa date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the status</source>
        <translation>le statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end of the contract</source>
        <translation>la fin du contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end reason</source>
        <translation>le motif de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undeclared work</source>
        <comment>an employment fact in a sentence, with its article</comment>
        <translation>le travail non déclaré</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>blue collar</source>
        <translation>ouvrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>white collar</source>
        <translation>employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissal without notice</source>
        <translation>licenciement sans préavis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissal for serious cause</source>
        <translation>licenciement pour motif grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resignation</source>
        <translation>démission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mutual agreement</source>
        <translation>commun accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: {1} is {2} in the case, {3} in the file; change it in the case (worker page or case file), not by an import</source>
        <translation>{0} : {1} est {2} dans le dossier, {3} dans le fichier ; modifiez-le dans le dossier (page du travailleur ou fichier du dossier), pas par une importation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is {1} on this row but {2} on row {3}</source>
        <translation>{0} est {1} sur cette ligne mais {2} sur la ligne {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: the end of the contract {1} is before the employment start {2}</source>
        <translation>{0} : la fin du contrat le {1} précède le début de l&apos;occupation le {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: an end reason without an end of the contract; add the end date (a column set to end of the contract) or leave the reason out</source>
        <translation>{0} : un motif de fin sans fin du contrat ; ajoutez la date de fin (une colonne réglée sur fin du contrat) ou omettez le motif</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>duplicate of shift {0} already in the case ({1}, {2}–{3})</source>
        <translation>doublon de la prestation {0} déjà au dossier ({1}, {2}–{3})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate of hours block {0} already in the case ({1} to {2})</source>
        <translation>doublon du bloc d&apos;heures {0} déjà au dossier (du {1} au {2})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate of payment {0} already in the case ({1}, {2})</source>
        <translation>doublon du paiement {0} déjà au dossier ({1}, {2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate of row {0}</source>
        <translation>doublon de la ligne {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>overlaps shift {0} already in the case ({1}, {2}–{3})</source>
        <translation>chevauche la prestation {0} déjà au dossier ({1}, {2}–{3})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlaps row {0} ({1}, {2}–{3})</source>
        <translation>chevauche la ligne {0} ({1}, {2}–{3})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>covers days that hours block {0} already in the case ({1} to {2}) also covers</source>
        <translation>couvre des jours que couvre aussi le bloc d&apos;heures {0} déjà au dossier (du {1} au {2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>covers days that row {0} also covers</source>
        <translation>couvre des jours que couvre aussi la ligne {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shift and hours on the same day: {0} has shift {1} already in the case ({2}–{3})</source>
        <translation>prestation et heures le même jour : le {0} a déjà la prestation {1} au dossier ({2}–{3})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shift and hours on the same day: {0} has the shift of row {1}</source>
        <translation>prestation et heures le même jour : le {0} a la prestation de la ligne {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>shift and hours on the same day: {0} is in hours block {1} already in the case ({2} to {3})</source>
        <translation>prestation et heures le même jour : le {0} fait partie du bloc d&apos;heures {1} déjà au dossier (du {2} au {3})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shift and hours on the same day: {0} is in the hours block of row {1}</source>
        <translation>prestation et heures le même jour : le {0} fait partie du bloc d&apos;heures de la ligne {1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>same date, amount, period and method as row {0}: a duplicate?</source>
        <translation>même date, montant, période et mode que la ligne {0} : un doublon ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the rate tables give no rate for this worker on {0} ({1})</source>
        <translation>les tables de taux ne donnent aucun taux pour ce travailleur le {0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the case check still finds problems in the imported rows; check the rejected rows</source>
        <translation>le contrôle du dossier trouve encore des problèmes dans les lignes importées ; vérifiez les lignes refusées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>looks like {0}, but another column is set to it</source>
        <translation>ressemble à {0}, mais une autre colonne y est réglée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also looks like {0} (column {1} is used)</source>
        <translation>ressemble aussi à {0} (la colonne {1} est utilisée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet {0}: no header row found; sheet not imported</source>
        <translation>feuille {0} : aucune ligne d&apos;en-tête trouvée ; feuille non importée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet {0}: no start/end time, hours or amount column (columns found: {1}); sheet not imported</source>
        <translation>feuille {0} : aucune colonne d&apos;heure de début/fin, d&apos;heures ou de montant (colonnes trouvées : {1}) ; feuille non importée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the case itself has {0} problem(s) that the import does not change</source>
        <translation>le dossier lui-même présente {0} problème(s) que l&apos;importation ne modifie pas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sheet {0}: {1}</source>
        <translation>feuille {0} : {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no header row found in the first rows: expected column names such as Date, Start, End, Break, Hours, Amount, Worker (Datum, Begin, Einde, Pauze, Uren, Bedrag, Naam; Date, Début, Fin, Pause, Heures, Montant, Nom), or say above what the columns hold</source>
        <translation>aucune ligne d&apos;en-tête trouvée dans les premières lignes : noms de colonnes attendus tels que Date, Début, Fin, Pause, Heures, Montant, Nom (Datum, Begin, Einde, Pauze, Uren, Bedrag, Naam ; Date, Start, End, Break, Hours, Amount, Worker), ou indiquez ci-dessus ce que contiennent les colonnes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no start/end time, hours or amount column (columns found: {0}); say above what the columns hold</source>
        <translation>aucune colonne d&apos;heure de début/fin, d&apos;heures ou de montant (colonnes trouvées : {0}) ; indiquez ci-dessus ce que contiennent les colonnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has no worker column; choose the worker the rows are for (the case has {0})</source>
        <translation>le fichier n&apos;a pas de colonne de travailleur ; choisissez le travailleur auquel les lignes se rapportent (le dossier contient {0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no column named {0} in the file</source>
        <translation>aucune colonne nommée {0} dans le fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sheet with a header row and a start/end, hours or amount column</source>
        <translation>aucune feuille avec une ligne d&apos;en-tête et une colonne d&apos;heure de début/fin, d&apos;heures ou de montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case has no workers; add them before importing their hours</source>
        <translation>le dossier ne contient aucun travailleur ; ajoutez-les avant d&apos;importer leurs heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case changed after this preview was made; preview the file again</source>
        <translation>le dossier a changé depuis cet aperçu ; affichez à nouveau l&apos;aperçu du fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file: {0}</source>
        <translation>impossible de lire le fichier : {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} bytes; files to import are at most {1} MB (split the file)</source>
        <translation>{0} octets ; les fichiers à importer font au plus {1} Mo (scindez le fichier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is an old Excel .xls file; save it as .xlsx or CSV and import that</source>
        <translation>il s&apos;agit d&apos;un ancien fichier Excel .xls ; enregistrez-le au format .xlsx ou CSV et importez ce fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is an OpenDocument spreadsheet; save it as .xlsx or CSV and import that</source>
        <translation>il s&apos;agit d&apos;un classeur OpenDocument ; enregistrez-le au format .xlsx ou CSV et importez ce fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a readable XLSX workbook (the file is damaged)</source>
        <translation>classeur XLSX illisible (le fichier est endommagé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sheet {0}; the sheets are {1}</source>
        <translation>aucune feuille {0} ; les feuilles sont {1}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{0} ({1}): {2}</source>
        <translation>{0} ({1}) : {2}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>column {0}: {1}</source>
        <translation>colonne {0} : {1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cash</source>
        <translation>en espèces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bank transfer</source>
        <translation>par virement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>, break {0} min</source>
        <translation>, pause {0} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} to {1}: {2} h</source>
        <translation>du {0} au {1} : {2} h</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, for {0}</source>
        <translation>, pour {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, pays: {0}</source>
        <translation>, paie : {0}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../dialogs/import_wizard.py" line="+165"/>
        <location line="+129"/>
        <source>Import hours and payments</source>
        <translation>Importer heures et paiements</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>CSV or XLSX file</source>
        <translation>Fichier CSV ou XLSX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(named in the file, or by the sheet name)</source>
        <translation>(nommé dans le fichier, ou par le nom de la feuille)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+85"/>
        <source>(all sheets)</source>
        <translation>(toutes les feuilles)</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>detect</source>
        <translation>détecter</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>clock time (8.30 = 8:30)</source>
        <translation>heure (8.30 = 8:30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decimal hours (8.30 = 8:18)</source>
        <translation>heures décimales (8.30 = 8:18)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comma (1.234,56)</source>
        <translation>virgule (1.234,56)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point (1,234.56)</source>
        <translation>point (1,234.56)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times like 8.30:</source>
        <translation>Heures comme 8.30 :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decimal separator:</source>
        <translation>Séparateur décimal :</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Columns (change what a column holds if it was not recognised):</source>
        <translation>Colonnes (changez le contenu d&apos;une colonne si elle n&apos;a pas été reconnue) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Exclude selected rows</source>
        <translation>Exclure les lignes choisies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include selected rows</source>
        <translation>Inclure les lignes choisies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclude all rejected rows</source>
        <translation>Exclure toutes les lignes refusées</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../dialogs/import_reasons.py" line="-497"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker (id or name)</source>
        <translation>travailleur (id ou nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker id</source>
        <translation>id du travailleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start time</source>
        <translation>heure de début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>end time</source>
        <translation>heure de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>break</source>
        <translation>pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from (date)</source>
        <translation>du (date)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to (date)</source>
        <translation>au (date)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount paid</source>
        <translation>montant payé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment date</source>
        <translation>date du paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for period</source>
        <translation>pour la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment method</source>
        <translation>mode de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pays (head of claim)</source>
        <translation>paie (chef de demande)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blue/white collar</source>
        <translation>ouvrier/employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of the contract</source>
        <translation>fin du contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end reason</source>
        <translation>motif de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undeclared work</source>
        <translation>travail non déclaré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <location filename="../dialogs/import_wizard.py" line="+97"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tableurs (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Choose a CSV or XLSX file to preview it.</source>
        <translation>Choisissez un fichier CSV ou XLSX pour le prévisualiser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} rows: {i} to import ({s} shifts, {h} hours blocks, {p} payments), {r} rejected, {e} excluded, {k} skipped.</source>
        <translation>{n} lignes : {i} à importer ({s} prestations, {h} blocs d&apos;heures, {p} paiements), {r} refusées, {e} exclues, {k} ignorées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fix the rejected rows in the file, or exclude them, to import.</source>
        <translation>Corrigez les lignes refusées dans le fichier, ou excluez-les, pour importer.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{0} row(s) with a worker&apos;s status or end of the contract.</source>
        <translation>{0} ligne(s) avec le statut ou la fin du contrat d&apos;un travailleur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="+15"/>
        <source>national minimum wage</source>
        <translation>salaire minimum national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>youth percentage of the national minimum</source>
        <translation>pourcentage jeune du minimum national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>student percentage of the national minimum</source>
        <translation>pourcentage étudiant du minimum national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector minimum (joint committee scale)</source>
        <translation>minimum sectoriel (barème de la commission paritaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector youth percentage</source>
        <translation>pourcentage jeune sectoriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector student percentage</source>
        <translation>pourcentage étudiant sectoriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed rate (higher than the minimums)</source>
        <translation>taux convenu (supérieur aux minimums)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch statutory minimum wage (WML)</source>
        <translation>salaire minimum légal néerlandais (WML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flat sector premium</source>
        <translation>prime sectorielle forfaitaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>youth %</source>
        <translation>% jeune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>student %</source>
        <translation>% étudiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector youth %</source>
        <translation>% jeune sectoriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector student %</source>
        <translation>% étudiant sectoriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed</source>
        <translation>convenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WML</source>
        <translation>WML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>premium</source>
        <translation>prime</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>verified in the official source</source>
        <translation>vérifié dans la source officielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified in a secondary source</source>
        <translation>vérifié dans une source secondaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived by calculation from verified figures</source>
        <translation>dérivé par calcul de chiffres vérifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT VERIFIED: check before relying on it</source>
        <translation>NON VÉRIFIÉ : à contrôler avant de s&apos;y fier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entered in the case (agreed rate)</source>
        <translation>saisi dans le dossier (taux convenu)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>secondary</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>derived</source>
        <translation>dérivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT VERIFIED</source>
        <translation>NON VÉRIFIÉ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>case input</source>
        <translation>donnée du dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} (estimated)</source>
        <translation>{0} (estimé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>normal time</source>
        <translation>heures normales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overtime +{0} %</source>
        <translation>heures supplémentaires +{0} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>premium: Sunday / public holiday</source>
        <translation>prime : dimanche / jour férié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>premium: night</source>
        <translation>prime : nuit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>premium: {0}</source>
        <translation>prime : {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bank transfer</source>
        <translation>virement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rates NOT VERIFIED are used</source>
        <translation>Des taux NON VÉRIFIÉS sont utilisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates derived by calculation are used</source>
        <translation>Des taux dérivés par calcul sont utilisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates may be out of date</source>
        <translation>Les taux sont peut-être dépassés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overpayment</source>
        <translation>Paiement excédentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function years beyond the scale</source>
        <translation>Années de fonction au-delà du barème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate: the law presumes the duration, the hours are the inspector&apos;s</source>
        <translation>Estimation : la loi présume la durée, les heures sont celles de l&apos;inspecteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate: a civil presumption, not enforceable by the Labour Authority</source>
        <translation>Estimation : une présomption civile, que l&apos;Inspection du travail (NL) ne peut pas faire exécuter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate: the full-time presumption binds only the ONSS</source>
        <translation>Estimation : la présomption de temps plein ne lie que l&apos;ONSS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate: the 7:610b average adds nothing</source>
        <translation>Estimation : la moyenne 7:610b n&apos;ajoute rien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payment order</source>
        <translation>Ordre de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash receipt</source>
        <translation>Reçu de paiement en espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calculation statement</source>
        <translation>Décompte de calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines and compensation sheet</source>
        <translation>Fiche amendes et indemnisation</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Minor in a sector whose youth rates are disputed</source>
        <translation>Mineur dans un secteur dont les taux jeunes sont contestés</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="+248"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un dossier &amp;récent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rates…</source>
        <translation>Taux…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Edit claims</source>
        <translation>Modifier les réclamations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case and results</source>
        <translation>Dossier et résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines and compensation</source>
        <translation>Amendes et indemnisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claims and what-if</source>
        <translation>Réclamations et simulation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+341"/>
        <source>Unpaid</source>
        <translation>Impayé</translation>
    </message>
    <message>
        <location line="-330"/>
        <location line="+410"/>
        <source>Add worker</source>
        <translation>Ajouter un travailleur</translation>
    </message>
    <message>
        <location line="-407"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Recomputing…</source>
        <translation>Recalcul…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Computed in {0} ms</source>
        <translation>Calculé en {0} ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To see the amounts owed, fill in the fields marked in red:</source>
        <translation>Pour voir les montants dus, remplissez les champs marqués en rouge :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case cannot be computed until these are fixed:</source>
        <translation>Le dossier ne peut pas être calculé tant que ceci n&apos;est pas corrigé :</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start date missing</source>
        <translation>date de début manquante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>worker {0}</source>
        <translation>travailleur {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>birth date</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment start</source>
        <translation>début de l&apos;occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>function years</source>
        <translation>années de fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly regime</source>
        <translation>régime hebdomadaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed rate</source>
        <translation>taux convenu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shift {0}</source>
        <translation>prestation {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours block {0}</source>
        <translation>bloc d&apos;heures {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment {0}</source>
        <translation>paiement {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employer name</source>
        <translation>Nom de l&apos;employeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection date</source>
        <translation>Date de l&apos;inspection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amounts as of</source>
        <translation>Montants au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>youth percentages</source>
        <translation>pourcentages jeunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>student percentages</source>
        <translation>pourcentages étudiants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working time</source>
        <translation>durée du travail</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case totals</source>
        <translation>Totaux du dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owed now</source>
        <translation>Dû à ce jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not up to date</source>
        <translation>pas à jour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No result yet.</source>
        <translation>Pas encore de résultat.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Worker {0}</source>
        <translation>Travailleur {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Select a worker first.</source>
        <translation>Choisissez d&apos;abord un travailleur.</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+5"/>
        <source>Remove worker</source>
        <translation>Retirer le travailleur</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Remove {0} with their shifts and payments? (Undo brings them back.)</source>
        <translation>Retirer {0} avec ses prestations et paiements ? (Annuler les rétablit.)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Open a case</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case files (*.json);;All files (*)</source>
        <translation>Dossiers (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+121"/>
        <source>Cannot open the case</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+121"/>
        <source>{0} cannot be opened:</source>
        <translation>{0} ne peut pas être ouvert :</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Open the demo case</source>
        <translation>Ouvrir le dossier de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot copy the demo case to {0}: {1}</source>
        <translation>Impossible de copier le dossier de démonstration dans {0} : {1}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the case as</source>
        <translation>Enregistrer le dossier sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case files (*.json)</source>
        <translation>Dossiers (*.json)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The case cannot be saved yet</source>
        <translation>Le dossier ne peut pas encore être enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix these first (your work is kept in the recovery file meanwhile):</source>
        <translation>Corrigez d&apos;abord ceci (votre travail est conservé dans le fichier de récupération en attendant) :</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+12"/>
        <location line="+31"/>
        <source>Save failed</source>
        <translation>L&apos;enregistrement a échoué</translation>
    </message>
    <message>
        <location line="-767"/>
        <source>Add &amp;payment</source>
        <translation>Ajouter un &amp;paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ort rows by date</source>
        <translation>Trier les lignes par &amp;date</translation>
    </message>
    <message>
        <location line="+425"/>
        <source>{0}, figures in force from {1}: {2}</source>
        <translation>{0}, montants en vigueur à partir du {1} : {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: the figures in force from {1} are not in the catalogue; the previous ones were used and may be too low</source>
        <translation>{0} : les montants en vigueur à partir du {1} ne sont pas dans le catalogue ; les précédents ont été utilisés et peuvent être trop bas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the rates were reviewed through {1}; this case uses later dates, a newer version (e.g. an indexation) may be missing</source>
        <translation>{0} : les barèmes ont été vérifiés jusqu&apos;au {1} ; ce dossier porte sur des dates postérieures, une version plus récente (p. ex. une indexation) peut manquer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1} paid {2} more than due; not set off against other periods</source>
        <translation>{0} : {1}, payé {2} de plus que le dû ; non compensé avec d&apos;autres périodes</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Another wage-remedy program is writing {0} just now. Nothing was saved; your changes are kept. Save again in a moment.</source>
        <translation>Un autre programme wage-remedy est en train d&apos;écrire {0}. Rien n&apos;a été enregistré ; vos modifications sont conservées. Enregistrez à nouveau dans un instant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Impossible d&apos;écrire {0} : {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The case changed on disk</source>
        <translation>Le dossier a changé sur le disque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} was changed by another program or window since you opened it. Nothing was saved yet.</source>
        <translation>{0} a été modifié par un autre programme ou une autre fenêtre depuis que vous l&apos;avez ouvert. Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload it (your unsaved changes are dropped), save yours over it (its other changes are lost; issued documents of both are kept), or cancel and compare first.</source>
        <translation>Rechargez-le (vos modifications non enregistrées sont abandonnées), enregistrez les vôtres par-dessus (ses autres modifications sont perdues ; les documents émis des deux côtés sont conservés), ou annulez et comparez d&apos;abord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload from disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine over it</source>
        <translation>Enregistrer le mien par-dessus</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reloaded {0} from disk</source>
        <translation>{0} rechargé depuis le disque</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} was changed on disk by another program; saving will let you reload or compare</source>
        <translation>{0} a été modifié sur le disque par un autre programme ; en enregistrant, vous pourrez recharger ou comparer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case has changes that are not saved. Save them?</source>
        <translation>Le dossier a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Autosave failed: {0}</source>
        <translation>L&apos;enregistrement automatique a échoué : {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The case file was changed after these edits and cannot be read now.</source>
        <translation>Le fichier du dossier a changé après ces modifications et ne peut pas être lu maintenant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case file was saved after these edits (by another program). Recovering puts these edits back over it; issued documents are kept. Differences (on disk → recovered):</source>
        <translation>Le fichier du dossier a été enregistré après ces modifications (par un autre programme). La récupération remet ces modifications par-dessus ; les documents émis sont conservés. Différences (sur le disque → récupéré) :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an untitled case</source>
        <translation>un dossier sans nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wage-remedy was not closed properly. Unsaved changes to {0} from {1} were kept. Recover them?</source>
        <translation>wage-remedy n&apos;a pas été fermé correctement. Des modifications non enregistrées de {0} du {1} ont été conservées. Les récupérer ?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved changes recovered. Save the case to keep them.</source>
        <translation>Modifications non enregistrées récupérées. Enregistrez le dossier pour les garder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open or create a case first.</source>
        <translation>Ouvrez ou créez d&apos;abord un dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+9"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Importing hours and payments is not available in this version.</source>
        <translation>L&apos;import d&apos;heures et de paiements n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fix these first:</source>
        <translation>Corrigez d&apos;abord ceci :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Issue a document or select an issued one, then print it.</source>
        <translation>Émettez un document ou choisissez un document émis, puis imprimez-le.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Back-pay calculator for labour inspectors (Belgium, Netherlands).</source>
        <translation>Calcul des arriérés de salaire pour l&apos;inspection du travail (Belgique, Pays-Bas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates version</source>
        <translation>Version des taux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rates folder</source>
        <translation>Dossier des taux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build date</source>
        <translation>Date de construction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About wage-remedy</source>
        <translation>À propos de wage-remedy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language: {0}</source>
        <translation>Langue : {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not saved</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Annuler : {0}</translation>
    </message>
    <message>
        <location line="-1063"/>
        <location line="+1063"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-1072"/>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo case</source>
        <translation>Ouvrir le dossier de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import hours and payments…</source>
        <translation>&amp;Importer heures et paiements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close case</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;worker</source>
        <translation>Ajouter un &amp;travailleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove worker…</source>
        <translation>&amp;Retirer le travailleur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add s&amp;hift</source>
        <translation>Ajouter une &amp;prestation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quick fill shifts…</source>
        <translation>&amp;Remplissage rapide des prestations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy week…</source>
        <translation>&amp;Copier une semaine…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case and results</source>
        <translation>&amp;Dossier et résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fines and compensation</source>
        <translation>&amp;Amendes et indemnisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;laims and what-if</source>
        <translation>&amp;Réclamations et simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recompute</source>
        <translation>&amp;Recalculer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rates…</source>
        <translation>&amp;Taux…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About wage-remedy</source>
        <translation>À &amp;propos de wage-remedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual</source>
        <translation>&amp;Mode d&apos;emploi</translation>
    </message>
    <message>
        <location line="+1045"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rétablir : {0}</translation>
    </message>
    <message>
        <location line="-1063"/>
        <location line="+1063"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="-616"/>
        <source>{0} is a minor ({1}) in {2}: the full category scale is used (official FPS pages: youth wages abolished); a sector source gives {3} % at this age. The reading is disputed: check it.</source>
        <translation>{0} est mineur ({1} ans) dans {2} : le barème complet de la catégorie est appliqué (pages officielles du SPF : salaires des jeunes supprimés) ; une source sectorielle indique {3} % à cet âge. La lecture est contestée : à vérifier.</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../dialogs/manual.py" line="+178"/>
        <source>Manual — wage-remedy</source>
        <translation>Mode d&apos;emploi — wage-remedy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual</source>
        <translation>Mode d&apos;emploi</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="__init__.py" line="+166"/>
        <location filename="../validation.py" line="+204"/>
        <source>week {0}, {1}</source>
        <translation>semaine {0}, {1}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../dialogs/import_wizard.py" line="-372"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason / notes</source>
        <translation>Motif / remarques</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import</source>
        <translation>importer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REJECTED</source>
        <translation>REFUSÉE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded</source>
        <translation>exclue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shift</source>
        <translation>prestation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>employment</source>
        <translation>emploi</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../problem_words.py" line="+25"/>
        <source>shift {0}</source>
        <translation>prestation {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours block {0}</source>
        <translation>bloc d&apos;heures {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment {0}</source>
        <translation>paiement {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the break ({0} min) is not shorter than the shift {1}–{2} ({3} min)</source>
        <translation>la pause ({0} min) n&apos;est pas plus courte que la prestation {1}–{2} ({3} min)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the end {0} equals the start {1}: a shift of 0 or 24 hours is refused as a typo; correct the start or the end</source>
        <translation>la fin {0} est égale au début {1} : une prestation de 0 ou 24 heures est refusée comme faute de frappe ; corrigez le début ou la fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a shift cannot start at 24:00; use 00:00 of the next day</source>
        <translation>une prestation ne peut pas commencer à 24:00 ; utilisez 00:00 du jour suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} h over {1} day(s) is more than 24 h a day</source>
        <translation>{0} h sur {1} jour(s), c&apos;est plus de 24 h par jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the end date {0} is before the start date {1}</source>
        <translation>la date de fin {0} précède la date de début {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the birth date {0} is not before the start of employment</source>
        <translation>la date de naissance {0} n&apos;est pas antérieure au début de l&apos;occupation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} has no rates for {1}: its figures start on {2}</source>
        <translation>{0} n&apos;a pas de taux pour le {1} : ses chiffres commencent le {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the figures in force from {1} are not in the program&apos;s rates (needed for {2}); add them before computing</source>
        <translation>{0} : les chiffres en vigueur à partir du {1} ne figurent pas dans les taux du programme (nécessaires pour le {2}) ; ajoutez-les avant de calculer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown rate table {0}</source>
        <translation>table de taux inconnue {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} has no {1} {2} on {3}</source>
        <translation>{0} n&apos;a pas de {1} {2} au {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} has no figure {1} on {2}</source>
        <translation>{0} n&apos;a pas de valeur {1} au {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a sector scale</source>
        <translation>{0} n&apos;est pas un barème sectoriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} belongs to another country ({1}) than the case ({2})</source>
        <translation>{0} relève d&apos;un autre pays ({1}) que le dossier ({2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a category of {0}</source>
        <translation>choisissez une catégorie de {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} has no category {1}; allowed: {2}</source>
        <translation>{0} n&apos;a pas de catégorie {1} ; possibles : {2}</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>overlaps {0} ({1} {2}–{3})</source>
        <translation>chevauche la {0} ({1} {2}–{3})</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="qt_strings.py" line="+15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>QuickFillDialog</name>
    <message>
        <location filename="../dialogs/quick_fill.py" line="-118"/>
        <source>Quick fill shifts</source>
        <translation>Remplissage rapide des prestations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>mer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>jeu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>ven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>sam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>dim</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break (minutes)</source>
        <translation>Pause (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip public holidays</source>
        <translation>Sauter les jours fériés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace shifts already entered on these days</source>
        <translation>Remplacer les prestations déjà saisies à ces jours</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&apos;To&apos; is before &apos;From&apos;</source>
        <translation>« Au » est avant « Du »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The range is longer than three years</source>
        <translation>La période dépasse trois ans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The break is as long as the shift</source>
        <translation>La pause est aussi longue que la prestation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} shifts of {1} h, {2} h in all</source>
        <translation>{0} prestations de {1} h, {2} h au total</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <location filename="../widgets/rate_chart.py" line="+93"/>
        <source>No figures to draw</source>
        <translation>Aucun montant à afficher</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>after reviewed date</source>
        <translation>après la date de vérification</translation>
    </message>
</context>
<context>
    <name>RatesBrowser</name>
    <message>
        <location filename="../dialogs/rates_browser.py" line="-582"/>
        <location line="+407"/>
        <source>Rates</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Rates folder: {0}</source>
        <translation>Dossier des taux : {0}</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Search: table, sector, joint committee number …</source>
        <translation>Rechercher : barème, secteur, numéro de commission paritaire …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On date:</source>
        <translation>À la date :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Table on date</source>
        <translation>Barème à la date</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rate:</source>
        <translation>Taux :</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Versions and sources</source>
        <translation>Versions et sources</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As text</source>
        <translation>En texte</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Add a version…</source>
        <translation>Ajouter une version…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Index…</source>
        <translation>Indexer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import bundle…</source>
        <translation>Importer un paquet…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>; tables from the user&apos;s rates folder: {0} ({1})</source>
        <translation>; barèmes du dossier de l&apos;utilisateur : {0} ({1})</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewed through {0}</source>
        <translation>Vérifié jusqu&apos;au {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next expected change {0}</source>
        <translation>prochain changement attendu le {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The figures in force from {0} are not in the catalogue: the previous figures are shown and may be too low.</source>
        <translation>Les montants en vigueur à partir du {0} ne sont pas dans le catalogue : les montants précédents sont affichés et peuvent être trop bas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rates may be out of date: this table was reviewed through {0}; a newer version may exist for {1}.</source>
        <translation>Barème peut-être dépassé : vérifié jusqu&apos;au {0} ; une version plus récente peut exister pour le {1}.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>In force from</source>
        <translation>En vigueur à partir du</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} an hour at {1} h a week</source>
        <translation>{0} de l&apos;heure à {1} h par semaine</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>€ per hour</source>
        <translation>€ de l&apos;heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>€ per month</source>
        <translation>€ par mois</translation>
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
        <translation>semaines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>function years</source>
        <translation>années de fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age</source>
        <translation>âge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>percentage</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seniority (months)</source>
        <translation>ancienneté (mois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tier</source>
        <translation>palier</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Import a rates bundle</source>
        <translation>Importer un paquet de barèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates bundles (*.json);;All files (*)</source>
        <translation>Paquets de barèmes (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rates bundle refused</source>
        <translation>Paquet de barèmes refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install this rates bundle?</source>
        <translation>Installer ce paquet de barèmes ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rates bundle</source>
        <translation>Paquet de barèmes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot install: {0}</source>
        <translation>Installation impossible : {0}</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>gap</source>
        <translation>lacune</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../widgets/result_panel.py" line="+141"/>
        <source>{0} h × {1} € per hour = {2} €</source>
        <translation>{0} h × {1} € par heure = {2} €</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} h × {1} €/h × (1 + {2} %) = {3} €</source>
        <translation>{0} h × {1} €/h × (1 + {2} %) = {3} €</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} h × {1} €/h = {2} €</source>
        <translation>{0} h × {1} €/h = {2} €</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The daily cap of the premium was applied on some days.</source>
        <translation>Le plafond journalier de la prime a été appliqué certains jours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binding rate</source>
        <translation>Taux déterminant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the rate was obtained</source>
        <translation>Comment le taux a été obtenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate table</source>
        <translation>Table de taux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+11"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+23"/>
        <location line="+30"/>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+23"/>
        <location line="+30"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+23"/>
        <location line="+30"/>
        <source>Unpaid</source>
        <translation>Impayé</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+23"/>
        <location line="+29"/>
        <source>Interest</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>Owed now</source>
        <translation>Dû à ce jour</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Head of claim</source>
        <translation>Chef de demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owed by</source>
        <translation>Dû par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference period</source>
        <translation>Période de référence</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>{0}, from {1}</source>
        <translation>{0}, à partir du {1}</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Binding</source>
        <translation>Déterminant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate version</source>
        <translation>Version du taux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Select a line to see how it was computed.</source>
        <translation>Choisissez une ligne pour voir comment elle a été calculée.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>+{0} %: overtime on a Sunday or a public holiday (overtime is the minutes beyond the daily or the weekly limit, the last minutes of the week first).</source>
        <translation>+{0} % : heures supplémentaires un dimanche ou un jour férié (les heures supplémentaires sont les minutes au-delà de la limite journalière ou hebdomadaire, en commençant par les dernières minutes de la semaine).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+{0} %: overtime on a working day (overtime is the minutes beyond the daily or the weekly limit, the last minutes of the week first).</source>
        <translation>+{0} % : heures supplémentaires un jour ouvrable (les heures supplémentaires sont les minutes au-delà de la limite journalière ou hebdomadaire, en commençant par les dernières minutes de la semaine).</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>No result yet: enter shifts or hours.</source>
        <translation>Pas encore de résultat : saisissez des prestations ou des heures.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not up to date: fix the problems shown above</source>
        <translation>pas à jour : corrigez les problèmes indiqués plus haut</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overpaid by {0}: not set off against other periods</source>
        <translation>Payé en trop de {0} : non compensé avec d&apos;autres périodes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the employer</source>
        <translation>l&apos;employeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a fund, once the wages are declared</source>
        <translation>un fonds, une fois la rémunération déclarée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a court may award up to</source>
        <translation>un tribunal peut accorder jusqu&apos;à</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Employer must pay now</source>
        <translation>L&apos;employeur doit payer maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Court, at most</source>
        <translation>Tribunal, au plus</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../models/rows.py" line="+172"/>
        <source>A copy of the row above: check it, or press Delete to remove it</source>
        <translation>Copie de la ligne au-dessus : vérifiez-la, ou appuyez sur Suppr pour l&apos;enlever</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit {0} {1}: {2}</source>
        <translation>Modifier {0} {1} : {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1} : {2}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add {0}</source>
        <translation>Ajouter : {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a worker first</source>
        <translation>Choisissez d&apos;abord un travailleur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>row {0}, {1}: {2}</source>
        <translation>ligne {0}, {1} : {2}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paste {0} row(s)</source>
        <translation>Coller {0} ligne(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste {0} row(s), {1} new</source>
        <translation>Coller {0} ligne(s), dont {1} nouvelle(s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete {0} row(s)</source>
        <translation>Supprimer {0} ligne(s)</translation>
    </message>
</context>
<context>
    <name>RowsView</name>
    <message>
        <location filename="../widgets/rows_view.py" line="+210"/>
        <source>Nothing pasted: {0}</source>
        <translation>Rien n&apos;a été collé : {0}</translation>
    </message>
</context>
<context>
    <name>SanctionsPanel</name>
    <message>
        <location filename="../widgets/sanctions_panel.py" line="+34"/>
        <source>Fines and compensation</source>
        <translation>Amendes et indemnisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpaid</source>
        <translation>Impayé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed now</source>
        <translation>Dû à ce jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fine driven (per worker)</source>
        <translation>Amende liée (par travailleur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No result yet.</source>
        <translation>Pas encore de résultat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not up to date: fix the problems shown above.</source>
        <translation>Pas à jour : corrigez les problèmes indiqués plus haut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No underpayment: no fine.</source>
        <translation>Pas de sous-paiement : pas d&apos;amende.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(aggravated)</source>
        <translation>(aggravée)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Offence</source>
        <translation>Infraction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Social Penal Code art. 162: remuneration not paid (on time)</source>
        <translation>Code pénal social art. 162 : rémunération non payée (à temps)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sanction level</source>
        <translation>Niveau de sanction</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Offence period</source>
        <translation>Période de l&apos;infraction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regime in force on</source>
        <translation>Régime en vigueur au</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Workers concerned</source>
        <translation>Travailleurs concernés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} (the fine is multiplied by {1}, at most {2})</source>
        <translation>{0} (l&apos;amende est multipliée par {1}, au maximum {2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Surcharge multiplier</source>
        <translation>Décimes additionnels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative fine per worker</source>
        <translation>Amende administrative par travailleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative fine, total</source>
        <translation>Amende administrative, total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal fine per worker</source>
        <translation>Amende pénale par travailleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal fine, total</source>
        <translation>Amende pénale, total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prison (months)</source>
        <translation>Emprisonnement (mois)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Minimum Wage Act (WML): underpayment</source>
        <translation>Loi sur le salaire minimum (WML) : sous-paiement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fine, total</source>
        <translation>Amende, total</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Regularisation deadline</source>
        <translation>Délai de régularisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}, figures in force from {1}</source>
        <translation>{0}, montants en vigueur à partir du {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate table</source>
        <translation>Table de taux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{0}: if paid by {0}, the inspector may decide not to draw up a report</source>
        <translation>{0} : en cas de paiement au plus tard le {0}, l&apos;inspecteur peut décider de ne pas dresser de procès-verbal</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../widgets/start_screen.py" line="+36"/>
        <source>Back pay owed under the minimum wage and sector scales, with legal interest, fines and on-the-spot payment documents.</source>
        <translation>Arriérés de salaire dus selon le salaire minimum et les barèmes sectoriels, avec intérêts légaux, amendes et documents de paiement sur place.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo case</source>
        <translation>Ouvrir le dossier de démonstration</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recent cases</source>
        <translation>Dossiers récents</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No recent cases yet.</source>
        <translation>Pas encore de dossiers récents.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version {0}. Ctrl+N new case, Ctrl+O open.</source>
        <translation>Version {0}. Ctrl+N nouveau dossier, Ctrl+O ouvrir.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../validation.py" line="-159"/>
        <source>a date is required (for example 03/03/2025)</source>
        <translation>une date est requise (par exemple 03/03/2025)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{0}&apos; is not a date: write day/month/year, for example 03/03/2025</source>
        <translation>&apos;{0}&apos; n&apos;est pas une date : écrivez jour/mois/année, par exemple 03/03/2025</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{0}&apos; is not a date of the calendar</source>
        <translation>&apos;{0}&apos; n&apos;est pas une date du calendrier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a time is required (for example 08:00)</source>
        <translation>une heure est requise (par exemple 08:00)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{0}&apos; is not a time: write hours:minutes, for example 08:30</source>
        <translation>&apos;{0}&apos; n&apos;est pas une heure : écrivez heures:minutes, par exemple 08:30</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{0}&apos; is not a time: minutes go from 00 to 59</source>
        <translation>&apos;{0}&apos; n&apos;est pas une heure : les minutes vont de 00 à 59</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is not a time: hours go from 00 to 24 (24:00 is the end of the day)</source>
        <translation>&apos;{0}&apos; n&apos;est pas une heure : les heures vont de 00 à 24 (24:00 est la fin de la journée)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{0}&apos;: {1} cannot be negative</source>
        <translation>&apos;{0}&apos; : {1} ne peut pas être négatif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{0}&apos; is ambiguous: for {1} write {2} (or {3}); for {4} write {4}</source>
        <translation>« {0} » est ambigu : pour {1}, écrivez {2} (ou {3}) ; pour {4}, écrivez {4}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{0}&apos;: {1} has at most {2} decimals</source>
        <translation>« {0} » : {1} a au plus {2} décimales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is not {1}: write digits with an optional decimal part, for example {2}</source>
        <translation>&apos;{0}&apos; n&apos;est pas {1} : écrivez des chiffres avec une partie décimale facultative, par exemple {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an amount is required (for example 1200.50)</source>
        <translation>un montant est requis (par exemple 1200,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount</source>
        <translation>un montant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a number is required (for example 12.50)</source>
        <translation>un nombre est requis (par exemple 12,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rate</source>
        <translation>un taux</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a number of hours is required (for example 160)</source>
        <translation>un nombre d&apos;heures est requis (par exemple 160)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>a number of hours</source>
        <translation>un nombre d&apos;heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the full-time weekly regime is more than 0 and at most 60 hours</source>
        <translation>le régime hebdomadaire à temps plein est de plus de 0 et d&apos;au plus 60 heures</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{0}&apos; is not a break: write whole minutes (30) or hours:minutes (0:30)</source>
        <translation>&apos;{0}&apos; n&apos;est pas une pause : écrivez des minutes entières (30) ou heures:minutes (0:30)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&apos;{0}&apos; is not a pay period: write a month as {1}, {2} or {3}, a week as {4}, or leave it empty</source>
        <translation>&apos;{0}&apos; n&apos;est pas une période de paie : écrivez un mois sous la forme {1}, {2} ou {3}, une semaine sous la forme {4}, ou laissez le champ vide</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;{0}&apos; is not a valid IBAN: the check digits do not match (a typing error?)</source>
        <translation>&apos;{0}&apos; n&apos;est pas un IBAN valide : les chiffres de contrôle ne correspondent pas (faute de frappe ?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{0}&apos; is not a valid IBAN: wrong length for its country</source>
        <translation>&apos;{0}&apos; n&apos;est pas un IBAN valide : longueur incorrecte pour son pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is not a valid IBAN (it starts with a country code such as BE or NL)</source>
        <translation>&apos;{0}&apos; n&apos;est pas un IBAN valide (il commence par un code pays comme BE ou NL)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this field is required</source>
        <translation>ce champ est obligatoire</translation>
    </message>
</context>
<context>
    <name>WorkerEditor</name>
    <message>
        <location filename="../widgets/worker_editor.py" line="+211"/>
        <source>&amp;Shifts</source>
        <translation>&amp;Prestations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours blocks</source>
        <translation>Blocs d&apos;&amp;heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payments</source>
        <translation>&amp;Paiements</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+85"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>student</source>
        <translation>étudiant</translation>
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
        <translation>adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>employment start</source>
        <translation>début de l&apos;emploi</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>number or name, e.g. 302</source>
        <translation>numéro ou nom, p. ex. 302</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>function years</source>
        <translation>années de fonction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly hours</source>
        <translation>heures par semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sector&apos;s regime</source>
        <translation>régime du secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full-time weekly regime that applies (not the hours worked); empty: the sector table&apos;s regime, else 38</source>
        <translation>Le régime hebdomadaire à temps plein applicable (pas les heures prestées) ; vide : celui de la table du secteur, sinon 38</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agreed hourly rate</source>
        <translation>taux horaire convenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hourly rate agreed with the employer, if higher than the minimums</source>
        <translation>Le taux horaire convenu avec l&apos;employeur, s&apos;il est supérieur aux minimums</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Employment start</source>
        <translation>Début de l&apos;occupation</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>€/h</source>
        <translation>€/h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>€/month</source>
        <translation>€/mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — {1} {2} at 0 years ({3})</source>
        <translation>{0} — {1} {2} à 0 an ({3})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the break ({0} min) is longer than half of the shift {1}–{2}: is that right?</source>
        <translation>la pause ({0} min) dépasse la moitié de la prestation {1}–{2} : est-ce exact ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} h of work in one shift ({1}–{2}): is that right?</source>
        <translation>{0} h de travail en une prestation ({1}–{2}) : est-ce exact ?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Estimates</source>
        <translation>&amp;Estimations</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function years at start</source>
        <translation>Années de fonction au début</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly regime (h)</source>
        <translation>Régime hebdomadaire (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed rate (€/h)</source>
        <translation>Taux convenu (€/h)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>from the sector</source>
        <translation>selon le secteur</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Blue-collar</source>
        <translation>Ouvrier</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>White-collar</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>from the sector ({0})</source>
        <translation>selon le secteur ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown: choose</source>
        <translation>inconnu : à choisir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of the contract</source>
        <translation>fin du contrat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismissal without notice</source>
        <translation>Licenciement sans préavis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissal for serious cause</source>
        <translation>Licenciement pour motif grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resignation</source>
        <translation>Démission</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mutual agreement</source>
        <translation>Commun accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end reason</source>
        <translation>motif de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wages never declared</source>
        <translation>Rémunération jamais déclarée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undeclared work: the holiday fund and sector funds owe their part on all wages due, not only on the arrears</source>
        <translation>Travail non déclaré : la caisse de vacances et les fonds sectoriels doivent leur part sur toute la rémunération due, pas seulement sur les arriérés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>undeclared</source>
        <translation>non déclaré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract ended</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End reason</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+66"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break (min)</source>
        <translation>Pause (min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worked (h:mm)</source>
        <translation>Presté (h:mm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shift</source>
        <translation>prestation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add shift</source>
        <translation>Ajouter une prestation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+45"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Quick fill…</source>
        <translation>Remplissage rapide…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy week…</source>
        <translation>Copier une semaine…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hours block</source>
        <translation>bloc d&apos;heures</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add hours block</source>
        <translation>Ajouter un bloc d&apos;heures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A total of hours over a date range, without day detail (spread evenly over its days). Not on days that have shifts.</source>
        <translation>Un total d&apos;heures sur une période, sans détail par jour (réparti également sur ses jours). Pas sur des jours qui ont des prestations.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For period</source>
        <translation>Pour la période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pays</source>
        <translation>Chef de demande payé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add payment</source>
        <translation>Ajouter un paiement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment counts for the pay period it names (type {0} for {1}), else for the period of its date. Amounts are gross.</source>
        <translation>Un paiement compte pour la période de paie qu&apos;il indique (tapez {0} pour {1}), sinon pour la période de sa date. Montants bruts.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>({0}, by its date)</source>
        <translation>({0}, selon sa date)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Hours block added: type its dates and hours</source>
        <translation>Bloc d&apos;heures ajouté : saisissez ses dates et ses heures</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Shift added on {0}, {1}–{2}: change it, or press Delete to remove it</source>
        <translation>Prestation ajoutée le {0}, {1}–{2} : modifiez-la, ou appuyez sur Suppr pour la supprimer</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Payment added (dated {0}): type its date, then its amount</source>
        <translation>Paiement ajouté (daté du {0}) : saisissez sa date, puis son montant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The rows are already in date order</source>
        <translation>Les lignes sont déjà dans l&apos;ordre des dates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sorted: documents were issued for this case, and they are checked against the case as it is (row order included)</source>
        <translation>Pas trié : des documents ont été émis pour ce dossier, et ils sont vérifiés par rapport au dossier tel qu&apos;il est (ordre des lignes compris)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sort rows by date</source>
        <translation>Trier les lignes par date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts, hours blocks and payments sorted by date (Ctrl+Z undoes it)</source>
        <translation>Prestations, blocs d&apos;heures et paiements triés par date (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>start date missing</source>
        <translation>date de début manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location line="-365"/>
        <source>Edit {0}</source>
        <translation>Modifier : {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No sector matches &apos;{0}&apos;</source>
        <translation>Aucun secteur ne correspond à « {0} »</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit sector</source>
        <translation>Modifier le secteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Quick fill {0} shifts</source>
        <translation>Remplissage rapide de {0} prestations</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>That week has no shifts to copy</source>
        <translation>Cette semaine n&apos;a pas de prestations à copier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy week to {0} week(s)</source>
        <translation>Copier la semaine sur {0} semaine(s)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>Choose a sector first</source>
        <translation>Choisissez d&apos;abord un secteur</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>sector: {0}</source>
        <translation>secteur : {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} shifts, {1} h worked</source>
        <translation>{0} prestations, {1} h prestées</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(none: national minimum only)</source>
        <translation>(aucun : minimum national seulement)</translation>
    </message>
</context>
</TS>
