"""What analysts can ask Defender Experts: the four categories and their sample questions.

The texts follow the service's onboarding page ("Sample questions you can ask
Defender Experts"). They are English source strings marked for Qt's lupdate with
`QT_TRANSLATE_NOOP("ExpertsCatalogue", ...)` from `console.tr_noop`, which imports
no Qt (nothing below `ui/` may). The UI shows them with
`QCoreApplication.translate("ExpertsCatalogue", text)`; the French wording (from
the service's French onboarding page, its machine translation corrected) lives in
`console/translations/hunting_console_fr.ts` with every other string.
"""

from __future__ import annotations

from dataclasses import dataclass

from console.domain.experts import ExpertCategory, ExpertContext
from console.tr_noop import QT_TRANSLATE_NOOP

CONTEXT = "ExpertsCatalogue"


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    category: ExpertCategory
    title: str
    description: str
    samples: tuple[str, ...]


NOT_INCIDENT_RESPONSE = QT_TRANSLATE_NOOP(
    "ExpertsCatalogue",
    "Ask Defender Experts is not a security incident response service: it helps you better understand complex threats affecting your organization. For urgent incident response, work with your own incident response team. If you do not have one and want help from Microsoft, create a support request in the Premier Services Hub.",
)

CATEGORIES: tuple[CategoryInfo, ...] = (
    CategoryInfo(
        ExpertCategory.ALERT_INFORMATION,
        QT_TRANSLATE_NOOP("ExpertsCatalogue", "Alert information"),
        QT_TRANSLATE_NOOP(
            "ExpertsCatalogue",
            "Gather more information on alerts and incidents, including root causes and scope.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "ExpertsCatalogue",
                "We saw a new type of alert for a living-off-the-land binary. We can provide the alert ID. Can you tell us more about this alert and whether it is related to an incident, and how we can investigate it further?",
            ),
            QT_TRANSLATE_NOOP(
                "ExpertsCatalogue",
                'We observed two similar attacks, which both try to execute malicious PowerShell scripts but generate different alerts. One is "Suspicious PowerShell command line" and the other is "Malicious file detected based on indication provided by Office 365". What is the difference?',
            ),
            QT_TRANSLATE_NOOP(
                "ExpertsCatalogue",
                "We received an odd alert today about an anomalous number of failed sign-ins from a high-profile user's device. We cannot find any further evidence of these attempts. How does Microsoft Defender see these attempts? What types of sign-ins are monitored?",
            ),
            QT_TRANSLATE_NOOP(
                "ExpertsCatalogue",
                'Can you give more context or insight into the alert and related incidents, "Suspicious behavior by a system utility was observed"?',
            ),
            QT_TRANSLATE_NOOP(
                "ExpertsCatalogue",
                'I observed an alert titled "Creation of forwarding/redirect rule". I believe the activity is benign. Can you tell me why I received an alert?',
            ),
        ),
    ),
    CategoryInfo(
        ExpertCategory.POSSIBLE_DEVICE_COMPROMISE,
        QT_TRANSLATE_NOOP("ExpertsCatalogue", "Possible device compromise"),
        QT_TRANSLATE_NOOP(
            "ExpertsCatalogue",
            "Clarify suspicious devices, alerts or incidents, and the next steps if you face an advanced attacker.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "ExpertsCatalogue",
                'Can you help explain why we see a message or alert for "Unknown process observed" on many devices in our organization? We appreciate any input on whether this message or alert is related to malicious activity or incidents.',
            ),
            QT_TRANSLATE_NOOP(
                "ExpertsCatalogue",
                "Can you help validate a possible compromise on the following system, dating from last week? It behaves like a previous malware detection on the same system six months ago.",
            ),
        ),
    ),
    CategoryInfo(
        ExpertCategory.THREAT_INTELLIGENCE,
        QT_TRANSLATE_NOOP("ExpertsCatalogue", "Threat intelligence details"),
        QT_TRANSLATE_NOOP(
            "ExpertsCatalogue",
            "Determine risks and available protections related to threat actors, campaigns or emerging attacker techniques.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "ExpertsCatalogue",
                "We detected a phishing email that delivered a malicious Word document to a user. The document caused a series of suspicious events, which triggered multiple alerts for a particular malware family. Do you have any information about this malware? If yes, can you send us a link?",
            ),
            QT_TRANSLATE_NOOP(
                "ExpertsCatalogue",
                "We recently saw a blog post about a threat that targets our industry. Can you help us understand what protection Microsoft Defender provides against this threat actor?",
            ),
            QT_TRANSLATE_NOOP(
                "ExpertsCatalogue",
                "We recently observed a phishing campaign conducted against our organization. Can you tell us whether it targeted our company specifically or our industry as a whole?",
            ),
        ),
    ),
    CategoryInfo(
        ExpertCategory.NOTIFICATION_FOLLOW_UP,
        QT_TRANSLATE_NOOP("ExpertsCatalogue", "Defender Experts notification follow-up"),
        QT_TRANSLATE_NOOP(
            "ExpertsCatalogue",
            "Get help acting on a Defender Experts notification you received.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "ExpertsCatalogue",
                "Can your incident response team help us address the Defender Experts notification we received?",
            ),
            QT_TRANSLATE_NOOP(
                "ExpertsCatalogue",
                "We received this Defender Experts notification from Microsoft Defender Experts for Hunting. We don't have our own incident response team. What can we do now, and how can we contain the incident?",
            ),
            QT_TRANSLATE_NOOP(
                "ExpertsCatalogue",
                "We received a Defender Experts notification from Microsoft Defender Experts for Hunting. What data can you provide that we can pass on to our incident response team?",
            ),
        ),
    ),
)

_BY_CATEGORY = {info.category: info for info in CATEGORIES}


def info(category: ExpertCategory) -> CategoryInfo:
    """The catalogue entry of `category` (KeyError for an unrecognised wire value)."""
    return _BY_CATEGORY[category]


def suggested_category(context: ExpertContext) -> ExpertCategory:
    """The category an analyst most likely wants for what they are looking at."""
    if context.kind in ("incident", "alert") and context.fact("isDen") == "yes":
        return ExpertCategory.NOTIFICATION_FOLLOW_UP
    if context.kind == "device":
        return ExpertCategory.POSSIBLE_DEVICE_COMPROMISE
    return ExpertCategory.ALERT_INFORMATION
