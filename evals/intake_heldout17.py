"""A seventeenth held-out set for the tender intake, written by a separate writer who never read the extractor's code
(nor its tests, prompts or scripts, nor any held-out set but the sixteenth, read for its format), and committed
before the extractor was run on it. Six packs from Cheshire and Merseyside buyers and services the sixteenth set does
not use: the combined authority's bus station cleaning (Liverpool City Region Combined Authority), an NHS trust's
linen and laundry (Wirral University Teaching Hospital), a fire authority's cleaning and hygiene (Cheshire Fire and
Rescue Service), a police and crime commissioner's domestic abuse advocacy (Merseyside), a college's catering
concession (Hugh Baird College, Bootle) and a housing association's void property works (Torus, St Helens).

Layouts, each different from the sixteenth set:
- a single PDF with a "LCRCA | ... | ITT Ref LCRCA/PROC/0963" running header, a dotted-leader contents list, key dates
  in a dd/mm/yyyy table ("16/03/2032 12:00" beside "02/03/2032 17:00" and "27/04/2032"), a tender "marked out of 125"
  (price 50, quality 55, social value 20 marks, so social value is 16%), questions in a "No. | Question | Marks | Max
  characters (incl. spaces)" table (30/25/20 marks = 24/20/16%), a safeguarding and lone-working decoy, the
  Combined Authority's own "Social Value Pledge" (bespoke), a 0-4 scale, "one further period of up to twelve months",
  42 sites, an hourly Real Living Wage rate and "current annual spend" as decoys.
- a PDF ITT plus a Word questionnaire whose questions sit in nested tables (outer "Ref | Question details |
  Weighting" rows, each with an inner "Question / Word limit" table); weighting stated in words only ("sixty per
  cent", "thirty per cent", "ten per cent"); PPN 002 (the climate change theme); a timetable "Thursday 05 February
  2032, 12:00 hrs" beside a site visit and clarification close; "a further period or periods up to a maximum of two
  (2) years"; "4.2 million pieces", "£0.31 per piece", "£1,350,000 per annum" beside "£6,750,000 for the initial
  five-year period"; an infection prevention decoy question; 0-5 scale table.
- a single Word ITT in numbered paragraphs with the question text inline after its number ("4.1 Describe how
  ..."), ISO dates ("2032-04-23 12:00" beside "2032-04-06 17:00"), extension "not exceed 36 months in aggregate", a
  matrix giving weightings WITHIN each criterion (quality 35% split 60/40, social value 15% split 80% National TOMs
  measures / 20% question 4.3) with the rule that a question's share is the product (so 21%, 14%, 3%), a 0/25/50/75/100
  scale, word limits, and a health, safety and security decoy.
- a single PDF with one heading per question ("Quality Question 2 - Safeguarding victims and their children"), no
  weighting anywhere (social value, split and question weightings all null), no framework (only the Public Services
  (Social Value) Act 2012, a statute, is cited), a 0-3 scale, a deadline "noon on Friday the 14th of May 2032" beside
  "Wednesday 28th April 2032", "extended by up to eighteen (18) months", "£640,000 per year" and 4,300 referrals beside
  "£1,920,000 for the three-year term", and phone numbers (0151 ...; 101).
- a single PDF with a lettered list of questions "(a)", "(b)", "(c)", each followed by a "Weighting ... Maximum ...
  characters" line; a two-digit year deadline "2pm on 23/1/32" beside "9/1/32" and "16/1/32"; "three academic years
  (36 months)" with annual extensions "to a maximum total contract length of five years" (24 months); a concession
  value "£1,150,000" beside "£383,000" annual sales, an 8% commission and a £3.20 meal deal; Quality 50% / Commercial
  38% / Social Value 12% with the written answer and TOMs measures "weighted in the ratio 3:1" (75/25, question (c)
  9%); Cheshire and Merseyside TOMs; no scoring scale stated; an allergen and food safety decoy.
- a Word ITT plus a PDF schedule of rates full of unit prices and volumes; a matrix "Price 50% / Quality 40% / Social
  value 10%" in which social value is "6% Social Value Portal commitments (National TOMs)" and "4% written response"
  (so 40/60 qualitative/quantitative), questions in an "MS | Question | Max score | Weighting | Response length" table
  where every max score is 5 (a decoy for the weighting) and limits are "4 x A4 sides" etc. (page limits); no
  extension stated anywhere (null) beside "prices fixed for the first 12 months"; a 1-5 scale; a deadline "Monday 1st
  March 2032 (midday)" beside "Thursday 12th February 2032"; and a customer care and quality decoy.

Decoys that are not the social value question: safeguarding (passengers, victims and children), infection prevention
and control, health, safety and security on fire stations, food safety and allergens, resident liaison and quality.
Same shape as evals/intake_heldout16.py; a question's ``page_limit`` is scored where given. ``not_found`` lists the
tender fields the pack does not state (expected null); it is documentation and is not read by the scorer.
"""

# --- Pack 1: Liverpool City Region Combined Authority bus station cleaning (single PDF) ---------------------------
_LC = "LCRCA Bus Stations and Travel Centres Cleaning - ITT.pdf"
_LC_HEAD = "LCRCA | Merseytravel Bus Stations Cleaning | ITT Ref LCRCA/PROC/0963"

# --- Pack 2: Wirral University Teaching Hospital linen and laundry (PDF + DOCX) --------------------------------
_WU_ITT = "WUTH Linen and Laundry Services - Invitation to Tender.pdf"
_WU_Q = "WUTH Linen and Laundry Services - Schedule 3 Tender Questionnaire.docx"
_WU_HEAD = "Wirral University Teaching Hospital NHS Foundation Trust | Procurement | WUTH-FM-2031-077"

# --- Pack 3: Cheshire Fire and Rescue Service cleaning (single DOCX) --------------------------------------------
_CF = "CFRS Cleaning and Hygiene Services ITT CFRS-2032-004.docx"
_CF_HEAD = "Cheshire Fire and Rescue Service - Cleaning and Hygiene Services - ITT CFRS/2032/004"

# --- Pack 4: Merseyside Police and Crime Commissioner IDVA service (single PDF) ---------------------------------
_PC = "OPCC Merseyside - IDVA Service - Invitation to Tender.pdf"
_PC_HEAD = "Office of the Police and Crime Commissioner for Merseyside - OFFICIAL"

# --- Pack 5: Hugh Baird College catering concession (single PDF) ------------------------------------------------
_HB = "Hugh Baird College - Catering and Vending Services Tender.pdf"
_HB_HEAD = "Hugh Baird College | Estates and Facilities | Tender HBC/EF/31-07"

# --- Pack 6: Torus void property works (DOCX + PDF) -------------------------------------------------------------
_TO_ITT = "Torus Void Property Refurbishment Works - ITT.docx"
_TO_SOR = "Torus Void Property Refurbishment Works - Schedule of Rates.pdf"
_TO_HEAD = "Torus Group | Property Services | Tender TOR-PS-0412"


def _lc_footer(n):
    return ("p", "OFFICIAL - Page %d of 4" % n)


def _wu_footer(doc, n, of):
    return ("p", "%s - page %d of %d - Tel 0151 678 5111" % (doc, n, of))


def _cf_footer(n):
    return ("p", "Page %d of 4 | OFFICIAL-SENSITIVE (Commercial)" % n)


def _pc_footer(n):
    return ("p", "IDVA ITT v2 - %d/5" % n)


def _hb_footer(n):
    return ("p", "HBC/EF/31-07 | Page %d" % n)


def _to_footer(doc, n, of):
    return ("p", "%s | Page %d of %d" % (doc, n, of))


PACKS = [
    {
        "name": "held17-pdf-lcrca-bus-station-cleaning-ddmmyyyy-marks-of-125-questions-table-chars-bespoke-pledge-0-4",
        "files": [{"name": _LC, "pages": [
            [("p", _LC_HEAD),
             ("h", "Cleaning Services for Bus Stations and Travel Centres"),
             ("p", "Invitation to Tender"),
             ("p", "Issued by the Liverpool City Region Combined Authority (Merseytravel) on 09/02/2032"),
             ("h", "Contents"),
             ("p", "1. Overview and key dates .......... 2"),
             ("p", "2. Evaluation .......... 3"),
             ("p", "3. Questions .......... 4"),
             ("p", "Appendix F Social Value Pledge .......... separate document"),
             ("p", "Procurement contact: procurement@liverpoolcityregion-ca.gov.uk, telephone 0151 330 1000. Please "
                   "quote LCRCA/PROC/0963 in all correspondence."),
             _lc_footer(1)],
            [("p", _LC_HEAD),
             ("h", "1. Overview and key dates"),
             ("p", "1.1 The Liverpool City Region Combined Authority (the Combined Authority) invites tenders for the "
                   "cleaning of its bus stations, travel centres and staffed interchanges across the Liverpool City "
                   "Region, including Liverpool ONE and Queen Square bus stations and the stations at Birkenhead, "
                   "Southport, St Helens and Kirkby. There are 42 sites in total."),
             ("p", "1.2 The contract will have an initial term of three (3) years from 01/07/2032. The Combined "
                   "Authority may extend the contract for one further period of up to twelve months."),
             ("p", "1.3 The estimated value of the initial term is £2,850,000 excluding VAT. Current annual spend is "
                   "approximately £910,000. All cleaning operatives must be paid at least the Real Living Wage, "
                   "currently £13.10 per hour outside London."),
             ("p", "1.4 Key dates"),
             ("t", [["Activity", "Date and time"],
                    ["ITT published", "09/02/2032"],
                    ["Site visits (by appointment)", "23/02/2032"],
                    ["Clarification questions close", "02/03/2032 17:00"],
                    ["Tender return deadline", "16/03/2032 12:00"],
                    ["Contract award (indicative)", "27/04/2032"],
                    ["Contract start", "01/07/2032"]]),
             _lc_footer(2)],
            [("p", _LC_HEAD),
             ("h", "2. Evaluation"),
             ("p", "2.1 Tenders are marked out of 125 marks in total, allocated as follows:"),
             ("t", [["Element", "Marks available"],
                    ["Price (Pricing Schedule)", "50"],
                    ["Quality (questions 1 and 2)", "55"],
                    ["Social value (question 3)", "20"],
                    ["Total", "125"]]),
             ("p", "2.2 Social value will be evaluated against the Combined Authority's Social Value Pledge (Appendix "
                   "F), the eight commitments that the Combined Authority asks all of its suppliers to make, such as "
                   "fair employment, local supply chains and cleaner air."),
             ("p", "2.3 Each answer will be given a score on the scale below, and the marks for that question will "
                   "be awarded in proportion to the score."),
             ("t", [["Score", "Description"],
                    ["4", "Excellent - a full, well evidenced answer that gives complete confidence"],
                    ["3", "Good - a sound answer with minor gaps"],
                    ["2", "Adequate - meets the requirement but with some gaps or risks"],
                    ["1", "Weak - significant gaps or concerns"],
                    ["0", "Unacceptable - no answer or does not meet the requirement"]]),
             ("p", "2.4 A score of 0 or 1 on question 2 will lead to the tender being excluded."),
             _lc_footer(3)],
            [("p", _LC_HEAD),
             ("h", "3. Questions"),
             ("p", "3.1 Answer each question in the portal text box. Character limits include spaces; text over the "
                   "limit will not be evaluated."),
             ("t", [["No.", "Question", "Marks", "Max characters (incl. spaces)"],
                    ["1", "Describe how you will plan and resource cleaning across all 42 sites, including daily, "
                          "periodic and reactive cleaning, and how you will meet the response times in Schedule 2 for "
                          "spillages and biohazards.", "30", "4,000"],
                    ["2", "How will you keep your staff and passengers safe, including lone working at night, sharps "
                          "and needle finds, and reporting safeguarding concerns about vulnerable people at "
                          "stations?", "25", "4,000"],
                    ["3", "Which commitments in the Combined Authority's Social Value Pledge will you deliver through "
                          "this contract? Explain how you will recruit and train people from the Liverpool City Region "
                          "who are furthest from work, and how you will report progress to us each quarter.", "20",
                     "3,000"]]),
             ("p", "3.2 Do not attach brochures, policies or case studies unless a question asks for them."),
             _lc_footer(4)],
        ]}],
        "tender": {
            "title": (["Cleaning Services for Bus Stations and Travel Centres",
                       "Bus Stations and Travel Centres Cleaning"], _LC, 1),
            "buyer": (["Liverpool City Region Combined Authority", "Liverpool City Region Combined Authority "
                       "(Merseytravel)", "LCRCA"], _LC, [1, 2]),
            "service": (["Cleaning services for bus stations and travel centres", "cleaning",
                         "cleaning of bus stations, travel centres and staffed interchanges",
                         "the cleaning of its bus stations, travel centres and staffed interchanges",
                         "cleaning of its bus stations, travel centres and staffed interchanges across the Liverpool "
                         "City Region",
                         "bus station and travel centre cleaning"],
                        _LC, [1, 2]),
            "area": (["Liverpool City Region"], _LC, [1, 2]),
            # "£2,850,000" for the initial term; "£910,000" annual spend and "£13.10 per hour" are decoys.
            "value_gbp": (2850000, _LC, 2),
            "months": (36, _LC, 2),
            # "one further period of up to twelve months".
            "extension_months": (12, _LC, 2),
            # "16/03/2032 12:00" (dd/mm/yyyy); clarifications 02/03/2032 and award 27/04/2032 are decoys.
            "deadline": ("2032-03-16", _LC, 2),
            # 20 of 125 marks = 16%.
            "social_value_weighting_percent": (16, _LC, 3),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-4", _LC, 3),
            # The Combined Authority's own pledge; no TOMs or PPN named.
            "framework": ("bespoke", _LC, 3),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            # 30 of 125 marks = 24%.
            {"id": ["1", "Q1", "Question 1"],
             "text": "Describe how you will plan and resource cleaning across all 42 sites, including daily, periodic "
                     "and reactive cleaning, and how you will meet the response times in Schedule 2 for spillages and "
                     "biohazards.",
             "word_limit": None, "char_limit": 4000, "weighting_percent": 24, "social_value": False,
             "source": _LC, "page": 4, "sub_criteria": []},
            # Safety and safeguarding: not social value. 25 of 125 = 20%.
            {"id": ["2", "Q2", "Question 2"],
             "text": "How will you keep your staff and passengers safe, including lone working at night, sharps and "
                     "needle finds, and reporting safeguarding concerns about vulnerable people at stations?",
             "word_limit": None, "char_limit": 4000, "weighting_percent": 20, "social_value": False,
             "source": _LC, "page": 4, "sub_criteria": []},
            # 20 of 125 = 16%.
            {"id": ["3", "Q3", "Question 3"],
             "text": ["Which commitments in the Combined Authority's Social Value Pledge will you deliver through this "
                      "contract? Explain how you will recruit and train people from the Liverpool City Region who are "
                      "furthest from work, and how you will report progress to us each quarter.",
                      "Which commitments in the Combined Authority's Social Value Pledge will you deliver through this "
                      "contract?"],
             "word_limit": None, "char_limit": 3000, "weighting_percent": 16, "social_value": True,
             "source": _LC, "page": 4, "sub_criteria": []},
        ],
    },
    {
        "name": "held17-pdf-and-docx-wuth-laundry-weights-in-words-nested-question-tables-ppn002-words-0-5",
        "files": [
            {"name": _WU_ITT, "pages": [
                [("p", _WU_HEAD),
                 ("h", "Linen and Laundry Services"),
                 ("p", "Invitation to Tender"),
                 ("p", "Wirral University Teaching Hospital NHS Foundation Trust"),
                 ("h", "Contents"),
                 ("t", [["Section", "Page"],
                        ["1 The requirement", "1"],
                        ["2 Contract term, value and timetable", "2"],
                        ["3 Evaluation", "3"],
                        ["Schedule 3 Tender Questionnaire", "separate Word document"]]),
                 ("h", "1 The requirement"),
                 ("p", "Wirral University Teaching Hospital NHS Foundation Trust (the Trust) requires a supplier to "
                       "collect, launder, finish and deliver linen, theatre textiles and staff uniforms for Arrowe Park "
                       "Hospital and Clatterbridge Hospital on the Wirral, on a linen hire basis. The Trust uses "
                       "approximately 4.2 million pieces a year."),
                 _wu_footer("ITT", 1, 3)],
                [("p", _WU_HEAD),
                 ("h", "2 Contract term, value and timetable"),
                 ("p", "2.1 The contract will be for an initial period of five (5) years from 1 October 2032, with the "
                       "option to extend for a further period or periods up to a maximum of two (2) years."),
                 ("p", "2.2 The estimated contract value is £6,750,000 for the initial five-year period (about "
                       "£1,350,000 per annum). The Trust currently pays an average of £0.31 per piece."),
                 ("p", "2.3 Timetable"),
                 ("t", [["Stage", "Date"],
                        ["ITT issued", "Wednesday 10 December 2031"],
                        ["Site visit, Arrowe Park Hospital", "Monday 19 January 2032, 10:00"],
                        ["Clarification questions close", "Thursday 22 January 2032, 17:00 hrs"],
                        ["Tender submission deadline", "Thursday 05 February 2032, 12:00 hrs"],
                        ["Contract start", "1 October 2032"]]),
                 _wu_footer("ITT", 2, 3)],
                [("p", _WU_HEAD),
                 ("h", "3 Evaluation"),
                 ("p", "3.1 Tenders will be evaluated on price, which carries sixty per cent of the available score, "
                       "quality, which carries thirty per cent, and social value, which carries the remaining ten per "
                       "cent."),
                 ("p", "3.2 Social value is evaluated in line with Procurement Policy Note 002 (PPN 002). The Trust "
                       "has selected the PPN 002 theme of fighting climate change, reflecting the energy and water "
                       "used in laundering."),
                 ("p", "3.3 Quality and social value answers are each scored on the following scale:"),
                 ("t", [["Score", "Assessment"],
                        ["5", "Excellent"],
                        ["4", "Good"],
                        ["3", "Satisfactory"],
                        ["2", "Weak"],
                        ["1", "Poor"],
                        ["0", "No response or unacceptable"]]),
                 ("p", "3.4 Tenderers must submit a Carbon Reduction Plan (PPN 006), assessed pass/fail. Queries to "
                       "wih-tr.procurement@nhs.net."),
                 _wu_footer("ITT", 3, 3)],
            ]},
            {"name": _WU_Q, "pages": [
                [("p", _WU_HEAD),
                 ("h", "Schedule 3 - Tender Questionnaire"),
                 ("p", "Answer every question in the space provided. Word limits are strict: the evaluators will stop "
                       "reading at the limit. The weighting is the question's share of the total score."),
                 ("nt", [["Ref", "Question details", "Weighting"],
                         ["Q1", [["Question", "Describe your end-to-end process for collecting, laundering, "
                                              "finishing and returning linen, including turnaround times, "
                                              "emergency top-up deliveries and how you will manage rejected items."],
                                 ["Word limit", "1,000"]], "15%"],
                         ["Q2", [["Question", "How will you ensure that all processed linen meets HTM 01-04 "
                                              "decontamination standards and the Trust's infection prevention and "
                                              "control requirements, including the handling of infected and foul "
                                              "linen?"],
                                 ["Word limit", "750"]], "15%"]]),
                 _wu_footer("Schedule 3", 1, 2)],
                [("p", _WU_HEAD),
                 ("nt", [["Ref", "Question details", "Weighting"],
                         ["Q3", [["Question", "How will you help the Trust to fight climate change through this "
                                              "contract? Tell us how you will cut the energy, water and chemicals "
                                              "used per kilogram of linen, move your delivery fleet to zero "
                                              "emission vehicles and measure and report the carbon saved."],
                                 ["Word limit", "500"]], "10%"]]),
                 ("p", "Form of Tender: signed by ............ Position ............ Date ......"),
                 _wu_footer("Schedule 3", 2, 2)],
            ]},
        ],
        "tender": {
            "title": (["Linen and Laundry Services"], _WU_ITT, 1),
            "buyer": (["Wirral University Teaching Hospital NHS Foundation Trust", "Wirral University Teaching "
                       "Hospital"], _WU_ITT, 1),
            "service": (["Linen and laundry services", "linen and laundry", "laundry services",
                         "collect, launder, finish and deliver linen, theatre textiles and staff uniforms",
                         "a supplier to collect, launder, finish and deliver linen, theatre textiles and staff uniforms",
                         "collect, launder, finish and deliver linen, theatre textiles and staff uniforms for Arrowe "
                         "Park Hospital and Clatterbridge Hospital",
                         "linen hire"],
                        _WU_ITT, 1),
            "area": (["Wirral", "the Wirral", "Arrowe Park Hospital and Clatterbridge Hospital on the Wirral"],
                     _WU_ITT, 1),
            # "£6,750,000 for the initial five-year period"; "£1,350,000 per annum", "£0.31", "4.2 million" are decoys.
            "value_gbp": (6750000, _WU_ITT, 2),
            "months": (60, _WU_ITT, 2),
            # "a further period or periods up to a maximum of two (2) years".
            "extension_months": (24, _WU_ITT, 2),
            # "Thursday 05 February 2032, 12:00 hrs"; site visit 19 January and clarifications 22 January are decoys.
            "deadline": ("2032-02-05", _WU_ITT, 2),
            # "the remaining ten per cent" (words only).
            "social_value_weighting_percent": (10, _WU_ITT, 3),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-5", _WU_ITT, 3),
            # PPN 006 (p3) is the pass/fail carbon plan, not the social value framework.
            "framework": ("ppn-002", _WU_ITT, 3),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            {"id": "Q1",
             "text": "Describe your end-to-end process for collecting, laundering, finishing and returning linen, "
                     "including turnaround times, emergency top-up deliveries and how you will manage rejected items.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _WU_Q, "page": 1, "sub_criteria": []},
            # Infection prevention and control: not social value.
            {"id": "Q2",
             "text": "How will you ensure that all processed linen meets HTM 01-04 decontamination standards and the "
                     "Trust's infection prevention and control requirements, including the handling of infected and "
                     "foul linen?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _WU_Q, "page": 1, "sub_criteria": []},
            {"id": "Q3",
             "text": ["How will you help the Trust to fight climate change through this contract? Tell us how you will "
                      "cut the energy, water and chemicals used per kilogram of linen, move your delivery fleet to "
                      "zero emission vehicles and measure and report the carbon saved.",
                      "How will you help the Trust to fight climate change through this contract?"],
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _WU_Q, "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held17-docx-cheshire-fire-cleaning-iso-dates-relative-sub-weights-inline-numbered-questions-ntoms-0-100",
        "files": [{"name": _CF, "pages": [
            [("p", _CF_HEAD),
             ("h", "Cleaning and Hygiene Services"),
             ("p", "Invitation to Tender - issued 2032-03-15"),
             ("t", [["Contents", "Page"],
                    ["1 Introduction", "1"],
                    ["2 Timetable", "2"],
                    ["3 Evaluation", "2"],
                    ["4 Questions", "4"]]),
             ("h", "1 Introduction"),
             ("p", "1.1 Cheshire Fire Authority (the Authority), acting through Cheshire Fire and Rescue Service, "
                   "invites tenders for cleaning and hygiene services at its 26 fire stations, its headquarters at "
                   "Clemonds Hey, Winsford, and its training centre, across Cheshire East, Cheshire West and "
                   "Chester, Halton and Warrington."),
             ("p", "1.2 The services include routine cleaning, deep cleans of appliance bays and kitchens, washroom "
                   "hygiene consumables and the decontamination cleaning of areas used for contaminated kit."),
             ("p", "1.3 The Contract will commence on 2032-08-01 for an initial period of 48 months. The Authority "
                   "may extend the Contract on one or more occasions, provided that the extension(s) shall not "
                   "exceed 36 months in aggregate."),
             ("p", "1.4 The estimated value of the Contract for the initial period is £1,440,000 excluding VAT. "
                   "Indicative annual values for each site are in Appendix A."),
             _cf_footer(1)],
            [("p", _CF_HEAD),
             ("h", "2 Timetable"),
             ("p", "2.1 Clarification questions must be raised through the portal by 2032-04-06 17:00."),
             ("p", "2.2 The deadline for receipt of Tenders is 2032-04-23 12:00 (BST). Tenders received after this "
                   "time will not be considered."),
             ("p", "2.3 The Authority expects to notify the outcome on 2032-06-01. Enquiries: 01606 868 700."),
             ("h", "3 Evaluation"),
             ("p", "3.1 Tenders will be evaluated using the matrix below."),
             ("t", [["Criterion", "Weighting", "Sub-criterion", "Weighting within criterion"],
                    ["Quality", "35%", "4.1 Service delivery, staffing and cover", "60%"],
                    ["", "", "4.2 Health, safety and security on operational sites", "40%"],
                    ["Social value", "15%", "National TOMs measures (Social Value Portal)", "80%"],
                    ["", "", "4.3 Social value delivery plan", "20%"],
                    ["Price", "50%", "Total price (Appendix A)", "100%"]]),
             ("p", "3.2 A question's share of the total score is its criterion weighting multiplied by its weighting "
                   "within that criterion."),
             _cf_footer(2)],
            [("p", _CF_HEAD),
             ("p", "3.3 Social value will be measured using the National TOMs (Themes, Outcomes and Measures) "
                   "framework. Bidders must enter their commitments on the Social Value Portal by the tender "
                   "deadline."),
             ("p", "3.4 Each question will be awarded 0, 25, 50, 75 or 100, where 0 is no response or a response "
                   "that fails to address the question and 100 is an excellent response with robust evidence."),
             ("p", "3.5 Prices must be held for the first 12 months of the Contract. The lowest compliant price "
                   "receives the full 50%."),
             _cf_footer(3)],
            [("p", _CF_HEAD),
             ("h", "4 Questions"),
             ("p", "4.0 Word limits exclude the question. Please number your answers to match."),
             ("p", "4.1 Describe how you will deliver the cleaning service across all sites, including how you will "
                   "staff stations that are crewed 24 hours a day, cover for sickness and leave, and respond to "
                   "urgent cleans after operational incidents."),
             ("p", "Word limit: 1,200 words"),
             ("p", "4.2 How will you keep your staff safe and protect the security of operational fire stations, "
                   "including COSHH, vetting of staff and working around appliances and contaminated equipment?"),
             ("p", "Word limit: 800 words"),
             ("p", "4.3 Explain how you will deliver and report the National TOMs commitments you make on the Social "
                   "Value Portal during the life of the Contract. Your plan should cover:"),
             ("b", "jobs and apprenticeships for Cheshire residents, including people leaving the armed forces"),
             ("b", "volunteering to support the Service's community safety work, such as Safe and Well visits"),
             ("b", "switching to concentrated, low-plastic cleaning products"),
             ("p", "Word limit: 500 words"),
             _cf_footer(4)],
        ]}],
        "tender": {
            "title": (["Cleaning and Hygiene Services"], _CF, 1),
            "buyer": (["Cheshire Fire Authority", "Cheshire Fire and Rescue Service"], _CF, 1),
            "service": (["Cleaning and hygiene services", "cleaning",
                         "cleaning and hygiene services at its 26 fire stations",
                         "cleaning and hygiene services at its 26 fire stations, its headquarters at Clemonds Hey, "
                         "Winsford, and its training centre",
                         "cleaning and hygiene services at fire stations, headquarters and training centre"],
                        _CF, 1),
            "area": (["Cheshire", "Cheshire East, Cheshire West and Chester, Halton and Warrington"], _CF, 1),
            # "£1,440,000 excluding VAT" for the initial period; 26 stations and 01606 868 700 are decoys.
            "value_gbp": (1440000, _CF, 1),
            "months": (48, _CF, 1),
            # "shall not exceed 36 months in aggregate".
            "extension_months": (36, _CF, 1),
            # "2032-04-23 12:00 (BST)"; clarifications 2032-04-06 and outcome 2032-06-01 are decoys.
            "deadline": ("2032-04-23", _CF, 2),
            "social_value_weighting_percent": (15, _CF, 2),
            # Social value 15% = National TOMs measures 80% + question 4.3 20%.
            "qualitative_percent": (20, _CF, 2),
            "quantitative_percent": (80, _CF, 2),
            # "0, 25, 50, 75 or 100".
            "scoring_scale": ("0-100", _CF, 3),
            "framework": ("national-toms", _CF, [2, 3]),
        },
        "not_found": [],
        "questions": [
            # 60% of 35% = 21%.
            {"id": "4.1",
             "text": "Describe how you will deliver the cleaning service across all sites, including how you will staff "
                     "stations that are crewed 24 hours a day, cover for sickness and leave, and respond to urgent "
                     "cleans after operational incidents.",
             "word_limit": 1200, "char_limit": None, "weighting_percent": 21, "social_value": False,
             "source": _CF, "page": 4, "sub_criteria": []},
            # Health, safety and security: not social value. 40% of 35% = 14%.
            {"id": "4.2",
             "text": "How will you keep your staff safe and protect the security of operational fire stations, "
                     "including COSHH, vetting of staff and working around appliances and contaminated equipment?",
             "word_limit": 800, "char_limit": None, "weighting_percent": 14, "social_value": False,
             "source": _CF, "page": 4, "sub_criteria": []},
            # 20% of 15% = 3%.
            {"id": "4.3",
             "text": ["Explain how you will deliver and report the National TOMs commitments you make on the Social "
                      "Value Portal during the life of the Contract.",
                      "Explain how you will deliver and report the National TOMs commitments you make on the Social "
                      "Value Portal during the life of the Contract. Your plan should cover:"],
             "word_limit": 500, "char_limit": None, "weighting_percent": 3, "social_value": True,
             "source": _CF, "page": 4,
             "sub_criteria": ["jobs and apprenticeships for Cheshire residents, including people leaving the armed "
                              "forces",
                              "volunteering to support the Service's community safety work, such as Safe and Well "
                              "visits",
                              "switching to concentrated, low-plastic cleaning products"]},
        ],
    },
    {
        "name": "held17-pdf-merseyside-pcc-idva-heading-questions-no-weightings-no-framework-ordinal-deadline-0-3",
        "files": [{"name": _PC, "pages": [
            [("p", _PC_HEAD),
             ("h", "Independent Domestic Violence Advocacy (IDVA) Service"),
             ("p", "Invitation to Tender issued by the Police and Crime Commissioner for Merseyside"),
             ("h", "Contents"),
             ("b", "Background - page 1"),
             ("b", "Contract details and timetable - page 2"),
             ("b", "How tenders will be evaluated - page 3"),
             ("b", "Quality questions - pages 4 and 5"),
             ("h", "Background"),
             ("p", "The Police and Crime Commissioner for Merseyside (the Commissioner) funds specialist support for "
                   "victims of crime. The Commissioner is seeking a provider to deliver an Independent Domestic "
                   "Violence Advocacy (IDVA) service for adult victims at high risk of serious harm across Merseyside: "
                   "Liverpool, Knowsley, Sefton, St Helens and Wirral."),
             ("p", "Around 4,300 high-risk cases are referred to Merseyside's MARACs each year. In an emergency always "
                   "call 999; for non-emergencies call 101."),
             _pc_footer(1)],
            [("p", _PC_HEAD),
             ("h", "Contract details and timetable"),
             ("p", "The contract will run for three years from 1 October 2032 and may be extended by up to eighteen "
                   "(18) months at the Commissioner's discretion."),
             ("p", "The total budget is £1,920,000 for the three-year term (£640,000 per year). The budget is fixed, "
                   "so tenderers are not asked to submit a price."),
             ("p", "Clarification questions must be received by 5pm on Wednesday 28th April 2032. Completed tenders "
                   "must be submitted through the Bluelight e-tendering portal by noon on Friday the 14th of May "
                   "2032. Presentations will be held in the week of 7th June 2032."),
             ("p", "Office of the Police and Crime Commissioner, Mather Avenue, Liverpool L18 6JZ. Telephone 0151 777 "
                   "5155."),
             _pc_footer(2)],
            [("p", _PC_HEAD),
             ("h", "How tenders will be evaluated"),
             ("p", "Tenders will be evaluated on quality and social value only, because the budget is fixed. In "
                   "considering social value the Commissioner is meeting the duty in the Public Services (Social "
                   "Value) Act 2012 and the priorities of the Police and Crime Plan 2032-2036."),
             ("p", "Each answer will be scored by a panel using this scale:"),
             ("t", [["Score", "Meaning"],
                    ["3", "Good - meets the requirement in full with clear evidence"],
                    ["2", "Satisfactory - meets the requirement with some gaps"],
                    ["1", "Weak - does not give confidence that the requirement will be met"],
                    ["0", "Unacceptable - no answer or an answer that does not address the question"]]),
             ("p", "A score of 0 on any question may lead to the tender being rejected."),
             _pc_footer(3)],
            [("p", _PC_HEAD),
             ("h", "Quality Question 1 - Engagement, risk assessment and MARAC"),
             ("p", "Describe how your IDVAs will engage high-risk victims within one working day of referral, complete "
                   "risk assessments and represent victims at MARAC across the five Merseyside districts."),
             ("p", "Maximum response length: 1,000 words."),
             ("h", "Quality Question 2 - Safeguarding victims and their children"),
             ("p", "How will you safeguard adult victims and their children, including sharing information with "
                   "Merseyside Police and children's services and keeping IDVA caseloads at a safe level?"),
             ("p", "Maximum response length: 1,000 words."),
             _pc_footer(4)],
            [("p", _PC_HEAD),
             ("h", "Quality Question 3 - Social value"),
             ("p", "What additional social, economic and environmental benefits will you deliver for Merseyside "
                   "communities through this contract? Your answer should cover:"),
             ("b", "paid work and volunteering opportunities for survivors of domestic abuse"),
             ("b", "working with local specialist 'by and for' organisations"),
             ("b", "training for local employers on supporting staff affected by domestic abuse"),
             ("p", "Maximum response length: 500 words."),
             ("p", "Submission checklist: Quality Questions 1-3, Selection Questionnaire, safeguarding policy, "
                   "insurance certificates (public liability £5m)."),
             _pc_footer(5)],
        ]}],
        "tender": {
            "title": (["Independent Domestic Violence Advocacy (IDVA) Service",
                       "Independent Domestic Violence Advocacy Service", "IDVA Service"], _PC, 1),
            "buyer": (["Police and Crime Commissioner for Merseyside", "Merseyside Police and Crime Commissioner",
                       "Office of the Police and Crime Commissioner for Merseyside"], _PC, 1),
            "service": (["Independent Domestic Violence Advocacy (IDVA) service", "IDVA service",
                         "independent domestic violence advocacy",
                         "an Independent Domestic Violence Advocacy (IDVA) service for adult victims at high risk of "
                         "serious harm",
                         "Independent Domestic Violence Advocacy (IDVA) service for adult victims at high risk of "
                         "serious harm across Merseyside"],
                        _PC, 1),
            "area": (["Merseyside", "Liverpool, Knowsley, Sefton, St Helens and Wirral"], _PC, 1),
            # "£1,920,000 for the three-year term"; "£640,000 per year", 4,300 cases, 0151 777 5155 are decoys.
            "value_gbp": (1920000, _PC, 2),
            "months": (36, _PC, 2),
            "extension_months": (18, _PC, 2),
            # "noon on Friday the 14th of May 2032"; clarifications 28th April and presentations 7th June are decoys.
            "deadline": ("2032-05-14", _PC, 2),
            # No weighting for social value (or anything else) is stated.
            "social_value_weighting_percent": None,
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-3", _PC, 3),
            # Only the Social Value Act 2012 (a statute) and the Police and Crime Plan are cited: no framework.
            "framework": None,
        },
        "not_found": ["social_value_weighting_percent", "qualitative_percent", "quantitative_percent", "framework"],
        "questions": [
            {"id": ["1", "Q1", "Quality Question 1", "QQ1"],
             "text": "Describe how your IDVAs will engage high-risk victims within one working day of referral, "
                     "complete risk assessments and represent victims at MARAC across the five Merseyside districts.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": _PC, "page": 4, "sub_criteria": []},
            # Safeguarding: not social value.
            {"id": ["2", "Q2", "Quality Question 2", "QQ2"],
             "text": "How will you safeguard adult victims and their children, including sharing information with "
                     "Merseyside Police and children's services and keeping IDVA caseloads at a safe level?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": _PC, "page": 4, "sub_criteria": []},
            {"id": ["3", "Q3", "Quality Question 3", "QQ3"],
             "text": ["What additional social, economic and environmental benefits will you deliver for Merseyside "
                      "communities through this contract?",
                      "What additional social, economic and environmental benefits will you deliver for Merseyside "
                      "communities through this contract? Your answer should cover:"],
             "word_limit": 500, "char_limit": None, "weighting_percent": None, "social_value": True,
             "source": _PC, "page": 5,
             "sub_criteria": ["paid work and volunteering opportunities for survivors of domestic abuse",
                              "working with local specialist 'by and for' organisations",
                              "training for local employers on supporting staff affected by domestic abuse"]},
        ],
    },
    {
        "name": "held17-pdf-hugh-baird-college-catering-lettered-questions-two-digit-year-ratio-3-1-cm-toms-no-scale",
        "files": [{"name": _HB, "pages": [
            [("p", _HB_HEAD),
             ("h", "Catering and Vending Services"),
             ("p", "Invitation to Tender - December 2031"),
             ("h", "Contents"),
             ("p", "Section 1 About the College (page 1); Section 2 Commercial information and key dates (page 2); "
                   "Section 3 Evaluation (page 3); Section 4 Questions (page 4)"),
             ("h", "Section 1 About the College"),
             ("p", "Hugh Baird College is a further education college in Bootle, Sefton, with around 1,900 full-time "
                   "learners aged 16 to 18, adult learners and a University Centre."),
             ("p", "The College is seeking a contractor to run its refectory, coffee shop and vending machines at its "
                   "Balliol Road campus and University Centre in Bootle as a concession, serving learners, staff and "
                   "visitors during term time and at evening classes."),
             _hb_footer(1)],
            [("p", _HB_HEAD),
             ("h", "Section 2 Commercial information and key dates"),
             ("p", "2.1 The contract is let for an initial period of three academic years (36 months) from 1 August "
                   "2032, with the College having the option to extend annually, to a maximum total contract length "
                   "of five years."),
             ("p", "2.2 The estimated total value of the contract over the initial term is £1,150,000, based on "
                   "current annual sales of around £383,000. The College currently receives a commission of 8% on "
                   "sales, and the learner meal deal is priced at £3.20."),
             ("p", "2.3 Site visits will be held on 9/1/32. Clarification questions may be asked until 16/1/32. "
                   "Tenders must be uploaded to the In-Tend portal no later than 2pm on 23/1/32. Interviews are "
                   "planned for early March 2032."),
             ("p", "2.4 Estates office telephone: 0151 353 4400."),
             _hb_footer(2)],
            [("p", _HB_HEAD),
             ("h", "Section 3 Evaluation"),
             ("p", "3.1 The College will evaluate tenders as follows: Quality 50%, Commercial offer 38%, Social Value "
                   "12%."),
             ("p", "3.2 Social value is assessed using the Cheshire and Merseyside Themes, Outcomes and Measures "
                   "(TOMs). Your written answer to question (c) and the TOMs measures you commit to are weighted in "
                   "the ratio 3:1."),
             ("p", "3.3 Responses will be marked by a panel of College staff and student representatives. The "
                   "commercial offer will be assessed on the commission offered and on the prices of a standard "
                   "basket of 12 items."),
             _hb_footer(3)],
            [("p", _HB_HEAD),
             ("h", "Section 4 Questions"),
             ("p", "Answer questions (a) to (c) below. Character limits include spaces."),
             ("p", "(a) Describe the menus and food offer you will provide, how you will keep prices affordable for "
                   "learners on low incomes, and how you will involve learners in developing the offer."),
             ("p", "Weighting 30% of the total score. Maximum 5,000 characters."),
             ("p", "(b) How will you ensure food safety and hygiene, and manage allergens and special diets, "
                   "including clear labelling at every point of sale?"),
             ("p", "Weighting 20% of the total score. Maximum 5,000 characters."),
             ("p", "(c) Describe the social value you will deliver for the College and the Bootle community through "
                   "this contract. Please include:"),
             ("b", "work placements and apprenticeships for the College's hospitality and catering learners"),
             ("b", "buying from food producers and suppliers in Sefton and the wider Liverpool City Region"),
             ("b", "reducing food waste and single-use packaging"),
             ("p", "Weighting 9% of the total score. Maximum 2,500 characters."),
             _hb_footer(4)],
        ]}],
        "tender": {
            "title": (["Catering and Vending Services"], _HB, 1),
            "buyer": ("Hugh Baird College", _HB, 1),
            "service": (["Catering and vending services", "catering", "catering and vending",
                         "run its refectory, coffee shop and vending machines",
                         "a contractor to run its refectory, coffee shop and vending machines",
                         "run its refectory, coffee shop and vending machines at its Balliol Road campus and "
                         "University Centre in Bootle as a concession",
                         "refectory, coffee shop and vending machines"],
                        _HB, 1),
            "area": (["Bootle", "Sefton", "Bootle, Sefton"], _HB, 1),
            # "£1,150,000" over the initial term; "£383,000" annual sales, 8% commission and £3.20 are decoys.
            "value_gbp": (1150000, _HB, 2),
            "months": (36, _HB, 2),
            # Annual extensions "to a maximum total contract length of five years": 24 months.
            "extension_months": (24, _HB, 2),
            # "2pm on 23/1/32"; site visits 9/1/32 and clarifications 16/1/32 are decoys.
            "deadline": ("2032-01-23", _HB, 2),
            "social_value_weighting_percent": (12, _HB, 3),
            # Written answer : TOMs measures = 3:1.
            "qualitative_percent": (75, _HB, 3),
            "quantitative_percent": (25, _HB, 3),
            # No scoring scale is stated.
            "scoring_scale": None,
            "framework": ("cm-toms", _HB, 3),
        },
        "not_found": ["scoring_scale"],
        "questions": [
            {"id": ["a", "(a)", "4(a)", "4a"],
             "text": "Describe the menus and food offer you will provide, how you will keep prices affordable for "
                     "learners on low incomes, and how you will involve learners in developing the offer.",
             "word_limit": None, "char_limit": 5000, "weighting_percent": 30, "social_value": False,
             "source": _HB, "page": 4, "sub_criteria": []},
            # Food safety and allergens: not social value.
            {"id": ["b", "(b)", "4(b)", "4b"],
             "text": "How will you ensure food safety and hygiene, and manage allergens and special diets, including "
                     "clear labelling at every point of sale?",
             "word_limit": None, "char_limit": 5000, "weighting_percent": 20, "social_value": False,
             "source": _HB, "page": 4, "sub_criteria": []},
            # 9% stated (three quarters of the 12% social value).
            {"id": ["c", "(c)", "4(c)", "4c"],
             "text": ["Describe the social value you will deliver for the College and the Bootle community through "
                      "this contract.",
                      "Describe the social value you will deliver for the College and the Bootle community through "
                      "this contract. Please include:"],
             "word_limit": None, "char_limit": 2500, "weighting_percent": 9, "social_value": True,
             "source": _HB, "page": 4,
             "sub_criteria": ["work placements and apprenticeships for the College's hospitality and catering learners",
                              "buying from food producers and suppliers in Sefton and the wider Liverpool City Region",
                              "reducing food waste and single-use packaging"]},
        ],
    },
    {
        "name": "held17-docx-and-pdf-torus-voids-max-score-decoy-page-limits-no-extension-4-6-split-ntoms-1-5",
        "files": [
            {"name": _TO_ITT, "pages": [
                [("p", _TO_HEAD),
                 ("h", "Void Property Refurbishment Works"),
                 ("p", "Invitation to Tender"),
                 ("t", [["Contents", ""],
                        ["1. Overview", "page 1"],
                        ["2. Timetable and evaluation", "page 2"],
                        ["3. Method statements", "page 3"],
                        ["Schedule of Rates", "separate PDF"]]),
                 ("h", "1. Overview"),
                 ("p", "Torus Group (Torus), a housing association with around 40,000 homes, is procuring a contractor "
                       "to carry out repairs and refurbishment to empty homes (voids) in St Helens so that they meet "
                       "the Torus lettable standard before they are let to new customers."),
                 ("p", "The contract will run for four years from 1 June 2032. The estimated value is £7,200,000 over "
                       "the four-year term (around £1.8 million a year, based on 1,450 voids a year)."),
                 ("p", "Rates in the Schedule of Rates are fixed for the first 12 months and then reviewed annually in "
                       "line with BCIS."),
                 _to_footer("ITT", 1, 3)],
                [("p", _TO_HEAD),
                 ("h", "2. Timetable and evaluation"),
                 ("t", [["Event", "When"],
                        ["Clarification deadline", "Thursday 12th February 2032"],
                        ["Tender return", "Monday 1st March 2032 (midday)"],
                        ["Contractor interviews", "Week commencing 22nd March 2032"],
                        ["Start on site", "1st June 2032"]]),
                 ("p", "Evaluation matrix"),
                 ("t", [["Criterion", "Element", "Weighting"],
                        ["Price", "Priced Schedule of Rates", "50%"],
                        ["Quality", "MS1 and MS2", "40%"],
                        ["Social value", "Social Value Portal commitments (National TOMs)", "6%"],
                        ["Social value", "MS3 written response", "4%"],
                        ["Total", "", "100%"]]),
                 ("p", "Social value therefore carries 10% in total and is measured using the National TOMs."),
                 ("p", "Each method statement is scored on a 1 to 5 scale: 1 very poor, 2 poor, 3 acceptable, 4 good, "
                       "5 excellent."),
                 _to_footer("ITT", 2, 3)],
                [("p", _TO_HEAD),
                 ("h", "3. Method statements"),
                 ("p", "Answer in Arial 11. Responses longer than the stated length will be marked only up to the "
                       "limit."),
                 ("t", [["MS", "Question", "Max score", "Weighting", "Response length"],
                        ["MS1", "Describe how you will plan and manage void works to return each home to the lettable "
                                "standard within 10 working days of key handover, including how you will schedule "
                                "trades and handle major works voids.", "5", "25%", "4 x A4 sides"],
                        ["MS2", "How will you make sure work is right first time and that neighbours are kept "
                                "informed, including your quality checks, photographic evidence and how you will deal "
                                "with complaints?", "5", "15%", "3 x A4 sides"],
                        ["MS3", "Tell us how you will deliver the social value commitments you make on the Social "
                                "Value Portal for St Helens residents, including apprenticeships and jobs for Torus "
                                "customers, use of local small subcontractors and reducing waste from void "
                                "clearances.", "5", "4%", "2 x A4 sides"]]),
                 ("p", "Contact: procurement@torus.co.uk / 0300 123 0345."),
                 _to_footer("ITT", 3, 3)],
            ]},
            {"name": _TO_SOR, "pages": [
                [("p", _TO_HEAD),
                 ("h", "Schedule of Rates"),
                 ("p", "Enter your percentage adjustment against each section. Volumes are indicative annual "
                       "quantities for information only."),
                 ("t", [["Code", "Description", "Unit", "Base rate", "Annual volume"],
                        ["V01", "Void clearance - standard", "Each", "£185.00", "1,450"],
                        ["V14", "Full rewire - 3 bed house", "Each", "£3,950.00", "120"],
                        ["V22", "Kitchen replacement - standard", "Each", "£4,200.00", "210"],
                        ["V31", "Plaster skim per m2", "m2", "£14.60", "9,800"],
                        ["V40", "Gas safety check and capping", "Each", "£68.00", "1,450"]]),
                 ("p", "Average cost per void in 2031/32: £4,850."),
                 _to_footer("Schedule of Rates", 1, 2)],
                [("p", _TO_HEAD),
                 ("h", "Form of Tender"),
                 ("p", "Overall percentage adjustment to base rates: ........ %"),
                 ("p", "We offer to carry out the works for the rates in this schedule for the contract period. Signed "
                       "............ for and on behalf of ............ Date ......"),
                 _to_footer("Schedule of Rates", 2, 2)],
            ]},
        ],
        "tender": {
            "title": (["Void Property Refurbishment Works"], _TO_ITT, 1),
            "buyer": (["Torus Group", "Torus"], _TO_ITT, 1),
            "service": (["Void property refurbishment works", "void works", "voids",
                         "repairs and refurbishment to empty homes (voids)",
                         "carry out repairs and refurbishment to empty homes (voids) in St Helens",
                         "a contractor to carry out repairs and refurbishment to empty homes (voids)",
                         "repairs and refurbishment to empty homes"],
                        _TO_ITT, 1),
            "area": (["St Helens"], _TO_ITT, 1),
            # "£7,200,000 over the four-year term"; "£1.8 million a year", 1,450 voids and the rates are decoys.
            "value_gbp": (7200000, _TO_ITT, 1),
            "months": (48, _TO_ITT, 1),
            # No extension is stated anywhere; "fixed for the first 12 months" is about rates.
            "extension_months": None,
            # "Monday 1st March 2032 (midday)"; clarification 12th February and interviews 22nd March are decoys.
            "deadline": ("2032-03-01", _TO_ITT, 2),
            # 6% portal + 4% written = 10%.
            "social_value_weighting_percent": (10, _TO_ITT, 2),
            "qualitative_percent": (40, _TO_ITT, 2),
            "quantitative_percent": (60, _TO_ITT, 2),
            "scoring_scale": ("1-5", _TO_ITT, 2),
            "framework": ("national-toms", _TO_ITT, 2),
        },
        "not_found": ["extension_months"],
        "questions": [
            # "Max score 5" is the scale; the weighting is 25%.
            {"id": "MS1",
             "text": "Describe how you will plan and manage void works to return each home to the lettable standard "
                     "within 10 working days of key handover, including how you will schedule trades and handle major "
                     "works voids.",
             "word_limit": None, "char_limit": None, "page_limit": 4, "weighting_percent": 25, "social_value": False,
             "source": _TO_ITT, "page": 3, "sub_criteria": []},
            # Quality and neighbour liaison: not social value.
            {"id": "MS2",
             "text": "How will you make sure work is right first time and that neighbours are kept informed, including "
                     "your quality checks, photographic evidence and how you will deal with complaints?",
             "word_limit": None, "char_limit": None, "page_limit": 3, "weighting_percent": 15, "social_value": False,
             "source": _TO_ITT, "page": 3, "sub_criteria": []},
            {"id": "MS3",
             "text": "Tell us how you will deliver the social value commitments you make on the Social Value Portal for "
                     "St Helens residents, including apprenticeships and jobs for Torus customers, use of local small "
                     "subcontractors and reducing waste from void clearances.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 4, "social_value": True,
             "source": _TO_ITT, "page": 3, "sub_criteria": []},
        ],
    },
]
