"""An eighteenth held-out set for the tender intake, written by a separate writer who never read the extractor's code
(nor its tests, prompts or scripts, nor any held-out set but the seventeenth, read for its format), and committed
before the extractor was run on it. Six packs from Cheshire and Merseyside buyers and services the seventeenth set does
not use: a council's highways resurfacing framework (Cheshire West and Chester Council), an NHS integrated care
board's community pharmacy support service (NHS Cheshire and Merseyside ICB), a university's security services
(Liverpool John Moores University), a school trust's cleaning (Mersey Bridge Academy Trust, Runcorn and Widnes), a
council's independent advocacy service (Wirral Council) and a ferry operator's vessel maintenance and dry-docking
(Mersey Ferries).

Layouts, each different from the seventeenth set and from each other:
- a single PDF opening with a two-column "Tender Summary" data sheet (key and value rows) holding the term ("3 years
  + 1 year optional extension"), the value ("£27,000,000 ... initial 3-year term" beside "c. £9 million" a year,
  160,000 m2 a year and a £52.00 an hour daywork rate) and dotted dates ("14:00 on 08.06.2032" beside "18.05.2032",
  "25.05.2032 17:00", "03.08.2032" and "01.10.2032"); a "Price 60% / Quality 30% / Social Value 10%" table and a 50%
  quality threshold decoy; each question in its own vertical key-value table ("Question reference | QS1", "Title",
  "Question", "Weighting", "Maximum length"); National TOMs; a 0, 20, 40, 60, 80, 100 scale (0-100); a traffic
  management and road user safety decoy.
- a PDF ITT plus a Word response document under the Provider Selection Regime: five key criteria weighted in one
  prose sentence (quality and innovation 35%, value 25%, integration 15%, access and health inequalities 15%, social
  value 10%); each question under its own heading with an inline "Key criterion: ... | Weighting: 35% | Word limit:
  1,500 words" line; PPN 002; a timetable as bullets with weekday dates ("Friday 17 September 2032, 12:00 noon" beside
  3 September, 20 October and 1 April 2033); "24 months" with "two periods of 12 months" extension; "£1,380,000 for
  the initial 24 months" beside "£690,000 per year", ~560 pharmacies and a £2,400 engagement payment; an access and
  health inequalities question as the decoy; a 0-5 scale in prose.
- a single Word ITT with portal-style dates ("12:00 09-Sep-2032" beside "19-Aug-2032", "26-Aug-2032",
  "20-Sep-2032"), no contract value disclosed (null) beside 96,000 officer hours a year and a £13.45 an hour rate;
  "extend by up to twenty-four months in total"; Quality 60% / Price 40% with questions weighted as a percentage of
  the Quality score (25/25/30/20) and the stated rule that the overall weighting is that times 60% (15/15/18/12, so
  social value 12%); questions inline as "Q1 (Mobilisation and TUPE). ... [Limit: 6,000 characters including
  spaces]"; the University's own Social Value Priorities (bespoke); a 1-5 scale; an incident response and student
  welfare decoy.
- a plain-text e-mail request for quotation (one page) with "Sent:" header date, a deadline "by 12 noon on Friday 2
  July 2032" beside visits on 22/23 June, questions by 25 June and a decision by 16 July; a one-year contract "roll on
  for up to two further years, one year at a time"; "about £186,000 for the year" beside 310 hours a week, £12.85 an
  hour and 11,600 m2; price 60%, Q1 and Q2 15% each, social value 10% (Q3); word limits in brackets; the e-mail says it
  does not use the TOMs or a calculator (framework null); a 0-3 scale; a safeguarding and DBS decoy.
- a single PDF where question weights sit on a different page from the questions, as 0-4 scores times a "weighting
  factor" (x4, x4, x3, x2, x2, maximum weighted scores 16/16/12/8/8 of 100, price 40 points); the term as "1 April
  2033 to 31 March 2036" with "up to a further two years"; "£1,575,000" over three years beside "£525,000 per annum",
  2,100 referrals and 640 IMCA instructions; abbreviated dates ("12:00, Wed 6 Oct 2032" beside "Tue 7 Sep 2032",
  "17:00, Wed 22 Sep 2032" and "Mon 15 Nov 2032"); Cheshire and Merseyside TOMs; a safeguarding decoy with a minimum
  score and a co-production decoy; method statements as plain paragraphs "MS1:" to "MS5:" each ending "(maximum
  ... words)".
- a PDF ITT plus a plain-text clarification bulletin that moves the deadline (the PDF's "12:00 Wednesday 20 October
  2032" becomes "12:00 on Wednesday 3 November 2032"); "5 years ... two further periods of up to 2 years each
  (5+2+2)"; "£8.75m over the five-year term" beside "c. £1.2m" a year, a £65 an hour labour rate and 21-day dry-dock
  periods; Price 50% / Technical 40% / Social Value 10% with social value split in prose into 7% TOMs offer and 3%
  method statement (30/70); technical weights in brackets after each title; a 0-10 scale; a safety management and
  MCA compliance decoy.

Decoys that are not the social value question: traffic management and road user safety, access and health
inequalities, staff vetting and incident response, pupil safeguarding, adult safeguarding and co-production, and
vessel safety management. Same shape as evals/intake_heldout17.py. ``not_found`` lists the tender fields the pack does
not state (expected null); it is documentation and is not read by the scorer.
"""

# --- Pack 1: Cheshire West and Chester Council highways resurfacing framework (single PDF) ------------------------
_CW = "CWaC Highways Resurfacing and Surface Treatments Framework - ITT.pdf"
_CW_HEAD = "Cheshire West and Chester Council | Highways Resurfacing Framework | DN-2032-HW-044"

# --- Pack 2: NHS Cheshire and Merseyside ICB community pharmacy support (PDF + DOCX) -----------------------------
_IC_ITT = "NHS C&M ICB - Community Pharmacy Support and Facilitation Service - ITT.pdf"
_IC_RD = "NHS C&M ICB - Community Pharmacy Support and Facilitation Service - Response Document.docx"
_IC_HEAD = "NHS Cheshire and Merseyside ICB | PSR Competitive Process | CM-ICB-PH-2032-09"

# --- Pack 3: Liverpool John Moores University security services (single DOCX) ----------------------------------
_LJ = "LJMU Security Services ITT LJMU-EST-2032-118.docx"
_LJ_HEAD = "Liverpool John Moores University - Estates - ITT LJMU/EST/2032/118 - Security Services"

# --- Pack 4: Mersey Bridge Academy Trust cleaning (single TXT e-mail) -------------------------------------------
_MB = "Request for quotation - cleaning at our five academies.txt"

# --- Pack 5: Wirral Council independent advocacy (single PDF) ---------------------------------------------------
_WI = "Wirral Council - Independent Advocacy Service - Invitation to Tender.pdf"
_WI_HEAD = "Wirral Council | Adult Social Care and Public Health Commissioning | WBC-ASC-0781"

# --- Pack 6: Mersey Ferries vessel maintenance and dry-docking (PDF + TXT bulletin) ------------------------------
_MF_ITT = "Mersey Ferries Vessel Maintenance and Dry-Docking - ITT.pdf"
_MF_CB = "Clarification Bulletin 3 - Mersey Ferries vessel maintenance.txt"
_MF_HEAD = "Mersey Ferries | Vessel Maintenance, Dry-Docking and Repair Services | MF/ENG/2032/17"


def _cw_footer(n):
    return ("p", "DN-2032-HW-044 | Page %d of 5 | OFFICIAL" % n)


def _ic_footer(doc, n, of):
    return ("p", "%s | Page %d of %d | OFFICIAL: commercial" % (doc, n, of))


def _lj_footer(n):
    return ("p", "LJMU/EST/2032/118 - %d" % n)


def _wi_footer(n):
    return ("p", "Wirral Council - WBC-ASC-0781 - page %d" % n)


def _mf_footer(n):
    return ("p", "MF/ENG/2032/17 - ITT - Page %d of 4" % n)


PACKS = [
    {
        "name": "held18-pdf-cwac-highways-framework-summary-sheet-dotted-dates-vertical-question-tables-ntoms-0-100",
        "files": [{"name": _CW, "pages": [
            [("p", _CW_HEAD),
             ("h", "Highways Resurfacing and Surface Treatments Framework"),
             ("p", "Instructions to Tenderers"),
             ("h", "Tender Summary"),
             ("t", [["Item", "Detail"],
                    ["Contracting authority", "Cheshire West and Chester Council"],
                    ["Procedure", "Open procedure - single supplier framework agreement"],
                    ["Framework term", "3 years + 1 year optional extension"],
                    ["Estimated value", "£27,000,000 (excluding VAT) over the initial 3-year term"],
                    ["Tenderer briefing (online)", "18.05.2032"],
                    ["Clarification deadline", "25.05.2032 17:00"],
                    ["Tender return", "14:00 on 08.06.2032"],
                    ["Anticipated award", "03.08.2032"],
                    ["Framework commencement", "01.10.2032"]]),
             ("p", "Tenders must be submitted through The Chest e-tendering portal. Late tenders will not be opened."),
             _cw_footer(1)],
            [("p", _CW_HEAD),
             ("h", "1. The requirement"),
             ("p", "1.1 Cheshire West and Chester Council (the Council) is the local highway authority for the "
                   "borough of Cheshire West and Chester, including Chester, Ellesmere Port, Northwich and Winsford, "
                   "and maintains around 2,300 km of adopted road."),
             ("p", "1.2 The Council is establishing a framework agreement with a single contractor for carriageway "
                   "resurfacing, inlay and overlay, and surface treatments (surface dressing and micro-asphalt) on the "
                   "adopted highway network. Works will be called off through individual works orders."),
             ("p", "1.3 The Council currently spends c. £9 million a year on these works, covering approximately "
                   "160,000 m2 of resurfacing a year. Daywork is paid at the rates tendered in the Schedule of Rates "
                   "(currently £52.00 an hour for a surfacing operative). The Council gives no guarantee of the "
                   "volume of work that will be ordered."),
             _cw_footer(2)],
            [("p", _CW_HEAD),
             ("h", "2. Evaluation"),
             ("p", "2.1 Tenders will be evaluated on the following basis:"),
             ("t", [["Criterion", "Weighting"],
                    ["Price (priced model project of 40,000 m2)", "60%"],
                    ["Quality (questions QS1 to QS3)", "30%"],
                    ["Social Value (question SV1)", "10%"],
                    ["Total", "100%"]]),
             ("p", "2.2 Social value will be assessed against the National TOMs (Themes, Outcomes and Measures). "
                   "Tenderers should refer to the National TOMs measures when describing their commitments."),
             ("p", "2.3 Each quality and social value response will be awarded a score of 0, 20, 40, 60, 80 or 100, "
                   "where 0 means no response or a wholly inadequate response and 100 means an excellent response "
                   "that fully meets the requirement with strong evidence."),
             ("p", "2.4 Tenderers must achieve at least 50% of the quality marks available; tenders below this "
                   "threshold will not proceed to price evaluation."),
             _cw_footer(3)],
            [("p", _CW_HEAD),
             ("h", "3. Quality questions"),
             ("t", [["Question reference", "QS1"],
                    ["Title", "Programme management and delivery"],
                    ["Question", "Explain how you will plan, programme and deliver resurfacing and surface treatment "
                                 "schemes called off under the Framework, including the seasonal surface dressing "
                                 "programme and how you will minimise disruption to residents and businesses."],
                    ["Weighting", "12%"],
                    ["Maximum length", "1,500 words"]]),
             ("t", [["Question reference", "QS2"],
                    ["Title", "Traffic management and road user safety"],
                    ["Question", "How will you keep the workforce and road users safe, including your approach to "
                                 "traffic management on high-speed roads, protection of pedestrians and cyclists, "
                                 "and the management of temporary speed limits?"],
                    ["Weighting", "10%"],
                    ["Maximum length", "1,000 words"]]),
             ("t", [["Question reference", "QS3"],
                    ["Title", "Quality of workmanship and materials"],
                    ["Question", "Describe how you will ensure that materials and workmanship meet the Specification "
                                 "for Highway Works, including testing, defect rectification and the guarantee "
                                 "periods you will offer."],
                    ["Weighting", "8%"],
                    ["Maximum length", "1,000 words"]]),
             _cw_footer(4)],
            [("p", _CW_HEAD),
             ("h", "4. Social value question"),
             ("t", [["Question reference", "SV1"],
                    ["Title", "Social value"],
                    ["Question", "Describe the social value you will deliver for people and communities in Cheshire "
                                 "West and Chester through works called off under this Framework, including local "
                                 "jobs and apprenticeships, spend with local small businesses and reducing the carbon "
                                 "emitted by your plant and materials."],
                    ["Weighting", "10%"],
                    ["Maximum length", "1,000 words"]]),
             ("h", "5. Submission checklist"),
             ("b", "Selection questionnaire and insurance certificates (employer's liability £10m)"),
             ("b", "Responses to QS1, QS2, QS3 and SV1"),
             ("b", "Priced Schedule of Rates and model project"),
             ("p", "Highways Commissioning: highwaysprocurement@cheshirewestandchester.gov.uk, 0300 123 8123."),
             _cw_footer(5)],
        ]}],
        "tender": {
            "title": (["Highways Resurfacing and Surface Treatments Framework",
                       "Highways Resurfacing Framework"], _CW, 1),
            "buyer": (["Cheshire West and Chester Council", "Cheshire West and Chester"], _CW, [1, 2]),
            "service": (["Highways resurfacing and surface treatments", "highways resurfacing",
                         "carriageway resurfacing, inlay and overlay, and surface treatments",
                         "carriageway resurfacing, inlay and overlay, and surface treatments (surface dressing and "
                         "micro-asphalt) on the adopted highway network",
                         "carriageway resurfacing and surface treatments",
                         "a framework agreement with a single contractor for carriageway resurfacing, inlay and "
                         "overlay, and surface treatments"],
                        _CW, [1, 2]),
            "area": (["Cheshire West and Chester", "the borough of Cheshire West and Chester",
                      "borough of Cheshire West and Chester, including Chester, Ellesmere Port, Northwich and "
                      "Winsford"], _CW, [1, 2]),
            # "£27,000,000 ... over the initial 3-year term"; "c. £9 million a year", 160,000 m2 and £52.00 are decoys.
            "value_gbp": (27000000, _CW, 1),
            "months": (36, _CW, 1),
            # "3 years + 1 year optional extension".
            "extension_months": (12, _CW, 1),
            # "14:00 on 08.06.2032"; briefing 18.05.2032, clarifications 25.05.2032, award 03.08.2032 are decoys.
            "deadline": ("2032-06-08", _CW, 1),
            "social_value_weighting_percent": (10, _CW, 3),
            "qualitative_percent": None,
            "quantitative_percent": None,
            # "0, 20, 40, 60, 80 or 100".
            "scoring_scale": ("0-100", _CW, 3),
            "framework": ("national-toms", _CW, 3),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            {"id": "QS1",
             "text": "Explain how you will plan, programme and deliver resurfacing and surface treatment schemes called "
                     "off under the Framework, including the seasonal surface dressing programme and how you will "
                     "minimise disruption to residents and businesses.",
             "word_limit": 1500, "char_limit": None, "weighting_percent": 12, "social_value": False,
             "source": _CW, "page": 4, "sub_criteria": []},
            # Traffic management and road user safety: not social value.
            {"id": "QS2",
             "text": "How will you keep the workforce and road users safe, including your approach to traffic "
                     "management on high-speed roads, protection of pedestrians and cyclists, and the management of "
                     "temporary speed limits?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _CW, "page": 4, "sub_criteria": []},
            {"id": "QS3",
             "text": "Describe how you will ensure that materials and workmanship meet the Specification for Highway "
                     "Works, including testing, defect rectification and the guarantee periods you will offer.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _CW, "page": 4, "sub_criteria": []},
            {"id": "SV1",
             "text": "Describe the social value you will deliver for people and communities in Cheshire West and "
                     "Chester through works called off under this Framework, including local jobs and "
                     "apprenticeships, spend with local small businesses and reducing the carbon emitted by your "
                     "plant and materials.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _CW, "page": 5, "sub_criteria": []},
        ],
    },
    {
        "name": "held18-pdf-and-docx-cm-icb-pharmacy-psr-key-criteria-prose-inline-criterion-lines-ppn002-0-5",
        "files": [
            {"name": _IC_ITT, "pages": [
                [("p", _IC_HEAD),
                 ("h", "Community Pharmacy Support and Facilitation Service"),
                 ("p", "Invitation to Tender - Provider Selection Regime competitive process"),
                 ("h", "1. Introduction"),
                 ("p", "1.1 NHS Cheshire and Merseyside Integrated Care Board (the ICB) commissions primary care "
                       "services for a population of 2.7 million people across its nine places: Cheshire East, "
                       "Cheshire West, Halton, Knowsley, Liverpool, Sefton, St Helens, Warrington and Wirral."),
                 ("p", "1.2 The ICB wishes to appoint a provider to deliver a community pharmacy support and "
                       "facilitation service: practical training, peer facilitation and data support that helps the "
                       "area's ~560 community pharmacies to deliver Pharmacy First, the hypertension case-finding "
                       "service and the pharmacy contraception service."),
                 ("p", "1.3 This Invitation to Tender should be read with the Response Document (Word), in which "
                       "bidders answer the questions."),
                 _ic_footer("ITT", 1, 3)],
                [("p", _IC_HEAD),
                 ("h", "2. Contract and timetable"),
                 ("p", "2.1 The contract will start on 1 April 2033 and run for 24 months. The ICB may extend the "
                       "contract by a further 24 months, exercisable in two periods of 12 months."),
                 ("p", "2.2 The maximum contract value is £1,380,000 for the initial 24 months, equivalent to "
                       "£690,000 per year. This includes an engagement payment of up to £2,400 per pharmacy, which "
                       "the provider will pass through to participating pharmacies."),
                 ("p", "2.3 Timetable:"),
                 ("b", "Bidder clarification questions close: Friday 3 September 2032, 17:00"),
                 ("b", "Bids due on the Atamis portal: Friday 17 September 2032, 12:00 noon"),
                 ("b", "Evaluation and moderation complete: Wednesday 20 October 2032"),
                 ("b", "Contract start: Friday 1 April 2033"),
                 _ic_footer("ITT", 2, 3)],
                [("p", _IC_HEAD),
                 ("h", "3. Evaluation"),
                 ("p", "3.1 Bids will be assessed against the five key criteria in the Health Care Services (Provider "
                       "Selection Regime) Regulations 2023, weighted as follows: quality and innovation 35%; value "
                       "25%; integration, collaboration and service sustainability 15%; improving access, reducing "
                       "health inequalities and facilitating choice 15%; and social value 10%."),
                 ("p", "3.2 Value is assessed from the financial model. The social value criterion is evaluated "
                       "using the Social Value Model in Procurement Policy Note 002 (PPN 002), under the theme of "
                       "tackling economic inequality."),
                 ("p", "3.3 Each written response is scored from 0 to 5, where 0 is no response or a response that "
                       "fails to address the question, 3 is a satisfactory response and 5 is an excellent response "
                       "supported by strong evidence. A bid scoring less than 2 on Question 1 will be excluded."),
                 ("p", "3.4 Queries: cm-icb.procurement@nhs.net."),
                 _ic_footer("ITT", 3, 3)],
            ]},
            {"name": _IC_RD, "pages": [
                [("p", _IC_HEAD),
                 ("h", "Response Document"),
                 ("p", "Answer each question below. Text beyond the word limit will not be read."),
                 ("h", "Question 1 - Service model and innovation"),
                 ("p", "Describe your service model for supporting community pharmacies to deliver Pharmacy First, "
                       "hypertension case-finding and contraception services, including how you will use data to "
                       "target support and what innovations you will bring."),
                 ("p", "Key criterion: Quality and innovation | Weighting: 35% | Word limit: 1,500 words"),
                 ("h", "Question 2 - Working with partners"),
                 ("p", "How will you work with general practice, the Local Pharmaceutical Committees and the nine "
                       "places to make sure the service fits with other local services and can be sustained after the "
                       "contract ends?"),
                 ("p", "Key criterion: Integration, collaboration and service sustainability | Weighting: 15% | Word "
                       "limit: 750 words"),
                 _ic_footer("Response Document", 1, 2)],
                [("p", _IC_HEAD),
                 ("h", "Question 3 - Access and health inequalities"),
                 ("p", "How will you focus support on pharmacies serving the most deprived communities and Core20PLUS5 "
                       "groups, so that more people in those communities can get these services close to home?"),
                 ("p", "Key criterion: Improving access, reducing health inequalities and facilitating choice | "
                       "Weighting: 15% | Word limit: 750 words"),
                 ("h", "Question 4 - Social value"),
                 ("p", "How will you use this contract to tackle economic inequality in Cheshire and Merseyside? In "
                       "your answer, describe:"),
                 ("b", "how you will recruit pharmacy technicians and facilitators from the local population, "
                       "including people who are long-term unemployed"),
                 ("b", "the training and career routes you will offer to your staff and to pharmacy teams"),
                 ("b", "how you will measure and report these outcomes to the ICB"),
                 ("p", "Key criterion: Social value | Weighting: 10% | Word limit: 500 words"),
                 _ic_footer("Response Document", 2, 2)],
            ]},
        ],
        "tender": {
            "title": (["Community Pharmacy Support and Facilitation Service"], _IC_ITT, 1),
            "buyer": (["NHS Cheshire and Merseyside Integrated Care Board", "NHS Cheshire and Merseyside ICB",
                       "Cheshire and Merseyside Integrated Care Board"], _IC_ITT, 1),
            "service": (["Community pharmacy support and facilitation service", "community pharmacy support",
                         "a community pharmacy support and facilitation service",
                         "practical training, peer facilitation and data support for community pharmacies",
                         "practical training, peer facilitation and data support that helps the area's ~560 "
                         "community pharmacies to deliver Pharmacy First, the hypertension case-finding service and "
                         "the pharmacy contraception service"],
                        _IC_ITT, 1),
            "area": (["Cheshire and Merseyside",
                      "Cheshire East, Cheshire West, Halton, Knowsley, Liverpool, Sefton, St Helens, Warrington and "
                      "Wirral"], _IC_ITT, 1),
            # "£1,380,000 for the initial 24 months"; "£690,000 per year", £2,400 per pharmacy and ~560 are decoys.
            "value_gbp": (1380000, _IC_ITT, 2),
            "months": (24, _IC_ITT, 2),
            # "a further 24 months, exercisable in two periods of 12 months".
            "extension_months": (24, _IC_ITT, 2),
            # "Friday 17 September 2032, 12:00 noon"; 3 September, 20 October 2032 and 1 April 2033 are decoys.
            "deadline": ("2032-09-17", _IC_ITT, 2),
            "social_value_weighting_percent": (10, _IC_ITT, 3),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-5", _IC_ITT, 3),
            "framework": ("ppn-002", _IC_ITT, 3),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            {"id": ["1", "Q1", "Question 1"],
             "text": "Describe your service model for supporting community pharmacies to deliver Pharmacy First, "
                     "hypertension case-finding and contraception services, including how you will use data to target "
                     "support and what innovations you will bring.",
             "word_limit": 1500, "char_limit": None, "weighting_percent": 35, "social_value": False,
             "source": _IC_RD, "page": 1, "sub_criteria": []},
            {"id": ["2", "Q2", "Question 2"],
             "text": "How will you work with general practice, the Local Pharmaceutical Committees and the nine places "
                     "to make sure the service fits with other local services and can be sustained after the contract "
                     "ends?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _IC_RD, "page": 1, "sub_criteria": []},
            # Access and health inequalities: a separate PSR key criterion, not social value.
            {"id": ["3", "Q3", "Question 3"],
             "text": "How will you focus support on pharmacies serving the most deprived communities and Core20PLUS5 "
                     "groups, so that more people in those communities can get these services close to home?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _IC_RD, "page": 2, "sub_criteria": []},
            {"id": ["4", "Q4", "Question 4"],
             "text": ["How will you use this contract to tackle economic inequality in Cheshire and Merseyside?",
                      "How will you use this contract to tackle economic inequality in Cheshire and Merseyside? In "
                      "your answer, describe:"],
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _IC_RD, "page": 2,
             "sub_criteria": ["how you will recruit pharmacy technicians and facilitators from the local population, "
                              "including people who are long-term unemployed",
                              "the training and career routes you will offer to your staff and to pharmacy teams",
                              "how you will measure and report these outcomes to the ICB"]},
        ],
    },
    {
        "name": "held18-docx-ljmu-security-portal-dates-no-value-quality-share-weights-inline-bracket-limits-bespoke-1-5",
        "files": [{"name": _LJ, "pages": [
            [("p", _LJ_HEAD),
             ("h", "Security Services"),
             ("p", "Invitation to Tender"),
             ("h", "Section 1 - Introduction"),
             ("p", "1.1 Liverpool John Moores University (LJMU or the University) is seeking a contractor to provide "
                   "security services - mobile and static patrols, a 24-hour control room, key holding, lock and "
                   "unlock, and event security - at its City Campus and Mount Pleasant Campus in Liverpool city "
                   "centre and at its University-managed halls of residence."),
             ("p", "1.2 The University has around 27,000 students and 2,700 staff."),
             ("h", "Section 2 - Contract"),
             ("p", "2.1 The Contract will commence on 1 January 2033 for an initial term of three years. The "
                   "University may extend the Contract by up to twenty-four months in total, in one or more periods."),
             ("p", "2.2 The University does not disclose a budget for this Contract. For pricing, the current "
                   "requirement is approximately 96,000 officer hours a year, and all officers must be paid at least "
                   "the Real Living Wage (£13.45 an hour)."),
             _lj_footer(1)],
            [("p", _LJ_HEAD),
             ("h", "Section 3 - Timetable"),
             ("t", [["Milestone", "Date / time"],
                    ["Site tour (Aldham Robarts Library, 10:00)", "19-Aug-2032"],
                    ["Clarification questions close", "17:00 26-Aug-2032"],
                    ["Tender submission deadline", "12:00 09-Sep-2032"],
                    ["Shortlisted bidder presentations", "20-Sep-2032"],
                    ["Contract commencement", "01-Jan-2033"]]),
             ("p", "3.1 Tenders must be submitted through the University's e-tendering portal. The University will "
                   "not accept tenders by e-mail."),
             _lj_footer(2)],
            [("p", _LJ_HEAD),
             ("h", "Section 4 - Evaluation"),
             ("p", "4.1 Tenders will be evaluated 60% on Quality and 40% on Price."),
             ("p", "4.2 Within Quality, the questions in Section 5 are weighted as a percentage of the Quality score:"),
             ("t", [["Question", "Subject", "Weighting within Quality"],
                    ["Q1", "Mobilisation and TUPE", "25%"],
                    ["Q2", "Staffing, vetting and training", "25%"],
                    ["Q3", "Incident response and student welfare", "30%"],
                    ["Q4", "Social value", "20%"]]),
             ("p", "4.3 Each question's weighting in the overall evaluation is its weighting within Quality multiplied "
                   "by 60%."),
             ("p", "4.4 Q4 is assessed against the University's Social Value Priorities, set out in its Sustainable "
                   "Procurement Policy: good local jobs, student employability, and a net zero campus by 2035."),
             ("p", "4.5 Each response is scored on a five-point scale from 1 (Unacceptable) to 5 (Excellent). "
                   "Holding an SIA Approved Contractor Scheme accreditation is a pass/fail requirement."),
             _lj_footer(3)],
            [("p", _LJ_HEAD),
             ("h", "Section 5 - Quality questions"),
             ("p", "Q1 (Mobilisation and TUPE). Set out your mobilisation plan for the first 90 days, including the "
                   "TUPE transfer of the current officers and how you will keep the service running during "
                   "handover. [Limit: 6,000 characters including spaces]"),
             ("p", "Q2 (Staffing, vetting and training). How will you recruit, vet and train officers to work in a "
                   "university environment, including SIA licensing, conflict management and customer care? "
                   "[Limit: 6,000 characters including spaces]"),
             ("p", "Q3 (Incident response and student welfare). Describe how your officers will respond to "
                   "incidents on campus and in halls, including medical emergencies, students in distress and "
                   "liaison with Merseyside Police. [Limit: 8,000 characters including spaces]"),
             ("p", "Q4 (Social value). Explain how you will support the University's Social Value Priorities "
                   "through this Contract, with targets you will report against each year. [Limit: 4,000 characters "
                   "including spaces]"),
             _lj_footer(4)],
        ]}],
        "tender": {
            "title": (["Security Services"], _LJ, 1),
            "buyer": (["Liverpool John Moores University", "LJMU"], _LJ, 1),
            "service": (["Security services", "security",
                         "mobile and static patrols, a 24-hour control room, key holding, lock and unlock, and event "
                         "security",
                         "security services - mobile and static patrols, a 24-hour control room, key holding, lock "
                         "and unlock, and event security",
                         "a contractor to provide security services"],
                        _LJ, 1),
            "area": (["Liverpool", "Liverpool city centre",
                      "City Campus and Mount Pleasant Campus in Liverpool city centre"], _LJ, 1),
            # No value is disclosed; 96,000 hours and £13.45 an hour are decoys.
            "value_gbp": None,
            "months": (36, _LJ, 1),
            # "by up to twenty-four months in total".
            "extension_months": (24, _LJ, 1),
            # "12:00 09-Sep-2032"; site tour 19-Aug, clarifications 26-Aug and presentations 20-Sep are decoys.
            "deadline": ("2032-09-09", _LJ, 2),
            # Q4 is 20% of the 60% Quality score = 12% overall.
            "social_value_weighting_percent": (12, _LJ, 3),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("1-5", _LJ, 3),
            # The University's own Social Value Priorities: no TOMs or PPN.
            "framework": ("bespoke", _LJ, 3),
        },
        "not_found": ["value_gbp", "qualitative_percent", "quantitative_percent"],
        "questions": [
            # 25% of 60% = 15%.
            {"id": ["Q1", "1"],
             "text": "Set out your mobilisation plan for the first 90 days, including the TUPE transfer of the current "
                     "officers and how you will keep the service running during handover.",
             "word_limit": None, "char_limit": 6000, "weighting_percent": 15, "social_value": False,
             "source": _LJ, "page": 4, "sub_criteria": []},
            # Vetting and training: not social value. 25% of 60% = 15%.
            {"id": ["Q2", "2"],
             "text": "How will you recruit, vet and train officers to work in a university environment, including SIA "
                     "licensing, conflict management and customer care?",
             "word_limit": None, "char_limit": 6000, "weighting_percent": 15, "social_value": False,
             "source": _LJ, "page": 4, "sub_criteria": []},
            # Incident response and welfare: not social value. 30% of 60% = 18%.
            {"id": ["Q3", "3"],
             "text": "Describe how your officers will respond to incidents on campus and in halls, including medical "
                     "emergencies, students in distress and liaison with Merseyside Police.",
             "word_limit": None, "char_limit": 8000, "weighting_percent": 18, "social_value": False,
             "source": _LJ, "page": 4, "sub_criteria": []},
            # 20% of 60% = 12%.
            {"id": ["Q4", "4"],
             "text": "Explain how you will support the University's Social Value Priorities through this Contract, "
                     "with targets you will report against each year.",
             "word_limit": None, "char_limit": 4000, "weighting_percent": 12, "social_value": True,
             "source": _LJ, "page": 4, "sub_criteria": []},
        ],
    },
    {
        "name": "held18-txt-email-mersey-bridge-trust-cleaning-rfq-roll-on-extension-bracket-limits-no-framework-0-3",
        "files": [{"name": _MB, "pages": [
            [("p", "From: Karen Whitfield <k.whitfield@merseybridge.org.uk>"),
             ("p", "Sent: Monday 14 June 2032 09:12"),
             ("p", "To: undisclosed-recipients"),
             ("p", "Subject: Request for quotation - cleaning at our five academies (ref MBAT-RFQ-07)"),
             ("p", "Dear all,"),
             ("p", "Mersey Bridge Academy Trust would like quotes for the daily cleaning of our five primary academies "
                   "in Runcorn and Widnes (Halton), plus the periodic deep cleans we do in the school holidays. The "
                   "five sites have about 11,600 m2 of floor area in total, and the current contract needs roughly "
                   "310 cleaning hours a week in term time."),
             ("p", "The contract will be for one year from 1 September 2032, and we may roll it on for up to two "
                   "further years, one year at a time. Our budget is about £186,000 for the year. Whoever we appoint "
                   "must pay their cleaners at least £12.85 an hour."),
             ("p", "Key dates:"),
             ("b", "Site visits: Tuesday 22 or Wednesday 23 June (please book a slot with me)"),
             ("b", "Questions to me by 5pm on Friday 25 June"),
             ("b", "Quotes by 12 noon on Friday 2 July 2032, by e-mail to tenders@merseybridge.org.uk"),
             ("b", "We'll let everyone know our decision by Friday 16 July"),
             ("p", "How we'll choose: price counts for 60% of the score, and the rest is your answers to the three "
                   "questions below - quality 30% (Q1 and Q2, 15% each) and social value 10% (Q3). We're not using "
                   "the TOMs or a social value calculator, just tell us in your own words. We'll mark each answer 0 "
                   "to 3 (0 = not answered, 1 = weak, 2 = good, 3 = excellent)."),
             ("p", "Q1. How will you staff and supervise the cleaning at each academy, including cover for absence "
                   "and the deep cleans in the summer holiday? (no more than 500 words)"),
             ("p", "Q2. How will you keep pupils safe while your staff are on site, including DBS checks, safe storage "
                   "of chemicals and following our safeguarding policy? (no more than 500 words)"),
             ("p", "Q3. What will you do for our local community and our pupils if you win this contract? For "
                   "example, jobs for local parents, work experience for older pupils at our partner secondary "
                   "school, or using greener products. (no more than 300 words)"),
             ("p", "Please send your price on the attached pricing sheet with your answers. Invoices are paid within "
                   "30 days."),
             ("p", "Many thanks,"),
             ("p", "Karen Whitfield, Trust Business Manager, Mersey Bridge Academy Trust, 01928 555 210")],
        ]}],
        "tender": {
            "title": (["Request for quotation - cleaning at our five academies",
                       "cleaning at our five academies", "Cleaning at our five academies (MBAT-RFQ-07)"], _MB, 1),
            "buyer": (["Mersey Bridge Academy Trust"], _MB, 1),
            "service": (["Cleaning", "cleaning services", "daily cleaning of our five primary academies",
                         "the daily cleaning of our five primary academies in Runcorn and Widnes (Halton), plus the "
                         "periodic deep cleans",
                         "daily cleaning of five primary academies, plus periodic deep cleans in the school holidays",
                         "school cleaning"],
                        _MB, 1),
            "area": (["Runcorn and Widnes", "Halton", "Runcorn and Widnes (Halton)"], _MB, 1),
            # "about £186,000 for the year" (a one-year contract); 310 hours, £12.85 and 11,600 m2 are decoys.
            "value_gbp": (186000, _MB, 1),
            "months": (12, _MB, 1),
            # "roll it on for up to two further years, one year at a time".
            "extension_months": (24, _MB, 1),
            # "12 noon on Friday 2 July 2032"; 14, 22, 23, 25 June and 16 July are decoys.
            "deadline": ("2032-07-02", _MB, 1),
            "social_value_weighting_percent": (10, _MB, 1),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-3", _MB, 1),
            # "We're not using the TOMs or a social value calculator": no framework.
            "framework": None,
        },
        "not_found": ["qualitative_percent", "quantitative_percent", "framework"],
        "questions": [
            {"id": ["Q1", "1"],
             "text": "How will you staff and supervise the cleaning at each academy, including cover for absence and "
                     "the deep cleans in the summer holiday?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _MB, "page": 1, "sub_criteria": []},
            # Pupil safeguarding and DBS: not social value.
            {"id": ["Q2", "2"],
             "text": "How will you keep pupils safe while your staff are on site, including DBS checks, safe storage "
                     "of chemicals and following our safeguarding policy?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _MB, "page": 1, "sub_criteria": []},
            {"id": ["Q3", "3"],
             "text": ["What will you do for our local community and our pupils if you win this contract? For example, "
                      "jobs for local parents, work experience for older pupils at our partner secondary school, or "
                      "using greener products.",
                      "What will you do for our local community and our pupils if you win this contract?"],
             "word_limit": 300, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _MB, "page": 1, "sub_criteria": []},
        ],
    },
    {
        "name": "held18-pdf-wirral-advocacy-weighting-factors-apart-from-questions-date-range-term-abbrev-dates-cm-toms-0-4",
        "files": [{"name": _WI, "pages": [
            [("p", _WI_HEAD),
             ("h", "Independent Advocacy Service"),
             ("p", "Invitation to Tender"),
             ("p", "Care Act advocacy, Independent Mental Capacity Advocacy (IMCA), Independent Mental Health Advocacy "
                   "(IMHA) and NHS Complaints Advocacy for adults in Wirral"),
             ("h", "Part A - About this opportunity"),
             ("p", "A1 Wirral Council (the Council) is seeking a single provider to deliver an integrated independent "
                   "advocacy service for adults who live in, or are the responsibility of, the Metropolitan Borough "
                   "of Wirral. The service will cover statutory advocacy under the Care Act 2014, the Mental "
                   "Capacity Act 2005 and the Mental Health Act 1983, and NHS complaints advocacy."),
             ("p", "A2 The service currently receives approximately 2,100 referrals a year, of which around 640 are "
                   "IMCA instructions."),
             _wi_footer(1)],
            [("p", _WI_HEAD),
             ("h", "Part B - Contract and key dates"),
             ("p", "B1 The Contract Period is 1 April 2033 to 31 March 2036. The Council reserves the right to extend "
                   "the Contract Period for up to a further two years."),
             ("p", "B2 The total contract value over the three years is £1,575,000 (£525,000 per annum). Tenderers "
                   "must not submit a price above this budget."),
             ("t", [["Event", "Date"],
                    ["Provider engagement event (Birkenhead Town Hall)", "Tue 7 Sep 2032"],
                    ["Deadline for clarification questions", "17:00, Wed 22 Sep 2032"],
                    ["Tender return deadline", "12:00, Wed 6 Oct 2032"],
                    ["Cabinet decision", "Mon 15 Nov 2032"],
                    ["Service commences", "Fri 1 Apr 2033"]]),
             _wi_footer(2)],
            [("p", _WI_HEAD),
             ("h", "Part C - Evaluation"),
             ("p", "C1 Tenders will be scored out of 100: 40 points for price and 60 points for quality."),
             ("p", "C2 Each method statement in Part D is given a score of 0 to 4 (0 = unacceptable, 1 = poor, 2 = "
                   "satisfactory, 3 = good, 4 = excellent), which is multiplied by its weighting factor:"),
             ("t", [["Method statement", "Weighting factor", "Maximum weighted score"],
                    ["MS1", "x4", "16"],
                    ["MS2", "x4", "16"],
                    ["MS3", "x3", "12"],
                    ["MS4", "x2", "8"],
                    ["MS5", "x2", "8"],
                    ["Quality total", "", "60"]]),
             ("p", "C3 A tenderer scoring less than 2 on MS2 will be excluded, whatever its total."),
             ("p", "C4 MS5 is the social value method statement. Social value is measured using the Cheshire and "
                   "Merseyside TOMs (Themes, Outcomes and Measures)."),
             _wi_footer(3)],
            [("p", _WI_HEAD),
             ("h", "Part D - Method statements"),
             ("p", "MS1: Describe how you will deliver a single point of access for all advocacy referrals, including "
                   "how you will prioritise statutory referrals and meet the response times in the service "
                   "specification. (maximum 1,250 words)"),
             ("p", "MS2: How will you safeguard the adults you support, including how you will raise and escalate "
                   "safeguarding concerns with the Council and respond to allegations about your own staff? "
                   "(maximum 1,000 words)"),
             ("p", "MS3: How will you recruit, train and supervise advocates so that they hold the required "
                   "qualifications, including the Level 4 National Qualification in Independent Advocacy? "
                   "(maximum 1,000 words)"),
             ("p", "MS4: How will you involve people with lived experience of advocacy in designing, reviewing and "
                   "improving the service? (maximum 750 words)"),
             _wi_footer(4)],
            [("p", _WI_HEAD),
             ("p", "MS5: What social value will you deliver for Wirral residents through this Contract? Your "
                   "response should set out:"),
             ("b", "employment and volunteering opportunities for people with lived experience of mental ill health "
                   "or disability"),
             ("b", "how you will support Wirral's voluntary, community and faith sector"),
             ("b", "how you will reduce the carbon impact of advocates' travel across the borough"),
             ("p", "(maximum 750 words)"),
             ("p", "Commissioning contact: asccommissioning@wirral.gov.uk, 0151 606 2000."),
             _wi_footer(5)],
        ]}],
        "tender": {
            "title": (["Independent Advocacy Service"], _WI, 1),
            "buyer": (["Wirral Council", "Metropolitan Borough of Wirral"], _WI, 1),
            "service": (["Independent advocacy service", "independent advocacy", "advocacy",
                         "an integrated independent advocacy service for adults",
                         "Care Act advocacy, Independent Mental Capacity Advocacy (IMCA), Independent Mental Health "
                         "Advocacy (IMHA) and NHS Complaints Advocacy for adults in Wirral",
                         "Care Act advocacy, IMCA, IMHA and NHS Complaints Advocacy"],
                        _WI, 1),
            "area": (["Wirral", "the Metropolitan Borough of Wirral"], _WI, 1),
            # "£1,575,000" over three years; "£525,000 per annum", 2,100 referrals and 640 instructions are decoys.
            "value_gbp": (1575000, _WI, 2),
            # "1 April 2033 to 31 March 2036" and "over the three years".
            "months": (36, _WI, 2),
            "extension_months": (24, _WI, 2),
            # "12:00, Wed 6 Oct 2032"; 7 Sep, 22 Sep and 15 Nov 2032 are decoys.
            "deadline": ("2032-10-06", _WI, 2),
            # MS5's maximum 8 of 100 points.
            "social_value_weighting_percent": (8, _WI, 3),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-4", _WI, 3),
            "framework": ("cm-toms", _WI, 3),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            # x4 = 16 of 100.
            {"id": "MS1",
             "text": "Describe how you will deliver a single point of access for all advocacy referrals, including how "
                     "you will prioritise statutory referrals and meet the response times in the service "
                     "specification.",
             "word_limit": 1250, "char_limit": None, "weighting_percent": 16, "social_value": False,
             "source": _WI, "page": 4, "sub_criteria": []},
            # Safeguarding: not social value. x4 = 16.
            {"id": "MS2",
             "text": "How will you safeguard the adults you support, including how you will raise and escalate "
                     "safeguarding concerns with the Council and respond to allegations about your own staff?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 16, "social_value": False,
             "source": _WI, "page": 4, "sub_criteria": []},
            # x3 = 12.
            {"id": "MS3",
             "text": "How will you recruit, train and supervise advocates so that they hold the required "
                     "qualifications, including the Level 4 National Qualification in Independent Advocacy?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 12, "social_value": False,
             "source": _WI, "page": 4, "sub_criteria": []},
            # Co-production: not social value. x2 = 8.
            {"id": "MS4",
             "text": "How will you involve people with lived experience of advocacy in designing, reviewing and "
                     "improving the service?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _WI, "page": 4, "sub_criteria": []},
            # x2 = 8.
            {"id": "MS5",
             "text": ["What social value will you deliver for Wirral residents through this Contract?",
                      "What social value will you deliver for Wirral residents through this Contract? Your response "
                      "should set out:"],
             "word_limit": 750, "char_limit": None, "weighting_percent": 8, "social_value": True,
             "source": _WI, "page": 5,
             "sub_criteria": ["employment and volunteering opportunities for people with lived experience of mental "
                              "ill health or disability",
                              "how you will support Wirral's voluntary, community and faith sector",
                              "how you will reduce the carbon impact of advocates' travel across the borough"]},
        ],
    },
    {
        "name": "held18-pdf-and-txt-mersey-ferries-vessel-maintenance-bulletin-moves-deadline-5-2-2-sv-split-ntoms-0-10",
        "files": [
            {"name": _MF_ITT, "pages": [
                [("p", _MF_HEAD),
                 ("h", "Vessel Maintenance, Dry-Docking and Repair Services"),
                 ("p", "Invitation to Tender"),
                 ("h", "1. Background"),
                 ("p", "1.1 Mersey Ferries, operated by Merseytravel on behalf of the Liverpool City Region Combined "
                       "Authority, runs the River Explorer cruises and commuter services across the River Mersey "
                       "between Pier Head, Seacombe and Woodside."),
                 ("p", "1.2 Mersey Ferries requires a contractor to carry out planned and reactive maintenance, "
                       "annual dry-docking, hull and machinery surveys and repairs for its fleet of three passenger "
                       "vessels, so that each vessel keeps its Maritime and Coastguard Agency (MCA) passenger "
                       "certificate."),
                 _mf_footer(1)],
                [("p", _MF_HEAD),
                 ("h", "2. Contract details"),
                 ("p", "2.1 Term: 5 years from 1 April 2033, with options to extend for two further periods of up to "
                       "2 years each (5+2+2)."),
                 ("p", "2.2 Estimated contract value: £8.75m over the five-year term. The planned maintenance budget "
                       "is c. £1.2m a year; reactive work is paid at the tendered labour rate (currently £65 an hour) "
                       "plus materials."),
                 ("p", "2.3 Each vessel is dry-docked once a year for a period of up to 21 days, outside the summer "
                       "season."),
                 ("h", "3. Timetable"),
                 ("t", [["Stage", "Date"],
                        ["Vessel inspection day (Seacombe)", "Tuesday 21 September 2032"],
                        ["Clarification questions close", "Friday 8 October 2032, 17:00"],
                        ["Tender submission", "12:00 Wednesday 20 October 2032"],
                        ["Award decision", "Wednesday 8 December 2032"]]),
                 _mf_footer(2)],
                [("p", _MF_HEAD),
                 ("h", "4. Evaluation"),
                 ("p", "4.1 Tenders will be evaluated on Price 50%, Technical 40% and Social Value 10%."),
                 ("p", "4.2 The Social Value score is made up of your offer of National TOMs measures on the Social "
                       "Value Portal, worth 7% of the total score, and method statement SV1, worth 3%."),
                 ("p", "4.3 Technical and social value method statements are each marked out of 10 using these "
                       "descriptors: 10 Excellent, 8 Good, 5 Satisfactory, 2 Poor, 0 Unacceptable or no response."),
                 ("p", "4.4 Tenderers must hold ISO 9001 and must confirm that at least 75% of dry-dock work will be "
                       "carried out within 40 nautical miles of Liverpool."),
                 _mf_footer(3)],
                [("p", _MF_HEAD),
                 ("h", "5. Method statements"),
                 ("p", "T1 Planned maintenance and dry-docking (15%)"),
                 ("p", "Describe how you will plan and deliver the annual dry-docking and planned maintenance of each "
                       "vessel so that vessels return to service on time, including your yard facilities and "
                       "contingency arrangements. Maximum 1,500 words."),
                 ("p", "T2 Safety management and MCA compliance (15%)"),
                 ("p", "How will you manage health and safety on board and in the yard, and make sure all work meets "
                       "MCA and classification society requirements? Maximum 1,000 words."),
                 ("p", "T3 Reactive repairs (10%)"),
                 ("p", "How will you respond to breakdowns and defects during the operating season, including "
                       "attendance times at Seacombe and the spares you will hold? Maximum 1,000 words."),
                 ("p", "SV1 Social value delivery (3%)"),
                 ("p", "Explain how you will deliver the National TOMs commitments you offer on the Social Value "
                       "Portal, in particular marine engineering apprenticeships for Liverpool City Region residents "
                       "and spend with local SMEs. Maximum 750 words."),
                 _mf_footer(4)],
            ]},
            {"name": _MF_CB, "pages": [
                [("p", "From: Merseytravel Procurement <procurement@merseytravel.gov.uk>"),
                 ("p", "Date: Monday 11 October 2032"),
                 ("p", "Subject: MF/ENG/2032/17 Vessel Maintenance, Dry-Docking and Repair Services - Clarification "
                       "Bulletin 3"),
                 ("p", "To all tenderers,"),
                 ("p", "1. Deadline extension. Following requests from several tenderers, the tender submission "
                       "deadline has been extended to 12:00 on Wednesday 3 November 2032. All other dates are "
                       "unchanged."),
                 ("p", "2. Question: Does TUPE apply? Answer: No. The current work is carried out by several "
                       "suppliers and no staff are expected to transfer."),
                 ("p", "3. Question: Will Mersey Ferries pay for tugs when vessels move to the dry dock? Answer: "
                       "Yes, towage is arranged and paid for by Mersey Ferries."),
                 ("p", "4. Question: Is the estimated value in paragraph 2.2 still correct? Answer: Yes, it is "
                       "unchanged."),
                 ("p", "Regards, Merseytravel Procurement Team")],
            ]},
        ],
        "tender": {
            "title": (["Vessel Maintenance, Dry-Docking and Repair Services"], _MF_ITT, 1),
            "buyer": (["Mersey Ferries", "Merseytravel", "Mersey Ferries (Merseytravel)"], _MF_ITT, 1),
            "service": (["Vessel maintenance, dry-docking and repair services", "vessel maintenance",
                         "vessel maintenance and dry-docking",
                         "planned and reactive maintenance, annual dry-docking, hull and machinery surveys and repairs",
                         "planned and reactive maintenance, annual dry-docking, hull and machinery surveys and repairs "
                         "for its fleet of three passenger vessels"],
                        _MF_ITT, 1),
            "area": (["River Mersey", "Liverpool City Region",
                      "across the River Mersey between Pier Head, Seacombe and Woodside"], _MF_ITT, 1),
            # "£8.75m over the five-year term"; "c. £1.2m a year", £65 an hour and 21 days are decoys.
            "value_gbp": (8750000, _MF_ITT, 2),
            "months": (60, _MF_ITT, 2),
            # "two further periods of up to 2 years each (5+2+2)".
            "extension_months": (48, _MF_ITT, 2),
            # The bulletin moves the PDF's 20 October 2032 to 3 November 2032.
            "deadline": ("2032-11-03", _MF_CB, 1),
            "social_value_weighting_percent": (10, _MF_ITT, 3),
            # SV1 3% of the 10%, TOMs offer 7%.
            "qualitative_percent": (30, _MF_ITT, 3),
            "quantitative_percent": (70, _MF_ITT, 3),
            "scoring_scale": ("0-10", _MF_ITT, 3),
            "framework": ("national-toms", _MF_ITT, [3, 4]),
        },
        "not_found": [],
        "questions": [
            {"id": "T1",
             "text": "Describe how you will plan and deliver the annual dry-docking and planned maintenance of each "
                     "vessel so that vessels return to service on time, including your yard facilities and contingency "
                     "arrangements.",
             "word_limit": 1500, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _MF_ITT, "page": 4, "sub_criteria": []},
            # Safety management and compliance: not social value.
            {"id": "T2",
             "text": "How will you manage health and safety on board and in the yard, and make sure all work meets MCA "
                     "and classification society requirements?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _MF_ITT, "page": 4, "sub_criteria": []},
            {"id": "T3",
             "text": "How will you respond to breakdowns and defects during the operating season, including attendance "
                     "times at Seacombe and the spares you will hold?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _MF_ITT, "page": 4, "sub_criteria": []},
            {"id": "SV1",
             "text": "Explain how you will deliver the National TOMs commitments you offer on the Social Value Portal, "
                     "in particular marine engineering apprenticeships for Liverpool City Region residents and spend "
                     "with local SMEs.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 3, "social_value": True,
             "source": _MF_ITT, "page": 4, "sub_criteria": []},
        ],
    },
]
