"""Signing in to a tenant: profiles, clouds, MSAL sign-in, the token cache, token providers.

Below `sync` and above `api`: it reuses `console.api` for transport rules and errors,
and the sync asks it for tokens through `console.api.auth.TokenProvider`. No Qt: the
window's Connect dialog, the CLI's `sign-in` and the tests drive the same service.
"""
