"""A twelfth held-out set for the tender intake, written by a separate writer who never read the extractor's code
(nor its tests, prompts or scripts), and committed before the extractor was run on it. Six packs from buyers and
services the earlier sets do not use (a council's stray dog kennelling and dog warden support, a city council's
night-time taxi marshalling, a council's public health funerals, a university's academic dress and graduation
photography, an NHS foundation trust's workplace nursery concession and a council's theatre catering and bar
concession), in six Cheshire and Merseyside areas (Knowsley, Liverpool, Sefton, Cheshire West and Chester - given
only in the university's address -, Warrington and Wirral), split as: a single PDF with a "RESTRICTED - COMMERCIAL"
running header and a "Stray Dogs ITT v2 | N" footer whose weightings are points out of 1,000; a PDF ITT plus a Word
questionnaire; two Word files (a specification and instructions, and a response form with one table per question);
a single PDF whose buyer's place is only in its letterhead address; a Word ITT plus a PDF response template (running
header, a "No. | Question | Marks | Max pages" table); and a single Word ITT with a key-facts table.

Phrasings tested: values "c. £185k per annum ... c. £925k in total (5 yrs)", "Maximum contract value £675k including
the optional extension", "approx. £96,000 over the 3 years", "£0.32m (all years incl. extension)", "Estimated contract
value: £3.6 million (five years)" and "£1.25m over the initial term" (beside a minimum concession fee and a 7% revenue
share); terms "three (3) years, extendable by up to two (2) further periods of twelve months", "18 months, with an
option to extend for a further 12 months", "1 April 2030 to 31 March 2033 (3 years) with the option to extend by one
year plus one year", "three academic years (2030/31 to 2032/33), extendable for one further academic year",
"Initial term: 60 months" with "Extension: +24m (optional)" and "four years, with an option to extend for 1 + 1
years"; deadlines "noon, 07/01/2030" (beside "17/12/2029"), "Mon 14 Jan 2030 @ 1pm", "5pm on 31st January 2030",
"12-Feb-2030 14:00", "Friday 1 March 2030, 12:00 hrs" and "28.02.2030 at 12 noon". Social value weighting as points
of 1,000 ("Social value - 100 points", so 10), as a fraction in words of quality ("a quarter of the quality marks"
with quality "three fifths": derived 15), as points of 100 per section, as "20 per cent", as "Social Value 10 marks"
of 100 and as a table row "Social value | 15%". Splits as points ("60 points ... 40 points": 60/40), in words ("half
of the social value marks ... the other half": 50/50) and as shares of the whole ("narrative response 9%, TOMs offer
6%": 60/40). Scales "Nil (0) ... Exemplary (5)" (0-5), "0 (no confidence) to 4 (full confidence)" (0-4), "0, 1, 2, 3,
4 or 5" (0-5), "nil (0) to ten (10)" (0-10), "0, 25, 50, 75 or 100" (0-100) and "1 to 5 (1 = poor, 5 = excellent)"
(1-5). Frameworks cm-toms ("Cheshire and Merseyside Themes, Outcomes and Measures (C&M TOMs)"), national-toms,
bespoke (the Sefton Social Value Charter), bespoke (the University's Civic Charter), ppn-06-20 and cm-toms. Question
ids "QU1"/"SV1" with points, "Question 3 (Social Value)", a table "Question ref | 3", "Q4", "5" in a numbered table
and "E4". Decoys: animal welfare, out-of-hours collection, microchip records (GDPR), conflict management and SIA
licensing, dignity and respect for the deceased, gown fitting logistics, EYFS and Ofsted, food hygiene and allergens,
licensing of the bar, none of them social value. Same shape as evals/intake_dev.py; a question's ``page_limit`` is
scored where given. Its first-run numbers are the unseen estimate.
"""

_KMBC = "Knowsley Council - Stray Dogs and Kennelling ITT.pdf"
_KMBC_HEAD = "KNOWSLEY COUNCIL - RESTRICTED - COMMERCIAL"
_LCC_ITT = "LCC Taxi Marshalling ITT.pdf"
_LCC_Q = "LCC Taxi Marshalling - Questionnaire.docx"
_SEF_SPEC = "Sefton PH Funerals - Specification and Instructions.docx"
_SEF_RF = "Sefton PH Funerals - Response Form.docx"
_UOC = "UoC Academic Dress and Graduation Photography RFT.pdf"
_WHH_ITT = "WHH Workplace Nursery Concession ITT.docx"
_WHH_RT = "WHH Workplace Nursery - Response Template.pdf"
_WHH_HEAD = "Warrington and Halton Teaching Hospitals NHS FT | Nursery Concession | Response Template"
_WIR = "Wirral Council - Floral Pavilion Catering Concession ITT.docx"


def _kmbc_footer(n):
    return ("p", "Stray Dogs ITT v2 | %d" % n)


PACKS = [
    {
        "name": "held12-pdf-knowsley-stray-dogs-points-of-1000-per-question-points-split-cm-toms-0-5",
        "files": [{"name": _KMBC, "pages": [
            [("p", _KMBC_HEAD),
             ("h", "Stray Dog Collection, Kennelling and Rehoming Service"),
             ("p", "Invitation to Tender"),
             ("p", "Knowsley Metropolitan Borough Council - Environmental Health and Consumer Protection"),
             ("p", "Return tenders via The Chest by noon, 07/01/2030"),
             _kmbc_footer(1)],
            [("p", _KMBC_HEAD),
             ("h", "1. The requirement"),
             ("p", "The Council is looking for a licensed boarding establishment to collect, kennel and rehome stray "
                   "dogs seized by its dog wardens in Huyton, Kirkby, Prescot and Halewood, holding each dog for the "
                   "statutory seven days and arranging veterinary treatment where needed."),
             ("p", "Value: c. £185k per annum, so c. £925k in total (5 yrs) if every extension is used."),
             ("p", "Contract period: three (3) years from 1 April 2030, extendable by up to two (2) further periods "
                   "of twelve months at the Council's sole discretion."),
             ("p", "Clarification questions must reach us by 17/12/2029. Late tenders will not be opened."),
             _kmbc_footer(2)],
            [("p", _KMBC_HEAD),
             ("h", "2. Evaluation"),
             ("p", "Price - 550 points; Quality - 350 points; Social value - 100 points (1,000 points in total)."),
             ("p", "Social value is measured using the Cheshire and Merseyside Themes, Outcomes and Measures (C&M "
                   "TOMs). Of the 100 social value points, 60 points are awarded for the written response to SV1 "
                   "and 40 points for the C&M TOMs commitments entered in the Social Value Portal."),
             ("p", "Written answers are scored Nil (0), Deficient (1), Weak (2), Sound (3), Strong (4) or Exemplary "
                   "(5), and the points for the question are multiplied by the score divided by 5."),
             _kmbc_footer(3)],
            [("p", _KMBC_HEAD),
             ("h", "3. Quality questions"),
             ("p", "QU1 Kennelling and animal welfare (150 points)"),
             ("p", "Describe your kennels, how you will meet the Animal Welfare Act 2006 and your licence conditions, "
                   "and how you will assess each dog's health and temperament on arrival."),
             ("p", "Maximum 1,000 words."),
             ("p", "QU2 Out-of-hours collection (120 points)"),
             ("p", "Explain how you will collect stray dogs from Merseyside Police and members of the public outside "
                   "office hours, within two hours of a call, every day of the year."),
             ("p", "Maximum 750 words."),
             ("p", "QU3 Records and microchip data (80 points)"),
             ("p", "Set out how you will scan for microchips, contact keepers and keep records in line with the UK "
                   "GDPR."),
             ("p", "Maximum 500 words."),
             _kmbc_footer(4)],
            [("p", _KMBC_HEAD),
             ("h", "4. Social value"),
             ("p", "SV1 Social value in Knowsley (60 points)"),
             ("p", "What will you do for Knowsley residents through this contract, over and above the service? Your "
                   "answer should address:"),
             ("b", "work placements and jobs in animal care for Knowsley residents aged 16-24"),
             ("b", "free responsible dog ownership and microchipping events in Knowsley neighbourhoods"),
             ("b", "how you will deliver and evidence the C&M TOMs commitments you enter in the Social Value Portal"),
             ("p", "Maximum 750 words."),
             _kmbc_footer(5)],
        ]}],
        "tender": {
            "title": ("Stray Dog Collection, Kennelling and Rehoming Service", _KMBC, 1),
            # "Knowsley Metropolitan Borough Council - Environmental Health ...": the body, not the department.
            "buyer": ("Knowsley Metropolitan Borough Council", _KMBC, 1),
            "service": (["Stray Dog Collection, Kennelling and Rehoming Service",
                         "stray dog collection, kennelling and rehoming service",
                         "collect, kennel and rehome stray dogs seized by its dog wardens in Huyton, Kirkby, Prescot "
                         "and Halewood",
                         "collect, kennel and rehome stray dogs",
                         "a licensed boarding establishment to collect, kennel and rehome stray dogs"],
                        _KMBC, [1, 2]),
            "area": (["Knowsley", "Huyton, Kirkby, Prescot and Halewood"], _KMBC, [1, 2]),
            # "c. £925k in total (5 yrs)"; "c. £185k per annum" is the annual figure.
            "value_gbp": (925000, _KMBC, 2),
            # "three (3) years ... extendable by up to two (2) further periods of twelve months".
            "months": (36, _KMBC, 2),
            "extension_months": (24, _KMBC, 2),
            # "noon, 07/01/2030" (dd/mm/yyyy); "17/12/2029" (clarifications) is a decoy.
            "deadline": ("2030-01-07", _KMBC, 1),
            # "Social value - 100 points" of "1,000 points in total" = 10%.
            "social_value_weighting_percent": (10, _KMBC, 3),
            # "60 points ... for the written response ... and 40 points for the C&M TOMs commitments".
            "qualitative_percent": (60, _KMBC, 3),
            "quantitative_percent": (40, _KMBC, 3),
            "scoring_scale": ("0-5", _KMBC, 3),
            "framework": ("cm-toms", _KMBC, 3),
        },
        "questions": [
            # Points of 1,000: 150 points = 15% of the total.
            {"id": ["QU1", "1"],
             "text": "Describe your kennels, how you will meet the Animal Welfare Act 2006 and your licence conditions, "
                     "and how you will assess each dog's health and temperament on arrival.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _KMBC, "page": 4, "sub_criteria": []},
            {"id": ["QU2", "2"],
             "text": "Explain how you will collect stray dogs from Merseyside Police and members of the public outside "
                     "office hours, within two hours of a call, every day of the year.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 12, "social_value": False,
             "source": _KMBC, "page": 4, "sub_criteria": []},
            # Records and GDPR: not social value.
            {"id": ["QU3", "3"],
             "text": "Set out how you will scan for microchips, contact keepers and keep records in line with the UK "
                     "GDPR.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _KMBC, "page": 4, "sub_criteria": []},
            # 60 points of 1,000 = 6%.
            {"id": "SV1",
             "text": ["What will you do for Knowsley residents through this contract, over and above the service?",
                      "What will you do for Knowsley residents through this contract, over and above the service? "
                      "Your answer should address:"],
             "word_limit": 750, "char_limit": None, "weighting_percent": 6, "social_value": True,
             "source": _KMBC, "page": 5,
             "sub_criteria": ["work placements and jobs in animal care for Knowsley residents aged 16-24",
                              "free responsible dog ownership and microchipping events in Knowsley neighbourhoods",
                              "how you will deliver and evidence the C&M TOMs commitments you enter in the Social "
                              "Value Portal"]},
        ],
    },
    {
        "name": "held12-pdf-and-docx-liverpool-taxi-marshals-fractions-in-words-quarter-of-quality-national-toms-0-4",
        "files": [
            {"name": _LCC_ITT, "pages": [
                [("h", "Night-Time Economy Taxi Marshalling Service"),
                 ("p", "Invitation to Tender - Liverpool City Council, Licensing and Public Protection"),
                 ("p", "Liverpool City Council wants an SIA-licensed provider to run marshalled taxi ranks on Friday "
                       "and Saturday nights at Lime Street, Concert Square, Hanover Street and the Baltic Triangle, "
                       "managing queues and helping vulnerable people get home safely."),
                 ("t", [["Key facts", ""],
                        ["Maximum contract value", "£675k including the optional extension"],
                        ["Term", "18 months, with an option to extend for a further 12 months"],
                        ["Clarifications", "by Fri 4 Jan 2030"],
                        ["Tender deadline", "Mon 14 Jan 2030 @ 1pm"]]),
                 ("p", "Payment is monthly in arrears at the hourly rates in the pricing schedule; the Council's "
                       "current spend is around £30k a month in the winter.")],
                [("h", "Evaluation"),
                 ("p", "Price carries two fifths of the marks and quality three fifths."),
                 ("p", "Within quality, social value is worth a quarter of the quality marks; the other three "
                       "quarters are for service delivery and safeguarding."),
                 ("p", "Social value will be evaluated with reference to the National TOMs (Themes, Outcomes and "
                       "Measures) framework."),
                 ("p", "Each answer is scored from 0 (no confidence) to 4 (full confidence) that the bidder will "
                       "deliver what it describes.")],
            ]},
            {"name": _LCC_Q, "pages": [
                [("h", "Quality Questionnaire"),
                 ("p", "Question 1 (Service delivery)"),
                 ("p", "How will you staff and run each marshalled rank, including briefings, radios, and working with "
                       "Merseyside Police and the city's Taxi Licensing team?"),
                 ("p", "Max. 1,000 words"),
                 ("p", "Question 2 (Safeguarding)"),
                 ("p", "Describe how your marshals will recognise and support people who are vulnerable through alcohol "
                       "or drugs, including lone women and young people, and how you will use conflict management."),
                 ("p", "Max. 750 words")],
                [("p", "Question 3 (Social Value)"),
                 ("p", "Explain the social value you will add for Liverpool through this contract. Please cover:"),
                 ("b", "recruiting marshals from Liverpool's most deprived wards and paying for their SIA licence "
                       "training"),
                 ("b", "paying at least the Real Living Wage"),
                 ("b", "supporting the city's night-time economy charities, e.g. street pastors"),
                 ("p", "Max. 750 words")],
            ]},
        ],
        "tender": {
            "title": ("Night-Time Economy Taxi Marshalling Service", _LCC_ITT, 1),
            "buyer": ("Liverpool City Council", _LCC_ITT, 1),
            "service": (["Night-Time Economy Taxi Marshalling Service", "night-time economy taxi marshalling service",
                         "run marshalled taxi ranks on Friday and Saturday nights",
                         "an SIA-licensed provider to run marshalled taxi ranks on Friday and Saturday nights at "
                         "Lime Street, Concert Square, Hanover Street and the Baltic Triangle",
                         "run marshalled taxi ranks"],
                        _LCC_ITT, 1),
            "area": (["Liverpool", "Lime Street, Concert Square, Hanover Street and the Baltic Triangle"],
                     _LCC_ITT, 1),
            # "£675k including the optional extension"; "£30k a month" is current spend, a decoy.
            "value_gbp": (675000, _LCC_ITT, 1),
            "months": (18, _LCC_ITT, 1),
            "extension_months": (12, _LCC_ITT, 1),
            # "Mon 14 Jan 2030 @ 1pm"; "Fri 4 Jan 2030" (clarifications) is a decoy.
            "deadline": ("2030-01-14", _LCC_ITT, 1),
            # Derived: "a quarter of the quality marks" x quality "three fifths" (60%) = 15%.
            "social_value_weighting_percent": (15, _LCC_ITT, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-4", _LCC_ITT, 2),
            "framework": ("national-toms", _LCC_ITT, 2),
        },
        "questions": [
            {"id": ["1", "Q1", "Question 1"],
             "text": "How will you staff and run each marshalled rank, including briefings, radios, and working with "
                     "Merseyside Police and the city's Taxi Licensing team?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": _LCC_Q, "page": 1, "sub_criteria": []},
            # Safeguarding of the public on the ranks: not social value.
            {"id": ["2", "Q2", "Question 2"],
             "text": "Describe how your marshals will recognise and support people who are vulnerable through alcohol "
                     "or drugs, including lone women and young people, and how you will use conflict management.",
             "word_limit": 750, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": _LCC_Q, "page": 1, "sub_criteria": []},
            {"id": ["3", "Q3", "Question 3"],
             "text": ["Explain the social value you will add for Liverpool through this contract.",
                      "Explain the social value you will add for Liverpool through this contract. Please cover:"],
             "word_limit": 750, "char_limit": None, "weighting_percent": None, "social_value": True,
             "source": _LCC_Q, "page": 2,
             "sub_criteria": ["recruiting marshals from Liverpool's most deprived wards and paying for their SIA "
                              "licence training",
                              "paying at least the Real Living Wage",
                              "supporting the city's night-time economy charities, e.g. street pastors"]},
        ],
    },
    {
        "name": "held12-two-docx-sefton-public-health-funerals-points-of-100-char-limits-bespoke-charter-0-5",
        "files": [
            {"name": _SEF_SPEC, "pages": [
                [("h", "Public Health Funerals Service"),
                 ("p", "Specification and Instructions to Tenderers"),
                 ("p", "Sefton Council has a duty under section 46 of the Public Health (Control of Disease) Act 1984 "
                       "to arrange the funeral of anyone who dies in the borough when no-one else is able or willing "
                       "to. We need a funeral director to carry out these funerals, from collection of the deceased "
                       "to burial or cremation at Thornton or Southport crematoria, for residents of Bootle, Crosby, "
                       "Maghull and Southport."),
                 ("p", "Contract period: 1 April 2030 to 31 March 2033 (3 years) with the option to extend by one year "
                       "plus one year."),
                 ("p", "Budget: approx. £96,000 over the 3 years, based on about 40 funerals a year at a fixed price "
                       "of £800 each."),
                 ("p", "Deadline for tenders: 5pm on 31st January 2030. Questions may be asked until 5pm on 17th "
                       "January 2030.")],
                [("h", "Evaluation"),
                 ("p", "Question weightings are given as points; the total available is 100 points. Price: 60 "
                       "points. Quality: 25 points (Questions 1 and 2). Social value: 15 points (Question 3)."),
                 ("p", "Bidders' social value responses will be judged against the Sefton Council Social Value "
                       "Charter, which is published with this tender."),
                 ("p", "Each answer is scored 0, 1, 2, 3, 4 or 5, where 5 is excellent and 0 is no answer.")],
            ]},
            {"name": _SEF_RF, "pages": [
                [("h", "Response Form"),
                 ("p", "Character limits include spaces. Please do not attach brochures."),
                 ("t", [["Question ref", "1"],
                        ["Question", "Describe how you will carry out each funeral with dignity and respect for the "
                                     "deceased, including the collection, care and storage of the body and the "
                                     "service itself."],
                        ["Points", "15"],
                        ["Max characters", "4,000"]]),
                 ("t", [["Question ref", "2"],
                        ["Question", "Explain how you will work with the Council's Public Health Funerals officer, "
                                     "search for next of kin and keep records of personal effects."],
                        ["Points", "10"],
                        ["Max characters", "3,000"]])],
                [("t", [["Question ref", "3"],
                        ["Question", "How will this contract support Sefton's communities, for example through local "
                                     "jobs, buying from Sefton businesses, and helping bereaved families and "
                                     "friends who attend these funerals?"],
                        ["Points", "15"],
                        ["Max characters", "3,000"]])],
            ]},
        ],
        "tender": {
            "title": ("Public Health Funerals Service", _SEF_SPEC, 1),
            "buyer": ("Sefton Council", _SEF_SPEC, 1),
            "service": (["Public Health Funerals Service", "public health funerals service", "public health funerals",
                         "a funeral director to carry out these funerals",
                         "carry out these funerals, from collection of the deceased to burial or cremation"],
                        _SEF_SPEC, 1),
            "area": (["Sefton", "Bootle, Crosby, Maghull and Southport"], _SEF_SPEC, 1),
            # "approx. £96,000 over the 3 years"; "£800 each" is a unit price.
            "value_gbp": (96000, _SEF_SPEC, 1),
            "months": (36, _SEF_SPEC, 1),
            # "extend by one year plus one year" = 24 months.
            "extension_months": (24, _SEF_SPEC, 1),
            # "5pm on 31st January 2030"; "17th January 2030" (questions) is a decoy.
            "deadline": ("2030-01-31", _SEF_SPEC, 1),
            # "Social value: 15 points" of "100 points".
            "social_value_weighting_percent": (15, _SEF_SPEC, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-5", _SEF_SPEC, 2),
            "framework": ("bespoke", _SEF_SPEC, 2),
        },
        "questions": [
            {"id": ["1", "Q1", "Question 1"],
             "text": "Describe how you will carry out each funeral with dignity and respect for the deceased, including "
                     "the collection, care and storage of the body and the service itself.",
             "word_limit": None, "char_limit": 4000, "weighting_percent": 15, "social_value": False,
             "source": _SEF_RF, "page": 1, "sub_criteria": []},
            {"id": ["2", "Q2", "Question 2"],
             "text": "Explain how you will work with the Council's Public Health Funerals officer, search for next of "
                     "kin and keep records of personal effects.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 10, "social_value": False,
             "source": _SEF_RF, "page": 1, "sub_criteria": []},
            # Examples sit inside the question sentence, so there are no sub-criteria.
            {"id": ["3", "Q3", "Question 3"],
             "text": "How will this contract support Sefton's communities, for example through local jobs, buying from "
                     "Sefton businesses, and helping bereaved families and friends who attend these funerals?",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 15, "social_value": True,
             "source": _SEF_RF, "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held12-pdf-university-of-chester-graduation-area-only-in-address-half-and-half-split-civic-charter-0-10",
        "files": [{"name": _UOC, "pages": [
            [("p", "University of Chester, Parkgate Road, Chester, CH1 4BJ"),
             ("h", "Academic Dress Hire and Graduation Photography"),
             ("p", "Request for Tender - Ref UOC/PROC/2030/003"),
             ("p", "The University invites tenders for the hire, fitting and return of academic gowns, hoods and caps "
                   "for around 4,000 graduates a year, and for official graduation photography at its summer and "
                   "winter ceremonies."),
             ("p", "Contract: three academic years (2030/31 to 2032/33), extendable for one further academic year."),
             ("p", "Estimated value: £0.32m (all years incl. extension). The supplier may also sell photographs to "
                   "graduates; the University takes no commission."),
             ("p", "Closing date: 12-Feb-2030 14:00. Site visit to the ceremony venue: 29-Jan-2030.")],
            [("h", "Award criteria"),
             ("t", [["Criterion", "Weighting"],
                    ["Quality", "50 per cent"],
                    ["Price", "30 per cent"],
                    ["Social Value", "20 per cent"]]),
             ("p", "Social value will be assessed against the University's Civic Charter, our commitment to the city "
                   "and region. Half of the social value marks go to the written response (Q4) and the other half "
                   "to the measurable commitments in the Schedule of Social Value Commitments."),
             ("p", "Scores run from nil (0) to ten (10), where ten is an outstanding response.")],
            [("h", "Questions"),
             ("p", "Q1 Describe how you will fit, issue and collect gowns on ceremony days, including for graduates who "
                   "use wheelchairs. (1,200 words)"),
             ("p", "Q2 Describe your photography offer, the packages and prices for graduates, and how you will "
                   "protect graduates' images and data. (1,000 words)"),
             ("p", "Q3 How will you clean, repair and store the gowns between ceremonies, and reduce waste? "
                   "(600 words)"),
             ("p", "Q4 Social value: describe the benefits your contract will bring to the local community, including "
                   "student employment, work for Chester businesses and support for the University's widening "
                   "participation work. (800 words)")],
        ]}],
        "tender": {
            "title": ("Academic Dress Hire and Graduation Photography", _UOC, 1),
            "buyer": ("University of Chester", _UOC, 1),
            "service": (["Academic Dress Hire and Graduation Photography",
                         "academic dress hire and graduation photography",
                         "the hire, fitting and return of academic gowns, hoods and caps",
                         "hire, fitting and return of academic gowns, hoods and caps for around 4,000 graduates a "
                         "year, and for official graduation photography"],
                        _UOC, 1),
            # Only in the letterhead address ("Parkgate Road, Chester").
            "area": (["Cheshire West and Chester", "Chester"], _UOC, 1),
            "value_gbp": (320000, _UOC, 1),
            "months": (36, _UOC, 1),
            "extension_months": (12, _UOC, 1),
            # "12-Feb-2030 14:00"; "29-Jan-2030" (site visit) is a decoy.
            "deadline": ("2030-02-12", _UOC, 1),
            "social_value_weighting_percent": (20, _UOC, 2),
            # "Half of the social value marks go to the written response ... and the other half to the measurable
            # commitments": 50/50.
            "qualitative_percent": (50, _UOC, 2),
            "quantitative_percent": (50, _UOC, 2),
            "scoring_scale": ("0-10", _UOC, 2),
            "framework": ("bespoke", _UOC, 2),
        },
        "questions": [
            {"id": ["Q1", "1"],
             "text": "Describe how you will fit, issue and collect gowns on ceremony days, including for graduates who "
                     "use wheelchairs.",
             "word_limit": 1200, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": _UOC, "page": 3, "sub_criteria": []},
            {"id": ["Q2", "2"],
             "text": "Describe your photography offer, the packages and prices for graduates, and how you will protect "
                     "graduates' images and data.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": _UOC, "page": 3, "sub_criteria": []},
            {"id": ["Q3", "3"],
             "text": "How will you clean, repair and store the gowns between ceremonies, and reduce waste?",
             "word_limit": 600, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": _UOC, "page": 3, "sub_criteria": []},
            # Half of the 20% social value (10%) is this question's share, but the pack does not say so per question.
            {"id": ["Q4", "4"],
             "text": ["describe the benefits your contract will bring to the local community, including student "
                      "employment, work for Chester businesses and support for the University's widening "
                      "participation work.",
                      "Social value: describe the benefits your contract will bring to the local community, including "
                      "student employment, work for Chester businesses and support for the University's widening "
                      "participation work."],
             "word_limit": 800, "char_limit": None, "weighting_percent": None, "social_value": True,
             "source": _UOC, "page": 3, "sub_criteria": []},
        ],
    },
    {
        "name": "held12-docx-and-pdf-whh-nursery-concession-marks-of-100-page-limits-ppn0620-0-100",
        "files": [
            {"name": _WHH_ITT, "pages": [
                [("h", "Workplace Nursery Concession - Warrington Hospital"),
                 ("p", "Invitation to Tender"),
                 ("p", "Warrington and Halton Teaching Hospitals NHS Foundation Trust (the Trust) is seeking an "
                       "Ofsted-registered childcare provider to run a 90-place day nursery for the children of staff at "
                       "Warrington Hospital, Lovely Lane, Warrington, open 6.30am to 8.30pm on weekdays."),
                 ("p", "Estimated contract value: £3.6 million (five years), being the fees expected to be paid by "
                       "parents. The provider pays the Trust a rent of £48,000 a year for the building."),
                 ("p", "Initial term: 60 months."),
                 ("p", "Extension: +24m (optional)."),
                 ("p", "Bids must be submitted on Atamis by Friday 1 March 2030, 12:00 hrs. The clarification window "
                       "closes on Friday 15 February 2030.")],
                [("h", "Evaluation"),
                 ("p", "Quality 70 marks, Price 20 marks, Social Value 10 marks (100 marks in total)."),
                 ("p", "Social value is evaluated in line with PPN 06/20 (the Social Value Model) using the theme "
                       "'Tackling economic inequality'."),
                 ("p", "Each response is awarded 0, 25, 50, 75 or 100 per cent of its marks: 100 excellent, 75 good, "
                       "50 satisfactory, 25 weak, 0 unacceptable.")],
            ]},
            {"name": _WHH_RT, "pages": [
                [("p", _WHH_HEAD),
                 ("h", "Response Template"),
                 ("t", [["No.", "Question", "Marks", "Max pages"],
                        ["1", "Describe how you will meet the Early Years Foundation Stage and keep an Ofsted rating of "
                              "good or outstanding.", "25", "4"],
                        ["2", "Explain how your opening hours, staffing ratios and booking arrangements will fit "
                              "around NHS shift patterns, including nights and weekends.", "20", "3"],
                        ["3", "Set out your approach to safeguarding children, including safer recruitment and the "
                              "Trust's safeguarding team.", "15", "2"],
                        ["4", "Describe your mobilisation plan for taking over the nursery, including TUPE of the "
                              "current staff.", "10", "2"]])],
                [("p", _WHH_HEAD),
                 ("h", "Social Value"),
                 ("t", [["No.", "Question", "Marks", "Max pages"],
                        ["5", "How will you help tackle economic inequality in Warrington and Halton through this "
                              "contract, for example by training local people as early years practitioners and "
                              "offering apprenticeships?", "10", "2"]])],
            ]},
        ],
        "tender": {
            "title": (["Workplace Nursery Concession - Warrington Hospital", "Workplace Nursery Concession"],
                      _WHH_ITT, 1),
            "buyer": (["Warrington and Halton Teaching Hospitals NHS Foundation Trust",
                       "Warrington and Halton Teaching Hospitals NHS Foundation Trust (the Trust)"], _WHH_ITT, 1),
            "service": (["Workplace Nursery Concession", "workplace nursery concession",
                         "run a 90-place day nursery for the children of staff at Warrington Hospital",
                         "an Ofsted-registered childcare provider to run a 90-place day nursery",
                         "a 90-place day nursery"],
                        _WHH_ITT, 1),
            "area": (["Warrington", "Warrington Hospital, Lovely Lane, Warrington"], _WHH_ITT, 1),
            # "£3.6 million (five years)"; the £48,000 yearly rent is a decoy.
            "value_gbp": (3600000, _WHH_ITT, 1),
            "months": (60, _WHH_ITT, 1),
            "extension_months": (24, _WHH_ITT, 1),
            # "Friday 1 March 2030, 12:00 hrs"; "Friday 15 February 2030" is the clarification close.
            "deadline": ("2030-03-01", _WHH_ITT, 1),
            "social_value_weighting_percent": (10, _WHH_ITT, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-100", _WHH_ITT, 2),
            "framework": ("ppn-06-20", _WHH_ITT, 2),
        },
        "questions": [
            # Marks of 100 in total: marks = percentages of the total score.
            {"id": ["1", "Q1"],
             "text": "Describe how you will meet the Early Years Foundation Stage and keep an Ofsted rating of good or "
                     "outstanding.",
             "word_limit": None, "char_limit": None, "page_limit": 4, "weighting_percent": 25, "social_value": False,
             "source": _WHH_RT, "page": 1, "sub_criteria": []},
            {"id": ["2", "Q2"],
             "text": "Explain how your opening hours, staffing ratios and booking arrangements will fit around NHS "
                     "shift patterns, including nights and weekends.",
             "word_limit": None, "char_limit": None, "page_limit": 3, "weighting_percent": 20, "social_value": False,
             "source": _WHH_RT, "page": 1, "sub_criteria": []},
            {"id": ["3", "Q3"],
             "text": "Set out your approach to safeguarding children, including safer recruitment and the Trust's "
                     "safeguarding team.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 15, "social_value": False,
             "source": _WHH_RT, "page": 1, "sub_criteria": []},
            {"id": ["4", "Q4"],
             "text": "Describe your mobilisation plan for taking over the nursery, including TUPE of the current "
                     "staff.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 10, "social_value": False,
             "source": _WHH_RT, "page": 1, "sub_criteria": []},
            {"id": ["5", "Q5"],
             "text": "How will you help tackle economic inequality in Warrington and Halton through this contract, for "
                     "example by training local people as early years practitioners and offering apprenticeships?",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 10, "social_value": True,
             "source": _WHH_RT, "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held12-docx-wirral-floral-pavilion-catering-concession-key-facts-split-as-shares-cm-toms-1-5",
        "files": [{"name": _WIR, "pages": [
            [("h", "Catering and Bar Concession - Floral Pavilion Theatre"),
             ("p", "Invitation to Tender"),
             ("p", "Wirral Council, Regeneration and Place"),
             ("p", "We are looking for an operator to run the café, theatre bars and conference catering at the Floral "
                   "Pavilion Theatre and Conference Centre, Marine Promenade, New Brighton, for around 300 shows and "
                   "150 conference days a year."),
             ("t", [["Key facts", ""],
                    ["Estimated value", "£1.25m over the initial term (forecast gross sales)"],
                    ["Minimum concession fee", "£40,000 per year, or 7% of gross sales if higher"],
                    ["Duration", "four years, with an option to extend for 1 + 1 years"],
                    ["Clarification deadline", "14.02.2030"],
                    ["Submission deadline", "28.02.2030 at 12 noon"]])],
            [("h", "Evaluation"),
             ("t", [["Evaluation criterion", "Weighting"],
                    ["Commercial offer (concession fee)", "45%"],
                    ["Quality", "40%"],
                    ["Social value", "15%"]]),
             ("p", "Social value (15%): narrative response 9%, TOMs offer 6%. The TOMs offer is made using the "
                   "Cheshire and Merseyside TOMs, against which social value is assessed."),
             ("p", "Quality and social value answers are scored 1 to 5 (1 = poor, 5 = excellent)."),
             ("t", [["Ref", "Question", "Weighting", "Word limit"],
                    ["E1", "Describe your menus and bar offer for theatre audiences and conference delegates, "
                           "including how you will serve a full interval bar in 15 minutes.", "15%", "1,000"],
                    ["E2", "Explain how you will manage food hygiene, allergens and the premises licence, including "
                           "Challenge 25.", "15%", "750"],
                    ["E3", "Set out your plans to refurbish the café and how you will grow sales over the term.", "10%",
                     "750"],
                    ["E4", "Social value: tell us how you will recruit and train Wirral residents, buy from Wirral food "
                           "and drink producers, and support the Floral Pavilion's community arts programme.", "9%",
                     "800"]])],
        ]}],
        "tender": {
            "title": (["Catering and Bar Concession - Floral Pavilion Theatre", "Catering and Bar Concession"], _WIR, 1),
            "buyer": ("Wirral Council", _WIR, 1),
            "service": (["Catering and Bar Concession", "catering and bar concession",
                         "run the café, theatre bars and conference catering at the Floral Pavilion Theatre and "
                         "Conference Centre",
                         "an operator to run the café, theatre bars and conference catering",
                         "the café, theatre bars and conference catering"],
                        _WIR, 1),
            "area": (["Wirral", "New Brighton", "Marine Promenade, New Brighton"], _WIR, 1),
            # "£1.25m over the initial term"; the £40,000 fee and 7% share are decoys.
            "value_gbp": (1250000, _WIR, 1),
            "months": (48, _WIR, 1),
            "extension_months": (24, _WIR, 1),
            # "28.02.2030 at 12 noon"; "14.02.2030" is the clarification deadline.
            "deadline": ("2030-02-28", _WIR, 1),
            "social_value_weighting_percent": (15, _WIR, 2),
            # "narrative response 9%, TOMs offer 6%" of the 15%: 60/40.
            "qualitative_percent": (60, _WIR, 2),
            "quantitative_percent": (40, _WIR, 2),
            "scoring_scale": ("1-5", _WIR, 2),
            "framework": ("cm-toms", _WIR, 2),
        },
        "questions": [
            {"id": "E1", "text": "Describe your menus and bar offer for theatre audiences and conference delegates, "
                                 "including how you will serve a full interval bar in 15 minutes.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _WIR, "page": 2, "sub_criteria": []},
            # Food hygiene and licensing: not social value.
            {"id": "E2", "text": "Explain how you will manage food hygiene, allergens and the premises licence, "
                                 "including Challenge 25.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _WIR, "page": 2, "sub_criteria": []},
            {"id": "E3", "text": "Set out your plans to refurbish the café and how you will grow sales over the term.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _WIR, "page": 2, "sub_criteria": []},
            {"id": "E4",
             "text": ["tell us how you will recruit and train Wirral residents, buy from Wirral food and drink "
                      "producers, and support the Floral Pavilion's community arts programme.",
                      "Social value: tell us how you will recruit and train Wirral residents, buy from Wirral food and "
                      "drink producers, and support the Floral Pavilion's community arts programme."],
             "word_limit": 800, "char_limit": None, "weighting_percent": 9, "social_value": True,
             "source": _WIR, "page": 2, "sub_criteria": []},
        ],
    },
]
