"""A twentieth held-out set for the tender intake, written by a separate writer who never read the extractor's code
(nor its tests, prompts or scripts, nor any held-out set but the nineteenth, read for its format), and handed over
before the extractor was run on it. Six packs from Cheshire and Merseyside buyers and services the nineteenth set does
not use: a council's garden and bulky waste collection (Cheshire East Council), an NHS trust's non-emergency patient
transport (Mersey Care NHS Foundation Trust), a university's cleaning and janitorial services (Liverpool John Moores
University), a council's play area inspection and repair in its parks (Wirral Council), a combined authority's real
time bus passenger information (Liverpool City Region Combined Authority) and a police force's vehicle fleet
servicing and repair (Merseyside Police).

Layouts, each different from the nineteenth set and from each other:
- a single PDF ITT whose weightings live only in an appendix at the back: the value given only as "£1,150,000 per
  annum" with "an initial period of four (4) years" (so £4.6m for the initial term, worked out by the reader) and
  "two (2) further periods of two (2) years each"; 98,000 subscribers, 9,500 bulky collections, a £38 charge and 34
  TUPE staff as decoys; a timetable table in dd-Mon-yyyy style ("11-Jan-2033 14:00" beside 29-Nov-2032, 21-Dec-2032,
  w/c 14-Feb-2033 and 01-Apr-2033); method statements MS1 to MS4 and SV1 in the body with page limits ("maximum three
  sides of A4") and no word limits; Appendix A giving Quality 40% / Social Value 10% / Price 50% and each question's
  share of the total; Cheshire and Merseyside Social Value TOMs; a 0-5 scale; mobilisation and TUPE, environmental
  management and health and safety decoys.
- a single form-like Word document made of two-column tables (label | entry): contract information, timetable with
  dotted dates ("14.03.2033, 12:00 noon" beside 28.02.2033, 04.04.2033, 02.05.2033 and 01.06.2033), award criteria
  and one table per question ("Question number | Q1", "Weighting | 20% of total score", "Response limit | 4,000
  characters including spaces"); "5 years" and "up to 24 months"; £7,250,000 for the initial term beside 26,000
  journeys and 3,100 secure journeys; the Trust's own Social Value Charter ("not asked to use the TOMs"); a 0-4
  scale; safeguarding, mobilisation and data protection decoys; character (not word) limits throughout.
- a single PDF whose quality sub-criteria table is split across two pages ("Table 4.1 (continued)"), each question
  weighted as a percentage of the quality score (Quality 70%, Price 30%), so social value (15% of quality) is 10.5%
  overall and the questions 17.5 / 14 / 10.5 / 7 / 10.5 / 10.5 per cent; "three (3) years" plus "up to two (2)
  years"; "£2.4 million per annum" beside "£7.2 million over the initial term", 145,000 m2 and 4,300 hours a week; a
  numbered timetable with ordinals ("12:00 hrs on Monday 7th March 2033" beside 24 January, 8 and 9 February, 21
  February and May 2033); questions on later pages with "(maximum ... words)"; National TOMs without the Portal; a
  0-10 scale; mobilisation and TUPE and environmental management decoys.
- an email-style plain-text RFQ (From/Sent/To/Subject headers, a subject line with "Fri 14 Jan" and no year, a sent
  date of 13 December 2032) plus a PDF specification with no commercial terms: "2 years from 1 April 2033" and "a
  further 12 months"; "£124,000 over the two years" beside 78 play areas, 1,150 items of equipment and a £55 call-out
  rate in the specification; percentages in brackets after each question; no social value framework (null); a 1-5
  scale; a safeguarding and working in public spaces decoy.
- a single Markdown tender brief with bold "label:" lines, a pipe-style timetable ("Mon 14 Feb 2033 @ 12:00" beside
  Thu 20 Jan, Mon 31 Jan, w/c 7 Mar and Fri 1 Jul 2033), "3 years + 2 years (optional)", "£1,260,000 for the initial
  3 years" beside 1,400 displays and 65 million journeys; social value 10% split 70% quantified National TOMs
  commitments on the Social Value Portal and 30% for SV1 (so SV1 is 3% overall, qualitative 30 / quantitative 70);
  questions as "###" headings with italic limits; a 0-3 scale; accessibility, cyber security and data protection and
  mobilisation decoys.
- a Word ITT Part A (contract information and timetable), a PDF Part B (evaluation and questions) and a plain-text
  clarification log that moves the deadline: Part A says "14:00 hrs, Monday 17th January 2033" but clarification CQ08
  extends it to "14:00 on Monday 31 January 2033" (the log's date 10 January 2033 and clarifications on 6 January are
  decoys); "three years from 1 October 2033" extendable "by up to 36 months (1+1+1)"; "£1,920,000 for the initial
  three-year term" beside £640,000 per annum and a £3,840,000 maximum; Technical 55% / Commercial 35% / Social Value
  10% with SV1 6% and SV2 4% under PPN 002; scores 0, 20, 40, 60, 80 or 100 (0-100); vetting and site security, data
  protection and mobilisation decoys; the log's own supplier questions are not tender questions.

Decoys that are not the social value question: mobilisation and TUPE, environmental management, health and safety,
safeguarding and patient safety, data protection and information governance, staffing, safeguarding in public
spaces, accessibility, cyber security, vetting and site security. Same shape as evals/intake_heldout19.py.
``not_found`` lists the tender fields the pack does not state (expected null); it is documentation and is not read by
the scorer.
"""

# --- Pack 1: Cheshire East Council garden and bulky waste collection (single PDF with appendix) -------------------
_CE = "Cheshire East Council - Garden and Bulky Waste Collection Service - ITT.pdf"
_CE_HEAD = "Cheshire East Council | Invitation to Tender | CEC-ENV-2032-118"

# --- Pack 2: Mersey Care NHS Foundation Trust non-emergency patient transport (form-like DOCX) ---------------------
_MC = "Mersey Care NHS FT - Non-Emergency Patient Transport Service - Tender Form.docx"
_MC_HEAD = "Mersey Care NHS Foundation Trust - MC-PROC-2032-0219 - OFFICIAL"

# --- Pack 3: Liverpool John Moores University cleaning and janitorial services (single PDF) -----------------------
_LJ = "LJMU - Cleaning and Janitorial Services - Invitation to Tender.pdf"
_LJ_HEAD = "Liverpool John Moores University | ITT LJMU/EST/2032/27 | Cleaning and Janitorial Services"

# --- Pack 4: Wirral Council play area inspection and repair (TXT email RFQ + PDF specification) -------------------
_WI_E = "RFQ email - Wirral play area inspection and repair.txt"
_WI_S = "Wirral Council - Play Area Inspection and Repair - Specification.pdf"
_WI_HEAD = "Wirral Council - Neighbourhood Services - Parks and Countryside - RFQ WBC/NS/2032/311"

# --- Pack 5: Liverpool City Region Combined Authority bus passenger information (single MD) -----------------------
_LC = "LCRCA - Real Time Bus Passenger Information - Tender Brief.md"
_LC_HEAD = "Liverpool City Region Combined Authority - Tender Brief LCRCA-TRN-2033-007"

# --- Pack 6: Merseyside Police vehicle fleet servicing (DOCX Part A + PDF Part B + TXT clarification log) ---------
_MP_A = "Merseyside Police - Fleet Servicing Maintenance and Repair - ITT Part A Instructions.docx"
_MP_B = "Merseyside Police - Fleet Servicing Maintenance and Repair - ITT Part B Evaluation.pdf"
_MP_CL = "Merseyside Police - Fleet Servicing - Clarification Log 3.txt"
_MP_HEAD = "Merseyside Police | Fleet Servicing, Maintenance and Repair | MP-FL-2032-044 | OFFICIAL"


def _ce_footer(n):
    return ("p", "CEC-ENV-2032-118 - Page %d of 5" % n)


def _mc_footer(n):
    return ("p", "Tender Form v1.2 | Page %d of 4" % n)


def _lj_footer(n):
    return ("p", "LJMU/EST/2032/27 - %d/6" % n)


def _wi_footer(n):
    return ("p", "Specification - WBC/NS/2032/311 - page %d of 2" % n)


def _lc_footer(n):
    return ("p", "LCRCA-TRN-2033-007 | %d of 3" % n)


def _mp_footer(part, n, of):
    return ("p", "MP-FL-2032-044 ITT %s - Page %d of %d" % (part, n, of))


PACKS = [
    {
        "name": "held20-pdf-cheshire-east-waste-appendix-weightings-per-annum-value-dmy-mon-dates-page-limits-cm-toms-0-5",
        "files": [{"name": _CE, "pages": [
            [("p", _CE_HEAD),
             ("h", "Garden and Bulky Waste Collection Service"),
             ("p", "Invitation to Tender (ITT)"),
             ("h", "1. Introduction"),
             ("p", "1.1 Cheshire East Council (the Council) is seeking a suitably experienced contractor to provide "
                   "a fortnightly garden waste collection service to subscribing households, and a bulky household "
                   "waste collection service on request, across the borough of Cheshire East, including Crewe, "
                   "Macclesfield, Congleton, Wilmslow and Nantwich."),
             ("p", "1.2 Around 98,000 households currently subscribe to garden waste collections. In 2031/32 "
                   "residents booked about 9,500 bulky waste collections; the charge to residents is £38 for up to "
                   "three items and is retained by the Council."),
             ("p", "1.3 This ITT sets out the contract particulars, the timetable and the questions bidders must "
                   "answer. The evaluation criteria and weightings are set out in Appendix A."),
             _ce_footer(1)],
            [("p", _CE_HEAD),
             ("h", "2. Contract particulars"),
             ("p", "2.1 The contract will be for an initial period of four (4) years commencing on 1 April 2033, with "
                   "the option to extend for up to two (2) further periods of two (2) years each."),
             ("p", "2.2 The Council's budget for the service is £1,150,000 per annum (excluding VAT). Tenders with an "
                   "annual price above this figure may be rejected."),
             ("p", "2.3 TUPE is expected to apply to 34 staff of the incumbent contractor. Staff information will be "
                   "released to bidders who sign the confidentiality undertaking."),
             ("h", "3. Timetable"),
             ("t", [["Activity", "Date"],
                    ["ITT published on The Chest", "29-Nov-2032"],
                    ["Deadline for clarification questions", "21-Dec-2032 17:00"],
                    ["Tender return deadline", "11-Jan-2033 14:00"],
                    ["Clarification interviews (if required)", "w/c 14-Feb-2033"],
                    ["Contract start", "01-Apr-2033"]]),
             _ce_footer(2)],
            [("p", _CE_HEAD),
             ("h", "4. Method statements"),
             ("p", "4.1 Bidders must answer each method statement below. Responses must be in Arial 11 point and must "
                   "not exceed the page limit shown; pages beyond the limit will not be read."),
             ("h", "MS1 Service delivery and round planning"),
             ("p", "Describe how you will plan and deliver fortnightly garden waste collections and bulky waste "
                   "collections within ten working days of booking, including how you will deal with missed "
                   "collections."),
             ("p", "Maximum three sides of A4."),
             ("h", "MS2 Mobilisation and TUPE"),
             ("p", "Set out your mobilisation plan from contract award to the start date, including the TUPE transfer "
                   "of staff, the provision of vehicles and communication with subscribers."),
             ("p", "Maximum two sides of A4."),
             ("h", "MS3 Environmental management"),
             ("p", "Describe your environmental management system and how you will prevent and respond to spills, "
                   "vehicle fluid leaks and breaches of your waste carrier registration and site permits."),
             ("p", "Maximum two sides of A4."),
             ("h", "MS4 Health and safety"),
             ("p", "How will you manage the health and safety of your crews, including reversing assistants, manual "
                   "handling of bulky items and the lone working of drivers?"),
             ("p", "Maximum two sides of A4."),
             _ce_footer(3)],
            [("p", _CE_HEAD),
             ("h", "5. Social value"),
             ("h", "SV1 Social value"),
             ("p", "What additional social, economic and environmental benefits will you deliver for Cheshire East "
                   "residents through this contract? Your answer should set out:"),
             ("b", "local jobs, apprenticeships and work placements for Cheshire East residents"),
             ("b", "support for local community groups and volunteering"),
             ("b", "how you will reduce carbon emissions from your collection fleet"),
             ("p", "Maximum two sides of A4."),
             ("p", "5.2 Bidders must also complete the social value commitments schedule, expressing each commitment "
                   "against the measures in Appendix A."),
             ("p", "5.3 Queries about this ITT should be raised through The Chest messaging facility only."),
             _ce_footer(4)],
            [("p", _CE_HEAD),
             ("h", "Appendix A - Evaluation Criteria"),
             ("p", "A1 Tenders will be evaluated on the basis of Quality 40%, Social Value 10% and Price 50%. Each "
                   "question carries the share of the total score shown below."),
             ("t", [["Question", "Weighting (% of total score)"],
                    ["MS1 Service delivery and round planning", "15%"],
                    ["MS2 Mobilisation and TUPE", "10%"],
                    ["MS3 Environmental management", "5%"],
                    ["MS4 Health and safety", "10%"],
                    ["SV1 Social value", "10%"],
                    ["Price (annual price, evaluated over the initial term)", "50%"]]),
             ("p", "A2 Each method statement and SV1 will be scored from 0 to 5: 0 - no response or unacceptable; 1 - "
                   "very poor; 2 - poor; 3 - acceptable; 4 - good; 5 - excellent."),
             ("p", "A3 The Council measures social value using the Cheshire and Merseyside Social Value TOMs (Themes, "
                   "Outcomes and Measures). Commitments in SV1 should refer to these measures."),
             ("p", "A4 A score of 0 or 1 on MS4 will result in the tender being excluded."),
             _ce_footer(5)],
        ]}],
        "tender": {
            "title": (["Garden and Bulky Waste Collection Service"], _CE, 1),
            "buyer": (["Cheshire East Council"], _CE, 1),
            "service": (["Garden and bulky waste collection", "garden and bulky waste collection service",
                         "garden waste and bulky waste collection",
                         "a fortnightly garden waste collection service to subscribing households, and a bulky "
                         "household waste collection service on request",
                         "garden waste collection and bulky household waste collection", "waste collection"],
                        _CE, 1),
            "area": (["Cheshire East", "the borough of Cheshire East",
                      "Cheshire East, including Crewe, Macclesfield, Congleton, Wilmslow and Nantwich"], _CE, 1),
            # Only "£1,150,000 per annum" with "an initial period of four (4) years": £4.6m for the initial term.
            # 98,000, 9,500, £38 and 34 are decoys.
            "value_gbp": (4600000, _CE, 2),
            "months": (48, _CE, 2),
            # "up to two (2) further periods of two (2) years each".
            "extension_months": (48, _CE, 2),
            # "11-Jan-2033 14:00"; 29-Nov-2032, 21-Dec-2032, w/c 14-Feb-2033 and 01-Apr-2033 are decoys.
            "deadline": ("2033-01-11", _CE, 2),
            "social_value_weighting_percent": (10, _CE, 5),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-5", _CE, 5),
            "framework": ("cm-toms", _CE, 5),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            {"id": ["MS1", "1"],
             "text": "Describe how you will plan and deliver fortnightly garden waste collections and bulky waste "
                     "collections within ten working days of booking, including how you will deal with missed "
                     "collections.",
             "word_limit": None, "char_limit": None, "page_limit": 3, "weighting_percent": 15, "social_value": False,
             "source": _CE, "page": 3, "sub_criteria": []},
            # Mobilisation and TUPE: not social value.
            {"id": ["MS2", "2"],
             "text": "Set out your mobilisation plan from contract award to the start date, including the TUPE "
                     "transfer of staff, the provision of vehicles and communication with subscribers.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 10, "social_value": False,
             "source": _CE, "page": 3, "sub_criteria": []},
            # Environmental management (permits, spills): a compliance question, not social value.
            {"id": ["MS3", "3"],
             "text": "Describe your environmental management system and how you will prevent and respond to spills, "
                     "vehicle fluid leaks and breaches of your waste carrier registration and site permits.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 5, "social_value": False,
             "source": _CE, "page": 3, "sub_criteria": []},
            # Health and safety: not social value.
            {"id": ["MS4", "4"],
             "text": "How will you manage the health and safety of your crews, including reversing assistants, manual "
                     "handling of bulky items and the lone working of drivers?",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 10, "social_value": False,
             "source": _CE, "page": 3, "sub_criteria": []},
            # Weighting only in Appendix A (page 5): 10% of the total.
            {"id": "SV1",
             "text": ["What additional social, economic and environmental benefits will you deliver for Cheshire East "
                      "residents through this contract?",
                      "What additional social, economic and environmental benefits will you deliver for Cheshire East "
                      "residents through this contract? Your answer should set out:"],
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 10, "social_value": True,
             "source": _CE, "page": 4,
             "sub_criteria": ["local jobs, apprenticeships and work placements for Cheshire East residents",
                              "support for local community groups and volunteering",
                              "how you will reduce carbon emissions from your collection fleet"]},
        ],
    },
    {
        "name": "held20-docx-mersey-care-patient-transport-two-column-form-tables-dotted-dates-char-limits-own-charter-0-4",
        "files": [{"name": _MC, "pages": [
            [("p", _MC_HEAD),
             ("h", "Non-Emergency Patient Transport Service - Tender Form"),
             ("p", "Complete every white box. Do not change the wording of the grey boxes."),
             ("h", "Part 1: Contract information"),
             ("t", [["Contracting authority", "Mersey Care NHS Foundation Trust"],
                    ["Procurement reference", "MC-PROC-2032-0219"],
                    ["Contract title", "Non-Emergency Patient Transport Service (NEPTS)"],
                    ["Description", "Non-emergency transport, with trained escorts where needed, for inpatients and "
                                    "outpatients of the Trust's mental health, learning disability and community "
                                    "services, including transfers to and from the secure hospitals at Maghull"],
                    ["Service area", "Trust sites in Liverpool, Sefton, Knowsley, St Helens, Halton and Warrington"],
                    ["Procedure", "Competitive flexible procedure (Procurement Act 2023)"],
                    ["Contract start date", "1 June 2033"],
                    ["Initial term", "5 years"],
                    ["Extension options", "Up to 24 months in total, in one or more periods"],
                    ["Estimated value (initial term, excluding VAT)", "£7,250,000"],
                    ["Current activity", "About 26,000 journeys a year, of which about 3,100 are secure or high "
                                         "dependency journeys"]]),
             _mc_footer(1)],
            [("p", _MC_HEAD),
             ("h", "Part 2: Timetable"),
             ("t", [["Clarification questions close", "28.02.2033, 17:00"],
                    ["Tender return deadline", "14.03.2033, 12:00 noon"],
                    ["Bidder presentations", "04.04.2033"],
                    ["Contract award notice", "02.05.2033"],
                    ["Service commencement", "01.06.2033"]]),
             ("h", "Part 3: Award criteria"),
             ("t", [["Quality", "60%"],
                    ["Social value", "10%"],
                    ["Price", "30%"],
                    ["Scoring of quality and social value responses",
                     "Each response is scored 0 to 4: 0 unacceptable, 1 poor, 2 satisfactory, 3 good, 4 excellent"],
                    ["Social value framework", "Mersey Care Social Value Charter (the Trust's own). Bidders are not "
                                               "asked to use the TOMs or the Social Value Portal."],
                    ["Pass/fail", "A score of 0 or 1 for Q2 will lead to exclusion"]]),
             _mc_footer(2)],
            [("p", _MC_HEAD),
             ("h", "Part 4: Quality questions"),
             ("t", [["Question number", "Q1"],
                    ["Title", "Service delivery model"],
                    ["Question", "Describe how you will plan, book and deliver journeys so that patients arrive on "
                                 "time for appointments and discharges are not delayed, including out-of-hours "
                                 "and same-day requests."],
                    ["Weighting", "20% of total score"],
                    ["Response limit", "4,000 characters including spaces"]]),
             ("t", [["Question number", "Q2"],
                    ["Title", "Safeguarding and patient safety"],
                    ["Question", "How will you keep patients safe during journeys, including the safeguarding of "
                                 "adults at risk, restrictive practice and the handling of a patient who becomes "
                                 "distressed?"],
                    ["Weighting", "15% of total score"],
                    ["Response limit", "4,000 characters including spaces"]]),
             ("t", [["Question number", "Q3"],
                    ["Title", "Mobilisation"],
                    ["Question", "Set out your mobilisation plan for the period from contract award to service "
                                 "commencement, including vehicles, staff recruitment and the transfer of bookings."],
                    ["Weighting", "10% of total score"],
                    ["Response limit", "3,000 characters including spaces"]]),
             _mc_footer(3)],
            [("p", _MC_HEAD),
             ("t", [["Question number", "Q4"],
                    ["Title", "Workforce"],
                    ["Question", "How will you recruit, train and retain drivers and escorts with the skills to "
                                 "support people with mental illness and learning disabilities?"],
                    ["Weighting", "10% of total score"],
                    ["Response limit", "3,000 characters including spaces"]]),
             ("t", [["Question number", "Q5"],
                    ["Title", "Data protection"],
                    ["Question", "How will you protect patient information in your booking and vehicle systems, "
                                 "including your compliance with the Data Security and Protection Toolkit?"],
                    ["Weighting", "5% of total score"],
                    ["Response limit", "2,000 characters including spaces"]]),
             ("h", "Part 5: Social value question"),
             ("t", [["Question number", "SV1"],
                    ["Title", "Social value"],
                    ["Question", "Describe how you will deliver social value for the communities the Trust serves "
                                 "through this contract, including local recruitment of drivers and escorts, "
                                 "opportunities for people with lived experience of mental illness, and reducing "
                                 "emissions from your fleet."],
                    ["Weighting", "10% of total score"],
                    ["Response limit", "3,000 characters including spaces"]]),
             _mc_footer(4)],
        ]}],
        "tender": {
            "title": (["Non-Emergency Patient Transport Service", "Non-Emergency Patient Transport Service (NEPTS)"],
                      _MC, 1),
            "buyer": (["Mersey Care NHS Foundation Trust", "Mersey Care"], _MC, 1),
            "service": (["Non-emergency patient transport", "non-emergency patient transport service",
                         "patient transport",
                         "non-emergency transport, with trained escorts where needed, for inpatients and outpatients "
                         "of the Trust's mental health, learning disability and community services",
                         "non-emergency transport for inpatients and outpatients of the Trust's mental health, "
                         "learning disability and community services"],
                        _MC, 1),
            "area": (["Liverpool, Sefton, Knowsley, St Helens, Halton and Warrington",
                      "Trust sites in Liverpool, Sefton, Knowsley, St Helens, Halton and Warrington"], _MC, 1),
            # "£7,250,000" for the initial term; 26,000 and 3,100 journeys are decoys.
            "value_gbp": (7250000, _MC, 1),
            "months": (60, _MC, 1),
            "extension_months": (24, _MC, 1),
            # "14.03.2033, 12:00 noon"; 28.02.2033, 04.04.2033, 02.05.2033 and 01.06.2033 are decoys.
            "deadline": ("2033-03-14", _MC, 2),
            "social_value_weighting_percent": (10, _MC, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-4", _MC, 2),
            # The Trust's own Social Value Charter; "not asked to use the TOMs".
            "framework": ("bespoke", _MC, 2),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            {"id": ["Q1", "1"],
             "text": "Describe how you will plan, book and deliver journeys so that patients arrive on time for "
                     "appointments and discharges are not delayed, including out-of-hours and same-day requests.",
             "word_limit": None, "char_limit": 4000, "weighting_percent": 20, "social_value": False,
             "source": _MC, "page": 3, "sub_criteria": []},
            # Safeguarding and patient safety: not social value.
            {"id": ["Q2", "2"],
             "text": "How will you keep patients safe during journeys, including the safeguarding of adults at risk, "
                     "restrictive practice and the handling of a patient who becomes distressed?",
             "word_limit": None, "char_limit": 4000, "weighting_percent": 15, "social_value": False,
             "source": _MC, "page": 3, "sub_criteria": []},
            # Mobilisation: not social value.
            {"id": ["Q3", "3"],
             "text": "Set out your mobilisation plan for the period from contract award to service commencement, "
                     "including vehicles, staff recruitment and the transfer of bookings.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 10, "social_value": False,
             "source": _MC, "page": 3, "sub_criteria": []},
            # Workforce for the service itself: not social value.
            {"id": ["Q4", "4"],
             "text": "How will you recruit, train and retain drivers and escorts with the skills to support people "
                     "with mental illness and learning disabilities?",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 10, "social_value": False,
             "source": _MC, "page": 4, "sub_criteria": []},
            # Data protection: not social value.
            {"id": ["Q5", "5"],
             "text": "How will you protect patient information in your booking and vehicle systems, including your "
                     "compliance with the Data Security and Protection Toolkit?",
             "word_limit": None, "char_limit": 2000, "weighting_percent": 5, "social_value": False,
             "source": _MC, "page": 4, "sub_criteria": []},
            {"id": "SV1",
             "text": "Describe how you will deliver social value for the communities the Trust serves through this "
                     "contract, including local recruitment of drivers and escorts, opportunities for people with "
                     "lived experience of mental illness, and reducing emissions from your fleet.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 10, "social_value": True,
             "source": _MC, "page": 4, "sub_criteria": []},
        ],
    },
    {
        "name": "held20-pdf-ljmu-cleaning-split-weightings-table-percent-of-quality-score-ordinal-timetable-ntoms-0-10",
        "files": [{"name": _LJ, "pages": [
            [("p", _LJ_HEAD),
             ("h", "Cleaning and Janitorial Services"),
             ("p", "Invitation to Tender"),
             ("h", "1. Background"),
             ("p", "1.1 Liverpool John Moores University (LJMU or the University) invites tenders for the provision "
                   "of cleaning and janitorial services to its academic, library, sports and residential buildings "
                   "on the City Campus and Mount Pleasant Campus in Liverpool."),
             ("p", "1.2 The buildings in scope cover about 145,000 square metres. The current contractor provides "
                   "about 4,300 cleaning hours a week in term time."),
             _lj_footer(1)],
            [("p", _LJ_HEAD),
             ("h", "2. Contract period and value"),
             ("p", "2.1 The Contract shall commence on 1 August 2033 and shall run for a period of three (3) years. "
                   "The University may extend the Contract for a further period of up to two (2) years."),
             ("p", "2.2 The estimated contract value is £2.4 million per annum, giving an estimated value of £7.2 "
                   "million over the initial term (excluding VAT)."),
             ("h", "3. Timetable"),
             ("p", "1. Publication of ITT - 24th January 2033"),
             ("p", "2. Site visits - 8th and 9th February 2033"),
             ("p", "3. Deadline for clarification questions - 17:00 hrs on 21st February 2033"),
             ("p", "4. Tender deadline - 12:00 hrs on Monday 7th March 2033"),
             ("p", "5. Contract award - May 2033"),
             _lj_footer(2)],
            [("p", _LJ_HEAD),
             ("h", "4. Evaluation"),
             ("p", "4.1 Tenders will be evaluated on the basis of the most advantageous tender: Quality 70% and Price "
                   "30%."),
             ("p", "4.2 The quality score is made up of the criteria in Table 4.1. Each criterion is weighted as a "
                   "percentage of the quality score, not of the total score."),
             ("p", "Table 4.1 Quality criteria"),
             ("t", [["Ref", "Criterion", "% of quality score", "Word limit"],
                    ["Q1", "Cleaning methodology and standards", "25%", "1,500"],
                    ["Q2", "Staffing, training and supervision", "20%", "1,000"],
                    ["Q3", "Mobilisation and TUPE", "15%", "1,000"],
                    ["Q4", "Environmental management", "10%", "750"]]),
             _lj_footer(3)],
            [("p", _LJ_HEAD),
             ("p", "Table 4.1 Quality criteria (continued)"),
             ("t", [["Ref", "Criterion", "% of quality score", "Word limit"],
                    ["Q5", "Quality assurance and performance monitoring", "15%", "750"],
                    ["Q6", "Social value", "15%", "750"],
                    ["", "Total", "100%", ""]]),
             ("p", "4.3 Each response will be scored on a scale of 0 to 10, where 0 = no response, 3 = poor, 5 = "
                   "satisfactory, 7 = good and 10 = excellent."),
             ("p", "4.4 Social value commitments in Q6 should be expressed using the National TOMs (Themes, Outcomes "
                   "and Measures) framework. Bidders do not need to register with the Social Value Portal."),
             ("p", "4.5 The lowest compliant price will receive the full 30%; other prices will be scored in "
                   "proportion."),
             _lj_footer(4)],
            [("p", _LJ_HEAD),
             ("h", "5. Quality questions"),
             ("p", "Q1 Cleaning methodology and standards: Describe how you will clean each type of building to the "
                   "University's specified standards, including frequencies, periodic deep cleans and response to "
                   "reactive requests. (maximum 1,500 words)"),
             ("p", "Q2 Staffing, training and supervision: How will you staff, train and supervise the cleaning "
                   "workforce across day, evening and weekend shifts? (maximum 1,000 words)"),
             ("p", "Q3 Mobilisation and TUPE: Set out your plan to mobilise the contract by 1 August 2033, including "
                   "the TUPE transfer of the current workforce. (maximum 1,000 words)"),
             ("p", "Q4 Environmental management: Describe your environmental management system, the cleaning "
                   "chemicals and equipment you will use and how you will minimise water and energy use. (maximum "
                   "750 words)"),
             _lj_footer(5)],
            [("p", _LJ_HEAD),
             ("p", "Q5 Quality assurance and performance monitoring: How will you audit cleaning standards, report "
                   "performance against the KPIs and put right any failures? (maximum 750 words)"),
             ("h", "6. Social value question"),
             ("p", "Q6 Social value: How will you use this contract to create local employment, training and "
                   "progression opportunities for residents of the Liverpool City Region, including LJMU students "
                   "and graduates, and to support local community organisations? (maximum 750 words)"),
             ("p", "Responses must be uploaded to the In-Tend portal."),
             _lj_footer(6)],
        ]}],
        "tender": {
            "title": (["Cleaning and Janitorial Services"], _LJ, 1),
            "buyer": (["Liverpool John Moores University", "LJMU"], _LJ, 1),
            "service": (["Cleaning and janitorial services", "cleaning", "cleaning services",
                         "the provision of cleaning and janitorial services",
                         "cleaning and janitorial services to its academic, library, sports and residential buildings"],
                        _LJ, 1),
            "area": (["Liverpool", "City Campus and Mount Pleasant Campus in Liverpool",
                      "the City Campus and Mount Pleasant Campus", "City Campus and Mount Pleasant Campus"], _LJ, 1),
            # "£7.2 million over the initial term"; £2.4m per annum, 145,000 and 4,300 are decoys.
            "value_gbp": (7200000, _LJ, 2),
            "months": (36, _LJ, 2),
            "extension_months": (24, _LJ, 2),
            # "12:00 hrs on Monday 7th March 2033"; 24 January, 8/9 February, 21 February, May 2033 are decoys.
            "deadline": ("2033-03-07", _LJ, 2),
            # Social value 15% of the quality score (page 4) x quality 70% (page 3) = 10.5% of the total.
            "social_value_weighting_percent": (10.5, _LJ, [3, 4]),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-10", _LJ, 4),
            "framework": ("national-toms", _LJ, 4),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            # Overall weighting = % of quality score x 70%.
            {"id": ["Q1", "1"],
             "text": "Describe how you will clean each type of building to the University's specified standards, "
                     "including frequencies, periodic deep cleans and response to reactive requests.",
             "word_limit": 1500, "char_limit": None, "weighting_percent": 17.5, "social_value": False,
             "source": _LJ, "page": 5, "sub_criteria": []},
            {"id": ["Q2", "2"],
             "text": "How will you staff, train and supervise the cleaning workforce across day, evening and weekend "
                     "shifts?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 14, "social_value": False,
             "source": _LJ, "page": 5, "sub_criteria": []},
            # Mobilisation and TUPE: not social value.
            {"id": ["Q3", "3"],
             "text": "Set out your plan to mobilise the contract by 1 August 2033, including the TUPE transfer of the "
                     "current workforce.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 10.5, "social_value": False,
             "source": _LJ, "page": 5, "sub_criteria": []},
            # Environmental management: not social value.
            {"id": ["Q4", "4"],
             "text": "Describe your environmental management system, the cleaning chemicals and equipment you will use "
                     "and how you will minimise water and energy use.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 7, "social_value": False,
             "source": _LJ, "page": 5, "sub_criteria": []},
            {"id": ["Q5", "5"],
             "text": "How will you audit cleaning standards, report performance against the KPIs and put right any "
                     "failures?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10.5, "social_value": False,
             "source": _LJ, "page": 6, "sub_criteria": []},
            {"id": ["Q6", "6"],
             "text": "How will you use this contract to create local employment, training and progression "
                     "opportunities for residents of the Liverpool City Region, including LJMU students and "
                     "graduates, and to support local community organisations?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10.5, "social_value": True,
             "source": _LJ, "page": 6, "sub_criteria": []},
        ],
    },
    {
        "name": "held20-txt-and-pdf-wirral-play-areas-email-rfq-headers-yearless-subject-spec-without-terms-no-framework-1-5",
        "files": [
            {"name": _WI_E, "pages": [
                [("p", "From: Parks Procurement <parks.procurement@wirral.gov.uk>"),
                 ("p", "Sent: Monday, 13 December 2032 10:42"),
                 ("p", "To: Undisclosed recipients"),
                 ("p", "Subject: RFQ WBC/NS/2032/311 - Play Area Inspection and Repair - quotes due 12 noon Fri 14 Jan"),
                 ("p", "Attachments: Wirral Council - Play Area Inspection and Repair - Specification.pdf"),
                 ("p", "Dear Supplier,"),
                 ("p", "Wirral Council would like to invite you to quote for the inspection, maintenance and repair of "
                       "children's play areas in the Council's parks and open spaces across Wirral. The attached "
                       "specification describes the sites and the standards we expect."),
                 ("p", "Contract: 2 years from 1 April 2033, with the option to extend for a further 12 months."),
                 ("p", "Estimated value: £124,000 over the two years (excluding VAT)."),
                 ("p", "Key dates:"),
                 ("p", "- Clarification questions by 5pm on Wednesday 5 January 2033 (reply to this email)"),
                 ("p", "- Quotes by 12 noon on Friday 14 January 2033"),
                 ("p", "- We aim to let you know the outcome by the end of January 2033"),
                 ("p", "How we will evaluate quotes: price 60%, quality 30% and social value 10%. Each written answer "
                       "will be scored from 1 (poor) to 5 (excellent)."),
                 ("p", "Please answer the following questions (no more than 500 words each) and return them with your "
                       "completed price schedule:"),
                 ("p", "1. Inspection regime (15%) - How will you carry out the routine, operational and annual "
                       "inspections set out in the specification, and record and report the defects you find?"),
                 ("p", "2. Safeguarding and working in public spaces (10%) - How will you keep children and the public "
                       "safe while you work in play areas that stay open, including DBS checks for your operatives?"),
                 ("p", "3. Repairs and response times (5%) - How will you make safe and repair defects within the "
                       "response times in the specification?"),
                 ("p", "4. Social value (10%) - What will you do for Wirral residents through this contract, for "
                       "example jobs or apprenticeships for local people, help for Friends of parks groups or lower "
                       "emissions from your vehicles?"),
                 ("p", "Kind regards,"),
                 ("p", "Parks and Countryside Commissioning Team, Wirral Council, Wallasey Town Hall, Brighton Street, "
                       "Wallasey CH44 8ED")],
            ]},
            {"name": _WI_S, "pages": [
                [("p", _WI_HEAD),
                 ("h", "Play Area Inspection and Repair - Specification"),
                 ("h", "1. Scope"),
                 ("p", "1.1 The Council manages 78 equipped play areas in its parks and open spaces, from Birkenhead "
                       "Park and Arrowe Park to Ashton Park in West Kirby, with about 1,150 items of play equipment."),
                 ("p", "1.2 The contractor will carry out routine visual inspections weekly, operational inspections "
                       "monthly and an annual main inspection of every play area to BS EN 1176 and BS EN 1177."),
                 _wi_footer(1)],
                [("p", _WI_HEAD),
                 ("h", "2. Repairs"),
                 ("p", "2.1 Category 1 defects must be made safe within 24 hours of being found or reported; other "
                       "defects must be repaired within 10 working days."),
                 ("p", "2.2 Out-of-hours call-outs will be paid at the contract rate, currently capped at £55 an hour."),
                 ("p", "2.3 The contractor must hold public liability insurance of at least £10 million."),
                 _wi_footer(2)],
            ]},
        ],
        "tender": {
            "title": (["Play Area Inspection and Repair"], [_WI_E, _WI_S], 1),
            "buyer": (["Wirral Council", "Wirral Metropolitan Borough Council"], [_WI_E, _WI_S], 1),
            "service": (["Play area inspection and repair", "play area inspection, maintenance and repair",
                         "the inspection, maintenance and repair of children's play areas",
                         "inspection, maintenance and repair of children's play areas in the Council's parks and open "
                         "spaces"],
                        [_WI_E, _WI_S], 1),
            "area": (["Wirral", "the Council's parks and open spaces across Wirral"], [_WI_E, _WI_S], 1),
            # "£124,000 over the two years"; 78 play areas, 1,150 items, £55 an hour and £10 million are decoys.
            "value_gbp": (124000, _WI_E, 1),
            "months": (24, _WI_E, 1),
            "extension_months": (12, _WI_E, 1),
            # "12 noon on Friday 14 January 2033"; the subject's "Fri 14 Jan" has no year; 13 December 2032,
            # 5 January 2033 and end of January 2033 are decoys.
            "deadline": ("2033-01-14", _WI_E, 1),
            "social_value_weighting_percent": (10, _WI_E, 1),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("1-5", _WI_E, 1),
            # Neither file names a TOMs, PPN or Council policy.
            "framework": None,
        },
        "not_found": ["qualitative_percent", "quantitative_percent", "framework"],
        "questions": [
            {"id": ["1", "Q1"],
             "text": "How will you carry out the routine, operational and annual inspections set out in the "
                     "specification, and record and report the defects you find?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _WI_E, "page": 1, "sub_criteria": []},
            # Safeguarding: not social value.
            {"id": ["2", "Q2"],
             "text": "How will you keep children and the public safe while you work in play areas that stay open, "
                     "including DBS checks for your operatives?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _WI_E, "page": 1, "sub_criteria": []},
            {"id": ["3", "Q3"],
             "text": "How will you make safe and repair defects within the response times in the specification?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 5, "social_value": False,
             "source": _WI_E, "page": 1, "sub_criteria": []},
            {"id": ["4", "Q4"],
             "text": "What will you do for Wirral residents through this contract, for example jobs or apprenticeships "
                     "for local people, help for Friends of parks groups or lower emissions from your vehicles?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _WI_E, "page": 1, "sub_criteria": []},
        ],
    },
    {
        "name": "held20-md-lcrca-bus-information-bold-labels-pipe-timetable-sv-split-70-30-portal-ntoms-hash-questions-0-3",
        "files": [{"name": _LC, "pages": [
            [("p", _LC_HEAD),
             ("h", "Real Time Bus Passenger Information"),
             ("p", "**Buyer:** Liverpool City Region Combined Authority (the Combined Authority)"),
             ("p", "**What we need:** the supply, installation, hosting and maintenance of real time passenger "
                   "information displays at bus stops and stations, and the open data feed that drives them and "
                   "third-party journey planning apps"),
             ("p", "**Where:** the six local authority areas of the Liverpool City Region - Halton, Knowsley, "
                   "Liverpool, Sefton, St Helens and Wirral"),
             ("p", "**Term:** 3 years + 2 years (optional)"),
             ("p", "**Budget:** £1,260,000 for the initial 3 years, excluding VAT"),
             ("p", "The network has about 1,400 real time displays and carries around 65 million bus journeys a "
                   "year. Displays must be available 99.5% of the time."),
             _lc_footer(1)],
            [("p", _LC_HEAD),
             ("h", "Timetable"),
             ("t", [["Milestone", "Date"],
                    ["Supplier briefing (online)", "Thu 20 Jan 2033"],
                    ["Clarification questions close", "Mon 31 Jan 2033, 17:00"],
                    ["Tender closes", "Mon 14 Feb 2033 @ 12:00"],
                    ["Demonstrations", "w/c 7 Mar 2033"],
                    ["Go live", "Fri 1 Jul 2033"]]),
             ("h", "How tenders will be scored"),
             ("p", "Quality 50% | Price 40% | Social Value 10%"),
             ("p", "The social value score is made up of two parts: 70% of it comes from the quantified commitments "
                   "you enter on the Social Value Portal against the National TOMs, and 30% from your written answer "
                   "to SV1."),
             ("p", "Written answers (Q1 to Q4 and SV1) are scored 0 to 3: 0 = unacceptable, 1 = weak, 2 = good, 3 = "
                   "strong."),
             _lc_footer(2)],
            [("p", _LC_HEAD),
             ("h", "Questions"),
             ("h", "Q1 Technical solution (20%)"),
             ("p", "Describe the displays, back office system and open data feed you will provide, and how they will "
                   "meet the availability and accuracy targets in the specification."),
             ("p", "_Maximum 1,000 words_"),
             ("h", "Q2 Accessibility of information (10%)"),
             ("p", "How will your displays and data meet the needs of disabled passengers, including audio "
                   "announcements and the Public Service Vehicles Accessible Information Regulations?"),
             ("p", "_Maximum 500 words_"),
             ("h", "Q3 Cyber security and data protection (10%)"),
             ("p", "How will you secure the system and the data feed against cyber attack, and protect any personal "
                   "data it processes?"),
             ("p", "_Maximum 500 words_"),
             ("h", "Q4 Mobilisation and transition (10%)"),
             ("p", "Explain how you will take over the existing displays from the incumbent supplier without loss of "
                   "service to passengers."),
             ("p", "_Maximum 500 words_"),
             ("h", "SV1 Social value delivery (3%)"),
             ("p", "How will you make sure the social value commitments you enter on the Social Value Portal are "
                   "delivered across the Liverpool City Region, and who will be accountable for them?"),
             ("p", "_Maximum 500 words_"),
             _lc_footer(3)],
        ]}],
        "tender": {
            "title": (["Real Time Bus Passenger Information"], _LC, 1),
            "buyer": (["Liverpool City Region Combined Authority", "LCRCA"], _LC, 1),
            "service": (["Real time bus passenger information", "real time passenger information",
                         "the supply, installation, hosting and maintenance of real time passenger information "
                         "displays at bus stops and stations",
                         "supply, installation, hosting and maintenance of real time passenger information displays "
                         "at bus stops and stations, and the open data feed",
                         "bus passenger information"],
                        _LC, 1),
            "area": (["Liverpool City Region", "the Liverpool City Region",
                      "Halton, Knowsley, Liverpool, Sefton, St Helens and Wirral"], _LC, 1),
            # "£1,260,000 for the initial 3 years"; 1,400 displays, 65 million and 99.5% are decoys.
            "value_gbp": (1260000, _LC, 1),
            "months": (36, _LC, 1),
            "extension_months": (24, _LC, 1),
            # "Mon 14 Feb 2033 @ 12:00"; 20 Jan, 31 Jan, w/c 7 Mar and 1 Jul 2033 are decoys.
            "deadline": ("2033-02-14", _LC, 2),
            "social_value_weighting_percent": (10, _LC, 2),
            # 30% of the social value score for SV1, 70% for quantified Portal commitments.
            "qualitative_percent": (30, _LC, 2),
            "quantitative_percent": (70, _LC, 2),
            "scoring_scale": ("0-3", _LC, 2),
            "framework": ("national-toms", _LC, 2),
        },
        "not_found": [],
        "questions": [
            {"id": ["Q1", "1"],
             "text": "Describe the displays, back office system and open data feed you will provide, and how they "
                     "will meet the availability and accuracy targets in the specification.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _LC, "page": 3, "sub_criteria": []},
            # Accessibility of information: a service question, not social value.
            {"id": ["Q2", "2"],
             "text": "How will your displays and data meet the needs of disabled passengers, including audio "
                     "announcements and the Public Service Vehicles Accessible Information Regulations?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _LC, "page": 3, "sub_criteria": []},
            # Cyber security and data protection: not social value.
            {"id": ["Q3", "3"],
             "text": "How will you secure the system and the data feed against cyber attack, and protect any personal "
                     "data it processes?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _LC, "page": 3, "sub_criteria": []},
            # Mobilisation: not social value.
            {"id": ["Q4", "4"],
             "text": "Explain how you will take over the existing displays from the incumbent supplier without loss "
                     "of service to passengers.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _LC, "page": 3, "sub_criteria": []},
            # 30% of 10% = 3%, printed in its heading.
            {"id": "SV1",
             "text": "How will you make sure the social value commitments you enter on the Social Value Portal are "
                     "delivered across the Liverpool City Region, and who will be accountable for them?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 3, "social_value": True,
             "source": _LC, "page": 3, "sub_criteria": []},
        ],
    },
    {
        "name": "held20-docx-pdf-txt-merseyside-police-fleet-part-a-b-clarification-log-moves-deadline-ppn002-0-100",
        "files": [
            {"name": _MP_A, "pages": [
                [("p", _MP_HEAD),
                 ("h", "Vehicle Fleet Servicing, Maintenance and Repair"),
                 ("p", "ITT Part A - Instructions to Bidders and Contract Information"),
                 ("h", "1. Introduction"),
                 ("p", "1.1 The Chief Constable of Merseyside Police (the Authority) invites tenders for the "
                       "servicing, maintenance and repair of the Merseyside Police vehicle fleet - marked response "
                       "cars, vans, motorcycles and unmarked vehicles - operating across Merseyside (Liverpool, "
                       "Knowsley, Sefton, St Helens and Wirral)."),
                 ("p", "1.2 The fleet currently numbers about 1,150 vehicles, which together cover around 21 million "
                       "miles a year. Response vehicles must be returned to service within 48 hours of booking in."),
                 ("p", "1.3 The evaluation methodology and the questions are in ITT Part B. Clarifications issued during "
                       "the tender period form part of the ITT."),
                 _mp_footer("Part A", 1, 2)],
                [("p", _MP_HEAD),
                 ("h", "2. Contract information"),
                 ("p", "2.1 The contract will run for three years from 1 October 2033. The Authority may extend it by "
                       "up to 36 months (1+1+1)."),
                 ("p", "2.2 The estimated value is £1,920,000 for the initial three-year term (approximately £640,000 "
                       "per annum). If all extensions are taken up, the maximum value is £3,840,000."),
                 ("h", "3. Timetable"),
                 ("t", [["Event", "Date and time"],
                        ["Clarification questions close", "Thursday 6th January 2033, 17:00 hrs"],
                        ["Tender return deadline", "14:00 hrs, Monday 17th January 2033"],
                        ["Site visits to shortlisted workshops", "February 2033"],
                        ["Contract start", "Saturday 1st October 2033"]]),
                 _mp_footer("Part A", 2, 2)],
            ]},
            {"name": _MP_B, "pages": [
                [("p", _MP_HEAD),
                 ("h", "ITT Part B - Evaluation Methodology and Questions"),
                 ("h", "1. Award criteria"),
                 ("t", [["Criterion", "Weighting"],
                        ["Technical", "55%"],
                        ["Commercial", "35%"],
                        ["Social Value", "10%"]]),
                 ("p", "1.1 Social value is assessed using the Social Value Model in Procurement Policy Note 002 (PPN "
                       "002), under the themes Tackling economic inequality and Fighting climate change."),
                 ("p", "1.2 Each technical and social value response is awarded 0 (fail), 20 (poor), 40 (weak), 60 "
                       "(satisfactory), 80 (good) or 100 (excellent), multiplied by the question's weighting."),
                 ("p", "1.3 Bidders awarded 0 or 20 for T2 will be excluded."),
                 _mp_footer("Part B", 1, 3)],
                [("p", _MP_HEAD),
                 ("h", "2. Technical questions"),
                 ("p", "T1 - Workshop capacity and turnaround (weighting 20%; maximum 1,000 words). Describe your "
                       "workshop locations, capacity and processes, and how you will return response vehicles to "
                       "service within 48 hours."),
                 ("p", "T2 - Vetting and site security (weighting 10%; maximum 750 words). How will you make sure every "
                       "person with access to police vehicles is vetted to the required level, and keep vehicles and "
                       "equipment secure at your sites?"),
                 ("p", "T3 - Data protection (weighting 10%; maximum 750 words). How will you protect telematics data, "
                       "vehicle records and any personal data you handle, and report a data breach to the Authority?"),
                 ("p", "T4 - Mobilisation (weighting 15%; maximum 750 words). Set out how you will mobilise the "
                       "contract, including the transfer of vehicle history records from the current provider."),
                 _mp_footer("Part B", 2, 3)],
                [("p", _MP_HEAD),
                 ("h", "3. Social value questions"),
                 ("p", "SV1 - Tackling economic inequality (weighting 6%; maximum 750 words). How will you create "
                       "jobs, apprenticeships and training for Merseyside residents, including young people leaving "
                       "care and ex-service personnel, through this contract?"),
                 ("p", "SV2 - Fighting climate change (weighting 4%; maximum 500 words). What will you do to reduce "
                       "the greenhouse gas emissions of the contract? Your response should cover:"),
                 ("b", "energy use at your workshops"),
                 ("b", "collection and delivery of vehicles"),
                 ("b", "how you will measure and report emissions"),
                 _mp_footer("Part B", 3, 3)],
            ]},
            {"name": _MP_CL, "pages": [
                [("p", "MERSEYSIDE POLICE - MP-FL-2032-044 - FLEET SERVICING, MAINTENANCE AND REPAIR"),
                 ("p", "CLARIFICATION LOG No. 3 - issued 10 January 2033"),
                 ("p", "CQ07"),
                 ("p", "Q: Please confirm the current number of vehicles in the fleet."),
                 ("p", "A: About 1,150, as stated in Part A. The split by vehicle type is in the pricing schedule."),
                 ("p", "CQ08"),
                 ("p", "Q: Given the holiday period, will the Authority extend the tender return deadline?"),
                 ("p", "A: Yes. The tender return deadline is extended to 14:00 on Monday 31 January 2033. All other "
                       "dates are unchanged."),
                 ("p", "CQ09"),
                 ("p", "Q: Is the 10% social value weighting shared between SV1 and SV2?"),
                 ("p", "A: Yes: 6% for SV1 and 4% for SV2, as shown in Part B."),
                 ("p", "Issued by the Merseyside Police Procurement Team through the Bluelight e-tendering portal.")],
            ]},
        ],
        "tender": {
            "title": (["Vehicle Fleet Servicing, Maintenance and Repair", "Fleet Servicing, Maintenance and Repair"],
                      [_MP_A, _MP_B], 1),
            "buyer": (["Merseyside Police", "The Chief Constable of Merseyside Police",
                       "Chief Constable of Merseyside Police"], [_MP_A, _MP_B], 1),
            "service": (["Vehicle fleet servicing, maintenance and repair", "fleet servicing, maintenance and repair",
                         "servicing, maintenance and repair of the Merseyside Police vehicle fleet",
                         "the servicing, maintenance and repair of the Merseyside Police vehicle fleet",
                         "fleet maintenance"],
                        [_MP_A, _MP_B], 1),
            "area": (["Merseyside", "Liverpool, Knowsley, Sefton, St Helens and Wirral",
                      "Merseyside (Liverpool, Knowsley, Sefton, St Helens and Wirral)"], _MP_A, 1),
            # "£1,920,000 for the initial three-year term"; £640,000 per annum, £3,840,000, 1,150 and 21 million
            # are decoys.
            "value_gbp": (1920000, _MP_A, 2),
            "months": (36, _MP_A, 2),
            "extension_months": (36, _MP_A, 2),
            # Moved by clarification CQ08 to "14:00 on Monday 31 January 2033"; Part A's 17th January 2033 is
            # superseded; 6 and 10 January 2033, February 2033 and 1 October 2033 are decoys.
            "deadline": ("2033-01-31", _MP_CL, 1),
            "social_value_weighting_percent": (10, _MP_B, 1),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-100", _MP_B, 1),
            "framework": ("ppn-002", _MP_B, 1),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            {"id": ["T1", "1"],
             "text": "Describe your workshop locations, capacity and processes, and how you will return response "
                     "vehicles to service within 48 hours.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _MP_B, "page": 2, "sub_criteria": []},
            # Vetting and site security: not social value.
            {"id": ["T2", "2"],
             "text": "How will you make sure every person with access to police vehicles is vetted to the required "
                     "level, and keep vehicles and equipment secure at your sites?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _MP_B, "page": 2, "sub_criteria": []},
            # Data protection: not social value.
            {"id": ["T3", "3"],
             "text": "How will you protect telematics data, vehicle records and any personal data you handle, and "
                     "report a data breach to the Authority?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _MP_B, "page": 2, "sub_criteria": []},
            # Mobilisation: not social value.
            {"id": ["T4", "4"],
             "text": "Set out how you will mobilise the contract, including the transfer of vehicle history records "
                     "from the current provider.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _MP_B, "page": 2, "sub_criteria": []},
            {"id": "SV1",
             "text": "How will you create jobs, apprenticeships and training for Merseyside residents, including young "
                     "people leaving care and ex-service personnel, through this contract?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 6, "social_value": True,
             "source": _MP_B, "page": 3, "sub_criteria": []},
            {"id": "SV2",
             "text": ["What will you do to reduce the greenhouse gas emissions of the contract?",
                      "What will you do to reduce the greenhouse gas emissions of the contract? Your response should "
                      "cover:"],
             "word_limit": 500, "char_limit": None, "weighting_percent": 4, "social_value": True,
             "source": _MP_B, "page": 3,
             "sub_criteria": ["energy use at your workshops", "collection and delivery of vehicles",
                              "how you will measure and report emissions"]},
        ],
    },
]
