# ruff: noqa: E501  (a table of judged cases: one case a line reads best)
"""Held-out queries for benchmarks/relevance.py: realistic queries judged from the
report like the main set, written at the same time, and NOT used while tuning the
engine (nobody changes the engine to make one of these pass). Same format as
relevance_cases.MAIN."""

from __future__ import annotations

from relevance_cases import Case, case

# fmt: off
HELD_OUT: tuple[Case, ...] = (
    case("keyword", "bribe takers 2020", ("stat-table-2-taking-bribe-2020", "section-1-p4")),
    case("question", "how many judges were convicted", "stat-anticorruption-service-convicted-judges"),
    case("keyword", "land plots granting time", ("stat-land-plots-granting-time-pilot", "stat-land-plots-granting-time-before", "section-5-p9")),
    case("keyword", "e-tickets savings", ("stat-adal-zhol-e-ticket-savings", "section-6-p12")),
    case("phrase", "public councils in the quasi-public sector", ("act-public-councils-in-quasi-public-sector", "act-rules-on-mandatory-public-councils-quasi-public-sector", "section-6-p37", "section-7-p7")),
    case("number", "digitalization of public services 93%", "stat-public-services-digitalization-level"),
    case("russian", "взяточничество", ("stat-agency-bribery-embezzlement-fines", "act-harsher-punishment-law-enforcement-judges-bribe-givers-intermediaries", "section-1-p7", "section-3-p2")),
    case("keyword", "Adal Komek lawyers", "stat-adal-komek-attorneys-and-lawyers"),
    case("question", "how many banners were placed", "stat-anti-corruption-banners"),
    case("abbreviation", "MES", "term-MES"),
    case("keyword", "fraud 2020", "stat-table-2-fraud-2020"),
    case("keyword", "abuse of office dynamics", "stat-table-2-abuse-of-office-dynamics"),
    case("keyword", "national security committee crimes", ("stat-table-1-national-security-committee-2020", "stat-table-1-national-security-committee-2019", "section-1-p3")),
    case("number", "KZT 60.1 billion", "stat-agency-established-loss-2020"),
    case("number", "1,368", "stat-anticorruption-service-serious-crimes-terminated"),
    case("question", "what share of entrepreneurs can do business without bribes", "stat-survey-tk-business-without-bribes-2020"),
    case("keyword", "Zhas Ulan memorandum", "section-9-p20"),
    case("keyword", "inter-district divisions abolished", ("stat-anti-corruption-service-inter-district-divisions-abolished", "section-12-p3")),
    case("keyword", "Digital ID biometric", ("project-digital-id", "section-6-p13")),
    case("number", "proposal 40", "proposal-40"),
    case("phrase", "customs inspection", "proposal-37", ("proposal-35",)),
    case("keyword", "grain receipts", "proposal-27"),
    case("name", "Adaldyq alippesi", "project-adaldyq-alippesi"),
    case("name", "Antikor Stat", "project-antikor-stat"),
    case("question", "who supported the Transparency Kazakhstan survey", ("section-2-p7", "section-9-p14")),
    case("keyword", "courts load reduced", ("stat-courts-load-change-judge-conciliator", "section-8-p12", "act-judge-conciliator")),
    case("question", "how many servers were installed", "stat-courts-online-trials-servers-installed"),
    case("name", "UNDP Country Program", "project-undp-country-program-2021-2025"),
    case("keyword", "Sapaly Zhol budget funds", ("stat-sapaly-zhol-irrational-spending-prevented", "section-6-p15", "project-sapaly-zhol")),
    case("document", "Decree of the President 2015 No. 154", "section-introduction-p1"),
    case("name", "Ministry of Energy", ("act-ministry-of-energy-exhaustive-grounds-for-refusal", "section-10-p5")),
    case("phrase", "state material reserves", ("section-10-p8", "act-state-reserve-food-quality-study")),
    case("number", "18 thousand organizations", "stat-open-budgets-organizations-publishing"),
    case("kazakh", "Болашак стипендия", ("project-bolashak", "act-bolashak-selection-rules-revised")),
    case("question", "what is a PSC", "term-PSC"),
    case("keyword", "electronic criminal cases", ("project-e-criminal-case", "stat-e-criminal-case-cases-2020", "section-12-p9")),
    case("keyword", "corruption risks map universities", "section-6-p9"),
    case("russian", "мошенничество", ("stat-table-2-fraud-2020", "stat-table-2-fraud-2019", "section-1-p4")),
)
# fmt: on
