"""A twenty-second held-out set for the tender intake, written by a separate writer who never read the extractor's code
(nor its tests, prompts or scripts, nor any held-out set but the twenty-first, read for its format, and nothing but
evals/intake_eval.py for the scoring), and handed over before the extractor was run on it. Six packs from Cheshire
and Merseyside buyers and services the twenty-first set does not use: a university's waste and recycling collection
(Liverpool John Moores University), a mental health trust's independent advocacy service (Mersey Care NHS Foundation
Trust), a police force's custody healthcare (the Police and Crime Commissioner for Cheshire and Cheshire
Constabulary), a council's leisure management (Knowsley Metropolitan Borough Council), a housing association's
grounds maintenance (Plus Dane Housing) and a combined authority's bus shelter cleaning call-off (Liverpool City
Region Combined Authority).

Layouts, each different from the twenty-first set and from each other:
- a request for quotation sent as a short e-mail (plain text, with From/Sent/Subject/Attachments headers) plus the
  attached Word specification: the e-mail gives "around £64,000 a year" and "2 years ... up to two further periods of
  12 months" (so £128,000 for the initial term, worked out by the reader), "4pm on Thursday 14 April 2033" beside a
  "Thursday, 31 March 2033 10:42" sent stamp, a "Wed 6 April" walk-round and questions "by 8 April", and the 60 / 30
  / 10 split; the specification holds the questions in a table with word limits and weightings, 1,150 tonnes, 38
  buildings, 2,600 bedrooms and 420 containers as decoys, waste transfer notes kept for 2 years as a decoy term; no
  social value framework named (null); a 0-5 scale.
- a tender in two documents: a Word Part A (instructions, specification and questions with word limits but no
  weightings) and a PDF Part B pricing and evaluation schedule (a price grid by contract year, "£930,000 for the
  initial three-year term" beside "£310,000 per annum" and "£1,550,000" with both extension years, and the
  evaluation table with the weightings); dd-Mon-yyyy dates in a timetable table ("24-May-2033 12:00" beside
  03-May, 10-May, 17-May, w/c 13-Jun and 01-Oct-2033); 11 advocates (8.6 FTE) under TUPE, 1,100 beds and 30 sites as
  decoys; service-user involvement, safeguarding and workforce decoys; Cheshire and Merseyside Social Value TOMs; a
  0-4 scale.
- a Word ITT whose questions sit in a table with merged cells (a section cell spanning two rows left blank below,
  a "1,000 words each (T1 and T2)" limit spanning two rows, a full-width section row), weighted as shares of the
  quality score (Quality 50% / Price 50%; T1 30%, T2 30%, T3 20% and SV1 20% of the quality score, so 15 / 15 / 10 /
  10 per cent overall, and social value 10% of the total, worked out by the reader); a key-facts table with
  "£2,100,000" a year and "£6,300,000" for the initial term, "3 years + 1 year + 1 year"; dotted dates ("12:00 hrs
  on 11.07.2033" beside 06.06.2033, 20.06.2033, 27.06.2033, "w/c 31.07.2033" and 01.11.2033); 24,000 detained
  persons, 4 suites, 120 cells and 38 TUPE staff as decoys; PPN 002; a 0-5 scale.
- a PDF brochure-style ITT in two columns (each page a two-column grid of text blocks, so extracted lines interleave
  left and right): "£12,000,000 over the initial ten-year term" beside a £1.2 million a year management fee, 1.2
  million visits, 5 centres and 146 TUPE staff; "ten years from 1 April 2034, extendable by up to five years"; dates
  in words ("noon on Friday 9 September 2033" beside 18 to 22 July, 26 August and 3 October 2033); social value 15%
  split equally between National TOMs commitments on the Social Value Portal (7.5%) and method statement MS5 (7.5%),
  so 50 / 50; a 0-10 scale; programming and physical activity, pool safety and mobilisation decoys.
- a plain-text e-tendering portal export (In-Tend) with numbered sections ("1.", "1.1", "4.3") in one file: marks out
  of 100 rather than percentages (Price 50 marks, Quality 35 marks, Social Value 15 marks; questions 10 / 10 / 8 / 7 /
  10 / 5 marks); "Estimated Annual Value: £540,000" with an initial term of 3 years and "Total Potential Value
  (including extensions): £2,700,000" (so £1,620,000 for the initial term, worked out by the reader); "23 June 2033 @
  12:00" beside 19 May, 1 June, 14 June and 01 September 2033; 310 hectares, 1,400 trees, 27 play areas and 18,500
  homes as decoys; two social value questions under the association's own Social Value Charter (bespoke); a 0-3
  scale; resident involvement and pesticide decoys.
- a framework call-off order form (PDF, four pages) whose weightings are only in Appendix B on the last page: "C"
  numbered order-form fields, a term given only as start and expiry dates (1 October 2033 to 30 September 2036, so
  36 months) with "up to 24 months" of extension, "£1.35m for the Initial Period" beside a £40m framework ceiling,
  4,800 shelters and a £38.50 rate; "12.00 midday on Wednesday 20th July 2033" beside 11th July, 15th August 2033,
  31/03/2035 (framework expiry); National TOMs; a 1-5 scale; traffic management and operative safety decoys.

Decoys that are not the social value question: collection scheduling, duty of care, waste data and carbon reporting,
safeguarding, advocacy workforce, service-user involvement, detainee mental health and liaison and diversion,
custody workforce and TUPE, physical activity for inactive residents, pool safety, mobilisation and TUPE, resident
involvement, pesticide reduction, vandalism response, and traffic management. Same shape as
evals/intake_heldout21.py. ``not_found`` lists the tender fields the pack does not state (expected null); it is
documentation and is not read by the scorer.
"""

# --- Pack 1: Liverpool John Moores University waste collection (RFQ e-mail TXT + DOCX specification) ---------------
_LJ_E = "RE RFQ LJMU-EST-RFQ-2033-019 Waste and Recycling Collection (email).txt"
_LJ_S = "LJMU-EST-RFQ-2033-019 Specification and Quotation Questions.docx"
_LJ_HEAD = "Liverpool John Moores University - Estates - RFQ LJMU-EST-RFQ-2033-019"

# --- Pack 2: Mersey Care NHS Foundation Trust independent advocacy (DOCX Part A + PDF Part B) ---------------------
_MC_A = "Mersey Care - Independent Advocacy Service - ITT Part A Instructions and Questions.docx"
_MC_B = "Mersey Care - Independent Advocacy Service - Part B Pricing and Evaluation Schedule.pdf"
_MC_HEAD = "Mersey Care NHS Foundation Trust | MC-PROC-2033-0212 | Independent Advocacy Service"

# --- Pack 3: Cheshire police custody healthcare (DOCX, questions in a table with merged cells) ----------------------
_CP = "OPCC Cheshire - Custody Healthcare and Forensic Medical Services - ITT.docx"
_CP_HEAD = "OFFICIAL - Cheshire Constabulary / OPCC Cheshire - ITT CC/PROC/2033/044"

# --- Pack 4: Knowsley Council leisure management (two-column PDF) ---------------------------------------------------
_KL = "Knowsley Council - Leisure Management Contract 2034 - Invitation to Tender.pdf"
_KL_HEAD = "Knowsley Council | Leisure Management Contract 2034 | KMBC-LEI-2033-07"

# --- Pack 5: Plus Dane Housing grounds maintenance (In-Tend portal export, TXT) -------------------------------------
_PD = "In-Tend Tender Summary - PDH-0341 Grounds Maintenance Services.txt"

# --- Pack 6: Liverpool City Region Combined Authority bus shelter cleaning (framework call-off PDF) -----------------
_LC = "LCRCA - Call-Off Order Form - Bus Shelter Cleaning and Maintenance - NWFM Lot 4.pdf"
_LC_HEAD = "Liverpool City Region Combined Authority - Call-Off Order Form - LCRCA-TR-2033-118"


def _lj_footer(n):
    return ("p", "LJMU-EST-RFQ-2033-019 - Specification - page %d of 2" % n)


def _mc_a_footer(n):
    return ("p", "MC-PROC-2033-0212 ITT Part A - Page %d of 3" % n)


def _mc_b_footer(n):
    return ("p", "MC-PROC-2033-0212 Part B - Page %d of 2" % n)


def _cp_footer(n):
    return ("p", "CC/PROC/2033/044 - OFFICIAL - page %d of 3" % n)


def _kl_footer(n):
    return ("p", "KMBC-LEI-2033-07 - %d" % n)


def _lc_footer(n):
    return ("p", "LCRCA-TR-2033-118 Call-Off Order Form - page %d of 4" % n)


PACKS = [
    {
        "name": "held22-txt-docx-ljmu-waste-rfq-email-attached-spec-per-year-value-question-table-no-framework-0-5",
        "files": [
            {"name": _LJ_E, "pages": [
                [("p", "From: Estates Procurement <estates.procurement@ljmu.example.ac.uk>"),
                 ("p", "Sent: Thursday, 31 March 2033 10:42"),
                 ("p", "To: Estates Procurement"),
                 ("p", "Bcc: [invited suppliers]"),
                 ("p", "Subject: RFQ LJMU-EST-RFQ-2033-019 - Waste and Recycling Collection - quotes by 14 April"),
                 ("p", "Attachments: LJMU-EST-RFQ-2033-019 Specification and Quotation Questions.docx (84 KB)"),
                 ("p", "Hi all,"),
                 ("p", "Liverpool John Moores University is looking for quotes for the collection of general waste, "
                       "dry mixed recycling, food waste and confidential waste from our city centre campus buildings "
                       "and student accommodation in Liverpool. Full details are in the attached specification, but "
                       "in short:"),
                 ("p", "- Term: 2 years from 1 August 2033, with the option to extend for up to two further periods of "
                       "12 months"),
                 ("p", "- Budget: around £64,000 a year, excluding VAT"),
                 ("p", "- Quotes back by 4pm on Thursday 14 April 2033, uploaded to the portal (please don't send them "
                       "to this mailbox)"),
                 ("p", "- Optional site walk-round: Wed 6 April, 10:00, meet at Byrom Street reception"),
                 ("p", "- Any questions to this mailbox by 8 April please, and we'll share the answers with everyone"),
                 ("p", "We'll score quotes 60% price, 30% quality and 10% social value. Please answer the questions in "
                       "the table at the end of the attached document and keep to the word limits."),
                 ("p", "Thanks,"),
                 ("p", "Category Buyer - Estates and Facilities"),
                 ("p", "Liverpool John Moores University | Tel 0151 000 0000"),
                 ("p", "This email and any attachments are confidential and intended for the named recipients only. "
                       "If you have received it in error please tell us within 24 hours and delete it.")],
            ]},
            {"name": _LJ_S, "pages": [
                [("p", _LJ_HEAD),
                 ("h", "Waste and Recycling Collection"),
                 ("p", "Specification and Quotation Questions"),
                 ("h", "1. Background"),
                 ("p", "1.1 Liverpool John Moores University (LJMU) produces about 1,150 tonnes of waste a year from 38 "
                       "buildings on its city centre campus in Liverpool and from student accommodation with about "
                       "2,600 bedrooms. There are currently 420 containers on site."),
                 ("p", "1.2 The contract will be for two years from 1 August 2033. The University may extend it for "
                       "up to two further periods of 12 months each."),
                 ("h", "2. Requirements"),
                 ("p", "2.1 Collections of general waste, dry mixed recycling, food waste and confidential waste to "
                       "the agreed schedule, with extra collections at the start and end of each term."),
                 ("p", "2.2 Waste transfer notes must be kept for 2 years and made available on request."),
                 ("p", "2.3 Monthly reports of tonnages collected, recycling rates and vehicle emissions."),
                 _lj_footer(1)],
                [("p", _LJ_HEAD),
                 ("h", "3. Quotation questions"),
                 ("p", "Each answer will be marked from 0 (no answer or unacceptable) to 5 (excellent) and the mark "
                       "multiplied by the weighting shown."),
                 ("t", [["No.", "Question", "Max words", "Weighting"],
                        ["Q1", "Describe how you will plan and carry out collections around the University's term "
                               "dates and busy city centre streets, and what you will do if a collection is missed.",
                         "500", "10%"],
                        ["Q2", "How will you meet your duty of care and waste carrier obligations, including waste "
                               "transfer notes and the secure destruction of confidential waste?", "500", "10%"],
                        ["Q3", "What waste data will you give us each month, and how will it support the University's "
                               "carbon reporting?", "300", "10%"],
                        ["Q4", "What will you do through this contract to benefit Liverpool communities and the "
                               "environment, for example jobs and work experience for LJMU students and local "
                               "residents, and cutting the emissions of your collection vehicles?", "500", "10%"]]),
                 ("p", "Price (60%) is quoted on the separate price schedule on the portal."),
                 _lj_footer(2)],
            ]},
        ],
        "tender": {
            "title": (["Waste and Recycling Collection", "RFQ - Waste and Recycling Collection"], [_LJ_E, _LJ_S], 1),
            "buyer": (["Liverpool John Moores University", "LJMU"], [_LJ_E, _LJ_S], 1),
            "service": (["Waste and recycling collection",
                         "collection of general waste, dry mixed recycling, food waste and confidential waste",
                         "general waste, dry mixed recycling, food waste and confidential waste collection",
                         "the collection of general waste, dry mixed recycling, food waste and confidential waste "
                         "from our city centre campus buildings and student accommodation"],
                        [_LJ_E, _LJ_S], 1),
            "area": (["Liverpool", "Liverpool city centre"], [_LJ_E, _LJ_S], 1),
            # Only "around £64,000 a year" with "2 years": £128,000 for the initial term. 1,150 tonnes, 38, 2,600 and
            # 420 are decoys.
            "value_gbp": (128000, _LJ_E, 1),
            "months": (24, [_LJ_E, _LJ_S], 1),
            "extension_months": (24, [_LJ_E, _LJ_S], 1),
            # "4pm on Thursday 14 April 2033"; 31 March, 6 April, 8 April and 1 August 2033 are decoys.
            "deadline": ("2033-04-14", _LJ_E, 1),
            "social_value_weighting_percent": (10, [_LJ_E, _LJ_S], [1, 2]),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-5", _LJ_S, 2),
            # No TOMs, PPN or University social value policy is named.
            "framework": None,
        },
        "not_found": ["qualitative_percent", "quantitative_percent", "framework"],
        "questions": [
            {"id": ["Q1", "1"],
             "text": "Describe how you will plan and carry out collections around the University's term dates and busy "
                     "city centre streets, and what you will do if a collection is missed.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _LJ_S, "page": 2, "sub_criteria": []},
            # Duty of care: not social value.
            {"id": ["Q2", "2"],
             "text": "How will you meet your duty of care and waste carrier obligations, including waste transfer notes "
                     "and the secure destruction of confidential waste?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _LJ_S, "page": 2, "sub_criteria": []},
            # Waste data and carbon reporting: not social value.
            {"id": ["Q3", "3"],
             "text": "What waste data will you give us each month, and how will it support the University's carbon "
                     "reporting?",
             "word_limit": 300, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _LJ_S, "page": 2, "sub_criteria": []},
            {"id": ["Q4", "4"],
             "text": "What will you do through this contract to benefit Liverpool communities and the environment, for "
                     "example jobs and work experience for LJMU students and local residents, and cutting the "
                     "emissions of your collection vehicles?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _LJ_S, "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held22-docx-pdf-mersey-care-advocacy-part-a-questions-part-b-pricing-evaluation-dd-mon-dates-cm-toms-0-4",
        "files": [
            {"name": _MC_A, "pages": [
                [("p", _MC_HEAD),
                 ("h", "Independent Advocacy Service"),
                 ("p", "Invitation to Tender - Part A: Instructions, Specification and Questions"),
                 ("h", "1. Introduction"),
                 ("p", "1.1 Mersey Care NHS Foundation Trust provides mental health, learning disability, addiction "
                       "and secure services from about 30 sites, with around 1,100 inpatient beds."),
                 ("p", "1.2 The Trust is seeking a provider of independent advocacy (including Independent Mental "
                       "Health Advocacy and general advocacy) for people using its inpatient and secure services in "
                       "Liverpool, Sefton, Knowsley, St Helens and Halton."),
                 ("p", "1.3 The contract will run for three years from 1 October 2033. The Trust may extend it by up "
                       "to a further two years, in one or more periods."),
                 ("p", "1.4 This ITT has two parts. Part A (this document) contains the instructions, specification "
                       "and quality questions. Part B contains the pricing schedule and the evaluation criteria and "
                       "weightings."),
                 _mc_a_footer(1)],
                [("p", _MC_HEAD),
                 ("h", "2. Timetable"),
                 ("t", [["Activity", "Date"],
                        ["ITT published", "03-May-2033"],
                        ["Bidder briefing (MS Teams)", "10-May-2033 14:00"],
                        ["Clarification deadline", "17-May-2033 17:00"],
                        ["Tender submission deadline", "24-May-2033 12:00"],
                        ["Presentations and service-user panel", "w/c 13-Jun-2033"],
                        ["Contract start", "01-Oct-2033"]]),
                 ("h", "3. TUPE"),
                 ("p", "3.1 TUPE is likely to apply to 11 advocates (8.6 FTE) employed by the current provider. "
                       "Anonymised employee information is available on request."),
                 ("h", "4. Submission"),
                 ("p", "4.1 Submit your answers to the questions in section 5 and your completed Part B pricing "
                       "schedule through the Atamis portal. Late tenders will not be accepted."),
                 _mc_a_footer(2)],
                [("p", _MC_HEAD),
                 ("h", "5. Quality and social value questions"),
                 ("p", "Keep each answer within the word limit. Words beyond the limit will not be read. The "
                       "weighting of each question is set out in Part B."),
                 ("p", "5.1 Service model (maximum 1,500 words). Describe how you will deliver independent advocacy on "
                       "every ward, including how patients will be told about and referred to the service."),
                 ("p", "5.2 Safeguarding (maximum 750 words). How will your advocates recognise, record and escalate "
                       "safeguarding concerns, while keeping their independence from the Trust?"),
                 ("p", "5.3 Workforce (maximum 750 words). How will you recruit, train, supervise and retain "
                       "qualified advocates, including the Level 4 Certificate in Independent Advocacy?"),
                 ("p", "5.4 Service-user involvement (maximum 750 words). How will people who use the service help "
                       "to shape and review it?"),
                 ("p", "5.5 Social value (maximum 750 words). What additional social value will you deliver for "
                       "communities in Liverpool, Sefton, Knowsley, St Helens and Halton through this contract? "
                       "Please cover:"),
                 ("b", "paid roles, volunteering and training for people with lived experience of mental ill health"),
                 ("b", "work with local voluntary and community sector organisations"),
                 ("b", "how you will measure and report your social value commitments to the Trust"),
                 _mc_a_footer(3)],
            ]},
            {"name": _MC_B, "pages": [
                [("p", _MC_HEAD),
                 ("h", "Part B - Pricing and Evaluation Schedule"),
                 ("h", "Section 1 - Pricing"),
                 ("p", "1.1 The maximum budget is £310,000 per annum, excluding VAT. Tenders above this will be "
                       "rejected."),
                 ("p", "1.2 The budget for the initial three-year term is £930,000. If both extension years are taken "
                       "up, the total potential value of the contract is £1,550,000."),
                 ("t", [["Contract year", "Period", "Annual price (£, excl. VAT)"],
                        ["Year 1", "Oct 2033 - Sep 2034", ""],
                        ["Year 2", "Oct 2034 - Sep 2035", ""],
                        ["Year 3", "Oct 2035 - Sep 2036", ""],
                        ["Extension year 4 (optional)", "Oct 2036 - Sep 2037", ""],
                        ["Extension year 5 (optional)", "Oct 2037 - Sep 2038", ""]]),
                 ("p", "1.3 Prices for the extension years may be increased by no more than the NHS Payment Scheme "
                       "cost uplift factor."),
                 _mc_b_footer(1)],
                [("p", _MC_HEAD),
                 ("h", "Section 2 - Evaluation criteria and weightings"),
                 ("p", "2.1 Tenders will be evaluated on Quality (60%), Price (30%) and Social Value (10%)."),
                 ("t", [["Criterion", "Question", "Weighting (% of total)"],
                        ["Quality", "5.1 Service model", "20%"],
                        ["Quality", "5.2 Safeguarding", "15%"],
                        ["Quality", "5.3 Workforce", "15%"],
                        ["Quality", "5.4 Service-user involvement", "10%"],
                        ["Social Value", "5.5 Social value", "10%"],
                        ["Price", "Part B pricing schedule", "30%"]]),
                 ("p", "2.2 Each quality and social value answer is scored 0 (unacceptable), 1 (poor), 2 (fair), 3 "
                       "(good) or 4 (excellent)."),
                 ("p", "2.3 Price is scored by dividing the lowest compliant price by the bidder's price and "
                       "multiplying by 30."),
                 ("p", "2.4 The social value answer is evaluated against the Cheshire and Merseyside Social Value TOMs "
                       "(Themes, Outcomes and Measures). Commitments must be specific, measurable and relevant to "
                       "this contract."),
                 _mc_b_footer(2)],
            ]},
        ],
        "tender": {
            "title": (["Independent Advocacy Service"], [_MC_A, _MC_B], 1),
            "buyer": (["Mersey Care NHS Foundation Trust", "Mersey Care"], [_MC_A, _MC_B], 1),
            "service": (["Independent advocacy", "independent advocacy service",
                         "independent advocacy (including Independent Mental Health Advocacy and general advocacy)",
                         "independent advocacy (including Independent Mental Health Advocacy and general advocacy) for "
                         "people using its inpatient and secure services"],
                        _MC_A, 1),
            "area": (["Liverpool, Sefton, Knowsley, St Helens and Halton"], _MC_A, 1),
            # "£930,000" for the initial three-year term; £310,000 per annum and £1,550,000 with extensions, 1,100
            # beds, 30 sites and 11 advocates are decoys.
            "value_gbp": (930000, _MC_B, 1),
            "months": (36, _MC_A, 1),
            "extension_months": (24, _MC_A, 1),
            # "24-May-2033 12:00"; 03-May, 10-May, 17-May, 13-Jun and 01-Oct-2033 are decoys.
            "deadline": ("2033-05-24", _MC_A, 2),
            "social_value_weighting_percent": (10, _MC_B, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-4", _MC_B, 2),
            "framework": ("cm-toms", _MC_B, 2),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            # Weightings only in Part B.
            {"id": ["5.1", "Q5.1"],
             "text": "Describe how you will deliver independent advocacy on every ward, including how patients will be "
                     "told about and referred to the service.",
             "word_limit": 1500, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _MC_A, "page": 3, "sub_criteria": []},
            # Safeguarding: not social value.
            {"id": ["5.2", "Q5.2"],
             "text": "How will your advocates recognise, record and escalate safeguarding concerns, while keeping their "
                     "independence from the Trust?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _MC_A, "page": 3, "sub_criteria": []},
            # Workforce: not social value.
            {"id": ["5.3", "Q5.3"],
             "text": "How will you recruit, train, supervise and retain qualified advocates, including the Level 4 "
                     "Certificate in Independent Advocacy?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _MC_A, "page": 3, "sub_criteria": []},
            # Service-user involvement: a quality question, not social value.
            {"id": ["5.4", "Q5.4"],
             "text": "How will people who use the service help to shape and review it?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _MC_A, "page": 3, "sub_criteria": []},
            {"id": ["5.5", "Q5.5"],
             "text": ["What additional social value will you deliver for communities in Liverpool, Sefton, Knowsley, "
                      "St Helens and Halton through this contract?",
                      "What additional social value will you deliver for communities in Liverpool, Sefton, Knowsley, "
                      "St Helens and Halton through this contract? Please cover:"],
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _MC_A, "page": 3,
             "sub_criteria": ["paid roles, volunteering and training for people with lived experience of mental ill "
                              "health",
                              "work with local voluntary and community sector organisations",
                              "how you will measure and report your social value commitments to the Trust"]},
        ],
    },
    {
        "name": "held22-docx-cheshire-police-custody-healthcare-merged-cell-question-table-shares-of-quality-dotted-dates-ppn002-0-5",
        "files": [{"name": _CP, "pages": [
            [("p", _CP_HEAD),
             ("p", "The Police and Crime Commissioner for Cheshire and the Chief Constable of Cheshire Constabulary"),
             ("h", "Custody Healthcare and Forensic Medical Services"),
             ("p", "Invitation to Tender - Issue date: 06.06.2033"),
             ("h", "1. Key facts"),
             ("t", [["Item", "Detail"],
                    ["Contracting authority", "The Police and Crime Commissioner for Cheshire, on behalf of Cheshire "
                                              "Constabulary"],
                    ["Requirement", "Healthcare professionals and forensic medical examiners for detained persons in "
                                    "police custody, 24 hours a day"],
                    ["Location", "Cheshire - the four custody suites at Blacon, Middlewich, Runcorn and Warrington"],
                    ["Contract term", "3 years + 1 year + 1 year"],
                    ["Contract start", "01.11.2033"],
                    ["Estimated annual value", "£2,100,000"],
                    ["Estimated value of initial term", "£6,300,000 (excluding VAT)"],
                    ["Bidder day", "20.06.2033 at Police Headquarters, Winsford"],
                    ["Clarifications close", "27.06.2033 at 17:00 hrs"],
                    ["Tender return", "12:00 hrs on 11.07.2033"]]),
             ("p", "1.1 The four suites have 120 cells between them and receive about 24,000 detained persons a year. "
                   "TUPE is expected to apply to 38 healthcare staff of the incumbent provider."),
             _cp_footer(1)],
            [("p", _CP_HEAD),
             ("h", "2. Evaluation"),
             ("p", "2.1 Tenders will be evaluated 50% on quality and 50% on price. Social value forms part of the "
                   "quality score."),
             ("p", "2.2 The weightings in the table below are percentages of the quality score, not of the total."),
             ("p", "2.3 Each answer will be scored 0 (no response), 1 (very poor), 2 (poor), 3 (acceptable), 4 (good) "
                   "or 5 (excellent)."),
             ("p", "2.4 Social value will be evaluated using the Social Value Model in Procurement Policy Note 002 (PPN "
                   "002)."),
             ("t", [["Section", "Ref", "Question", "Word limit", "Weighting (% of quality score)"],
                    ["A. Clinical service", "T1", "Describe how you will provide healthcare assessments, treatment and "
                                                  "forensic sampling for detained persons in all four suites, "
                                                  "including response times for forensic medical examiners.",
                     "1,000 words each (T1 and T2)", "30%"],
                    ["", "T2", "How will you identify and support detained persons with mental health needs, "
                               "substance misuse or vulnerabilities, including referral to liaison and diversion "
                               "services?", "", "30%"],
                    ["B. Workforce", "T3", "How will you recruit, train and retain enough qualified nurses, paramedics "
                                           "and forensic medical examiners, including staff transferring under TUPE?",
                     "750 words", "20%"],
                    ["C. Social Value", "", "", "", ""],
                    ["", "SV1", "How will you use this contract to deliver social value in Cheshire, in particular "
                                "training and employment for local people and support for local health and justice "
                                "charities?", "750 words", "20%"]]),
             _cp_footer(2)],
            [("p", _CP_HEAD),
             ("h", "3. Submission"),
             ("p", "3.1 Tenders must be submitted through the Bluelight e-tendering portal by 12:00 hrs on "
                   "11.07.2033."),
             ("p", "3.2 Shortlisted bidders will be invited to a presentation in the w/c 31.07.2033."),
             ("p", "3.3 All staff working in custody must hold police vetting (NPPV Level 2) before the contract "
                   "start date."),
             _cp_footer(3)],
        ]}],
        "tender": {
            "title": (["Custody Healthcare and Forensic Medical Services"], _CP, 1),
            "buyer": (["The Police and Crime Commissioner for Cheshire", "Police and Crime Commissioner for Cheshire",
                       "Cheshire Constabulary", "OPCC Cheshire"], _CP, 1),
            "service": (["Custody healthcare and forensic medical services", "custody healthcare",
                         "healthcare professionals and forensic medical examiners for detained persons in police "
                         "custody",
                         "Healthcare professionals and forensic medical examiners for detained persons in police "
                         "custody, 24 hours a day"],
                        _CP, 1),
            "area": (["Cheshire", "Blacon, Middlewich, Runcorn and Warrington"], _CP, 1),
            # "£6,300,000" for the initial term; £2,100,000 a year, 120 cells, 24,000 and 38 are decoys.
            "value_gbp": (6300000, _CP, 1),
            "months": (36, _CP, 1),
            "extension_months": (24, _CP, 1),
            # "12:00 hrs on 11.07.2033"; 06.06.2033, 20.06.2033, 27.06.2033, 31.07.2033 and 01.11.2033 are decoys.
            "deadline": ("2033-07-11", _CP, [1, 3]),
            # 20% of the 50% quality score: 10% of the total, not printed.
            "social_value_weighting_percent": (10, _CP, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-5", _CP, 2),
            "framework": ("ppn-002", _CP, 2),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            # 30% of the 50% quality score.
            {"id": ["T1", "1"],
             "text": "Describe how you will provide healthcare assessments, treatment and forensic sampling for "
                     "detained persons in all four suites, including response times for forensic medical examiners.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _CP, "page": 2, "sub_criteria": []},
            # Detainee mental health, liaison and diversion: not social value. Its limit is the merged cell above.
            {"id": ["T2", "2"],
             "text": "How will you identify and support detained persons with mental health needs, substance misuse or "
                     "vulnerabilities, including referral to liaison and diversion services?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _CP, "page": 2, "sub_criteria": []},
            # Workforce and TUPE: not social value.
            {"id": ["T3", "3"],
             "text": "How will you recruit, train and retain enough qualified nurses, paramedics and forensic medical "
                     "examiners, including staff transferring under TUPE?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _CP, "page": 2, "sub_criteria": []},
            # 20% of 50% = 10%.
            {"id": ["SV1", "C"],
             "text": "How will you use this contract to deliver social value in Cheshire, in particular training and "
                     "employment for local people and support for local health and justice charities?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _CP, "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held22-pdf-knowsley-leisure-two-column-brochure-dates-in-words-sv-split-50-50-portal-ntoms-0-10",
        "files": [{"name": _KL, "pages": [
            [("p", _KL_HEAD),
             ("h", "Leisure Management Contract 2034"),
             ("p", "Invitation to Tender"),
             ("t", [["At a glance", "About this opportunity"],
                    ["Contracting authority: Knowsley Metropolitan Borough Council (Knowsley Council)",
                     "Knowsley Council is looking for an operator to manage and run its leisure centres in Knowsley, "
                     "including swimming pools, gyms, sports halls and outdoor pitches, and to increase physical "
                     "activity among residents."],
                    ["Estimated contract value: £12,000,000 over the initial ten-year term, excluding VAT",
                     "The five centres had about 1.2 million visits last year. The Council currently pays a management "
                     "fee of about £1.2 million a year, which it expects to fall over the contract."],
                    ["Contract period: ten years from 1 April 2034, extendable by up to five years",
                     "TUPE will apply to about 146 staff currently employed at the centres. Staff information is in "
                     "the data room."],
                    ["Procedure: Competitive flexible procedure (Procurement Act 2023)",
                     "The operator will be responsible for day-to-day maintenance; the Council keeps responsibility "
                     "for the building structures and plant replacement."]]),
             _kl_footer(1)],
            [("p", _KL_HEAD),
             ("t", [["Key dates", "How we will evaluate"],
                    ["Site visits: 18 to 22 July 2033, by appointment",
                     "Price 45%, Quality 40% and Social Value 15%."],
                    ["Clarification questions close: 26 August 2033",
                     "Social value is split equally: 7.5% for the quantitative commitments you enter on the Social "
                     "Value Portal against the National TOMs, and 7.5% for your answer to method statement MS5."],
                    ["Tenders must be received by noon on Friday 9 September 2033",
                     "Each method statement is scored from 0 (fails to answer) to 10 (excellent), and the score is "
                     "multiplied by its weighting."],
                    ["Bidder presentations: 3 October 2033",
                     "Tenders scoring below 4 on MS3 may be excluded."]]),
             _kl_footer(2)],
            [("p", _KL_HEAD),
             ("h", "Method statements"),
             ("t", [["Quality", "Quality and social value"],
                    ["MS1 Programming and participation (15%, up to 2,000 words). How will you programme the centres "
                     "to increase participation by inactive residents, older people and families on low incomes?",
                     "MS3 Health and safety (8%, up to 1,000 words). How will you keep customers and staff safe, "
                     "including pool safety and lifeguarding?"],
                    ["MS2 Facility management (12%, up to 1,500 words). How will you clean, maintain and manage the "
                     "centres to a high standard and report defects to the Council?",
                     "MS4 Mobilisation (5%, up to 1,000 words). Set out your plan for a smooth transfer of the "
                     "service on 1 April 2034, including the TUPE transfer of staff."],
                    ["Submit all method statements through The Chest by the deadline.",
                     "MS5 Social value (7.5%, up to 1,500 words). How will you deliver the social value commitments "
                     "you have entered on the Social Value Portal for Knowsley residents, including local jobs and "
                     "apprenticeships and spending with Knowsley businesses?"]]),
             _kl_footer(3)],
        ]}],
        "tender": {
            "title": (["Leisure Management Contract 2034", "Leisure Management Contract"], _KL, 1),
            "buyer": (["Knowsley Metropolitan Borough Council", "Knowsley Council"], _KL, 1),
            "service": (["Leisure management", "leisure centre management",
                         "the management and operation of the Council's leisure centres",
                         "an operator to manage and run its leisure centres in Knowsley",
                         "manage and run its leisure centres in Knowsley, including swimming pools, gyms, sports halls "
                         "and outdoor pitches"],
                        _KL, 1),
            "area": (["Knowsley"], _KL, 1),
            # "£12,000,000 over the initial ten-year term"; £1.2 million a year, 1.2 million visits, 5 centres and 146
            # staff are decoys.
            "value_gbp": (12000000, _KL, 1),
            "months": (120, _KL, 1),
            "extension_months": (60, _KL, 1),
            # "noon on Friday 9 September 2033"; 18 to 22 July, 26 August, 3 October 2033 and 1 April 2034 are decoys.
            "deadline": ("2033-09-09", _KL, 2),
            "social_value_weighting_percent": (15, _KL, 2),
            # 7.5% of 15% each way.
            "qualitative_percent": (50, _KL, 2),
            "quantitative_percent": (50, _KL, 2),
            "scoring_scale": ("0-10", _KL, 2),
            "framework": ("national-toms", _KL, 2),
        },
        "not_found": [],
        "questions": [
            # Physical activity for inactive residents: a service question, not social value.
            {"id": ["MS1", "1"],
             "text": "How will you programme the centres to increase participation by inactive residents, older "
                     "people and families on low incomes?",
             "word_limit": 2000, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _KL, "page": 3, "sub_criteria": []},
            {"id": ["MS2", "2"],
             "text": "How will you clean, maintain and manage the centres to a high standard and report defects to the "
                     "Council?",
             "word_limit": 1500, "char_limit": None, "weighting_percent": 12, "social_value": False,
             "source": _KL, "page": 3, "sub_criteria": []},
            # Pool safety: not social value.
            {"id": ["MS3", "3"],
             "text": "How will you keep customers and staff safe, including pool safety and lifeguarding?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _KL, "page": 3, "sub_criteria": []},
            # Mobilisation and TUPE: not social value.
            {"id": ["MS4", "4"],
             "text": "Set out your plan for a smooth transfer of the service on 1 April 2034, including the TUPE "
                     "transfer of staff.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 5, "social_value": False,
             "source": _KL, "page": 3, "sub_criteria": []},
            # Half of the 15% social value score.
            {"id": ["MS5", "5"],
             "text": "How will you deliver the social value commitments you have entered on the Social Value Portal "
                     "for Knowsley residents, including local jobs and apprenticeships and spending with Knowsley "
                     "businesses?",
             "word_limit": 1500, "char_limit": None, "weighting_percent": 7.5, "social_value": True,
             "source": _KL, "page": 3, "sub_criteria": []},
        ],
    },
    {
        "name": "held22-txt-plus-dane-grounds-maintenance-intend-export-numbered-sections-marks-of-100-annual-value-charter-0-3",
        "files": [{"name": _PD, "pages": [
            [("p", "IN-TEND - TENDER SUMMARY (printed 19/05/2033 16:02)"),
             ("p", "Tender Reference: PDH-0341"),
             ("p", "1. TENDER DETAILS"),
             ("p", "1.1 Tender Title: Grounds Maintenance Services 2033-2036"),
             ("p", "1.2 Organisation: Plus Dane Housing Limited"),
             ("p", "1.3 Description: Grass cutting, shrub and hedge maintenance, tree inspections and works, litter "
                   "picking and play area inspections on Plus Dane estates across Merseyside and Cheshire."),
             ("p", "1.4 Scale (for information): approx. 310 hectares of grassed areas, 1,400 trees and 27 play areas "
                   "serving about 18,500 homes."),
             ("p", "2. CONTRACT INFORMATION"),
             ("p", "2.1 Estimated Annual Value: £540,000 (excluding VAT)"),
             ("p", "2.2 Initial Contract Term: 3 years"),
             ("p", "2.3 Extension: up to 2 years (1 + 1)"),
             ("p", "2.4 Total Potential Value (including extensions): £2,700,000"),
             ("p", "2.5 Contract Commencement: 01 September 2033"),
             ("p", "3. KEY DATES"),
             ("p", "3.1 Published: 19 May 2033"),
             ("p", "3.2 Site meeting: 1 June 2033, 10.00, Speke depot"),
             ("p", "3.3 Clarification Close: 14 June 2033 @ 17:00"),
             ("p", "3.4 Tender Return: 23 June 2033 @ 12:00"),
             ("p", "4. EVALUATION"),
             ("p", "4.1 Tenders are marked out of 100: Price 50 marks, Quality 35 marks, Social Value 15 marks."),
             ("p", "4.2 Each response is scored 0 = fail, 1 = weak, 2 = acceptable, 3 = strong, and converted to the "
                   "marks available for that question."),
             ("p", "4.3 Social value responses are assessed against the Plus Dane Social Value Charter (attached in "
                   "the Documents tab). Plus Dane does not use the National TOMs."),
             ("p", "5. QUESTIONNAIRE - QUALITY (35 marks)"),
             ("p", "5.1 Q1 (10 marks, max 600 words): Describe your grass cutting and planting programme across the "
                   "seasons and how you will meet the cutting frequencies in the specification."),
             ("p", "5.2 Q2 (10 marks, max 600 words): How will you supervise your teams, check the quality of work and "
                   "put right any failures found at inspection?"),
             ("p", "5.3 Q3 (8 marks, max 400 words): How will you involve residents in the care of their estates and "
                   "deal with resident complaints about the service?"),
             ("p", "5.4 Q4 (7 marks, max 400 words): How will you reduce your use of pesticides and herbicides on our "
                   "estates?"),
             ("p", "6. QUESTIONNAIRE - SOCIAL VALUE (15 marks)"),
             ("p", "6.1 SV1 (10 marks, max 500 words): In line with our Social Value Charter, how will you create jobs, "
                   "apprenticeships and work placements for Plus Dane customers and people living in our "
                   "neighbourhoods?"),
             ("p", "6.2 SV2 (5 marks, max 300 words): What will you do to support community groups and green spaces "
                   "projects on Plus Dane estates, such as volunteering days and community growing schemes?"),
             ("p", "7. PRICING"),
             ("p", "7.1 Complete the Schedule of Rates in the Documents tab (50 marks)."),
             ("p", "--- End of Tender Summary ---")],
        ]}],
        "tender": {
            "title": (["Grounds Maintenance Services 2033-2036", "Grounds Maintenance Services"], _PD, 1),
            "buyer": (["Plus Dane Housing Limited", "Plus Dane Housing", "Plus Dane"], _PD, 1),
            "service": (["Grounds maintenance", "grounds maintenance services",
                         "grass cutting, shrub and hedge maintenance, tree inspections and works, litter picking and "
                         "play area inspections"],
                        _PD, 1),
            "area": (["Merseyside and Cheshire"], _PD, 1),
            # £540,000 a year x 3 years = £1,620,000 for the initial term; £2,700,000 with extensions, 310, 1,400, 27
            # and 18,500 are decoys.
            "value_gbp": (1620000, _PD, 1),
            "months": (36, _PD, 1),
            "extension_months": (24, _PD, 1),
            # "23 June 2033 @ 12:00"; 19/05/2033, 1 June, 14 June and 01 September 2033 are decoys.
            "deadline": ("2033-06-23", _PD, 1),
            # 15 marks of 100.
            "social_value_weighting_percent": (15, _PD, 1),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-3", _PD, 1),
            # The association's own Social Value Charter; "does not use the National TOMs".
            "framework": ("bespoke", _PD, 1),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            {"id": ["Q1", "5.1"],
             "text": "Describe your grass cutting and planting programme across the seasons and how you will meet the "
                     "cutting frequencies in the specification.",
             "word_limit": 600, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _PD, "page": 1, "sub_criteria": []},
            {"id": ["Q2", "5.2"],
             "text": "How will you supervise your teams, check the quality of work and put right any failures found at "
                     "inspection?",
             "word_limit": 600, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _PD, "page": 1, "sub_criteria": []},
            # Resident involvement and complaints: a quality question, not social value.
            {"id": ["Q3", "5.3"],
             "text": "How will you involve residents in the care of their estates and deal with resident complaints "
                     "about the service?",
             "word_limit": 400, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _PD, "page": 1, "sub_criteria": []},
            # Pesticide reduction: scored under quality, not social value.
            {"id": ["Q4", "5.4"],
             "text": "How will you reduce your use of pesticides and herbicides on our estates?",
             "word_limit": 400, "char_limit": None, "weighting_percent": 7, "social_value": False,
             "source": _PD, "page": 1, "sub_criteria": []},
            {"id": ["SV1", "6.1"],
             "text": "In line with our Social Value Charter, how will you create jobs, apprenticeships and work "
                     "placements for Plus Dane customers and people living in our neighbourhoods?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _PD, "page": 1, "sub_criteria": []},
            {"id": ["SV2", "6.2"],
             "text": "What will you do to support community groups and green spaces projects on Plus Dane estates, "
                     "such as volunteering days and community growing schemes?",
             "word_limit": 300, "char_limit": None, "weighting_percent": 5, "social_value": True,
             "source": _PD, "page": 1, "sub_criteria": []},
        ],
    },
    {
        "name": "held22-pdf-lcrca-bus-shelters-framework-call-off-order-form-weightings-in-appendix-term-from-dates-ntoms-1-5",
        "files": [{"name": _LC, "pages": [
            [("p", _LC_HEAD),
             ("h", "Call-Off Order Form: Bus Shelter Cleaning and Maintenance"),
             ("p", "Further competition under the NWFM Facilities Maintenance Framework 2032, Lot 4 (Street Furniture "
                   "and Public Realm). The framework expires on 31/03/2035 and has an estimated maximum value of £40m "
                   "across all customers; call-off contracts may run beyond the framework expiry."),
             ("p", "C1 Customer: Liverpool City Region Combined Authority (acting through Merseytravel)"),
             ("p", "C2 Services: Cleaning, glazing repairs and minor maintenance of bus shelters and passenger "
                   "information cases across the Liverpool City Region (Halton, Knowsley, Liverpool, Sefton, St "
                   "Helens and Wirral)."),
             ("p", "C3 Call-Off Start Date: 1 October 2033"),
             ("p", "C4 Call-Off Expiry Date: 30 September 2036"),
             ("p", "C5 Call-Off Optional Extension Period: up to 24 months in total"),
             ("p", "C6 Estimated Call-Off Contract Charges: £1.35m for the Initial Period (excluding VAT)"),
             ("p", "C7 Volumes (indicative): about 4,800 shelters, each cleaned every four weeks. The current schedule "
                   "of rates is £38.50 per shelter clean."),
             _lc_footer(1)],
            [("p", _LC_HEAD),
             ("h", "Further competition instructions"),
             ("p", "C8 Clarification questions must be raised through the portal by 17:00 on Monday 11th July 2033."),
             ("p", "C9 Responses must be submitted by 12.00 midday on Wednesday 20th July 2033. The Customer expects to "
                   "award the call-off on or around 15th August 2033."),
             ("p", "C10 Award criteria and weightings are set out in Appendix B. Answers are scored from 1 (very poor) "
                   "to 5 (excellent)."),
             ("p", "C11 Response questions (each answer must not exceed the word count shown):"),
             ("p", "Q1 Cleaning regime (750 words): Describe how you will plan and deliver the four-weekly cleaning "
                   "cycle, including the cleaning of glazing, roofs and timetable cases."),
             ("p", "Q2 Damage and vandalism (750 words): How will you make shelters safe and repair broken glazing "
                   "within the response times, including out of hours?"),
             _lc_footer(2)],
            [("p", _LC_HEAD),
             ("p", "Q3 Traffic management and operative safety (500 words): How will you keep your operatives, "
                   "passengers and road users safe while working at the roadside and near bus stops?"),
             ("p", "SV1 Social value (500 words): Describe the social value you will deliver through this call-off, "
                   "measured against the National TOMs, for example local jobs and apprenticeships in the Liverpool "
                   "City Region and the use of electric vehicles and water-saving equipment."),
             ("p", "C12 The framework terms and conditions apply, as varied by this Order Form."),
             _lc_footer(3)],
            [("p", _LC_HEAD),
             ("h", "Appendix B - Award Criteria and Weightings"),
             ("t", [["Criterion", "Weighting"],
                    ["Price (schedule of rates)", "50%"],
                    ["Q1 Cleaning regime", "15%"],
                    ["Q2 Damage and vandalism", "15%"],
                    ["Q3 Traffic management and operative safety", "10%"],
                    ["SV1 Social value", "10%"],
                    ["Total", "100%"]]),
             ("p", "A score of 1 for Q3 will mean the response is not considered further."),
             _lc_footer(4)],
        ]}],
        "tender": {
            "title": (["Bus Shelter Cleaning and Maintenance", "Call-Off Order Form: Bus Shelter Cleaning and "
                       "Maintenance"], _LC, 1),
            "buyer": (["Liverpool City Region Combined Authority", "Merseytravel",
                       "Liverpool City Region Combined Authority (acting through Merseytravel)"], _LC, 1),
            "service": (["Bus shelter cleaning and maintenance",
                         "Cleaning, glazing repairs and minor maintenance of bus shelters and passenger information "
                         "cases",
                         "cleaning, glazing repairs and minor maintenance of bus shelters"],
                        _LC, 1),
            "area": (["Liverpool City Region", "the Liverpool City Region",
                      "Liverpool City Region (Halton, Knowsley, Liverpool, Sefton, St Helens and Wirral)"], _LC, 1),
            # "£1.35m for the Initial Period"; the £40m framework ceiling, 4,800 shelters and £38.50 are decoys.
            "value_gbp": (1350000, _LC, 1),
            # 1 October 2033 to 30 September 2036.
            "months": (36, _LC, 1),
            "extension_months": (24, _LC, 1),
            # "12.00 midday on Wednesday 20th July 2033"; 11th July, 15th August, 1 October 2033 and 31/03/2035 are
            # decoys.
            "deadline": ("2033-07-20", _LC, 2),
            # Only in Appendix B.
            "social_value_weighting_percent": (10, _LC, 4),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("1-5", _LC, 2),
            "framework": ("national-toms", _LC, 3),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            # Weightings only in Appendix B.
            {"id": ["Q1", "1"],
             "text": "Describe how you will plan and deliver the four-weekly cleaning cycle, including the cleaning of "
                     "glazing, roofs and timetable cases.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _LC, "page": 2, "sub_criteria": []},
            # Vandalism response: not social value.
            {"id": ["Q2", "2"],
             "text": "How will you make shelters safe and repair broken glazing within the response times, including "
                     "out of hours?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _LC, "page": 2, "sub_criteria": []},
            # Traffic management and operative safety: not social value.
            {"id": ["Q3", "3"],
             "text": "How will you keep your operatives, passengers and road users safe while working at the roadside "
                     "and near bus stops?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _LC, "page": 3, "sub_criteria": []},
            {"id": ["SV1", "4"],
             "text": "Describe the social value you will deliver through this call-off, measured against the National "
                     "TOMs, for example local jobs and apprenticeships in the Liverpool City Region and the use of "
                     "electric vehicles and water-saving equipment.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _LC, "page": 3, "sub_criteria": []},
        ],
    },
]
