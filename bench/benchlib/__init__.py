"""Helpers of bench/compare: the systems it starts and the report it writes."""
