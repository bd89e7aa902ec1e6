"""A fifteenth held-out set for the tender intake, written by a separate writer who never read the extractor's code
(nor its tests, prompts or scripts), and committed before the extractor was run on it. Six packs from buyers and
services the earlier sets do not use (a council public health team's infant feeding peer support service, a council's
bulky household waste collection and reuse shop in two lots, a council's independent mobility assessments for Blue
Badge applicants, a council's rough sleeper outreach and winter night shelter, a university's audio-visual technical
support for conferences and events, and a combined authority's maintenance of real time passenger information
displays), in six Cheshire and Merseyside areas (Halton, St Helens, Wirral, Cheshire West and Chester, Liverpool -
given in the university's letterhead address and its social value question - and the Liverpool City Region), split
as: a single PDF with a "Halton Borough Council | Public Health | ITT ref ..." running header and a "- N -" footer,
whose title is in sentence case with digits ("Infant feeding peer support service 2031 to 2034"), whose value is only
an annual range and whose scale is given only in a three-column "Descriptor | What it means | Mark" table; a Word ITT
(letterhead naming the council and its service, a per-lot value table with its total, a digit-numbered "3 Evaluation"
heading) plus a separate PDF annex ("Annex D") that alone holds the social value question, with its own footer; a
Word ITT plus a separate Word "Annex 2" social value response whose framework is the council's own "Wirral Fairer
Futures Pledge", the National TOMs appearing only in a background sentence about last year's supplier reporting; a
PDF ITT with an "OFFICIAL" running header and a "Tender CWAC-HOU-0931 · p.N" footer, its scale only in a "Judgement |
What the evaluators will look for | Score" table, plus a Word questionnaire with one two-column box per question
("Question 2.1 | ...", "Evaluation points | 20", "Character limit | 5,000"); a single Word tender document with
digit-numbered sentence-case headings ("2. Key facts", "3. How we'll score your bid") and one "# | Question |
Weighting | Length" table; and a PDF ITT with a running header whose title holds a number ("Maintenance of 1,400 real
time passenger information displays") and bulleted award criteria, plus a separate Word "Annex C" holding the social
value method statement with page limits.

Phrasings tested: values "expected to be between £110,000 and £125,000" a year (an annual range only, so no value),
per-lot values in a "Lot | Description | Estimated value (3 years)" table with a "Total | Both lots | £1,470,000" row,
"The maximum budget for the whole contract, including the optional year, is £312,000" (beside "£68" per assessment),
"Contract value £2.16m (£720k a year for the initial three years), excluding any extension" (beside "£3,500 per
week"), "Up to £640,000 (ex VAT) over four years" in a key-facts row (beside a "£380" day rate) and "£3.4 million over
the five years, of which about £900,000 is for replacement displays"; terms "an initial 3 years from 1 April 2031,
with the option to extend for up to 24 further months", "Each lot is let for 3 years; the Council may extend either
lot once, by up to 12 months", "2 years, with an option of a third year", "an initial 36 months; the Council may
extend it by up to 18 months", "A two-year call-off contract, extendable by two further single years" and "for 5
years. There is no option to extend."; deadlines with weekday and time in different orders: "12 noon, Wednesday 5
February 2031" (beside "5pm, Wednesday 22 January 2031"), "no later than Friday 14 March 2031, 2.30pm" (beside a
depot visit "Tuesday 25 February 2031, 10am"), "at 10am on Monday the 3rd of March 2031" (beside "Monday the 17th of
February 2031"), "Thurs. 27/02/2031 - 16:00" (beside "Thurs. 13/02/2031 - 10:00"), "noon Tuesday 11 March 2031" in
a key-facts row (beside "Tuesday 25 February 2031") and "09:30 on Wednesday, 2 April 2031" (beside "17:00 on
Wednesday, 19 March 2031"). Social value weightings as a "Criterion | Weighting" table row (15%), a "Criterion | % of
total" table of bare numbers ("Social value | 15"), marks of 100 in prose ("Tenders are marked out of 100 ... the
remaining 20 marks are for social value": 20), "Social value carries 10 of the 100 evaluation points" (10), "Quality
45%, Price 45%, Social value 10%" (10) and bullets "Social value - 15%" (15). Splits as a ratio "split 65:35 between
your written answer to SV1 and the commitments you make in the TOMs calculator" (65/35) and "carries 80% of the social
value marks and your TOMs submission carries 20%" (80/20); the others state none. Scales only in descriptor tables
(marks 5 to 0 in the last of three columns: 0-5; "Score" 4 to 0 in the last column: 0-4), "a four-point scale from 0
(unacceptable) to 3 (fully meets the requirement)" (0-3), "awarded 1, 2, 3 or 4 marks (4 is the best)" (1-4), "on a 1
to 10 scale" (1-10) and "a score between 0 and 5 (5 is best)" (0-5). Frameworks cm-toms ("the Cheshire and Merseyside
TOMs", "the Cheshire & Merseyside Social Value TOMs (2024 edition)"), bespoke ("assessed against the Wirral Fairer
Futures Pledge, the Council's commitments to good local jobs ..." with the National TOMs only in background),
national-toms ("evaluated using the National TOMs (Themes, Outcomes and Measures)"), ppn-002 ("in line with
Procurement Policy Note 002 (PPN 002)", beside a pass/fail PPN 006 carbon reduction plan) and none (the university
names no framework). Question ids "Q1 - Recruiting and keeping peer supporters (20%)" lines, "QA1" in a table, "SV1
(12% of the total score)" in an annex, "Question FF1 - Fairer Futures Pledge (20 marks)", "Question 2.1" boxes, "4.1"
table rows and "MS1 - Planned and reactive maintenance (15%)" lines; limits "Word count: 800 maximum", "Limit: 1,000
words", "Word limit: 900 words", "Character limit | 5,000", "1,000 words" / "1 side of A4" in a "Length" column and
"No more than 3 pages". Decoys: safeguarding mothers and babies, accessible clinics and reasonable adjustments, data
protection, night shelter safety and risk, health and safety when rigging, working on live bus stations, software and
data-feed security, a 90/10 advance/outcome payment split, a 50/50 booking/after-event invoice split, a £25 resident
charge, per-unit rates, a TOMs workbook that is "not a written question", and a PPN 006 carbon reduction plan. Same
shape as evals/intake_dev.py; a question's ``page_limit`` is scored where given. Its first-run numbers are the unseen
estimate.
"""

_HBC = "HBC Infant Feeding Peer Support - Invitation to Tender.pdf"
_HBC_HEAD = "Halton Borough Council | Public Health | ITT ref HBC/PH/2031/007"
_SHBC_ITT = "SHBC Bulky Waste and Reuse - ITT Part 1.docx"
_SHBC_ANX = "SHBC Bulky Waste and Reuse - Annex D Social Value Question.pdf"
_WIR_ITT = "Wirral Council ITT - Blue Badge Mobility Assessments.docx"
_WIR_ANX = "Annex 2 - Social Value Response.docx"
_CW_ITT = "CWAC-HOU-0931 Rough sleeper outreach ITT.pdf"
_CW_HEAD = "CWaC | Housing Options | OFFICIAL"
_CW_Q = "CWAC-HOU-0931 Quality and social value questionnaire.docx"
_LJMU = "LJMU AV Technical Services - Tender Document v3.docx"
_CA_ITT = "LCRCA RTPI Maintenance ITT.pdf"
_CA_HEAD = "Liverpool City Region Combined Authority | Procurement ref LCRCA/T/31/022"
_CA_ANX = "Annex C - Social value method statement.docx"


def _hbc_footer(n):
    return ("p", "- %d -" % n)


def _shbc_footer(n):
    return ("p", "Annex D | page %d of 2" % n)


def _cw_footer(n):
    return ("p", "Tender CWAC-HOU-0931 · p.%d" % n)


def _ca_footer(n):
    return ("p", "page %d" % n)


PACKS = [
    {
        "name": "held15-pdf-halton-infant-feeding-sentence-case-title-annual-range-ratio-split-descriptor-table-0-5",
        "files": [{"name": _HBC, "pages": [
            [("p", _HBC_HEAD),
             ("h", "Infant feeding peer support service 2031 to 2034"),
             ("p", "Invitation to tender"),
             ("p", "Halton Borough Council wants a provider to recruit, train and supervise volunteer peer supporters "
                   "who help new mothers and families to start and keep breastfeeding, through home visits, a "
                   "telephone helpline and weekly drop-in groups at the family hubs in Runcorn and Widnes."),
             ("p", "The contract is for an initial 3 years from 1 April 2031, with the option to extend for up to 24 "
                   "further months."),
             ("p", "The annual contract value is expected to be between £110,000 and £125,000, depending on the "
                   "number of families referred by midwives and health visitors."),
             ("p", "Tenders close at 12 noon, Wednesday 5 February 2031. Clarification questions must reach us by "
                   "5pm, Wednesday 22 January 2031."),
             _hbc_footer(1)],
            [("p", _HBC_HEAD),
             ("h", "How tenders will be scored"),
             ("t", [["Criterion", "Weighting"],
                    ["Price", "40%"],
                    ["Quality", "45%"],
                    ["Social value", "15%"]]),
             ("p", "Social value is scored against the Cheshire and Merseyside TOMs. The social value score is split "
                   "65:35 between your written answer to SV1 and the commitments you make in the TOMs calculator."),
             ("p", "Quality and social value answers will be given one of the marks in the table below."),
             ("t", [["Descriptor", "What it means", "Mark"],
                    ["Excellent", "A full, convincing answer with strong evidence from similar services", "5"],
                    ["Good", "A sound answer with some evidence; minor gaps only", "4"],
                    ["Satisfactory", "Meets the requirement but with little detail or evidence", "3"],
                    ["Weak", "Partly meets the requirement; significant gaps", "2"],
                    ["Poor", "Does not show how the requirement would be met", "1"],
                    ["Unacceptable", "No response, or a response that is wholly irrelevant", "0"]]),
             ("p", "Payment: 90% of the annual price is paid quarterly in advance and 10% on meeting the target for "
                   "breastfeeding at 6 to 8 weeks."),
             _hbc_footer(2)],
            [("p", _HBC_HEAD),
             ("h", "Quality questions"),
             ("p", "Q1 - Recruiting and keeping peer supporters (20%)"),
             ("p", "How will you recruit, train and keep a team of volunteer peer supporters that reflects the "
                   "families of Halton, and how will you supervise them?"),
             ("p", "Word count: 800 maximum"),
             ("p", "Q2 - Safeguarding mothers and babies (15%)"),
             ("p", "Describe how your staff and volunteers will recognise and report safeguarding concerns about "
                   "mothers and babies, including domestic abuse."),
             ("p", "Word count: 600 maximum"),
             ("p", "Q3 - Working with midwives and health visitors (10%)"),
             ("p", "Explain how you will take referrals from the maternity unit and the 0-19 service and share "
                   "information with them."),
             ("p", "Word count: 500 maximum"),
             _hbc_footer(3)],
            [("p", _HBC_HEAD),
             ("h", "Social value question"),
             ("p", "SV1 - Benefits for Halton (9.75%)"),
             ("p", "How will this contract add social value in Halton beyond the peer support itself? You should "
                   "cover:"),
             ("b", "paid roles and accredited training for local peer supporters, including women returning to work"),
             ("b", "working with Halton's voluntary and community groups and baby banks"),
             ("b", "how you will reduce travel and single-use plastics in running the service"),
             ("p", "Word count: 600 maximum"),
             _hbc_footer(4)],
        ]}],
        "tender": {
            "title": (["Infant feeding peer support service 2031 to 2034", "Infant feeding peer support service"],
                      _HBC, 1),
            "buyer": ("Halton Borough Council", _HBC, 1),
            "service": (["Infant feeding peer support service", "infant feeding peer support service",
                         "Infant feeding peer support service 2031 to 2034",
                         "recruit, train and supervise volunteer peer supporters who help new mothers and families "
                         "to start and keep breastfeeding",
                         "a provider to recruit, train and supervise volunteer peer supporters",
                         "recruit, train and supervise volunteer peer supporters"],
                        _HBC, 1),
            "area": (["Halton", "Runcorn and Widnes"], _HBC, 1),
            # Only an annual range ("between £110,000 and £125,000"): no total stated.
            "value_gbp": None,
            "months": (36, _HBC, 1),
            # "the option to extend for up to 24 further months".
            "extension_months": (24, _HBC, 1),
            # "12 noon, Wednesday 5 February 2031"; "5pm, Wednesday 22 January 2031" (clarifications) is a decoy.
            "deadline": ("2031-02-05", _HBC, 1),
            "social_value_weighting_percent": (15, _HBC, 2),
            # "split 65:35 between your written answer to SV1 and the commitments ... in the TOMs calculator".
            "qualitative_percent": (65, _HBC, 2),
            "quantitative_percent": (35, _HBC, 2),
            # Only in the "Descriptor | What it means | Mark" table: 5 down to 0.
            "scoring_scale": ("0-5", _HBC, 2),
            "framework": ("cm-toms", _HBC, 2),
        },
        "questions": [
            {"id": "Q1",
             "text": "How will you recruit, train and keep a team of volunteer peer supporters that reflects the "
                     "families of Halton, and how will you supervise them?",
             "word_limit": 800, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _HBC, "page": 3, "sub_criteria": []},
            # Safeguarding: not social value.
            {"id": "Q2",
             "text": "Describe how your staff and volunteers will recognise and report safeguarding concerns about "
                     "mothers and babies, including domestic abuse.",
             "word_limit": 600, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _HBC, "page": 3, "sub_criteria": []},
            {"id": "Q3",
             "text": "Explain how you will take referrals from the maternity unit and the 0-19 service and share "
                     "information with them.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _HBC, "page": 3, "sub_criteria": []},
            # 65% of 15% = 9.75%, stated in its title line.
            {"id": "SV1",
             "text": ["How will this contract add social value in Halton beyond the peer support itself?",
                      "How will this contract add social value in Halton beyond the peer support itself? You should "
                      "cover:"],
             "word_limit": 600, "char_limit": None, "weighting_percent": 9.75, "social_value": True,
             "source": _HBC, "page": 4,
             "sub_criteria": ["paid roles and accredited training for local peer supporters, including women "
                              "returning to work",
                              "working with Halton's voluntary and community groups and baby banks",
                              "how you will reduce travel and single-use plastics in running the service"]},
        ],
    },
    {
        "name": "held15-docx-and-pdf-st-helens-bulky-waste-two-lots-total-row-sv-question-in-annex-cm-toms-0-3",
        "files": [
            {"name": _SHBC_ITT, "pages": [
                [("p", "St Helens Borough Council, Environmental Services"),
                 ("h", "Bulky household waste collection and reuse (2 lots)"),
                 ("p", "Invitation to tender - Part 1: instructions and evaluation"),
                 ("p", "The Council is inviting tenders to collect bulky household items from residents' homes across "
                       "St Helens, Newton-le-Willows, Rainford and Haydock (Lot 1) and to run a reuse shop that "
                       "repairs, safety-tests and resells the furniture and appliances collected (Lot 2)."),
                 ("t", [["Lot", "Description", "Estimated value (3 years)"],
                        ["Lot 1", "Collection", "£1,050,000"],
                        ["Lot 2", "Reuse shop", "£420,000"],
                        ["Total", "Both lots", "£1,470,000"]]),
                 ("p", "Each lot is let for 3 years; the Council may extend either lot once, by up to 12 months."),
                 ("p", "Submit your tender on the Council's e-tendering portal no later than Friday 14 March 2031, "
                       "2.30pm. Bidders may visit the depot on Tuesday 25 February 2031, 10am."),
                 ("p", "Residents currently pay £25 for a collection of up to three items; the Council pays the "
                       "contractor per collection at the rates in the pricing schedule (Part 3).")],
                [("h", "3 Evaluation"),
                 ("t", [["Criterion", "% of total"],
                        ["Price", "50"],
                        ["Quality", "35"],
                        ["Social value", "15"]]),
                 ("p", "Social value is evaluated using the Cheshire & Merseyside Social Value TOMs (2024 edition). "
                       "Your written response to the question in Annex D carries 80% of the social value marks and "
                       "your TOMs submission carries 20%."),
                 ("p", "Quality answers and the Annex D answer are scored on a four-point scale from 0 (unacceptable) "
                       "to 3 (fully meets the requirement)."),
                 ("h", "4 Quality questions"),
                 ("t", [["Ref", "Question", "Weighting", "Max words"],
                        ["QA1", "Describe how residents will book, pay for and receive collections, including "
                                "same-week slots and help for those who cannot carry items outside.", "15%", "750"],
                        ["QA2", "How will you store, repair, safety-test and price items for sale in the reuse "
                                "shop?", "10%", "750"],
                        ["QA3", "Explain how you will report the tonnages collected, reused, recycled and sent for "
                                "disposal each month.", "10%", "500"]])],
            ]},
            {"name": _SHBC_ANX, "pages": [
                [("h", "Annex D: social value question"),
                 ("p", "This annex forms part of the invitation to tender for bulky household waste collection and "
                       "reuse. Answer the question below for both lots together."),
                 ("p", "SV1 (12% of the total score)"),
                 ("p", "What will you do, through this contract, for St Helens residents and the local economy? In "
                       "your answer, please set out:"),
                 ("b", "jobs, work placements and traineeships for St Helens residents, including people leaving "
                       "prison or care"),
                 ("b", "furniture you will give free to families setting up home after homelessness, through local "
                       "charities"),
                 ("b", "how much of your spending will stay with St Helens suppliers and social enterprises"),
                 ("p", "Limit: 1,000 words. Do not attach appendices."),
                 _shbc_footer(1)],
                [("h", "Annex D1: TOMs submission"),
                 ("p", "Complete the TOMs calculator workbook (Annex D1) with the measures you commit to for each lot. "
                       "The TOMs submission is not a written question."),
                 _shbc_footer(2)],
            ]},
        ],
        "tender": {
            "title": (["Bulky household waste collection and reuse (2 lots)",
                       "Bulky household waste collection and reuse"], _SHBC_ITT, 1),
            "buyer": ("St Helens Borough Council", _SHBC_ITT, 1),
            "service": (["Bulky household waste collection and reuse", "bulky household waste collection and reuse",
                         "Bulky household waste collection and reuse (2 lots)",
                         "collect bulky household items from residents' homes",
                         "collect bulky household items from residents' homes across St Helens, Newton-le-Willows, "
                         "Rainford and Haydock",
                         "tenders to collect bulky household items from residents' homes"],
                        _SHBC_ITT, 1),
            "area": (["St Helens", "St Helens, Newton-le-Willows, Rainford and Haydock"], _SHBC_ITT, 1),
            # "Total | Both lots | £1,470,000" (Lot 1 £1,050,000 + Lot 2 £420,000).
            "value_gbp": (1470000, _SHBC_ITT, 1),
            "months": (36, _SHBC_ITT, 1),
            "extension_months": (12, _SHBC_ITT, 1),
            # "no later than Friday 14 March 2031, 2.30pm"; the depot visit date is a decoy.
            "deadline": ("2031-03-14", _SHBC_ITT, 1),
            # "Social value | 15" under "% of total".
            "social_value_weighting_percent": (15, _SHBC_ITT, 2),
            "qualitative_percent": (80, _SHBC_ITT, 2),
            "quantitative_percent": (20, _SHBC_ITT, 2),
            "scoring_scale": ("0-3", _SHBC_ITT, 2),
            "framework": ("cm-toms", _SHBC_ITT, 2),
        },
        "questions": [
            {"id": "QA1",
             "text": "Describe how residents will book, pay for and receive collections, including same-week slots "
                     "and help for those who cannot carry items outside.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _SHBC_ITT, "page": 2, "sub_criteria": []},
            {"id": "QA2",
             "text": "How will you store, repair, safety-test and price items for sale in the reuse shop?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _SHBC_ITT, "page": 2, "sub_criteria": []},
            # Tonnage reporting: contract management, not social value.
            {"id": "QA3",
             "text": "Explain how you will report the tonnages collected, reused, recycled and sent for disposal each "
                     "month.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _SHBC_ITT, "page": 2, "sub_criteria": []},
            # Only in the separate annex file; 80% of 15% = 12%.
            {"id": "SV1",
             "text": ["What will you do, through this contract, for St Helens residents and the local economy?",
                      "What will you do, through this contract, for St Helens residents and the local economy? In "
                      "your answer, please set out:"],
             "word_limit": 1000, "char_limit": None, "weighting_percent": 12, "social_value": True,
             "source": _SHBC_ANX, "page": 1,
             "sub_criteria": ["jobs, work placements and traineeships for St Helens residents, including people "
                              "leaving prison or care",
                              "furniture you will give free to families setting up home after homelessness, through "
                              "local charities",
                              "how much of your spending will stay with St Helens suppliers and social enterprises"]},
        ],
    },
    {
        "name": "held15-docx-wirral-blue-badge-bespoke-pledge-toms-only-background-marks-of-100-annex-1-4",
        "files": [
            {"name": _WIR_ITT, "pages": [
                [("h", "Independent mobility assessments for Blue Badge applicants"),
                 ("p", "Wirral Council - Customer Services and Revenues"),
                 ("p", "We need an occupational therapy provider to carry out face-to-face mobility assessments of "
                       "people applying for a Blue Badge who do not qualify automatically, at clinics in Birkenhead, "
                       "Wallasey and Heswall and, where needed, in people's own homes."),
                 ("p", "Contract length: 2 years, with an option of a third year."),
                 ("p", "The maximum budget for the whole contract, including the optional year, is £312,000. Each "
                       "assessment is currently paid at £68."),
                 ("p", "Deadline for tenders: at 10am on Monday the 3rd of March 2031. The last date for questions is "
                       "Monday the 17th of February 2031.")],
                [("h", "How we evaluate tenders"),
                 ("p", "Tenders are marked out of 100. Price is worth 40 marks and quality 40 marks; the remaining 20 "
                       "marks are for social value."),
                 ("p", "Social value will be assessed against the Wirral Fairer Futures Pledge, the Council's "
                       "commitments to good local jobs, a thriving community and voluntary sector and a net zero "
                       "Wirral by 2041. Your answer goes in Annex 2."),
                 ("p", "For background, in 2029/30 the Council's suppliers reported £6.8m of social value, measured "
                       "with the National TOMs and published in the Council's annual social value report."),
                 ("p", "Each answer will be awarded 1, 2, 3 or 4 marks (4 is the best), which are then scaled to the "
                       "marks available for the question.")],
                [("h", "Quality questions - 40 marks"),
                 ("t", [["No.", "Question", "Marks", "Word limit"],
                        ["Q1", "Describe how you will book, carry out and report assessments within 15 working days of "
                               "referral, and how you will handle appeals.", "20", "800"],
                        ["Q2", "How will you make clinics accessible and make reasonable adjustments for people with "
                               "sensory impairments or learning disabilities?", "12", "500"],
                        ["Q3", "Explain how you will protect applicants' personal and health data, including the "
                               "secure transfer of assessment reports to the Council.", "8", "400"]])],
            ]},
            {"name": _WIR_ANX, "pages": [
                [("h", "Annex 2 - social value response"),
                 ("p", "Question FF1 - Fairer Futures Pledge (20 marks)"),
                 ("p", "Which of the Fairer Futures Pledge commitments will you deliver through this contract, and how "
                       "will you show us that you have done so? Please cover:"),
                 ("b", "employment or paid placements for Wirral residents who are disabled or have a long-term health "
                       "condition"),
                 ("b", "time and expertise you will give to local disability organisations"),
                 ("b", "how you will cut travel between clinics and home visits"),
                 ("p", "Word limit: 900 words.")],
            ]},
        ],
        "tender": {
            "title": ("Independent mobility assessments for Blue Badge applicants", _WIR_ITT, 1),
            "buyer": ("Wirral Council", _WIR_ITT, 1),
            "service": (["Independent mobility assessments for Blue Badge applicants",
                         "independent mobility assessments for Blue Badge applicants",
                         "carry out face-to-face mobility assessments of people applying for a Blue Badge",
                         "an occupational therapy provider to carry out face-to-face mobility assessments",
                         "face-to-face mobility assessments of people applying for a Blue Badge who do not qualify "
                         "automatically",
                         "mobility assessments"],
                        _WIR_ITT, 1),
            "area": (["Wirral", "Birkenhead, Wallasey and Heswall"], _WIR_ITT, 1),
            # "£312,000" for the whole contract; "£68" per assessment is a rate.
            "value_gbp": (312000, _WIR_ITT, 1),
            "months": (24, _WIR_ITT, 1),
            # "an option of a third year".
            "extension_months": (12, _WIR_ITT, 1),
            # "at 10am on Monday the 3rd of March 2031"; "Monday the 17th of February 2031" is a decoy.
            "deadline": ("2031-03-03", _WIR_ITT, 1),
            # "marked out of 100 ... the remaining 20 marks are for social value".
            "social_value_weighting_percent": (20, _WIR_ITT, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("1-4", _WIR_ITT, 2),
            # The Council's own pledge; the National TOMs appear only in a background sentence.
            "framework": ("bespoke", _WIR_ITT, 2),
        },
        "questions": [
            # Marks of 100 for the whole tender: marks = percent.
            {"id": "Q1",
             "text": "Describe how you will book, carry out and report assessments within 15 working days of "
                     "referral, and how you will handle appeals.",
             "word_limit": 800, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _WIR_ITT, "page": 3, "sub_criteria": []},
            # Accessibility and reasonable adjustments: running the service, not social value.
            {"id": "Q2",
             "text": "How will you make clinics accessible and make reasonable adjustments for people with sensory "
                     "impairments or learning disabilities?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 12, "social_value": False,
             "source": _WIR_ITT, "page": 3, "sub_criteria": []},
            # Data protection: not social value.
            {"id": "Q3",
             "text": "Explain how you will protect applicants' personal and health data, including the secure "
                     "transfer of assessment reports to the Council.",
             "word_limit": 400, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _WIR_ITT, "page": 3, "sub_criteria": []},
            {"id": "FF1",
             "text": ["Which of the Fairer Futures Pledge commitments will you deliver through this contract, and how "
                      "will you show us that you have done so?",
                      "Which of the Fairer Futures Pledge commitments will you deliver through this contract, and how "
                      "will you show us that you have done so? Please cover:"],
             "word_limit": 900, "char_limit": None, "weighting_percent": 20, "social_value": True,
             "source": _WIR_ANX, "page": 1,
             "sub_criteria": ["employment or paid placements for Wirral residents who are disabled or have a long-term "
                              "health condition",
                              "time and expertise you will give to local disability organisations",
                              "how you will cut travel between clinics and home visits"]},
        ],
    },
    {
        "name": "held15-pdf-and-docx-cheshire-west-rough-sleepers-points-of-100-judgement-table-national-toms-0-4",
        "files": [
            {"name": _CW_ITT, "pages": [
                [("p", _CW_HEAD),
                 ("h", "Rough sleeper outreach and winter night shelter"),
                 ("p", "Invitation to tender"),
                 ("p", "Cheshire West and Chester Council is seeking a voluntary or private sector partner to find and "
                       "engage people sleeping rough in Chester, Ellesmere Port, Northwich and Winsford, help them "
                       "into accommodation, and run a 20-bed winter night shelter in Chester from November to March "
                       "each year."),
                 ("p", "Term: an initial 36 months; the Council may extend it by up to 18 months."),
                 ("p", "Contract value £2.16m (£720k a year for the initial three years), excluding any extension."),
                 ("p", "Closing date: Thurs. 27/02/2031 - 16:00. Bidder briefing: Thurs. 13/02/2031 - 10:00."),
                 _cw_footer(1)],
                [("p", _CW_HEAD),
                 ("h", "Award criteria"),
                 ("p", "Social value carries 10 of the 100 evaluation points; quality carries 50 and price 40."),
                 ("p", "Social value responses are evaluated using the National TOMs (Themes, Outcomes and "
                       "Measures)."),
                 ("p", "Written answers are scored using the descriptors below."),
                 ("t", [["Judgement", "What the evaluators will look for", "Score"],
                        ["Strong", "A detailed, credible answer backed by evidence of doing this well elsewhere", "4"],
                        ["Good", "A credible answer with some evidence", "3"],
                        ["Adequate", "Addresses the question but lacks detail", "2"],
                        ["Weak", "Limited understanding or serious gaps", "1"],
                        ["Unacceptable", "No answer, or one that does not address the question", "0"]]),
                 ("p", "The night shelter element is paid as a fixed £3,500 per week while the shelter is open."),
                 _cw_footer(2)],
            ]},
            {"name": _CW_Q, "pages": [
                [("h", "Part 2 - quality and social value questions"),
                 ("p", "Answer every question in the box provided. Character limits include spaces."),
                 ("t", [["Question 2.1", "How will you find and build trust with people sleeping rough, including at "
                                         "night and early in the morning?"],
                        ["Evaluation points", "20"],
                        ["Character limit", "5,000"],
                        ["Response", ""]]),
                 ("t", [["Question 2.2", "Describe how you will run the night shelter safely, including staffing, "
                                         "managing risk and keeping guests and staff safe."],
                        ["Evaluation points", "15"],
                        ["Character limit", "4,000"],
                        ["Response", ""]]),
                 ("t", [["Question 2.3", "How will you work with the Council's housing options team and with mental "
                                         "health and substance misuse services to move people into settled homes?"],
                        ["Evaluation points", "15"],
                        ["Character limit", "4,000"],
                        ["Response", ""]])],
                [("p", "Social value"),
                 ("t", [["Question 2.4", "Using the National TOMs, describe the social value you will deliver in west "
                                         "Cheshire during the contract, including jobs and volunteering for people "
                                         "with lived experience of homelessness and donations of goods and services "
                                         "to local charities."],
                        ["Evaluation points", "10"],
                        ["Character limit", "3,500"],
                        ["Response", ""]])],
            ]},
        ],
        "tender": {
            "title": ("Rough sleeper outreach and winter night shelter", _CW_ITT, 1),
            "buyer": ("Cheshire West and Chester Council", _CW_ITT, 1),
            "service": (["Rough sleeper outreach and winter night shelter",
                         "rough sleeper outreach and winter night shelter",
                         "find and engage people sleeping rough",
                         "find and engage people sleeping rough in Chester, Ellesmere Port, Northwich and Winsford",
                         "a voluntary or private sector partner to find and engage people sleeping rough",
                         "find and engage people sleeping rough in Chester, Ellesmere Port, Northwich and Winsford, "
                         "help them into accommodation, and run a 20-bed winter night shelter"],
                        _CW_ITT, 1),
            "area": (["Cheshire West and Chester", "Chester, Ellesmere Port, Northwich and Winsford", "Chester"],
                     _CW_ITT, 1),
            # "£2.16m"; "£720k a year" is annual and "£3,500 per week" a rate.
            "value_gbp": (2160000, _CW_ITT, 1),
            "months": (36, _CW_ITT, 1),
            "extension_months": (18, _CW_ITT, 1),
            # "Thurs. 27/02/2031 - 16:00"; the briefing "Thurs. 13/02/2031" is a decoy.
            "deadline": ("2031-02-27", _CW_ITT, 1),
            "social_value_weighting_percent": (10, _CW_ITT, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            # Only in the "Judgement | ... | Score" table: 4 down to 0.
            "scoring_scale": ("0-4", _CW_ITT, 2),
            "framework": ("national-toms", _CW_ITT, 2),
        },
        "questions": [
            # "Evaluation points" of the 100 evaluation points: points = percent.
            {"id": ["2.1", "Question 2.1"],
             "text": "How will you find and build trust with people sleeping rough, including at night and early in "
                     "the morning?",
             "word_limit": None, "char_limit": 5000, "weighting_percent": 20, "social_value": False,
             "source": _CW_Q, "page": 1, "sub_criteria": []},
            # Shelter safety and risk: not social value.
            {"id": ["2.2", "Question 2.2"],
             "text": "Describe how you will run the night shelter safely, including staffing, managing risk and "
                     "keeping guests and staff safe.",
             "word_limit": None, "char_limit": 4000, "weighting_percent": 15, "social_value": False,
             "source": _CW_Q, "page": 1, "sub_criteria": []},
            {"id": ["2.3", "Question 2.3"],
             "text": "How will you work with the Council's housing options team and with mental health and substance "
                     "misuse services to move people into settled homes?",
             "word_limit": None, "char_limit": 4000, "weighting_percent": 15, "social_value": False,
             "source": _CW_Q, "page": 1, "sub_criteria": []},
            {"id": ["2.4", "Question 2.4"],
             "text": "Using the National TOMs, describe the social value you will deliver in west Cheshire during the "
                     "contract, including jobs and volunteering for people with lived experience of homelessness and "
                     "donations of goods and services to local charities.",
             "word_limit": None, "char_limit": 3500, "weighting_percent": 10, "social_value": True,
             "source": _CW_Q, "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held15-docx-ljmu-av-technical-digit-headings-key-facts-no-framework-length-column-1-10",
        "files": [{"name": _LJMU, "pages": [
            [("p", "Liverpool John Moores University, Exchange Station, Tithebarn Street, Liverpool, L2 2QP"),
             ("h", "Audio-visual technical support for conferences and events"),
             ("p", "Tender document, version 3"),
             ("h", "1. What we are buying"),
             ("p", "The University needs a supplier to provide audio-visual equipment and technicians for its "
                   "conferences, graduation receptions, open days and public lectures, mostly at its city centre "
                   "campus and the Students' Union building."),
             ("h", "2. Key facts"),
             ("t", [["Item", "Detail"],
                    ["Contract length", "A two-year call-off contract, extendable by two further single years"],
                    ["Estimated value", "Up to £640,000 (ex VAT) over four years"],
                    ["Clarifications close", "Tuesday 25 February 2031"],
                    ["Tender return", "noon Tuesday 11 March 2031"],
                    ["Current day rate for a lead technician", "£380"]])],
            [("h", "3. How we'll score your bid"),
             ("p", "Quality 45%, Price 45%, Social value 10%."),
             ("p", "Each written answer is scored on a 1 to 10 scale, where 10 means the answer gives us full "
                   "confidence that the requirement will be met."),
             ("p", "Invoices are paid within 30 days; 50% of each event fee may be invoiced on booking and 50% after "
                   "the event."),
             ("h", "4. Questions"),
             ("t", [["#", "Question", "Weighting", "Length"],
                    ["4.1", "Describe the equipment you will supply, how you will keep it maintained and what back-up "
                            "you will bring to each event.", "20%", "1,000 words"],
                    ["4.2", "How will you staff events at short notice, including evenings and weekends, and what "
                            "qualifications will your technicians hold?", "15%", "750 words"],
                    ["4.3", "Set out your approach to health and safety when rigging in occupied buildings, including "
                            "working at height.", "10%", "500 words"],
                    ["4.4", "What social value will you deliver for Liverpool through this contract? Tell us about "
                            "paid work experience for LJMU students, apprenticeships and how you will reduce the "
                            "energy used by your equipment.", "10%", "1 side of A4"]])],
        ]}],
        "tender": {
            "title": ("Audio-visual technical support for conferences and events", _LJMU, 1),
            "buyer": ("Liverpool John Moores University", _LJMU, 1),
            "service": (["Audio-visual technical support for conferences and events",
                         "audio-visual technical support for conferences and events",
                         "audio-visual technical support",
                         "provide audio-visual equipment and technicians for its conferences, graduation receptions, "
                         "open days and public lectures",
                         "a supplier to provide audio-visual equipment and technicians",
                         "provide audio-visual equipment and technicians"],
                        _LJMU, 1),
            # Letterhead address ("..., Liverpool, L2 2QP"); the social value question also names Liverpool.
            "area": (["Liverpool"], _LJMU, [1, 2]),
            # "Up to £640,000 (ex VAT) over four years"; "£380" is a day rate.
            "value_gbp": (640000, _LJMU, 1),
            "months": (24, _LJMU, 1),
            # "extendable by two further single years".
            "extension_months": (24, _LJMU, 1),
            # "noon Tuesday 11 March 2031"; "Tuesday 25 February 2031" (clarifications) is a decoy.
            "deadline": ("2031-03-11", _LJMU, 1),
            "social_value_weighting_percent": (10, _LJMU, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("1-10", _LJMU, 2),
            # No framework is named anywhere in the pack.
            "framework": None,
        },
        "questions": [
            {"id": "4.1",
             "text": "Describe the equipment you will supply, how you will keep it maintained and what back-up you "
                     "will bring to each event.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _LJMU, "page": 2, "sub_criteria": []},
            {"id": "4.2",
             "text": "How will you staff events at short notice, including evenings and weekends, and what "
                     "qualifications will your technicians hold?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _LJMU, "page": 2, "sub_criteria": []},
            # Health and safety: not social value.
            {"id": "4.3",
             "text": "Set out your approach to health and safety when rigging in occupied buildings, including "
                     "working at height.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _LJMU, "page": 2, "sub_criteria": []},
            # "1 side of A4" in the "Length" column is a page limit.
            {"id": "4.4",
             "text": "What social value will you deliver for Liverpool through this contract? Tell us about paid work "
                     "experience for LJMU students, apprenticeships and how you will reduce the energy used by your "
                     "equipment.",
             "word_limit": None, "char_limit": None, "page_limit": 1, "weighting_percent": 10, "social_value": True,
             "source": _LJMU, "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held15-pdf-and-docx-lcrca-rtpi-digit-title-bullet-criteria-no-extension-annex-ppn002-0-5",
        "files": [
            {"name": _CA_ITT, "pages": [
                [("p", _CA_HEAD),
                 ("h", "Maintenance of 1,400 real time passenger information displays"),
                 ("p", "Invitation to tender"),
                 ("p", "The Liverpool City Region Combined Authority (the Combined Authority) invites tenders to "
                       "inspect, clean, repair and replace the real time passenger information displays at bus "
                       "stations, bus stops and Merseyrail stations across the Liverpool City Region."),
                 ("p", "The contract will run for 5 years. There is no option to extend."),
                 ("p", "Estimated contract value: £3.4 million over the five years, of which about £900,000 is for "
                       "replacement displays."),
                 ("p", "The tender return deadline is 09:30 on Wednesday, 2 April 2031. Clarifications must be raised "
                       "by 17:00 on Wednesday, 19 March 2031."),
                 _ca_footer(1)],
                [("p", _CA_HEAD),
                 ("h", "Award criteria"),
                 ("p", "The contract will be awarded to the most advantageous tender on these criteria:"),
                 ("b", "Price - 55%"),
                 ("b", "Quality - 30%"),
                 ("b", "Social value - 15%"),
                 ("p", "Social value will be assessed in line with Procurement Policy Note 002 (PPN 002) and its "
                       "Social Value Model. The social value method statement is in Annex C."),
                 ("p", "Each method statement receives a score between 0 and 5 (5 is best)."),
                 ("p", "Planned maintenance is paid monthly; reactive repairs are paid at the rates in Schedule 4 (for "
                       "example £145 per call-out)."),
                 _ca_footer(2)],
                [("p", _CA_HEAD),
                 ("h", "Quality method statements"),
                 ("p", "MS1 - Planned and reactive maintenance (15%)"),
                 ("p", "Describe your inspection and cleaning cycle and how you will meet the 4-hour and 24-hour fix "
                       "times for faulty displays."),
                 ("p", "No more than 3 pages."),
                 ("p", "MS2 - Working on live sites (10%)"),
                 ("p", "How will you manage working on live bus stations and rail platforms, including permits, "
                       "possessions and protecting the public?"),
                 ("p", "No more than 2 pages."),
                 ("p", "MS3 - Systems and data security (5%)"),
                 ("p", "Explain how you will keep the display software and data feeds secure and report faults to the "
                       "Combined Authority's control centre."),
                 ("p", "No more than 2 pages."),
                 _ca_footer(3)],
            ]},
            {"name": _CA_ANX, "pages": [
                [("h", "Annex C: social value method statement"),
                 ("p", "MS4 - Social value (15%)"),
                 ("p", "Describe how you will deliver social value across the Liverpool City Region through this "
                       "contract. Your answer should cover:"),
                 ("b", "good jobs and apprenticeships for City Region residents, including young people not in "
                       "education, employment or training"),
                 ("b", "how you will recycle or refurbish displays taken out of service"),
                 ("b", "your plan to cut emissions from your maintenance vehicles"),
                 ("p", "No more than 4 pages."),
                 ("p", "Carbon Reduction Plan (PPN 006): attach your plan as Annex C2. It is a pass/fail requirement "
                       "and is not scored.")],
            ]},
        ],
        "tender": {
            "title": ("Maintenance of 1,400 real time passenger information displays", _CA_ITT, 1),
            "buyer": (["Liverpool City Region Combined Authority", "The Liverpool City Region Combined Authority"],
                      _CA_ITT, 1),
            "service": (["Maintenance of 1,400 real time passenger information displays",
                         "maintenance of 1,400 real time passenger information displays",
                         "inspect, clean, repair and replace the real time passenger information displays",
                         "inspect, clean, repair and replace the real time passenger information displays at bus "
                         "stations, bus stops and Merseyrail stations",
                         "tenders to inspect, clean, repair and replace the real time passenger information displays"],
                        _CA_ITT, 1),
            "area": (["Liverpool City Region", "the Liverpool City Region"], _CA_ITT, 1),
            # "£3.4 million over the five years"; "about £900,000" is a part and "£145 per call-out" a rate.
            "value_gbp": (3400000, _CA_ITT, 1),
            "months": (60, _CA_ITT, 1),
            # "There is no option to extend."
            "extension_months": None,
            # "09:30 on Wednesday, 2 April 2031"; "17:00 on Wednesday, 19 March 2031" (clarifications) is a decoy.
            "deadline": ("2031-04-02", _CA_ITT, 1),
            # Bullet "Social value - 15%".
            "social_value_weighting_percent": (15, _CA_ITT, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-5", _CA_ITT, 2),
            # PPN 006 in the annex is a pass/fail carbon requirement, not the framework.
            "framework": ("ppn-002", _CA_ITT, 2),
        },
        "questions": [
            {"id": "MS1",
             "text": "Describe your inspection and cleaning cycle and how you will meet the 4-hour and 24-hour fix "
                     "times for faulty displays.",
             "word_limit": None, "char_limit": None, "page_limit": 3, "weighting_percent": 15, "social_value": False,
             "source": _CA_ITT, "page": 3, "sub_criteria": []},
            # Working on live sites, protecting the public: not social value.
            {"id": "MS2",
             "text": "How will you manage working on live bus stations and rail platforms, including permits, "
                     "possessions and protecting the public?",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 10, "social_value": False,
             "source": _CA_ITT, "page": 3, "sub_criteria": []},
            # Data security: not social value.
            {"id": "MS3",
             "text": "Explain how you will keep the display software and data feeds secure and report faults to the "
                     "Combined Authority's control centre.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 5, "social_value": False,
             "source": _CA_ITT, "page": 3, "sub_criteria": []},
            # Only in the separate Annex C file.
            {"id": "MS4",
             "text": ["Describe how you will deliver social value across the Liverpool City Region through this "
                      "contract.",
                      "Describe how you will deliver social value across the Liverpool City Region through this "
                      "contract. Your answer should cover:"],
             "word_limit": None, "char_limit": None, "page_limit": 4, "weighting_percent": 15, "social_value": True,
             "source": _CA_ANX, "page": 1,
             "sub_criteria": ["good jobs and apprenticeships for City Region residents, including young people not in "
                              "education, employment or training",
                              "how you will recycle or refurbish displays taken out of service",
                              "your plan to cut emissions from your maintenance vehicles"]},
        ],
    },
]
