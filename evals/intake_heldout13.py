"""A thirteenth held-out set for the tender intake, written by a separate writer who never read the extractor's code
(nor its tests, prompts or scripts), and committed before the extractor was run on it. Six packs from buyers and
services the earlier sets do not use (a council's Holiday Activities and Food (HAF) programme, a council's public
rights of way maintenance, a housing association's fire door inspection and remedial works, a council's legionella
risk assessment and water hygiene monitoring, a city council's furniture packs and white goods for new tenancies and
an NHS foundation trust's staff and visitor shuttle bus), in six Cheshire and Merseyside areas (St Helens, Cheshire
East, Wirral - given only in the housing association's letterhead address -, Halton, Liverpool and Cheshire West and
Chester), split as: a single PDF with an "OFFICIAL-SENSITIVE: COMMERCIAL" running header and an "Issue 1.2 | page N
of 5" footer whose weightings are marks out of 1,000 and whose scale is a "Descriptor | Score" table; a Word
instructions document (key-facts table "Contract at a glance") plus a PDF Appendix B of questions with a running
footer whose weightings are shares of the quality score only; a single PDF with an "Element | Weighting" table
totalling 100 and a "Ref | Method statement | Weighting | Page limit" table; a PDF ITT with a running header and an
"Item | Detail" table plus a Word tender response document with one table box per question and the social value
question as a bare "SV1" line; a single Word ITT with an "At a glance" table and points out of 200; and a PDF ITT plus
a Word questionnaire ("Ref | Question | Limit" tables, limits in characters).

Phrasings tested: values "Up to £1.05m is available across the life of the contract, including the optional
extension year" (beside a "£50 per head" rate and an 85%/15% grant split), "eight hundred and forty thousand pounds"
in words only (beside an annual "£210,000" ceiling), "£975,000 (ex VAT) over the 5-year term, of which approximately
£140k is for inspections", "£210K (whole life, including optional years)", "£1,950,000 excl. VAT for the full 4
years" (beside a "£540" average pack price) and "approximately £366,000 a year, £1.83m over five years if the full
extension is taken"; terms "24 months from 1 April 2030. The Council may extend it once, by up to a year", "2 years
+ 12 months + 12 months", "five-year term (1 June 2030 - 31 May 2035); there are no extension options", "2 years,
with the option of a further 2 years (in annual increments)", "4 years (no extension)" and "an initial three-year
period, with the Trust having the right to extend for up to twenty-four months in total"; deadlines "2.00pm,
Thursday 7 February 2030" (beside "24/01/2030" and "w/c 25 February 2030"), "midday on the eighteenth of March 2030"
(ordinal in words), "Tue 26/3/2030 10:00" (single-digit month; beside a "12/3/2030" site visit), "20th Feb. 2030 by
11:00" (beside "6th Feb. 2030"), "4 March, 2030 at noon" (beside "20 February, 2030") and "Noon (12:00 GMT) Monday
11th March 2030". Social value weighting as marks of 1,000 ("social value 120 marks": 12), as a share of quality only
("Price 40% / Quality 60%" with "Q3 Social Value 20%" of quality: derived 12), as a table row of a 100 total without
a % sign ("Neighbourhood Pledge (social value) | 10"), as a three-way ratio ("Price : Quality : Social Value in the
ratio 50 : 35 : 15"), as points of 200 ("Social Value 30 points": 15) and as a fraction in words of the non-price
element ("one-sixth of the non-price score", non-price 60%: derived 10). Splits as marks ("Of the 120 social value
marks, 90 go to the written answer ... and 30 to the quantified commitments": 75/25), in fractions in words ("Three
quarters of the social value score is for the method statement ... and one quarter for the TOMs commitments":
75/25) and as points ("18 points for the written response ... 12 points for the quantified commitments": 60/40).
Scales "Descriptor | Score" table Excellent 10 ... Unacceptable 0 (0-10), "0 (does not meet ...), 1 (partially
meets), 2 (meets) or 3 (exceeds ...)" (0-3), "0 - no response ... 5 - exceeds our needs" (0-5), graded letters "A = 4
marks ... E = 0" (0-4), "Unacceptable 0, Poor 1, Satisfactory 2, Good 3, Very Good 4, Excellent 5" (0-5) and "from 1
(very poor) to 10 (outstanding)" (1-10). Frameworks cm-toms ("the Themes, Outcomes and Measures for Cheshire and
Merseyside (the regional TOMs)", "the Cheshire & Merseyside TOMs"), national-toms ("the Social Value Portal's National
Themes, Outcomes and Measures", "the National Social Value Measurement Framework (the National TOMs)"), bespoke (a
housing association's "Neighbourhood Pledge") and ppn-002 ("PPN 002 (Taking account of social value in the award of
contracts)"). Question ids "Q1" with a title and "[Available marks: 200]", "Q1 Method (40% of the quality score)",
"T1"/"NP1" in a table, "Q1" in a question box with "Weighting | 15%", "1." numbered paragraphs with "(30 points)", and
"TQ1"/"SVQ1" in a table; limits in words, sides of A4 ("max. 4 sides of A4"), a "Page limit" column and characters
("3,500 characters"). Decoys: safeguarding and DBS, School Food Standards and allergies, lone working with livestock
and chainsaws, access for vulnerable tenants, positive legionella samples, electronic logbooks, product fire safety,
working respectfully with people who have been homeless, driver recruitment and disability awareness training, and
passenger reporting, none of them social value; payment splits, retentions and a fuel index. Same shape as
evals/intake_dev.py; a question's ``page_limit`` is scored where given. Its first-run numbers are the unseen estimate.
"""

_STH = "St Helens HAF Programme Delivery ITT.pdf"
_STH_HEAD = "ST HELENS BOROUGH COUNCIL | OFFICIAL-SENSITIVE: COMMERCIAL"
_CEC_ITT = "CEC PRoW Maintenance - Instructions to Tenderers.docx"
_CEC_QS = "CEC PRoW Maintenance - Appendix B Quality Questions.pdf"
_DEH = "DEH Fire Door Inspection and Remedial Works ITT.pdf"
_HBC_ITT = "HBC Water Hygiene ITT.pdf"
_HBC_HEAD = "Halton Borough Council - Property Services - Water Hygiene ITT"
_HBC_TRD = "HBC Water Hygiene - Tender Response Document.docx"
_LCC = "LCC Furniture Packs and White Goods ITT.docx"
_COCH_ITT = "COCH Shuttle Bus ITT.pdf"
_COCH_Q = "COCH Shuttle Bus - Questionnaire.docx"


def _sth_footer(n):
    return ("p", "HAF Delivery ITT | Issue 1.2 | page %d of 5" % n)


def _cec_footer(n):
    return ("p", "OFFICIAL | CE/PROW/2030 | Appendix B p.%d" % n)


def _deh_footer(n):
    return ("p", "DEH-PROC-031 | Fire Doors ITT | Page %d" % n)


def _coch_footer(n):
    return ("p", "COCH/EF/0930 ITT - Page %d of 2" % n)


PACKS = [
    {
        "name": "held13-pdf-st-helens-haf-marks-of-1000-split-as-marks-regional-toms-descriptor-table-0-10",
        "files": [{"name": _STH, "pages": [
            [("p", _STH_HEAD),
             ("h", "Holiday Activities and Food (HAF) Programme Delivery"),
             ("p", "Invitation to Tender - Ref SHBC/CYP/2030/011"),
             ("p", "Issued by St Helens Borough Council, Children and Young People's Services"),
             _sth_footer(1)],
            [("p", _STH_HEAD),
             ("h", "1. About the contract"),
             ("p", "St Helens Borough Council needs a lead provider to plan and deliver free holiday clubs, with a "
                   "healthy meal each day, for children eligible for benefits-related free school meals during the "
                   "Easter, summer and Christmas holidays, at venues in Newton-le-Willows, Haydock, Rainford, "
                   "Earlestown and St Helens town centre."),
             ("p", "The contract will run for 24 months from 1 April 2030. The Council may extend it once, by up to "
                   "a year, subject to continued Department for Education grant funding."),
             ("p", "Up to £1.05m is available across the life of the contract, including the optional extension "
                   "year. Of each year's grant, 85% funds provision and 15% coordination, and providers are paid "
                   "£50 per head for each child's day of attendance."),
             ("p", "Timetable: clarification questions close 24/01/2030; tenders are due by 2.00pm, Thursday 7 "
                   "February 2030; presentations will be held w/c 25 February 2030."),
             _sth_footer(2)],
            [("p", _STH_HEAD),
             ("h", "2. How bids will be scored"),
             ("p", "The maximum score available is 1,000 marks: price 350 marks, quality 530 marks and social value "
                   "120 marks."),
             ("p", "Social value is assessed against the Themes, Outcomes and Measures for Cheshire and Merseyside "
                   "(the regional TOMs). Of the 120 social value marks, 90 go to the written answer to Q5 and 30 to "
                   "the quantified commitments in the Social Value Offer at Appendix 4."),
             ("p", "Every written answer receives one of the scores below; its marks are the marks available for the "
                   "question multiplied by the score and divided by 10."),
             ("t", [["Descriptor", "Score"],
                    ["Excellent", "10"],
                    ["Good", "7"],
                    ["Satisfactory", "5"],
                    ["Weak", "2"],
                    ["Unacceptable", "0"]]),
             _sth_footer(3)],
            [("p", _STH_HEAD),
             ("h", "3. Quality questions"),
             ("p", "Q1 Programme design [Available marks: 200]"),
             ("p", "Describe the programme of enriching activities and the food offer you will run in each holiday, "
                   "and how you will meet the Department for Education's HAF programme standards."),
             ("p", "Word limit: 1,200"),
             ("p", "Q2 Reaching eligible children [Available marks: 150]"),
             ("p", "How will you reach children eligible for free school meals, including those with SEND, and keep "
                   "attendance high across all four weeks of the summer programme?"),
             ("p", "Word limit: 800"),
             ("p", "Q3 Safeguarding [Available marks: 100]"),
             ("p", "Set out your safeguarding arrangements, including DBS checks, staff ratios and how you will "
                   "report concerns to the St Helens Safeguarding Children Partnership."),
             ("p", "Word limit: 600"),
             ("p", "Q4 Food standards [Available marks: 80]"),
             ("p", "Explain how your meals will meet the School Food Standards and how you will manage allergies "
                   "and food hygiene at every venue."),
             ("p", "Word limit: 500"),
             _sth_footer(4)],
            [("p", _STH_HEAD),
             ("h", "4. Social value question"),
             ("p", "Q5 Leaving a lasting benefit in St Helens [Available marks: 90]"),
             ("p", "Tell us what this contract will do for St Helens beyond the holiday clubs. In particular, we want "
                   "to know about:"),
             ("b", "paid holiday work and coaching qualifications for St Helens young people aged 16 to 24"),
             ("b", "grants, equipment or venues you will share with local grassroots clubs and community groups"),
             ("b", "how you will measure and report what you deliver against your Social Value Offer"),
             ("p", "Word limit: 750"),
             _sth_footer(5)],
        ]}],
        "tender": {
            "title": ("Holiday Activities and Food (HAF) Programme Delivery", _STH, 1),
            # "Issued by St Helens Borough Council, Children and Young People's Services": the body.
            "buyer": ("St Helens Borough Council", _STH, [1, 2]),
            "service": (["Holiday Activities and Food (HAF) Programme Delivery",
                         "holiday activities and food (HAF) programme delivery",
                         "Holiday Activities and Food (HAF) Programme",
                         "plan and deliver free holiday clubs, with a healthy meal each day",
                         "plan and deliver free holiday clubs, with a healthy meal each day, for children eligible "
                         "for benefits-related free school meals",
                         "a lead provider to plan and deliver free holiday clubs"],
                        _STH, [1, 2]),
            "area": (["St Helens", "Newton-le-Willows, Haydock, Rainford, Earlestown and St Helens town centre"],
                     _STH, [1, 2]),
            # "Up to £1.05m ... including the optional extension year"; £50 per head and 85%/15% are decoys.
            "value_gbp": (1050000, _STH, 2),
            "months": (24, _STH, 2),
            # "may extend it once, by up to a year".
            "extension_months": (12, _STH, 2),
            # "2.00pm, Thursday 7 February 2030"; "24/01/2030" and "w/c 25 February 2030" are decoys.
            "deadline": ("2030-02-07", _STH, 2),
            # "social value 120 marks" of "1,000 marks" = 12%.
            "social_value_weighting_percent": (12, _STH, 3),
            # "90 go to the written answer to Q5 and 30 to the quantified commitments": 75/25.
            "qualitative_percent": (75, _STH, 3),
            "quantitative_percent": (25, _STH, 3),
            # "Descriptor | Score" table, Excellent 10 ... Unacceptable 0.
            "scoring_scale": ("0-10", _STH, 3),
            "framework": ("cm-toms", _STH, 3),
        },
        "questions": [
            # Marks of 1,000: 200 marks = 20% of the total.
            {"id": ["Q1", "1"],
             "text": "Describe the programme of enriching activities and the food offer you will run in each holiday, "
                     "and how you will meet the Department for Education's HAF programme standards.",
             "word_limit": 1200, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _STH, "page": 4, "sub_criteria": []},
            {"id": ["Q2", "2"],
             "text": "How will you reach children eligible for free school meals, including those with SEND, and keep "
                     "attendance high across all four weeks of the summer programme?",
             "word_limit": 800, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _STH, "page": 4, "sub_criteria": []},
            # Safeguarding: not social value.
            {"id": ["Q3", "3"],
             "text": "Set out your safeguarding arrangements, including DBS checks, staff ratios and how you will "
                     "report concerns to the St Helens Safeguarding Children Partnership.",
             "word_limit": 600, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _STH, "page": 4, "sub_criteria": []},
            {"id": ["Q4", "4"],
             "text": "Explain how your meals will meet the School Food Standards and how you will manage allergies "
                     "and food hygiene at every venue.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _STH, "page": 4, "sub_criteria": []},
            # 90 marks of 1,000 = 9%.
            {"id": ["Q5", "5"],
             "text": ["Tell us what this contract will do for St Helens beyond the holiday clubs.",
                      "Tell us what this contract will do for St Helens beyond the holiday clubs. In particular, we "
                      "want to know about:"],
             "word_limit": 750, "char_limit": None, "weighting_percent": 9, "social_value": True,
             "source": _STH, "page": 5,
             "sub_criteria": ["paid holiday work and coaching qualifications for St Helens young people aged 16 to 24",
                              "grants, equipment or venues you will share with local grassroots clubs and community "
                              "groups",
                              "how you will measure and report what you deliver against your Social Value Offer"]},
        ],
    },
    {
        "name": "held13-docx-and-pdf-cheshire-east-prow-shares-of-quality-only-value-in-words-national-toms-0-3",
        "files": [
            {"name": _CEC_ITT, "pages": [
                [("h", "Public Rights of Way Maintenance Services"),
                 ("p", "Instructions to Tenderers"),
                 ("p", "Cheshire East Council (the Council), acting through its Highways and Infrastructure service, "
                       "is procuring a contractor for vegetation clearance, surfacing, drainage and the installation "
                       "of gates, stiles and signposts on public footpaths, bridleways and byways across the "
                       "borough, from Macclesfield and Congleton to Crewe and Nantwich."),
                 ("t", [["Contract at a glance", ""],
                        ["Duration", "2 years + 12 months + 12 months"],
                        ["Total contract value (all years, including extensions)",
                         "eight hundred and forty thousand pounds"],
                        ["Annual schedule of rates ceiling", "£210,000"],
                        ["Clarification questions close", "4 March 2030"],
                        ["Tender return", "midday on the eighteenth of March 2030"]])],
                [("h", "Evaluation"),
                 ("p", "Price 40% / Quality 60%. The quality score is made up of four questions, weighted as shares "
                       "of the quality score: Q1 Method 40%, Q2 Resources 25%, Q3 Social Value 20% and Q4 Health "
                       "and Safety 15%."),
                 ("p", "Social value answers will be evaluated against the Social Value Portal's National Themes, "
                       "Outcomes and Measures."),
                 ("p", "Each question is given a score of 0 (does not meet the requirement), 1 (partially meets), 2 "
                       "(meets) or 3 (exceeds the requirement)."),
                 ("p", "Payment: 90% on completion of each work order, with a 10% retention released after 12 "
                       "months.")],
            ]},
            {"name": _CEC_QS, "pages": [
                [("h", "Appendix B - Quality Questions"),
                 ("p", "Q1 Method (40% of the quality score)"),
                 ("p", "Describe how you will plan, programme and complete work orders, including seasonal vegetation "
                       "cuts on more than 400 promoted routes and urgent path closures."),
                 ("p", "Response: max. 4 sides of A4"),
                 ("p", "Q2 Resources (25% of the quality score)"),
                 ("p", "Set out the teams, plant and supervisors you will use, and how you will keep the Council's "
                       "rights of way officers informed."),
                 ("p", "Response: max. 3 sides of A4"),
                 _cec_footer(1)],
                [("p", "Q3 Social Value (20% of the quality score)"),
                 ("p", "What additional benefits will this contract bring to Cheshire East's communities, for example "
                       "employment and training for local people, work for local SMEs, and volunteering with parish "
                       "councils and path user groups?"),
                 ("p", "Response: max. 2 sides of A4"),
                 ("p", "Q4 Health and Safety (15% of the quality score)"),
                 ("p", "How will you manage the risks of working near livestock, roads and water, including lone "
                       "working and the use of brushcutters and chainsaws?"),
                 ("p", "Response: max. 2 sides of A4"),
                 _cec_footer(2)],
            ]},
        ],
        "tender": {
            "title": ("Public Rights of Way Maintenance Services", _CEC_ITT, 1),
            "buyer": (["Cheshire East Council", "Cheshire East Council (the Council)"], _CEC_ITT, 1),
            "service": (["Public Rights of Way Maintenance Services", "public rights of way maintenance services",
                         "public rights of way maintenance",
                         "vegetation clearance, surfacing, drainage and the installation of gates, stiles and "
                         "signposts on public footpaths, bridleways and byways",
                         "a contractor for vegetation clearance, surfacing, drainage and the installation of gates, "
                         "stiles and signposts"],
                        _CEC_ITT, 1),
            "area": (["Cheshire East", "Macclesfield and Congleton to Crewe and Nantwich"], _CEC_ITT, 1),
            # In words only; the annual £210,000 ceiling is a decoy.
            "value_gbp": (840000, _CEC_ITT, 1),
            # "2 years + 12 months + 12 months".
            "months": (24, _CEC_ITT, 1),
            "extension_months": (24, _CEC_ITT, 1),
            # "midday on the eighteenth of March 2030"; "4 March 2030" (clarifications) is a decoy.
            "deadline": ("2030-03-18", _CEC_ITT, 1),
            # Derived: "Q3 Social Value 20%" of the quality score x "Quality 60%" = 12%.
            "social_value_weighting_percent": (12, _CEC_ITT, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-3", _CEC_ITT, 2),
            "framework": ("national-toms", _CEC_ITT, 2),
        },
        "questions": [
            # Shares of quality x quality 60%: 40% -> 24, 25% -> 15, 20% -> 12, 15% -> 9.
            {"id": ["Q1", "1"],
             "text": "Describe how you will plan, programme and complete work orders, including seasonal vegetation "
                     "cuts on more than 400 promoted routes and urgent path closures.",
             "word_limit": None, "char_limit": None, "page_limit": 4, "weighting_percent": 24, "social_value": False,
             "source": _CEC_QS, "page": 1, "sub_criteria": []},
            {"id": ["Q2", "2"],
             "text": "Set out the teams, plant and supervisors you will use, and how you will keep the Council's "
                     "rights of way officers informed.",
             "word_limit": None, "char_limit": None, "page_limit": 3, "weighting_percent": 15, "social_value": False,
             "source": _CEC_QS, "page": 1, "sub_criteria": []},
            # Examples inside the question sentence: no sub-criteria.
            {"id": ["Q3", "3"],
             "text": "What additional benefits will this contract bring to Cheshire East's communities, for example "
                     "employment and training for local people, work for local SMEs, and volunteering with parish "
                     "councils and path user groups?",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 12, "social_value": True,
             "source": _CEC_QS, "page": 2, "sub_criteria": []},
            # Health and safety: not social value.
            {"id": ["Q4", "4"],
             "text": "How will you manage the risks of working near livestock, roads and water, including lone "
                     "working and the use of brushcutters and chainsaws?",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 9, "social_value": False,
             "source": _CEC_QS, "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held13-pdf-housing-association-fire-doors-area-only-in-address-neighbourhood-pledge-bare-100-0-5",
        "files": [{"name": _DEH, "pages": [
            [("p", "Dee Estuary Homes, Harbour House, Hamilton Street, Birkenhead, CH41 5AL"),
             ("h", "Fire Door Inspection and Remedial Works"),
             ("p", "Invitation to Tender | Ref DEH-PROC-031"),
             ("p", "Dee Estuary Homes is a not-for-profit housing association. We own and manage 6,200 homes, "
                   "including 48 blocks of flats, and need a third-party certificated contractor to carry out "
                   "quarterly inspections of communal fire doors and annual inspections of flat entrance doors, as "
                   "the Fire Safety (England) Regulations 2022 require, and to repair or replace doors that fail."),
             ("p", "Term: five-year term (1 June 2030 - 31 May 2035); there are no extension options."),
             ("p", "Contract value: £975,000 (ex VAT) over the 5-year term, of which approximately £140k is for "
                   "inspections and the remainder for remedial works."),
             ("p", "Submit your tender through In-Tend by Tue 26/3/2030 10:00. An accompanied site visit to one of "
                   "our blocks is offered on 12/3/2030."),
             _deh_footer(1)],
            [("h", "Evaluation"),
             ("t", [["Element", "Weighting"],
                    ["Cost", "65"],
                    ["Technical", "25"],
                    ["Neighbourhood Pledge (social value)", "10"],
                    ["Total", "100"]]),
             ("p", "Social value bids are assessed against our Neighbourhood Pledge, the promises we make to our "
                   "tenants about jobs, skills and safer neighbourhoods (copy at Annex 3)."),
             ("p", "Marking: 0 - no response or irrelevant; 1 - significant concerns; 2 - some concerns; 3 - meets "
                   "our needs; 4 - meets our needs with some added value; 5 - exceeds our needs."),
             ("p", "Stage payments: 50% on receipt of the inspection report and 50% on completion of remedials."),
             _deh_footer(2)],
            [("h", "Method statements"),
             ("t", [["Ref", "Method statement", "Weighting", "Page limit"],
                    ["T1", "Describe how you will inspect communal and flat entrance fire doors, record defects and "
                           "give us the evidence we need as the responsible person.", "10%", "3"],
                    ["T2", "Explain how you will arrange access to tenants' homes, including for vulnerable and "
                           "disabled tenants, and keep no-access rates low.", "8%", "2"],
                    ["T3", "Describe your quality control for remedial work, including certification of the doors "
                           "and hardware you fit.", "7%", "2"],
                    ["NP1", "Neighbourhood Pledge: tell us how you will create jobs and training for our tenants and "
                            "their families, and support our tenant-led community safety projects.", "10%", "2"]]),
             _deh_footer(3)],
        ]}],
        "tender": {
            "title": ("Fire Door Inspection and Remedial Works", _DEH, 1),
            "buyer": ("Dee Estuary Homes", _DEH, 1),
            "service": (["Fire Door Inspection and Remedial Works", "fire door inspection and remedial works",
                         "carry out quarterly inspections of communal fire doors and annual inspections of flat "
                         "entrance doors",
                         "a third-party certificated contractor to carry out quarterly inspections of communal fire "
                         "doors and annual inspections of flat entrance doors"],
                        _DEH, 1),
            # Only in the letterhead address ("Hamilton Street, Birkenhead").
            "area": (["Wirral", "Birkenhead"], _DEH, 1),
            # "£975,000 (ex VAT) over the 5-year term"; "approximately £140k" is part of it.
            "value_gbp": (975000, _DEH, 1),
            "months": (60, _DEH, 1),
            # "there are no extension options".
            "extension_months": None,
            # "Tue 26/3/2030 10:00"; "12/3/2030" (site visit) is a decoy.
            "deadline": ("2030-03-26", _DEH, 1),
            # Row "Neighbourhood Pledge (social value) | 10" of "Total | 100".
            "social_value_weighting_percent": (10, _DEH, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-5", _DEH, 2),
            "framework": ("bespoke", _DEH, 2),
        },
        "questions": [
            {"id": "T1",
             "text": "Describe how you will inspect communal and flat entrance fire doors, record defects and give us "
                     "the evidence we need as the responsible person.",
             "word_limit": None, "char_limit": None, "page_limit": 3, "weighting_percent": 10, "social_value": False,
             "source": _DEH, "page": 3, "sub_criteria": []},
            # Access for vulnerable tenants: not social value.
            {"id": "T2",
             "text": "Explain how you will arrange access to tenants' homes, including for vulnerable and disabled "
                     "tenants, and keep no-access rates low.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 8, "social_value": False,
             "source": _DEH, "page": 3, "sub_criteria": []},
            {"id": "T3",
             "text": "Describe your quality control for remedial work, including certification of the doors and "
                     "hardware you fit.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 7, "social_value": False,
             "source": _DEH, "page": 3, "sub_criteria": []},
            {"id": "NP1",
             "text": ["tell us how you will create jobs and training for our tenants and their families, and support "
                      "our tenant-led community safety projects.",
                      "Neighbourhood Pledge: tell us how you will create jobs and training for our tenants and their "
                      "families, and support our tenant-led community safety projects."],
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 10, "social_value": True,
             "source": _DEH, "page": 3, "sub_criteria": []},
        ],
    },
    {
        "name": "held13-pdf-and-docx-halton-water-hygiene-three-way-ratio-split-in-quarters-cm-toms-letter-grades-0-4",
        "files": [
            {"name": _HBC_ITT, "pages": [
                [("p", _HBC_HEAD),
                 ("h", "Legionella Risk Assessment and Water Hygiene Monitoring"),
                 ("p", "Halton Borough Council requires a water hygiene contractor to carry out legionella risk "
                       "assessments, monthly temperature checks, flushing, tank cleaning and remedial works at 120 "
                       "council buildings, schools and care homes in Runcorn and Widnes, in line with ACOP L8 and "
                       "HSG274."),
                 ("t", [["Item", "Detail"],
                        ["Indicative value", "£210K (whole life, including optional years)"],
                        ["Contract length", "2 years, with the option of a further 2 years (in annual increments)"],
                        ["Deadline for clarifications", "6th Feb. 2030"],
                        ["Return of tenders", "20th Feb. 2030 by 11:00"]])],
                [("p", _HBC_HEAD),
                 ("h", "Award criteria"),
                 ("p", "Tenders will be evaluated on Price : Quality : Social Value in the ratio 50 : 35 : 15."),
                 ("p", "Social value is evaluated using the Cheshire & Merseyside TOMs. Three quarters of the social "
                       "value score is for the method statement (SV1) and one quarter for the TOMs commitments "
                       "entered on the TOMs calculator."),
                 ("p", "Responses are graded: A = 4 marks (excellent), B = 3 (good), C = 2 (adequate), D = 1 (poor), "
                       "E = 0 (no response)."),
                 ("p", "Invoices are paid within 30 days; 5% of each year's value is held back against the KPI "
                       "regime.")],
            ]},
            {"name": _HBC_TRD, "pages": [
                [("h", "Tender Response Document"),
                 ("p", "Answer each question in the box provided. Word counts exclude the question text."),
                 ("t", [["Q1", "How will you carry out and review legionella risk assessments and monthly monitoring "
                               "across a mixed estate of offices, schools and care homes?"],
                        ["Weighting", "15%"],
                        ["Word limit", "1,000 words"],
                        ["Response", ""]]),
                 ("t", [["Q2", "Describe how you will respond to positive legionella samples, including out-of-hours "
                               "call-outs to care homes, and how you will notify the Council's Health and Safety "
                               "team."],
                        ["Weighting", "12%"],
                        ["Word limit", "750 words"],
                        ["Response", ""]]),
                 ("t", [["Q3", "Explain how you will keep the electronic logbooks and records the Council needs as "
                               "duty holder."],
                        ["Weighting", "8%"],
                        ["Word limit", "500 words"],
                        ["Response", ""]])],
                [("h", "Social Value"),
                 ("p", "SV1"),
                 ("p", "Set out your social value proposal for Halton. Your answer should cover:"),
                 ("b", "jobs and apprenticeships for Halton residents, especially young people not in education, "
                       "employment or training"),
                 ("b", "spend with suppliers based in Runcorn and Widnes"),
                 ("b", "how you will deliver the TOMs commitments you enter on the calculator"),
                 ("p", "Word limit: 800 words")],
            ]},
        ],
        "tender": {
            "title": ("Legionella Risk Assessment and Water Hygiene Monitoring", _HBC_ITT, 1),
            "buyer": ("Halton Borough Council", _HBC_ITT, 1),
            "service": (["Legionella Risk Assessment and Water Hygiene Monitoring",
                         "legionella risk assessment and water hygiene monitoring",
                         "carry out legionella risk assessments, monthly temperature checks, flushing, tank cleaning "
                         "and remedial works",
                         "a water hygiene contractor to carry out legionella risk assessments"],
                        _HBC_ITT, 1),
            "area": (["Halton", "Runcorn and Widnes"], _HBC_ITT, 1),
            # "£210K (whole life, including optional years)".
            "value_gbp": (210000, _HBC_ITT, 1),
            "months": (24, _HBC_ITT, 1),
            # "a further 2 years (in annual increments)".
            "extension_months": (24, _HBC_ITT, 1),
            # "20th Feb. 2030 by 11:00"; "6th Feb. 2030" is the clarification deadline.
            "deadline": ("2030-02-20", _HBC_ITT, 1),
            # "Price : Quality : Social Value in the ratio 50 : 35 : 15".
            "social_value_weighting_percent": (15, _HBC_ITT, 2),
            # "Three quarters ... and one quarter": 75/25.
            "qualitative_percent": (75, _HBC_ITT, 2),
            "quantitative_percent": (25, _HBC_ITT, 2),
            "scoring_scale": ("0-4", _HBC_ITT, 2),
            "framework": ("cm-toms", _HBC_ITT, 2),
        },
        "questions": [
            {"id": ["Q1", "1"],
             "text": "How will you carry out and review legionella risk assessments and monthly monitoring across a "
                     "mixed estate of offices, schools and care homes?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _HBC_TRD, "page": 1, "sub_criteria": []},
            {"id": ["Q2", "2"],
             "text": "Describe how you will respond to positive legionella samples, including out-of-hours call-outs "
                     "to care homes, and how you will notify the Council's Health and Safety team.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 12, "social_value": False,
             "source": _HBC_TRD, "page": 1, "sub_criteria": []},
            {"id": ["Q3", "3"],
             "text": "Explain how you will keep the electronic logbooks and records the Council needs as duty holder.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _HBC_TRD, "page": 1, "sub_criteria": []},
            # No weighting stated for SV1 itself (three quarters of 15% is not written per question).
            {"id": "SV1",
             "text": ["Set out your social value proposal for Halton.",
                      "Set out your social value proposal for Halton. Your answer should cover:"],
             "word_limit": 800, "char_limit": None, "weighting_percent": None, "social_value": True,
             "source": _HBC_TRD, "page": 2,
             "sub_criteria": ["jobs and apprenticeships for Halton residents, especially young people not in "
                              "education, employment or training",
                              "spend with suppliers based in Runcorn and Widnes",
                              "how you will deliver the TOMs commitments you enter on the calculator"]},
        ],
    },
    {
        "name": "held13-docx-liverpool-furniture-packs-points-of-200-split-as-points-ppn002-no-extension-0-5",
        "files": [{"name": _LCC, "pages": [
            [("h", "Furniture Packs and White Goods for New Tenancies"),
             ("p", "Liverpool City Council - Homelessness and Housing Options"),
             ("p", "The Council provides furniture and white goods to people moving out of temporary accommodation "
                   "into a home of their own, so that the tenancy gets off to a good start. We want a supplier to "
                   "deliver, assemble and install around 900 furniture packs a year to homes across the city, within "
                   "ten working days of an order, and to take packaging away for recycling."),
             ("t", [["At a glance", ""],
                    ["Estimated total contract value", "£1,950,000 excl. VAT for the full 4 years"],
                    ["Average pack price (current)", "£540"],
                    ["Term", "4 years (no extension)"],
                    ["Last date for questions", "20 February, 2030"],
                    ["Closing date", "4 March, 2030 at noon"]])],
            [("h", "Scoring"),
             ("p", "Total available: 200 points. Price 100 points; Quality 70 points; Social Value 30 points."),
             ("p", "Social value is assessed in accordance with PPN 002 (Taking account of social value in the award "
                   "of contracts) and its Social Value Model. The 30 social value points are made up of 18 points "
                   "for the written response (question 4) and 12 points for the quantified commitments in the "
                   "Social Value Model reporting template."),
             ("p", "Quality and social value answers are scored: Unacceptable 0, Poor 1, Satisfactory 2, Good 3, Very "
                   "Good 4, Excellent 5.")],
            [("h", "Questions"),
             ("p", "1. Delivery and installation (30 points)"),
             ("p", "Describe how you will take orders, deliver and install packs within ten working days, including "
                   "to upper-floor flats without lifts."),
             ("p", "No more than 1,000 words."),
             ("p", "2. Quality and durability of goods (20 points)"),
             ("p", "What products will be in a standard pack, and how will you make sure the white goods are energy "
                   "efficient and the furniture meets fire safety regulations?"),
             ("p", "No more than 750 words."),
             ("p", "3. Working with tenants (20 points)"),
             ("p", "Explain how your delivery crews will work respectfully with people who have been homeless, "
                   "including those with mental health needs, and what you will do if no-one is home."),
             ("p", "No more than 750 words."),
             ("p", "4. Social value (18 points)"),
             ("p", "How will this contract help Liverpool residents into work and reduce waste? Please include:"),
             ("b", "work placements and jobs for people with experience of homelessness"),
             ("b", "refurbishing and reusing furniture with Liverpool social enterprises"),
             ("b", "your targets, and how you will report them to the Council each quarter"),
             ("p", "No more than 750 words.")],
        ]}],
        "tender": {
            "title": ("Furniture Packs and White Goods for New Tenancies", _LCC, 1),
            "buyer": ("Liverpool City Council", _LCC, 1),
            "service": (["Furniture Packs and White Goods for New Tenancies",
                         "furniture packs and white goods for new tenancies",
                         "deliver, assemble and install around 900 furniture packs a year",
                         "deliver, assemble and install around 900 furniture packs a year to homes across the city",
                         "a supplier to deliver, assemble and install around 900 furniture packs a year"],
                        _LCC, 1),
            "area": (["Liverpool"], _LCC, 1),
            # "£1,950,000 excl. VAT for the full 4 years"; "£540" is a unit price.
            "value_gbp": (1950000, _LCC, 1),
            "months": (48, _LCC, 1),
            # "4 years (no extension)".
            "extension_months": None,
            # "4 March, 2030 at noon"; "20 February, 2030" (questions) is a decoy.
            "deadline": ("2030-03-04", _LCC, 1),
            # "Social Value 30 points" of "200 points" = 15%.
            "social_value_weighting_percent": (15, _LCC, 2),
            # "18 points for the written response ... 12 points for the quantified commitments": 60/40.
            "qualitative_percent": (60, _LCC, 2),
            "quantitative_percent": (40, _LCC, 2),
            "scoring_scale": ("0-5", _LCC, 2),
            "framework": ("ppn-002", _LCC, 2),
        },
        "questions": [
            # Points of 200: 30 -> 15%, 20 -> 10%, 18 -> 9%.
            {"id": ["1", "Q1"],
             "text": "Describe how you will take orders, deliver and install packs within ten working days, including "
                     "to upper-floor flats without lifts.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _LCC, "page": 3, "sub_criteria": []},
            {"id": ["2", "Q2"],
             "text": "What products will be in a standard pack, and how will you make sure the white goods are energy "
                     "efficient and the furniture meets fire safety regulations?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _LCC, "page": 3, "sub_criteria": []},
            # Working respectfully with service users: not social value.
            {"id": ["3", "Q3"],
             "text": "Explain how your delivery crews will work respectfully with people who have been homeless, "
                     "including those with mental health needs, and what you will do if no-one is home.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _LCC, "page": 3, "sub_criteria": []},
            {"id": ["4", "Q4"],
             "text": ["How will this contract help Liverpool residents into work and reduce waste?",
                      "How will this contract help Liverpool residents into work and reduce waste? Please include:"],
             "word_limit": 750, "char_limit": None, "weighting_percent": 9, "social_value": True,
             "source": _LCC, "page": 3,
             "sub_criteria": ["work placements and jobs for people with experience of homelessness",
                              "refurbishing and reusing furniture with Liverpool social enterprises",
                              "your targets, and how you will report them to the Council each quarter"]},
        ],
    },
    {
        "name": "held13-pdf-and-docx-countess-of-chester-shuttle-one-sixth-of-non-price-char-limits-national-toms-1-10",
        "files": [
            {"name": _COCH_ITT, "pages": [
                [("h", "Staff and Visitor Shuttle Bus Service"),
                 ("p", "Invitation to Tender"),
                 ("p", "The Countess of Chester Hospital NHS Foundation Trust wishes to appoint an operator to run a "
                       "free shuttle bus linking the Countess of Chester Hospital, the Upton park and ride site and "
                       "Ellesmere Port Hospital, every 20 minutes from 6am to 10pm, seven days a week, with "
                       "accessible low-floor vehicles."),
                 ("p", "The contract will be for an initial three-year period, with the Trust having the right to "
                       "extend for up to twenty-four months in total."),
                 ("p", "Value: approximately £366,000 a year, £1.83m over five years if the full extension is taken."),
                 ("p", "Tenders must reach the Trust by Noon (12:00 GMT) Monday 11th March 2030. Bidder clarification "
                       "questions: by Monday 25th February 2030."),
                 _coch_footer(1)],
                [("h", "Evaluation methodology"),
                 ("p", "The price element is worth 40% and the non-price element 60%. Social value makes up one-sixth "
                       "of the non-price score, the remainder being technical quality."),
                 ("p", "Social value is evaluated using the National Social Value Measurement Framework (the National "
                       "TOMs)."),
                 ("p", "Responses are scored from 1 (very poor) to 10 (outstanding)."),
                 ("p", "Fuel price variation will be reviewed annually against the DfT bus fuel cost index."),
                 _coch_footer(2)],
            ]},
            {"name": _COCH_Q, "pages": [
                [("h", "Questionnaire"),
                 ("p", "Character counts include spaces."),
                 ("t", [["Ref", "Question", "Limit"],
                        ["TQ1", "Describe the vehicles you will use, how you will keep them clean, safe and "
                                "accessible, and your plan if a vehicle breaks down.", "5,000 characters"],
                        ["TQ2", "How will you recruit, train and retain drivers, including disability awareness "
                                "training?", "3,500 characters"],
                        ["TQ3", "Explain how you will collect and report passenger numbers, punctuality and "
                                "complaints to the Trust each month.", "2,500 characters"]])],
                [("h", "Social Value"),
                 ("t", [["Ref", "Question", "Limit"],
                        ["SVQ1", "How will you make this contract benefit people in Chester and Ellesmere Port, "
                                 "including jobs for local people, training for drivers from under-represented "
                                 "groups, and lower-carbon vehicles?", "3,500 characters"]])],
            ]},
        ],
        "tender": {
            "title": ("Staff and Visitor Shuttle Bus Service", _COCH_ITT, 1),
            "buyer": (["The Countess of Chester Hospital NHS Foundation Trust",
                       "Countess of Chester Hospital NHS Foundation Trust"], _COCH_ITT, 1),
            "service": (["Staff and Visitor Shuttle Bus Service", "staff and visitor shuttle bus service",
                         "run a free shuttle bus linking the Countess of Chester Hospital, the Upton park and ride "
                         "site and Ellesmere Port Hospital",
                         "an operator to run a free shuttle bus",
                         "a free shuttle bus"],
                        _COCH_ITT, 1),
            "area": (["Cheshire West and Chester", "Chester", "Ellesmere Port", "Chester and Ellesmere Port",
                      "the Countess of Chester Hospital, the Upton park and ride site and Ellesmere Port Hospital"],
                     _COCH_ITT, 1),
            # "£1.83m over five years"; "approximately £366,000 a year" is the annual figure.
            "value_gbp": (1830000, _COCH_ITT, 1),
            "months": (36, _COCH_ITT, 1),
            # "extend for up to twenty-four months in total".
            "extension_months": (24, _COCH_ITT, 1),
            # "Noon (12:00 GMT) Monday 11th March 2030"; "Monday 25th February 2030" is a decoy.
            "deadline": ("2030-03-11", _COCH_ITT, 1),
            # Derived: "one-sixth of the non-price score" x non-price 60% = 10%.
            "social_value_weighting_percent": (10, _COCH_ITT, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("1-10", _COCH_ITT, 2),
            "framework": ("national-toms", _COCH_ITT, 2),
        },
        "questions": [
            {"id": "TQ1",
             "text": "Describe the vehicles you will use, how you will keep them clean, safe and accessible, and your "
                     "plan if a vehicle breaks down.",
             "word_limit": None, "char_limit": 5000, "weighting_percent": None, "social_value": False,
             "source": _COCH_Q, "page": 1, "sub_criteria": []},
            # Driver training and disability awareness: workforce quality, not social value.
            {"id": "TQ2",
             "text": "How will you recruit, train and retain drivers, including disability awareness training?",
             "word_limit": None, "char_limit": 3500, "weighting_percent": None, "social_value": False,
             "source": _COCH_Q, "page": 1, "sub_criteria": []},
            {"id": "TQ3",
             "text": "Explain how you will collect and report passenger numbers, punctuality and complaints to the "
                     "Trust each month.",
             "word_limit": None, "char_limit": 2500, "weighting_percent": None, "social_value": False,
             "source": _COCH_Q, "page": 1, "sub_criteria": []},
            {"id": "SVQ1",
             "text": "How will you make this contract benefit people in Chester and Ellesmere Port, including jobs for "
                     "local people, training for drivers from under-represented groups, and lower-carbon vehicles?",
             "word_limit": None, "char_limit": 3500, "weighting_percent": None, "social_value": True,
             "source": _COCH_Q, "page": 2, "sub_criteria": []},
        ],
    },
]
