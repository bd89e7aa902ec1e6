"""A twenty-first held-out set for the tender intake, written by a separate writer who never read the extractor's code
(nor its tests, prompts or scripts, nor any held-out set but the twentieth, read for its format, and nothing but
evals/intake_eval.py for the scoring), and handed over before the extractor was run on it. Six packs from Cheshire
and Merseyside buyers and services the twentieth set does not use: a fire and rescue authority's hard facilities
management (Merseyside Fire and Rescue Authority), a town council's community minibus hire with driver (Winsford Town
Council), a college's catering and vending in two lots (Wirral Metropolitan College), an ambulance trust's
interpreting and translation call-off (North West Ambulance Service NHS Trust), a fire and rescue service's legal
services mini-competition (Cheshire Fire and Rescue Service) and a housing association's roofing works programme
(Halton Housing).

Layouts, each different from the twentieth set and from each other:
- a procurement portal export in plain text (The Chest): "Field: value" lines, ISO date-times ("Response Deadline:
  2033-02-21T12:00:00" beside a 2033-01-12 export stamp, a 2033-02-07 clarification deadline, a 2033-01-24 to
  2033-01-28 site visit window and a 2033-04-04 award date), "Estimated Value (GBP): 3,600,000.00 (initial term)"
  beside an "Annual Value (GBP): 900,000.00", "Contract Duration (months): 48" and "Extension Options (months): 24
  (12 + 12)"; 26 fire stations, 1,900 assets and 9 TUPE operatives as decoys; questions as portal rows ("Question
  2.3 | Type: Text | Max Characters: 2000 | Weighting: 8.00%") with character limits; social value 10% split 60%
  quantitative Social Value Portal commitments (National TOMs) and 40% for SV-Q1 (so SV-Q1 is 4.00%); a 0-5 scale;
  working on live fire stations, mobilisation and TUPE, and asbestos and health and safety decoys.
- an invitation to quote written as a letter (Word, two pages): letterhead, "7th February 2033" letter date,
  "12 noon on Wednesday 2nd March 2033" for quotes beside "Friday 18th February 2033" for questions, "21st March 2033"
  for the council meeting and "1st May 2033" for the start; "an initial period of two years" with "a further twelve
  months"; the value only as "£18,500 per year" (so £37,000 for the initial term, worked out by the reader) beside
  about 180 trips, 45 miles and a £22 waiting rate; questions lettered (a) to (c) with one shared "no more than 300
  words" instruction; the Council's own Social Value Statement ("does not use the National TOMs"); marks 0 to 10;
  vehicles, drivers and DBS checks, and breakdown cover decoys.
- a lot-based PDF ITT (catering Lot 1 and vending Lot 2): a lots table with per-lot values for the initial term and
  per-annum figures, the total for both lots stated once (£1,320,000); "36 months from 1 August 2033" with "12
  months + 12 months"; dd/mm/yyyy dates ("12:00, 03/03/2033" beside 17/02/2033, 23/03/2033 and 01/08/2033); a social
  value question per lot (1.4 and 2.4) each 10% of that lot's score, the Lot 1 one with bullet sub-criteria; 6,500
  students, 180,000 meals, 42 machines and a 12% commission as decoys; no social value framework named (null); a 0-4
  scale; food safety and allergens, mobilisation and TUPE, and healthy vending decoys.
- a dynamic purchasing system call-off in plain text whose question list is a spreadsheet pasted as tab-separated
  rows (Ref, Section, Question, Weighting, Limit); "1200hrs 16 FEB 2033" beside 25 JAN, 06 FEB and MAR 2033; "24
  months from 01/06/2033" and "1 x 12 months"; "up to £420,000 for the 24 months" beside £210,000 a year, 14,000
  calls, 60 languages and 150,000 words; social value 10% shared equally by SV1 and SV2 (5% each) under PPN 002; a
  0-3 scale; the DPS's own category and reference numbers as decoys; data confidentiality and interpreter quality
  decoys.
- a framework mini-competition (further competition) in Markdown: numbered "##" sections, a framework lot and
  expiry date as decoys, dates in words ("noon on 9 March 2033" beside 24 February, 22 and 23 March and 31 December
  2034), "three years" with "one further year", "£285,000 over the three-year call-off term" beside a £210 hourly cap
  and about 40 matters a year; questions weighted as shares of the quality sub-score (Quality 60%: LS1 50%, LS2 30%,
  LS3 social value 20%, so 30 / 18 / 12 per cent overall); Cheshire and Merseyside Social Value TOMs; a 1-5 scale;
  conflicts of interest and information security decoys.
- a PDF ITT Volume 1 with the quality questions but no weightings, a plain-text Schedule 2 of evaluation weightings,
  and a Word Annex C holding the social value question: "£850,000 per annum" beside "£3,400,000 over the four-year
  initial term", "up to 2 years" of extension, 9,200 homes and 320 roofs a year; "2pm on Monday 28 March 2033"
  beside a site visit on Tuesday 8 March 2033 and clarifications by Friday 18 March 2033; Price 55% / Quality 35% /
  Social Value 10% only in the schedule; scores 0, 25, 50, 75 or 100 (0-100); National TOMs; resident liaison,
  health and safety and working at height decoys; the annex's own "Annex C" and "Part 1/Part 2" labels.

Decoys that are not the social value question: working on operational sites and security, mobilisation and TUPE,
asbestos and health and safety, vehicles and driver checks, breakdown cover, food safety and allergens, healthy
vending, data confidentiality, interpreter quality, conflicts of interest, information security, resident liaison and
working at height. Same shape as evals/intake_heldout20.py. ``not_found`` lists the tender fields the pack does not
state (expected null); it is documentation and is not read by the scorer.
"""

# --- Pack 1: Merseyside Fire and Rescue Authority hard FM (portal export, TXT) -------------------------------------
_MF = "The Chest - Opportunity Export - MFRA-EST-2033-004.txt"

# --- Pack 2: Winsford Town Council community minibus hire (letter ITQ, DOCX) --------------------------------------
_WT = "Winsford Town Council - Invitation to Quote - Community Minibus Hire.docx"
_WT_HEAD = "WINSFORD TOWN COUNCIL - Wyvern House, The Drumber, Winsford, Cheshire CW7 1AH"

# --- Pack 3: Wirral Metropolitan College catering and vending (lot-based PDF) -------------------------------------
_WM = "Wirral Met College - Catering and Vending Services - ITT (2 Lots).pdf"
_WM_HEAD = "Wirral Metropolitan College | ITT WMC/FIN/2033/03 | Catering and Vending Services"

# --- Pack 4: North West Ambulance Service interpreting and translation (DPS call-off, TXT) -------------------------
_NW = "NWAS - Language Services DPS Call-off - Interpreting and Translation C&M.txt"

# --- Pack 5: Cheshire Fire and Rescue Service legal services (framework mini-competition, MD) ---------------------
_CF = "Cheshire Fire and Rescue Service - Legal Services - Further Competition Invitation.md"
_CF_HEAD = "Cheshire Fire and Rescue Service - Further Competition CFRS-LEG-2033-01"

# --- Pack 6: Halton Housing roofing works (PDF Volume 1 + TXT Schedule 2 + DOCX Annex C) ---------------------------
_HH_V = "Halton Housing - Roofing Works Programme - ITT Volume 1.pdf"
_HH_S = "Halton Housing - Roofing Works Programme - Schedule 2 Evaluation Weightings.txt"
_HH_A = "Halton Housing - Roofing Works Programme - Annex C Social Value Question.docx"
_HH_HEAD = "Halton Housing | Roofing Works Programme 2033-2037 | HH-AM-2033-012"


def _wt_footer(n):
    return ("p", "Winsford Town Council - WTC/ITQ/2033/02 - page %d of 2" % n)


def _wm_footer(n):
    return ("p", "WMC/FIN/2033/03 - Page %d of 5" % n)


def _cf_footer(n):
    return ("p", "_CFRS-LEG-2033-01 - %d of 3_" % n)


def _hh_footer(n):
    return ("p", "HH-AM-2033-012 ITT Volume 1 - page %d of 3" % n)


PACKS = [
    {
        "name": "held21-txt-mfra-hard-fm-portal-export-iso-datetimes-char-limits-sv-split-60-40-portal-ntoms-0-5",
        "files": [{"name": _MF, "pages": [
            [("p", "THE CHEST - OPPORTUNITY EXPORT"),
             ("p", "Exported: 2033-01-12 09:14:55 by MFRA Procurement"),
             ("p", "Project Reference: MFRA-EST-2033-004"),
             ("p", "Project Title: Hard Facilities Management - Planned and Reactive Maintenance"),
             ("p", "Organisation: Merseyside Fire and Rescue Authority"),
             ("p", "Procedure: Open procedure (Procurement Act 2023)"),
             ("p", "Description: Planned preventative maintenance and reactive repairs to building services "
                   "(mechanical, electrical, fire detection, gas safety and water hygiene) at Merseyside Fire and "
                   "Rescue Service's fire stations, Service Headquarters in Bootle and the Training and Development "
                   "Academy in Croxteth, across Merseyside."),
             ("p", "Delivery Location: Merseyside"),
             ("p", "Estimated Value (GBP): 3,600,000.00 (initial term, excluding VAT)"),
             ("p", "Annual Value (GBP): 900,000.00"),
             ("p", "Contract Duration (months): 48"),
             ("p", "Extension Options (months): 24 (12 + 12)"),
             ("p", "Contract Start: 2033-06-01"),
             ("p", "Clarification Deadline: 2033-02-07T17:00:00"),
             ("p", "Response Deadline: 2033-02-21T12:00:00"),
             ("p", "Site Visit Window: 2033-01-24 to 2033-01-28 (book through the messages tab)"),
             ("p", "Estimated Award Date: 2033-04-04"),
             ("p", "Additional Information: The estate comprises 26 fire stations and 4 other sites, with about 1,900 "
                   "assets on the planned maintenance schedule. TUPE may apply to 9 operatives of the current "
                   "contractor."),
             ("p", "Evaluation Method: Quality 40.00% / Price 50.00% / Social Value 10.00%"),
             ("p", "Social Value Evaluation: 60% of the social value score is awarded for the quantitative "
                   "commitments submitted on the Social Value Portal against the National TOMs; 40% is awarded for "
                   "the qualitative response to question SV-Q1."),
             ("p", "Scoring Scale: 0 (Unacceptable), 1 (Poor), 2 (Weak), 3 (Satisfactory), 4 (Good), 5 (Excellent)"),
             ("p", "--- Envelope B - Technical ---"),
             ("p", "Question 2.1 | Type: Text | Max Characters: 3000 | Weighting: 12.00%"),
             ("p", "Question Text: Describe how you will deliver the planned preventative maintenance programme to "
                   "SFG20 standards across all sites, including scheduling, statutory testing and asset data."),
             ("p", "Question 2.2 | Type: Text | Max Characters: 3000 | Weighting: 10.00%"),
             ("p", "Question Text: How will you respond to and resolve reactive faults within the emergency, urgent "
                   "and routine response times, 24 hours a day, 365 days a year?"),
             ("p", "Question 2.3 | Type: Text | Max Characters: 2000 | Weighting: 8.00%"),
             ("p", "Question Text: How will you make sure that work at operational fire stations never delays an "
                   "appliance turning out, and that your operatives follow the Service's station security and "
                   "escort rules?"),
             ("p", "Question 2.4 | Type: Text | Max Characters: 2000 | Weighting: 5.00%"),
             ("p", "Question Text: Set out your mobilisation plan, including the TUPE transfer of operatives and the "
                   "handover of asset records from the current contractor."),
             ("p", "Question 2.5 | Type: Text | Max Characters: 2000 | Weighting: 5.00%"),
             ("p", "Question Text: How will you manage asbestos, permits to work and the health and safety of your "
                   "operatives on Authority premises?"),
             ("p", "--- Envelope C - Social Value ---"),
             ("p", "Question SV-Q1 | Type: Text | Max Characters: 2500 | Weighting: 4.00%"),
             ("p", "Question Text: Explain how you will deliver and evidence the commitments you submit on the Social "
                   "Value Portal, in particular employment and training opportunities for Merseyside residents and "
                   "reducing the carbon emissions of your maintenance fleet."),
             ("p", "--- Envelope D - Commercial ---"),
             ("p", "Pricing Schedule | Type: Attachment | Weighting: 50.00%"),
             ("p", "End of export")],
        ]}],
        "tender": {
            "title": (["Hard Facilities Management - Planned and Reactive Maintenance",
                       "Hard Facilities Management"], _MF, 1),
            "buyer": (["Merseyside Fire and Rescue Authority", "Merseyside Fire and Rescue Service"], _MF, 1),
            "service": (["Hard facilities management", "planned and reactive maintenance",
                         "hard FM - planned and reactive maintenance",
                         "planned preventative maintenance and reactive repairs to building services",
                         "planned preventative maintenance and reactive repairs to building services (mechanical, "
                         "electrical, fire detection, gas safety and water hygiene)"],
                        _MF, 1),
            "area": (["Merseyside"], _MF, 1),
            # "Estimated Value (GBP): 3,600,000.00 (initial term)"; 900,000.00 a year, 26, 4, 1,900 and 9 are decoys.
            "value_gbp": (3600000, _MF, 1),
            "months": (48, _MF, 1),
            "extension_months": (24, _MF, 1),
            # "Response Deadline: 2033-02-21T12:00:00"; 2033-01-12, 2033-02-07, 2033-01-24/28, 2033-04-04 and
            # 2033-06-01 are decoys.
            "deadline": ("2033-02-21", _MF, 1),
            "social_value_weighting_percent": (10, _MF, 1),
            "qualitative_percent": (40, _MF, 1),
            "quantitative_percent": (60, _MF, 1),
            "scoring_scale": ("0-5", _MF, 1),
            "framework": ("national-toms", _MF, 1),
        },
        "not_found": [],
        "questions": [
            {"id": ["2.1", "Q2.1", "Question 2.1"],
             "text": "Describe how you will deliver the planned preventative maintenance programme to SFG20 standards "
                     "across all sites, including scheduling, statutory testing and asset data.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 12, "social_value": False,
             "source": _MF, "page": 1, "sub_criteria": []},
            {"id": ["2.2", "Q2.2", "Question 2.2"],
             "text": "How will you respond to and resolve reactive faults within the emergency, urgent and routine "
                     "response times, 24 hours a day, 365 days a year?",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 10, "social_value": False,
             "source": _MF, "page": 1, "sub_criteria": []},
            # Working on live fire stations and station security: not social value.
            {"id": ["2.3", "Q2.3", "Question 2.3"],
             "text": "How will you make sure that work at operational fire stations never delays an appliance turning "
                     "out, and that your operatives follow the Service's station security and escort rules?",
             "word_limit": None, "char_limit": 2000, "weighting_percent": 8, "social_value": False,
             "source": _MF, "page": 1, "sub_criteria": []},
            # Mobilisation and TUPE: not social value.
            {"id": ["2.4", "Q2.4", "Question 2.4"],
             "text": "Set out your mobilisation plan, including the TUPE transfer of operatives and the handover of "
                     "asset records from the current contractor.",
             "word_limit": None, "char_limit": 2000, "weighting_percent": 5, "social_value": False,
             "source": _MF, "page": 1, "sub_criteria": []},
            # Asbestos and health and safety: not social value.
            {"id": ["2.5", "Q2.5", "Question 2.5"],
             "text": "How will you manage asbestos, permits to work and the health and safety of your operatives on "
                     "Authority premises?",
             "word_limit": None, "char_limit": 2000, "weighting_percent": 5, "social_value": False,
             "source": _MF, "page": 1, "sub_criteria": []},
            # 40% of the 10% social value score, printed as 4.00%.
            {"id": ["SV-Q1", "SVQ1", "SV1"],
             "text": "Explain how you will deliver and evidence the commitments you submit on the Social Value Portal, "
                     "in particular employment and training opportunities for Merseyside residents and reducing the "
                     "carbon emissions of your maintenance fleet.",
             "word_limit": None, "char_limit": 2500, "weighting_percent": 4, "social_value": True,
             "source": _MF, "page": 1, "sub_criteria": []},
        ],
    },
    {
        "name": "held21-docx-winsford-tc-minibus-letter-itq-per-year-value-ordinal-dates-lettered-questions-own-statement-0-10",
        "files": [{"name": _WT, "pages": [
            [("p", _WT_HEAD),
             ("p", "Telephone 01606 000000 | clerk@winsford-tc.example.gov.uk"),
             ("p", "Our ref: WTC/ITQ/2033/02"),
             ("p", "7th February 2033"),
             ("p", "Dear Sir or Madam,"),
             ("h", "Invitation to Quote: Community Minibus Hire with Driver"),
             ("p", "Winsford Town Council would like to invite you to quote for the hire of a wheelchair-accessible "
                   "minibus of at least 16 seats, with a qualified driver, for the Council's Good Neighbours lunch club "
                   "outings, youth holiday activities and civic events for residents of Winsford."),
             ("p", "We expect to book about 180 trips a year, most of them within Cheshire and averaging about 45 miles "
                   "each. Waiting time beyond the booked hours is currently paid at £22 an hour."),
             ("p", "The contract will run for an initial period of two years from 1st May 2033. If we are happy with "
                   "the service, the Council may extend it for a further twelve months."),
             ("p", "The Council's budget for the service is £18,500 per year, excluding VAT."),
             ("p", "If you have any questions about this invitation, please email the Town Clerk by Friday 18th "
                   "February 2033. Your quotation, with the answers to the questions overleaf and the completed price "
                   "sheet, must reach the Town Clerk by 12 noon on Wednesday 2nd March 2033. Late quotations will not "
                   "be considered."),
             ("p", "The Council's Finance and General Purposes Committee will decide on the award at its meeting on "
                   "21st March 2033."),
             _wt_footer(1)],
            [("p", _WT_HEAD),
             ("h", "How we will choose"),
             ("p", "We will award the contract to the quotation that offers the best value, weighted as follows: "
                   "price 70%, quality 20% and social value 10%. Each answer below will be given a mark from 0 to 10, "
                   "where 0 means no answer and 10 means an excellent answer."),
             ("p", "Social value is assessed against the Council's own Social Value Statement (2031), a copy of which "
                   "is enclosed. The Council does not use the National TOMs or the Social Value Portal."),
             ("p", "Please keep each answer to no more than 300 words."),
             ("p", "(a) Vehicles and drivers (10%): Tell us about the minibus you will use and how your drivers are "
                   "licensed, trained and checked, including MiDAS training and DBS checks."),
             ("p", "(b) Reliability (10%): What will happen if the minibus breaks down or the driver is ill on the day "
                   "of a booked trip?"),
             ("p", "(c) Social value (10%): In line with the Council's Social Value Statement, what will you do for "
                   "Winsford people and groups through this contract, such as employing local drivers, offering free "
                   "trips to local charities or using a lower-emission vehicle?"),
             ("p", "Thank you for your interest. We look forward to receiving your quotation."),
             ("p", "Yours faithfully,"),
             ("p", "Town Clerk, Winsford Town Council"),
             _wt_footer(2)],
        ]}],
        "tender": {
            "title": (["Community Minibus Hire with Driver", "Invitation to Quote: Community Minibus Hire with Driver",
                       "Community Minibus Hire"], _WT, 1),
            "buyer": (["Winsford Town Council"], _WT, 1),
            "service": (["Community minibus hire with driver", "minibus hire with driver", "minibus hire",
                         "the hire of a wheelchair-accessible minibus of at least 16 seats, with a qualified driver",
                         "hire of a wheelchair-accessible minibus with a qualified driver"],
                        _WT, 1),
            "area": (["Winsford", "Winsford, Cheshire"], _WT, 1),
            # Only "£18,500 per year" with "an initial period of two years": £37,000 for the initial term.
            # 180 trips, 45 miles, £22 an hour and 16 seats are decoys.
            "value_gbp": (37000, _WT, 1),
            "months": (24, _WT, 1),
            "extension_months": (12, _WT, 1),
            # "12 noon on Wednesday 2nd March 2033"; 7th February, 18th February, 21st March and 1st May 2033 are
            # decoys.
            "deadline": ("2033-03-02", _WT, 1),
            "social_value_weighting_percent": (10, _WT, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-10", _WT, 2),
            # The Council's own Social Value Statement; "does not use the National TOMs".
            "framework": ("bespoke", _WT, 2),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            # Vehicles and driver checks: not social value.
            {"id": ["a", "Q1", "1"],
             "text": "Tell us about the minibus you will use and how your drivers are licensed, trained and checked, "
                     "including MiDAS training and DBS checks.",
             "word_limit": 300, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _WT, "page": 2, "sub_criteria": []},
            # Breakdown cover: not social value.
            {"id": ["b", "Q2", "2"],
             "text": "What will happen if the minibus breaks down or the driver is ill on the day of a booked trip?",
             "word_limit": 300, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _WT, "page": 2, "sub_criteria": []},
            {"id": ["c", "Q3", "3"],
             "text": "In line with the Council's Social Value Statement, what will you do for Winsford people and "
                     "groups through this contract, such as employing local drivers, offering free trips to local "
                     "charities or using a lower-emission vehicle?",
             "word_limit": 300, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _WT, "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held21-pdf-wirral-met-catering-vending-two-lots-sv-per-lot-slash-dates-lot-values-no-framework-0-4",
        "files": [{"name": _WM, "pages": [
            [("p", _WM_HEAD),
             ("h", "Catering and Vending Services"),
             ("p", "Invitation to Tender - two lots"),
             ("h", "1. Introduction"),
             ("p", "1.1 Wirral Metropolitan College (the College) invites tenders for catering and vending services at "
                   "its campuses in Birkenhead, Wirral. The requirement is divided into two lots:"),
             ("b", "Lot 1 - Catering: the operation of the student refectories, the staff coffee bar and hospitality "
                   "for College events"),
             ("b", "Lot 2 - Vending: the supply, filling and maintenance of hot drink, snack and cold drink vending "
                   "machines"),
             ("p", "1.2 Bidders may tender for one lot or for both lots. Each lot will be evaluated and awarded "
                   "separately."),
             ("p", "1.3 The College has about 6,500 students and 700 staff. The refectories serve about 180,000 meals a "
                   "year and there are 42 vending machines across the campuses. The current vending contractor pays "
                   "the College a commission of 12% of takings."),
             _wm_footer(1)],
            [("p", _WM_HEAD),
             ("h", "2. Contract term and value"),
             ("p", "2.1 Each lot contract will run for 36 months from 1 August 2033, with the option to extend by a "
                   "further 12 months + 12 months."),
             ("t", [["Lot", "Estimated value (initial 36 months, excl. VAT)", "Approximate annual value"],
                    ["Lot 1 - Catering", "£1,050,000", "£350,000"],
                    ["Lot 2 - Vending", "£270,000", "£90,000"]]),
             ("p", "2.2 The total estimated value of both lots over the initial term is £1,320,000 excluding VAT."),
             ("p", "2.3 TUPE is expected to apply to 14 catering staff (Lot 1 only)."),
             ("h", "3. Timetable"),
             ("t", [["Event", "Date"],
                    ["Clarification questions close", "17:00, 17/02/2033"],
                    ["Tender deadline", "12:00, 03/03/2033"],
                    ["Tasting session (Lot 1 only)", "23/03/2033"],
                    ["Contract start (both lots)", "01/08/2033"]]),
             _wm_footer(2)],
            [("p", _WM_HEAD),
             ("h", "4. Evaluation"),
             ("p", "4.1 The same award criteria apply to each lot: Quality 50%, Price 40% and Social Value 10%."),
             ("p", "4.2 Each lot has its own social value question (1.4 for Lot 1 and 2.4 for Lot 2), worth 10% of "
                   "the score for that lot. A bidder for both lots must answer both questions."),
             ("p", "4.3 Each quality and social value answer is scored 0 (no answer), 1 (poor), 2 (adequate), 3 "
                   "(good) or 4 (excellent) and the score is multiplied by the question's weighting."),
             ("p", "4.4 A score of 0 or 1 for question 1.2 will exclude a Lot 1 tender."),
             _wm_footer(3)],
            [("p", _WM_HEAD),
             ("h", "5. Lot 1 - Catering: questions"),
             ("p", "1.1 Menu and food quality (20%, maximum 1,000 words). Describe the menus, pricing and food quality "
                   "you will offer students and staff, including healthy and affordable options."),
             ("p", "1.2 Food safety and allergen management (15%, maximum 750 words). How will you manage food "
                   "safety, allergens and the Natasha's Law labelling requirements in every outlet?"),
             ("p", "1.3 Mobilisation and TUPE (15%, maximum 750 words). Set out your plan to take over the catering "
                   "service by 1 August 2033, including the TUPE transfer of staff."),
             ("p", "1.4 Social value (10%, maximum 750 words). How will you use the Lot 1 contract to benefit the "
                   "people and economy of Wirral? Your answer should cover:"),
             ("b", "buying food from local and regional suppliers"),
             ("b", "work placements and jobs for College students on hospitality and catering courses"),
             ("b", "reducing and redistributing food waste"),
             _wm_footer(4)],
            [("p", _WM_HEAD),
             ("h", "6. Lot 2 - Vending: questions"),
             ("p", "2.1 Machine estate and product range (25%, maximum 750 words). Describe the machines you will "
                   "install and the products and prices you will offer."),
             ("p", "2.2 Service, filling and repairs (15%, maximum 500 words). How often will machines be filled and "
                   "cleaned, and how quickly will faults be fixed?"),
             ("p", "2.3 Healthy vending (10%, maximum 500 words). How will your product range meet the College's "
                   "healthy eating policy and show allergen information?"),
             ("p", "2.4 Social value (10%, maximum 500 words). What social value will you deliver through the Lot 2 "
                   "contract, for example local employment, support for student enterprise or lower-energy "
                   "machines?"),
             ("p", "Tenders must be submitted through the College's e-tendering portal."),
             _wm_footer(5)],
        ]}],
        "tender": {
            "title": (["Catering and Vending Services"], _WM, 1),
            "buyer": (["Wirral Metropolitan College"], _WM, 1),
            "service": (["Catering and vending services", "catering and vending",
                         "catering services (Lot 1) and vending services (Lot 2)"],
                        _WM, 1),
            "area": (["Birkenhead, Wirral", "Wirral", "campuses in Birkenhead, Wirral", "Birkenhead"], _WM, 1),
            # "The total estimated value of both lots over the initial term is £1,320,000"; the per-lot £1,050,000
            # and £270,000, the annual £350,000 and £90,000, 6,500, 700, 180,000, 42, 12% and 14 are decoys.
            "value_gbp": (1320000, _WM, 2),
            "months": (36, _WM, 2),
            "extension_months": (24, _WM, 2),
            # "12:00, 03/03/2033"; 17/02/2033, 23/03/2033 and 01/08/2033 are decoys.
            "deadline": ("2033-03-03", _WM, 2),
            "social_value_weighting_percent": (10, _WM, 3),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-4", _WM, 3),
            # No TOMs, PPN or College policy is named.
            "framework": None,
        },
        "not_found": ["qualitative_percent", "quantitative_percent", "framework"],
        "questions": [
            {"id": ["1.1", "Q1.1"],
             "text": "Describe the menus, pricing and food quality you will offer students and staff, including healthy "
                     "and affordable options.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _WM, "page": 4, "sub_criteria": []},
            # Food safety and allergens: not social value.
            {"id": ["1.2", "Q1.2"],
             "text": "How will you manage food safety, allergens and the Natasha's Law labelling requirements in every "
                     "outlet?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _WM, "page": 4, "sub_criteria": []},
            # Mobilisation and TUPE: not social value.
            {"id": ["1.3", "Q1.3"],
             "text": "Set out your plan to take over the catering service by 1 August 2033, including the TUPE transfer "
                     "of staff.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _WM, "page": 4, "sub_criteria": []},
            {"id": ["1.4", "Q1.4"],
             "text": ["How will you use the Lot 1 contract to benefit the people and economy of Wirral?",
                      "How will you use the Lot 1 contract to benefit the people and economy of Wirral? Your answer "
                      "should cover:"],
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _WM, "page": 4,
             "sub_criteria": ["buying food from local and regional suppliers",
                              "work placements and jobs for College students on hospitality and catering courses",
                              "reducing and redistributing food waste"]},
            {"id": ["2.1", "Q2.1"],
             "text": "Describe the machines you will install and the products and prices you will offer.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 25, "social_value": False,
             "source": _WM, "page": 5, "sub_criteria": []},
            {"id": ["2.2", "Q2.2"],
             "text": "How often will machines be filled and cleaned, and how quickly will faults be fixed?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _WM, "page": 5, "sub_criteria": []},
            # Healthy vending: a product question, not social value.
            {"id": ["2.3", "Q2.3"],
             "text": "How will your product range meet the College's healthy eating policy and show allergen "
                     "information?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _WM, "page": 5, "sub_criteria": []},
            {"id": ["2.4", "Q2.4"],
             "text": "What social value will you deliver through the Lot 2 contract, for example local employment, "
                     "support for student enterprise or lower-energy machines?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _WM, "page": 5, "sub_criteria": []},
        ],
    },
    {
        "name": "held21-txt-nwas-interpreting-dps-call-off-tab-separated-question-sheet-military-dates-sv-shared-ppn002-0-3",
        "files": [{"name": _NW, "pages": [
            [("p", "NORTH WEST AMBULANCE SERVICE NHS TRUST - PROCUREMENT"),
             ("p", "CALL-OFF INVITATION (ORDER 2033/117) UNDER THE LANGUAGE SERVICES DYNAMIC PURCHASING SYSTEM, "
                   "CATEGORY 2 (INTERPRETING AND TRANSLATION), DPS REF LS-DPS-0427"),
             ("p", "Issued: 25 JAN 2033 to all suppliers admitted to Category 2"),
             ("p", "Title: Interpreting and Translation Services - Cheshire and Merseyside"),
             ("p", "Buyer: North West Ambulance Service NHS Trust (NWAS)"),
             ("p", "Requirement: telephone, video and face-to-face interpreting, and written translation, for patients "
                   "and callers using the Trust's 999, NHS 111 and Patient Transport Service in Cheshire and "
                   "Merseyside."),
             ("p", "Volumes (indicative only): about 14,000 interpreted calls a year in over 60 languages, and about "
                   "150,000 words of written translation a year."),
             ("p", "Call-off term: 24 months from 01/06/2033. Optional extension: 1 x 12 months."),
             ("p", "Call-off value: up to £420,000 for the 24 months (about £210,000 a year), excluding VAT."),
             ("p", "Clarifications to be raised by: 1700hrs 06 FEB 2033"),
             ("p", "Deadline for responses: 1200hrs 16 FEB 2033"),
             ("p", "Award expected: MAR 2033"),
             ("p", "Award criteria (as permitted by the DPS terms): Price 60%, Quality 30%, Social Value 10%."),
             ("p", "The social value weighting is shared equally between SV1 and SV2 (each 50% of the social value "
                   "score). Social value is assessed under the Social Value Model in Procurement Policy Note 002 (PPN "
                   "002)."),
             ("p", "Marking: 0 = unacceptable, 1 = poor, 2 = acceptable, 3 = good. Every response is marked on this "
                   "scale and multiplied by its weighting."),
             ("p", "RESPONSE SHEET (copied from the call-off workbook, tab 'Questions')"),
             ("p", "Ref\tSection\tQuestion\tWeighting (% of total)\tLimit"),
             ("p", "Q1\tQuality\tDescribe how callers and crews will reach an interpreter in the required language "
                   "within 60 seconds, 24 hours a day, including during a 999 call.\t12%\t500 words"),
             ("p", "Q2\tQuality\tHow do you recruit, test and quality-assure your interpreters and translators, "
                   "including for clinical and mental health terminology?\t10%\t500 words"),
             ("p", "Q3\tQuality\tHow will you keep patient information confidential and meet the Data Security and "
                   "Protection Toolkit standard?\t8%\t300 words"),
             ("p", "SV1\tSocial Value\tHow will you create employment and training opportunities in Cheshire and "
                   "Merseyside through this call-off, including for people from refugee and asylum-seeking "
                   "communities who want to qualify as interpreters?\t5%\t300 words"),
             ("p", "SV2\tSocial Value\tWhat will you do to reduce the carbon emissions of the service, including "
                   "interpreter travel to face-to-face bookings?\t5%\t300 words"),
             ("p", "Return the completed workbook and price sheet through the Atamis portal. Do not change the DPS "
                   "reference or the order number.")],
        ]}],
        "tender": {
            "title": (["Interpreting and Translation Services - Cheshire and Merseyside",
                       "Interpreting and Translation Services"], _NW, 1),
            "buyer": (["North West Ambulance Service NHS Trust", "NWAS", "North West Ambulance Service"], _NW, 1),
            "service": (["Interpreting and translation services", "interpreting and translation",
                         "telephone, video and face-to-face interpreting, and written translation",
                         "telephone, video and face-to-face interpreting, and written translation, for patients and "
                         "callers using the Trust's 999, NHS 111 and Patient Transport Service",
                         "language services"],
                        _NW, 1),
            "area": (["Cheshire and Merseyside"], _NW, 1),
            # "up to £420,000 for the 24 months"; £210,000 a year, 14,000, 60 and 150,000 are decoys.
            "value_gbp": (420000, _NW, 1),
            "months": (24, _NW, 1),
            "extension_months": (12, _NW, 1),
            # "1200hrs 16 FEB 2033"; 25 JAN, 06 FEB, MAR 2033 and 01/06/2033 are decoys.
            "deadline": ("2033-02-16", _NW, 1),
            "social_value_weighting_percent": (10, _NW, 1),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-3", _NW, 1),
            "framework": ("ppn-002", _NW, 1),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            {"id": ["Q1", "1"],
             "text": "Describe how callers and crews will reach an interpreter in the required language within 60 "
                     "seconds, 24 hours a day, including during a 999 call.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 12, "social_value": False,
             "source": _NW, "page": 1, "sub_criteria": []},
            # Interpreter quality: not social value.
            {"id": ["Q2", "2"],
             "text": "How do you recruit, test and quality-assure your interpreters and translators, including for "
                     "clinical and mental health terminology?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _NW, "page": 1, "sub_criteria": []},
            # Data confidentiality: not social value.
            {"id": ["Q3", "3"],
             "text": "How will you keep patient information confidential and meet the Data Security and Protection "
                     "Toolkit standard?",
             "word_limit": 300, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _NW, "page": 1, "sub_criteria": []},
            {"id": "SV1",
             "text": "How will you create employment and training opportunities in Cheshire and Merseyside through "
                     "this call-off, including for people from refugee and asylum-seeking communities who want to "
                     "qualify as interpreters?",
             "word_limit": 300, "char_limit": None, "weighting_percent": 5, "social_value": True,
             "source": _NW, "page": 1, "sub_criteria": []},
            {"id": "SV2",
             "text": "What will you do to reduce the carbon emissions of the service, including interpreter travel to "
                     "face-to-face bookings?",
             "word_limit": 300, "char_limit": None, "weighting_percent": 5, "social_value": True,
             "source": _NW, "page": 1, "sub_criteria": []},
        ],
    },
    {
        "name": "held21-md-cheshire-fire-legal-mini-competition-numbered-sections-shares-of-quality-dates-in-words-cm-toms-1-5",
        "files": [{"name": _CF, "pages": [
            [("p", _CF_HEAD),
             ("h", "Legal Services - Further Competition Invitation"),
             ("p", "Cheshire Fire and Rescue Service (on behalf of Cheshire Fire Authority) invites the firms appointed "
                   "to Lot 1 (General Public Sector Legal Services) of the North West Legal Services Framework "
                   "(NWLSF-2031) to take part in this further competition. The framework runs until 31 December 2034; "
                   "this call-off may run beyond that date."),
             ("p", "## 1. What we are buying"),
             ("p", "1.1 Legal advice and representation for the Service across Cheshire (Cheshire East, Cheshire West "
                   "and Chester, Halton and Warrington): employment law, property and estates, procurement and "
                   "contracts, and governance."),
             ("p", "1.2 We expect about 40 matters a year. Partner rates must not exceed the framework maximum of £210 "
                   "an hour."),
             ("p", "## 2. Call-off term and value"),
             ("p", "2.1 The call-off contract will run for three years from 1 June 2033, with the option of one "
                   "further year."),
             ("p", "2.2 The estimated value is £285,000 over the three-year call-off term, excluding VAT."),
             _cf_footer(1)],
            [("p", _CF_HEAD),
             ("p", "## 3. Key dates"),
             ("p", "1. Clarification questions through the portal by 5pm on 24 February 2033"),
             ("p", "2. Responses due by noon on 9 March 2033"),
             ("p", "3. Presentations by shortlisted firms on 22 and 23 March 2033"),
             ("p", "## 4. How responses will be evaluated"),
             ("p", "4.1 Quality 60%, Price 40%."),
             ("p", "4.2 The quality score is split between the three questions in section 5 as follows: LS1 50%, LS2 "
                   "30% and LS3 (social value) 20% of the quality score. Social value is therefore worth 12% of the "
                   "total."),
             ("p", "4.3 Each question is scored 1 to 5: 1 = unacceptable, 2 = weak, 3 = satisfactory, 4 = good, 5 = "
                   "excellent."),
             ("p", "4.4 Social value commitments in LS3 should refer to the Cheshire and Merseyside Social Value TOMs "
                   "(Themes, Outcomes and Measures)."),
             _cf_footer(2)],
            [("p", _CF_HEAD),
             ("p", "## 5. Questions"),
             ("p", "**LS1 Expertise and approach** (max. 1,200 words)"),
             ("p", "Describe your team's expertise in fire and rescue service and wider public sector law, and how you "
                   "will give timely, practical advice on employment, property, procurement and governance matters."),
             ("p", "**LS2 Conflicts of interest and information security** (max. 600 words)"),
             ("p", "How will you identify and manage conflicts of interest, and keep the Service's confidential and "
                   "personal information secure?"),
             ("p", "**LS3 Social value** (max. 600 words)"),
             ("p", "What social value will your firm deliver for Cheshire communities through this call-off, such as "
                   "pro bono support for local charities, legal careers outreach in Cheshire schools and paid "
                   "placements for local people?"),
             ("p", "Responses must be uploaded to the Service's e-tendering portal as a single PDF."),
             _cf_footer(3)],
        ]}],
        "tender": {
            "title": (["Legal Services", "Legal Services - Further Competition Invitation",
                       "Legal Services - Further Competition"], _CF, 1),
            "buyer": (["Cheshire Fire and Rescue Service", "Cheshire Fire Authority"], _CF, 1),
            "service": (["Legal services", "legal advice and representation",
                         "legal advice and representation for the Service",
                         "legal advice and representation: employment law, property and estates, procurement and "
                         "contracts, and governance"],
                        _CF, 1),
            "area": (["Cheshire", "Cheshire East, Cheshire West and Chester, Halton and Warrington",
                      "Cheshire (Cheshire East, Cheshire West and Chester, Halton and Warrington)"], _CF, 1),
            # "£285,000 over the three-year call-off term"; £210 an hour and 40 matters are decoys.
            "value_gbp": (285000, _CF, 1),
            "months": (36, _CF, 1),
            "extension_months": (12, _CF, 1),
            # "noon on 9 March 2033"; 24 February, 22 and 23 March 2033, 1 June 2033 and 31 December 2034 are decoys.
            "deadline": ("2033-03-09", _CF, 2),
            # 20% of the quality score x Quality 60% = 12%, also printed.
            "social_value_weighting_percent": (12, _CF, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("1-5", _CF, 2),
            "framework": ("cm-toms", _CF, 2),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            # 50% of the 60% quality score.
            {"id": ["LS1", "1"],
             "text": "Describe your team's expertise in fire and rescue service and wider public sector law, and how "
                     "you will give timely, practical advice on employment, property, procurement and governance "
                     "matters.",
             "word_limit": 1200, "char_limit": None, "weighting_percent": 30, "social_value": False,
             "source": _CF, "page": 3, "sub_criteria": []},
            # Conflicts of interest and information security: not social value. 30% of 60%.
            {"id": ["LS2", "2"],
             "text": "How will you identify and manage conflicts of interest, and keep the Service's confidential and "
                     "personal information secure?",
             "word_limit": 600, "char_limit": None, "weighting_percent": 18, "social_value": False,
             "source": _CF, "page": 3, "sub_criteria": []},
            # 20% of 60% = 12%.
            {"id": ["LS3", "3"],
             "text": "What social value will your firm deliver for Cheshire communities through this call-off, such as "
                     "pro bono support for local charities, legal careers outreach in Cheshire schools and paid "
                     "placements for local people?",
             "word_limit": 600, "char_limit": None, "weighting_percent": 12, "social_value": True,
             "source": _CF, "page": 3, "sub_criteria": []},
        ],
    },
    {
        "name": "held21-pdf-txt-docx-halton-housing-roofing-vol1-weightings-schedule-sv-annex-pm-dates-ntoms-0-100",
        "files": [
            {"name": _HH_V, "pages": [
                [("p", _HH_HEAD),
                 ("h", "Roofing Works Programme 2033-2037"),
                 ("p", "Invitation to Tender - Volume 1: Instructions, Contract Details and Quality Questions"),
                 ("h", "1. About this tender"),
                 ("p", "1.1 Halton Housing owns and manages about 9,200 homes in Widnes and Runcorn. It is seeking a "
                       "contractor to carry out planned re-roofing, chimney and roofline works and responsive roof "
                       "repairs to its homes across the borough of Halton."),
                 ("p", "1.2 We expect to renew around 320 roofs a year. The programme will be confirmed annually."),
                 ("p", "1.3 This tender is made up of three documents: this Volume 1; Schedule 2 (Evaluation "
                       "Weightings), which sets out how tenders will be scored; and Annex C, which contains the social "
                       "value question."),
                 _hh_footer(1)],
                [("p", _HH_HEAD),
                 ("h", "2. Contract details"),
                 ("p", "2.1 The contract is a term contract for an initial period of four (4) years from 1 July 2033. "
                       "Halton Housing may extend it by up to 2 years."),
                 ("p", "2.2 Halton Housing expects to spend about £850,000 per annum, or £3,400,000 over the four-year "
                       "initial term, excluding VAT. Annual spend is not guaranteed."),
                 ("p", "2.3 TUPE is not expected to apply."),
                 ("h", "3. Timetable"),
                 ("p", "Site visit to sample properties: 10am, Tuesday 8 March 2033"),
                 ("p", "Clarification questions close: 5pm, Friday 18 March 2033"),
                 ("p", "Tender return: 2pm on Monday 28 March 2033"),
                 ("p", "Board approval: June 2033"),
                 _hh_footer(2)],
                [("p", _HH_HEAD),
                 ("h", "4. Quality questions"),
                 ("p", "Answer each question in no more than the number of words shown. Weightings are given in "
                       "Schedule 2."),
                 ("p", "Q1 Programme delivery (1,000 words): Describe how you will survey, plan and deliver the annual "
                       "re-roofing programme to time and budget, including quality control of completed roofs."),
                 ("p", "Q2 Responsive repairs (750 words): How will you attend and repair roof leaks and storm damage "
                       "within the emergency and routine response times?"),
                 ("p", "Q3 Resident liaison (750 words): How will you keep residents informed and minimise disruption "
                       "while work is carried out on their homes, including for vulnerable residents?"),
                 ("p", "Q4 Health and safety and working at height (750 words): How will you plan and manage scaffolding "
                       "and working at height, and protect residents and the public around your sites?"),
                 ("p", "The social value question is in Annex C."),
                 _hh_footer(3)],
            ]},
            {"name": _HH_S, "pages": [
                [("p", "HALTON HOUSING - HH-AM-2033-012 - ROOFING WORKS PROGRAMME"),
                 ("p", "SCHEDULE 2 - EVALUATION WEIGHTINGS"),
                 ("p", "Criterion                                  Weighting (% of total)"),
                 ("p", "Price                                      55%"),
                 ("p", "Quality                                    35%"),
                 ("p", "  Q1 Programme delivery                    12%"),
                 ("p", "  Q2 Responsive repairs                     8%"),
                 ("p", "  Q3 Resident liaison                       8%"),
                 ("p", "  Q4 Health and safety / working at height  7%"),
                 ("p", "Social Value (Annex C)                     10%"),
                 ("p", "Scoring of Q1 to Q4 and Annex C: each answer is awarded 0 (unacceptable), 25 (poor), 50 "
                       "(satisfactory), 75 (good) or 100 (excellent), and the mark is multiplied by the weighting."),
                 ("p", "A mark of 0 or 25 for Q4 may lead to the tender being rejected.")],
            ]},
            {"name": _HH_A, "pages": [
                [("p", _HH_HEAD),
                 ("h", "Annex C - Social Value Question"),
                 ("p", "Part 1 - Guidance"),
                 ("p", "Halton Housing measures social value using the National TOMs (Themes, Outcomes and Measures). "
                       "Commitments should be specific to this contract, measurable and deliverable in Halton."),
                 ("p", "Part 2 - Question (maximum 1,000 words)"),
                 ("p", "SV1: What social, economic and environmental value will you deliver for Halton Housing residents "
                       "and the wider Halton community through this contract? Your response should include:"),
                 ("b", "roofing apprenticeships and jobs for Halton residents, including Halton Housing tenants"),
                 ("b", "spend with local subcontractors and suppliers"),
                 ("b", "recycling of roofing waste and the reduction of carbon emissions"),
                 ("b", "how you will report progress to Halton Housing each quarter"),
                 ("p", "Upload your answer with your tender as a separate document headed Annex C.")],
            ]},
        ],
        "tender": {
            "title": (["Roofing Works Programme 2033-2037", "Roofing Works Programme"], [_HH_V, _HH_S, _HH_A], 1),
            "buyer": (["Halton Housing"], [_HH_V, _HH_S, _HH_A], 1),
            "service": (["Roofing works", "roofing", "roofing works programme",
                         "planned re-roofing, chimney and roofline works and responsive roof repairs",
                         "planned re-roofing, chimney and roofline works and responsive roof repairs to its homes"],
                        _HH_V, 1),
            "area": (["Halton", "the borough of Halton", "Widnes and Runcorn"], _HH_V, 1),
            # "£3,400,000 over the four-year initial term"; £850,000 per annum, 9,200 homes and 320 roofs are decoys.
            "value_gbp": (3400000, _HH_V, 2),
            "months": (48, _HH_V, 2),
            "extension_months": (24, _HH_V, 2),
            # "2pm on Monday 28 March 2033"; 8 March, 18 March, June 2033 and 1 July 2033 are decoys.
            "deadline": ("2033-03-28", _HH_V, 2),
            "social_value_weighting_percent": (10, _HH_S, 1),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-100", _HH_S, 1),
            "framework": ("national-toms", _HH_A, 1),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            # Weightings only in Schedule 2.
            {"id": ["Q1", "1"],
             "text": "Describe how you will survey, plan and deliver the annual re-roofing programme to time and "
                     "budget, including quality control of completed roofs.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 12, "social_value": False,
             "source": _HH_V, "page": 3, "sub_criteria": []},
            {"id": ["Q2", "2"],
             "text": "How will you attend and repair roof leaks and storm damage within the emergency and routine "
                     "response times?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _HH_V, "page": 3, "sub_criteria": []},
            # Resident liaison: a service question, not social value.
            {"id": ["Q3", "3"],
             "text": "How will you keep residents informed and minimise disruption while work is carried out on their "
                     "homes, including for vulnerable residents?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _HH_V, "page": 3, "sub_criteria": []},
            # Health and safety and working at height: not social value.
            {"id": ["Q4", "4"],
             "text": "How will you plan and manage scaffolding and working at height, and protect residents and the "
                     "public around your sites?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 7, "social_value": False,
             "source": _HH_V, "page": 3, "sub_criteria": []},
            # In Annex C; its 10% is only in Schedule 2.
            {"id": ["SV1", "Annex C"],
             "text": ["What social, economic and environmental value will you deliver for Halton Housing residents and "
                      "the wider Halton community through this contract?",
                      "What social, economic and environmental value will you deliver for Halton Housing residents and "
                      "the wider Halton community through this contract? Your response should include:"],
             "word_limit": 1000, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _HH_A, "page": 1,
             "sub_criteria": ["roofing apprenticeships and jobs for Halton residents, including Halton Housing tenants",
                              "spend with local subcontractors and suppliers",
                              "recycling of roofing waste and the reduction of carbon emissions",
                              "how you will report progress to Halton Housing each quarter"]},
        ],
    },
]
