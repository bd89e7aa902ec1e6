"""A nineteenth held-out set for the tender intake, written by a separate writer who never read the extractor's code
(nor its tests, prompts or scripts, nor any held-out set but the eighteenth, read for its format), and handed
over before the extractor was run on it. Six packs from Cheshire and Merseyside buyers and services the eighteenth set does
not use: a council's leisure management contract (Halton Borough Council), an NHS trust's estates and facilities
helpdesk (Alder Hey Children's NHS Foundation Trust), a university's catering and hospitality (University of
Chester), a council's SEND home to school transport (Sefton Council), a housing association's responsive repairs and
voids framework (Onward Homes) and a council's detached and outreach youth work (Knowsley Council).

Layouts, each different from the eighteenth set and from each other:
- a single PDF in numbered prose: "ten years from 1 April 2033" and "up to a maximum of five further years" in a
  sentence; "approximately £12,500,000 over the ten-year term" beside "c. £1.25 million a year", 1.1 million visits,
  6,800 members and a £4.80 swim price; a prose timetable with ordinal dates ("12 noon on Friday 15th October 2032"
  beside site visits on 20th/21st September, clarifications on 1st October and an Executive Board on 15th December);
  the evaluation as marks out of 1,000 (price 400, quality 450, social value split into 90 marks for the National
  TOMs offer on the Social Value Portal and 60 for question SV1, so 15% with 40/60 qualitative/quantitative); questions
  under headings with "(150 marks)" and a "Word limit:" line; a 0-5 scale; pool safety and sport development decoys.
- a PDF ITT plus a Word questionnaire: a key-value "Commercial summary" table ("36 months", "3+1+1", "£310,000"
  a year and "£930,000" for the initial term), slash dates as bullets ("04/11/2032 12:00" beside 21/10/2032,
  15/11/2032 and 06/12/2032), 48,000 requests a year; "Quality 50 points, Commercial 40 points and Social Value 10
  points"; the questions in one horizontal table in the Word file ("Ref | Question | Points | Word limit"); PPN 002;
  0/25/50/75/100 per cent of the points (0-100); an information governance decoy with a threshold.
- a single Word ITT with every weighting written in words ("forty per cent", "twenty per cent of the total marks");
  "five (5) years" and "thirty-six (36) months in aggregate"; "£16,000,000 over the initial five-year period" beside
  "£3.2 million per annum" of sales, a 12 per cent commission and 4,200 transactions a day; dates in prose ("by 12:00
  on Thursday 2 December 2032" beside a site visit on 16 November, questions by 23 November and a January decision);
  numbered questions 5.1 to 5.4 with "Please answer in no more than ... words"; the University's own strategy
  (bespoke, "does not use the TOMs"); a nought-to-ten scale; an allergen management and food safety decoy.
- a plain-text portal opportunity notice plus a PDF tender document: the deadline and the value exist only in the
  notice ("Closing date: 2032-06-30 12:00" beside "2032-06-08 14:00", "2032-06-18 17:00" and a 24/05/2032 publication
  date; "£5,500,000 (initial term)"), the PDF giving "£2.75m a year", £1.85 per mile, 1,450 children and 210 routes;
  term as "1 September 2032 to 31 August 2034" with "up to two further years, a year at a time"; Price 60% / Quality
  40% with social value as a quality question (QT4 10%) in a weightings table on one page and the questions on the
  next; no social value framework named (null); a 0-4 scale; passenger safety and safeguarding and vehicle
  accessibility decoys.
- a single PDF with a bullet summary ("36 months plus an optional further 12 months", "up to £36m over the initial 36
  months (around £12m a year)"), a timetable table with the date column first ("Mon 6 December 2032, 2.00pm" beside
  10 November, 26 November, January 2033 and 1 April 2033), 42,000 orders and a £4,900 average void cost; weightings
  split within criteria (Price 50%, Quality 35% as 40/40/20, Social Value 15% as SV1 60% and SV2 40%, overall weight
  stated as the product); two social value questions (9% and 6%); a 20% direct employment decoy; National TOMs; a 1-5
  scale; a resident communication and complaints decoy.
- a Markdown invitation to quote: an 18-month term ("1 April 2033 to 30 September 2034") extendable "by up to six
  months"; "£420,000 for the 18 months (about £280,000 a year)" beside 3,500 young people, a 1:8 ratio and 12 sessions
  a week; a key dates table in month-first style ("October 4th, 2032, 12:00" beside August 31st, September 20th,
  October 18th and April 1st, 2033); marks out of 100 (quality 70 as 25/15/15/15, price 30); questions as bold
  paragraphs ending "(up to ... words)"; Cheshire and Merseyside TOMs; a 0-3 scale; youth voice and safeguarding
  decoys.

Decoys that are not the social value question: pool safety and sport development, information governance, allergen
management and food safety, passenger safety and vehicle accessibility, resident communication and complaints, and
youth voice and safeguarding. Same shape as evals/intake_heldout18.py. ``not_found`` lists the tender fields the pack
does not state (expected null); it is documentation and is not read by the scorer.
"""

# --- Pack 1: Halton Borough Council leisure management (single PDF) ---------------------------------------------
_HA = "Halton Borough Council - Leisure Management Contract - Invitation to Tender.pdf"
_HA_HEAD = "Halton Borough Council | Leisure Management Contract | HBC-CS-2032-031"

# --- Pack 2: Alder Hey Children's NHS Foundation Trust facilities helpdesk (PDF + DOCX) --------------------------
_AH_ITT = "Alder Hey - Estates and Facilities Helpdesk Service - ITT.pdf"
_AH_TQ = "Alder Hey - Estates and Facilities Helpdesk Service - Tender Questionnaire.docx"
_AH_HEAD = "Alder Hey Children's NHS Foundation Trust | Procurement reference AH-EF-2032-077"

# --- Pack 3: University of Chester catering and hospitality (single DOCX) ----------------------------------------
_UC = "University of Chester - Catering and Hospitality Services ITT.docx"
_UC_HEAD = "University of Chester | Tender UOC/FAC/2032/09 | Catering and Hospitality Services"

# --- Pack 4: Sefton Council home to school transport (TXT notice + PDF) ------------------------------------------
_SE_N = "The Chest opportunity notice - Sefton home to school transport.txt"
_SE_TD = "Sefton Council - Home to School Transport - Tender Document.pdf"
_SE_HEAD = "Sefton Council | Home to School and College Transport (SEND) | DN-SMBC-2032-0412"

# --- Pack 5: Onward Homes responsive repairs and voids framework (single PDF) ------------------------------------
_ON = "Onward Homes - Responsive Repairs and Voids Framework - Tender Pack.pdf"
_ON_HEAD = "Onward Homes | Responsive Repairs and Voids Framework | ONW-PROC-2032-015"

# --- Pack 6: Knowsley Council detached and outreach youth work (single MD) ---------------------------------------
_KN = "Knowsley Council - Detached and Outreach Youth Work - Invitation to Quote.md"
_KN_HEAD = "Knowsley Metropolitan Borough Council - Invitation to Quote KMBC/CYP/2032/044"


def _ha_footer(n):
    return ("p", "HBC-CS-2032-031 - Page %d of 5" % n)


def _ah_footer(doc, n, of):
    return ("p", "AH-EF-2032-077 %s - page %d/%d" % (doc, n, of))


def _uc_footer(n):
    return ("p", "UOC/FAC/2032/09 | %d" % n)


def _se_footer(n):
    return ("p", "Sefton Council - DN-SMBC-2032-0412 - Tender Document - %d of 4" % n)


def _on_footer(n):
    return ("p", "ONW-PROC-2032-015 | Page %d of 5 | Commercial in confidence" % n)


def _kn_footer(n):
    return ("p", "KMBC/CYP/2032/044 - page %d of 3" % n)


PACKS = [
    {
        "name": "held19-pdf-halton-leisure-prose-ordinal-dates-marks-of-1000-sv-split-toms-portal-ntoms-0-5",
        "files": [{"name": _HA, "pages": [
            [("p", _HA_HEAD),
             ("h", "Leisure Management Contract"),
             ("p", "Invitation to Tender"),
             ("h", "1. Introduction"),
             ("p", "1.1 Halton Borough Council (the Council) invites tenders from experienced operators to manage and "
                   "operate the Council's leisure facilities in the Borough of Halton: the Halton Leisure Centre in "
                   "Widnes, Brookvale Recreation Centre in Runcorn and the Runcorn Swimming Pool."),
             ("p", "1.2 The operator will run the centres day to day, including staffing, programming, sales and "
                   "memberships, catering, cleaning and routine maintenance, and will work with the Council's public "
                   "health team to get more residents active."),
             ("p", "1.3 Together the centres receive around 1.1 million visits a year and hold about 6,800 direct "
                   "debit members."),
             _ha_footer(1)],
            [("p", _HA_HEAD),
             ("h", "2. Key facts"),
             ("p", "2.1 The Contract will run for ten years from 1 April 2033. The Council may extend it, on one or "
                   "more occasions, up to a maximum of five further years."),
             ("p", "2.2 The Council expects the Contract to be worth approximately £12,500,000 over the ten-year "
                   "term, paid as a management fee of c. £1.25 million a year on average. Prices charged to the "
                   "public are set by the Council; the standard adult swim is currently £4.80."),
             ("p", "2.3 Site visits will be held on Monday 20th and Tuesday 21st September 2032. Clarification "
                   "questions must reach the Council by 5pm on Friday 1st October 2032. Tenders must be uploaded to "
                   "The Chest no later than 12 noon on Friday 15th October 2032. The Council's Executive Board is "
                   "expected to decide on the award on Wednesday 15th December 2032, and the Contract will start on "
                   "Friday 1st April 2033."),
             _ha_footer(2)],
            [("p", _HA_HEAD),
             ("h", "3. Evaluation"),
             ("p", "3.1 Tenders will be marked out of 1,000 marks, as follows:"),
             ("t", [["Component", "Marks"],
                    ["Price (management fee over ten years)", "400"],
                    ["Quality (questions Q1 to Q4)", "450"],
                    ["Social value - National TOMs offer on the Social Value Portal", "90"],
                    ["Social value - written question SV1", "60"],
                    ["Total", "1,000"]]),
             ("p", "3.2 Social value therefore carries 150 of the 1,000 marks. The 90 marks for the TOMs offer are "
                   "awarded in proportion to the proxy value of the National TOMs (Themes, Outcomes and Measures) "
                   "you commit to on the Social Value Portal; the 60 marks for SV1 are awarded for the quality of "
                   "your written response."),
             ("p", "3.3 Each quality question and SV1 is scored 0 to 5 (0 = no response, 1 = very poor, 2 = poor, "
                   "3 = satisfactory, 4 = good, 5 = excellent). The marks awarded are the score divided by 5 and "
                   "multiplied by the marks available for the question."),
             ("p", "3.4 A tenderer scoring less than 3 on Q2 will be excluded. Tenderers should note that the Council "
                   "expects visits to rise by at least 10% over the first three years."),
             _ha_footer(3)],
            [("p", _HA_HEAD),
             ("h", "4. Quality questions"),
             ("h", "Q1 Operating model and programming (150 marks)"),
             ("p", "Describe how you will operate the three centres, including opening hours, staffing structure, "
                   "the activity programme and how you will grow memberships and income."),
             ("p", "Word limit: 1,500"),
             ("h", "Q2 Health, safety and pool safety (100 marks)"),
             ("p", "How will you keep customers and staff safe, including pool supervision, lifeguard training and "
                   "the management of plant rooms and chemicals?"),
             ("p", "Word limit: 1,000"),
             ("h", "Q3 Maintenance and lifecycle (100 marks)"),
             ("p", "Explain how you will carry out planned and reactive maintenance of the buildings and equipment, "
                   "and how you will plan lifecycle replacement with the Council."),
             ("p", "Word limit: 1,000"),
             ("h", "Q4 Sport and physical activity development (100 marks)"),
             ("p", "How will you increase use of the centres by inactive residents, older people and people with "
                   "long-term health conditions, working with the Council's public health team?"),
             ("p", "Word limit: 1,000"),
             _ha_footer(4)],
            [("p", _HA_HEAD),
             ("h", "5. Social value question"),
             ("h", "SV1 Social value delivery plan (60 marks)"),
             ("p", "Set out your plan for delivering the social value commitments you make for Halton residents "
                   "over the life of the Contract. Your response should cover:"),
             ("b", "who in your organisation will be responsible for each commitment"),
             ("b", "how you will recruit local people into leisure jobs and apprenticeships"),
             ("b", "how you will evidence and report each commitment to the Council"),
             ("p", "Word limit: 1,000"),
             ("p", "Enquiries: leisure.procurement@halton.gov.uk"),
             _ha_footer(5)],
        ]}],
        "tender": {
            "title": (["Leisure Management Contract"], _HA, 1),
            "buyer": (["Halton Borough Council", "Halton Council"], _HA, 1),
            "service": (["Leisure management", "leisure management contract",
                         "manage and operate the Council's leisure facilities",
                         "management and operation of the Council's leisure facilities",
                         "manage and operate the Council's leisure facilities in the Borough of Halton",
                         "leisure centre management"],
                        _HA, 1),
            "area": (["Halton", "the Borough of Halton"], _HA, 1),
            # "approximately £12,500,000 over the ten-year term"; c. £1.25m a year, 1.1m visits, 6,800, £4.80 decoys.
            "value_gbp": (12500000, _HA, 2),
            "months": (120, _HA, 2),
            # "up to a maximum of five further years".
            "extension_months": (60, _HA, 2),
            # "12 noon on Friday 15th October 2032"; 20th/21st September, 1st October, 15th December are decoys.
            "deadline": ("2032-10-15", _HA, 2),
            # 150 of 1,000 marks.
            "social_value_weighting_percent": (15, _HA, 3),
            # SV1 60 of the 150 social value marks; the TOMs offer 90 of 150.
            "qualitative_percent": (40, _HA, 3),
            "quantitative_percent": (60, _HA, 3),
            "scoring_scale": ("0-5", _HA, 3),
            "framework": ("national-toms", _HA, 3),
        },
        "not_found": [],
        "questions": [
            # 150 of 1,000 marks = 15%.
            {"id": ["Q1", "1"],
             "text": "Describe how you will operate the three centres, including opening hours, staffing structure, "
                     "the activity programme and how you will grow memberships and income.",
             "word_limit": 1500, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _HA, "page": 4, "sub_criteria": []},
            # Pool safety: not social value. 100 of 1,000 = 10%.
            {"id": ["Q2", "2"],
             "text": "How will you keep customers and staff safe, including pool supervision, lifeguard training and "
                     "the management of plant rooms and chemicals?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _HA, "page": 4, "sub_criteria": []},
            {"id": ["Q3", "3"],
             "text": "Explain how you will carry out planned and reactive maintenance of the buildings and equipment, "
                     "and how you will plan lifecycle replacement with the Council.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _HA, "page": 4, "sub_criteria": []},
            # Sport and physical activity development: a core service question, not social value.
            {"id": ["Q4", "4"],
             "text": "How will you increase use of the centres by inactive residents, older people and people with "
                     "long-term health conditions, working with the Council's public health team?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _HA, "page": 4, "sub_criteria": []},
            # 60 of 1,000 marks = 6%.
            {"id": "SV1",
             "text": ["Set out your plan for delivering the social value commitments you make for Halton residents "
                      "over the life of the Contract.",
                      "Set out your plan for delivering the social value commitments you make for Halton residents "
                      "over the life of the Contract. Your response should cover:"],
             "word_limit": 1000, "char_limit": None, "weighting_percent": 6, "social_value": True,
             "source": _HA, "page": 5,
             "sub_criteria": ["who in your organisation will be responsible for each commitment",
                              "how you will recruit local people into leisure jobs and apprenticeships",
                              "how you will evidence and report each commitment to the Council"]},
        ],
    },
    {
        "name": "held19-pdf-and-docx-alder-hey-helpdesk-summary-table-slash-dates-points-question-table-ppn002-0-100",
        "files": [
            {"name": _AH_ITT, "pages": [
                [("p", _AH_HEAD),
                 ("h", "Estates and Facilities Helpdesk Service"),
                 ("p", "Invitation to Tender"),
                 ("h", "1. Overview"),
                 ("p", "1.1 Alder Hey Children's NHS Foundation Trust (the Trust) runs Alder Hey Children's Hospital "
                       "and its community sites in Liverpool."),
                 ("p", "1.2 The Trust requires a provider to operate a 24/7 estates and facilities helpdesk: taking "
                       "calls and online requests for maintenance, portering, cleaning and waste services, logging and "
                       "dispatching jobs in the Trust's CAFM system, and reporting performance to the Trust's Estates "
                       "and Facilities team."),
                 ("p", "1.3 The helpdesk handles about 48,000 requests a year. Emergency (P1) requests must be "
                       "dispatched within 15 minutes."),
                 ("p", "1.4 Bidders answer the questions in the Tender Questionnaire (Word), which forms part of this "
                       "ITT."),
                 _ah_footer("ITT", 1, 3)],
                [("p", _AH_HEAD),
                 ("h", "2. Commercial summary"),
                 ("t", [["Item", "Detail"],
                        ["Contract term", "36 months from 01/04/2033"],
                        ["Extension", "Option to extend by 12 months, then by a further 12 months (3+1+1)"],
                        ["Estimated annual value", "£310,000 (excluding VAT)"],
                        ["Estimated value for the initial term", "£930,000 (excluding VAT)"],
                        ["Pay", "Helpdesk staff must be paid at least the Real Living Wage"]]),
                 ("h", "3. Timetable"),
                 ("b", "Clarification questions close: 21/10/2032 17:00"),
                 ("b", "Tender submission deadline (Atamis): 04/11/2032 12:00"),
                 ("b", "Bidder presentations: 15/11/2032"),
                 ("b", "Intention to award: 06/12/2032"),
                 _ah_footer("ITT", 2, 3)],
                [("p", _AH_HEAD),
                 ("h", "4. Evaluation"),
                 ("p", "4.1 Tenders will be scored out of 100 points: Quality 50 points, Commercial 40 points and "
                       "Social Value 10 points. The points for each question are shown in the Tender Questionnaire."),
                 ("p", "4.2 Social Value is evaluated under Procurement Policy Note 002 (the Social Value Model), using "
                       "the themes tackling economic inequality and fighting climate change."),
                 ("p", "4.3 Each response is awarded 0%, 25%, 50%, 75% or 100% of the points available for the "
                       "question: 0 = no response, 25 = poor, 50 = acceptable, 75 = good, 100 = excellent."),
                 ("p", "4.4 Bidders must achieve at least 50% of the points available for Q3 (information governance) "
                       "or the bid will be rejected."),
                 ("p", "4.5 Contact: alderhey.procurement@alderhey.nhs.uk"),
                 _ah_footer("ITT", 3, 3)],
            ]},
            {"name": _AH_TQ, "pages": [
                [("p", _AH_HEAD),
                 ("h", "Tender Questionnaire"),
                 ("p", "Answer each question in the box provided. Any text beyond the word limit will not be "
                       "evaluated."),
                 ("t", [["Ref", "Question", "Points", "Word limit"],
                        ["Q1", "Describe how you will run the helpdesk 24 hours a day, 365 days a year, including "
                               "call handling, prioritisation and dispatch of jobs to Trust teams.", "20", "1,200"],
                        ["Q2", "Set out your mobilisation plan, including transfer of data into the CAFM system and "
                               "any TUPE transfer of staff.", "12", "800"],
                        ["Q3", "How will you protect patient and staff information handled by the helpdesk, "
                               "including compliance with the Data Security and Protection Toolkit?", "10", "750"],
                        ["Q4", "How will you report performance and drive continuous improvement of the service?",
                         "8", "600"]]),
                 _ah_footer("Tender Questionnaire", 1, 2)],
                [("p", _AH_HEAD),
                 ("h", "Social value"),
                 ("t", [["Ref", "Question", "Points", "Word limit"],
                        ["SV1", "How will you create employment and training opportunities for people in Liverpool "
                                "who face barriers to work, and reduce the carbon footprint of the helpdesk service, "
                                "over the life of the contract?", "10", "750"]]),
                 ("p", "Please also complete the declaration and pricing schedule."),
                 _ah_footer("Tender Questionnaire", 2, 2)],
            ]},
        ],
        "tender": {
            "title": (["Estates and Facilities Helpdesk Service"], _AH_ITT, 1),
            "buyer": (["Alder Hey Children's NHS Foundation Trust", "Alder Hey"], _AH_ITT, 1),
            "service": (["Estates and facilities helpdesk service", "estates and facilities helpdesk",
                         "facilities helpdesk", "a 24/7 estates and facilities helpdesk",
                         "operate a 24/7 estates and facilities helpdesk"],
                        _AH_ITT, 1),
            "area": (["Liverpool"], _AH_ITT, 1),
            # "£930,000 ... for the initial term"; £310,000 a year and 48,000 requests are decoys.
            "value_gbp": (930000, _AH_ITT, 2),
            "months": (36, _AH_ITT, 2),
            # "12 months, then by a further 12 months (3+1+1)".
            "extension_months": (24, _AH_ITT, 2),
            # "04/11/2032 12:00"; 21/10/2032, 15/11/2032 and 06/12/2032 are decoys.
            "deadline": ("2032-11-04", _AH_ITT, 2),
            "social_value_weighting_percent": (10, _AH_ITT, 3),
            "qualitative_percent": None,
            "quantitative_percent": None,
            # 0%, 25%, 50%, 75% or 100% of the points.
            "scoring_scale": ("0-100", _AH_ITT, 3),
            "framework": ("ppn-002", _AH_ITT, 3),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            {"id": ["Q1", "1"],
             "text": "Describe how you will run the helpdesk 24 hours a day, 365 days a year, including call handling, "
                     "prioritisation and dispatch of jobs to Trust teams.",
             "word_limit": 1200, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _AH_TQ, "page": 1, "sub_criteria": []},
            {"id": ["Q2", "2"],
             "text": "Set out your mobilisation plan, including transfer of data into the CAFM system and any TUPE "
                     "transfer of staff.",
             "word_limit": 800, "char_limit": None, "weighting_percent": 12, "social_value": False,
             "source": _AH_TQ, "page": 1, "sub_criteria": []},
            # Information governance: not social value.
            {"id": ["Q3", "3"],
             "text": "How will you protect patient and staff information handled by the helpdesk, including "
                     "compliance with the Data Security and Protection Toolkit?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _AH_TQ, "page": 1, "sub_criteria": []},
            {"id": ["Q4", "4"],
             "text": "How will you report performance and drive continuous improvement of the service?",
             "word_limit": 600, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _AH_TQ, "page": 1, "sub_criteria": []},
            {"id": "SV1",
             "text": "How will you create employment and training opportunities for people in Liverpool who face "
                     "barriers to work, and reduce the carbon footprint of the helpdesk service, over the life of the "
                     "contract?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _AH_TQ, "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held19-docx-chester-catering-weightings-in-words-prose-dates-numbered-5x-questions-bespoke-0-10",
        "files": [{"name": _UC, "pages": [
            [("p", _UC_HEAD),
             ("h", "Catering and Hospitality Services"),
             ("p", "Invitation to Tender"),
             ("h", "1 About this tender"),
             ("p", "1.1 The University of Chester (the University) is seeking a catering partner to run its catering "
                   "and hospitality services - retail cafés, the main refectory, conference and events hospitality "
                   "and vending - across its Chester campuses at Parkgate Road, Exton Park and Kingsway."),
             ("p", "1.2 In term time the outlets handle around 4,200 transactions a day. The successful contractor "
                   "will pay the University a commission of not less than 12 per cent of net sales."),
             _uc_footer(1)],
            [("p", _UC_HEAD),
             ("h", "2 The contract"),
             ("p", "2.1 The contract will be for five (5) years from 1 August 2033. The University may, at its sole "
                   "discretion, extend the contract for a further period or periods not exceeding thirty-six (36) "
                   "months in aggregate."),
             ("p", "2.2 The estimated value of the contract is £16,000,000 over the initial five-year period, based "
                   "on forecast sales of about £3.2 million per annum."),
             ("h", "3 Timetable"),
             ("p", "3.1 A site visit will take place at 10:00 on Tuesday 16 November 2032, starting at the Parkgate "
                   "Road campus. Clarification questions should be sent through the In-Tend portal by Tuesday 23 "
                   "November 2032. Completed tenders must be returned through In-Tend by 12:00 on Thursday 2 "
                   "December 2032. The University expects to announce its decision in January 2033."),
             _uc_footer(2)],
            [("p", _UC_HEAD),
             ("h", "4 How tenders will be evaluated"),
             ("p", "4.1 Price will count for forty per cent of the total marks, quality for fifty per cent and social "
                   "value for ten per cent."),
             ("p", "4.2 Each answer will be given a mark from nought to ten, where nought means no answer and ten "
                   "means an outstanding answer that gives the University full confidence."),
             ("p", "4.3 Social value will be judged against the University's own Social Value and Sustainability "
                   "Strategy 2030. The University does not use the TOMs or any social value calculator."),
             _uc_footer(3)],
            [("p", _UC_HEAD),
             ("h", "5 Quality and social value questions"),
             ("h", "5.1 Food offer and menu development"),
             ("p", "Describe the food and drink offer you will provide in each outlet, how menus will change through "
                   "the year and how you will respond to student feedback."),
             ("p", "This question is worth twenty per cent of the total marks. Please answer in no more than 1,500 "
                   "words."),
             ("h", "5.2 Allergen management and food safety"),
             ("p", "How will you manage allergens and food safety across all outlets, including staff training, "
                   "labelling and your response to an allergic reaction?"),
             ("p", "This question is worth fifteen per cent of the total marks. Please answer in no more than 1,000 "
                   "words."),
             ("h", "5.3 Staffing and customer service"),
             ("p", "Explain how you will staff the service across term time, vacations and events, and how you will "
                   "train staff to give excellent customer service."),
             ("p", "This question is worth fifteen per cent of the total marks. Please answer in no more than 1,000 "
                   "words."),
             ("h", "5.4 Social value"),
             ("p", "How will this contract benefit the people of Chester and the University's students? Please "
                   "address:"),
             ("b", "paid work placements and part-time jobs for University of Chester students"),
             ("b", "buying food from producers in Cheshire and North Wales"),
             ("b", "cutting food waste and single-use packaging"),
             ("p", "This question is worth ten per cent of the total marks. Please answer in no more than 750 words."),
             _uc_footer(4)],
        ]}],
        "tender": {
            "title": (["Catering and Hospitality Services"], _UC, 1),
            "buyer": (["University of Chester"], _UC, 1),
            "service": (["Catering and hospitality services", "catering", "catering and hospitality",
                         "retail cafés, the main refectory, conference and events hospitality and vending",
                         "catering and hospitality services - retail cafés, the main refectory, conference and events "
                         "hospitality and vending"],
                        _UC, 1),
            "area": (["Chester", "Chester campuses", "Parkgate Road, Exton Park and Kingsway",
                      "Chester campuses at Parkgate Road, Exton Park and Kingsway"], _UC, 1),
            # "£16,000,000 over the initial five-year period"; £3.2m per annum, 12 per cent and 4,200 are decoys.
            "value_gbp": (16000000, _UC, 2),
            "months": (60, _UC, 2),
            # "not exceeding thirty-six (36) months in aggregate".
            "extension_months": (36, _UC, 2),
            # "12:00 on Thursday 2 December 2032"; 16 and 23 November 2032 and January 2033 are decoys.
            "deadline": ("2032-12-02", _UC, 2),
            # "social value for ten per cent".
            "social_value_weighting_percent": (10, _UC, 3),
            "qualitative_percent": None,
            "quantitative_percent": None,
            # "from nought to ten".
            "scoring_scale": ("0-10", _UC, 3),
            # The University's own strategy; "does not use the TOMs".
            "framework": ("bespoke", _UC, 3),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            {"id": ["5.1", "Q5.1"],
             "text": "Describe the food and drink offer you will provide in each outlet, how menus will change through "
                     "the year and how you will respond to student feedback.",
             "word_limit": 1500, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _UC, "page": 4, "sub_criteria": []},
            # Allergens and food safety: not social value.
            {"id": ["5.2", "Q5.2"],
             "text": "How will you manage allergens and food safety across all outlets, including staff training, "
                     "labelling and your response to an allergic reaction?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _UC, "page": 4, "sub_criteria": []},
            {"id": ["5.3", "Q5.3"],
             "text": "Explain how you will staff the service across term time, vacations and events, and how you will "
                     "train staff to give excellent customer service.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _UC, "page": 4, "sub_criteria": []},
            {"id": ["5.4", "Q5.4"],
             "text": ["How will this contract benefit the people of Chester and the University's students?",
                      "How will this contract benefit the people of Chester and the University's students? Please "
                      "address:"],
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _UC, "page": 4,
             "sub_criteria": ["paid work placements and part-time jobs for University of Chester students",
                              "buying food from producers in Cheshire and North Wales",
                              "cutting food waste and single-use packaging"]},
        ],
    },
    {
        "name": "held19-txt-and-pdf-sefton-school-transport-portal-notice-iso-dates-sv-inside-quality-no-framework-0-4",
        "files": [
            {"name": _SE_N, "pages": [
                [("p", "THE CHEST - OPPORTUNITY NOTICE"),
                 ("p", "Title: Home to School and College Transport for Children with Special Educational Needs and "
                       "Disabilities"),
                 ("p", "Buyer: Sefton Council (Sefton Metropolitan Borough Council)"),
                 ("p", "Reference: DN-SMBC-2032-0412"),
                 ("p", "Published: 24/05/2032"),
                 ("p", "Procedure: Open"),
                 ("p", "CPV: 60130000 - Special-purpose road passenger-transport services"),
                 ("p", "Location of delivery: Sefton (Bootle, Crosby, Formby, Maghull and Southport)"),
                 ("p", "Estimated value (excluding VAT): £5,500,000 (initial term)"),
                 ("p", "Operator briefing: 2032-06-08 14:00 (Bootle Town Hall)"),
                 ("p", "Clarification deadline: 2032-06-18 17:00"),
                 ("p", "Closing date: 2032-06-30 12:00"),
                 ("p", "Description: Sefton Council invites bids from passenger transport operators to provide home "
                       "to school and college transport, with passenger assistants where required, for children and "
                       "young people with special educational needs and disabilities. Full details are in the Tender "
                       "Document.")],
            ]},
            {"name": _SE_TD, "pages": [
                [("p", _SE_HEAD),
                 ("h", "Home to School and College Transport (SEND)"),
                 ("p", "Tender Document"),
                 ("h", "1. The service"),
                 ("p", "1.1 Sefton Council (the Council) provides free home to school and college transport for about "
                       "1,450 eligible children and young people with special educational needs and disabilities, on "
                       "around 210 daily routes across Sefton."),
                 ("p", "1.2 Operators will provide vehicles, drivers and passenger assistants for the routes allocated "
                       "to them, to the standards in the Service Specification."),
                 _se_footer(1)],
                [("p", _SE_HEAD),
                 ("h", "2. Contract"),
                 ("p", "2.1 The contract runs for two school years, from 1 September 2032 to 31 August 2034, and may be "
                       "extended for up to two further years, a year at a time."),
                 ("p", "2.2 The Council currently spends about £2.75m a year on these routes. Mileage variations are "
                       "paid at £1.85 per mile."),
                 ("p", "2.3 Bids must be submitted through The Chest by the closing date shown in the opportunity "
                       "notice. Late bids will be rejected."),
                 _se_footer(2)],
                [("p", _SE_HEAD),
                 ("h", "3. Evaluation"),
                 ("p", "3.1 Bids will be evaluated on Price 60% and Quality 40%."),
                 ("p", "3.2 The quality questions are weighted as a share of the overall score, together making up "
                       "the 40% for quality:"),
                 ("t", [["Ref", "Topic", "Weighting", "Word limit"],
                        ["QT1", "Route planning and operational delivery", "12%", "1,000"],
                        ["QT2", "Passenger safety and safeguarding", "10%", "1,000"],
                        ["QT3", "Vehicles and accessibility", "8%", "750"],
                        ["QT4", "Social value", "10%", "750"]]),
                 ("p", "3.3 Each question is scored 0-4: 0 Unacceptable, 1 Poor, 2 Satisfactory, 3 Good, 4 Excellent. "
                       "Operators scoring below 2 on QT2 will not be awarded routes."),
                 _se_footer(3)],
                [("p", _SE_HEAD),
                 ("h", "4. Quality questions"),
                 ("p", "QT1 Route planning and operational delivery: How will you plan and run the routes allocated "
                       "to you so that children arrive on time, including cover for driver absence and vehicle "
                       "breakdown?"),
                 ("p", "QT2 Passenger safety and safeguarding: How will you keep children safe on every journey, "
                       "including enhanced DBS checks, training for drivers and passenger assistants, and what you "
                       "will do if a child is not met at the end of a journey?"),
                 ("p", "QT3 Vehicles and accessibility: Describe the vehicles you will use, how they meet the "
                       "accessibility needs of wheelchair users, and how you will maintain them."),
                 ("p", "QT4 Social value: How will you add value for Sefton's communities through this contract, for "
                       "example by recruiting drivers and passenger assistants locally, offering training to Sefton "
                       "residents and moving to lower-emission vehicles?"),
                 _se_footer(4)],
            ]},
        ],
        "tender": {
            "title": (["Home to School and College Transport for Children with Special Educational Needs and "
                       "Disabilities", "Home to School and College Transport (SEND)",
                       "Home to School and College Transport"], [_SE_N, _SE_TD], 1),
            "buyer": (["Sefton Council", "Sefton Metropolitan Borough Council"], [_SE_N, _SE_TD], 1),
            "service": (["Home to school and college transport", "home to school transport", "SEND school transport",
                         "home to school and college transport for children and young people with special educational "
                         "needs and disabilities",
                         "home to school and college transport, with passenger assistants where required, for "
                         "children and young people with special educational needs and disabilities"],
                        [_SE_N, _SE_TD], 1),
            "area": (["Sefton", "Bootle, Crosby, Formby, Maghull and Southport",
                      "Sefton (Bootle, Crosby, Formby, Maghull and Southport)"], [_SE_N, _SE_TD], 1),
            # "£5,500,000 (initial term)" in the notice; £2.75m a year, £1.85 per mile, 1,450 and 210 are decoys.
            "value_gbp": (5500000, _SE_N, 1),
            # "1 September 2032 to 31 August 2034".
            "months": (24, _SE_TD, 2),
            # "up to two further years, a year at a time".
            "extension_months": (24, _SE_TD, 2),
            # "Closing date: 2032-06-30 12:00"; 2032-06-08, 2032-06-18 and 24/05/2032 are decoys.
            "deadline": ("2032-06-30", _SE_N, 1),
            # QT4 10% of the overall score.
            "social_value_weighting_percent": (10, _SE_TD, 3),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-4", _SE_TD, 3),
            # No TOMs, PPN or own policy is named.
            "framework": None,
        },
        "not_found": ["qualitative_percent", "quantitative_percent", "framework"],
        "questions": [
            {"id": ["QT1", "1"],
             "text": "How will you plan and run the routes allocated to you so that children arrive on time, including "
                     "cover for driver absence and vehicle breakdown?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 12, "social_value": False,
             "source": _SE_TD, "page": 4, "sub_criteria": []},
            # Passenger safety and safeguarding: not social value.
            {"id": ["QT2", "2"],
             "text": "How will you keep children safe on every journey, including enhanced DBS checks, training for "
                     "drivers and passenger assistants, and what you will do if a child is not met at the end of a "
                     "journey?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _SE_TD, "page": 4, "sub_criteria": []},
            # Vehicle accessibility: not social value.
            {"id": ["QT3", "3"],
             "text": "Describe the vehicles you will use, how they meet the accessibility needs of wheelchair users, "
                     "and how you will maintain them.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _SE_TD, "page": 4, "sub_criteria": []},
            {"id": ["QT4", "4"],
             "text": "How will you add value for Sefton's communities through this contract, for example by recruiting "
                     "drivers and passenger assistants locally, offering training to Sefton residents and moving to "
                     "lower-emission vehicles?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _SE_TD, "page": 4, "sub_criteria": []},
        ],
    },
    {
        "name": "held19-pdf-onward-repairs-framework-bullet-summary-date-first-timetable-split-weights-two-sv-qs-1-5",
        "files": [{"name": _ON, "pages": [
            [("p", _ON_HEAD),
             ("h", "Responsive Repairs and Voids Framework"),
             ("p", "Tender Pack"),
             ("h", "Section A: Summary"),
             ("b", "Contracting body: Onward Homes Limited (Onward), a registered provider of social housing"),
             ("b", "Scope: responsive repairs and empty homes (voids) works to around 9,000 Onward homes in "
                   "Liverpool, Knowsley and Halton"),
             ("b", "Framework length: 36 months plus an optional further 12 months"),
             ("b", "Estimated framework value: up to £36m over the initial 36 months (around £12m a year)"),
             ("b", "Number of contractors to be appointed: up to three"),
             _on_footer(1)],
            [("p", _ON_HEAD),
             ("h", "Section B: The requirement"),
             ("p", "B1 Contractors will carry out responsive repairs (emergency, urgent and routine) and bring empty "
                   "homes up to Onward's lettable standard. Onward raises around 42,000 repair orders a year, and "
                   "the average cost of a void is currently £4,900."),
             ("p", "B2 At least 20% of operatives working on the framework must be directly employed by the "
                   "contractor."),
             ("h", "Section C: Timetable"),
             ("t", [["Date", "Activity"],
                    ["Wed 10 November 2032", "Supplier day (Onward offices, Liverpool)"],
                    ["Fri 26 November 2032, 5.00pm", "Clarification cut-off"],
                    ["Mon 6 December 2032, 2.00pm", "Tender return"],
                    ["January 2033", "Board approval"],
                    ["Fri 1 April 2033", "Framework start"]]),
             _on_footer(2)],
            [("p", _ON_HEAD),
             ("h", "Section D: Evaluation"),
             ("t", [["Criterion", "Criterion weighting", "Sub-criterion", "Weighting within criterion"],
                    ["Price", "50%", "Tendered percentage adjustment to the schedule of rates", "100%"],
                    ["Quality", "35%", "Q1 Repairs delivery and first-time fix", "40%"],
                    ["", "", "Q2 Voids", "40%"],
                    ["", "", "Q3 Resident communication and complaints", "20%"],
                    ["Social Value", "15%", "SV1 Jobs and skills", "60%"],
                    ["", "", "SV2 Community investment", "40%"]]),
             ("p", "D1 The overall weighting of each question is its weighting within the criterion multiplied by "
                   "the criterion weighting (for example, SV1 = 60% x 15% = 9%)."),
             ("p", "D2 Each response is scored 1 to 5: 1 very poor, 2 poor, 3 satisfactory, 4 good, 5 excellent."),
             ("p", "D3 Contractors should describe their social value commitments using the National TOMs (Themes, "
                   "Outcomes and Measures) and will report against them quarterly."),
             _on_footer(3)],
            [("p", _ON_HEAD),
             ("h", "Section E: Quality questions"),
             ("h", "Q1 Repairs delivery and first-time fix"),
             ("p", "How will you deliver responsive repairs within Onward's priority timescales and maximise the "
                   "number of repairs completed at the first visit?"),
             ("p", "Response length: no more than 1,200 words."),
             ("h", "Q2 Voids"),
             ("p", "Describe how you will bring empty homes up to the lettable standard within 15 working days, "
                   "including how you will manage costs and keep Onward informed."),
             ("p", "Response length: no more than 1,000 words."),
             ("h", "Q3 Resident communication and complaints"),
             ("p", "How will your operatives communicate with residents before, during and after a repair, and how "
                   "will you handle complaints?"),
             ("p", "Response length: no more than 600 words."),
             _on_footer(4)],
            [("p", _ON_HEAD),
             ("h", "Section F: Social value questions"),
             ("h", "SV1 Jobs and skills"),
             ("p", "What jobs, apprenticeships and training will you create for Onward customers and other residents "
                   "of Liverpool, Knowsley and Halton through this framework, and how will you report on them?"),
             ("p", "Response length: no more than 750 words."),
             ("h", "SV2 Community investment"),
             ("p", "Describe the support you will give to community projects in Onward neighbourhoods, such as "
                   "volunteering days, donations in kind and help for tenants' groups, and how you will agree "
                   "priorities with Onward's community investment team."),
             ("p", "Response length: no more than 500 words."),
             _on_footer(5)],
        ]}],
        "tender": {
            "title": (["Responsive Repairs and Voids Framework"], _ON, 1),
            "buyer": (["Onward Homes", "Onward Homes Limited", "Onward"], _ON, 1),
            "service": (["Responsive repairs and voids", "responsive repairs and voids framework",
                         "responsive repairs and empty homes (voids) works",
                         "responsive repairs and empty homes (voids) works to around 9,000 Onward homes",
                         "responsive repairs"],
                        _ON, 1),
            "area": (["Liverpool, Knowsley and Halton"], _ON, 1),
            # "up to £36m over the initial 36 months"; £12m a year, 42,000 orders and £4,900 are decoys.
            "value_gbp": (36000000, _ON, 1),
            "months": (36, _ON, 1),
            # "plus an optional further 12 months".
            "extension_months": (12, _ON, 1),
            # "Mon 6 December 2032, 2.00pm"; 10 and 26 November 2032, January and 1 April 2033 are decoys.
            "deadline": ("2032-12-06", _ON, 2),
            "social_value_weighting_percent": (15, _ON, 3),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("1-5", _ON, 3),
            "framework": ("national-toms", _ON, 3),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            # 40% x 35% = 14%.
            {"id": ["Q1", "1"],
             "text": "How will you deliver responsive repairs within Onward's priority timescales and maximise the "
                     "number of repairs completed at the first visit?",
             "word_limit": 1200, "char_limit": None, "weighting_percent": 14, "social_value": False,
             "source": _ON, "page": 4, "sub_criteria": []},
            # 40% x 35% = 14%.
            {"id": ["Q2", "2"],
             "text": "Describe how you will bring empty homes up to the lettable standard within 15 working days, "
                     "including how you will manage costs and keep Onward informed.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 14, "social_value": False,
             "source": _ON, "page": 4, "sub_criteria": []},
            # Resident communication and complaints: not social value. 20% x 35% = 7%.
            {"id": ["Q3", "3"],
             "text": "How will your operatives communicate with residents before, during and after a repair, and how "
                     "will you handle complaints?",
             "word_limit": 600, "char_limit": None, "weighting_percent": 7, "social_value": False,
             "source": _ON, "page": 4, "sub_criteria": []},
            # 60% x 15% = 9%.
            {"id": "SV1",
             "text": "What jobs, apprenticeships and training will you create for Onward customers and other residents "
                     "of Liverpool, Knowsley and Halton through this framework, and how will you report on them?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 9, "social_value": True,
             "source": _ON, "page": 5, "sub_criteria": []},
            # 40% x 15% = 6%.
            {"id": "SV2",
             "text": "Describe the support you will give to community projects in Onward neighbourhoods, such as "
                     "volunteering days, donations in kind and help for tenants' groups, and how you will agree "
                     "priorities with Onward's community investment team.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 6, "social_value": True,
             "source": _ON, "page": 5, "sub_criteria": []},
        ],
    },
    {
        "name": "held19-md-knowsley-youth-work-itq-18-months-month-first-dates-marks-of-100-bold-questions-cm-toms-0-3",
        "files": [{"name": _KN, "pages": [
            [("p", _KN_HEAD),
             ("h", "Detached and Outreach Youth Work Service"),
             ("h", "1. What we are buying"),
             ("p", "Knowsley Council (the Council) is looking for a voluntary or community sector organisation, or a "
                   "consortium, to deliver detached and outreach youth work for young people aged 11 to 19 (up to "
                   "25 with special educational needs or disabilities) in Huyton, Kirkby, Prescot, Halewood and "
                   "Stockbridge Village."),
             ("p", "The provider will run at least 12 sessions a week, with no more than 8 young people to each "
                   "youth worker, and is expected to reach at least 3,500 young people over the contract."),
             ("h", "2. Term and budget"),
             ("p", "The contract will run for 18 months, from 1 April 2033 to 30 September 2034. It may be extended "
                   "by up to six months if further funding is confirmed."),
             ("p", "The total budget is £420,000 for the 18 months (about £280,000 a year)."),
             _kn_footer(1)],
            [("p", _KN_HEAD),
             ("h", "3. Key dates"),
             ("t", [["Stage", "Date"],
                    ["Provider information session (online)", "August 31st, 2032, 10:00"],
                    ["Last day for questions", "September 20th, 2032"],
                    ["Quote return", "October 4th, 2032, 12:00"],
                    ["Interviews", "October 18th, 2032"],
                    ["Service start", "April 1st, 2033"]]),
             ("h", "4. How we will score quotes"),
             ("p", "Quotes are marked out of 100: 70 marks for quality and 30 marks for price. The quality marks "
                   "are split between the four questions below: Q1 25 marks, Q2 15 marks, Q3 15 marks and Q4 15 "
                   "marks."),
             ("p", "Each answer is scored 0-3 (0 = no answer, 1 = weak, 2 = good, 3 = very good), and the marks "
                   "given are in proportion to that score."),
             ("p", "Q4 is the social value question. Social value is assessed using the Cheshire and Merseyside "
                   "Social Value TOMs."),
             _kn_footer(2)],
            [("p", _KN_HEAD),
             ("h", "5. Questions"),
             ("p", "**Q1. Delivery model.** How will you find and engage young people in the streets, parks and "
                   "other places where they spend time, and what will your sessions offer them? (up to 1,000 "
                   "words)"),
             ("p", "**Q2. Youth voice.** How will young people shape the service, including how their views will "
                   "be gathered and acted on? (up to 500 words)"),
             ("p", "**Q3. Safeguarding.** How will you keep young people safe, including risk assessment of "
                   "outreach sites, lone working and referral to children's social care? (up to 750 words)"),
             ("p", "**Q4. Social value.** Beyond the service itself, what will your organisation do for Knowsley? "
                   "Tell us about volunteering and paid roles for local young people, how you will spend money with "
                   "Knowsley businesses and groups, and how you will cut the environmental impact of your outreach "
                   "work. (up to 500 words)"),
             ("p", "Send your quote to cyp.commissioning@knowsley.gov.uk."),
             _kn_footer(3)],
        ]}],
        "tender": {
            "title": (["Detached and Outreach Youth Work Service", "Detached and Outreach Youth Work"], _KN, 1),
            "buyer": (["Knowsley Council", "Knowsley Metropolitan Borough Council"], _KN, 1),
            "service": (["Detached and outreach youth work", "youth work", "youth services",
                         "detached and outreach youth work for young people aged 11 to 19",
                         "detached and outreach youth work service"],
                        _KN, 1),
            "area": (["Knowsley", "Huyton, Kirkby, Prescot, Halewood and Stockbridge Village"], _KN, 1),
            # "£420,000 for the 18 months"; about £280,000 a year, 3,500, 12 sessions and 1:8 are decoys.
            "value_gbp": (420000, _KN, 1),
            "months": (18, _KN, 1),
            # "extended by up to six months".
            "extension_months": (6, _KN, 1),
            # "October 4th, 2032, 12:00"; August 31st, September 20th, October 18th 2032 and April 1st 2033 are decoys.
            "deadline": ("2032-10-04", _KN, 2),
            # Q4's 15 of 100 marks.
            "social_value_weighting_percent": (15, _KN, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-3", _KN, 2),
            "framework": ("cm-toms", _KN, 2),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            # 25 of 100 marks.
            {"id": ["Q1", "1"],
             "text": "How will you find and engage young people in the streets, parks and other places where they "
                     "spend time, and what will your sessions offer them?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 25, "social_value": False,
             "source": _KN, "page": 3, "sub_criteria": []},
            # Youth voice: not social value.
            {"id": ["Q2", "2"],
             "text": "How will young people shape the service, including how their views will be gathered and acted "
                     "on?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _KN, "page": 3, "sub_criteria": []},
            # Safeguarding: not social value.
            {"id": ["Q3", "3"],
             "text": "How will you keep young people safe, including risk assessment of outreach sites, lone working "
                     "and referral to children's social care?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _KN, "page": 3, "sub_criteria": []},
            {"id": ["Q4", "4"],
             "text": ["Beyond the service itself, what will your organisation do for Knowsley? Tell us about "
                      "volunteering and paid roles for local young people, how you will spend money with Knowsley "
                      "businesses and groups, and how you will cut the environmental impact of your outreach work.",
                      "Beyond the service itself, what will your organisation do for Knowsley?"],
             "word_limit": 500, "char_limit": None, "weighting_percent": 15, "social_value": True,
             "source": _KN, "page": 3, "sub_criteria": []},
        ],
    },
]
