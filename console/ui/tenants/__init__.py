"""Settings > Tenants: the tenant profiles, each with its last sync."""
