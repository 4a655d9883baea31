<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AlertPage</name>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="38"/>
        <location filename="../../console/ui/details/alert_page.py" line="44"/>
        <source>Alert %1</source>
        <translation>Alerte %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="39"/>
        <source>This alert is not in the local cache. Sync, then try again.</source>
        <translation>Cette alerte n&apos;est pas dans le cache local. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="52"/>
        <source>Evidence (%1)</source>
        <translation>Preuves (%1)</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="56"/>
        <source>Process tree</source>
        <translation>Arborescence des processus</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="57"/>
        <source>Recommended actions</source>
        <translation>Actions recommandées</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="61"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="69"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="70"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="71"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="72"/>
        <source>Detection source</source>
        <translation>Source de détection</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="73"/>
        <source>Service source</source>
        <translation>Source de service</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="74"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="75"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="75"/>
        <location filename="../../console/ui/details/alert_page.py" line="76"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="76"/>
        <source>Determination</source>
        <translation>Détermination</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="77"/>
        <source>MITRE techniques</source>
        <translation>Techniques MITRE</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="78"/>
        <source>First activity</source>
        <translation>Première activité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="79"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="80"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="90"/>
        <source>Open incident %1</source>
        <translation>Ouvrir l&apos;incident %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="100"/>
        <source>Open device page</source>
        <translation>Ouvrir la page de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="111"/>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="111"/>
        <source>Process id</source>
        <translation>ID de processus</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="111"/>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="111"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="117"/>
        <source>Unknown process</source>
        <translation>Processus inconnu</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="119"/>
        <source>%1 (parent, not in evidence)</source>
        <translation>%1 (parent, absent des preuves)</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="136"/>
        <source>No process evidence on this alert</source>
        <translation>Aucune preuve de processus pour cette alerte</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_page.py" line="146"/>
        <source>No recommended actions were provided.</source>
        <translation>Aucune action recommandée n&apos;a été fournie.</translation>
    </message>
</context>
<context>
    <name>AlertPane</name>
    <message>
        <location filename="../../console/ui/details/panes.py" line="152"/>
        <source>Alert %1</source>
        <translation>Alerte %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="155"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="156"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="157"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="158"/>
        <source>Detection source</source>
        <translation>Source de détection</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="159"/>
        <source>Service source</source>
        <translation>Source de service</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="160"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="161"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="161"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="162"/>
        <source>First activity</source>
        <translation>Première activité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="163"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="175"/>
        <location filename="../../console/ui/details/panes.py" line="177"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="177"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="180"/>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="191"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="200"/>
        <source>Open alert page</source>
        <translation>Ouvrir la page de l&apos;alerte</translation>
    </message>
</context>
<context>
    <name>AlertsOverTimeChart</name>
    <message>
        <location filename="../../console/ui/details/alert_chart.py" line="63"/>
        <source>Busiest week: %1 (%2 alerts)</source>
        <translation>Semaine la plus chargée&#xa0;: %1 (alertes&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_chart.py" line="65"/>
        <source>Busiest day: %1 (%2 alerts)</source>
        <translation>Jour le plus chargé&#xa0;: %1 (alertes&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/alert_chart.py" line="84"/>
        <source>No alerts</source>
        <translation>Aucune alerte</translation>
    </message>
</context>
<context>
    <name>ChipWidget</name>
    <message>
        <location filename="../../console/ui/queues/chips.py" line="38"/>
        <source>Remove this filter</source>
        <translation>Supprimer ce filtre</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/chips.py" line="39"/>
        <source>Remove filter %1</source>
        <translation>Supprimer le filtre %1</translation>
    </message>
</context>
<context>
    <name>DenCard</name>
    <message>
        <location filename="../../console/ui/details/den_card.py" line="42"/>
        <source>⚑ Defender Experts notification</source>
        <translation>⚑ Notification Defender Experts</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/den_card.py" line="49"/>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/den_card.py" line="50"/>
        <source>No summary was provided.</source>
        <translation>Aucun résumé n&apos;a été fourni.</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/den_card.py" line="63"/>
        <source>No recommendations were provided.</source>
        <translation>Aucune recommandation n&apos;a été fournie.</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/den_card.py" line="66"/>
        <source>Hunting queries</source>
        <translation>Requêtes de repérage avancé</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/den_card.py" line="82"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/den_card.py" line="84"/>
        <source>Copy recommendations</source>
        <translation>Copier les recommandations</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/den_card.py" line="108"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/den_card.py" line="110"/>
        <source>Copy this query to the clipboard</source>
        <translation>Copier cette requête dans le Presse-papiers</translation>
    </message>
</context>
<context>
    <name>DenSummaryCard</name>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="63"/>
        <source>Defender Experts for Hunting</source>
        <translation>Defender Experts for Hunting</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="69"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="71"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="72"/>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="73"/>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="74"/>
        <source>Last 6 months</source>
        <translation>6 derniers mois</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="89"/>
        <source>Defender Experts notifications
in this period</source>
        <translation>Notifications Defender Experts
sur cette période</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="94"/>
        <source>Newest notifications</source>
        <translation>Notifications les plus récentes</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="99"/>
        <source>Newest Defender Experts notifications</source>
        <translation>Notifications Defender Experts les plus récentes</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="107"/>
        <source>No Defender Experts notifications in the cache yet.</source>
        <translation>Aucune notification Defender Experts dans le cache pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="114"/>
        <source>View Defender Experts notifications</source>
        <translation>Afficher les notifications Defender Experts</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../console/ui/details/widgets.py" line="71"/>
        <location filename="../../console/ui/details/widgets.py" line="79"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/widgets.py" line="87"/>
        <source>Not known</source>
        <translation>Date inconnue</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../console/ui/details/page_base.py" line="52"/>
        <source>Open in Defender portal</source>
        <translation>Ouvrir dans le portail Defender</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/page_base.py" line="58"/>
        <source>The API did not send a portal link for this item.</source>
        <translation>L&apos;API n&apos;a envoyé aucun lien vers le portail pour cet élément.</translation>
    </message>
</context>
<context>
    <name>DeviceContextMenu</name>
    <message>
        <location filename="../../console/ui/details/device_menu.py" line="41"/>
        <source>Open device page</source>
        <translation>Ouvrir la page de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_menu.py" line="46"/>
        <source>Show its incidents</source>
        <translation>Afficher ses incidents</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_menu.py" line="51"/>
        <source>Show its alerts</source>
        <translation>Afficher ses alertes</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_menu.py" line="58"/>
        <source>Copy device id</source>
        <translation>Copier l&apos;ID de l&apos;appareil</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="46"/>
        <source>This device is not in the local cache. Sync, then try again.</source>
        <translation>Cet appareil n&apos;est pas dans le cache local. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="51"/>
        <source>Device %1</source>
        <translation>Appareil %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="69"/>
        <source>Alerts over time, per week</source>
        <translation>Alertes au fil du temps, par semaine</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="71"/>
        <source>Alerts over time, per day</source>
        <translation>Alertes au fil du temps, par jour</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="87"/>
        <source>Incidents (%1)</source>
        <translation>Incidents (%1)</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="100"/>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="105"/>
        <source>Users (%1)</source>
        <translation>Utilisateurs (%1)</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="112"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="114"/>
        <location filename="../../console/ui/details/device_page.py" line="121"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="119"/>
        <source>Exposure level</source>
        <translation>Niveau d&apos;exposition</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="125"/>
        <source>Health state</source>
        <translation>État d&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="126"/>
        <source>Onboarding status</source>
        <translation>État d&apos;intégration</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="127"/>
        <source>Device value</source>
        <translation>Valeur de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="129"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="130"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="137"/>
        <source> (build %1)</source>
        <translation> (build %1)</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="138"/>
        <source>OS</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="139"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="140"/>
        <source>External IP</source>
        <translation>IP externe</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="141"/>
        <source>Device group</source>
        <translation>Groupe d&apos;appareils</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="142"/>
        <source>First seen</source>
        <translation>Vu pour la première fois</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="143"/>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="149"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="168"/>
        <source>No users named in the evidence of its alerts.</source>
        <translation>Aucun utilisateur n&apos;est cité dans les preuves de ses alertes.</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="169"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/device_page.py" line="169"/>
        <source>Mentions in evidence</source>
        <translation>Mentions dans les preuves</translation>
    </message>
</context>
<context>
    <name>DevicePane</name>
    <message>
        <location filename="../../console/ui/details/panes.py" line="238"/>
        <location filename="../../console/ui/details/panes.py" line="239"/>
        <source>More actions</source>
        <translation>Plus d&apos;actions</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="254"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="256"/>
        <location filename="../../console/ui/details/panes.py" line="263"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="261"/>
        <source>Exposure level</source>
        <translation>Niveau d&apos;exposition</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="266"/>
        <source>Health state</source>
        <translation>État d&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="267"/>
        <source>Onboarding status</source>
        <translation>État d&apos;intégration</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="268"/>
        <source>OS</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="269"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="270"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="272"/>
        <source>External IP</source>
        <translation>IP externe</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="273"/>
        <source>Device value</source>
        <translation>Valeur de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="274"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="274"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="275"/>
        <source>First seen</source>
        <translation>Vu pour la première fois</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="276"/>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="277"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="278"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="283"/>
        <source>Open device page</source>
        <translation>Ouvrir la page de l&apos;appareil</translation>
    </message>
</context>
<context>
    <name>EmptyDetails</name>
    <message>
        <location filename="../../console/ui/queues/details.py" line="63"/>
        <source>Select a row to see its details.</source>
        <translation>Sélectionnez une ligne pour en afficher les détails.</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../console/ui/queues/chips.py" line="58"/>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../console/ui/queues/filter_panel.py" line="120"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_panel.py" line="150"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_panel.py" line="154"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_panel.py" line="180"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_panel.py" line="187"/>
        <source>Names or emails, comma-separated</source>
        <translation>Noms ou adresses e-mail, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_panel.py" line="206"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_panel.py" line="207"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="242"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="48"/>
        <location filename="../../console/ui/details/incident_page.py" line="54"/>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="49"/>
        <source>This incident is not in the local cache. Sync, then try again.</source>
        <translation>Cet incident n&apos;est pas dans le cache local. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="66"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="68"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="69"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="70"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="70"/>
        <location filename="../../console/ui/details/incident_page.py" line="71"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="71"/>
        <source>Determination</source>
        <translation>Détermination</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="72"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="72"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="73"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="74"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="77"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="78"/>
        <source>%1 active of %2</source>
        <translation>%1 actives sur %2</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="83"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="108"/>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="129"/>
        <source>Devices (%1)</source>
        <translation>Appareils (%1)</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="135"/>
        <source>Evidence (%1)</source>
        <translation>Preuves (%1)</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="140"/>
        <source>Comments (%1)</source>
        <translation>Commentaires (%1)</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="143"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="147"/>
        <source>No comments on this incident yet.</source>
        <translation>Aucun commentaire sur cet incident pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="149"/>
        <location filename="../../console/ui/details/incident_page.py" line="193"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="149"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="149"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="157"/>
        <location filename="../../console/ui/details/incident_page.py" line="176"/>
        <location filename="../../console/ui/details/incident_page.py" line="186"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="167"/>
        <source>Incident created</source>
        <translation>Incident créé</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="170"/>
        <source>Alert added: %1</source>
        <translation>Alerte ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="173"/>
        <source>Alert resolved: %1</source>
        <translation>Alerte résolue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="177"/>
        <source>Comment by %1</source>
        <translation>Commentaire de %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="180"/>
        <source>%1 by %2 (this console)</source>
        <translation>%1 par %2 (cette console)</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="185"/>
        <source>Last update. Now: %1, %2, classification %3</source>
        <translation>Dernière mise à jour. Valeurs actuelles&#xa0;: %1, %2, classification %3</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="188"/>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="193"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/incident_page.py" line="202"/>
        <source>Defender keeps no history of status, assignment or classification changes in what it sends; this list shows dated events and the current values.</source>
        <translation>Les données envoyées par Defender ne contiennent aucun historique des changements d&apos;état, d&apos;attribution ou de classification. Cette liste affiche les événements datés et les valeurs actuelles.</translation>
    </message>
</context>
<context>
    <name>IncidentPane</name>
    <message>
        <location filename="../../console/ui/details/panes.py" line="100"/>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="103"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="104"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="105"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="106"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="106"/>
        <location filename="../../console/ui/details/panes.py" line="107"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="107"/>
        <source>Determination</source>
        <translation>Détermination</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="108"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="108"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="110"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="111"/>
        <source>%1 active of %2</source>
        <translation>%1 actives sur %2</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="115"/>
        <source>Impacted devices</source>
        <translation>Appareils affectés</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="116"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="117"/>
        <source>Service sources</source>
        <translation>Sources de service</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="118"/>
        <source>Detection sources</source>
        <translation>Sources de détection</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="119"/>
        <source>First activity</source>
        <translation>Première activité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="120"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="121"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="122"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/panes.py" line="132"/>
        <source>Open incident page</source>
        <translation>Ouvrir la page de l&apos;incident</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../console/ui/labels.py" line="20"/>
        <source>Informational</source>
        <translation>Informationnelle</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="21"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="22"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="23"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="24"/>
        <location filename="../../console/ui/labels.py" line="25"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="27"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="28"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="29"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="30"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="31"/>
        <source>Redirected</source>
        <translation>Redirigé</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="32"/>
        <source>Awaiting customer action</source>
        <translation>En attente d&apos;une action du client</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="34"/>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="35"/>
        <source>True positive</source>
        <translation>Vrai positif</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="36"/>
        <source>Informational, expected activity</source>
        <translation>Informationnel, activité attendue</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="39"/>
        <source>Benign positive</source>
        <translation>Positif bénin</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="41"/>
        <source>Advanced persistent threat</source>
        <translation>Menace persistante avancée</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="42"/>
        <source>Malware</source>
        <translation>Programme malveillant</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="43"/>
        <source>Security personnel</source>
        <translation>Personnel de sécurité</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="44"/>
        <source>Security testing</source>
        <translation>Test de sécurité</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="45"/>
        <source>Unwanted software</source>
        <translation>Logiciel indésirable</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="46"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="47"/>
        <source>Multi-staged attack</source>
        <translation>Attaque en plusieurs étapes</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="48"/>
        <source>Compromised account</source>
        <translation>Compte compromis</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="49"/>
        <source>Phishing</source>
        <translation>Hameçonnage</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="50"/>
        <source>Malicious user activity</source>
        <translation>Activité utilisateur malveillante</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="51"/>
        <source>Not malicious</source>
        <translation>Non malveillant</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="52"/>
        <source>Not enough data to validate</source>
        <translation>Données insuffisantes pour valider</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="53"/>
        <source>Confirmed activity</source>
        <translation>Activité confirmée</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="54"/>
        <source>Line-of-business application</source>
        <translation>Application métier</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="56"/>
        <source>Microsoft Defender for Endpoint</source>
        <translation>Microsoft Defender for Endpoint</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="57"/>
        <source>Microsoft Defender for Identity</source>
        <translation>Microsoft Defender for Identity</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="58"/>
        <source>Microsoft Defender for Cloud Apps</source>
        <translation>Microsoft Defender for Cloud Apps</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="61"/>
        <source>Microsoft Defender for Office 365</source>
        <translation>Microsoft Defender for Office 365</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="64"/>
        <source>Microsoft Defender XDR</source>
        <translation>Microsoft Defender XDR</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="65"/>
        <source>Microsoft Entra ID Protection</source>
        <translation>Microsoft Entra ID Protection</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="66"/>
        <source>App governance</source>
        <translation>Gouvernance des applications</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="67"/>
        <source>Data loss prevention</source>
        <translation>Protection contre la perte de données</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="68"/>
        <source>Microsoft Defender for Cloud</source>
        <translation>Microsoft Defender for Cloud</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="69"/>
        <source>Microsoft Sentinel</source>
        <translation>Microsoft Sentinel</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="70"/>
        <source>Insider risk management</source>
        <translation>Gestion des risques internes</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="71"/>
        <source>Microsoft Threat Intelligence</source>
        <translation>Microsoft Threat Intelligence</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="72"/>
        <source>Microsoft Security for AI</source>
        <translation>Microsoft Security for AI</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="73"/>
        <source>Antivirus</source>
        <translation>Antivirus</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="74"/>
        <source>SmartScreen</source>
        <translation>SmartScreen</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="75"/>
        <source>Custom threat intelligence</source>
        <translation>Renseignement sur les menaces personnalisé</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="76"/>
        <source>Automated investigation</source>
        <translation>Examen automatisé</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="77"/>
        <source>Microsoft Defender Experts</source>
        <translation>Microsoft Defender Experts</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="78"/>
        <source>Custom detection</source>
        <translation>Détection personnalisée</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="79"/>
        <source>Cloud App Security</source>
        <translation>Cloud App Security</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="80"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="81"/>
        <source>Microsoft Data Loss Prevention</source>
        <translation>Microsoft Data Loss Prevention</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="82"/>
        <source>App governance policy</source>
        <translation>Stratégie de gouvernance des applications</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="83"/>
        <source>App governance detection</source>
        <translation>Détection de gouvernance des applications</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="84"/>
        <source>Scheduled alerts</source>
        <translation>Alertes planifiées</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="85"/>
        <source>Near-real-time alerts</source>
        <translation>Alertes en temps quasi réel</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="86"/>
        <source>Security Copilot</source>
        <translation>Security Copilot</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="88"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="89"/>
        <source>Impaired communications</source>
        <translation>Communication altérée</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="90"/>
        <source>No sensor data</source>
        <translation>Aucune donnée de capteur</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="91"/>
        <source>No sensor data, impaired communications</source>
        <translation>Aucune donnée de capteur, communication altérée</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="94"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="95"/>
        <source>Insufficient info</source>
        <translation>Informations insuffisantes</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="96"/>
        <source>Onboarded</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="97"/>
        <source>Can be onboarded</source>
        <translation>Peut être intégré</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="98"/>
        <source>Unsupported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="99"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="118"/>
        <source>Unknown (%1)</source>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="119"/>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../console/ui/shell/launch.py" line="103"/>
        <source>Showing the cached data of the last tenant opened. Signing in to a tenant arrives in a later version; the demo shows syncing today.</source>
        <translation>Affichage des données en cache du dernier locataire ouvert. La connexion à un locataire arrivera dans une version ultérieure&#xa0;: la démo montre déjà la synchronisation.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/launch.py" line="121"/>
        <source>No tenant</source>
        <translation>Aucun locataire</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/launch.py" line="126"/>
        <source>No tenant is set up yet: signing in arrives in a later version. Open the demo to see the console with a synthetic tenant.</source>
        <translation>Aucun locataire n&apos;est encore configuré&#xa0;: la connexion arrivera dans une version ultérieure. Ouvrez la démo pour voir la console avec un locataire synthétique.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/app.py" line="66"/>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="61"/>
        <source>Hunting Console — %1</source>
        <translation>Hunting Console — %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="86"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="92"/>
        <source>Sync now (F5)</source>
        <translation>Synchroniser maintenant (F5)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="95"/>
        <source>Cancel sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="98"/>
        <source>Stop the sync; what it already saved is kept</source>
        <translation>Arrêter la synchronisation (les données déjà enregistrées sont conservées)</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="100"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="107"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="131"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="132"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="133"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="134"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="165"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="170"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="174"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="178"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="184"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="187"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="198"/>
        <source>&amp;Colour scheme</source>
        <translation>&amp;Thème de couleurs</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="202"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="203"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="204"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="218"/>
        <source>The new language applies the next time the console starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de la console.</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="271"/>
        <source>Incidents › Incident %1</source>
        <translation>Incidents › Incident %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="275"/>
        <source>Alerts › Alert %1</source>
        <translation>Alertes › Alerte %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="279"/>
        <source>Devices › Device %1</source>
        <translation>Appareils › Appareil %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="285"/>
        <source>Not a web link: %1</source>
        <translation>Ce n&apos;est pas un lien web&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="293"/>
        <source>No tenant is set up for syncing.</source>
        <translation>Aucun locataire n&apos;est configuré pour la synchronisation.</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="301"/>
        <source>Cancelling after the current page…</source>
        <translation>Annulation après la page en cours…</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="329"/>
        <source>Sync finished.</source>
        <translation>Synchronisation terminée.</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="331"/>
        <source>Sync cancelled; everything synced so far is kept.</source>
        <translation>Synchronisation annulée. Tout ce qui a déjà été synchronisé est conservé.</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="337"/>
        <source>Sync failed: %1. The cached data is kept.</source>
        <translation>Échec de la synchronisation&#xa0;: %1. Les données en cache sont conservées.</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="338"/>
        <location filename="../../console/ui/main_window.py" line="344"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="343"/>
        <source>Offline: showing cached data. %1</source>
        <translation>Hors connexion&#xa0;: affichage des données en cache. %1</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../console/ui/shell/banner.py" line="69"/>
        <location filename="../../console/ui/shell/banner.py" line="70"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <location filename="../../console/ui/shell/navigation.py" line="18"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>OpenedPage</name>
    <message>
        <location filename="../../console/ui/shell/page_stack.py" line="43"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/page_stack.py" line="46"/>
        <source>Back (Alt+Left)</source>
        <translation>Retour (Alt+Gauche)</translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="87"/>
        <source>Incident name</source>
        <translation>Nom de l&apos;incident</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="94"/>
        <source>Incident ID</source>
        <translation>ID de l&apos;incident</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="101"/>
        <location filename="../../console/ui/queues/columns.py" line="357"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="108"/>
        <location filename="../../console/ui/queues/columns.py" line="217"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="116"/>
        <location filename="../../console/ui/queues/columns.py" line="225"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="124"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="130"/>
        <source>Impacted devices</source>
        <translation>Appareils affectés</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="137"/>
        <source>Active alerts</source>
        <translation>Alertes actives</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="144"/>
        <source>Service sources</source>
        <translation>Sources de service</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="151"/>
        <source>Detection sources</source>
        <translation>Sources de détection</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="158"/>
        <location filename="../../console/ui/queues/columns.py" line="268"/>
        <source>First activity</source>
        <translation>Première activité</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="165"/>
        <location filename="../../console/ui/queues/columns.py" line="275"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="172"/>
        <source>Last update time</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="179"/>
        <location filename="../../console/ui/queues/columns.py" line="282"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="186"/>
        <location filename="../../console/ui/queues/columns.py" line="289"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="193"/>
        <source>Determination</source>
        <translation>Détermination</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="203"/>
        <source>Alert name</source>
        <translation>Nom de l&apos;alerte</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="210"/>
        <source>Alert ID</source>
        <translation>ID de l&apos;alerte</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="233"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="240"/>
        <source>Detection source</source>
        <translation>Source de détection</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="247"/>
        <source>Service source</source>
        <translation>Source de service</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="254"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="261"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="299"/>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="306"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="313"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="321"/>
        <source>Exposure level</source>
        <translation>Niveau d&apos;exposition</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="329"/>
        <source>OS platform</source>
        <translation>Plateforme du système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="336"/>
        <source>OS version</source>
        <translation>Version du système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="343"/>
        <source>Health state</source>
        <translation>État d&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="350"/>
        <source>Onboarding status</source>
        <translation>État d&apos;intégration</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="364"/>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="371"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/columns.py" line="378"/>
        <source>Device value</source>
        <translation>Valeur de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/model.py" line="48"/>
        <source>Defender Experts notification</source>
        <translation>Notification Defender Experts</translation>
    </message>
</context>
<context>
    <name>QueueFilters</name>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="41"/>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="42"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="43"/>
        <source>3 days</source>
        <translation>3 jours</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="44"/>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="45"/>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="46"/>
        <source>6 months</source>
        <translation>6 mois</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="47"/>
        <source>Custom range…</source>
        <translation>Plage personnalisée…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="113"/>
        <location filename="../../console/ui/queues/specs.py" line="74"/>
        <location filename="../../console/ui/queues/specs.py" line="152"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="114"/>
        <location filename="../../console/ui/queues/specs.py" line="77"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="115"/>
        <location filename="../../console/ui/queues/specs.py" line="83"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="116"/>
        <location filename="../../console/ui/queues/specs.py" line="89"/>
        <source>Service sources</source>
        <translation>Sources de service</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="117"/>
        <location filename="../../console/ui/queues/specs.py" line="95"/>
        <source>Detection sources</source>
        <translation>Sources de détection</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="118"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="119"/>
        <location filename="../../console/ui/queues/specs.py" line="101"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="120"/>
        <location filename="../../console/ui/queues/specs.py" line="107"/>
        <source>Determination</source>
        <translation>Détermination</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="121"/>
        <location filename="../../console/ui/queues/specs.py" line="118"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="122"/>
        <location filename="../../console/ui/queues/specs.py" line="124"/>
        <source>Exposure level</source>
        <translation>Niveau d&apos;exposition</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="123"/>
        <location filename="../../console/ui/queues/specs.py" line="130"/>
        <source>Health state</source>
        <translation>État d&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="124"/>
        <location filename="../../console/ui/queues/specs.py" line="136"/>
        <source>OS platform</source>
        <translation>Plateforme du système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="125"/>
        <location filename="../../console/ui/queues/specs.py" line="142"/>
        <source>Onboarding status</source>
        <translation>État d&apos;intégration</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="126"/>
        <location filename="../../console/ui/queues/specs.py" line="148"/>
        <source>Device value</source>
        <translation>Valeur de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="169"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="197"/>
        <source>Time: %1</source>
        <translation>Période&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="205"/>
        <source>Defender Experts notifications only</source>
        <translation>Notifications Defender Experts uniquement</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="210"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="211"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="31"/>
        <location filename="../../console/ui/queues/filter_state.py" line="222"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="223"/>
        <source>%1 is not: %2</source>
        <translation>%1 n&apos;est pas&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/filter_state.py" line="245"/>
        <source>Search: %1</source>
        <translation>Recherche&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/specs.py" line="160"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/specs.py" line="168"/>
        <location filename="../../console/ui/queues/specs.py" line="185"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/specs.py" line="169"/>
        <source>Search name, ID, device, user or IP  ( / )</source>
        <translation>Rechercher par nom, ID, appareil, utilisateur ou IP  ( / )</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/specs.py" line="177"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/specs.py" line="186"/>
        <source>Search title, ID, device, user or IP  ( / )</source>
        <translation>Rechercher par titre, ID, appareil, utilisateur ou IP  ( / )</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/specs.py" line="194"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/specs.py" line="202"/>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/specs.py" line="203"/>
        <source>Search device name or IP  ( / )</source>
        <translation>Rechercher par nom d&apos;appareil ou IP  ( / )</translation>
    </message>
</context>
<context>
    <name>QueueMenus</name>
    <message>
        <location filename="../../console/ui/queues/menus.py" line="26"/>
        <source>Filter on this value</source>
        <translation>Filtrer sur cette valeur</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/menus.py" line="33"/>
        <source>Exclude this value</source>
        <translation>Exclure cette valeur</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/menus.py" line="40"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/menus.py" line="46"/>
        <source>Copy ID</source>
        <translation>Copier l&apos;ID</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/menus.py" line="70"/>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/menus.py" line="81"/>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/menus.py" line="82"/>
        <source>Export to JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/menus.py" line="105"/>
        <source>Save current filters…</source>
        <translation>Enregistrer les filtres actuels…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/menus.py" line="110"/>
        <source>Default when the queue opens</source>
        <translation>Par défaut à l&apos;ouverture de la file</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/menus.py" line="116"/>
        <source>No filters</source>
        <translation>Aucun filtre</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/menus.py" line="127"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>QueuePages</name>
    <message>
        <location filename="../../console/ui/shell/queue_pages.py" line="63"/>
        <source>This view is not available in this build.</source>
        <translation>Cette vue n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/queue_pages.py" line="123"/>
        <source>Item pages are not available in this build.</source>
        <translation>Les pages d&apos;éléments ne sont pas disponibles dans cette version.</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../console/ui/queues/queue_view.py" line="176"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/queue_view.py" line="178"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/queue_view.py" line="180"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/queue_view.py" line="182"/>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/queue_view.py" line="307"/>
        <source>Showing %1 of %2</source>
        <translation>Affichage&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/queue_view.py" line="379"/>
        <source>Save filters</source>
        <translation>Enregistrer les filtres</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/queue_view.py" line="379"/>
        <source>Name of this filter set:</source>
        <translation>Nom de cet ensemble de filtres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/queue_view.py" line="467"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/queue_view.py" line="467"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/queue_view.py" line="470"/>
        <source>Export view</source>
        <translation>Exporter la vue</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/queue_view.py" line="480"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/queue_view.py" line="487"/>
        <source>Exported %1 rows to %2</source>
        <translation>Lignes exportées vers %2&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/queues/queue_view.py" line="495"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RelatedTables</name>
    <message>
        <location filename="../../console/ui/details/related.py" line="44"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="45"/>
        <location filename="../../console/ui/details/related.py" line="82"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="46"/>
        <location filename="../../console/ui/details/related.py" line="83"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="47"/>
        <source>Detection source</source>
        <translation>Source de détection</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="48"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="49"/>
        <source>First activity</source>
        <translation>Première activité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="50"/>
        <location filename="../../console/ui/details/related.py" line="85"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="80"/>
        <source>Incident name</source>
        <translation>Nom de l&apos;incident</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="81"/>
        <source>Incident id</source>
        <translation>ID d&apos;incident</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="84"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="112"/>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="113"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="114"/>
        <source>Health state</source>
        <translation>État d&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="115"/>
        <source>OS platform</source>
        <translation>Plateforme du système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="116"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="117"/>
        <source>Alerts here</source>
        <translation>Alertes ici</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="141"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="142"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="143"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="144"/>
        <source>Remediation</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="145"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../console/ui/details/related.py" line="148"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
</context>
<context>
    <name>RowSummary</name>
    <message>
        <location filename="../../console/ui/queues/details.py" line="39"/>
        <source>Defender Experts notification</source>
        <translation>Notification Defender Experts</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <location filename="../../console/ui/shell/status_bar.py" line="55"/>
        <source>Tenant: %1</source>
        <translation>Locataire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status_bar.py" line="63"/>
        <source>Connection not checked</source>
        <translation>Connexion non vérifiée</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status_bar.py" line="65"/>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status_bar.py" line="67"/>
        <source>○ Offline</source>
        <translation>○ Hors connexion</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status_bar.py" line="73"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status_bar.py" line="77"/>
        <source>Data as of %1</source>
        <translation>Données au %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status_bar.py" line="82"/>
        <source>1 change pending</source>
        <translation>1 modification en attente</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status_bar.py" line="84"/>
        <source>%1 changes pending</source>
        <translation>%1 modifications en attente</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status_bar.py" line="90"/>
        <source>Starting sync…</source>
        <translation>Démarrage de la synchronisation…</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status_bar.py" line="96"/>
        <source>Syncing %1: %2 items (%3 of %4)</source>
        <translation>Synchronisation des %1&#xa0;: %2 éléments (%3 sur %4)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status_bar.py" line="106"/>
        <source>Waiting %1 s: %2</source>
        <translation>Attente de %1&#xa0;s&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status_bar.py" line="116"/>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status_bar.py" line="117"/>
        <source>alerts</source>
        <translation>alertes</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status_bar.py" line="118"/>
        <source>devices</source>
        <translation>appareils</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../console/ui/shell/shortcuts.py" line="19"/>
        <source>↑ ↓  or  j k</source>
        <translation>↑ ↓  ou  j k</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/shortcuts.py" line="20"/>
        <source>Move to the previous or next row</source>
        <translation>Passer à la ligne précédente ou suivante</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/shortcuts.py" line="23"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/shortcuts.py" line="24"/>
        <source>Open the selected incident, alert or device</source>
        <translation>Ouvrir l&apos;incident, l&apos;alerte ou l&apos;appareil sélectionné</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/shortcuts.py" line="26"/>
        <source>Search the current view</source>
        <translation>Rechercher dans la vue actuelle</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/shortcuts.py" line="27"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/shortcuts.py" line="28"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/shortcuts.py" line="29"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/shortcuts.py" line="30"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/shortcuts.py" line="31"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/shortcuts.py" line="33"/>
        <source>Alt+Left</source>
        <translation>Alt+Gauche</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/shortcuts.py" line="34"/>
        <source>Back from an opened page</source>
        <translation>Revenir en arrière depuis une page ouverte</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/shortcuts.py" line="36"/>
        <source>Show this list</source>
        <translation>Afficher cette liste</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../console/ui/shell/shortcuts.py" line="55"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/shortcuts.py" line="62"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/shortcuts.py" line="63"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../console/ui/shell/sync_controller.py" line="148"/>
        <source>No tenant is set up for syncing.</source>
        <translation>Aucun locataire n&apos;est configuré pour la synchronisation.</translation>
    </message>
</context>
<context>
    <name>TotalsCard</name>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="184"/>
        <source>In the local cache</source>
        <translation>Dans le cache local</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="189"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="190"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="191"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/home_page.py" line="202"/>
        <source>Open the queue</source>
        <translation>Ouvrir la file d&apos;attente</translation>
    </message>
</context>
<context>
    <name>_Pane</name>
    <message>
        <location filename="../../console/ui/details/panes.py" line="84"/>
        <source>Open in Defender portal</source>
        <translation>Ouvrir dans le portail Defender</translation>
    </message>
</context>
</TS>
