<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <location filename="../ui/audit/audit_page.py" line="255"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/audit_page.py" line="277"/>
        <source>⚠ %Ln changes need you</source>
        <translation>
            <numerusform>⚠ %Ln change needs you</numerusform>
            <numerusform>⚠ %Ln changes need you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/audit_page.py" line="406"/>
        <source>Exported %Ln entries to %1</source>
        <translation>
            <numerusform>Exported %Ln entry to %1</numerusform>
            <numerusform>Exported %Ln entries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DehReport</name>
    <message numerus="yes">
        <location filename="../ui/report/texts.py" line="153"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/texts.py" line="245"/>
        <source>Incidents carry no resolution time: this is each Defender Experts alert&apos;s resolved time minus its created time, over the %Ln resolved alerts of the period.</source>
        <translation>
            <numerusform>Incidents carry no resolution time: this is each Defender Experts alert&apos;s resolved time minus its created time, over the %Ln resolved alert of the period.</numerusform>
            <numerusform>Incidents carry no resolution time: this is each Defender Experts alert&apos;s resolved time minus its created time, over the %Ln resolved alerts of the period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DehReportPage</name>
    <message numerus="yes">
        <location filename="../ui/report/exports.py" line="59"/>
        <source>Exported %Ln pages to %1</source>
        <translation>
            <numerusform>Exported %Ln page to %1</numerusform>
            <numerusform>Exported %Ln pages to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/exports.py" line="85"/>
        <source>Exported %Ln rows to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DenNotifier</name>
    <message numerus="yes">
        <location filename="../ui/shell/den_notifier.py" line="82"/>
        <source>%1: %Ln Defender Experts notifications in the cache.</source>
        <translation>
            <numerusform>%1: %Ln Defender Experts notification in the cache.</numerusform>
            <numerusform>%1: %Ln Defender Experts notifications in the cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/den_notifier.py" line="94"/>
        <source>%1: %Ln new Defender Experts notifications.</source>
        <translation>
            <numerusform>%1: %Ln new Defender Experts notification.</numerusform>
            <numerusform>%1: %Ln new Defender Experts notifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/den_notifier.py" line="99"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpertsController</name>
    <message numerus="yes">
        <location filename="../ui/experts/controller.py" line="198"/>
        <source>Defender Experts answered %Ln of your questions.</source>
        <translation>
            <numerusform>Defender Experts answered %Ln of your questions.</numerusform>
            <numerusform>Defender Experts answered %Ln of your questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueDeviceTags</name>
    <message numerus="yes">
        <location filename="../ui/triage/queue_device_tags.py" line="58"/>
        <source>Tag “%1” removed from %Ln devices: pending until sent</source>
        <translation>
            <numerusform>Tag “%1” removed from %Ln device: pending until sent</numerusform>
            <numerusform>Tag “%1” removed from %Ln devices: pending until sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/queue_device_tags.py" line="60"/>
        <source>Tag “%1” added to %Ln devices: pending until sent</source>
        <translation>
            <numerusform>Tag “%1” added to %Ln device: pending until sent</numerusform>
            <numerusform>Tag “%1” added to %Ln devices: pending until sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueTriage</name>
    <message numerus="yes">
        <location filename="../ui/triage/queue_triage.py" line="89"/>
        <source>%Ln assigned to you: pending until sent</source>
        <translation>
            <numerusform>%Ln assigned to you: pending until sent</numerusform>
            <numerusform>%Ln assigned to you: pending until sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message numerus="yes">
        <location filename="../ui/queues/queue_view.py" line="680"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queues/queue_view.py" line="715"/>
        <source>Exported %Ln rows to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message numerus="yes">
        <location filename="../ui/shell/status_bar.py" line="211"/>
        <source>%Ln waiting to send</source>
        <translation>
            <numerusform>%Ln waiting to send</numerusform>
            <numerusform>%Ln waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/status_bar.py" line="225"/>
        <source>Syncing %1: %Ln items (%2 of %3)</source>
        <translation>
            <numerusform>Syncing %1: %Ln item (%2 of %3)</numerusform>
            <numerusform>Syncing %1: %Ln items (%2 of %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantStates</name>
    <message numerus="yes">
        <location filename="../ui/shell/tenant_states.py" line="51"/>
        <source>%Ln tenants</source>
        <translation>
            <numerusform>%Ln tenant</numerusform>
            <numerusform>%Ln tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/tenant_states.py" line="55"/>
        <source>%Ln synced</source>
        <translation>
            <numerusform>%Ln synced</numerusform>
            <numerusform>%Ln synced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/tenant_states.py" line="56"/>
        <source>%Ln syncing</source>
        <translation>
            <numerusform>%Ln syncing</numerusform>
            <numerusform>%Ln syncing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/tenant_states.py" line="57"/>
        <source>%Ln signed out</source>
        <translation>
            <numerusform>%Ln signed out</numerusform>
            <numerusform>%Ln signed out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/tenant_states.py" line="58"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageStatus</name>
    <message numerus="yes">
        <location filename="../ui/triage/status.py" line="69"/>
        <source>⟳ %Ln device actions running</source>
        <translation>
            <numerusform>⟳ %Ln device action running</numerusform>
            <numerusform>⟳ %Ln device actions running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/status.py" line="115"/>
        <source>⚠ %Ln changes need you</source>
        <translation>
            <numerusform>⚠ %Ln change needs you</numerusform>
            <numerusform>⚠ %Ln changes need you</numerusform>
        </translation>
    </message>
</context>
</TS>
