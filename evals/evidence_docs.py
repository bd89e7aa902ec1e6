"""Bidders' own documents for the evidence-ingest eval (`python -m evals evidence`), written before the reader was
run on them. ``figures`` are what each pack states as delivered in one year, as (code or "", quantity, unit, year,
file, page); anything else the reader keeps is a wrong figure (targets, plans, running totals, facts about the
area, other organisations' figures are distractors). ``case_studies`` are the titles expected. Same block format
as evals/tender_packs.py.
"""

ORG = "Brightside Facilities Ltd"

PACKS = [
    {
        "name": "annual-report-pdf",
        "files": [{"name": "brightside-social-value-2024.pdf", "pages": [
            [("h", "Brightside Facilities Ltd: Social Value Report 2024"),
             ("p", "This report sets out what we delivered across our contracts in the calendar year 2024."),
             ("p", "During 2024 we employed 14 local people (NT1) on the Knowsley Leisure Centres contract."),
             ("p", "Our staff volunteered 860 hours (NT17) with community groups in 2024."),
             ("p", "Knowsley's unemployment rate was 5.1% in 2024, above the national average."),
             ("p", "Our target for 2026 is 1,200 volunteering hours.")],
            [("h", "Supply chain"),
             ("p", "In 2024 we spent £126,000 with local VCSE organisations (NT14)."),
             ("p", "We will increase this spend by 10% a year."),
             ("h", "Case study: Kirkby Community Pantry"),
             ("p", "Our cleaning teams helped set up a community pantry in Kirkby, stocking shelves every Friday. "
                   "The pantry now serves 90 families a week.")],
        ]}],
        "figures": [("NT1", 14, "people", 2024, "brightside-social-value-2024.pdf", 1),
                    ("NT17", 860, "hours", 2024, "brightside-social-value-2024.pdf", 1),
                    ("NT14", 126000, "£", 2024, "brightside-social-value-2024.pdf", 2)],
        "case_studies": ["Kirkby Community Pantry"],
    },
    {
        "name": "figures-table-docx",
        "files": [{"name": "Delivery record 2023.docx", "pages": [
            [("h", "Social value delivered in 2023"),
             ("t", [["Measure", "What we did", "Delivered", "Unit", "Year", "Contract"],
                    ["NT10", "Apprenticeship weeks on the contract", "104", "weeks", "2023", "Sefton Schools FM"],
                    ["NT15", "Expert advice to local charities", "75", "hours", "2023", "Sefton Schools FM"],
                    ["NT16", "Equipment donated to VCSEs", "£4,500", "£", "2023", "Sefton Schools FM"]])],
            [("h", "Case Study 2: Bootle Youth Football"),
             ("p", "We sponsored kit and our staff coached two junior teams through the 2023 season."),
             ("p", "Next year we plan to add a girls' team.")],
        ]}],
        "figures": [("NT10", 104, "weeks", 2023, "Delivery record 2023.docx", 1),
                    ("NT15", 75, "hours", 2023, "Delivery record 2023.docx", 1),
                    ("NT16", 4500, "£", 2023, "Delivery record 2023.docx", 1)],
        "case_studies": ["Bootle Youth Football"],
    },
    {
        "name": "plain-text-summary",
        "files": [{"name": "sv-summary.txt", "pages": [
            [("h", "Social value summary"),
             ("p", "We have recruited 22 apprentices since 2018."),
             ("p", "In 2022 we recruited 6 apprentices on the Halton Housing Repairs contract."),
             ("p", "Halton Borough Council spent £2.1 million with local firms in 2022."),
             ("p", "We donated 300 hours of staff time to food banks last year.")],
        ]}],
        "figures": [("", 6, "apprentices", 2022, "sv-summary.txt", 1)],
        "case_studies": [],
    },
    {
        "name": "markdown-case-studies",
        "files": [{"name": "case-studies.md", "pages": [
            [("h", "Case study: Warrington Men's Shed"),
             ("p", "Our maintenance engineers gave 120 hours in 2025 to refit the Warrington Men's Shed workshop."),
             ("h", "Our ambitions"),
             ("p", "We aim to reach 50 schools by 2027.")],
        ]}],
        "figures": [("", 120, "hours", 2025, "case-studies.md", 1)],
        "case_studies": ["Warrington Men's Shed"],
    },
]
