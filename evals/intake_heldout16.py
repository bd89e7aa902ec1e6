"""A sixteenth held-out set for the tender intake, written by a separate writer who never read the extractor's code
(nor its tests, prompts or scripts, nor any held-out set but the fifteenth, read for its format), and committed
before the extractor was run on it. Six packs from Cheshire and Merseyside buyers and services the fifteenth set does
not use: a council's independent advocacy hub (Knowsley), a council's grounds maintenance in two lots (Cheshire
East), an NHS trust's IT service desk (Liverpool University Hospitals), a council's school meals (Warrington), a
council's home care in three zones (Sefton) and a housing association's youth work programme (Magenta Living, Wirral).

Layouts, each different from the fifteenth set:
- a single PDF with a "Knowsley Council | ... | Ref KMBC-ASC-2031-0417" running header, a "Page N of 5" footer and a
  contents table on the cover; key dates in a table written dd.mm.yyyy ("14:00 on 09.04.2031" beside "12:00 on
  28.03.2031" and "09.06.2031"); an evaluation matrix with criterion weightings and sub-weightings in which the social
  value question carries 5% and the TOMs portal the other 5% ("split equally"); numbered-paragraph questions ("3.1
  Service model and access") with "Response limit: 3,000 characters including spaces"; a "fixed for the first 24
  months" price clause beside an extension "of up to 2 years in total".
- two Word files: instructions (a contents table, a per-lot annual value table beside the stated combined total, a
  timetable with ordinal dates "12:00 midday on Tuesday 18th November 2031", "two further periods of twelve (12)
  months") and a questionnaire with one heading per question ("Question GM1: ...", "Points available: 200") where the
  whole tender is "scored out of 1,000 points" (150 points of social value = 15%); framework is the council's own
  "Cheshire East Social Value Charter"; scale 0-4 in a "Score | Definition" table.
- a single Word ITT with a "3 + 1 + 1 years" key-facts row, a value "£4.6m over the initial three years (about
  £1.53m a year)", a deadline "12:00 noon on the 27th day of June 2031" in prose while the timetable row says "see
  paragraph 2.1", an envelope weighting table, PPN 002 named as having "replaced PPN 06/20", a non-contiguous 10/7/5/3/0
  scale (0-10), questions in a "Ref | Question | Weighting | Page limit" table with "4 sides of A4" limits, and a
  PPN 006 carbon plan in a checklist.
- a single PDF whose running header carries the page number ("WBC/EDU/2031/112 | School Catering Services | Page N
  of 4") and whose footer carries a version date; "does not exceed seven years" after an initial five (24 months of
  extension); "2.1 million meals", "£2.58" and "£2.61" beside "£14.5 million over the initial term"; social value "worth
  10% of the total score" inside a 45% quality part; a reversed split "70% ... proxy values ... and 30% on your written
  answer"; no scoring scale stated anywhere; questions under headings "Question 1 - Menus, nutrition and allergens (20%
  of the total score)" with "Answer in no more than 1,250 words".
- a PDF ITT plus a Word response document of one box per method statement ("MS1 | ..." / "Question" / "Limit");
  quality-only evaluation with no weighting for social value or for any question, no framework, a 1-5 scale in prose,
  a "60% of the available quality marks" threshold, zone values beside the total, an extension "by up to six months",
  a deadline "by 11.59pm on Thursday 31st July 2031", and mixed limits ("6,000 characters (including spaces)" for
  MS1-MS2, "750 words" for the social value MS3).
- a single Word tender pack with a key-information table ("Initial term 24 months (+12 months optional)", "Wed
  14-Jan-2032 12:00" beside "Wed 17-Dec-2031 12:00"), weighting as a slash ratio "Price/Quality/Social Value:
  40/45/15", a 60/40 qualitative/quantitative split, the "Cheshire and Merseyside Themes, Outcomes and Measures (TOMs)"
  beside the HACT Social Value Bank (for information only), a 0-3 scale, and questions in a "Question | Weighting |
  Max words" table with no question numbers (ids null), the social value question in the middle.

Decoys: safeguarding (advocacy, home care, youth work), health and safety of operatives, data security and protection
toolkit, menus and allergens, mobilisation and TUPE, person-centred care: none is the social value question. Same
shape as evals/intake_heldout15.py; a question's ``page_limit`` is scored where given. ``not_found`` lists the tender
fields the pack does not state (expected null); it is documentation and is not read by the scorer.
"""

# --- Pack 1: Knowsley advocacy (single PDF) ---------------------------------------------------------------------
_KN = "KMBC Independent Advocacy Hub - Invitation to Tender.pdf"
_KN_HEAD = "Knowsley Council | Adult Social Care Commissioning | Ref KMBC-ASC-2031-0417"

# --- Pack 2: Cheshire East grounds maintenance (two DOCX) -------------------------------------------------------
_CE_ITT = "CEC Grounds Maintenance 2032-2036 - ITT Volume 1 Instructions.docx"
_CE_Q = "CEC Grounds Maintenance 2032-2036 - ITT Volume 2 Quality Questionnaire.docx"
_CE_HEAD1 = "Cheshire East Council - Grounds Maintenance Services - ITT Volume 1 - OFFICIAL"
_CE_HEAD2 = "Cheshire East Council - Grounds Maintenance Services - ITT Volume 2 - OFFICIAL"

# --- Pack 3: Liverpool University Hospitals IT service desk (single DOCX) ---------------------------------------
_LU = "LUHFT IT Service Desk ITT - Final.docx"
_LU_HEAD = "Liverpool University Hospitals NHS Foundation Trust | Digital Services | Tender LUHFT-DS-0219"

# --- Pack 4: Warrington school meals (single PDF) ---------------------------------------------------------------
_WA = "Warrington School Catering ITT v1.2.pdf"
_WA_FOOT = "Warrington Borough Council - Invitation to Tender - version 1.2 (December 2031)"

# --- Pack 5: Sefton home care (PDF + DOCX) ----------------------------------------------------------------------
_SE_ITT = "Sefton Council - Home Care (Domiciliary Care) Services - ITT.pdf"
_SE_RD = "Sefton Home Care - Method Statement Response Document.docx"
_SE_HEAD = "Sefton Metropolitan Borough Council - Adult Social Care"
_SE_RD_HEAD = "Sefton Council | Home Care Services | Method Statement Response Document"

# --- Pack 6: Magenta Living youth work (single DOCX) ------------------------------------------------------------
_MG = "Magenta Living - Youth Engagement Programme - Tender Pack.docx"
_MG_HEAD = "Magenta Living | Community Investment | Tender MAG-CI-2032-01"


def _kn_footer(n):
    return ("p", "Page %d of 5" % n)


def _ce_footer(volume, n):
    return ("p", "Volume %d | Page %d" % (volume, n))


def _lu_footer(n):
    return ("p", "Commercial in confidence | Page %d of 4" % n)


def _wa_header(n):
    return ("p", "WBC/EDU/2031/112 | School Catering Services | Page %d of 4" % n)


def _se_footer(n):
    return ("p", "ITT Ref SMBC/ASC/HC/31 - page %d" % n)


def _mg_footer(n):
    return ("p", "MAG-CI-2032-01 - page %d of 3" % n)


PACKS = [
    {
        "name": "held16-pdf-knowsley-advocacy-contents-ddmmyyyy-dates-matrix-sub-weights-numbered-paras-chars-cm-toms",
        "files": [{"name": _KN, "pages": [
            [("p", _KN_HEAD),
             ("h", "Knowsley Independent Advocacy Hub"),
             ("p", "Invitation to Tender (ITT)"),
             ("p", "Issued by Knowsley Metropolitan Borough Council on 3 March 2031"),
             ("h", "Contents"),
             ("t", [["Section", "Title", "Page"],
                    ["1", "Introduction and key dates", "2"],
                    ["2", "Evaluation", "3"],
                    ["3", "Quality and social value questions", "4"],
                    ["4", "Pricing and how to submit", "5"]]),
             ("p", "Procurement contact: Commissioning and Procurement Team, Municipal Buildings, Archway Road, "
                   "Huyton, L36 9YU. Telephone 0151 443 3472."),
             _kn_footer(1)],
            [("p", _KN_HEAD),
             ("h", "1. Introduction and key dates"),
             ("p", "1.1 Knowsley Metropolitan Borough Council (the Council) is seeking a provider to deliver a single "
                   "independent advocacy hub for adults in Knowsley, covering Care Act advocacy, Independent Mental "
                   "Capacity Advocacy (IMCA), Independent Mental Health Advocacy (IMHA) and NHS complaints advocacy, "
                   "from bases in Huyton, Kirkby and Prescot."),
             ("p", "1.2 The contract will start on 1 October 2031 and will run for three years. The Council reserves "
                   "the right to extend the contract for a further period or periods of up to 2 years in total."),
             ("p", "1.3 The total estimated contract value for the initial three-year term is £1,230,000 "
                   "(approximately £410,000 per annum). In 2030/31 the current services received 1,860 referrals."),
             ("p", "1.4 Key dates (all times are UK time):"),
             ("t", [["Activity", "Date"],
                    ["ITT published", "03.03.2031"],
                    ["Deadline for clarification questions", "12:00 on 28.03.2031"],
                    ["Tender submission deadline", "14:00 on 09.04.2031"],
                    ["Presentations (shortlisted bidders only)", "w/c 12.05.2031"],
                    ["Contract award (indicative)", "09.06.2031"],
                    ["Contract start", "01.10.2031"]]),
             _kn_footer(2)],
            [("p", _KN_HEAD),
             ("h", "2. Evaluation"),
             ("p", "2.1 Tenders will be evaluated using the matrix below. All weightings are percentages of the total "
                   "score."),
             ("t", [["Criterion", "Weighting", "Element", "Sub-weighting"],
                    ["Quality", "50%", "3.1 Service model and access", "30%"],
                    ["", "", "3.2 Safeguarding", "20%"],
                    ["Social value", "10%", "3.3 Social value method statement", "5%"],
                    ["", "", "TOMs commitments (Social Value Portal)", "5%"],
                    ["Price", "40%", "Pricing schedule (Appendix C)", "40%"]]),
             ("p", "2.2 Social value will be evaluated in accordance with the Cheshire and Merseyside Social Value "
                   "TOMs. The social value weighting is split equally between the method statement at 3.3 and the "
                   "quantified commitments you enter on the Social Value Portal."),
             ("p", "2.3 Each quality and social value response will be scored out of 5, where 0 means no response or "
                   "a wholly unacceptable response and 5 means an excellent response that fully meets the "
                   "requirement. Bidders scoring less than 2 on question 3.1 or 3.2 will be excluded."),
             _kn_footer(3)],
            [("p", _KN_HEAD),
             ("h", "3. Quality and social value questions"),
             ("p", "Answer each question in the response boxes on the e-tendering portal. Text beyond the limit will "
                   "not be read."),
             ("p", "3.1 Service model and access"),
             ("p", "Describe how you will run a single point of access for all advocacy referrals in Knowsley, "
                   "including how you will prioritise statutory referrals and meet the response times in the "
                   "specification."),
             ("p", "Response limit: 3,000 characters including spaces."),
             ("p", "3.2 Safeguarding"),
             ("p", "Explain how your advocates will recognise and respond to safeguarding concerns, and how you will "
                   "apply Making Safeguarding Personal when working with the Council's safeguarding adults team."),
             ("p", "Response limit: 2,500 characters including spaces."),
             ("p", "3.3 Social value method statement"),
             ("p", "Describe the social value you will deliver for Knowsley residents through this contract and how it "
                   "links to the Cheshire and Merseyside TOMs measures you commit to on the Social Value Portal. Your "
                   "statement should cover:"),
             ("b", "local employment, including roles for people with lived experience of using advocacy or mental "
                   "health services"),
             ("b", "support for Knowsley's voluntary, community and faith sector"),
             ("b", "reducing the carbon impact of advocates' travel across the borough"),
             ("p", "Response limit: 2,000 characters including spaces."),
             _kn_footer(4)],
            [("p", _KN_HEAD),
             ("h", "4. Pricing and how to submit"),
             ("p", "4.1 Complete the pricing schedule at Appendix C. Prices must be fixed for the first 24 months and "
                   "are then subject to annual review, capped at 3%."),
             ("p", "4.2 Submit your tender through The Chest e-tendering portal by the deadline in paragraph 1.4. Late "
                   "tenders will not be accepted."),
             ("p", "4.3 Insurance required: employer's liability £10 million, public liability £5 million and "
                   "professional indemnity £2 million."),
             ("p", "4.4 TUPE is expected to apply to 11 advocates currently employed by the incumbent providers."),
             _kn_footer(5)],
        ]}],
        "tender": {
            "title": (["Knowsley Independent Advocacy Hub", "Independent Advocacy Hub"], _KN, 1),
            "buyer": (["Knowsley Metropolitan Borough Council", "Knowsley Council"], _KN, [1, 2]),
            "service": (["Independent advocacy hub", "independent advocacy", "Knowsley Independent Advocacy Hub",
                         "a single independent advocacy hub for adults in Knowsley",
                         "a single independent advocacy hub for adults in Knowsley, covering Care Act advocacy, "
                         "Independent Mental Capacity Advocacy (IMCA), Independent Mental Health Advocacy (IMHA) and "
                         "NHS complaints advocacy",
                         "deliver a single independent advocacy hub for adults",
                         "independent advocacy for adults"],
                        _KN, [1, 2]),
            "area": (["Knowsley", "Huyton, Kirkby and Prescot"], _KN, [1, 2]),
            # "£1,230,000" for the initial three-year term; "£410,000 per annum" is annual, "1,860 referrals" a count.
            "value_gbp": (1230000, _KN, 2),
            "months": (36, _KN, 2),
            # "a further period or periods of up to 2 years in total"; "fixed for the first 24 months" (p5) is pricing.
            "extension_months": (24, _KN, 2),
            # "14:00 on 09.04.2031" (dd.mm.yyyy: 9 April); clarifications "28.03.2031" and award "09.06.2031" decoys.
            "deadline": ("2031-04-09", _KN, 2),
            # Matrix row "Social value | 10%" (of which 5% is the 3.3 method statement and 5% the TOMs portal).
            "social_value_weighting_percent": (10, _KN, 3),
            # "split equally between the method statement at 3.3 and the quantified commitments".
            "qualitative_percent": (50, _KN, 3),
            "quantitative_percent": (50, _KN, 3),
            # "scored out of 5, where 0 means no response ... and 5 means an excellent response".
            "scoring_scale": ("0-5", _KN, 3),
            "framework": ("cm-toms", _KN, [3, 4]),
        },
        "not_found": [],
        "questions": [
            {"id": "3.1",
             "text": "Describe how you will run a single point of access for all advocacy referrals in Knowsley, "
                     "including how you will prioritise statutory referrals and meet the response times in the "
                     "specification.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 30, "social_value": False,
             "source": _KN, "page": 4, "sub_criteria": []},
            # Safeguarding: not social value.
            {"id": "3.2",
             "text": "Explain how your advocates will recognise and respond to safeguarding concerns, and how you will "
                     "apply Making Safeguarding Personal when working with the Council's safeguarding adults team.",
             "word_limit": None, "char_limit": 2500, "weighting_percent": 20, "social_value": False,
             "source": _KN, "page": 4, "sub_criteria": []},
            # Sub-weighting 5% in the matrix (the other 5% of social value is the TOMs portal, not a question).
            {"id": "3.3",
             "text": ["Describe the social value you will deliver for Knowsley residents through this contract and "
                      "how it links to the Cheshire and Merseyside TOMs measures you commit to on the Social Value "
                      "Portal.",
                      "Describe the social value you will deliver for Knowsley residents through this contract and "
                      "how it links to the Cheshire and Merseyside TOMs measures you commit to on the Social Value "
                      "Portal. Your statement should cover:"],
             "word_limit": None, "char_limit": 2000, "weighting_percent": 5, "social_value": True,
             "source": _KN, "page": 4,
             "sub_criteria": ["local employment, including roles for people with lived experience of using advocacy "
                              "or mental health services",
                              "support for Knowsley's voluntary, community and faith sector",
                              "reducing the carbon impact of advocates' travel across the borough"]},
        ],
    },
    {
        "name": "held16-docx-x2-cheshire-east-grounds-two-lots-points-of-1000-heading-questions-bespoke-charter-0-4",
        "files": [
            {"name": _CE_ITT, "pages": [
                [("p", _CE_HEAD1),
                 ("h", "Grounds Maintenance Services 2032-2036"),
                 ("p", "Invitation to Tender - Volume 1: Instructions to Bidders"),
                 ("p", "Cheshire East Council, Environment and Neighbourhood Services"),
                 ("t", [["Contents", "Page"],
                        ["1 About this procurement", "1"],
                        ["2 Lots and contract value", "2"],
                        ["3 Timetable", "2"],
                        ["4 Evaluation", "3"],
                        ["Volume 2 Quality Questionnaire", "separate document"]]),
                 ("h", "1 About this procurement"),
                 ("p", "Cheshire East Council (the Council) is inviting tenders for grass cutting, shrub and hedge "
                       "maintenance, weed control, litter picking and playground inspections on its parks, highway "
                       "verges, cemeteries and other open spaces across Cheshire East."),
                 _ce_footer(1, 1)],
                [("p", _CE_HEAD1),
                 ("h", "2 Lots and contract value"),
                 ("p", "The services are divided into two lots. Bidders may tender for one or both lots."),
                 ("t", [["Lot", "Area", "Towns included", "Estimated annual value"],
                        ["1", "North", "Macclesfield, Wilmslow, Knutsford and Poynton", "£460,000"],
                        ["2", "South", "Crewe, Nantwich, Sandbach and Congleton", "£340,000"]]),
                 ("p", "The combined value of both lots over the initial contract period is estimated at £3,200,000."),
                 ("p", "The initial contract period is four (4) years commencing 1 April 2032. The Council may extend "
                       "the contract for up to two further periods of twelve (12) months each."),
                 ("h", "3 Timetable"),
                 ("t", [["Event", "Date"],
                        ["Site familiarisation visits", "Tuesday 21st October 2031"],
                        ["Clarification deadline", "5pm, Tuesday 4th November 2031"],
                        ["Tender return", "12:00 midday on Tuesday 18th November 2031"],
                        ["Evaluation and moderation", "w/c 24th November 2031"],
                        ["Contract start", "1st April 2032"]]),
                 ("p", "Queries: grounds.tender@cheshireeast.gov.uk or 0300 123 5019 (quote reference CE-ENV-0088)."),
                 _ce_footer(1, 2)],
                [("p", _CE_HEAD1),
                 ("h", "4 Evaluation"),
                 ("p", "4.1 Tenders will be scored out of 1,000 points. Price is worth 500 points, quality 350 points "
                       "and social value 150 points. Each lot is evaluated separately using the same questions."),
                 ("p", "4.2 Social value will be evaluated against the Cheshire East Social Value Charter, the Council's "
                       "own set of ten commitments for suppliers (for example paying the Real Living Wage, recruiting "
                       "locally and supporting the borough's carbon neutral ambition). The Charter is at Appendix 4."),
                 ("p", "4.3 Quality and social value answers will be scored on this scale:"),
                 ("t", [["Score", "Definition"],
                        ["4", "Excellent - comprehensive, evidenced and fully meets the requirement"],
                        ["3", "Good - meets the requirement with minor omissions"],
                        ["2", "Acceptable - meets most of the requirement"],
                        ["1", "Poor - significant omissions or concerns"],
                        ["0", "Fail - no answer, or does not address the question"]]),
                 ("p", "4.4 The lowest compliant price for a lot receives the full 500 price points; other prices "
                       "receive points in proportion. The Council's budget for 2032/33 is £800,000 across both lots."),
                 _ce_footer(1, 3)],
            ]},
            {"name": _CE_Q, "pages": [
                [("p", _CE_HEAD2),
                 ("h", "Volume 2: Quality Questionnaire"),
                 ("p", "Answer each question separately for each lot you bid for. Word limits exclude the question "
                       "text. Points shown are out of the 1,000 points available for the whole tender."),
                 ("h", "Question GM1: Seasonal programme and resources"),
                 ("p", "Points available: 200"),
                 ("p", "Set out your seasonal work programme for the lot, showing the frequencies for grass cutting, "
                       "shrub beds and hedges, and the staff, vehicles and machinery you will use to deliver it."),
                 ("p", "Maximum 1,500 words."),
                 ("h", "Question GM2: Health and safety of operatives and the public"),
                 ("p", "Points available: 150"),
                 ("p", "Describe how you will keep your operatives and the public safe, including when working on "
                       "highway verges, using ride-on mowers near footpaths and applying herbicides."),
                 ("p", "Maximum 1,000 words."),
                 _ce_footer(2, 1)],
                [("p", _CE_HEAD2),
                 ("h", "Question SV1: Social Value Charter commitments"),
                 ("p", "Points available: 150"),
                 ("p", "Which commitments in the Cheshire East Social Value Charter will you deliver through this "
                       "contract, and how will you measure and report them to the Council each quarter? Your answer "
                       "should include:"),
                 ("b", "paid jobs and apprenticeships for Cheshire East residents, including care leavers and armed "
                       "forces veterans"),
                 ("b", "volunteering days with Friends of Parks groups and community gardens"),
                 ("b", "how you will move to electric or battery-powered machinery and reduce green waste sent to "
                       "landfill"),
                 ("p", "Maximum 1,000 words."),
                 ("p", "Note: the pricing schedule (Volume 3) must be returned separately. Appendix 4 gives the full "
                       "text of the Charter."),
                 _ce_footer(2, 2)],
            ]},
        ],
        "tender": {
            "title": (["Grounds Maintenance Services 2032-2036", "Grounds Maintenance Services"], _CE_ITT, 1),
            "buyer": ("Cheshire East Council", _CE_ITT, 1),
            "service": (["Grounds maintenance services", "grounds maintenance", "Grounds Maintenance Services 2032-2036",
                         "grass cutting, shrub and hedge maintenance, weed control, litter picking and playground "
                         "inspections",
                         "grass cutting, shrub and hedge maintenance, weed control, litter picking and playground "
                         "inspections on its parks, highway verges, cemeteries and other open spaces",
                         "tenders for grass cutting, shrub and hedge maintenance, weed control, litter picking and "
                         "playground inspections"],
                        _CE_ITT, 1),
            "area": (["Cheshire East"], _CE_ITT, 1),
            # Stated combined total; the lot table gives annual values (£460,000, £340,000), p3 a one-year budget.
            "value_gbp": (3200000, _CE_ITT, 2),
            "months": (48, _CE_ITT, 2),
            # "up to two further periods of twelve (12) months each".
            "extension_months": (24, _CE_ITT, 2),
            # "12:00 midday on Tuesday 18th November 2031"; site visits 21st Oct and clarifications 4th Nov are decoys.
            "deadline": ("2031-11-18", _CE_ITT, 2),
            # "scored out of 1,000 points ... social value 150 points" = 15%.
            "social_value_weighting_percent": (15, _CE_ITT, 3),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-4", _CE_ITT, 3),
            # The Council's own charter; no TOMs anywhere.
            "framework": ("bespoke", _CE_ITT, 3),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            # 200 of 1,000 points = 20%.
            {"id": ["GM1", "Question GM1"],
             "text": "Set out your seasonal work programme for the lot, showing the frequencies for grass cutting, "
                     "shrub beds and hedges, and the staff, vehicles and machinery you will use to deliver it.",
             "word_limit": 1500, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _CE_Q, "page": 1, "sub_criteria": []},
            # Health and safety: not social value. 150 of 1,000 points = 15%.
            {"id": ["GM2", "Question GM2"],
             "text": "Describe how you will keep your operatives and the public safe, including when working on highway "
                     "verges, using ride-on mowers near footpaths and applying herbicides.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _CE_Q, "page": 1, "sub_criteria": []},
            {"id": ["SV1", "Question SV1"],
             "text": ["Which commitments in the Cheshire East Social Value Charter will you deliver through this "
                      "contract, and how will you measure and report them to the Council each quarter?",
                      "Which commitments in the Cheshire East Social Value Charter will you deliver through this "
                      "contract, and how will you measure and report them to the Council each quarter? Your answer "
                      "should include:"],
             "word_limit": 1000, "char_limit": None, "weighting_percent": 15, "social_value": True,
             "source": _CE_Q, "page": 2,
             "sub_criteria": ["paid jobs and apprenticeships for Cheshire East residents, including care leavers and "
                              "armed forces veterans",
                              "volunteering days with Friends of Parks groups and community gardens",
                              "how you will move to electric or battery-powered machinery and reduce green waste sent "
                              "to landfill"]},
        ],
    },
    {
        "name": "held16-docx-luhft-it-service-desk-3+1+1-ordinal-day-deadline-envelope-table-ppn002-page-limits-0-10",
        "files": [{"name": _LU, "pages": [
            [("p", _LU_HEAD),
             ("h", "Managed IT Service Desk and Desktop Support"),
             ("p", "Invitation to Tender"),
             ("p", "Contents: 1 Overview (page 1); 2 Timetable (page 2); 3 Evaluation (page 2); 4 Questions (page 3); "
                   "5 Submission checklist (page 4)"),
             ("h", "1 Overview"),
             ("p", "Liverpool University Hospitals NHS Foundation Trust (the Trust) requires a supplier to run a 24/7 "
                   "IT service desk and provide desktop support to around 14,000 staff at its hospitals in Liverpool: "
                   "the Royal Liverpool University Hospital, Aintree University Hospital, Broadgreen Hospital and "
                   "Liverpool University Dental Hospital."),
             ("t", [["Contract term", "3 + 1 + 1 years"],
                    ["Estimated value", "£4.6m over the initial three years (about £1.53m a year)"],
                    ["Lots", "None - a single contract"],
                    ["Procedure", "Open procedure under the Procurement Act 2023"]]),
             _lu_footer(1)],
            [("p", _LU_HEAD),
             ("h", "2 Timetable"),
             ("t", [["Milestone", "Date"],
                    ["ITT issued", "Monday 12 May 2031"],
                    ["Supplier briefing (Teams)", "10:00, Monday 9 June 2031"],
                    ["Clarification questions close", "17:00, Friday 13 June 2031"],
                    ["Tender return", "See paragraph 2.1"],
                    ["Go-live", "1 December 2031"]]),
             ("p", "2.1 Tenders must be uploaded to the Trust's e-tendering portal no later than 12:00 noon on the 27th "
                   "day of June 2031. The portal helpdesk can be reached on 0800 069 8630."),
             ("h", "3 Evaluation"),
             ("p", "3.1 The Trust will award the contract to the most advantageous tender using the weightings below."),
             ("t", [["Envelope", "Weighting"],
                    ["Technical and quality", "50%"],
                    ["Social value", "10%"],
                    ["Commercial", "40%"]]),
             ("p", "3.2 Social value is evaluated using the social value model in Procurement Policy Note 002 (PPN "
                   "002), which replaced PPN 06/20 for procurements started from 24 February 2025. The Trust has "
                   "chosen the model's theme of tackling economic inequality."),
             ("p", "3.3 Written answers receive one of the scores below, which is then multiplied by the question "
                   "weighting."),
             ("t", [["Score", "Definition"],
                    ["10", "Excellent - fully meets the requirement with strong supporting evidence"],
                    ["7", "Good - meets the requirement with some evidence"],
                    ["5", "Acceptable - meets the requirement with limited evidence"],
                    ["3", "Poor - only partly meets the requirement"],
                    ["0", "Unacceptable - fails to meet the requirement or no answer"]]),
             _lu_footer(2)],
            [("p", _LU_HEAD),
             ("h", "4 Questions"),
             ("p", "4.1 Responses must use Arial 11 point. Page limits are sides of A4; anything beyond the limit will "
                   "not be evaluated."),
             ("t", [["Ref", "Question", "Weighting", "Page limit"],
                    ["T1", "Describe how you will run the service desk and desktop support, including first-time fix "
                           "rates, escalation to the Trust's infrastructure teams and how you will meet the P1 "
                           "response time of 15 minutes.", "30%", "4 sides of A4"],
                    ["T2", "How will you comply with the Data Security and Protection Toolkit and protect patient "
                           "data when handling devices and remote sessions?", "20%", "2 sides of A4"],
                    ["SV1", "How will you help to tackle economic inequality in Liverpool through this contract? "
                            "Describe the training, work placements and jobs you will create for local people, "
                            "including Trust apprentices and people from the most deprived neighbourhoods, and how "
                            "you will measure them.", "10%", "2 sides of A4"]]),
             ("p", "4.2 Do not include marketing material or links to websites."),
             _lu_footer(3)],
            [("p", _LU_HEAD),
             ("h", "5 Submission checklist"),
             ("b", "Completed Procurement Specific Questionnaire"),
             ("b", "Responses to T1, T2 and SV1"),
             ("b", "Pricing schedule (Appendix B) - price per device per month, currently benchmarked at £9.40"),
             ("b", "Carbon Reduction Plan in line with PPN 006 (pass/fail)"),
             ("b", "Signed Form of Tender"),
             _lu_footer(4)],
        ]}],
        "tender": {
            "title": ("Managed IT Service Desk and Desktop Support", _LU, 1),
            "buyer": ("Liverpool University Hospitals NHS Foundation Trust", _LU, 1),
            "service": (["Managed IT service desk and desktop support", "IT service desk and desktop support",
                         "run a 24/7 IT service desk and provide desktop support",
                         "a supplier to run a 24/7 IT service desk and provide desktop support",
                         "run a 24/7 IT service desk and provide desktop support to around 14,000 staff",
                         "24/7 IT service desk and desktop support"],
                        _LU, 1),
            "area": (["Liverpool"], _LU, 1),
            # "£4.6m over the initial three years"; "£1.53m a year" is annual, "£9.40" (p4) a unit price.
            "value_gbp": (4600000, _LU, 1),
            # "3 + 1 + 1 years": an initial 3 years and two optional single years.
            "months": (36, _LU, 1),
            "extension_months": (24, _LU, 1),
            # Only in paragraph 2.1 ("the 27th day of June 2031"); the timetable row points there. Briefing 9 June,
            # clarifications 13 June are decoys.
            "deadline": ("2031-06-27", _LU, 2),
            "social_value_weighting_percent": (10, _LU, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            # Scores 10, 7, 5, 3 and 0.
            "scoring_scale": ("0-10", _LU, 2),
            # PPN 06/20 is named only as replaced; PPN 006 (p4) is a pass/fail carbon plan.
            "framework": ("ppn-002", _LU, 2),
        },
        "not_found": ["qualitative_percent", "quantitative_percent"],
        "questions": [
            {"id": "T1",
             "text": "Describe how you will run the service desk and desktop support, including first-time fix rates, "
                     "escalation to the Trust's infrastructure teams and how you will meet the P1 response time of 15 "
                     "minutes.",
             "word_limit": None, "char_limit": None, "page_limit": 4, "weighting_percent": 30, "social_value": False,
             "source": _LU, "page": 3, "sub_criteria": []},
            # Data security: not social value.
            {"id": "T2",
             "text": "How will you comply with the Data Security and Protection Toolkit and protect patient data when "
                     "handling devices and remote sessions?",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 20, "social_value": False,
             "source": _LU, "page": 3, "sub_criteria": []},
            {"id": "SV1",
             "text": ["How will you help to tackle economic inequality in Liverpool through this contract? Describe the "
                      "training, work placements and jobs you will create for local people, including Trust "
                      "apprentices and people from the most deprived neighbourhoods, and how you will measure them.",
                      "How will you help to tackle economic inequality in Liverpool through this contract?"],
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 10, "social_value": True,
             "source": _LU, "page": 3, "sub_criteria": []},
        ],
    },
    {
        "name": "held16-pdf-warrington-school-meals-page-in-header-max-seven-years-reversed-split-no-scale-national-toms",
        "files": [{"name": _WA, "pages": [
            [_wa_header(1),
             ("h", "School Catering Services for Warrington Primary Schools"),
             ("p", "Invitation to Tender"),
             ("p", "Warrington Borough Council (the Council) is procuring a catering contractor to provide hot "
                   "lunches, breakfast clubs and holiday activity meals in 58 primary schools across Warrington, on "
                   "behalf of the schools that buy into the Council's catering contract. About 2.1 million meals are "
                   "served each year."),
             ("p", "The contract will have an initial term of five years from 1 September 2032. The Council may extend "
                   "the contract on one or more occasions, provided the total contract period does not exceed seven "
                   "years."),
             ("p", "The Council estimates the value of the contract at £14.5 million over the initial term. The "
                   "current meal price charged to schools is £2.58."),
             ("p", "Tenders must be returned by 17:00 GMT, Monday 2 February 2032. A virtual bidder briefing will be "
                   "held at 14:00 on Monday 19 January 2032."),
             ("h", "Contents"),
             ("t", [["1 Introduction", "1"],
                    ["2 How your tender will be evaluated", "2"],
                    ["3 Quality questions", "3"],
                    ["4 Social value question", "4"]]),
             ("p", _WA_FOOT)],
            [_wa_header(2),
             ("h", "2 How your tender will be evaluated"),
             ("p", "2.1 Tenders will be evaluated 55% on price and 45% on quality. The quality part includes social "
                   "value, which is worth 10% of the total score; the other 35% is for the quality questions in "
                   "section 3."),
             ("p", "2.2 Social value will be assessed using the National TOMs (Themes, Outcomes and Measures) "
                   "framework. 70% of the social value score is based on the proxy values of the commitments in your "
                   "TOMs submission and 30% on your written answer to the social value question in section 4."),
             ("p", "2.3 The evaluation panel will include two head teachers and the Council's school meals nutrition "
                   "lead. Panel members will agree a consensus score for each answer."),
             ("p", "2.4 Meal prices must be held until 31 August 2033. The free school meals allowance for 2032/33 is "
                   "expected to be £2.61 per meal."),
             ("p", _WA_FOOT)],
            [_wa_header(3),
             ("h", "3 Quality questions"),
             ("h", "Question 1 - Menus, nutrition and allergens (20% of the total score)"),
             ("p", "Describe how you will plan menus that meet the School Food Standards, encourage take-up and manage "
                   "allergens and special diets safely in every kitchen."),
             ("p", "Answer in no more than 1,250 words."),
             ("h", "Question 2 - Mobilisation and TUPE (15% of the total score)"),
             ("p", "Explain how you will mobilise the contract for 1 September 2032, including the transfer of around "
                   "310 kitchen staff under TUPE and any equipment changes."),
             ("p", "Answer in no more than 1,000 words."),
             ("p", _WA_FOOT)],
            [_wa_header(4),
             ("h", "4 Social value question"),
             ("h", "Question 3 - Social value (3% of the total score)"),
             ("p", "Your written answer is worth 30% of the social value score (3% of the total); the other 7% comes "
                   "from your TOMs submission."),
             ("p", "Tell us how your social value commitments will benefit Warrington's children, families and local "
                   "economy. Your answer should explain:"),
             ("b", "how you will buy from local farms and food businesses in Warrington and the North West"),
             ("b", "jobs and training for local people, including parents of pupils at the schools you serve"),
             ("b", "how you will reduce food waste and single-use plastic in school kitchens"),
             ("p", "Answer in no more than 750 words."),
             ("p", _WA_FOOT)],
        ]}],
        "tender": {
            "title": ("School Catering Services for Warrington Primary Schools", _WA, 1),
            "buyer": ("Warrington Borough Council", _WA, 1),
            "service": (["School catering services", "school catering", "school meals",
                         "School Catering Services for Warrington Primary Schools",
                         "a catering contractor to provide hot lunches, breakfast clubs and holiday activity meals",
                         "provide hot lunches, breakfast clubs and holiday activity meals in 58 primary schools",
                         "provide hot lunches, breakfast clubs and holiday activity meals"],
                        _WA, 1),
            "area": (["Warrington"], _WA, 1),
            # "£14.5 million over the initial term"; "2.1 million meals", "£2.58" and "£2.61" are decoys.
            "value_gbp": (14500000, _WA, 1),
            "months": (60, _WA, 1),
            # Initial five years, "total contract period does not exceed seven years": up to 24 months of extension.
            "extension_months": (24, _WA, 1),
            # "17:00 GMT, Monday 2 February 2032"; the briefing "Monday 19 January 2032" is a decoy.
            "deadline": ("2032-02-02", _WA, 1),
            # "social value, which is worth 10% of the total score" (inside the 45% quality part).
            "social_value_weighting_percent": (10, _WA, 2),
            # "70% ... proxy values ... TOMs submission and 30% on your written answer": reversed order.
            "qualitative_percent": (30, _WA, 2),
            "quantitative_percent": (70, _WA, 2),
            # No scale is stated anywhere ("a consensus score" only).
            "scoring_scale": None,
            "framework": ("national-toms", _WA, 2),
        },
        "not_found": ["scoring_scale"],
        "questions": [
            {"id": ["1", "Question 1", "Q1"],
             "text": "Describe how you will plan menus that meet the School Food Standards, encourage take-up and "
                     "manage allergens and special diets safely in every kitchen.",
             "word_limit": 1250, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _WA, "page": 3, "sub_criteria": []},
            # Mobilisation and TUPE: not social value.
            {"id": ["2", "Question 2", "Q2"],
             "text": "Explain how you will mobilise the contract for 1 September 2032, including the transfer of around "
                     "310 kitchen staff under TUPE and any equipment changes.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _WA, "page": 3, "sub_criteria": []},
            # "(3% of the total score)" in its heading; 30% of 10%.
            {"id": ["3", "Question 3", "Q3"],
             "text": ["Tell us how your social value commitments will benefit Warrington's children, families and "
                      "local economy.",
                      "Tell us how your social value commitments will benefit Warrington's children, families and "
                      "local economy. Your answer should explain:"],
             "word_limit": 750, "char_limit": None, "weighting_percent": 3, "social_value": True,
             "source": _WA, "page": 4,
             "sub_criteria": ["how you will buy from local farms and food businesses in Warrington and the North West",
                              "jobs and training for local people, including parents of pupils at the schools you "
                              "serve",
                              "how you will reduce food waste and single-use plastic in school kitchens"]},
        ],
    },
    {
        "name": "held16-pdf-and-docx-sefton-home-care-zones-quality-only-no-sv-weighting-no-framework-mixed-limits-1-5",
        "files": [
            {"name": _SE_ITT, "pages": [
                [("p", _SE_HEAD),
                 ("h", "Home Care (Domiciliary Care) Services in Sefton"),
                 ("p", "Invitation to Tender"),
                 ("h", "Contents"),
                 ("p", "Part A - The service ..... 1"),
                 ("p", "Part B - Evaluation ..... 2"),
                 ("p", "Part C - Submission ..... 2"),
                 ("h", "Part A - The service"),
                 ("p", "Sefton Metropolitan Borough Council (the Council) is commissioning home care for adults with "
                       "assessed eligible needs across Sefton, in three zones: Zone 1 Southport and Formby; Zone 2 "
                       "Maghull, Crosby and Hightown; Zone 3 Bootle, Litherland and Netherton. The Council currently "
                       "buys around 21,000 hours of home care a week."),
                 ("p", "The contract is for 5 years from 6 April 2032. The Council may extend it by up to six months "
                       "if this is needed to complete a re-procurement."),
                 ("p", "Estimated contract value: £96 million over five years across all three zones (Zone 1 £38m, "
                       "Zone 2 £27m, Zone 3 £31m). The hourly rate is fixed by the Council at £26.40 for 2032/33, so "
                       "bidders do not submit a price."),
                 _se_footer(1)],
                [("p", _SE_HEAD),
                 ("h", "Part B - Evaluation"),
                 ("p", "B1 Because the hourly rate is fixed by the Council, tenders will be evaluated on quality alone. "
                       "Social value is assessed as part of the quality evaluation, through method statement MS3."),
                 ("p", "B2 Each method statement is scored from 1 to 5: 1 = very poor, 2 = poor, 3 = adequate, 4 = "
                       "good, 5 = excellent. A score of 1 in any method statement will lead to the tender being "
                       "rejected."),
                 ("p", "B3 Bidders must achieve at least 60% of the available quality marks to be appointed to a "
                       "zone."),
                 ("h", "Part C - Submission"),
                 ("p", "C1 Complete the Method Statement Response Document and upload it, with the Selection "
                       "Questionnaire, to the Council's e-tendering portal by 11.59pm on Thursday 31st July 2031."),
                 ("p", "C2 A provider event will be held at Bootle Town Hall at 10am on Monday 9th June 2031. "
                       "Clarification questions may be raised until 5pm on Thursday 17th July 2031."),
                 _se_footer(2)],
            ]},
            {"name": _SE_RD, "pages": [
                [("p", _SE_RD_HEAD),
                 ("h", "Method Statement Response Document"),
                 ("p", "Complete one response box per method statement. Character limits include spaces. Your answers "
                       "apply to every zone you bid for."),
                 ("t", [["MS1", "Person-centred care and continuity"],
                        ["Question", "How will you deliver care that is planned around each person's outcomes, and "
                                     "keep the same small team of care workers visiting each person?"],
                        ["Limit", "6,000 characters (including spaces)"],
                        ["Response", ""]]),
                 ("t", [["MS2", "Safeguarding and medication"],
                        ["Question", "Describe how you will prevent, recognise and report abuse and neglect, and how "
                                     "you will manage medication safely, including how you will learn from "
                                     "incidents."],
                        ["Limit", "6,000 characters (including spaces)"],
                        ["Response", ""]]),
                 ("p", "Page 1 of 2")],
                [("p", _SE_RD_HEAD),
                 ("t", [["MS3", "Social value"],
                        ["Question", "What additional social value will you create in Sefton through this contract, "
                                     "beyond the care itself? Include the local recruitment and training of care "
                                     "workers from Sefton, your work with Sefton's voluntary and community sector to "
                                     "reduce loneliness, and how you will cut the mileage and emissions of care "
                                     "visits."],
                        ["Limit", "750 words"],
                        ["Response", ""]]),
                 ("p", "Declaration: I confirm that these responses are accurate. Signed: ............ Date: ......"),
                 ("p", "Page 2 of 2")],
            ]},
        ],
        "tender": {
            "title": (["Home Care (Domiciliary Care) Services in Sefton", "Home Care (Domiciliary Care) Services"],
                      _SE_ITT, 1),
            "buyer": (["Sefton Metropolitan Borough Council", "Sefton Council"], _SE_ITT, 1),
            "service": (["Home care (domiciliary care) services", "home care", "domiciliary care",
                         "Home Care (Domiciliary Care) Services in Sefton",
                         "home care for adults with assessed eligible needs",
                         "commissioning home care for adults with assessed eligible needs across Sefton"],
                        _SE_ITT, 1),
            "area": (["Sefton"], _SE_ITT, 1),
            # "£96 million over five years across all three zones"; zone values and "£26.40" an hourly rate are decoys.
            "value_gbp": (96000000, _SE_ITT, 1),
            "months": (60, _SE_ITT, 1),
            # "may extend it by up to six months".
            "extension_months": (6, _SE_ITT, 1),
            # "by 11.59pm on Thursday 31st July 2031"; provider event 9th June and clarifications 17th July are decoys.
            "deadline": ("2031-07-31", _SE_ITT, 2),
            # Quality-only evaluation; social value is "assessed as part of the quality evaluation" with no weight.
            # "60% of the available quality marks" is a threshold.
            "social_value_weighting_percent": None,
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("1-5", _SE_ITT, 2),
            # No framework is named anywhere.
            "framework": None,
        },
        "not_found": ["social_value_weighting_percent", "qualitative_percent", "quantitative_percent", "framework"],
        "questions": [
            # No question carries a stated weighting.
            {"id": "MS1",
             "text": "How will you deliver care that is planned around each person's outcomes, and keep the same small "
                     "team of care workers visiting each person?",
             "word_limit": None, "char_limit": 6000, "weighting_percent": None, "social_value": False,
             "source": _SE_RD, "page": 1, "sub_criteria": []},
            # Safeguarding and medication: not social value.
            {"id": "MS2",
             "text": "Describe how you will prevent, recognise and report abuse and neglect, and how you will manage "
                     "medication safely, including how you will learn from incidents.",
             "word_limit": None, "char_limit": 6000, "weighting_percent": None, "social_value": False,
             "source": _SE_RD, "page": 1, "sub_criteria": []},
            # A word limit, unlike MS1 and MS2.
            {"id": "MS3",
             "text": ["What additional social value will you create in Sefton through this contract, beyond the care "
                      "itself? Include the local recruitment and training of care workers from Sefton, your work with "
                      "Sefton's voluntary and community sector to reduce loneliness, and how you will cut the mileage "
                      "and emissions of care visits.",
                      "What additional social value will you create in Sefton through this contract, beyond the care "
                      "itself?"],
             "word_limit": 750, "char_limit": None, "weighting_percent": None, "social_value": True,
             "source": _SE_RD, "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held16-docx-magenta-living-youth-work-slash-ratio-60-40-split-no-question-ids-sv-middle-cm-toms-0-3",
        "files": [{"name": _MG, "pages": [
            [("p", _MG_HEAD),
             ("h", "Youth Engagement and Diversion Programme"),
             ("p", "Tender pack for youth work providers"),
             ("p", "Contents: About Magenta Living (p.1) | The requirement (p.1) | Key information (p.1) | Evaluation "
                   "(p.2) | Questions (p.3)"),
             ("h", "About Magenta Living"),
             ("p", "Magenta Living is a housing association that owns and manages around 13,000 homes in Wirral, with "
                   "its head office in Birkenhead."),
             ("h", "The requirement"),
             ("p", "We want a youth work provider to run detached youth work, evening clubs and holiday activities for "
                   "young people aged 11 to 19 living on our estates in Birkenhead, Leasowe, Moreton and Seacombe, to "
                   "reduce anti-social behaviour and help young people into education, training and work."),
             ("h", "Key information"),
             ("t", [["Contract term", "Initial term 24 months (+12 months optional)"],
                    ["Budget", "£180,000 for the initial 24 months (£7,500 a month)"],
                    ["Start date", "1 April 2032"],
                    ["Submission deadline", "Wed 14-Jan-2032 12:00"],
                    ["Clarifications close", "Wed 17-Dec-2031 12:00"],
                    ["Contact", "procurement@magentaliving.org.uk / 0151 641 5701"]]),
             _mg_footer(1)],
            [("p", _MG_HEAD),
             ("h", "Evaluation"),
             ("p", "Price/Quality/Social Value: 40/45/15."),
             ("p", "The social value score is made up of a qualitative element (60%), your written answer to the "
                   "social value question, and a quantitative element (40%), the commitments you enter in the TOMs "
                   "calculator."),
             ("p", "Social value is measured using the Cheshire and Merseyside Themes, Outcomes and Measures (TOMs). "
                   "For information only: we report our own community investment using the HACT Social Value Bank; it "
                   "is not used to evaluate tenders."),
             ("p", "Each answer is given a score of 0, 1, 2 or 3: 0 = no answer or unacceptable, 1 = weak, 2 = "
                   "satisfactory, 3 = strong."),
             ("p", "Safeguarding: your organisation must hold a current safeguarding policy and everyone working with "
                   "young people must have an enhanced DBS check (pass/fail, not scored)."),
             _mg_footer(2)],
            [("p", _MG_HEAD),
             ("h", "Questions"),
             ("p", "Answer all three questions. The weighting shows each question's share of the total score."),
             ("t", [["Question", "Weighting", "Max words"],
                    ["How will you reach and engage young people on our estates who do not use existing youth "
                     "services, and how will you measure the difference your work makes?", "25%", "1,000"],
                    ["What social value will you add for young people and families in Wirral, beyond the youth work "
                     "we are paying for? Tell us about paid sessional work and volunteering for local young people, "
                     "and how you will bring in other funding and partners.", "9%", "600"],
                    ["How will you keep young people safe, including managing risk during detached sessions and "
                     "responding to concerns about exploitation?", "20%", "800"]]),
             _mg_footer(3)],
        ]}],
        "tender": {
            "title": ("Youth Engagement and Diversion Programme", _MG, 1),
            "buyer": ("Magenta Living", _MG, 1),
            "service": (["Youth engagement and diversion programme", "youth work",
                         "detached youth work, evening clubs and holiday activities",
                         "run detached youth work, evening clubs and holiday activities for young people aged 11 to 19",
                         "a youth work provider to run detached youth work, evening clubs and holiday activities"],
                        _MG, 1),
            "area": (["Wirral", "Birkenhead, Leasowe, Moreton and Seacombe"], _MG, 1),
            # "£180,000 for the initial 24 months"; "£7,500 a month" is monthly.
            "value_gbp": (180000, _MG, 1),
            "months": (24, _MG, 1),
            # "(+12 months optional)".
            "extension_months": (12, _MG, 1),
            # "Wed 14-Jan-2032 12:00"; clarifications "Wed 17-Dec-2031" is a decoy.
            "deadline": ("2032-01-14", _MG, 1),
            # "Price/Quality/Social Value: 40/45/15".
            "social_value_weighting_percent": (15, _MG, 2),
            "qualitative_percent": (60, _MG, 2),
            "quantitative_percent": (40, _MG, 2),
            "scoring_scale": ("0-3", _MG, 2),
            # HACT Social Value Bank is for information only.
            "framework": ("cm-toms", _MG, 2),
        },
        "not_found": [],
        "questions": [
            # No question numbers anywhere: ids are null.
            {"id": None,
             "text": "How will you reach and engage young people on our estates who do not use existing youth "
                     "services, and how will you measure the difference your work makes?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 25, "social_value": False,
             "source": _MG, "page": 3, "sub_criteria": []},
            # 60% of 15% = 9%, stated in the table.
            {"id": None,
             "text": ["What social value will you add for young people and families in Wirral, beyond the youth work "
                      "we are paying for? Tell us about paid sessional work and volunteering for local young people, "
                      "and how you will bring in other funding and partners.",
                      "What social value will you add for young people and families in Wirral, beyond the youth work "
                      "we are paying for?"],
             "word_limit": 600, "char_limit": None, "weighting_percent": 9, "social_value": True,
             "source": _MG, "page": 3, "sub_criteria": []},
            # Safeguarding young people: not social value.
            {"id": None,
             "text": "How will you keep young people safe, including managing risk during detached sessions and "
                     "responding to concerns about exploitation?",
             "word_limit": 800, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _MG, "page": 3, "sub_criteria": []},
        ],
    },
]
