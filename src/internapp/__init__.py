"""internapp — an offline-first desktop tracker for micro-internships."""
