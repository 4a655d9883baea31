<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/about.py" line="99"/>
        <source>About Hunting Console</source>
        <translation>À propos de Hunting Console</translation>
    </message>
    <message>
        <location filename="../ui/shell/about.py" line="101"/>
        <source>Hunting Console %1</source>
        <translation>Hunting Console %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/about.py" line="114"/>
        <source>Qt and PySide6 (Qt for Python) are used under the GNU Lesser General Public License v3; their source is at %1. Each library below comes under its own licence.</source>
        <translation>Qt et PySide6 (Qt for Python) sont utilisés sous la licence publique générale limitée GNU (LGPL) v3&#xa0;; leur code source est sur %1. Chaque bibliothèque ci-dessous a sa propre licence.</translation>
    </message>
    <message>
        <location filename="../ui/shell/about.py" line="128"/>
        <source>Data: %1
Log: %2</source>
        <translation>Données&#xa0;: %1
Journal&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/about.py" line="138"/>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
    <message>
        <location filename="../ui/shell/about.py" line="147"/>
        <source>Qt %1 · PySide6 %2 · Python %3 · %4</source>
        <translation>Qt %1 · PySide6 %2 · Python %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/shell/about.py" line="159"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/shell/about.py" line="159"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/shell/about.py" line="159"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../ui/details/activity.py" line="65"/>
        <source>Nothing was changed on this item from this console yet.</source>
        <translation>Aucune modification de cet élément depuis cette console pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/details/activity.py" line="70"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/details/activity.py" line="70"/>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/details/activity.py" line="70"/>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <location filename="../ui/details/activity.py" line="70"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>AlertPage</name>
    <message>
        <location filename="../ui/details/alert_page.py" line="53"/>
        <location filename="../ui/details/alert_page.py" line="61"/>
        <source>Alert %1</source>
        <translation>Alerte %1</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="54"/>
        <source>This alert is not in the local cache. Sync, then try again.</source>
        <translation>Cette alerte n&apos;est pas dans le cache local. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="72"/>
        <source>Evidence (%1)</source>
        <translation>Preuves (%1)</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="76"/>
        <source>Process tree</source>
        <translation>Arborescence des processus</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="77"/>
        <source>Recommended actions</source>
        <translation>Actions recommandées</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="79"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="87"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="95"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="96"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="97"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="98"/>
        <source>Detection source</source>
        <translation>Source de détection</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="99"/>
        <source>Service source</source>
        <translation>Source de service</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="102"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="104"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="104"/>
        <location filename="../ui/details/alert_page.py" line="107"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="107"/>
        <source>Determination</source>
        <translation>Détermination</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="111"/>
        <source>MITRE techniques</source>
        <translation>Techniques MITRE</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="116"/>
        <source>Technique names from %1, shipped with the console.</source>
        <translation>Noms des techniques issus de %1, fournis avec la console.</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="120"/>
        <source>First activity</source>
        <translation>Première activité</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="121"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="122"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="134"/>
        <source>Open incident %1</source>
        <translation>Ouvrir l&apos;incident %1</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="144"/>
        <source>Open device page</source>
        <translation>Ouvrir la page de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="209"/>
        <source>Copy alert id</source>
        <translation>Copier l&apos;ID de l&apos;alerte</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_page.py" line="154"/>
        <source>No recommended actions were provided.</source>
        <translation>Aucune action recommandée n&apos;a été fournie.</translation>
    </message>
</context>
<context>
    <name>AlertPane</name>
    <message>
        <location filename="../ui/details/panes.py" line="218"/>
        <source>Alert %1</source>
        <translation>Alerte %1</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="221"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="222"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="224"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="225"/>
        <source>Detection source</source>
        <translation>Source de détection</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="226"/>
        <source>Service source</source>
        <translation>Source de service</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="228"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="231"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="231"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="235"/>
        <source>Determination</source>
        <translation>Détermination</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="237"/>
        <source>First activity</source>
        <translation>Première activité</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="238"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="250"/>
        <location filename="../ui/details/panes.py" line="252"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="252"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="255"/>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="266"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="277"/>
        <source>Open alert page</source>
        <translation>Ouvrir la page de l&apos;alerte</translation>
    </message>
</context>
<context>
    <name>AlertsOverTimeChart</name>
    <message>
        <location filename="../ui/details/alert_chart.py" line="63"/>
        <source>Busiest week: %1 (%2 alerts)</source>
        <translation>Semaine la plus chargée&#xa0;: %1 (alertes&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_chart.py" line="65"/>
        <source>Busiest day: %1 (%2 alerts)</source>
        <translation>Jour le plus chargé&#xa0;: %1 (alertes&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../ui/details/alert_chart.py" line="84"/>
        <source>No alerts</source>
        <translation>Aucune alerte</translation>
    </message>
</context>
<context>
    <name>AskDefenderExperts</name>
    <message>
        <location filename="../ui/experts/action.py" line="49"/>
        <source>Ask Defender Experts</source>
        <translation>Demander aux experts Defender</translation>
    </message>
    <message>
        <location filename="../ui/experts/action.py" line="55"/>
        <source>Ask Defender Experts is not set up for this tenant.</source>
        <translation>La fonction Demander aux experts Defender n&apos;est pas configurée pour ce locataire.</translation>
    </message>
    <message>
        <location filename="../ui/experts/action.py" line="138"/>
        <source>Ask about this notification</source>
        <translation>Poser une question sur cette notification</translation>
    </message>
</context>
<context>
    <name>AskDefenderExpertsDialog</name>
    <message>
        <location filename="../ui/experts/dialog.py" line="84"/>
        <source>Ask Defender Experts</source>
        <translation>Demander aux experts Defender</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="95"/>
        <source>Ask Defender Experts about %1</source>
        <translation>Demander aux experts Defender à propos de %1</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="122"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="150"/>
        <source>Attached context (read-only)</source>
        <translation>Contexte joint (lecture seule)</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="161"/>
        <source>Attach evidence as text</source>
        <translation>Joindre des preuves sous forme de texte</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="177"/>
        <source>No evidence to attach for this item.</source>
        <translation>Aucune preuve à joindre pour cet élément.</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="201"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="206"/>
        <location filename="../ui/experts/dialog_parts.py" line="129"/>
        <source>Sample questions</source>
        <translation>Exemples de questions</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="211"/>
        <source>Write your question, or pick a sample question above and edit it.</source>
        <translation>Rédigez votre question, ou choisissez un exemple de question ci-dessus et modifiez-le.</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="215"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="219"/>
        <source>Contacts to notify</source>
        <translation>Contacts à notifier</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="228"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="295"/>
        <source>Ask Defender Experts is not set up for this tenant.</source>
        <translation>La fonction Demander aux experts Defender n&apos;est pas configurée pour ce locataire.</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="308"/>
        <source>Sent through: %1</source>
        <translation>Canal d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="314"/>
        <source>Not an e-mail address: %1</source>
        <translation>Adresse e-mail non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="326"/>
        <source>Write a question first</source>
        <translation>Rédigez d&apos;abord une question</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="335"/>
        <source>Your unsent question is back, as you left it.</source>
        <translation>Votre question non envoyée est revenue, telle que vous l&apos;avez laissée.</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="382"/>
        <source>Saved in the outbox. It goes to Defender Experts at the console&apos;s next exchange with them; follow it on the Defender Experts messages page.</source>
        <translation>Enregistrée dans la boîte d&apos;envoi. Elle partira vers Defender Experts au prochain échange de la console avec eux&#xa0;; suivez-la sur la page Messages Defender Experts.</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="412"/>
        <source>The question could not be saved (%1). Your text is kept; try Send again.</source>
        <translation>La question n&apos;a pas pu être enregistrée (%1). Votre texte est conservé&#xa0;: réessayez Envoyer.</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="422"/>
        <source>Saved in the outbox. Sending it to Defender Experts…</source>
        <translation>Enregistrée dans la boîte d&apos;envoi. Envoi à Defender Experts…</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="429"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="452"/>
        <source>The Defender portal is opening on this item and your question is on the clipboard: choose Ask Defender Experts there and paste it.</source>
        <translation>Le portail Defender s&apos;ouvre sur cet élément et votre question est dans le Presse-papiers&#xa0;: choisissez «&#xa0;Demander aux experts Defender&#xa0;» dans le portail, puis collez-la.</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="456"/>
        <source>Your mail client is opening with the question to your Defender Experts contact; send the message from there.</source>
        <translation>Votre client de messagerie s&apos;ouvre avec la question destinée à votre contact Defender Experts&#xa0;; envoyez le message depuis celui-ci.</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="464"/>
        <source>Defender Experts refused it: %1</source>
        <translation>Defender Experts l&apos;a refusée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="468"/>
        <source>Sent to Defender Experts. Follow it on the Defender Experts messages page.</source>
        <translation>Envoyée à Defender Experts. Suivez-la sur la page Messages Defender Experts.</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="473"/>
        <source>Not sent yet: Defender Experts cannot be reached. It waits in the outbox and goes out by itself once they can be; there is nothing more to do.</source>
        <translation>Pas encore envoyée&#xa0;: Defender Experts est injoignable. Elle attend dans la boîte d&apos;envoi et partira d&apos;elle-même dès que possible&#xa0;; vous n&apos;avez rien d&apos;autre à faire.</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog.py" line="478"/>
        <source>Not sent yet: Defender Experts did not take it this time. It waits in the outbox and is tried again at the next poll.</source>
        <translation>Pas encore envoyée&#xa0;: Defender Experts ne l&apos;a pas acceptée cette fois. Elle attend dans la boîte d&apos;envoi et sera renvoyée à la prochaine interrogation.</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog_parts.py" line="37"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog_parts.py" line="42"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog_parts.py" line="81"/>
        <source>this month</source>
        <translation>ce mois-ci</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog_parts.py" line="83"/>
        <source>this quarter</source>
        <translation>ce trimestre</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog_parts.py" line="90"/>
        <source>%1 of %2 questions used %3</source>
        <translation>Questions utilisées %3&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog_parts.py" line="105"/>
        <source>No questions left %1: all %2 are used. You can ask again when the next period starts, after %3. For an emergency, use your incident response team.</source>
        <translation>Plus aucune question disponible %1&#xa0;: les %2 questions du quota ont été utilisées. Vous pourrez de nouveau poser des questions au début de la prochaine période, après le %3. En cas d&apos;urgence, faites appel à votre équipe de réponse aux incidents.</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog_parts.py" line="140"/>
        <source>Click to use this question; you can edit it.</source>
        <translation>Cliquez pour utiliser cette question&#xa0;; vous pourrez la modifier.</translation>
    </message>
    <message>
        <location filename="../ui/experts/dialog_parts.py" line="161"/>
        <source>Optional: soc@contoso.com, lead@contoso.com</source>
        <translation>Facultatif&#xa0;: soc@contoso.com, lead@contoso.com</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../ui/audit/model.py" line="38"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/audit/model.py" line="39"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../ui/audit/model.py" line="40"/>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <location filename="../ui/audit/model.py" line="41"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../ui/audit/model.py" line="43"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/audit/model.py" line="44"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="27"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="28"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="29"/>
        <source>Failed, will retry</source>
        <translation>Échec, nouvel essai prévu</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="30"/>
        <location filename="../ui/audit/texts.py" line="172"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="31"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="32"/>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="33"/>
        <source>Discarded</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="47"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="48"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="49"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="50"/>
        <source>Questions to Defender Experts</source>
        <translation>Questions aux Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="61"/>
        <source>Asked Defender Experts: “%1”</source>
        <translation>Question posée aux Defender Experts&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="62"/>
        <source>Question sent to Defender Experts</source>
        <translation>Question envoyée aux Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="63"/>
        <source>Question refused: %1</source>
        <translation>Question refusée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="64"/>
        <source>Replied: “%1”</source>
        <translation>A répondu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="65"/>
        <source>Reply sent to Defender Experts</source>
        <translation>Réponse envoyée aux Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="66"/>
        <source>Reply refused: %1</source>
        <translation>Réponse refusée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="67"/>
        <source>Defender Experts answered: “%1”</source>
        <translation>Réponse des Defender Experts&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="101"/>
        <source>(none)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="120"/>
        <location filename="../ui/audit/texts.py" line="256"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="126"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="145"/>
        <source>%1: wanted %2, was %3 when decided, now %4</source>
        <translation>%1&#xa0;: souhaité %2, était %3 lors de la décision, maintenant %4</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="162"/>
        <source>Comment: “%1”</source>
        <translation>Commentaire&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="168"/>
        <source>comment added</source>
        <translation>commentaire ajouté</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="170"/>
        <source>Sent: %1</source>
        <translation>Envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="176"/>
        <source>Changed by someone else meanwhile: %1</source>
        <translation>Modifié entre-temps par quelqu&apos;un d&apos;autre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="181"/>
        <source> (sent the rest: %1)</source>
        <translation> (le reste a été envoyé&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="186"/>
        <source>Refused by the service: %1</source>
        <translation>Refusée par le service&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="192"/>
        <source>Conflict resolved by merging the tags: %1</source>
        <translation>Conflit résolu en fusionnant les étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="195"/>
        <source>Conflict resolved by applying this console&apos;s values: %1</source>
        <translation>Conflit résolu en appliquant les valeurs de cette console&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="199"/>
        <source>Conflict resolved by keeping the service&apos;s values</source>
        <translation>Conflit résolu en conservant les valeurs du service</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="203"/>
        <source>Asked to send it again</source>
        <translation>Nouvel envoi demandé</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="205"/>
        <source>Discarded without sending</source>
        <translation>Abandonnée sans envoi</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="221"/>
        <source>Tag “%1” removed</source>
        <translation>Étiquette «&#xa0;%1&#xa0;» retirée</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="223"/>
        <source>Tag “%1” added</source>
        <translation>Étiquette «&#xa0;%1&#xa0;» ajoutée</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="226"/>
        <source>%1, refused by the service: %2</source>
        <translation>%1, refusé par le service&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="245"/>
        <source>%1: asked (“%2”)</source>
        <translation>%1&#xa0;: demandé («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="250"/>
        <source>Investigation package downloaded: %1</source>
        <translation>Package d&apos;investigation téléchargé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="263"/>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="264"/>
        <source>Alert %1</source>
        <translation>Alerte %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="265"/>
        <source>Device %1</source>
        <translation>Appareil %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="274"/>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/texts.py" line="278"/>
        <source>Question about %1</source>
        <translation>Question sur %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="212"/>
        <location filename="../ui/audit/texts.py" line="135"/>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../ui/audit/audit_page.py" line="72"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="79"/>
        <source>Changes held for you: conflicts and refusals. Show them first.</source>
        <translation>Modifications qui attendent votre décision&#xa0;: conflits et refus. Les afficher en premier.</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="119"/>
        <source>This window cannot change anything: open the tenant to decide.</source>
        <translation>Cette fenêtre ne peut rien modifier&#xa0;: ouvrez le locataire pour décider.</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="144"/>
        <source>Search item id, analyst or action…</source>
        <translation>Rechercher un ID, un analyste ou une action…</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="151"/>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="159"/>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="166"/>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="173"/>
        <source>Needs attention first</source>
        <translation>À traiter en premier</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="176"/>
        <source>Conflicts and refused changes still waiting for you, before the rest</source>
        <translation>Les conflits et les modifications refusées qui vous attendent encore, avant le reste</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="183"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="194"/>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="194"/>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/audit_page.py" line="255"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/audit_page.py" line="277"/>
        <source>⚠ %Ln changes need you</source>
        <translation>
            <numerusform>⚠ %Ln modification à traiter</numerusform>
            <numerusform>⚠ %Ln modifications à traiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/audit_page.py" line="406"/>
        <source>Exported %Ln entries to %1</source>
        <translation>
            <numerusform>%Ln entrée exportée vers %1</numerusform>
            <numerusform>%Ln entrées exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="259"/>
        <source>No entries match these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="262"/>
        <source>Nothing was changed from this console yet. Status, assignment, classification, tags and comments set here, and questions to Defender Experts, are listed here with where they stand.</source>
        <translation>Aucune modification depuis cette console pour l&apos;instant. Les états, attributions, classifications, étiquettes et commentaires définis ici, ainsi que les questions aux Defender Experts, sont listés ici avec leur état actuel.</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="275"/>
        <source>No change needs you</source>
        <translation>Aucune modification à traiter</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="318"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="345"/>
        <source>This change moved on meanwhile: the list shows where it is now.</source>
        <translation>Cette modification a évolué entre-temps&#xa0;: la liste indique où elle en est.</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="358"/>
        <source>Could not do that: %1</source>
        <translation>Action impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="362"/>
        <source>Your values go again: they are sent when the tenant is reachable.</source>
        <translation>Vos valeurs repartent&#xa0;: elles seront envoyées dès que le locataire sera joignable.</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="363"/>
        <source>Kept the service&apos;s values: your change was dropped.</source>
        <translation>Valeurs du service conservées&#xa0;: votre modification est abandonnée.</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="364"/>
        <source>Merged tags go again: they are sent when the tenant is reachable.</source>
        <translation>Les étiquettes fusionnées repartent&#xa0;: elles seront envoyées dès que le locataire sera joignable.</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="365"/>
        <source>Sent again when the tenant is reachable.</source>
        <translation>Nouvel envoi dès que le locataire sera joignable.</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="366"/>
        <source>Discarded: the item keeps the service&apos;s values.</source>
        <translation>Abandonnée&#xa0;: l&apos;élément conserve les valeurs du service.</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="382"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="382"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="387"/>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="400"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../ui/audit/audit_page.py" line="412"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CacheProblem</name>
    <message>
        <location filename="../ui/shell/cache_problem.py" line="36"/>
        <source>The cache file was damaged and has been moved to %1 (nothing was deleted). It held none of your own records (outbox, audit log, questions to Defender Experts, tenant settings): rebuild it from the server. Reason: %3</source>
        <translation>Le fichier du cache était endommagé et a été déplacé vers %1 (rien n&apos;a été supprimé). Il ne contenait aucun de vos propres enregistrements (boîte d&apos;envoi, journal d&apos;audit, questions aux Defender Experts, paramètres du locataire)&#xa0;: reconstruisez-le depuis le serveur. Raison&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/shell/cache_problem.py" line="43"/>
        <source>The cache file was damaged and has been moved to %1 (nothing was deleted). %2 of your own records (outbox, audit log, questions to Defender Experts, tenant settings) were kept in a fresh cache; rebuild the rest from the server. Reason: %3</source>
        <translation>Le fichier du cache était endommagé et a été déplacé vers %1 (rien n&apos;a été supprimé). %2 de vos propres enregistrements (boîte d&apos;envoi, journal d&apos;audit, questions aux Defender Experts, paramètres du locataire) ont été conservés dans un nouveau cache&#xa0;; reconstruisez le reste depuis le serveur. Raison&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/shell/cache_problem.py" line="33"/>
        <source>The cache cannot be used: %1</source>
        <translation>Le cache est inutilisable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ChipWidget</name>
    <message>
        <location filename="../ui/queues/chips.py" line="38"/>
        <source>Remove this filter</source>
        <translation>Supprimer ce filtre</translation>
    </message>
    <message>
        <location filename="../ui/queues/chips.py" line="39"/>
        <source>Remove filter %1</source>
        <translation>Supprimer le filtre %1</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="140"/>
        <source>You wanted</source>
        <translation>Votre choix</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="141"/>
        <source>When you decided</source>
        <translation>Lors du choix</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="142"/>
        <source>The service has now</source>
        <translation>Sur le service</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="67"/>
        <source>Apply mine</source>
        <translation>Appliquer les miennes</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="69"/>
        <source>Send your values over theirs</source>
        <translation>Envoyer vos valeurs à la place des leurs</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="74"/>
        <source>Keep theirs</source>
        <translation>Garder les leurs</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="76"/>
        <source>Drop your change: the item keeps the service&apos;s values</source>
        <translation>Abandonner votre modification&#xa0;: l&apos;élément conserve les valeurs du service</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="81"/>
        <source>Merge tags</source>
        <translation>Fusionner les étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="83"/>
        <source>Their tags, with the ones you added and removed applied on top</source>
        <translation>Leurs étiquettes, avec vos ajouts et vos retraits appliqués par-dessus</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="88"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="90"/>
        <source>Send it again (once the permission or the value is fixed)</source>
        <translation>La renvoyer (une fois l&apos;autorisation ou la valeur corrigée)</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="95"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="97"/>
        <source>Drop your change without sending it</source>
        <translation>Abandonner votre modification sans l&apos;envoyer</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="175"/>
        <source>Conflict: %1</source>
        <translation>Conflit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="178"/>
        <source>Someone changed this item on the service after you decided. Nothing of yours was sent for these fields: choose which values it keeps.</source>
        <translation>Quelqu&apos;un a modifié cet élément sur le service après votre choix. Rien de votre part n&apos;a été envoyé pour ces champs&#xa0;: choisissez les valeurs à conserver.</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="194"/>
        <source>Rejected: %1</source>
        <translation>Refus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="196"/>
        <source>The service refused this change; it stays here until you retry or drop it.</source>
        <translation>Le service a refusé cette modification&#xa0;; elle reste ici jusqu&apos;à ce que vous la renvoyiez ou l&apos;abandonniez.</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="199"/>
        <source>The service said: %1</source>
        <translation>Réponse du service&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="200"/>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="204"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="211"/>
        <source>Comment: “%1”</source>
        <translation>Commentaire&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/audit/conflict_panel.py" line="213"/>
        <source>Your change: %1</source>
        <translation>Votre modification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConnectTenantDialog</name>
    <message>
        <location filename="../ui/signin/connect_dialog.py" line="48"/>
        <source>Connect a tenant</source>
        <translation>Connecter un locataire</translation>
    </message>
    <message>
        <location filename="../ui/signin/connect_dialog.py" line="91"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../ui/signin/connect_dialog.py" line="92"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="137"/>
        <source>Set by your organisation&apos;s policy file: only IT can change it.</source>
        <translation>Défini par le fichier de stratégie de votre organisation&#xa0;: seule l&apos;équipe informatique peut le modifier.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="142"/>
        <source>Provisioned by your organisation&apos;s policy file: the greyed fields are set by IT; the others are yours to change.</source>
        <translation>Fourni par le fichier de stratégie de votre organisation&#xa0;: les champs grisés sont définis par l&apos;équipe informatique&#xa0;; les autres sont à vous.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="178"/>
        <source>Your tenant&apos;s administrator registers an app for the console (a public client) and grants it consent; enter its details here.</source>
        <translation>L&apos;administrateur de votre locataire inscrit une application pour la console (un client public) et lui accorde son consentement&#xa0;; saisissez ses informations ici.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="194"/>
        <source>Contoso SOC</source>
        <translation>SOC Contoso</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="198"/>
        <source>contoso.onmicrosoft.com or its GUID</source>
        <translation>contoso.onmicrosoft.com ou son GUID</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="205"/>
        <source>Commercial</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="206"/>
        <source>US Government (GCC)</source>
        <translation>Gouvernement américain (GCC)</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="207"/>
        <source>US Government (GCC High)</source>
        <translation>Gouvernement américain (GCC High)</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="210"/>
        <source>US Government (DoD)</source>
        <translation>Gouvernement américain (DoD)</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="211"/>
        <source>Custom base URLs</source>
        <translation>URL de base personnalisées</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="223"/>
        <source>Browser (recommended)</source>
        <translation>Navigateur (recommandé)</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="227"/>
        <source>Device code (sign in on another device)</source>
        <translation>Code d&apos;appareil (connexion sur un autre appareil)</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="234"/>
        <source>Only behind a TLS-inspecting proxy</source>
        <translation>Seulement derrière un proxy qui inspecte TLS</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="236"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="244"/>
        <source>Where no secure store exists, keep my tokens in a file only I can read</source>
        <translation>Sans magasin sécurisé, garder mes jetons dans un fichier que moi seul peux lire</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="252"/>
        <source>Display name:</source>
        <translation>Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="254"/>
        <source>Tenant:</source>
        <translation>Locataire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="255"/>
        <source>Cloud:</source>
        <translation>Cloud&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="258"/>
        <source>Sign-in base URL:</source>
        <translation>URL de base de connexion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="261"/>
        <source>Graph base URL:</source>
        <translation>URL de base Graph&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="263"/>
        <source>Defender for Endpoint base URL:</source>
        <translation>URL de base Defender for Endpoint&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="272"/>
        <source>Client id:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="275"/>
        <source>Sign in with:</source>
        <translation>Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="277"/>
        <source>CA bundle:</source>
        <translation>Autorités de certification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="306"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/signin/connect_dialog.py" line="80"/>
        <source>Save and open</source>
        <translation>Enregistrer et ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/signin/connect_dialog.py" line="85"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="410"/>
        <source>CA bundle</source>
        <translation>Autorités de certification</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="412"/>
        <source>Certificates (*.pem *.crt *.cer);;All (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous (*)</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="422"/>
        <source>Import a tenant profile</source>
        <translation>Importer un profil de locataire</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="424"/>
        <source>Tenant profiles (*.json);;All (*)</source>
        <translation>Profils de locataire (*.json);;Tous (*)</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="488"/>
        <source>Give the tenant a display name.</source>
        <translation>Donnez un nom affiché au locataire.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="495"/>
        <source>Enter the tenant: its GUID or its domain (contoso.onmicrosoft.com).</source>
        <translation>Saisissez le locataire&#xa0;: son GUID ou son domaine (contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="503"/>
        <source>The tenant is neither a GUID nor a domain such as contoso.onmicrosoft.com.</source>
        <translation>Le locataire n&apos;est ni un GUID ni un domaine comme contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="515"/>
        <source>%1 must be an https:// address.</source>
        <translation>%1 doit être une adresse https://.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="523"/>
        <source>Enter the client id of your tenant&apos;s app registration.</source>
        <translation>Saisissez l&apos;ID client de l&apos;inscription d&apos;application de votre locataire.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="530"/>
        <source>The client id is a GUID (8-4-4-4-12 hexadecimal digits): copy it from the app registration&apos;s overview.</source>
        <translation>L&apos;ID client est un GUID (8-4-4-4-12 chiffres hexadécimaux)&#xa0;: copiez-le depuis la vue d&apos;ensemble de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="540"/>
        <source>The CA bundle %1 is not a file.</source>
        <translation>Le fichier d&apos;autorités %1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="583"/>
        <source>This machine has no secure store for tokens: they stay in memory, and you sign in again each time the console starts.</source>
        <translation>Cette machine n&apos;a pas de magasin sécurisé pour les jetons&#xa0;: ils restent en mémoire et vous vous reconnectez à chaque démarrage de la console.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="589"/>
        <source>Warning: your tokens are kept unencrypted in a file only your account can read. Anyone who can use your account on this machine can use them.</source>
        <translation>Attention&#xa0;: vos jetons sont gardés non chiffrés dans un fichier que seul votre compte peut lire. Quiconque peut utiliser votre compte sur cette machine peut s&apos;en servir.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="621"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="103"/>
        <source>The connection works: Save to open the tenant.</source>
        <translation>La connexion fonctionne&#xa0;: enregistrez pour ouvrir le locataire.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="311"/>
        <source>Import from file…</source>
        <translation>Importer depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="643"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="664"/>
        <source>A tenant named %1 exists already: choose another name.</source>
        <translation>Un locataire nommé %1 existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindows</name>
    <message>
        <location filename="../app.py" line="400"/>
        <source>The demo tenant could not open: %1</source>
        <translation>Le locataire de démonstration n&apos;a pas pu s&apos;ouvrir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DehReport</name>
    <message>
        <location filename="../ui/report/pdf.py" line="49"/>
        <location filename="../ui/report/pdf.py" line="178"/>
        <source>Defender Experts for Hunting report</source>
        <translation>Rapport Defender Experts for Hunting</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf.py" line="104"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf.py" line="141"/>
        <source>Threat categories: %1</source>
        <translation>Catégories de menaces&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf.py" line="148"/>
        <source>No activities in this view for this period.</source>
        <translation>Aucune activité dans cette vue pour cette période.</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf.py" line="153"/>
        <source>Top trending suspicious activities</source>
        <translation>Activités suspectes les plus récurrentes</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf.py" line="154"/>
        <source>Seen at least 3 times in at least 2 different weeks over the three months before the period&apos;s end; by severity, then frequency.</source>
        <translation>Vues au moins 3 fois sur au moins 2 semaines différentes pendant les trois mois précédant la fin de la période&#xa0;; par gravité, puis fréquence.</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf.py" line="162"/>
        <source>No activity was seen repeatedly in the three months before the period&apos;s end.</source>
        <translation>Aucune activité n&apos;a été vue de façon répétée pendant les trois mois précédant la fin de la période.</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf.py" line="195"/>
        <source>Threats identified</source>
        <translation>Menaces identifiées</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf.py" line="210"/>
        <source>Time to resolution: %1</source>
        <translation>Délai de résolution&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf.py" line="225"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf.py" line="302"/>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <location filename="../ui/report/sections.py" line="118"/>
        <location filename="../ui/report/sections.py" line="155"/>
        <source>Select an activity to see its devices and users.</source>
        <translation>Sélectionnez une activité pour voir ses appareils et ses utilisateurs.</translation>
    </message>
    <message>
        <location filename="../ui/report/sections.py" line="127"/>
        <location filename="../ui/report/sections.py" line="134"/>
        <source>Impacted devices</source>
        <translation>Appareils touchés</translation>
    </message>
    <message>
        <location filename="../ui/report/sections.py" line="130"/>
        <location filename="../ui/report/sections.py" line="138"/>
        <source>Impacted users</source>
        <translation>Utilisateurs touchés</translation>
    </message>
    <message>
        <location filename="../ui/report/sections.py" line="135"/>
        <source>Open the device&apos;s page</source>
        <translation>Ouvrir la page de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/report/sections.py" line="140"/>
        <source>Open the user&apos;s alerts in the period</source>
        <translation>Ouvrir les alertes de l&apos;utilisateur sur la période</translation>
    </message>
    <message>
        <location filename="../ui/report/sections.py" line="161"/>
        <source>Devices and users of “%1”</source>
        <translation>Appareils et utilisateurs de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/report/sections.py" line="174"/>
        <location filename="../ui/report/texts.py" line="193"/>
        <source>No device</source>
        <translation>Aucun appareil</translation>
    </message>
    <message>
        <location filename="../ui/report/sections.py" line="176"/>
        <location filename="../ui/report/texts.py" line="195"/>
        <source>No user</source>
        <translation>Aucun utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="28"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="31"/>
        <source>Suspicious activities</source>
        <translation>Activités suspectes</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="32"/>
        <source>Notified activities</source>
        <translation>Activités notifiées</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="33"/>
        <source>All activities</source>
        <translation>Toutes les activités</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="36"/>
        <source>Alerts classified true positive or informational, expected activity.</source>
        <translation>Alertes classées vrai positif ou informationnel, activité attendue.</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="39"/>
        <source>Alerts that are part of a Defender Experts notification.</source>
        <translation>Alertes qui font partie d&apos;une notification Defender Experts.</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="42"/>
        <source>Every alert of the period, false positives and unclassified ones included.</source>
        <translation>Toutes les alertes de la période, faux positifs et alertes non classées compris.</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="79"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="88"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="95"/>
        <source>No Defender Experts notifications in this period: %1.</source>
        <translation>Aucune notification Defender Experts sur cette période&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="106"/>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="113"/>
        <location filename="../ui/report/texts.py" line="217"/>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="117"/>
        <source>Made %1</source>
        <translation>Établi le %1</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="124"/>
        <source>Defender Experts notifications in the period</source>
        <translation>notifications Defender Experts sur la période</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="129"/>
        <location filename="../ui/report/texts.py" line="139"/>
        <source>Tactic</source>
        <translation>Tactique</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="130"/>
        <location filename="../ui/report/texts.py" line="138"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="131"/>
        <location filename="../ui/report/texts.py" line="141"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="132"/>
        <source>Highest severity</source>
        <translation>Gravité la plus haute</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="140"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="142"/>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="143"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="144"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/texts.py" line="153"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/texts.py" line="245"/>
        <source>Incidents carry no resolution time: this is each Defender Experts alert&apos;s resolved time minus its created time, over the %Ln resolved alerts of the period.</source>
        <translation>
            <numerusform>Les incidents ne portent pas d&apos;heure de résolution&#xa0;: c&apos;est, pour chaque alerte Defender Experts, son heure de résolution moins son heure de création, sur la %Ln alerte résolue de la période.</numerusform>
            <numerusform>Les incidents ne portent pas d&apos;heure de résolution&#xa0;: c&apos;est, pour chaque alerte Defender Experts, son heure de résolution moins son heure de création, sur les %Ln alertes résolues de la période.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="197"/>
        <source>Devices: %1 · Users: %2</source>
        <translation>Appareils&#xa0;: %1 · Utilisateurs&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="228"/>
        <source>Defender Experts notifications over time</source>
        <translation>Notifications Defender Experts dans le temps</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="231"/>
        <source>Defender Experts notifications by severity</source>
        <translation>Notifications Defender Experts par gravité</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="234"/>
        <source>Defender Experts alerts by category</source>
        <translation>Alertes Defender Experts par catégorie</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="237"/>
        <source>Time from a notification to its resolution</source>
        <translation>Délai entre une notification et sa résolution</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="255"/>
        <source>No resolved Defender Experts alerts in this period.</source>
        <translation>Aucune alerte Defender Experts résolue sur cette période.</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="259"/>
        <source>Median %1; middle half %2 to %3</source>
        <translation>Médiane %1&#xa0;; moitié centrale de %2 à %3</translation>
    </message>
</context>
<context>
    <name>DehReportPage</name>
    <message>
        <location filename="../ui/report/exports.py" line="27"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../ui/report/exports.py" line="43"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/report/exports.py" line="93"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/exports.py" line="59"/>
        <source>Exported %Ln pages to %1</source>
        <translation>
            <numerusform>%Ln page exportée vers %1</numerusform>
            <numerusform>%Ln pages exportées vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/exports.py" line="85"/>
        <source>Exported %Ln rows to %1</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1</numerusform>
            <numerusform>%Ln lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/exports.py" line="70"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="75"/>
        <source>Defender Experts for Hunting report</source>
        <translation>Rapport Defender Experts for Hunting</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="98"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="114"/>
        <location filename="../ui/report/page.py" line="117"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="127"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="128"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="137"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="145"/>
        <location filename="../ui/report/page.py" line="148"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="149"/>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="157"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="161"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="165"/>
        <source>Threat categories…</source>
        <translation>Catégories de menaces…</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="168"/>
        <source>Top trending activities…</source>
        <translation>Activités les plus récurrentes…</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="186"/>
        <source>Threats identified</source>
        <translation>Menaces identifiées</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="223"/>
        <source>Threat categories</source>
        <translation>Catégories de menaces</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="224"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="227"/>
        <source>Activities shown</source>
        <translation>Activités affichées</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="248"/>
        <source>Top trending suspicious activities</source>
        <translation>Activités suspectes les plus récurrentes</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="253"/>
        <source>Seen at least 3 times in at least 2 different weeks over the three months before the period&apos;s end; by severity, then frequency.</source>
        <translation>Vues au moins 3 fois sur au moins 2 semaines différentes pendant les trois mois précédant la fin de la période&#xa0;; par gravité, puis fréquence.</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="349"/>
        <source>Reading the report from the cache…</source>
        <translation>Lecture du rapport dans le cache…</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="369"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="385"/>
        <source>No activity was seen repeatedly in the three months before the period&apos;s end.</source>
        <translation>Aucune activité n&apos;a été vue de façon répétée pendant les trois mois précédant la fin de la période.</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="394"/>
        <source>No activities in this view for this period.</source>
        <translation>Aucune activité dans cette vue pour cette période.</translation>
    </message>
</context>
<context>
    <name>DenBanner</name>
    <message>
        <location filename="../ui/shell/den_notifier.py" line="160"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>DenCard</name>
    <message>
        <location filename="../ui/details/den_card.py" line="69"/>
        <source>⚑ Defender Experts notification</source>
        <translation>⚑ Notification Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/details/den_card.py" line="76"/>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../ui/details/den_card.py" line="77"/>
        <source>No summary was provided.</source>
        <translation>Aucun résumé n&apos;a été fourni.</translation>
    </message>
    <message>
        <location filename="../ui/details/den_card.py" line="90"/>
        <source>No recommendations were provided.</source>
        <translation>Aucune recommandation n&apos;a été fournie.</translation>
    </message>
    <message>
        <location filename="../ui/details/den_card.py" line="93"/>
        <source>Hunting queries</source>
        <translation>Requêtes de repérage avancé</translation>
    </message>
    <message>
        <location filename="../ui/details/den_card.py" line="120"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../ui/details/den_card.py" line="122"/>
        <source>Copy recommendations</source>
        <translation>Copier les recommandations</translation>
    </message>
    <message>
        <location filename="../ui/details/den_card.py" line="146"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/details/den_card.py" line="148"/>
        <source>Copy this query to the clipboard</source>
        <translation>Copier cette requête dans le Presse-papiers</translation>
    </message>
</context>
<context>
    <name>DenNotifier</name>
    <message numerus="yes">
        <location filename="../ui/shell/den_notifier.py" line="82"/>
        <source>%1: %Ln Defender Experts notifications in the cache.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln notification Defender Experts dans le cache.</numerusform>
            <numerusform>%1&#xa0;: %Ln notifications Defender Experts dans le cache.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/den_notifier.py" line="89"/>
        <source>New for %1: %2</source>
        <translation>Nouveau pour %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/den_notifier.py" line="94"/>
        <source>%1: %Ln new Defender Experts notifications.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln nouvelle notification Defender Experts.</numerusform>
            <numerusform>%1&#xa0;: %Ln nouvelles notifications Defender Experts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/den_notifier.py" line="99"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/den_notifier.py" line="105"/>
        <source>Defender Experts notification</source>
        <translation>Notification Defender Experts</translation>
    </message>
</context>
<context>
    <name>DenSummaryCard</name>
    <message>
        <location filename="../ui/shell/home_page.py" line="60"/>
        <source>Defender Experts for Hunting</source>
        <translation>Defender Experts for Hunting</translation>
    </message>
    <message>
        <location filename="../ui/shell/home_page.py" line="66"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="24"/>
        <location filename="../ui/shell/home_page.py" line="68"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="25"/>
        <location filename="../ui/shell/home_page.py" line="69"/>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="26"/>
        <location filename="../ui/shell/home_page.py" line="70"/>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <location filename="../ui/report/texts.py" line="27"/>
        <location filename="../ui/shell/home_page.py" line="71"/>
        <source>Last 6 months</source>
        <translation>6 derniers mois</translation>
    </message>
    <message>
        <location filename="../ui/shell/home_page.py" line="86"/>
        <source>Defender Experts notifications
in this period</source>
        <translation>Notifications Defender Experts
sur cette période</translation>
    </message>
    <message>
        <location filename="../ui/shell/home_page.py" line="91"/>
        <source>Newest notifications</source>
        <translation>Notifications les plus récentes</translation>
    </message>
    <message>
        <location filename="../ui/shell/home_page.py" line="96"/>
        <source>Newest Defender Experts notifications</source>
        <translation>Notifications Defender Experts les plus récentes</translation>
    </message>
    <message>
        <location filename="../ui/shell/home_page.py" line="104"/>
        <source>No Defender Experts notifications in the cache yet.</source>
        <translation>Aucune notification Defender Experts dans le cache pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/report/page.py" line="200"/>
        <location filename="../ui/shell/home_page.py" line="111"/>
        <source>View Defender Experts notifications</source>
        <translation>Afficher les notifications Defender Experts</translation>
    </message>
</context>
<context>
    <name>DeskCard</name>
    <message>
        <location filename="../ui/shell/desk_card.py" line="38"/>
        <source>Defender Experts by tenant</source>
        <translation>Defender Experts par locataire</translation>
    </message>
    <message>
        <location filename="../ui/shell/desk_card.py" line="45"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../ui/shell/desk_card.py" line="46"/>
        <source>Defender Experts notifications</source>
        <translation>Notifications Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/shell/desk_card.py" line="47"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../ui/shell/desk_card.py" line="48"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../ui/shell/desk_card.py" line="49"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../ui/shell/desk_card.py" line="77"/>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../ui/details/widgets.py" line="77"/>
        <location filename="../ui/details/widgets.py" line="85"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/details/widgets.py" line="93"/>
        <source>Not known</source>
        <translation>Date inconnue</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../ui/details/page_base.py" line="55"/>
        <source>Open in Defender portal</source>
        <translation>Ouvrir dans le portail Defender</translation>
    </message>
    <message>
        <location filename="../ui/details/page_base.py" line="61"/>
        <source>The API did not send a portal link for this item.</source>
        <translation>L&apos;API n&apos;a envoyé aucun lien vers le portail pour cet élément.</translation>
    </message>
</context>
<context>
    <name>DeviceContextMenu</name>
    <message>
        <location filename="../ui/details/device_menu.py" line="50"/>
        <source>Open device page</source>
        <translation>Ouvrir la page de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/details/device_menu.py" line="55"/>
        <source>Open in Defender portal</source>
        <translation>Ouvrir dans le portail Defender</translation>
    </message>
    <message>
        <location filename="../ui/details/device_menu.py" line="60"/>
        <source>Show its incidents</source>
        <translation>Afficher ses incidents</translation>
    </message>
    <message>
        <location filename="../ui/details/device_menu.py" line="65"/>
        <source>Show its alerts</source>
        <translation>Afficher ses alertes</translation>
    </message>
    <message>
        <location filename="../ui/details/device_menu.py" line="71"/>
        <source>Copy ID</source>
        <translation>Copier l&apos;ID</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../ui/details/device_page.py" line="56"/>
        <source>This device is not in the local cache. Sync, then try again.</source>
        <translation>Cet appareil n&apos;est pas dans le cache local. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="61"/>
        <source>Device %1</source>
        <translation>Appareil %1</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="79"/>
        <source>Alerts over time, per week</source>
        <translation>Alertes au fil du temps, par semaine</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="81"/>
        <source>Alerts over time, per day</source>
        <translation>Alertes au fil du temps, par jour</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="96"/>
        <source>Incidents (%1)</source>
        <translation>Incidents (%1)</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="109"/>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="114"/>
        <source>Users (%1)</source>
        <translation>Utilisateurs (%1)</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="127"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="133"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="135"/>
        <location filename="../ui/details/device_page.py" line="142"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="140"/>
        <source>Exposure level</source>
        <translation>Niveau d&apos;exposition</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="146"/>
        <source>Health state</source>
        <translation>État d&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="147"/>
        <source>Onboarding status</source>
        <translation>État d&apos;intégration</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="148"/>
        <source>Device value</source>
        <translation>Valeur de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="151"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/details/device_tags_fact.py" line="70"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="123"/>
        <source>No activity from this console on this device yet: its response actions, tags and questions to Defender Experts will be listed here.</source>
        <translation>Aucune activité de cette console sur cet appareil pour l&apos;instant&#xa0;: ses actions de réponse, ses étiquettes et les questions posées à Defender Experts s&apos;afficheront ici.</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="156"/>
        <source> (build %1)</source>
        <translation> (build %1)</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="157"/>
        <source>OS</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="158"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="159"/>
        <source>External IP</source>
        <translation>IP externe</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="160"/>
        <source>Device group</source>
        <translation>Groupe d&apos;appareils</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="161"/>
        <source>First seen</source>
        <translation>Vu pour la première fois</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="162"/>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="168"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="199"/>
        <source>Add a tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="200"/>
        <source>Remove a tag…</source>
        <translation>Retirer une étiquette…</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="212"/>
        <source>Device actions need the tenant to be reachable.</source>
        <translation>Les actions sur l&apos;appareil demandent que le locataire soit joignable.</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="240"/>
        <source>Tag “%1” removed: sent when online</source>
        <translation>Étiquette «&#xa0;%1&#xa0;» retirée&#xa0;: envoyée une fois en ligne</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="242"/>
        <source>Tag “%1” added: sent when online</source>
        <translation>Étiquette «&#xa0;%1&#xa0;» ajoutée&#xa0;: envoyée une fois en ligne</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="267"/>
        <location filename="../ui/details/device_page.py" line="273"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="275"/>
        <source>%1: sending…</source>
        <translation>%1&#xa0;: envoi…</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="301"/>
        <source>Isolated (%1)</source>
        <translation>Isolé (%1)</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="302"/>
        <source>selective</source>
        <translation>sélectif</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="302"/>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="306"/>
        <source>Not isolated</source>
        <translation>Non isolé</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="308"/>
        <source>apps restricted</source>
        <translation>applications restreintes</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="309"/>
        <source>Containment: %1</source>
        <translation>Confinement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="334"/>
        <source>Download package…</source>
        <translation>Télécharger le package…</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="357"/>
        <source>Save the investigation package in</source>
        <translation>Enregistrer le package d&apos;investigation dans</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="374"/>
        <source>Downloading the investigation package…</source>
        <translation>Téléchargement du package d&apos;investigation…</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="385"/>
        <source>The package was not downloaded: %1</source>
        <translation>Le package n&apos;a pas été téléchargé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="388"/>
        <source>Investigation package saved: %1</source>
        <translation>Package d&apos;investigation enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="411"/>
        <source>No users named in the evidence of its alerts.</source>
        <translation>Aucun utilisateur n&apos;est cité dans les preuves de ses alertes.</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="412"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/details/device_page.py" line="412"/>
        <source>Mentions in evidence</source>
        <translation>Mentions dans les preuves</translation>
    </message>
</context>
<context>
    <name>DevicePane</name>
    <message>
        <location filename="../ui/details/panes.py" line="317"/>
        <location filename="../ui/details/panes.py" line="318"/>
        <source>More actions</source>
        <translation>Plus d&apos;actions</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="333"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="335"/>
        <location filename="../ui/details/panes.py" line="342"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="340"/>
        <source>Exposure level</source>
        <translation>Niveau d&apos;exposition</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="345"/>
        <source>Health state</source>
        <translation>État d&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="346"/>
        <source>Onboarding status</source>
        <translation>État d&apos;intégration</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="347"/>
        <source>OS</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="348"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="349"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="351"/>
        <source>External IP</source>
        <translation>IP externe</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="352"/>
        <source>Device value</source>
        <translation>Valeur de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="353"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="353"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="354"/>
        <source>First seen</source>
        <translation>Vu pour la première fois</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="355"/>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="356"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="357"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="362"/>
        <source>Open device page</source>
        <translation>Ouvrir la page de l&apos;appareil</translation>
    </message>
</context>
<context>
    <name>DeviceTags</name>
    <message>
        <location filename="../ui/triage/device_tag_dialog.py" line="42"/>
        <source>Remove a tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <location filename="../ui/triage/device_tag_dialog.py" line="43"/>
        <source>Add a tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <location filename="../ui/triage/device_tag_dialog.py" line="45"/>
        <source>Remove a tag from %1 devices</source>
        <translation>Retirer une étiquette de %1 appareils</translation>
    </message>
    <message>
        <location filename="../ui/triage/device_tag_dialog.py" line="47"/>
        <source>Add a tag to %1 devices</source>
        <translation>Ajouter une étiquette à %1 appareils</translation>
    </message>
    <message>
        <location filename="../ui/triage/device_tag_dialog.py" line="55"/>
        <source>Tag to remove from this device:</source>
        <translation>Étiquette à retirer de cet appareil&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/triage/device_tag_dialog.py" line="56"/>
        <source>Tag to add to this device:</source>
        <translation>Étiquette à ajouter à cet appareil&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/triage/device_tag_dialog.py" line="58"/>
        <source>Tag to remove from the %1 devices:</source>
        <translation>Étiquette à retirer des %1 appareils&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/triage/device_tag_dialog.py" line="60"/>
        <source>Tag to add to the %1 devices:</source>
        <translation>Étiquette à ajouter aux %1 appareils&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/triage/queue_device_tags.py" line="69"/>
        <source>Add a tag to %1 selected devices…</source>
        <translation>Ajouter une étiquette aux %1 appareils sélectionnés…</translation>
    </message>
    <message>
        <location filename="../ui/triage/queue_device_tags.py" line="72"/>
        <source>Remove a tag from %1 selected devices…</source>
        <translation>Retirer une étiquette des %1 appareils sélectionnés…</translation>
    </message>
    <message>
        <location filename="../ui/triage/queue_device_tags.py" line="76"/>
        <source>Add a tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <location filename="../ui/triage/queue_device_tags.py" line="77"/>
        <source>Remove a tag…</source>
        <translation>Retirer une étiquette…</translation>
    </message>
</context>
<context>
    <name>DocumentationDialog</name>
    <message>
        <location filename="../ui/shell/documentation.py" line="69"/>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <location filename="../ui/shell/documentation.py" line="78"/>
        <source>The documentation is not installed with this console (%1).</source>
        <translation>La documentation n&apos;est pas installée avec cette console (%1).</translation>
    </message>
    <message>
        <location filename="../ui/shell/documentation.py" line="89"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../ui/onboarding/intro_pages.py" line="61"/>
        <source>You are ready</source>
        <translation>Vous êtes prêt</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/intro_pages.py" line="62"/>
        <source>The console opens on its home page.</source>
        <translation>La console s&apos;ouvre sur sa page d&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/intro_pages.py" line="64"/>
        <source>Go to the home page</source>
        <translation>Aller à l&apos;accueil</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/intro_pages.py" line="68"/>
        <source>The home page leads with its Defender Experts for Hunting card: the notifications of the period, the newest first, and a way to all of them.</source>
        <translation>La page d&apos;accueil commence par sa carte Defender Experts for Hunting&#xa0;: les notifications de la période, les plus récentes d&apos;abord, et un accès à toutes.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/intro_pages.py" line="77"/>
        <source>The first sync runs in the background; its progress shows in the status bar at the bottom of the window, and you can work meanwhile.</source>
        <translation>La première synchronisation tourne en arrière-plan&#xa0;; sa progression s&apos;affiche dans la barre d&apos;état en bas de la fenêtre, et vous pouvez travailler pendant ce temps.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/intro_pages.py" line="87"/>
        <source>Help › Show the welcome wizard and Help › Take the tour again bring these steps back whenever you want them.</source>
        <translation>Aide › Afficher l&apos;assistant de bienvenue et Aide › Refaire la visite ramènent ces étapes quand vous le voulez.</translation>
    </message>
</context>
<context>
    <name>EmptyDetails</name>
    <message>
        <location filename="../ui/queues/details.py" line="63"/>
        <source>Select a row to see its details.</source>
        <translation>Sélectionnez une ligne pour en afficher les détails.</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <location filename="../ui/error_texts.py" line="50"/>
        <source>the service</source>
        <translation>le service</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="64"/>
        <source>the cache file could not be written</source>
        <translation>le fichier du cache n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="66"/>
        <source>the sync process stopped before it finished; every page it committed is kept</source>
        <translation>le processus de synchronisation s&apos;est arrêté avant la fin&#xa0;; chaque page enregistrée est conservée</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="70"/>
        <source>an unexpected error; Details has its technical line</source>
        <translation>une erreur inattendue&#xa0;; Détails en donne la ligne technique</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="94"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="96"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="98"/>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="107"/>
        <source>%1 did not answer in time</source>
        <translation>%1 n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="109"/>
        <source>cannot reach %1</source>
        <translation>impossible de joindre %1</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="112"/>
        <source>%1 kept answering with an error (HTTP %2); try again later</source>
        <translation>%1 répond toujours par une erreur (HTTP %2)&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="115"/>
        <source>%1 is busy: it kept asking the console to slow down; try again later</source>
        <translation>%1 est surchargé&#xa0;: il demande sans cesse à la console de ralentir&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="119"/>
        <source>%1 no longer accepts this sign-in</source>
        <translation>%1 n&apos;accepte plus cette connexion</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="121"/>
        <source>%1 sent another tenant&apos;s data, so the page was refused</source>
        <translation>%1 a envoyé les données d&apos;un autre locataire, la page a donc été refusée</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="125"/>
        <source>%1 sent a page the console cannot read</source>
        <translation>%1 a envoyé une page que la console ne sait pas lire</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="127"/>
        <source>%1 pointed the console at an address outside the service</source>
        <translation>%1 a renvoyé la console vers une adresse hors du service</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="131"/>
        <source>%1 kept sending more pages</source>
        <translation>%1 envoie des pages sans fin</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="137"/>
        <source>%1 refused access (403): the account or the app lacks a permission</source>
        <translation>%1 a refusé l&apos;accès (403)&#xa0;: il manque une autorisation au compte ou à l&apos;application</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="141"/>
        <source>%1 does not know what was asked (404)</source>
        <translation>%1 ne connaît pas ce qui a été demandé (404)</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="143"/>
        <source>%1 had an error (HTTP %2)</source>
        <translation>%1 a rencontré une erreur (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="147"/>
        <source>%1 refused the request (HTTP %2)</source>
        <translation>%1 a refusé la requête (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="150"/>
        <source>the request to %1 failed</source>
        <translation>la requête vers %1 a échoué</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="160"/>
        <source>%1 asked the console to slow down (retrying in %2 s)</source>
        <translation>%1 demande à la console de ralentir (nouvel essai dans %2&#xa0;s)</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="164"/>
        <source>%1 had a temporary error, HTTP %3 (retrying in %2 s)</source>
        <translation>%1 a eu une erreur temporaire, HTTP %3 (nouvel essai dans %2&#xa0;s)</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="168"/>
        <source>%1 sent an incomplete answer (retrying in %2 s)</source>
        <translation>%1 a envoyé une réponse incomplète (nouvel essai dans %2&#xa0;s)</translation>
    </message>
    <message>
        <location filename="../ui/error_texts.py" line="172"/>
        <source>Cannot reach %1 (retrying in %2 s)</source>
        <translation>Impossible de joindre %1 (nouvel essai dans %2&#xa0;s)</translation>
    </message>
</context>
<context>
    <name>ExpertsCatalogue</name>
    <message>
        <location filename="../experts/catalogue.py" line="30"/>
        <source>Ask Defender Experts is not a security incident response service: it helps you better understand complex threats affecting your organization. For urgent incident response, work with your own incident response team. If you do not have one and want help from Microsoft, create a support request in the Premier Services Hub.</source>
        <translation>Demander aux experts Defender n’est pas un service de réponse aux incidents de sécurité&#xa0;: il vous aide à mieux comprendre les menaces complexes qui affectent votre organisation. Pour une réponse urgente à un incident, faites appel à votre propre équipe de réponse aux incidents de sécurité. Si vous n’en avez pas et souhaitez l’aide de Microsoft, créez une demande de support dans le Premier Services Hub.</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="38"/>
        <source>Alert information</source>
        <translation>Informations sur les alertes</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="39"/>
        <source>Gather more information on alerts and incidents, including root causes and scope.</source>
        <translation>Recueillir des informations supplémentaires sur les alertes et les incidents, notamment leurs causes profondes et leur étendue.</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="44"/>
        <source>We saw a new type of alert for a living-off-the-land binary. We can provide the alert ID. Can you tell us more about this alert and whether it is related to an incident, and how we can investigate it further?</source>
        <translation>Nous avons vu un nouveau type d’alerte pour un binaire living-off-the-land (LOLBin). Nous pouvons fournir l’ID de l’alerte. Pouvez-vous nous en dire plus sur cette alerte, nous dire si elle est liée à un incident et comment l’examiner plus en détail&#xa0;?</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="48"/>
        <source>We observed two similar attacks, which both try to execute malicious PowerShell scripts but generate different alerts. One is &quot;Suspicious PowerShell command line&quot; and the other is &quot;Malicious file detected based on indication provided by Office 365&quot;. What is the difference?</source>
        <translation>Nous avons observé deux attaques similaires, qui tentent toutes deux d’exécuter des scripts PowerShell malveillants, mais génèrent des alertes différentes. L’une est «&#xa0;Suspicious PowerShell command line&#xa0;» (ligne de commande PowerShell suspecte) et l’autre «&#xa0;Malicious file detected based on indication provided by Office 365&#xa0;» (fichier malveillant détecté d’après une indication fournie par Office 365). Quelle est la différence&#xa0;?</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="52"/>
        <source>We received an odd alert today about an anomalous number of failed sign-ins from a high-profile user&apos;s device. We cannot find any further evidence of these attempts. How does Microsoft Defender see these attempts? What types of sign-ins are monitored?</source>
        <translation>Nous avons reçu aujourd’hui une alerte inhabituelle concernant un nombre anormal de connexions échouées depuis l’appareil d’un utilisateur sensible. Nous ne trouvons aucune autre trace de ces tentatives. Comment Microsoft Defender voit-il ces tentatives&#xa0;? Quels types de connexions sont surveillés&#xa0;?</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="56"/>
        <source>Can you give more context or insight into the alert and related incidents, &quot;Suspicious behavior by a system utility was observed&quot;?</source>
        <translation>Pouvez-vous donner plus de contexte ou d’informations sur l’alerte «&#xa0;Suspicious behavior by a system utility was observed&#xa0;» (comportement suspect d’un utilitaire système observé) et les incidents associés&#xa0;?</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="60"/>
        <source>I observed an alert titled &quot;Creation of forwarding/redirect rule&quot;. I believe the activity is benign. Can you tell me why I received an alert?</source>
        <translation>J’ai observé une alerte intitulée «&#xa0;Creation of forwarding/redirect rule&#xa0;» (création d’une règle de transfert/redirection). Je pense que l’activité est bénigne. Pouvez-vous me dire pourquoi j’ai reçu une alerte&#xa0;?</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="68"/>
        <source>Possible device compromise</source>
        <translation>Compromission possible de l’appareil</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="69"/>
        <source>Clarify suspicious devices, alerts or incidents, and the next steps if you face an advanced attacker.</source>
        <translation>Clarifier des appareils, alertes ou incidents suspects, et les prochaines étapes si vous faites face à un attaquant avancé.</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="74"/>
        <source>Can you help explain why we see a message or alert for &quot;Unknown process observed&quot; on many devices in our organization? We appreciate any input on whether this message or alert is related to malicious activity or incidents.</source>
        <translation>Pouvez-vous nous expliquer pourquoi nous voyons un message ou une alerte «&#xa0;Unknown process observed&#xa0;» (processus inconnu observé) sur de nombreux appareils de notre organisation&#xa0;? Toute indication sur le lien éventuel entre ce message ou cette alerte et des activités malveillantes ou des incidents nous sera utile.</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="78"/>
        <source>Can you help validate a possible compromise on the following system, dating from last week? It behaves like a previous malware detection on the same system six months ago.</source>
        <translation>Pouvez-vous nous aider à confirmer une compromission possible du système suivant, datant de la semaine dernière&#xa0;? Elle se comporte comme une détection de logiciel malveillant sur le même système il y a six mois.</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="86"/>
        <source>Threat intelligence details</source>
        <translation>Détails du renseignement sur les menaces</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="87"/>
        <source>Determine risks and available protections related to threat actors, campaigns or emerging attacker techniques.</source>
        <translation>Déterminer les risques et les protections disponibles face aux acteurs de menace, aux campagnes ou aux nouvelles techniques d’attaque.</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="92"/>
        <source>We detected a phishing email that delivered a malicious Word document to a user. The document caused a series of suspicious events, which triggered multiple alerts for a particular malware family. Do you have any information about this malware? If yes, can you send us a link?</source>
        <translation>Nous avons détecté un e-mail d’hameçonnage qui a remis un document Word malveillant à un utilisateur. Le document a provoqué une série d’événements suspects, qui ont déclenché plusieurs alertes pour une famille de logiciels malveillants particulière. Avez-vous des informations sur ce logiciel malveillant&#xa0;? Si oui, pouvez-vous nous envoyer un lien&#xa0;?</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="96"/>
        <source>We recently saw a blog post about a threat that targets our industry. Can you help us understand what protection Microsoft Defender provides against this threat actor?</source>
        <translation>Nous avons récemment lu un billet de blog sur une menace qui cible notre secteur. Pouvez-vous nous aider à comprendre quelle protection Microsoft Defender offre contre cet acteur de menace&#xa0;?</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="100"/>
        <source>We recently observed a phishing campaign conducted against our organization. Can you tell us whether it targeted our company specifically or our industry as a whole?</source>
        <translation>Nous avons récemment observé une campagne d’hameçonnage menée contre notre organisation. Pouvez-vous nous dire si elle visait spécifiquement notre entreprise ou l’ensemble de notre secteur&#xa0;?</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="108"/>
        <source>Defender Experts notification follow-up</source>
        <translation>Suivi des notifications Defender Experts</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="109"/>
        <source>Get help acting on a Defender Experts notification you received.</source>
        <translation>Obtenir de l’aide pour donner suite à une notification Defender Experts reçue.</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="114"/>
        <source>Can your incident response team help us address the Defender Experts notification we received?</source>
        <translation>Votre équipe de réponse aux incidents peut-elle nous aider à traiter la notification Defender Experts que nous avons reçue&#xa0;?</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="118"/>
        <source>We received this Defender Experts notification from Microsoft Defender Experts for Hunting. We don&apos;t have our own incident response team. What can we do now, and how can we contain the incident?</source>
        <translation>Nous avons reçu cette notification de Microsoft Defender Experts for Hunting. Nous n’avons pas notre propre équipe de réponse aux incidents. Que pouvons-nous faire maintenant et comment contenir l’incident&#xa0;?</translation>
    </message>
    <message>
        <location filename="../experts/catalogue.py" line="122"/>
        <source>We received a Defender Experts notification from Microsoft Defender Experts for Hunting. What data can you provide that we can pass on to our incident response team?</source>
        <translation>Nous avons reçu une notification de Microsoft Defender Experts for Hunting. Quelles données pouvez-vous nous fournir que nous pourrons transmettre à notre équipe de réponse aux incidents&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ExpertsController</name>
    <message>
        <location filename="../ui/experts/controller.py" line="194"/>
        <source>Defender Experts answered your question about %1.</source>
        <translation>Les Defender Experts ont répondu à votre question sur %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/experts/controller.py" line="198"/>
        <source>Defender Experts answered %Ln of your questions.</source>
        <translation>
            <numerusform>Les Defender Experts ont répondu à %Ln de vos questions.</numerusform>
            <numerusform>Les Defender Experts ont répondu à %Ln de vos questions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/experts/controller.py" line="200"/>
        <source>Defender Experts messages</source>
        <translation>Messages Defender Experts</translation>
    </message>
</context>
<context>
    <name>ExpertsMessages</name>
    <message>
        <location filename="../ui/experts/requests_model.py" line="30"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../ui/experts/requests_model.py" line="32"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/experts/requests_model.py" line="33"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/experts/requests_model.py" line="34"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/experts/requests_model.py" line="35"/>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/experts/requests_model.py" line="36"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../ui/experts/requests_model.py" line="37"/>
        <source>Asked</source>
        <translation>Posée le</translation>
    </message>
    <message>
        <location filename="../ui/experts/requests_model.py" line="38"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../ui/experts/requests_model.py" line="39"/>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../ui/experts/requests_model.py" line="137"/>
        <location filename="../ui/experts/requests_model.py" line="167"/>
        <source>New answer</source>
        <translation>Nouvelle réponse</translation>
    </message>
    <message>
        <location filename="../ui/experts/requests_model.py" line="139"/>
        <source>Read</source>
        <translation>Lue</translation>
    </message>
</context>
<context>
    <name>ExpertsMessagesPage</name>
    <message>
        <location filename="../ui/experts/messages_page.py" line="49"/>
        <source>Defender Experts messages</source>
        <translation>Messages Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/experts/messages_page.py" line="58"/>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../ui/experts/messages_page.py" line="61"/>
        <source>Send waiting questions and replies, and fetch new answers</source>
        <translation>Envoyer les questions et les réponses en attente, puis récupérer les nouvelles réponses des experts</translation>
    </message>
    <message>
        <location filename="../ui/experts/messages_page.py" line="65"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/experts/messages_page.py" line="72"/>
        <source>Ask Defender Experts is not set up for this tenant.</source>
        <translation>La fonction Demander aux experts Defender n&apos;est pas configurée pour ce locataire.</translation>
    </message>
    <message>
        <location filename="../ui/experts/messages_page.py" line="82"/>
        <source>No questions yet. Ask Defender Experts from a device, an alert or an incident (its actions menu, its side pane or a row&apos;s right-click menu).</source>
        <translation>Aucune question pour l&apos;instant. Posez vos questions aux experts Defender depuis un appareil, une alerte ou un incident (via son menu Actions, son volet latéral ou le menu contextuel d&apos;une ligne).</translation>
    </message>
    <message>
        <location filename="../ui/experts/messages_page.py" line="150"/>
        <source>%1 waiting to be sent</source>
        <translation>En attente d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/experts/messages_page.py" line="173"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExpertsSettingsDialog</name>
    <message>
        <location filename="../ui/experts/settings_dialog.py" line="35"/>
        <source>Defender Experts settings</source>
        <translation>Paramètres Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/experts/settings_dialog.py" line="39"/>
        <source>There is no public Microsoft API for Ask Defender Experts: choose how this tenant&apos;s questions travel. The allowance follows your service terms (ten a quarter today; older terms were monthly).</source>
        <translation>Il n&apos;existe aucune API Microsoft publique pour Demander aux experts Defender&#xa0;: choisissez comment les questions de ce locataire sont transmises. Le quota dépend de vos conditions de service (actuellement dix questions par trimestre&#xa0;; les anciennes conditions prévoyaient un quota mensuel).</translation>
    </message>
    <message>
        <location filename="../ui/experts/settings_dialog.py" line="50"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/experts/settings_dialog.py" line="54"/>
        <source>Service URL</source>
        <translation>URL du service</translation>
    </message>
    <message>
        <location filename="../ui/experts/settings_dialog.py" line="58"/>
        <source>Experts contact e-mail</source>
        <translation>E-mail du contact des experts</translation>
    </message>
    <message>
        <location filename="../ui/experts/settings_dialog.py" line="63"/>
        <source>Allowance period</source>
        <translation>Période du quota</translation>
    </message>
    <message>
        <location filename="../ui/experts/settings_dialog.py" line="68"/>
        <source> questions</source>
        <translation> questions</translation>
    </message>
    <message>
        <location filename="../ui/experts/settings_dialog.py" line="69"/>
        <source>Questions per period</source>
        <translation>Questions par période</translation>
    </message>
    <message>
        <location filename="../ui/experts/settings_dialog.py" line="120"/>
        <source>The service channel needs an http(s) URL.</source>
        <translation>Le canal du service des experts nécessite une URL http(s).</translation>
    </message>
    <message>
        <location filename="../ui/experts/settings_dialog.py" line="122"/>
        <source>The e-mail channel needs the experts contact&apos;s address.</source>
        <translation>Le canal e-mail nécessite l&apos;adresse du contact des experts.</translation>
    </message>
    <message>
        <location filename="../ui/experts/settings_dialog.py" line="124"/>
        <source>Not an e-mail address: %1</source>
        <translation>Adresse e-mail non valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExpertsText</name>
    <message>
        <location filename="../ui/experts/texts.py" line="18"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="19"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="20"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="21"/>
        <source>Exposure level</source>
        <translation>Niveau d&apos;exposition</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="22"/>
        <source>Health state</source>
        <translation>État d&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="23"/>
        <source>OS</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="24"/>
        <source>Recent alerts</source>
        <translation>Alertes récentes</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="25"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="26"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="27"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="28"/>
        <source>Detection source</source>
        <translation>Source de détection</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="29"/>
        <location filename="../ui/experts/texts.py" line="41"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="30"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="31"/>
        <source>Defender Experts notification</source>
        <translation>Notification Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="32"/>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="33"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="34"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="35"/>
        <location filename="../ui/experts/texts.py" line="39"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="40"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="46"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="47"/>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="48"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="49"/>
        <source>Answered</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="50"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="51"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="53"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="54"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="56"/>
        <source>Experts service endpoint</source>
        <translation>Point de terminaison du service des experts</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="57"/>
        <source>Defender portal (browser and clipboard)</source>
        <translation>Portail Defender (navigateur et Presse-papiers)</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="58"/>
        <source>E-mail to the experts contact</source>
        <translation>E-mail au contact des experts</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="60"/>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="61"/>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="63"/>
        <location filename="../ui/experts/texts.py" line="65"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="64"/>
        <location filename="../ui/experts/texts.py" line="66"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="103"/>
        <source>Unknown (%1)</source>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <location filename="../ui/experts/texts.py" line="117"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../ui/queues/chips.py" line="58"/>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../ui/queues/filter_panel.py" line="120"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_panel.py" line="150"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_panel.py" line="154"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_panel.py" line="180"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_panel.py" line="187"/>
        <source>Names or emails, comma-separated</source>
        <translation>Noms ou adresses e-mail, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_panel.py" line="206"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_panel.py" line="207"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/shell/home_page.py" line="265"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <location filename="../ui/details/incident_page.py" line="58"/>
        <location filename="../ui/details/incident_page.py" line="68"/>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="59"/>
        <source>This incident is not in the local cache. Sync, then try again.</source>
        <translation>Cet incident n&apos;est pas dans le cache local. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="86"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="95"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="100"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="102"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="104"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="104"/>
        <location filename="../ui/details/incident_page.py" line="107"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="107"/>
        <source>Determination</source>
        <translation>Détermination</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="110"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="110"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="113"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="114"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="117"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="118"/>
        <source>%1 active of %2</source>
        <translation>%1 actives sur %2</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="123"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="148"/>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="170"/>
        <source>Devices (%1)</source>
        <translation>Appareils (%1)</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="176"/>
        <source>Evidence (%1)</source>
        <translation>Preuves (%1)</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="181"/>
        <source>Comments (%1)</source>
        <translation>Commentaires (%1)</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="184"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="188"/>
        <source>No comments on this incident yet.</source>
        <translation>Aucun commentaire sur cet incident pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="190"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="190"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="190"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="198"/>
        <location filename="../ui/details/incident_page.py" line="220"/>
        <location filename="../ui/details/incident_page.py" line="226"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="208"/>
        <source>Incident created</source>
        <translation>Incident créé</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="211"/>
        <source>Alert added: %1</source>
        <translation>Alerte ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="216"/>
        <source>Alert resolved: %1</source>
        <translation>Alerte résolue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="222"/>
        <source>Comment by %1</source>
        <translation>Commentaire de %1</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="232"/>
        <source>Defender keeps no history of status, assignment or classification changes in what it sends; this list shows dated events, the current values and what was changed from this console.</source>
        <translation>Les données envoyées par Defender ne contiennent aucun historique des changements d&apos;état, d&apos;attribution ou de classification. Cette liste affiche les événements datés, les valeurs actuelles et ce qui a été modifié depuis cette console.</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="225"/>
        <source>Last update. Now: %1, %2, classification %3</source>
        <translation>Dernière mise à jour. Valeurs actuelles&#xa0;: %1, %2, classification %3</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="228"/>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <location filename="../ui/details/incident_page.py" line="252"/>
        <source>Copy incident id</source>
        <translation>Copier l&apos;ID de l&apos;incident</translation>
    </message>
</context>
<context>
    <name>IncidentPane</name>
    <message>
        <location filename="../ui/details/panes.py" line="146"/>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="149"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="150"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="153"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="156"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="156"/>
        <location filename="../ui/details/panes.py" line="159"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="159"/>
        <source>Determination</source>
        <translation>Détermination</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="162"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="162"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="166"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="167"/>
        <source>%1 active of %2</source>
        <translation>%1 actives sur %2</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="171"/>
        <source>Impacted devices</source>
        <translation>Appareils affectés</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="172"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="173"/>
        <source>Service sources</source>
        <translation>Sources de service</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="174"/>
        <source>Detection sources</source>
        <translation>Sources de détection</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="175"/>
        <source>First activity</source>
        <translation>Première activité</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="176"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="177"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="178"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../ui/details/panes.py" line="190"/>
        <source>Open incident page</source>
        <translation>Ouvrir la page de l&apos;incident</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/labels.py" line="22"/>
        <source>Informational</source>
        <translation>Informationnelle</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="23"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="24"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="25"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="26"/>
        <location filename="../ui/labels.py" line="27"/>
        <location filename="../ui/labels.py" line="186"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="29"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="30"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="31"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="32"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="33"/>
        <source>Redirected</source>
        <translation>Redirigé</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="34"/>
        <source>Awaiting customer action</source>
        <translation>En attente d&apos;une action du client</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="36"/>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="37"/>
        <source>True positive</source>
        <translation>Vrai positif</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="38"/>
        <source>Informational, expected activity</source>
        <translation>Informationnel, activité attendue</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="41"/>
        <source>Benign positive</source>
        <translation>Positif bénin</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="43"/>
        <source>Advanced persistent threat</source>
        <translation>Menace persistante avancée</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="44"/>
        <location filename="../ui/labels.py" line="140"/>
        <location filename="../ui/labels.py" line="207"/>
        <source>Malware</source>
        <translation>Programme malveillant</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="45"/>
        <source>Security personnel</source>
        <translation>Personnel de sécurité</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="46"/>
        <source>Security testing</source>
        <translation>Test de sécurité</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="47"/>
        <location filename="../ui/labels.py" line="209"/>
        <source>Unwanted software</source>
        <translation>Logiciel indésirable</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="48"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="49"/>
        <source>Multi-staged attack</source>
        <translation>Attaque en plusieurs étapes</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="50"/>
        <source>Compromised account</source>
        <translation>Compte compromis</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="51"/>
        <source>Phishing</source>
        <translation>Hameçonnage</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="52"/>
        <source>Malicious user activity</source>
        <translation>Activité utilisateur malveillante</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="53"/>
        <source>Not malicious</source>
        <translation>Non malveillant</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="54"/>
        <source>Not enough data to validate</source>
        <translation>Données insuffisantes pour valider</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="55"/>
        <source>Confirmed activity</source>
        <translation>Activité confirmée</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="56"/>
        <source>Line-of-business application</source>
        <translation>Application métier</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="58"/>
        <source>Microsoft Defender for Endpoint</source>
        <translation>Microsoft Defender for Endpoint</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="59"/>
        <source>Microsoft Defender for Identity</source>
        <translation>Microsoft Defender for Identity</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="60"/>
        <source>Microsoft Defender for Cloud Apps</source>
        <translation>Microsoft Defender for Cloud Apps</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="63"/>
        <source>Microsoft Defender for Office 365</source>
        <translation>Microsoft Defender for Office 365</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="66"/>
        <source>Microsoft Defender XDR</source>
        <translation>Microsoft Defender XDR</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="67"/>
        <source>Microsoft Entra ID Protection</source>
        <translation>Microsoft Entra ID Protection</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="68"/>
        <source>App governance</source>
        <translation>Gouvernance des applications</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="69"/>
        <source>Data loss prevention</source>
        <translation>Protection contre la perte de données</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="70"/>
        <source>Microsoft Defender for Cloud</source>
        <translation>Microsoft Defender for Cloud</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="71"/>
        <source>Microsoft Sentinel</source>
        <translation>Microsoft Sentinel</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="72"/>
        <source>Insider risk management</source>
        <translation>Gestion des risques internes</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="73"/>
        <source>Microsoft Threat Intelligence</source>
        <translation>Microsoft Threat Intelligence</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="74"/>
        <source>Microsoft Security for AI</source>
        <translation>Microsoft Security for AI</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="75"/>
        <source>Antivirus</source>
        <translation>Antivirus</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="76"/>
        <source>SmartScreen</source>
        <translation>SmartScreen</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="77"/>
        <source>Custom threat intelligence</source>
        <translation>Renseignement sur les menaces personnalisé</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="78"/>
        <source>Automated investigation</source>
        <translation>Examen automatisé</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="79"/>
        <source>Microsoft Defender Experts</source>
        <translation>Microsoft Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="80"/>
        <source>Custom detection</source>
        <translation>Détection personnalisée</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="81"/>
        <source>Cloud App Security</source>
        <translation>Cloud App Security</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="82"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="83"/>
        <source>Microsoft Data Loss Prevention</source>
        <translation>Microsoft Data Loss Prevention</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="84"/>
        <source>App governance policy</source>
        <translation>Stratégie de gouvernance des applications</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="85"/>
        <source>App governance detection</source>
        <translation>Détection de gouvernance des applications</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="86"/>
        <source>Scheduled alerts</source>
        <translation>Alertes planifiées</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="87"/>
        <source>Near-real-time alerts</source>
        <translation>Alertes en temps quasi réel</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="88"/>
        <source>Security Copilot</source>
        <translation>Security Copilot</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="90"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="91"/>
        <source>Impaired communications</source>
        <translation>Communication altérée</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="92"/>
        <source>No sensor data</source>
        <translation>Aucune donnée de capteur</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="93"/>
        <source>No sensor data, impaired communications</source>
        <translation>Aucune donnée de capteur, communication altérée</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="96"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="97"/>
        <source>Insufficient info</source>
        <translation>Informations insuffisantes</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="98"/>
        <source>Onboarded</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="99"/>
        <source>Can be onboarded</source>
        <translation>Peut être intégré</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="100"/>
        <source>Unsupported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="101"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="103"/>
        <source>Suspicious</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="104"/>
        <source>Malicious</source>
        <translation>Malveillant</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="105"/>
        <source>No threats found</source>
        <translation>Aucune menace détectée</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="107"/>
        <source>Remediated</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="108"/>
        <source>Prevented</source>
        <translation>Empêché</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="109"/>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="110"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="111"/>
        <source>Pending approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="112"/>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="113"/>
        <source>Not remediated</source>
        <translation>Non corrigé</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="114"/>
        <source>Running</source>
        <translation>En cours d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="115"/>
        <source>Partially remediated</source>
        <translation>Partiellement corrigé</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="116"/>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="118"/>
        <source>Contextual</source>
        <translation>Contextuel</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="119"/>
        <source>Scanned</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="120"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="121"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="122"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="123"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="124"/>
        <source>Compromised</source>
        <translation>Compromis</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="125"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="126"/>
        <source>Attacked</source>
        <translation>Attaqué</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="127"/>
        <source>Attacker</source>
        <translation>Attaquant</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="128"/>
        <location filename="../ui/labels.py" line="203"/>
        <source>Command and control</source>
        <translation>Commande et contrôle</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="129"/>
        <source>Loaded</source>
        <translation>Chargé</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="130"/>
        <source>Policy violator</source>
        <translation>Contrevenant à une stratégie</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="135"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="136"/>
        <source>IoT device</source>
        <translation>Appareil IoT</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="137"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="138"/>
        <source>File hash</source>
        <translation>Hachage de fichier</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="139"/>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="141"/>
        <source>Registry key</source>
        <translation>Clé de registre</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="142"/>
        <source>Registry value</source>
        <translation>Valeur de registre</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="143"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="144"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="145"/>
        <source>Security group</source>
        <translation>Groupe de sécurité</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="146"/>
        <source>Active Directory domain</source>
        <translation>Domaine Active Directory</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="147"/>
        <source>Logon session</source>
        <translation>Session de connexion (hôte)</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="148"/>
        <source>Cloud logon session</source>
        <translation>Session de connexion cloud</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="149"/>
        <source>Cloud logon request</source>
        <translation>Demande de connexion cloud</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="150"/>
        <source>Cloud application</source>
        <translation>Application cloud</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="151"/>
        <source>OAuth application</source>
        <translation>Application OAuth</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="152"/>
        <source>Service principal</source>
        <translation>Principal de service</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="153"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="154"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="155"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="156"/>
        <source>Network adapter</source>
        <translation>Carte réseau</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="157"/>
        <source>Network connection</source>
        <translation>Connexion réseau</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="158"/>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="159"/>
        <source>Mailbox configuration</source>
        <translation>Configuration de boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="160"/>
        <source>Email message</source>
        <translation>Message électronique</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="161"/>
        <source>Email cluster</source>
        <translation>Groupe de messages</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="162"/>
        <source>Submitted email</source>
        <translation>Message soumis</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="163"/>
        <source>Teams message</source>
        <translation>Message Teams</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="164"/>
        <source>Azure resource</source>
        <translation>Ressource Azure</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="165"/>
        <source>Amazon resource</source>
        <translation>Ressource Amazon</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="166"/>
        <source>Google Cloud resource</source>
        <translation>Ressource Google Cloud</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="167"/>
        <source>Blob</source>
        <translation>Blob</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="168"/>
        <source>Blob container</source>
        <translation>Conteneur de blobs</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="169"/>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="170"/>
        <source>Container image</source>
        <translation>Image de conteneur</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="171"/>
        <source>Kubernetes pod</source>
        <translation>Pod Kubernetes</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="172"/>
        <source>SAS token</source>
        <translation>Jeton SAS</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="173"/>
        <source>AI agent</source>
        <translation>Agent d&apos;IA</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="174"/>
        <source>GitHub organization</source>
        <translation>Organisation GitHub</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="175"/>
        <source>GitHub repository</source>
        <translation>Dépôt GitHub</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="176"/>
        <source>GitHub user</source>
        <translation>Utilisateur GitHub</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="184"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="192"/>
        <source>Reconnaissance</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="193"/>
        <source>Resource development</source>
        <translation>Développement de ressources</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="194"/>
        <source>Initial access</source>
        <translation>Accès initial</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="195"/>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="196"/>
        <source>Persistence</source>
        <translation>Persistance</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="197"/>
        <source>Privilege escalation</source>
        <translation>Élévation de privilèges</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="198"/>
        <source>Defense evasion</source>
        <translation>Évasion de défense</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="199"/>
        <source>Credential access</source>
        <translation>Accès aux informations d&apos;identification</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="200"/>
        <source>Discovery</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="201"/>
        <source>Lateral movement</source>
        <translation>Mouvement latéral</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="202"/>
        <source>Collection</source>
        <translation>Collecte</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="204"/>
        <source>Exfiltration</source>
        <translation>Exfiltration</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="205"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="206"/>
        <source>Suspicious activity</source>
        <translation>Activité suspecte</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="208"/>
        <source>Ransomware</source>
        <translation>Rançongiciel</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="210"/>
        <source>Exploit</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="211"/>
        <source>Threat management</source>
        <translation>Gestion des menaces</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="212"/>
        <source>Information gathering</source>
        <translation>Collecte d&apos;informations</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="258"/>
        <source>Unknown (%1)</source>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="259"/>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="284"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="285"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="286"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="287"/>
        <source>Determination</source>
        <translation>Détermination</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="288"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../ui/shell/launch_texts.py" line="21"/>
        <source>Showing the cached data of the last tenant opened, offline. Connect a tenant to sync it, or open the demo.</source>
        <translation>Affichage hors ligne des données en cache du dernier locataire ouvert. Connectez un locataire pour le synchroniser, ou ouvrez la démo.</translation>
    </message>
    <message>
        <location filename="../ui/shell/launch_texts.py" line="27"/>
        <source>Sign in to %1 to sync it; the cached data is shown meanwhile.</source>
        <translation>Connectez-vous à %1 pour le synchroniser&#xa0;; en attendant, les données en cache sont affichées.</translation>
    </message>
    <message>
        <location filename="../ui/shell/launch_texts.py" line="30"/>
        <source>Welcome. Connect your tenant to start (your administrator gives you its app registration), or open the demo to see the console with a synthetic tenant.</source>
        <translation>Bienvenue. Connectez votre locataire pour commencer (votre administrateur vous donne son inscription d&apos;application), ou ouvrez la démo pour voir la console avec un locataire synthétique.</translation>
    </message>
    <message>
        <location filename="../ui/shell/launch_texts.py" line="40"/>
        <source>No tenant</source>
        <translation>Aucun locataire</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="305"/>
        <source>Rebuild from the server</source>
        <translation>Reconstruire depuis le serveur</translation>
    </message>
    <message>
        <location filename="../app.py" line="440"/>
        <location filename="../ui/main_window.py" line="308"/>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="204"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="210"/>
        <source>Sync now (F5)</source>
        <translation>Synchroniser maintenant (F5)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="213"/>
        <source>Cancel sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="216"/>
        <source>Stop the sync; what it already saved is kept</source>
        <translation>Arrêter la synchronisation (les données déjà enregistrées sont conservées)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="218"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="223"/>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="228"/>
        <source>Show the welcome wizard</source>
        <translation>Afficher l&apos;assistant de bienvenue</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="231"/>
        <source>Sign in or open the demo, the quick tour, the Defender Experts service</source>
        <translation>Se connecter ou ouvrir la démo, la visite rapide, le service Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="234"/>
        <source>Take the tour again</source>
        <translation>Refaire la visite</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="236"/>
        <source>Where things are in the window, and why they matter</source>
        <translation>Où sont les choses dans la fenêtre, et à quoi elles servent</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="238"/>
        <source>About Hunting Console</source>
        <translation>À propos de Hunting Console</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="242"/>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="245"/>
        <source>The folder of the log file to send to support (tokens are redacted)</source>
        <translation>Le dossier du fichier journal à envoyer au support (les jetons y sont masqués)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="248"/>
        <source>Connect a tenant…</source>
        <translation>Connecter un locataire…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="251"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="253"/>
        <source>Forget this tenant&apos;s tokens on this machine</source>
        <translation>Oublier les jetons de ce locataire sur cette machine</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="259"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../ui/shell/pages.py" line="111"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../ui/shell/pages.py" line="118"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../ui/shell/pages.py" line="125"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../ui/shell/pages.py" line="132"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../ui/shell/pages.py" line="139"/>
        <source>Defender Experts messages</source>
        <translation>Messages Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/shell/pages.py" line="146"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/shell/pages.py" line="154"/>
        <source>Defender Experts report</source>
        <translation>Rapport Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="292"/>
        <source>Connect a tenant</source>
        <translation>Connecter un locataire</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="297"/>
        <source>Open the welcome wizard</source>
        <translation>Ouvrir l&apos;assistant de bienvenue</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="392"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="400"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="404"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="406"/>
        <source>Tenants…</source>
        <translation>Locataires…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="409"/>
        <source>Notify me of new Defender Experts notifications</source>
        <translation>M&apos;avertir des nouvelles notifications Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="414"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="418"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="432"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="435"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="449"/>
        <source>&amp;Colour scheme</source>
        <translation>&amp;Thème de couleurs</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="456"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="457"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="458"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="473"/>
        <source>The new language applies the next time the console starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de la console.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="623"/>
        <source>Incidents › Incident %1</source>
        <translation>Incidents › Incident %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="630"/>
        <source>Alerts › Alert %1</source>
        <translation>Alertes › Alerte %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="637"/>
        <source>Devices › Device %1</source>
        <translation>Appareils › Appareil %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="646"/>
        <source>Not a web link: %1</source>
        <translation>Ce n&apos;est pas un lien web&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="658"/>
        <location filename="../ui/main_window.py" line="905"/>
        <source>No tenant is set up for syncing.</source>
        <translation>Aucun locataire n&apos;est configuré pour la synchronisation.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="666"/>
        <source>Cancelling after the current page…</source>
        <translation>Annulation après la page en cours…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="707"/>
        <source>Sync finished.</source>
        <translation>Synchronisation terminée.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="709"/>
        <source>Sync cancelled; everything synced so far is kept.</source>
        <translation>Synchronisation annulée. Tout ce qui a déjà été synchronisé est conservé.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="717"/>
        <source>Signing in to %1 is needed again (%2). Nothing waiting in the outbox is lost; the cached data is kept.</source>
        <translation>Il faut se reconnecter à %1 (%2). Rien de ce qui attend dans la boîte d&apos;envoi n&apos;est perdu&#xa0;; les données en cache sont conservées.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="727"/>
        <source>Sync failed: %1. The cached data is kept.</source>
        <translation>Échec de la synchronisation&#xa0;: %1. Les données en cache sont conservées.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="728"/>
        <location filename="../ui/main_window.py" line="738"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="735"/>
        <source>Offline (%1): showing the cached data.</source>
        <translation>Hors ligne (%1)&#xa0;: affichage des données du cache.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="737"/>
        <source>Offline: showing the cached data.</source>
        <translation>Hors ligne&#xa0;: affichage des données du cache.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="792"/>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="824"/>
        <source>Signed out of %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="886"/>
        <source>The cache could not be recovered: %1</source>
        <translation>Le cache n’a pas pu être récupéré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="920"/>
        <source>Defender Experts messages (%1)</source>
        <translation>Messages Defender Experts (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="925"/>
        <source>Changes not sent: %1. They stay in the outbox.</source>
        <translation>Modifications non envoyées&#xa0;: %1. Elles restent dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="931"/>
        <source>Defender Experts: %1. Questions stay in the outbox.</source>
        <translation>Defender Experts&#xa0;: %1. Les questions restent dans la boîte d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>ManageDialog</name>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="106"/>
        <source>What you set applies to each of them; what you leave at No change stays.</source>
        <translation>Ce que vous définissez s&apos;applique à chacun&#xa0;; ce que vous laissez sur «&#xa0;Ne pas modifier&#xa0;» reste tel quel.</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="124"/>
        <source>A note, added to the comments</source>
        <translation>Une note, ajoutée aux commentaires</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="128"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="131"/>
        <source>Resolving needs a note: type one in Comment (it is sent as a comment).</source>
        <translation>Pour résoudre, saisissez une note dans Commentaire (elle est envoyée comme commentaire).</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="145"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="146"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="159"/>
        <source>Manage incident %1</source>
        <translation>Gérer l&apos;incident %1</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="159"/>
        <source>Manage alert %1</source>
        <translation>Gérer l&apos;alerte %1</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="161"/>
        <source>Manage %1 incidents</source>
        <translation>Gérer %1 incidents</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="161"/>
        <source>Manage %1 alerts</source>
        <translation>Gérer %1 alertes</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="181"/>
        <location filename="../ui/triage/manage_dialog.py" line="203"/>
        <location filename="../ui/triage/manage_dialog.py" line="221"/>
        <location filename="../ui/triage/manage_dialog.py" line="249"/>
        <source>No change</source>
        <translation>Ne pas modifier</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="192"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="203"/>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="207"/>
        <source>Assign to me</source>
        <translation>M&apos;attribuer</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="212"/>
        <source>Unassign</source>
        <translation>Retirer l&apos;attribution</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="216"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="222"/>
        <location filename="../ui/triage/manage_dialog.py" line="251"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="236"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="237"/>
        <source>Determination</source>
        <translation>Détermination</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="279"/>
        <source>Add a tag, then Enter</source>
        <translation>Ajoutez une étiquette, puis Entrée</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="281"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="284"/>
        <source>A tag to add to each, then Enter</source>
        <translation>Une étiquette à ajouter à chacun, puis Entrée</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="287"/>
        <source>A tag to remove from each, then Enter</source>
        <translation>Une étiquette à retirer de chacun, puis Entrée</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="289"/>
        <source>Add tags</source>
        <translation>Ajouter des étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="290"/>
        <source>Remove tags</source>
        <translation>Retirer des étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="321"/>
        <source>Sign in to this tenant to assign items to yourself.</source>
        <translation>Connectez-vous à ce locataire pour vous attribuer des éléments.</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="433"/>
        <source>Nothing to change: choose a new value, or type a comment.</source>
        <translation>Rien à modifier&#xa0;: choisissez une nouvelle valeur ou saisissez un commentaire.</translation>
    </message>
    <message>
        <location filename="../ui/triage/manage_dialog.py" line="435"/>
        <source>This change cannot be saved: %1</source>
        <translation>Impossible d&apos;enregistrer cette modification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/shell/banner.py" line="72"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/shell/banner.py" line="75"/>
        <source>Show the technical line, as the log has it</source>
        <translation>Afficher la ligne technique, telle que le journal la contient</translation>
    </message>
    <message>
        <location filename="../ui/shell/banner.py" line="89"/>
        <location filename="../ui/shell/banner.py" line="90"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../ui/shell/banner.py" line="110"/>
        <source>%1
The log has more: Help › Open log folder.</source>
        <translation>%1
Le journal en dit plus&#xa0;: Aide › Ouvrir le dossier des journaux.</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <location filename="../ui/shell/navigation.py" line="19"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>NetworkProblem</name>
    <message>
        <location filename="../ui/network_texts.py" line="30"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../ui/network_texts.py" line="31"/>
        <source>your network probably inspects TLS: ask IT for its root CA, or set a CA bundle in the profile</source>
        <translation>votre réseau inspecte sans doute le TLS&#xa0;: demandez au service informatique son autorité de certification racine, ou indiquez un bundle de CA dans le profil</translation>
    </message>
    <message>
        <location filename="../ui/network_texts.py" line="38"/>
        <source>it has expired; check this computer&apos;s date and time, and if they are right, tell IT that %1 (or the network&apos;s TLS inspection) serves an out-of-date certificate</source>
        <translation>il a expiré&#xa0;; vérifiez la date et l&apos;heure de cet ordinateur et, si elles sont justes, signalez au service informatique que %1 (ou l&apos;inspection TLS du réseau) présente un certificat périmé</translation>
    </message>
    <message>
        <location filename="../ui/network_texts.py" line="45"/>
        <source>it is for another host, so something on the way answers for %1 (TLS inspection or a wrong DNS answer); %2</source>
        <translation>il est pour un autre hôte&#xa0;: quelque chose sur le chemin répond à la place de %1 (inspection TLS ou réponse DNS erronée)&#xa0;; %2</translation>
    </message>
    <message>
        <location filename="../ui/network_texts.py" line="52"/>
        <source>it is self-signed; %1</source>
        <translation>il est auto-signé&#xa0;; %1</translation>
    </message>
    <message>
        <location filename="../ui/network_texts.py" line="56"/>
        <source>its issuer is not a certificate authority this computer trusts; %1</source>
        <translation>son émetteur n&apos;est pas une autorité de certification à laquelle cet ordinateur fait confiance&#xa0;; %1</translation>
    </message>
    <message>
        <location filename="../ui/network_texts.py" line="61"/>
        <source>it could not be verified; %1</source>
        <translation>il n&apos;a pas pu être vérifié&#xa0;; %1</translation>
    </message>
    <message>
        <location filename="../ui/network_texts.py" line="65"/>
        <source>the certificate of %1 was refused (issued to %2 by %3): %4</source>
        <translation>le certificat de %1 a été refusé (délivré à %2 par %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../ui/network_texts.py" line="77"/>
        <source>the proxy %1 asks for credentials (407): put your user name in the profile&apos;s proxy URL (http://user@proxy:port) and store the password with `hunting-console profiles set-secret PROFILE --kind proxy-password`</source>
        <translation>le proxy %1 demande des identifiants (407)&#xa0;: indiquez votre nom d&apos;utilisateur dans l&apos;URL du proxy du profil (http://utilisateur@proxy:port) et enregistrez le mot de passe avec `hunting-console profiles set-secret PROFILE --kind proxy-password`</translation>
    </message>
    <message>
        <location filename="../ui/network_texts.py" line="82"/>
        <source>in use</source>
        <translation>en service</translation>
    </message>
    <message>
        <location filename="../ui/network_texts.py" line="85"/>
        <source>cannot go through the proxy %1 (%2): check the proxy in the profile, or ask IT</source>
        <translation>impossible de passer par le proxy %1 (%2)&#xa0;: vérifiez le proxy du profil, ou adressez-vous au service informatique</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <location filename="../ui/onboarding/wizard.py" line="50"/>
        <source>Welcome to Hunting Console</source>
        <translation>Bienvenue dans Hunting Console</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/wizard.py" line="51"/>
        <source>Welcome wizard</source>
        <translation>Assistant de bienvenue</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/wizard.py" line="53"/>
        <source>Sign in, take a quick tour, and read what Defender Experts provides.</source>
        <translation>Connectez-vous, faites une visite rapide et découvrez ce que fournit Defender Experts.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/wizard.py" line="91"/>
        <source>Go back to the previous step.</source>
        <translation>Revenir à l&apos;étape précédente.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/wizard.py" line="92"/>
        <source>Go on to the next step.</source>
        <translation>Passer à l&apos;étape suivante.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/wizard.py" line="94"/>
        <source>Close the wizard; Help › Show the welcome wizard brings it back.</source>
        <translation>Fermer l&apos;assistant&#xa0;; Aide › Afficher l&apos;assistant de bienvenue le ramène.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/wizard.py" line="96"/>
        <source>Close the wizard and open the home page.</source>
        <translation>Fermer l&apos;assistant et ouvrir la page d&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>OpenFolderButton</name>
    <message>
        <location filename="../ui/export_folder.py" line="52"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/export_folder.py" line="66"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
</context>
<context>
    <name>OpenedPage</name>
    <message>
        <location filename="../ui/shell/page_stack.py" line="52"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../ui/shell/page_stack.py" line="55"/>
        <source>Back (Alt+Left)</source>
        <translation>Retour (Alt+Gauche)</translation>
    </message>
</context>
<context>
    <name>ProcessTree</name>
    <message>
        <location filename="../ui/details/process_tree.py" line="28"/>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../ui/details/process_tree.py" line="29"/>
        <source>Process id</source>
        <translation>ID de processus</translation>
    </message>
    <message>
        <location filename="../ui/details/process_tree.py" line="30"/>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location filename="../ui/details/process_tree.py" line="31"/>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <location filename="../ui/details/process_tree.py" line="32"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../ui/details/process_tree.py" line="33"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/details/process_tree.py" line="34"/>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <location filename="../ui/details/process_tree.py" line="35"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/details/process_tree.py" line="50"/>
        <source>No process evidence on this alert</source>
        <translation>Aucune preuve de processus pour cette alerte</translation>
    </message>
    <message>
        <location filename="../ui/details/process_tree.py" line="59"/>
        <source>Unknown process</source>
        <translation>Processus inconnu</translation>
    </message>
    <message>
        <location filename="../ui/details/process_tree.py" line="61"/>
        <source>%1 (parent, not in evidence)</source>
        <translation>%1 (parent, absent des preuves)</translation>
    </message>
    <message>
        <location filename="../ui/details/process_tree.py" line="103"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/details/process_tree.py" line="109"/>
        <source>Copy SHA-1 and SHA-256</source>
        <translation>Copier SHA-1 et SHA-256</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../ui/qt_texts.py" line="18"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/qt_texts.py" line="19"/>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/qt_texts.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/qt_texts.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
    <message>
        <location filename="../ui/queues/columns.py" line="139"/>
        <source>Incident name</source>
        <translation>Nom de l&apos;incident</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="146"/>
        <source>Incident ID</source>
        <translation>ID de l&apos;incident</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="162"/>
        <location filename="../ui/queues/columns.py" line="351"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="115"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="154"/>
        <location filename="../ui/queues/columns.py" line="241"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="171"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="179"/>
        <source>Impacted devices</source>
        <translation>Appareils affectés</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="186"/>
        <source>Active alerts</source>
        <translation>Alertes actives</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="193"/>
        <source>Service sources</source>
        <translation>Sources de service</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="200"/>
        <source>Detection sources</source>
        <translation>Sources de détection</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="123"/>
        <source>First activity</source>
        <translation>Première activité</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="130"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="208"/>
        <source>Last update time</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="98"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="105"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="216"/>
        <source>Determination</source>
        <translation>Détermination</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="226"/>
        <source>Alert name</source>
        <translation>Nom de l&apos;alerte</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="233"/>
        <source>Alert ID</source>
        <translation>ID de l&apos;alerte</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="251"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="260"/>
        <source>Detection source</source>
        <translation>Source de détection</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="267"/>
        <source>Service source</source>
        <translation>Source de service</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="274"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="281"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="293"/>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="300"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="307"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="315"/>
        <source>Exposure level</source>
        <translation>Niveau d&apos;exposition</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="323"/>
        <source>OS platform</source>
        <translation>Plateforme du système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="330"/>
        <source>OS version</source>
        <translation>Version du système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="337"/>
        <source>Health state</source>
        <translation>État d&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="344"/>
        <source>Onboarding status</source>
        <translation>État d&apos;intégration</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="358"/>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="365"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location filename="../ui/queues/columns.py" line="372"/>
        <source>Device value</source>
        <translation>Valeur de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/queues/model.py" line="52"/>
        <source>Defender Experts notification</source>
        <translation>Notification Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/queues/specs.py" line="94"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../ui/queues/pending.py" line="15"/>
        <source>Changed here, not sent yet: sent when online.</source>
        <translation>Modifié ici, pas encore envoyé&#xa0;: envoi dès le retour en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/queues/pending.py" line="16"/>
        <source>Someone changed this meanwhile: choose on the Audit page.</source>
        <translation>Modifié entre-temps par quelqu&apos;un d&apos;autre&#xa0;: choisissez sur la page Audit.</translation>
    </message>
    <message>
        <location filename="../ui/queues/pending.py" line="19"/>
        <source>The service refused this change: see why on the Audit page.</source>
        <translation>Le service a refusé cette modification&#xa0;: voyez pourquoi sur la page Audit.</translation>
    </message>
</context>
<context>
    <name>QueueDeviceTags</name>
    <message numerus="yes">
        <location filename="../ui/triage/queue_device_tags.py" line="58"/>
        <source>Tag “%1” removed from %Ln devices: pending until sent</source>
        <translation>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» retirée de %Ln appareil&#xa0;: en attente d&apos;envoi</numerusform>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» retirée de %Ln appareils&#xa0;: en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/queue_device_tags.py" line="60"/>
        <source>Tag “%1” added to %Ln devices: pending until sent</source>
        <translation>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» ajoutée à %Ln appareil&#xa0;: en attente d&apos;envoi</numerusform>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» ajoutée à %Ln appareils&#xa0;: en attente d&apos;envoi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueFilters</name>
    <message>
        <location filename="../ui/queues/filter_state.py" line="49"/>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="50"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="51"/>
        <source>3 days</source>
        <translation>3 jours</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="52"/>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="53"/>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="54"/>
        <source>6 months</source>
        <translation>6 mois</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="55"/>
        <source>Custom range…</source>
        <translation>Plage personnalisée…</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="121"/>
        <location filename="../ui/queues/specs.py" line="113"/>
        <location filename="../ui/queues/specs.py" line="191"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="122"/>
        <location filename="../ui/queues/specs.py" line="116"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="123"/>
        <location filename="../ui/queues/specs.py" line="122"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="124"/>
        <location filename="../ui/queues/specs.py" line="128"/>
        <source>Service sources</source>
        <translation>Sources de service</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="125"/>
        <location filename="../ui/queues/specs.py" line="134"/>
        <source>Detection sources</source>
        <translation>Sources de détection</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="126"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="127"/>
        <location filename="../ui/queues/specs.py" line="140"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="128"/>
        <location filename="../ui/queues/specs.py" line="146"/>
        <source>Determination</source>
        <translation>Détermination</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="129"/>
        <location filename="../ui/queues/specs.py" line="157"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="130"/>
        <location filename="../ui/queues/specs.py" line="163"/>
        <source>Exposure level</source>
        <translation>Niveau d&apos;exposition</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="131"/>
        <location filename="../ui/queues/specs.py" line="169"/>
        <source>Health state</source>
        <translation>État d&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="132"/>
        <location filename="../ui/queues/specs.py" line="175"/>
        <source>OS platform</source>
        <translation>Plateforme du système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="133"/>
        <location filename="../ui/queues/specs.py" line="181"/>
        <source>Onboarding status</source>
        <translation>État d&apos;intégration</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="134"/>
        <location filename="../ui/queues/specs.py" line="187"/>
        <source>Device value</source>
        <translation>Valeur de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="177"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="209"/>
        <location filename="../ui/queues/specs.py" line="102"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="232"/>
        <source>Time: %1</source>
        <translation>Période&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="240"/>
        <source>Defender Experts notifications only</source>
        <translation>Notifications Defender Experts uniquement</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="245"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="246"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="39"/>
        <location filename="../ui/queues/filter_state.py" line="257"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="258"/>
        <source>%1 is not: %2</source>
        <translation>%1 n&apos;est pas&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/queues/filter_state.py" line="278"/>
        <source>Search: %1</source>
        <translation>Recherche&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/queues/specs.py" line="199"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../ui/queues/specs.py" line="207"/>
        <location filename="../ui/queues/specs.py" line="228"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../ui/queues/specs.py" line="208"/>
        <source>Search name, ID, device, user or IP  ( / )</source>
        <translation>Rechercher par nom, ID, appareil, utilisateur ou IP  ( / )</translation>
    </message>
    <message>
        <location filename="../ui/queues/specs.py" line="220"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../ui/queues/specs.py" line="229"/>
        <source>Search title, ID, device, user or IP  ( / )</source>
        <translation>Rechercher par titre, ID, appareil, utilisateur ou IP  ( / )</translation>
    </message>
    <message>
        <location filename="../ui/queues/specs.py" line="240"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../ui/queues/specs.py" line="248"/>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location filename="../ui/queues/specs.py" line="249"/>
        <source>Search device name or IP  ( / )</source>
        <translation>Rechercher par nom d&apos;appareil ou IP  ( / )</translation>
    </message>
</context>
<context>
    <name>QueueMenus</name>
    <message>
        <location filename="../ui/queues/menus.py" line="27"/>
        <source>Filter on this value</source>
        <translation>Filtrer sur cette valeur</translation>
    </message>
    <message>
        <location filename="../ui/queues/menus.py" line="34"/>
        <source>Exclude this value</source>
        <translation>Exclure cette valeur</translation>
    </message>
    <message>
        <location filename="../ui/queues/menus.py" line="41"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/queues/menus.py" line="47"/>
        <source>Copy ID</source>
        <translation>Copier l&apos;ID</translation>
    </message>
    <message>
        <location filename="../ui/queues/menus.py" line="79"/>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message>
        <location filename="../ui/queues/menus.py" line="90"/>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/queues/menus.py" line="91"/>
        <source>Export to JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location filename="../ui/queues/menus.py" line="114"/>
        <source>Save current filters…</source>
        <translation>Enregistrer les filtres actuels…</translation>
    </message>
    <message>
        <location filename="../ui/queues/menus.py" line="119"/>
        <source>Default when the queue opens</source>
        <translation>Par défaut à l&apos;ouverture de la file</translation>
    </message>
    <message>
        <location filename="../ui/queues/menus.py" line="127"/>
        <source>No filters</source>
        <translation>Aucun filtre</translation>
    </message>
    <message>
        <location filename="../ui/queues/menus.py" line="138"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>QueueTriage</name>
    <message numerus="yes">
        <location filename="../ui/triage/queue_triage.py" line="89"/>
        <source>%Ln assigned to you: pending until sent</source>
        <translation>
            <numerusform>%Ln élément vous est attribué&#xa0;: en attente d&apos;envoi</numerusform>
            <numerusform>%Ln éléments vous sont attribués&#xa0;: en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/triage/queue_triage.py" line="108"/>
        <source>Manage %1 selected incidents…</source>
        <translation>Gérer les %1 incidents sélectionnés…</translation>
    </message>
    <message>
        <location filename="../ui/triage/queue_triage.py" line="110"/>
        <source>Manage %1 selected alerts…</source>
        <translation>Gérer les %1 alertes sélectionnées…</translation>
    </message>
    <message>
        <location filename="../ui/triage/queue_triage.py" line="114"/>
        <source>Manage incident…</source>
        <translation>Gérer l&apos;incident…</translation>
    </message>
    <message>
        <location filename="../ui/triage/queue_triage.py" line="116"/>
        <source>Manage alert…</source>
        <translation>Gérer l&apos;alerte…</translation>
    </message>
    <message>
        <location filename="../ui/triage/queue_triage.py" line="122"/>
        <source>Assign to me</source>
        <translation>M&apos;attribuer</translation>
    </message>
    <message>
        <location filename="../ui/triage/queue_triage.py" line="146"/>
        <source>Select all %1 in this view</source>
        <translation>Sélectionner les %1 lignes de cette vue</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../ui/queues/queue_view.py" line="304"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location filename="../ui/queues/queue_view.py" line="306"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/queues/queue_view.py" line="308"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../ui/queues/queue_view.py" line="310"/>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/queues/queue_view.py" line="312"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/queues/queue_view.py" line="313"/>
        <source>Show or hide the selected row&apos;s details</source>
        <translation>Afficher ou masquer les détails de la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/queues/queue_view.py" line="477"/>
        <source>Showing %1 of %2</source>
        <translation>Affichage&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/queues/queue_view.py" line="558"/>
        <source>Save filters</source>
        <translation>Enregistrer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/queues/queue_view.py" line="558"/>
        <source>Name of this filter set:</source>
        <translation>Nom de cet ensemble de filtres&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queues/queue_view.py" line="680"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionné</numerusform>
            <numerusform>%Ln sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queues/queue_view.py" line="715"/>
        <source>Exported %Ln rows to %1</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1</numerusform>
            <numerusform>%Ln lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queues/queue_view.py" line="689"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/queues/queue_view.py" line="689"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/queues/queue_view.py" line="694"/>
        <source>Export view</source>
        <translation>Exporter la vue</translation>
    </message>
    <message>
        <location filename="../ui/queues/queue_view.py" line="708"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../ui/queues/queue_view.py" line="722"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RelatedTables</name>
    <message>
        <location filename="../ui/details/related.py" line="51"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="52"/>
        <location filename="../ui/details/related.py" line="89"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="53"/>
        <location filename="../ui/details/related.py" line="90"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="54"/>
        <source>Detection source</source>
        <translation>Source de détection</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="55"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="56"/>
        <source>First activity</source>
        <translation>Première activité</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="57"/>
        <location filename="../ui/details/related.py" line="92"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="87"/>
        <source>Incident name</source>
        <translation>Nom de l&apos;incident</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="88"/>
        <source>Incident id</source>
        <translation>ID d&apos;incident</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="91"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="119"/>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="120"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="121"/>
        <source>Health state</source>
        <translation>État d&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="122"/>
        <source>OS platform</source>
        <translation>Plateforme du système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="123"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="124"/>
        <source>Alerts here</source>
        <translation>Alertes ici</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="148"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="149"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="150"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="151"/>
        <source>Remediation</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="152"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../ui/details/related.py" line="155"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../ui/report/charts.py" line="65"/>
        <source>No Defender Experts notifications in this period.</source>
        <translation>Aucune notification Defender Experts sur cette période.</translation>
    </message>
    <message>
        <location filename="../ui/report/charts.py" line="136"/>
        <source>%1 d</source>
        <translation>%1&#xa0;j</translation>
    </message>
    <message>
        <location filename="../ui/report/charts.py" line="139"/>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <location filename="../ui/report/charts.py" line="158"/>
        <source>No resolved Defender Experts alerts in this period.</source>
        <translation>Aucune alerte Defender Experts résolue sur cette période.</translation>
    </message>
    <message>
        <location filename="../ui/report/charts.py" line="192"/>
        <source>Median %1</source>
        <translation>Médiane %1</translation>
    </message>
    <message>
        <location filename="../ui/report/charts.py" line="212"/>
        <source>Middle half: %1 to %2</source>
        <translation>Moitié centrale&#xa0;: de %1 à %2</translation>
    </message>
</context>
<context>
    <name>RequestDetails</name>
    <message>
        <location filename="../ui/experts/request_details.py" line="46"/>
        <location filename="../ui/experts/request_details.py" line="106"/>
        <source>Select a question to read it</source>
        <translation>Sélectionnez une question pour la lire</translation>
    </message>
    <message>
        <location filename="../ui/experts/request_details.py" line="63"/>
        <source>What was asked about</source>
        <translation>Objet de la question</translation>
    </message>
    <message>
        <location filename="../ui/experts/request_details.py" line="83"/>
        <source>Reply to the experts…</source>
        <translation>Répondre aux experts…</translation>
    </message>
    <message>
        <location filename="../ui/experts/request_details.py" line="90"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../ui/experts/request_details.py" line="119"/>
        <source>Asked %1 · priority %2 · via %3</source>
        <translation>Posée le %1 · priorité %2 · via %3</translation>
    </message>
    <message>
        <location filename="../ui/experts/request_details.py" line="124"/>
        <source>Not sent: %1</source>
        <translation>Non envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/experts/request_details.py" line="157"/>
        <source>Attached: %1</source>
        <translation>Pièces jointes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/experts/request_details.py" line="158"/>
        <source>You asked</source>
        <translation>Votre question</translation>
    </message>
    <message>
        <location filename="../ui/experts/request_details.py" line="161"/>
        <source>Defender Experts</source>
        <translation>Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/experts/request_details.py" line="161"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../ui/experts/request_details.py" line="192"/>
        <source>This conversation is closed.</source>
        <translation>Cette conversation est fermée.</translation>
    </message>
    <message>
        <location filename="../ui/experts/request_details.py" line="194"/>
        <source>You can reply once the experts have answered.</source>
        <translation>Vous pourrez répondre une fois que les experts auront répondu.</translation>
    </message>
    <message>
        <location filename="../ui/experts/request_details.py" line="196"/>
        <source>Replies are sent like questions: outbox first.</source>
        <translation>Les réponses suivent le même chemin que les questions&#xa0;: elles passent d&apos;abord par la boîte d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="32"/>
        <source>Isolate device</source>
        <translation>Isoler l’appareil</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="33"/>
        <source>Release from isolation</source>
        <translation>Libérer de l’isolement</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="34"/>
        <source>Run antivirus scan</source>
        <translation>Lancer une analyse antivirus</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="35"/>
        <source>Collect investigation package</source>
        <translation>Collecter le package d’investigation</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="38"/>
        <source>Restrict app execution</source>
        <translation>Restreindre l’exécution des applications</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="41"/>
        <source>Remove app restriction</source>
        <translation>Lever la restriction des applications</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="46"/>
        <source>%1 will be cut off from the network: it keeps only its connection to Defender for Endpoint, so the people using it lose everything else until it is released.</source>
        <translation>%1 sera coupé du réseau&#xa0;: il ne garde que sa connexion à Defender for Endpoint, et ses utilisateurs perdent tout le reste jusqu’à sa libération.</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="51"/>
        <source>%1 gets its network back. Do this once the threat is contained.</source>
        <translation>%1 retrouve son réseau. À faire une fois la menace maîtrisée.</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="54"/>
        <source>Microsoft Defender Antivirus scans %1; a full scan can take hours.</source>
        <translation>L’Antivirus Microsoft Defender analyse %1&#xa0;; une analyse complète peut durer des heures.</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="57"/>
        <source>Defender collects forensic data from %1 (processes, connections, logs) into a package you can download once it is ready.</source>
        <translation>Defender collecte sur %1 des données d’investigation (processus, connexions, journaux) dans un package à télécharger une fois prêt.</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="62"/>
        <source>Only applications signed by Microsoft will run on %1 until the restriction is removed.</source>
        <translation>Seules les applications signées par Microsoft s’exécuteront sur %1 jusqu’à la levée de la restriction.</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="66"/>
        <source>Applications run again on %1 as before the restriction.</source>
        <translation>Les applications s’exécutent de nouveau sur %1 comme avant la restriction.</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="71"/>
        <source>Full</source>
        <translation>Complète</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="72"/>
        <source>Selective (Outlook, Teams and Skype keep working)</source>
        <translation>Sélective (Outlook, Teams et Skype continuent de fonctionner)</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="75"/>
        <source>Quick</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="90"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="106"/>
        <source>Isolation</source>
        <translation>Isolement</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="106"/>
        <source>Scan type</source>
        <translation>Type d’analyse</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="110"/>
        <source>Why (required: it goes with the action)</source>
        <translation>Pourquoi (obligatoire&#xa0;: il accompagne l’action)</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_dialog.py" line="113"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>ResponseRun</name>
    <message>
        <location filename="../ui/triage/response_follow.py" line="53"/>
        <source>waiting for the device</source>
        <translation>en attente de l’appareil</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_follow.py" line="54"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_follow.py" line="55"/>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_follow.py" line="56"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_follow.py" line="57"/>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_follow.py" line="58"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_follow.py" line="95"/>
        <source>Device actions are not available here.</source>
        <translation>Les actions sur l’appareil ne sont pas disponibles ici.</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_follow.py" line="140"/>
        <source>Not sent: the same action is already in progress on this device.</source>
        <translation>Non envoyée&#xa0;: la même action est déjà en cours sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_follow.py" line="144"/>
        <source>Refused by the service: %1</source>
        <translation>Refusée par le service&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_follow.py" line="148"/>
        <source>Not sent: Defender for Endpoint cannot be reached. Nothing is queued: do it again once online, if it is still needed.</source>
        <translation>Non envoyée&#xa0;: Defender for Endpoint est injoignable. Rien n’est mis en attente&#xa0;: refaites-la une fois en ligne, si elle est toujours nécessaire.</translation>
    </message>
    <message>
        <location filename="../ui/triage/response_follow.py" line="153"/>
        <source>Not sent: %1</source>
        <translation>Non envoyée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RowSummary</name>
    <message>
        <location filename="../ui/queues/details.py" line="39"/>
        <source>Defender Experts notification</source>
        <translation>Notification Defender Experts</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="41"/>
        <source>Sync and experts: %1</source>
        <translation>Synchronisation et experts&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="47"/>
        <source>Sync every</source>
        <translation>Synchroniser toutes les</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="55"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="57"/>
        <source>Schedule:</source>
        <translation>Planification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="58"/>
        <source>Sync when the console opens on this tenant</source>
        <translation>Synchroniser quand la console s&apos;ouvre sur ce locataire</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="67"/>
        <source>Defender Experts channel:</source>
        <translation>Canal Defender Experts&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="73"/>
        <source>Off: the tenant syncs only when you press Sync now. A new schedule applies at once in the window open on the tenant.</source>
        <translation>Désactivée&#xa0;: le locataire ne se synchronise que lorsque vous appuyez sur Synchroniser maintenant. Une nouvelle planification s&apos;applique aussitôt dans la fenêtre ouverte sur ce locataire.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="84"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="88"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="107"/>
        <source>The console&apos;s default</source>
        <translation>Le canal par défaut de la console</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="108"/>
        <source>The Defender Experts service</source>
        <translation>Le service Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="109"/>
        <source>The Defender portal</source>
        <translation>Le portail Defender</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="110"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="128"/>
        <source>Set by your organisation&apos;s policy file: only IT can change it.</source>
        <translation>Défini par le fichier de stratégie de votre organisation&#xa0;: seule l&apos;équipe informatique peut le modifier.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="138"/>
        <source>Your organisation&apos;s policy file sets the sync schedule of every tenant.</source>
        <translation>Le fichier de stratégie de votre organisation définit la planification de synchronisation de tous les locataires.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="145"/>
        <source>Your organisation&apos;s policy file sets the Defender Experts channel: %1.</source>
        <translation>Le fichier de stratégie de votre organisation définit le canal Defender Experts&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="149"/>
        <source>This tenant&apos;s cloud has no Defender Experts channel.</source>
        <translation>Le cloud de ce locataire n&apos;a pas de canal Defender Experts.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="177"/>
        <source>Sync every: how many minutes? Enter 1 or more.</source>
        <translation>Synchroniser toutes les&#xa0;: combien de minutes&#xa0;? Saisissez 1 ou plus.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="179"/>
        <source>Sync every: %1 is not a whole number of minutes.</source>
        <translation>Synchroniser toutes les&#xa0;: %1 n&apos;est pas un nombre entier de minutes.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/schedule_dialog.py" line="181"/>
        <source>Sync every: at least 1 minute.</source>
        <translation>Synchroniser toutes les&#xa0;: au moins 1 minute.</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../ui/onboarding/service_page.py" line="17"/>
        <source>The Defender Experts service</source>
        <translation>Le service Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/service_page.py" line="18"/>
        <source>What Microsoft Defender Experts for Hunting provides.</source>
        <translation>Ce que fournit Microsoft Defender Experts for Hunting.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/service_page.py" line="25"/>
        <source>Threat monitoring and analysis</source>
        <translation>Surveillance et analyse des menaces</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/service_page.py" line="27"/>
        <source>Experts watch your tenant and analyse threats, cutting the time an attacker stays unseen and the risk to your organisation.</source>
        <translation>Des experts surveillent votre locataire et analysent les menaces, ce qui réduit le temps pendant lequel un attaquant passe inaperçu et le risque pour votre organisation.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/service_page.py" line="34"/>
        <source>AI trained by hunters</source>
        <translation>Une IA entraînée par des chasseurs</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/service_page.py" line="36"/>
        <source>Artificial intelligence trained by hunters finds and targets known attacks and emerging threats alike.</source>
        <translation>Une intelligence artificielle entraînée par des chasseurs de menaces découvre et cible aussi bien les attaques connues que les menaces émergentes.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/service_page.py" line="43"/>
        <source>The risks that matter</source>
        <translation>Les risques qui comptent</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/service_page.py" line="45"/>
        <source>The most relevant risks are identified for you, so your SOC spends its time where it counts.</source>
        <translation>Les risques les plus pertinents sont identifiés pour vous, pour que votre SOC consacre son temps à ce qui compte.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/service_page.py" line="52"/>
        <source>Scoping a compromise</source>
        <translation>Mesurer l&apos;étendue d&apos;une compromission</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/service_page.py" line="54"/>
        <source>Help with the extent of a compromise, with as much context as possible, so your SOC can respond fast.</source>
        <translation>De l&apos;aide pour cerner l&apos;étendue d&apos;une compromission, avec autant de contexte que possible, pour que votre SOC réagisse vite.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/service_page.py" line="61"/>
        <source>Experts on demand</source>
        <translation>Des experts à la demande</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/service_page.py" line="63"/>
        <source>Ask Defender Experts about a device, an alert or an incident to understand complex threats, within your subscription&apos;s monthly allowance.</source>
        <translation>Interrogez les Defender Experts sur un appareil, une alerte ou un incident pour comprendre des menaces complexes, dans la limite de l&apos;allocation mensuelle de votre abonnement.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/service_page.py" line="72"/>
        <source>Not an incident response service</source>
        <translation>Pas un service de réponse aux incidents</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/service_page.py" line="74"/>
        <source>Experts on demand helps you understand threats. In an emergency, work with your own incident response team; without one, open a support request in Microsoft&apos;s Services Hub.</source>
        <translation>Les experts à la demande vous aident à comprendre les menaces. En cas d&apos;urgence, travaillez avec votre propre équipe de réponse aux incidents&#xa0;; sans elle, ouvrez une demande de support dans le Services Hub de Microsoft.</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <location filename="../ui/shell/status_bar.py" line="99"/>
        <source>Changes and questions made here wait in the outbox until they are sent, offline included. Click to see them on the Audit page.</source>
        <translation>Les modifications et questions faites ici attendent dans la boîte d&apos;envoi jusqu&apos;à leur envoi, hors ligne compris. Cliquez pour les voir sur la page Audit.</translation>
    </message>
    <message>
        <location filename="../ui/shell/status_bar.py" line="131"/>
        <source>Tenant: %1</source>
        <translation>Locataire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/status_bar.py" line="153"/>
        <source>Connection not checked</source>
        <translation>Connexion non vérifiée</translation>
    </message>
    <message>
        <location filename="../ui/shell/status_bar.py" line="155"/>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../ui/shell/status_bar.py" line="157"/>
        <source>○ Offline</source>
        <translation>○ Hors connexion</translation>
    </message>
    <message>
        <location filename="../ui/shell/status_bar.py" line="168"/>
        <source>Not signed in to %1</source>
        <translation>Non connecté à %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/status_bar.py" line="171"/>
        <source>Signed in as %1 to %2</source>
        <translation>Connecté en tant que %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/status_bar.py" line="199"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../ui/shell/status_bar.py" line="203"/>
        <source>Data as of %1</source>
        <translation>Données au %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/status_bar.py" line="209"/>
        <source>Nothing waiting to send</source>
        <translation>Rien en attente d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/status_bar.py" line="211"/>
        <source>%Ln waiting to send</source>
        <translation>
            <numerusform>%Ln en attente d&apos;envoi</numerusform>
            <numerusform>%Ln en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/status_bar.py" line="225"/>
        <source>Syncing %1: %Ln items (%2 of %3)</source>
        <translation>
            <numerusform>Synchronisation des %1&#xa0;: %Ln élément (%2 sur %3)</numerusform>
            <numerusform>Synchronisation des %1&#xa0;: %Ln éléments (%2 sur %3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/status_bar.py" line="218"/>
        <source>Starting sync…</source>
        <translation>Démarrage de la synchronisation…</translation>
    </message>
    <message>
        <location filename="../ui/shell/tenant_states.py" line="20"/>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <location filename="../ui/shell/tenant_states.py" line="21"/>
        <source>alerts</source>
        <translation>alertes</translation>
    </message>
    <message>
        <location filename="../ui/shell/tenant_states.py" line="22"/>
        <source>devices</source>
        <translation>appareils</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="25"/>
        <source>↑ ↓  or  j k</source>
        <translation>↑ ↓  ou  j k</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="26"/>
        <source>Move to the previous or next row</source>
        <translation>Passer à la ligne précédente ou suivante</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="29"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="30"/>
        <source>Open the selected incident, alert or device</source>
        <translation>Ouvrir l&apos;incident, l&apos;alerte ou l&apos;appareil sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="32"/>
        <source>Search the current view</source>
        <translation>Rechercher dans la vue actuelle</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="34"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="35"/>
        <source>Clear the search and go back to the list</source>
        <translation>Effacer la recherche et revenir à la liste</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="37"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="41"/>
        <source>Alt+Left</source>
        <translation>Alt+Gauche</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="42"/>
        <source>Back from an opened page</source>
        <translation>Revenir en arrière depuis une page ouverte</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="44"/>
        <source>Show this list</source>
        <translation>Afficher cette liste</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="45"/>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="59"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="62"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location filename="../ui/triage/keys.py" line="36"/>
        <source>Assign the selected incidents or alerts to me</source>
        <translation>M&apos;attribuer les incidents ou alertes sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/triage/keys.py" line="40"/>
        <source>Set the status of the selected rows…</source>
        <translation>Définir l&apos;état des lignes sélectionnées…</translation>
    </message>
    <message>
        <location filename="../ui/triage/keys.py" line="43"/>
        <source>Classify the selected rows…</source>
        <translation>Classer les lignes sélectionnées…</translation>
    </message>
    <message>
        <location filename="../ui/triage/keys.py" line="48"/>
        <source>Tag the selected incidents…</source>
        <translation>Étiqueter les incidents sélectionnés…</translation>
    </message>
    <message>
        <location filename="../ui/triage/keys.py" line="52"/>
        <source>Comment on the selected rows…</source>
        <translation>Commenter les lignes sélectionnées…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="86"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="93"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="94"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../auth/errors.py" line="41"/>
        <source>consent is missing: an administrator must grant consent to the app registration for this API</source>
        <translation>le consentement manque : un administrateur doit accorder son consentement à l&apos;inscription d&apos;application pour cette API</translation>
    </message>
    <message>
        <location filename="../auth/errors.py" line="46"/>
        <source>a permission is missing: the app registration or your role lacks it</source>
        <translation>une autorisation manque : l&apos;inscription d&apos;application ou votre rôle ne l&apos;a pas</translation>
    </message>
    <message>
        <location filename="../auth/errors.py" line="49"/>
        <source>the tenant is wrong: no such tenant, or it is in another cloud</source>
        <translation>le locataire est erroné : il n&apos;existe pas, ou il est dans un autre cloud</translation>
    </message>
    <message>
        <location filename="../auth/errors.py" line="52"/>
        <source>the app registration is not a public client: turn on &apos;Allow public client flows&apos;</source>
        <translation>l&apos;inscription d&apos;application n&apos;est pas un client public : activez « Autoriser les flux de clients publics »</translation>
    </message>
    <message>
        <location filename="../auth/errors.py" line="56"/>
        <source>the app registration lacks the http://localhost redirect</source>
        <translation>l&apos;inscription d&apos;application n&apos;a pas la redirection http://localhost</translation>
    </message>
    <message>
        <location filename="../auth/errors.py" line="59"/>
        <source>your organisation&apos;s Conditional Access blocks sign-in with a device code; sign in with the browser instead</source>
        <translation>l&apos;accès conditionnel de votre organisation bloque la connexion par code d&apos;appareil ; connectez-vous plutôt avec le navigateur</translation>
    </message>
    <message>
        <location filename="../auth/errors.py" line="64"/>
        <source>the sign-in was declined on the other device</source>
        <translation>la connexion a été refusée sur l&apos;autre appareil</translation>
    </message>
    <message>
        <location filename="../auth/errors.py" line="67"/>
        <source>the code expired before the sign-in was completed; start again</source>
        <translation>le code a expiré avant la fin de la connexion ; recommencez</translation>
    </message>
    <message>
        <location filename="../auth/errors.py" line="70"/>
        <source>the sign-in was cancelled</source>
        <translation>la connexion a été annulée</translation>
    </message>
    <message>
        <location filename="../auth/errors.py" line="71"/>
        <source>sign in again: the saved sign-in is no longer valid</source>
        <translation>reconnectez-vous : la connexion enregistrée n&apos;est plus valable</translation>
    </message>
    <message>
        <location filename="../auth/errors.py" line="74"/>
        <source>the sign-in service cannot be reached (network)</source>
        <translation>le service de connexion est injoignable (réseau)</translation>
    </message>
    <message>
        <location filename="../auth/errors.py" line="77"/>
        <source>the sign-in service&apos;s certificate is not trusted; set the profile&apos;s CA bundle</source>
        <translation>le certificat du service de connexion n&apos;est pas approuvé ; indiquez le fichier d&apos;autorités du profil</translation>
    </message>
    <message>
        <location filename="../auth/errors.py" line="81"/>
        <source>the sign-in was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <location filename="../auth/errors.py" line="82"/>
        <source>the app&apos;s credential was refused: the client secret or certificate is wrong, expired, or not registered for this app</source>
        <translation>les identifiants de l&apos;application ont été refusés : le secret client ou le certificat est erroné, expiré ou non enregistré pour cette application</translation>
    </message>
    <message>
        <location filename="../auth/errors.py" line="87"/>
        <source>the profile&apos;s secret is not in the OS credential store</source>
        <translation>le secret du profil n&apos;est pas dans le magasin d&apos;identifiants du système</translation>
    </message>
    <message>
        <location filename="../auth/errors.py" line="90"/>
        <source>the profile&apos;s token source gave no usable token</source>
        <translation>la source de jetons du profil n&apos;a fourni aucun jeton utilisable</translation>
    </message>
    <message>
        <location filename="../ui/signin/texts.py" line="38"/>
        <source>✓ %1: OK</source>
        <translation>✓ %1&#xa0;: OK</translation>
    </message>
    <message>
        <location filename="../ui/signin/texts.py" line="48"/>
        <source>✗ %1: %2</source>
        <translation>✗ %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/signin/sign_in_dialog.py" line="32"/>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <location filename="../ui/signin/sign_in_dialog.py" line="38"/>
        <source>Sign in to %1 to sync it. Nothing waiting in the outbox is lost.</source>
        <translation>Connectez-vous à %1 pour le synchroniser. Rien de ce qui attend dans la boîte d&apos;envoi n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../ui/signin/sign_in_dialog.py" line="51"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/signin/sign_in_dialog.py" line="54"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/signin/sign_in_dialog.py" line="68"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="61"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="62"/>
        <source>Connect your tenant, or explore the demo tenant.</source>
        <translation>Connectez votre locataire, ou explorez le locataire de démonstration.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="171"/>
        <source>Stay on %1</source>
        <translation>Rester sur %1</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="92"/>
        <source>The console already shows this tenant.</source>
        <translation>La console affiche déjà ce locataire.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="98"/>
        <source>Sign in to %1, provisioned by your organisation</source>
        <translation>Se connecter à %1, fourni par votre organisation</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="100"/>
        <source>Sign in to a profile your organisation provisioned</source>
        <translation>Se connecter à un profil fourni par votre organisation</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="101"/>
        <source>Your IT team set this profile up in the console&apos;s policy file.</source>
        <translation>Votre équipe informatique a défini ce profil dans le fichier de stratégie de la console.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="106"/>
        <source>Connect a tenant</source>
        <translation>Connecter un locataire</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="107"/>
        <source>Enter the app registration your administrator gives you, or import it.</source>
        <translation>Saisissez l&apos;inscription d&apos;application que votre administrateur vous donne, ou importez-la.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="112"/>
        <source>Explore the demo tenant</source>
        <translation>Explorer le locataire de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="113"/>
        <source>A synthetic tenant that runs on this machine: nothing leaves it.</source>
        <translation>Un locataire synthétique qui tourne sur cet ordinateur&#xa0;: rien n&apos;en sort.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="119"/>
        <source>Provisioned profile</source>
        <translation>Profil fourni</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="121"/>
        <source>The profile your organisation provisioned to sign in to.</source>
        <translation>Le profil que votre organisation a fourni pour vous connecter.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="130"/>
        <source>The connection works: Next opens the tenant.</source>
        <translation>La connexion fonctionne&#xa0;: Suivant ouvre le locataire.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="154"/>
        <source>Test connection signs you in and reads a page of each API; once it works, Next opens the tenant.</source>
        <translation>Tester la connexion vous connecte et lit une page de chaque API&#xa0;; dès que cela fonctionne, Suivant ouvre le locataire.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="221"/>
        <source>Next keeps the console on this tenant. Connect others later from File › Connect a tenant.</source>
        <translation>Suivant garde la console sur ce locataire. Connectez-en d&apos;autres plus tard depuis Fichier › Connecter un locataire.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/sign_in_page.py" line="225"/>
        <source>The demo tenant is synthetic data served on this machine, so you can try everything, triage and asking Defender Experts included. Connect your own tenant later from File › Connect a tenant.</source>
        <translation>Le locataire de démonstration est fait de données synthétiques servies sur cet ordinateur, pour tout essayer, le tri et les questions aux Defender Experts compris. Connectez votre propre locataire plus tard depuis Fichier › Connecter un locataire.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../ui/signin/panel.py" line="49"/>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location filename="../ui/signin/panel.py" line="52"/>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <location filename="../ui/signin/panel.py" line="74"/>
        <source>Waiting for you to sign in in the browser. Come back here when the browser says you are signed in.</source>
        <translation>En attente de votre connexion dans le navigateur. Revenez ici quand le navigateur indique que vous êtes connecté.</translation>
    </message>
    <message>
        <location filename="../ui/signin/panel.py" line="84"/>
        <source>On any device, open the address below, enter this code and sign in. The console waits until you have.</source>
        <translation>Sur n&apos;importe quel appareil, ouvrez l&apos;adresse ci-dessous, saisissez ce code et connectez-vous. La console attend que ce soit fait.</translation>
    </message>
    <message>
        <location filename="../ui/signin/panel.py" line="101"/>
        <source>Code copied. Paste it on the sign-in page.</source>
        <translation>Code copié. Collez-le sur la page de connexion.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../ui/shell/sync_controller.py" line="218"/>
        <source>No tenant is set up for syncing.</source>
        <translation>Aucun locataire n&apos;est configuré pour la synchronisation.</translation>
    </message>
</context>
<context>
    <name>TenantForm</name>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="331"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="332"/>
        <source>The name the console shows for this tenant.</source>
        <translation>Le nom que la console affiche pour ce locataire.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="335"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="336"/>
        <source>The tenant&apos;s GUID or its domain.</source>
        <translation>Le GUID du locataire ou son domaine.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="339"/>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="340"/>
        <source>The Microsoft cloud the tenant lives in.</source>
        <translation>Le cloud Microsoft où se trouve le locataire.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="343"/>
        <source>Sign-in base URL</source>
        <translation>URL de base de connexion</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="344"/>
        <location filename="../ui/signin/tenant_form.py" line="348"/>
        <location filename="../ui/signin/tenant_form.py" line="352"/>
        <source>An https:// address.</source>
        <translation>Une adresse https://.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="347"/>
        <source>Graph base URL</source>
        <translation>URL de base de Graph</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="351"/>
        <source>Defender for Endpoint base URL</source>
        <translation>URL de base de Defender for Endpoint</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="355"/>
        <source>Client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="356"/>
        <source>The application (client) id of the app registration your administrator made.</source>
        <translation>L&apos;ID d&apos;application (client) de l&apos;inscription d&apos;application créée par votre administrateur.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="362"/>
        <source>Sign in with</source>
        <translation>Se connecter avec</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="363"/>
        <source>How you sign in to the tenant.</source>
        <translation>Comment vous vous connectez au locataire.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="366"/>
        <source>CA bundle</source>
        <translation>Autorités de certification</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="367"/>
        <source>A PEM file of certificates to trust besides the system&apos;s; only behind a TLS-inspecting proxy.</source>
        <translation>Un fichier PEM de certificats auxquels se fier en plus de ceux du système&#xa0;; seulement derrière un proxy qui inspecte TLS.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="374"/>
        <source>Browse for a CA bundle</source>
        <translation>Choisir un fichier d&apos;autorités de certification</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="375"/>
        <source>Choose the CA bundle file.</source>
        <translation>Choisissez le fichier d&apos;autorités de certification.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="378"/>
        <source>Keep tokens in a private file</source>
        <translation>Garder les jetons dans un fichier privé</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="379"/>
        <source>Only where this machine has no secure store for tokens.</source>
        <translation>Seulement si cet ordinateur n&apos;a pas de magasin sécurisé pour les jetons.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="384"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="385"/>
        <source>Sign in and read one page of incidents, alerts and devices.</source>
        <translation>Se connecter et lire une page d&apos;incidents, d&apos;alertes et d&apos;appareils.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="390"/>
        <source>Import a profile from a file</source>
        <translation>Importer un profil depuis un fichier</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="391"/>
        <source>Fill the form from a tenant profile your IT team sent you (a JSON file).</source>
        <translation>Remplir le formulaire depuis un profil de locataire envoyé par votre équipe informatique (un fichier JSON).</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="397"/>
        <source>Connection test results</source>
        <translation>Résultats du test de connexion</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="398"/>
        <source>Each step of the test and its result.</source>
        <translation>Chaque étape du test et son résultat.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="454"/>
        <source>This file cannot be imported: %1.</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="462"/>
        <source>The profiles in this file sign in as an app or with tokens: add them with `hunting-console profiles add`.</source>
        <translation>Les profils de ce fichier se connectent en tant qu&apos;application ou avec des jetons&#xa0;: ajoutez-les avec `hunting-console profiles add`.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="473"/>
        <source>Filled from %1: check the fields, then test the connection.</source>
        <translation>Rempli depuis %1&#xa0;: vérifiez les champs, puis testez la connexion.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="702"/>
        <source>Its CA bundle and its choice to keep tokens in a plain file were left out: a file anyone can send must not add a trusted root certificate or weaken how your tokens are kept, so set them yourself if your IT asks you to.</source>
        <translation>Ses autorités de certification et son choix de garder les jetons dans un fichier simple ont été laissés de côté&#xa0;: un fichier que n&apos;importe qui peut envoyer ne doit ni ajouter un certificat racine de confiance ni affaiblir la façon dont vos jetons sont gardés&#xa0;; définissez-les vous-même si votre service informatique vous le demande.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="709"/>
        <source>Its CA bundle was left out: a file anyone can send must not add a trusted root certificate, so set it yourself if your IT asks you to.</source>
        <translation>Ses autorités de certification ont été laissées de côté&#xa0;: un fichier que n&apos;importe qui peut envoyer ne doit pas ajouter un certificat racine de confiance&#xa0;; définissez-les vous-même si votre service informatique vous le demande.</translation>
    </message>
    <message>
        <location filename="../ui/signin/tenant_form.py" line="715"/>
        <source>Its choice to keep tokens in a plain file was left out: a file anyone can send must not weaken how your tokens are kept, so tick it yourself if your IT asks you to.</source>
        <translation>Son choix de garder les jetons dans un fichier simple a été laissé de côté&#xa0;: un fichier que n&apos;importe qui peut envoyer ne doit pas affaiblir la façon dont vos jetons sont gardés&#xa0;; cochez-le vous-même si votre service informatique vous le demande.</translation>
    </message>
</context>
<context>
    <name>TenantStates</name>
    <message numerus="yes">
        <location filename="../ui/shell/tenant_states.py" line="51"/>
        <source>%Ln tenants</source>
        <translation>
            <numerusform>%Ln locataire</numerusform>
            <numerusform>%Ln locataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/tenant_states.py" line="55"/>
        <source>%Ln synced</source>
        <translation>
            <numerusform>%Ln à jour</numerusform>
            <numerusform>%Ln à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/tenant_states.py" line="56"/>
        <source>%Ln syncing</source>
        <translation>
            <numerusform>%Ln en synchronisation</numerusform>
            <numerusform>%Ln en synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/tenant_states.py" line="57"/>
        <source>%Ln signed out</source>
        <translation>
            <numerusform>%Ln déconnecté</numerusform>
            <numerusform>%Ln déconnectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/tenant_states.py" line="58"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/tenant_states.py" line="63"/>
        <location filename="../ui/shell/tenant_states.py" line="67"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/tenant_states.py" line="70"/>
        <source>Sync %1 now</source>
        <translation>Synchroniser %1 maintenant</translation>
    </message>
    <message>
        <location filename="../ui/shell/tenant_states.py" line="77"/>
        <source>waiting for its turn to sync</source>
        <translation>attend son tour de synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/shell/tenant_states.py" line="80"/>
        <source>syncing %1 (%2 of %3)</source>
        <translation>synchronise %1 (%2 sur %3)</translation>
    </message>
    <message>
        <location filename="../ui/shell/tenant_states.py" line="89"/>
        <source>not synced since the console opened</source>
        <translation>pas synchronisé depuis l&apos;ouverture de la console</translation>
    </message>
    <message>
        <location filename="../ui/shell/tenant_states.py" line="92"/>
        <source>synced at %1</source>
        <translation>synchronisé le %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/tenant_states.py" line="94"/>
        <source>signed out: sign in again (Settings &gt; Tenants)</source>
        <translation>déconnecté : reconnectez-vous (Paramètres &gt; Locataires)</translation>
    </message>
    <message>
        <location filename="../ui/shell/tenant_states.py" line="96"/>
        <source>sync cancelled at %1</source>
        <translation>synchronisation annulée le %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/tenant_states.py" line="98"/>
        <source>offline at %1</source>
        <translation>hors ligne (le %1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/tenant_states.py" line="99"/>
        <source>failed at %1: %2</source>
        <translation>échec le %1 : %2</translation>
    </message>
</context>
<context>
    <name>TenantsDialog</name>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="55"/>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="75"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="76"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="78"/>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="80"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="82"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="85"/>
        <source>Sync and experts…</source>
        <translation>Synchronisation et experts…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="97"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="108"/>
        <source>Your organisation&apos;s policy file does not let you add tenants.</source>
        <translation>Le fichier de stratégie de votre organisation ne vous permet pas d&apos;ajouter des locataires.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="125"/>
        <source>%1 (managed)</source>
        <translation>%1 (géré)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="152"/>
        <source>Provisioned by your organisation&apos;s policy file: only IT can remove it.</source>
        <translation>Fourni par le fichier de stratégie de votre organisation&#xa0;: seule l&apos;équipe informatique peut le supprimer.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="160"/>
        <source>the browser</source>
        <translation>le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="161"/>
        <source>a device code</source>
        <translation>un code d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="165"/>
        <source>Tenant: %1</source>
        <translation>Locataire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="166"/>
        <source>Sign in with: %1</source>
        <translation>Connexion avec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="167"/>
        <source>Defender Experts channel: %1</source>
        <translation>Canal Defender Experts&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="168"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="168"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="175"/>
        <source>the Defender Experts service</source>
        <translation>le service Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="176"/>
        <source>the Defender portal</source>
        <translation>le portail Defender</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="177"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="180"/>
        <source>Ask Defender Experts through: %1</source>
        <translation>Demander à Defender Experts via&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="184"/>
        <source>Last sync: never</source>
        <translation>Dernière synchronisation&#xa0;: jamais</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="187"/>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="188"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="189"/>
        <source>offline</source>
        <translation>hors connexion</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="190"/>
        <source>sign in again needed</source>
        <translation>reconnexion nécessaire</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="192"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="193"/>
        <source>Last sync: %1, %2</source>
        <translation>Dernière synchronisation&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="198"/>
        <source>An app or token profile: change it with `hunting-console profiles add`.</source>
        <translation>Un profil d&apos;application ou de jeton&#xa0;: modifiez-le avec «&#xa0;hunting-console profiles add&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="203"/>
        <source>Managed by your organisation&apos;s policy file; locked: %1.</source>
        <translation>Géré par le fichier de stratégie de votre organisation&#xa0;; verrouillé&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="204"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="212"/>
        <source>Syncs: only with Sync now</source>
        <translation>Synchronisation&#xa0;: uniquement avec Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="214"/>
        <source>Syncs: when the console opens on it</source>
        <translation>Synchronisation&#xa0;: à l&apos;ouverture de la console sur ce locataire</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="215"/>
        <source>Syncs: every %1 min</source>
        <translation>Synchronisation&#xa0;: toutes les %1 min</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="217"/>
        <source>Syncs: every %1 min, and when the console opens on it</source>
        <translation>Synchronisation&#xa0;: toutes les %1 min, et à l&apos;ouverture de la console sur ce locataire</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="258"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="285"/>
        <source>Remove tenant</source>
        <translation>Supprimer le locataire</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="287"/>
        <source>Remove %1 and forget its tokens on this machine? Its cached data stays.</source>
        <translation>Supprimer %1 et oublier ses jetons sur cette machine&#xa0;? Ses données en cache sont conservées.</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tenants_dialog.py" line="308"/>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
</context>
<context>
    <name>TestConnection</name>
    <message>
        <location filename="../auth/connection.py" line="25"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../auth/connection.py" line="26"/>
        <source>Read incidents (Microsoft Graph)</source>
        <translation>Lire les incidents (Microsoft Graph)</translation>
    </message>
    <message>
        <location filename="../auth/connection.py" line="27"/>
        <source>Read alerts (Microsoft Graph)</source>
        <translation>Lire les alertes (Microsoft Graph)</translation>
    </message>
    <message>
        <location filename="../auth/connection.py" line="28"/>
        <source>Read devices (Defender for Endpoint)</source>
        <translation>Lire les appareils (Defender for Endpoint)</translation>
    </message>
</context>
<context>
    <name>TotalsCard</name>
    <message>
        <location filename="../ui/shell/home_page.py" line="202"/>
        <source>In the local cache</source>
        <translation>Dans le cache local</translation>
    </message>
    <message>
        <location filename="../ui/shell/home_page.py" line="207"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../ui/shell/home_page.py" line="208"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../ui/shell/home_page.py" line="209"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../ui/shell/home_page.py" line="220"/>
        <source>Open the queue</source>
        <translation>Ouvrir la file d&apos;attente</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../ui/tour/steps.py" line="271"/>
        <source>Where things are</source>
        <translation>Où trouver quoi</translation>
    </message>
    <message>
        <location filename="../ui/tour/steps.py" line="272"/>
        <source>The navigation opens each page: Home, the incident, alert and device queues, the Defender Experts messages, the audit log and the Defender Experts report. Ctrl+1 to Ctrl+7 open them from anywhere.</source>
        <translation>La navigation ouvre chaque page&#xa0;: l&apos;accueil, les files d&apos;incidents, d&apos;alertes et d&apos;appareils, les messages Defender Experts, le journal d&apos;audit et le rapport Defender Experts. Ctrl+1 à Ctrl+7 les ouvrent de partout.</translation>
    </message>
    <message>
        <location filename="../ui/self_test.py" line="126"/>
        <location filename="../ui/tour/steps.py" line="283"/>
        <source>The incidents queue</source>
        <translation>La file des incidents</translation>
    </message>
    <message>
        <location filename="../ui/tour/steps.py" line="284"/>
        <source>Every incident of the tenant, from the cache on this computer, so it reads offline too. Select one to see its details beside the list; Enter opens its page. J and K move down and up.</source>
        <translation>Tous les incidents du locataire, depuis le cache de cet ordinateur&#xa0;: ils se lisent aussi hors ligne. Sélectionnez-en un pour voir ses détails à côté de la liste&#xa0;; Entrée ouvre sa page. J et K descendent et montent.</translation>
    </message>
    <message>
        <location filename="../ui/tour/steps.py" line="295"/>
        <source>Filter, and the Defender Experts box</source>
        <translation>Filtrer, et la case Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/tour/steps.py" line="296"/>
        <source>Filter opens this panel. Under Tags, tick Defender Experts and press Apply to see only the incidents Defender Experts notified you of; the chip above the list shows the filter, and removes it.</source>
        <translation>Filtrer ouvre ce panneau. Sous Étiquettes, cochez Defender Experts et appuyez sur Appliquer pour ne voir que les incidents que les Defender Experts vous ont notifiés&#xa0;; l&apos;étiquette au-dessus de la liste montre le filtre, et le retire.</translation>
    </message>
    <message>
        <location filename="../ui/tour/steps.py" line="311"/>
        <source>A Defender Experts notification</source>
        <translation>Une notification Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/tour/steps.py" line="312"/>
        <source>When Defender Experts find an attack in your tenant, its incident carries their notification: an executive summary of what they found and their recommendations, ready to copy, with the hunting queries they send.</source>
        <translation>Quand les Defender Experts trouvent une attaque dans votre locataire, son incident porte leur notification&#xa0;: une synthèse de ce qu&apos;ils ont trouvé et leurs recommandations, prêtes à copier, avec les requêtes de repérage qu&apos;ils envoient.</translation>
    </message>
    <message>
        <location filename="../ui/tour/steps.py" line="323"/>
        <source>The alert flyout and Ask Defender Experts</source>
        <translation>Le volet d&apos;une alerte et Demander aux experts Defender</translation>
    </message>
    <message>
        <location filename="../ui/tour/steps.py" line="324"/>
        <source>Select an alert and its flyout opens beside the list: severity, status, device and incident. Ask Defender Experts sends the experts a question about it, with its context; offline, the question waits in the outbox.</source>
        <translation>Sélectionnez une alerte et son volet s&apos;ouvre à côté de la liste&#xa0;: gravité, état, appareil et incident. Demander aux experts Defender leur envoie une question à son sujet, avec son contexte&#xa0;; hors ligne, la question attend dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../ui/tour/steps.py" line="338"/>
        <source>A device&apos;s menu</source>
        <translation>Le menu d&apos;un appareil</translation>
    </message>
    <message>
        <location filename="../ui/tour/steps.py" line="339"/>
        <source>Right-click a device in the inventory for its actions: its page, its incidents and alerts, and Ask Defender Experts about it.</source>
        <translation>Un clic droit sur un appareil de l&apos;inventaire donne ses actions&#xa0;: sa page, ses incidents et alertes, et Demander aux experts Defender à son sujet.</translation>
    </message>
    <message>
        <location filename="../ui/tour/steps.py" line="353"/>
        <source>Defender Experts messages</source>
        <translation>Messages Defender Experts</translation>
    </message>
    <message>
        <location filename="../ui/tour/steps.py" line="354"/>
        <source>Every question asked from this console, its status and the experts&apos; answers, readable offline. The navigation counts the answers you have not read yet.</source>
        <translation>Chaque question posée depuis cette console, son état et les réponses des experts, lisibles hors ligne. La navigation compte les réponses que vous n&apos;avez pas encore lues.</translation>
    </message>
    <message>
        <location filename="../ui/tour/steps.py" line="364"/>
        <source>Sync, and how fresh the data is</source>
        <translation>La synchronisation, et la fraîcheur des données</translation>
    </message>
    <message>
        <location filename="../ui/tour/steps.py" line="365"/>
        <source>Sync now (F5) fetches what changed in the tenant. The status bar says whether the console is online and when the data shown is from. When the tenant cannot be reached, a banner above the page says so and the cached data stays on screen.</source>
        <translation>Synchroniser maintenant (F5) récupère ce qui a changé dans le locataire. La barre d&apos;état dit si la console est en ligne et de quand datent les données affichées. Quand le locataire est injoignable, un bandeau au-dessus de la page le dit et les données du cache restent à l&apos;écran.</translation>
    </message>
</context>
<context>
    <name>TourCallout</name>
    <message>
        <location filename="../ui/tour/callout.py" line="98"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/tour/callout.py" line="103"/>
        <location filename="../ui/tour/callout.py" line="116"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../ui/tour/callout.py" line="105"/>
        <location filename="../ui/tour/callout.py" line="121"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../ui/tour/callout.py" line="105"/>
        <location filename="../ui/tour/callout.py" line="124"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/tour/callout.py" line="106"/>
        <location filename="../ui/tour/callout.py" line="131"/>
        <source>Skip the tour</source>
        <translation>Passer la visite</translation>
    </message>
    <message>
        <location filename="../ui/tour/callout.py" line="107"/>
        <source>Quick tour, %1: %2</source>
        <translation>Visite rapide, %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/tour/callout.py" line="111"/>
        <source>Where you are in the quick tour</source>
        <translation>Où vous en êtes dans la visite rapide</translation>
    </message>
    <message>
        <location filename="../ui/tour/callout.py" line="113"/>
        <source>What this step shows</source>
        <translation>Ce que montre cette étape</translation>
    </message>
    <message>
        <location filename="../ui/tour/callout.py" line="118"/>
        <source>The previous step of the tour (Left arrow)</source>
        <translation>L&apos;étape précédente de la visite (flèche gauche)</translation>
    </message>
    <message>
        <location filename="../ui/tour/callout.py" line="122"/>
        <source>End the tour and put the window back as it was (Enter)</source>
        <translation>Terminer la visite et remettre la fenêtre comme elle était (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/tour/callout.py" line="125"/>
        <source>The next step of the tour (Right arrow or Enter)</source>
        <translation>L&apos;étape suivante de la visite (flèche droite ou Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/tour/callout.py" line="129"/>
        <source>%1. %2 %3.</source>
        <translation>%1. %2 %3.</translation>
    </message>
    <message>
        <location filename="../ui/tour/callout.py" line="133"/>
        <source>End the tour now and put the window back as it was (Esc)</source>
        <translation>Terminer la visite maintenant et remettre la fenêtre comme elle était (Échap)</translation>
    </message>
</context>
<context>
    <name>TourOverlay</name>
    <message>
        <location filename="../ui/tour/overlay.py" line="65"/>
        <source>Quick tour</source>
        <translation>Visite rapide</translation>
    </message>
    <message>
        <location filename="../ui/tour/overlay.py" line="67"/>
        <source>The window is dimmed except for what the tour shows.</source>
        <translation>La fenêtre est assombrie, sauf ce que montre la visite.</translation>
    </message>
</context>
<context>
    <name>TourPage</name>
    <message>
        <location filename="../ui/onboarding/tour_page.py" line="21"/>
        <source>A quick tour</source>
        <translation>Une visite rapide</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/tour_page.py" line="22"/>
        <source>Where things are in the console, and why they matter.</source>
        <translation>Où sont les choses dans la console, et à quoi elles servent.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/tour_page.py" line="24"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/tour_page.py" line="28"/>
        <source>The tour points at one part of the real window at a time: the navigation, the incidents queue and its filters, a Defender Experts notification, asking Defender Experts about an alert or a device, the Defender Experts messages and the sync status.</source>
        <translation>La visite montre une partie de la vraie fenêtre à la fois&#xa0;: la navigation, la file des incidents et ses filtres, une notification Defender Experts, les questions aux Defender Experts sur une alerte ou un appareil, les messages Defender Experts et l&apos;état de la synchronisation.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/tour_page.py" line="39"/>
        <source>Move through it with Next and Back or the arrow keys; Esc ends it, and this wizard goes on where you left it.</source>
        <translation>Avancez avec Suivant et Précédent ou les flèches&#xa0;; Échap la termine, et cet assistant reprend là où vous l&apos;avez laissé.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/tour_page.py" line="49"/>
        <source>The first sync is still running: the tour shows what has arrived so far; Help › Take the tour again shows it all later.</source>
        <translation>La première synchronisation est en cours&#xa0;: la visite montre ce qui est déjà arrivé&#xa0;; Aide › Refaire la visite montrera tout plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/tour_page.py" line="58"/>
        <location filename="../ui/onboarding/tour_page.py" line="60"/>
        <source>Take a quick tour</source>
        <translation>Faire un tour rapide</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/tour_page.py" line="62"/>
        <source>Hides this wizard and shows the tour over the console&apos;s window.</source>
        <translation>Masque cet assistant et montre la visite sur la fenêtre de la console.</translation>
    </message>
</context>
<context>
    <name>TriageActions</name>
    <message>
        <location filename="../ui/triage/actions.py" line="90"/>
        <source>Manage incident…</source>
        <translation>Gérer l&apos;incident…</translation>
    </message>
    <message>
        <location filename="../ui/triage/actions.py" line="92"/>
        <source>Manage alert…</source>
        <translation>Gérer l&apos;alerte…</translation>
    </message>
    <message>
        <location filename="../ui/triage/actions.py" line="120"/>
        <location filename="../ui/triage/actions.py" line="134"/>
        <source>Assign to me</source>
        <translation>M&apos;attribuer</translation>
    </message>
    <message>
        <location filename="../ui/triage/actions.py" line="146"/>
        <source>%1 items selected: at most %2 can be changed at once. Narrow the view first.</source>
        <translation>%1 éléments sélectionnés&#xa0;: %2 au plus peuvent être modifiés à la fois. Restreignez d&apos;abord la vue.</translation>
    </message>
    <message>
        <location filename="../ui/triage/actions.py" line="156"/>
        <source>Sign in to this tenant to assign items to yourself.</source>
        <translation>Connectez-vous à ce locataire pour vous attribuer des éléments.</translation>
    </message>
</context>
<context>
    <name>TriageStatus</name>
    <message>
        <location filename="../ui/triage/status.py" line="21"/>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <location filename="../ui/triage/status.py" line="24"/>
        <source>about %1 min</source>
        <translation>environ %1&#xa0;min</translation>
    </message>
    <message>
        <location filename="../ui/triage/status.py" line="28"/>
        <source>about %1 h %2 min</source>
        <translation>environ %1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/status.py" line="69"/>
        <source>⟳ %Ln device actions running</source>
        <translation>
            <numerusform>⟳ %Ln action sur un appareil en cours</numerusform>
            <numerusform>⟳ %Ln actions sur des appareils en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/status.py" line="115"/>
        <source>⚠ %Ln changes need you</source>
        <translation>
            <numerusform>⚠ %Ln modification à traiter</numerusform>
            <numerusform>⚠ %Ln modifications à traiter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/triage/status.py" line="96"/>
        <source>Sending changes: %1 of %2 · %3 left</source>
        <translation>Envoi&#xa0;: %1 sur %2 · reste %3</translation>
    </message>
    <message>
        <location filename="../ui/triage/status.py" line="117"/>
        <source>Conflicts and refused changes: open the Audit page to choose what happens</source>
        <translation>Conflits et modifications refusées&#xa0;: ouvrez la page Audit pour décider de la suite</translation>
    </message>
</context>
<context>
    <name>WelcomeFlow</name>
    <message>
        <location filename="../ui/onboarding/flow.py" line="173"/>
        <source>The quick tour could not start; the welcome wizard goes on.</source>
        <translation>La visite rapide n&apos;a pas pu démarrer&#xa0;; l&apos;assistant de bienvenue continue.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/onboarding/intro_pages.py" line="15"/>
        <source>Welcome to Hunting Console</source>
        <translation>Bienvenue dans Hunting Console</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/intro_pages.py" line="16"/>
        <source>A desk for hunting with Microsoft Defender Experts.</source>
        <translation>Un poste pour la chasse aux menaces avec Microsoft Defender Experts.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/intro_pages.py" line="20"/>
        <source>Hunting Console keeps your tenant&apos;s incidents, alerts and devices on this machine, synced from Microsoft Defender, so you can triage them quickly, even offline. It puts Defender Experts notifications first and lets you ask Defender Experts about anything you see.</source>
        <translation>Hunting Console garde sur cet ordinateur les incidents, alertes et appareils de votre locataire, synchronisés depuis Microsoft Defender, pour les trier vite, même hors ligne. Elle met les notifications Defender Experts en premier et vous permet d&apos;interroger les Defender Experts sur tout ce que vous voyez.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/intro_pages.py" line="30"/>
        <source>The next few steps:</source>
        <translation>Les prochaines étapes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/intro_pages.py" line="34"/>
        <source>1. Sign in to your tenant, or explore the demo tenant.</source>
        <translation>1. Connectez-vous à votre locataire, ou explorez le locataire de démonstration.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/intro_pages.py" line="35"/>
        <source>2. Take a quick tour of where things are and why they matter.</source>
        <translation>2. Faites une visite rapide pour savoir où sont les choses et à quoi elles servent.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/intro_pages.py" line="36"/>
        <source>3. Read what the Defender Experts service provides.</source>
        <translation>3. Découvrez ce que fournit le service Defender Experts.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/intro_pages.py" line="37"/>
        <source>4. Start on the home page while the first sync runs.</source>
        <translation>4. Commencez sur la page d&apos;accueil pendant la première synchronisation.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/intro_pages.py" line="48"/>
        <source>Esc closes this wizard at any step; Help › Show the welcome wizard brings it back.</source>
        <translation>Échap ferme cet assistant à chaque étape&#xa0;; Aide › Afficher l&apos;assistant de bienvenue le ramène.</translation>
    </message>
</context>
<context>
    <name>_Pane</name>
    <message>
        <location filename="../ui/details/panes.py" line="122"/>
        <source>Open in Defender portal</source>
        <translation>Ouvrir dans le portail Defender</translation>
    </message>
</context>
</TS>
