"""Widgets that recur on several screens."""
