"""The welcome wizard (`OnboardingWizard`): the first run's way in, as the service's own
onboarding goes: sign in (or explore the demo tenant), a quick tour over the real
window, what the Defender Experts service provides, then the home page.

`WelcomeFlow` keeps the wizard over the console's window while that window is replaced
(the demo, a tenant just connected), starts the tour and the first sync. When it opens
by itself is `console.welcome`'s decision.
"""
