"""Versioned legal rate data (YAML), shipped as package data."""
