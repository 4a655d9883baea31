"""Connecting a tenant and signing in to it: the Connect dialog, the sign-in steps."""
