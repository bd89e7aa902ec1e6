"""An eleventh held-out set for the tender intake, written by a separate writer who never read the extractor's code
(nor its tests, prompts or scripts), and committed before the extractor was run on it. Six packs from buyers and
services the earlier sets do not use (a council's seasonal beach lifeguard service, a council's community ESOL and
family learning, a council's town centre events programme, a council's replacement cremators with maintenance, a
council's electric vehicle chargepoint concession and a housing association's kitchen and bathroom replacements), in
five Cheshire and Merseyside areas (Wirral, Halton twice, St Helens, Warrington, Cheshire West and Chester), split as:
a single PDF with a running header and an "OFFICIAL | page N" footer on every page and its weightings given only as
marks out of 1,000; a PDF ITT with a terse shorthand key-facts table plus a Word questionnaire with a response box
under each question; two Word files (a request for tender and a tender response document with one table box per
question); three files (ITT PDF with a timetable table, a Word pricing schedule full of decoy numbers and a separate
Word social value response form); a Word ITT for a concession plus a PDF response template (question table with a
"Page limit" column, and a running header); and a single Word ITT whose question table is repeated, with its header,
on the social value page.

Phrasings tested: values written in words with the figure in brackets ("one million four hundred and forty thousand
pounds (£1,440,000) exclusive of VAT"), "£212k p.a.; £848k over the 4 yrs incl. extensions", "up to £0.6m across
the whole term (inc. any extension)", "Estimated whole-life value: £2.35M" (beside a current annual maintenance cost
and 30/60/10 stage payments in the pricing schedule), "approximately £3 million in charging revenue" (beside an "up
to £1.9m" capital contribution) and "£7,800,000 (Years 1-4)"; terms "an initial term of 36 months ... extend the
contract once, by up to twelve months", "2 yrs (Aug 2030 - Jul 2032) + poss. ext. of 2 x 12 mths", "one year ...
extend year-on-year for up to two further years", "10 years from commissioning + optional 5-year extension",
"Fifteen (15) years ... No extension is available." and "48 months" with "extended so that the total period does not
exceed 72 months"; deadlines "14:00 (UK time) on Tues 4th Sept. 2029" (beside "Tues 21st Aug. 2029"), "12.00 on 12
Oct '29" (beside "28 Sept '29"), "by 15:00 on the nineteenth of October 2029" (ordinal in words, beside "the fifth of
October 2029"), a timetable row "2 November 2029 (12:00 noon)" among other dates, "23rd November, 2029 - 12 noon"
(comma after the month, beside "9th November, 2029") and "11am, Thursday the 6th of December 2029". Social value
weighting as marks ("Social Value | 150" of "Total | 1,000", so 15), as a share of the quality score in a table
(15% of quality, with "Price 30 / Quality 70": derived 10.5), as a fraction in words ("one fifth" of quality, with
"Half of the marks are for price and half for quality": derived 10), an award table row "Social Value | 20%", a
decimal row "Social value | 12.5%", and bare numbers "Price 50 | Quality 35 | Social Value 15 (percentages of the
total score)". Two packs state a split: marks ("105 are for the written method statement ... 45 are for the TOMs
commitments": 70/30) and "split 40% qualitative and 60% quantitative"; the others give decoys (30/70, one fifth /
three fifths, 45/35/20, 20%/80% payments, a 10% revenue share). Scales as descriptors: a grade table Excellent 5 to
Unacceptable 0 (0-5), "0 = Fail, 1 = Weak, 2 = Adequate, 3 = Strong" (0-3), "Unsatisfactory (0) - Limited (1) -
Satisfactory (2) - Good (3) - Outstanding (4)" (0-4), "marked out of ten (0 = no response, 10 = exceptional)"
(0-10), "between 1 (very poor) and 10 (outstanding)" with no zero (1-10), and a 100/70/50/20/0 descriptor table
(0-100). Frameworks cm-toms ("Cheshire & Merseyside TOMs"), ppn-002, none (TOMs named only to say no TOMs return is
needed), national-toms, bespoke (a council's Social Value Policy Statement) and bespoke (a housing association's
Community Promise). The social value question is called "Social value method statement" (marks, bullets), "Social
value" (bullets, "(600 words max)"), an untitled "SV1" box in a "Social Value" section with examples inside the
sentence, "Social value in Warrington" (bullets in a separate form, "Response length: 1,200 words or fewer"), "Local
benefit from the network" (bullets, "Page limit: 3 pages") and a Q5 row on its own page. Limits are written "No more
than four sides of A4", "(800 words max)", "6,000 incl. spaces" in a "Character limit" row, "Max 1,500 words", a
"Page limit" column ("4 pages") and a "Limit" column ("1,000 words"). Decoys: incident response with the coastguard,
safeguarding (twice, once with Prevent), event safety management, an environmental permit and emissions question,
health and safety during installation, accessibility of chargepoints (PAS 1899), asbestos and the Building Safety Act,
a Combined Authority named as the funder (not the buyer), none of them social value questions. Same shape as
evals/intake_dev.py; a question's ``page_limit`` is scored where given. Its first-run numbers are the unseen
estimate.
"""

_WIRRAL = "Wirral Council - Beach Lifeguard Service ITT.pdf"
_WIRRAL_HEADER = "Wirral Council | Beach Lifeguard and Water Safety Service | ITT ref WC/NS/0931"
_HALTON_ITT = "HBC ESOL and Family Learning ITT.pdf"
_HALTON_Q = "HBC ESOL and Family Learning - Quality Questionnaire.docx"
_STH_ITT = "SHBC Town Centre Events - Request for Tender.docx"
_STH_TRD = "SHBC Town Centre Events - Tender Response Document.docx"
_WBC_ITT = "WBC Walton Lea Cremators ITT.pdf"
_WBC_PRICE = "WBC Walton Lea Cremators - Schedule 3 Pricing.docx"
_WBC_SV = "WBC Walton Lea Cremators - Social Value Response Form.docx"
_CWAC_ITT = "CWaC EV Chargepoints Concession ITT.docx"
_CWAC_RT = "CWaC EV Chargepoints Response Template.pdf"
_CWAC_HEADER = "CWaC EV Chargepoints Concession - Response Template - v1.2"
_HH = "Halton Housing - Kitchens and Bathrooms ITT.docx"


def _wirral_footer(n):
    return ("p", "OFFICIAL | page %d" % n)


PACKS = [
    {
        "name": "held11-pdf-wirral-beach-lifeguards-marks-out-of-1000-value-in-words-cm-toms-split-by-marks-0-5-grades",
        "files": [{"name": _WIRRAL, "pages": [
            [("p", _WIRRAL_HEADER),
             ("h", "Beach Lifeguard and Water Safety Service"),
             ("p", "Invitation to Tender (Open Procedure)"),
             ("p", "Wirral Council - Neighbourhood Services (Parks, Countryside and Coast)"),
             ("p", "Tender return: 14:00 (UK time) on Tues 4th Sept. 2029"),
             _wirral_footer(1)],
            [("p", _WIRRAL_HEADER),
             ("h", "1. About this contract"),
             ("p", "Wirral Council (\"the Council\") wants a provider to run a seasonal beach lifeguard service at New "
                   "Brighton, West Kirby and Hoylake beaches, with cover every day from the May half-term to the end of "
                   "September, together with water safety talks in Wirral primary and secondary schools."),
             ("p", "The total contract value, including the optional extension, is one million four hundred and forty "
                   "thousand pounds (£1,440,000) exclusive of VAT."),
             ("p", "Term: an initial term of 36 months commencing 1 April 2030. The Council may extend the contract "
                   "once, by up to twelve months, to cover the 2033 bathing season."),
             ("p", "Timetable: clarification questions close at 14:00 on Tues 21st Aug. 2029; tenders must be returned "
                   "by 14:00 (UK time) on Tues 4th Sept. 2029; we expect to announce a decision in Nov. 2029."),
             _wirral_footer(2)],
            [("p", _WIRRAL_HEADER),
             ("h", "2. How tenders will be marked"),
             ("t", [["Envelope", "Marks available"],
                    ["Price", "400"],
                    ["Quality", "450"],
                    ["Social Value", "150"],
                    ["Total", "1,000"]]),
             ("p", "Social value is assessed using the Cheshire & Merseyside TOMs (Themes, Outcomes and Measures). Of "
                   "the 150 social value marks, 105 are for the written method statement (question Q4) and 45 are for "
                   "the TOMs commitments you enter in the Social Value Portal, which are compared with the other "
                   "bidders' offers."),
             ("p", "Each written answer is given one of the grades below; the marks for the question are then scaled by "
                   "the grade's score out of 5."),
             ("t", [["Grade", "Score", "What it means"],
                    ["Excellent", "5", "Fully answers the question with strong, relevant evidence"],
                    ["Very good", "4", "Answers the question well with minor gaps"],
                    ["Good", "3", "Answers most of the question"],
                    ["Satisfactory", "2", "Some gaps or limited evidence"],
                    ["Poor", "1", "Major gaps"],
                    ["Unacceptable", "0", "No answer, or does not answer the question"]]),
             _wirral_footer(3)],
            [("p", _WIRRAL_HEADER),
             ("h", "3. Quality questions"),
             ("p", "Q1 Lifeguard cover and qualifications - 200 marks"),
             ("p", "Describe how you will staff each beach every day of the season with lifeguards holding the "
                   "National Vocational Beach Lifeguard Qualification (NVBLQ), including extra cover on hot days and "
                   "school holidays."),
             ("p", "No more than four sides of A4."),
             ("p", "Q2 Incident response - 150 marks"),
             ("p", "Explain how your lifeguards will work with HM Coastguard, the RNLI lifeboat stations at New Brighton "
                   "and West Kirby and the North West Ambulance Service during an incident on the beach or in the "
                   "water."),
             ("p", "No more than three sides of A4."),
             ("p", "Q3 Safeguarding - 100 marks"),
             ("p", "Set out how you will protect children and adults at risk on the beaches, including lost children, "
                   "and how your staff will report concerns to the Council's safeguarding teams."),
             ("p", "No more than two sides of A4."),
             _wirral_footer(4)],
            [("p", _WIRRAL_HEADER),
             ("h", "4. Social value"),
             ("p", "Q4 Social value method statement - 105 marks"),
             ("p", "Tell us what your organisation will do for Wirral's coastal communities through this contract, "
                   "beyond the lifeguard service itself. In particular we want to know about:"),
             ("b", "recruiting and training young people from Wallasey, Birkenhead and Leasowe as lifeguards, including "
                   "paying for their NVBLQ"),
             ("b", "free swimming and water safety sessions for children who cannot yet swim 25 metres"),
             ("b", "how the TOMs commitments you enter in the Social Value Portal will be delivered, evidenced and "
                   "reported each season"),
             ("p", "No more than three sides of A4."),
             ("p", "The other 45 social value marks come from your TOMs commitments in the Social Value Portal; there "
                   "is no written question for them."),
             _wirral_footer(5)],
        ]}],
        "tender": {
            # The title is on the cover; it is repeated (with "and") in the running header on every page.
            "title": ("Beach Lifeguard and Water Safety Service", _WIRRAL, 1),
            # "Wirral Council - Neighbourhood Services (...)": the body, not the directorate.
            "buyer": ("Wirral Council", _WIRRAL, [1, 2]),
            "service": (["Beach Lifeguard and Water Safety Service", "beach lifeguard and water safety service",
                         "a seasonal beach lifeguard service", "seasonal beach lifeguard service",
                         "run a seasonal beach lifeguard service at New Brighton, West Kirby and Hoylake beaches"],
                        _WIRRAL, [1, 2]),
            "area": (["Wirral", "New Brighton, West Kirby and Hoylake"], _WIRRAL, [1, 2]),
            # Written in words with the figure in brackets: "one million four hundred and forty thousand pounds
            # (£1,440,000) exclusive of VAT".
            "value_gbp": (1440000, _WIRRAL, 2),
            # "an initial term of 36 months ... extend the contract once, by up to twelve months".
            "months": (36, _WIRRAL, 2),
            "extension_months": (12, _WIRRAL, 2),
            # "Tues 4th Sept. 2029" on the cover and in section 1; "Tues 21st Aug. 2029" (clarifications) is a decoy.
            "deadline": ("2029-09-04", _WIRRAL, [1, 2]),
            # Given only as marks: "Social Value | 150" of "Total | 1,000" = 15% of the total.
            "social_value_weighting_percent": (15, _WIRRAL, 3),
            # "Of the 150 social value marks, 105 are for the written method statement ... and 45 are for the TOMs
            # commitments": 70% qualitative, 30% quantitative.
            "qualitative_percent": (70, _WIRRAL, 3),
            "quantitative_percent": (30, _WIRRAL, 3),
            # A grade table scoring Excellent 5 down to Unacceptable 0.
            "scoring_scale": ("0-5", _WIRRAL, 3),
            "framework": ("cm-toms", _WIRRAL, 3),
        },
        "questions": [
            # Weightings are marks out of the stated total of 1,000: 200 marks = 20% of the total score.
            {"id": ["Q1", "1", "Question 1"],
             "text": "Describe how you will staff each beach every day of the season with lifeguards holding the "
                     "National Vocational Beach Lifeguard Qualification (NVBLQ), including extra cover on hot days and "
                     "school holidays.",
             "word_limit": None, "char_limit": None, "page_limit": 4, "weighting_percent": 20, "social_value": False,
             "source": _WIRRAL, "page": 4, "sub_criteria": []},
            # Incident response with the emergency services: not social value.
            {"id": ["Q2", "2", "Question 2"],
             "text": "Explain how your lifeguards will work with HM Coastguard, the RNLI lifeboat stations at New "
                     "Brighton and West Kirby and the North West Ambulance Service during an incident on the beach or "
                     "in the water.",
             "word_limit": None, "char_limit": None, "page_limit": 3, "weighting_percent": 15, "social_value": False,
             "source": _WIRRAL, "page": 4, "sub_criteria": []},
            # Safeguarding: not social value.
            {"id": ["Q3", "3", "Question 3"],
             "text": "Set out how you will protect children and adults at risk on the beaches, including lost "
                     "children, and how your staff will report concerns to the Council's safeguarding teams.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 10, "social_value": False,
             "source": _WIRRAL, "page": 4, "sub_criteria": []},
            # 105 marks of 1,000 = 10.5% (the qualitative part of the 15%).
            {"id": ["Q4", "4", "Question 4"],
             "text": ["Tell us what your organisation will do for Wirral's coastal communities through this contract, "
                      "beyond the lifeguard service itself.",
                      "Tell us what your organisation will do for Wirral's coastal communities through this contract, "
                      "beyond the lifeguard service itself. In particular we want to know about:"],
             "word_limit": None, "char_limit": None, "page_limit": 3, "weighting_percent": 10.5, "social_value": True,
             "source": _WIRRAL, "page": 5,
             "sub_criteria": ["recruiting and training young people from Wallasey, Birkenhead and Leasowe as "
                              "lifeguards, including paying for their NVBLQ",
                              "free swimming and water safety sessions for children who cannot yet swim 25 metres",
                              "how the TOMs commitments you enter in the Social Value Portal will be delivered, "
                              "evidenced and reported each season"]},
        ],
    },
    {
        "name": "held11-pdf-and-docx-halton-esol-shorthand-key-facts-k-values-share-of-quality-table-ppn002-0-3",
        "files": [
            {"name": _HALTON_ITT, "pages": [
                [("h", "Community ESOL and Family Learning Programme"),
                 ("p", "Invitation to Tender"),
                 ("p", "Halton Borough Council, Adult Learning and Skills Service"),
                 ("t", [["Ref", "HBC/ALS/29/044"],
                        ["What", "Community-based ESOL (English for Speakers of Other Languages) classes, pre-entry to "
                                 "Level 1, and family learning sessions for adults in Runcorn and Widnes"],
                        ["Budget", "£212k p.a.; £848k over the 4 yrs incl. extensions"],
                        ["Term", "2 yrs (Aug 2030 - Jul 2032) + poss. ext. of 2 x 12 mths"],
                        ["Clarifications close", "28 Sept '29, 12.00"],
                        ["Deadline", "12.00 on 12 Oct '29"]]),
                 ("p", "The programme is funded from the Adult Skills Fund allocated to the Council by the Liverpool City "
                       "Region Combined Authority. Providers must be rated good or outstanding by Ofsted, or show "
                       "equivalent quality, and must be on the register of apprenticeship and training providers.")],
                [("h", "Evaluation"),
                 ("p", "Price 30 / Quality 70."),
                 ("p", "The quality score is made up as follows (percentages of the quality score, not of the overall "
                       "score):"),
                 ("t", [["Quality area", "Share of quality"],
                        ["Teaching, learning and assessment", "40%"],
                        ["Learner recruitment and progression", "30%"],
                        ["Safeguarding and Prevent", "15%"],
                        ["Social value", "15%"]]),
                 ("p", "Social value is assessed using the Social Value Model set out in Procurement Policy Note PPN 002."),
                 ("p", "Scoring: 0 = Fail, 1 = Weak, 2 = Adequate, 3 = Strong. A score of 0 on any question means the "
                       "tender will be rejected.")],
            ]},
            {"name": _HALTON_Q, "pages": [
                [("h", "Quality Questionnaire - Community ESOL and Family Learning"),
                 ("p", "Answer all questions in the box under each one. Word limits are strict; anything beyond the "
                       "limit will not be read."),
                 ("p", "Q1. Teaching, learning and assessment"),
                 ("p", "How will you plan, teach and assess ESOL courses from pre-entry to Level 1 so that learners "
                       "achieve their qualifications, incl. initial assessment and individual learning plans?"),
                 ("p", "(800 words max)"),
                 ("t", [["Response"], ["[insert response]"]]),
                 ("p", "Q2. Learner recruitment and progression"),
                 ("p", "Describe how you will reach adults in Halton who need ESOL, incl. refugees and asylum seekers, "
                       "and help them progress to further learning, volunteering or work."),
                 ("p", "(800 words max)"),
                 ("t", [["Response"], ["[insert response]"]]),
                 ("p", "Q3. Safeguarding and Prevent"),
                 ("p", "Explain your safeguarding and Prevent duty arrangements for adult learners and for children "
                       "attending family learning sessions."),
                 ("p", "(500 words max)"),
                 ("t", [["Response"], ["[insert response]"]])],
                [("p", "Q4. Social value"),
                 ("p", "What additional social value will you deliver for Halton residents through this contract? "
                       "Please refer to:"),
                 ("b", "employing local people as tutors and learning assistants, incl. former ESOL learners"),
                 ("b", "partnerships with Halton voluntary and community groups, e.g. for childcare so that parents "
                       "can attend"),
                 ("b", "how you will measure and report social value outcomes to the Council each term"),
                 ("p", "(600 words max)"),
                 ("t", [["Response"], ["[insert response]"]])],
            ]},
        ],
        "tender": {
            "title": ("Community ESOL and Family Learning Programme", _HALTON_ITT, 1),
            # "Halton Borough Council, Adult Learning and Skills Service": the body, not the service after the comma.
            # The Liverpool City Region Combined Authority is named only as the funder.
            "buyer": ("Halton Borough Council", _HALTON_ITT, 1),
            "service": (["Community ESOL and Family Learning Programme", "community ESOL and family learning",
                         "Community-based ESOL (English for Speakers of Other Languages) classes, pre-entry to Level 1, "
                         "and family learning sessions for adults in Runcorn and Widnes",
                         "Community-based ESOL (English for Speakers of Other Languages) classes"],
                        _HALTON_ITT, 1),
            "area": (["Halton", "Runcorn and Widnes"], _HALTON_ITT, 1),
            # "£848k over the 4 yrs incl. extensions"; "£212k p.a." is the annual figure.
            "value_gbp": (848000, _HALTON_ITT, 1),
            # "2 yrs (Aug 2030 - Jul 2032) + poss. ext. of 2 x 12 mths".
            "months": (24, _HALTON_ITT, 1),
            "extension_months": (24, _HALTON_ITT, 1),
            # "12.00 on 12 Oct '29" (two-digit year after an apostrophe); "28 Sept '29" is the clarification close.
            "deadline": ("2029-10-12", _HALTON_ITT, 1),
            # Derived: social value "15%" of the quality score ("percentages of the quality score, not of the overall
            # score") x "Quality 70" = 10.5% of the total.
            "social_value_weighting_percent": (10.5, _HALTON_ITT, 2),
            # Price 30 / Quality 70 and the 40/30/15/15 quality shares are not a social value split.
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-3", _HALTON_ITT, 2),
            "framework": ("ppn-002", _HALTON_ITT, 2),
        },
        "questions": [
            # No question carries a weighting of its own: the shares are given for quality areas in the ITT.
            {"id": ["Q1", "1"],
             "text": "How will you plan, teach and assess ESOL courses from pre-entry to Level 1 so that learners "
                     "achieve their qualifications, incl. initial assessment and individual learning plans?",
             "word_limit": 800, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": _HALTON_Q, "page": 1, "sub_criteria": []},
            {"id": ["Q2", "2"],
             "text": "Describe how you will reach adults in Halton who need ESOL, incl. refugees and asylum seekers, "
                     "and help them progress to further learning, volunteering or work.",
             "word_limit": 800, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": _HALTON_Q, "page": 1, "sub_criteria": []},
            # Safeguarding and Prevent: not social value.
            {"id": ["Q3", "3"],
             "text": "Explain your safeguarding and Prevent duty arrangements for adult learners and for children "
                     "attending family learning sessions.",
             "word_limit": 500, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": _HALTON_Q, "page": 1, "sub_criteria": []},
            {"id": ["Q4", "4"],
             "text": ["What additional social value will you deliver for Halton residents through this contract?",
                      "What additional social value will you deliver for Halton residents through this contract? "
                      "Please refer to:"],
             "word_limit": 600, "char_limit": None, "weighting_percent": None, "social_value": True,
             "source": _HALTON_Q, "page": 2,
             "sub_criteria": ["employing local people as tutors and learning assistants, incl. former ESOL learners",
                              "partnerships with Halton voluntary and community groups, e.g. for childcare so that "
                              "parents can attend",
                              "how you will measure and report social value outcomes to the Council each term"]},
        ],
    },
    {
        "name": "held11-two-docx-st-helens-events-date-in-words-one-fifth-of-quality-derived-toms-not-used-0-4",
        "files": [
            {"name": _STH_ITT, "pages": [
                [("h", "St Helens Town Centre Events Programme"),
                 ("p", "Request for Tender"),
                 ("p", "St Helens Borough Council (the Council) invites tenders from experienced event management "
                       "companies to plan and deliver a programme of free public events in St Helens town centre and "
                       "Earlestown: a spring food and drink festival, summer family fun days in Victoria Square, a "
                       "Halloween trail and the Christmas lights switch-on and market."),
                 ("p", "The agreement will run for one year from 1 March 2030, with the option to extend year-on-year "
                       "for up to two further years."),
                 ("p", "The Council has set aside up to £0.6m across the whole term (inc. any extension) for the "
                       "programme, covering production, staging, stewarding, traffic management and marketing. "
                       "Sponsorship income raised by the provider is in addition to this figure."),
                 ("p", "Questions about this tender may be raised through The Chest until the fifth of October 2029. "
                       "Completed tenders must be uploaded to The Chest by 15:00 on the nineteenth of October 2029.")],
                [("h", "How we will evaluate"),
                 ("p", "Half of the marks are for price and half for quality. Quality is made up of three envelopes: "
                       "Event delivery (three fifths of the quality marks), Health and safety (one fifth) and Social "
                       "Value (one fifth)."),
                 ("p", "Bidders do not need to complete a TOMs return or use the Social Value Portal for this contract; "
                       "the Social Value answer is marked on its written content alone."),
                 ("p", "Each answer is given one of the following descriptors: Unsatisfactory (0) - Limited (1) - "
                       "Satisfactory (2) - Good (3) - Outstanding (4)."),
                 ("p", "Payment: 20% of each year's fee on approval of that year's event plan and 80% in arrears after "
                       "each event, against invoices.")],
            ]},
            {"name": _STH_TRD, "pages": [
                [("h", "Tender Response Document"),
                 ("p", "Complete one box per question. Character limits include spaces; text over the limit will not "
                       "be marked."),
                 ("h", "Event delivery"),
                 ("t", [["Question no.", "ED1"],
                        ["Question", "Describe how you will plan and produce the four annual events, including booking "
                                     "performers and traders, staging, and the programme for each event in the first "
                                     "year."],
                        ["Character limit", "6,000 incl. spaces"]]),
                 ("t", [["Question no.", "ED2"],
                        ["Question", "Explain how you will market the events and measure attendance, town centre "
                                     "footfall and visitor satisfaction."],
                        ["Character limit", "4,000 incl. spaces"]]),
                 ("h", "Health and safety"),
                 ("t", [["Question no.", "HS1"],
                        ["Question", "Set out your event safety management plan, including crowd management, "
                                     "stewarding, traffic management and liaison with Merseyside Police and the "
                                     "Council's Safety Advisory Group."],
                        ["Character limit", "5,000 incl. spaces"]])],
                [("h", "Social Value"),
                 ("t", [["Question no.", "SV1"],
                        ["Question", "How will your delivery of the programme benefit St Helens people and businesses, "
                                     "in particular local traders, food producers and performers, and young people "
                                     "looking for experience in the events industry?"],
                        ["Character limit", "5,000 incl. spaces"]])],
            ]},
        ],
        "tender": {
            "title": ("St Helens Town Centre Events Programme", _STH_ITT, 1),
            "buyer": (["St Helens Borough Council", "St Helens Borough Council (the Council)"], _STH_ITT, 1),
            "service": (["St Helens Town Centre Events Programme", "town centre events programme",
                         "plan and deliver a programme of free public events in St Helens town centre and Earlestown",
                         "a programme of free public events in St Helens town centre and Earlestown",
                         "a programme of free public events"],
                        _STH_ITT, 1),
            "area": (["St Helens", "St Helens town centre and Earlestown", "St Helens town centre"], _STH_ITT, 1),
            # "up to £0.6m across the whole term (inc. any extension)".
            "value_gbp": (600000, _STH_ITT, 1),
            # "one year ... extend year-on-year for up to two further years".
            "months": (12, _STH_ITT, 1),
            "extension_months": (24, _STH_ITT, 1),
            # "by 15:00 on the nineteenth of October 2029" (day as an ordinal in words); "the fifth of October 2029"
            # (questions close) is a decoy.
            "deadline": ("2029-10-19", _STH_ITT, 1),
            # Derived: Social Value is "one fifth" of the quality marks, and quality is "half of the marks" = 10%.
            "social_value_weighting_percent": (10, _STH_ITT, 2),
            # Price/quality halves, three fifths/one fifth envelopes and the 20/80 payment terms are decoys.
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-4", _STH_ITT, 2),
            # TOMs and the Social Value Portal are named only to say they are not used; nothing else is named.
            "framework": None,
        },
        "questions": [
            # No weighting is given per question, only the envelope fractions.
            {"id": "ED1", "text": "Describe how you will plan and produce the four annual events, including booking "
                                  "performers and traders, staging, and the programme for each event in the first year.",
             "word_limit": None, "char_limit": 6000, "weighting_percent": None, "social_value": False,
             "source": _STH_TRD, "page": 1, "sub_criteria": []},
            {"id": "ED2", "text": "Explain how you will market the events and measure attendance, town centre footfall "
                                  "and visitor satisfaction.",
             "word_limit": None, "char_limit": 4000, "weighting_percent": None, "social_value": False,
             "source": _STH_TRD, "page": 1, "sub_criteria": []},
            # Event safety management: not social value.
            {"id": "HS1", "text": "Set out your event safety management plan, including crowd management, stewarding, "
                                  "traffic management and liaison with Merseyside Police and the Council's Safety "
                                  "Advisory Group.",
             "word_limit": None, "char_limit": 5000, "weighting_percent": None, "social_value": False,
             "source": _STH_TRD, "page": 1, "sub_criteria": []},
            # Examples sit inside the question sentence ("in particular ..."), so there are no sub-criteria.
            {"id": "SV1", "text": "How will your delivery of the programme benefit St Helens people and businesses, in "
                                  "particular local traders, food producers and performers, and young people looking "
                                  "for experience in the events industry?",
             "word_limit": None, "char_limit": 5000, "weighting_percent": None, "social_value": True,
             "source": _STH_TRD, "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held11-three-files-warrington-cremators-timetable-pricing-decoys-sv-form-national-toms-40-60-0-10",
        "files": [
            {"name": _WBC_ITT, "pages": [
                [("h", "Replacement Cremators and Mercury Abatement - Walton Lea Crematorium"),
                 ("p", "Invitation to Tender"),
                 ("p", "Warrington Borough Council - Bereavement Services"),
                 ("p", "The Council requires the design, supply and installation of two new cremators with shared "
                       "mercury abatement and heat recovery at Walton Lea Crematorium, Warrington, and their full "
                       "maintenance after commissioning."),
                 ("t", [["Milestone", "Date"],
                        ["ITT published", "1 October 2029"],
                        ["Site visits", "10 and 11 October 2029"],
                        ["Clarification deadline", "19 October 2029"],
                        ["Tender return", "2 November 2029 (12:00 noon)"],
                        ["Award (indicative)", "January 2030"]])],
                [("h", "Contract value and term"),
                 ("p", "Estimated whole-life value: £2.35M (supply and installation, plus maintenance over the initial "
                       "term)."),
                 ("p", "Term: 10 years from commissioning + optional 5-year extension (maintenance only)."),
                 ("h", "Award criteria"),
                 ("t", [["Criterion", "Weighting"],
                        ["Commercial", "45%"],
                        ["Technical", "35%"],
                        ["Social Value", "20%"]]),
                 ("p", "Social value is assessed against the National TOMs (Themes, Outcomes and Measures), 2024 "
                       "edition. The social value weighting (20%) is split 40% qualitative and 60% quantitative: 8 of "
                       "the 20 percentage points are for your written response to SV1 and 12 for the measures you "
                       "commit to in the National TOMs calculator."),
                 ("p", "Technical and social value responses are marked out of ten (0 = no response, 10 = exceptional), "
                       "then multiplied by the question weighting.")],
                [("h", "Technical questions"),
                 ("p", "Weightings are shown as percentages of the total score."),
                 ("p", "T1 Design and installation (15%)"),
                 ("p", "Describe the cremators and abatement plant you propose, and how you will install them while "
                       "keeping at least one cremator in service at all times."),
                 ("p", "Max 1,500 words"),
                 ("p", "T2 Maintenance and breakdown response (10%)"),
                 ("p", "Set out your planned maintenance regime and how you will attend a breakdown within 24 hours, "
                       "including the spares you will hold on site."),
                 ("p", "Max 1,000 words"),
                 ("p", "T3 Environmental permit and emissions (5%)"),
                 ("p", "Explain how the new plant will meet the emission limits in the crematorium's environmental permit "
                       "and how you will monitor and report emissions."),
                 ("p", "Max 750 words"),
                 ("p", "T4 Health and safety during installation (5%)"),
                 ("p", "Describe how you will manage health and safety on site during the works, including working "
                       "around funeral services that continue while the works take place."),
                 ("p", "Max 750 words")],
            ]},
            {"name": _WBC_PRICE, "pages": [
                [("h", "Schedule 3 – Pricing Schedule"),
                 ("t", [["Item", "Description", "Qty", "Unit price (£)", "Total (£)"],
                        ["1", "Cremator supply and installation", "2", "", ""],
                        ["2", "Mercury abatement and heat recovery plant", "1", "", ""],
                        ["3", "Annual maintenance, years 1-10", "10", "", ""],
                        ["4", "Annual maintenance, extension years 11-15", "5", "", ""]]),
                 ("p", "For information: the current annual maintenance cost of the existing cremators is £38,400."),
                 ("p", "Prices for items 3 and 4 are to be held firm for the first 24 months and then indexed each year "
                       "by CPI."),
                 ("p", "Stage payments for items 1 and 2: 30% on order, 60% on commissioning and 10% after the 12-month "
                       "defects period.")],
            ]},
            {"name": _WBC_SV, "pages": [
                [("h", "Social Value Response Form"),
                 ("p", "This form is your qualitative social value response. It is worth 8% of the total score (40% of "
                       "the 20% social value weighting)."),
                 ("p", "SV1 – Social value in Warrington (8%)"),
                 ("p", "Describe how you will deliver the National TOMs measures you have committed to in the calculator, "
                       "and any further social value for Warrington, during the installation works and the maintenance "
                       "term. Address each of the following:"),
                 ("b", "jobs and work experience for Warrington residents during the installation works"),
                 ("b", "use of Warrington and Cheshire subcontractors and suppliers"),
                 ("b", "how you will evidence each commitment and report it to the Council every six months"),
                 ("p", "Response length: 1,200 words or fewer."),
                 ("t", [["Bidder response"], ["[type here]"]])],
            ]},
        ],
        "tender": {
            "title": (["Replacement Cremators and Mercury Abatement - Walton Lea Crematorium",
                       "Replacement Cremators and Mercury Abatement"], _WBC_ITT, 1),
            "buyer": ("Warrington Borough Council", _WBC_ITT, 1),
            "service": (["Replacement Cremators and Mercury Abatement", "replacement cremators and mercury abatement",
                         "the design, supply and installation of two new cremators with shared mercury abatement and "
                         "heat recovery",
                         "design, supply and installation of two new cremators with shared mercury abatement and heat "
                         "recovery at Walton Lea Crematorium, Warrington, and their full maintenance after "
                         "commissioning",
                         "design, supply and installation of two new cremators"],
                        _WBC_ITT, 1),
            "area": (["Warrington", "Walton Lea Crematorium, Warrington"], _WBC_ITT, 1),
            # "Estimated whole-life value: £2.35M"; the £38,400 current annual cost in the pricing schedule is a decoy.
            "value_gbp": (2350000, _WBC_ITT, 2),
            # "10 years from commissioning + optional 5-year extension".
            "months": (120, _WBC_ITT, 2),
            "extension_months": (60, _WBC_ITT, 2),
            # The "Tender return" row of the timetable; the other dates (published, site visits, clarification,
            # award) are decoys.
            "deadline": ("2029-11-02", _WBC_ITT, 1),
            "social_value_weighting_percent": (20, _WBC_ITT, 2),
            # "split 40% qualitative and 60% quantitative" (restated on the response form as "40% of the 20%").
            "qualitative_percent": (40, _WBC_ITT, 2),
            "quantitative_percent": (60, _WBC_ITT, 2),
            "scoring_scale": ("0-10", _WBC_ITT, 2),
            "framework": ("national-toms", _WBC_ITT, 2),
        },
        "questions": [
            {"id": "T1", "text": "Describe the cremators and abatement plant you propose, and how you will install them "
                                 "while keeping at least one cremator in service at all times.",
             "word_limit": 1500, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _WBC_ITT, "page": 3, "sub_criteria": []},
            {"id": "T2", "text": "Set out your planned maintenance regime and how you will attend a breakdown within 24 "
                                 "hours, including the spares you will hold on site.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _WBC_ITT, "page": 3, "sub_criteria": []},
            # Environmental permit and emissions: not social value.
            {"id": "T3", "text": "Explain how the new plant will meet the emission limits in the crematorium's "
                                 "environmental permit and how you will monitor and report emissions.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 5, "social_value": False,
             "source": _WBC_ITT, "page": 3, "sub_criteria": []},
            # Health and safety on site: not social value.
            {"id": "T4", "text": "Describe how you will manage health and safety on site during the works, including "
                                 "working around funeral services that continue while the works take place.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 5, "social_value": False,
             "source": _WBC_ITT, "page": 3, "sub_criteria": []},
            # "(8%)": the qualitative 40% of the 20% social value weighting.
            {"id": "SV1", "text": ["Describe how you will deliver the National TOMs measures you have committed to in "
                                   "the calculator, and any further social value for Warrington, during the installation "
                                   "works and the maintenance term.",
                                   "Describe how you will deliver the National TOMs measures you have committed to in "
                                   "the calculator, and any further social value for Warrington, during the installation "
                                   "works and the maintenance term. Address each of the following:"],
             "word_limit": 1200, "char_limit": None, "weighting_percent": 8, "social_value": True,
             "source": _WBC_SV, "page": 1,
             "sub_criteria": ["jobs and work experience for Warrington residents during the installation works",
                              "use of Warrington and Cheshire subcontractors and suppliers",
                              "how you will evidence each commitment and report it to the Council every six months"]},
        ],
    },
    {
        "name": "held11-docx-and-pdf-cwac-ev-chargepoints-concession-no-extension-12-5-percent-policy-statement-1-10",
        "files": [
            {"name": _CWAC_ITT, "pages": [
                [("h", "On-Street and Car Park Electric Vehicle Chargepoints Concession"),
                 ("p", "Cheshire West and Chester Council – Place Operations (Transport and Infrastructure)"),
                 ("p", "The Council is seeking a chargepoint operator to design, install, own, operate and maintain "
                       "around 400 public electric vehicle charge points in Council car parks and residential streets "
                       "in Ellesmere Port, Northwich, Winsford and rural Cheshire West, funded in part by the Local "
                       "Electric Vehicle Infrastructure (LEVI) Fund."),
                 ("t", [["Concession period", "Fifteen (15) years from the first chargepoint going live. No extension "
                                              "is available."],
                        ["Estimated value", "The Council estimates the concession to be worth approximately £3 million "
                                            "in charging revenue to the operator over the concession period."],
                        ["LEVI capital contribution", "up to £1.9m, paid against installation milestones"],
                        ["Clarification questions", "by 9th November, 2029"],
                        ["Closing Date", "23rd November, 2029 – 12 noon"]])],
                [("h", "Evaluation"),
                 ("t", [["Criterion", "Weight"],
                        ["Concession fee / revenue share offer", "35%"],
                        ["Technical and operational", "52.5%"],
                        ["Social value", "12.5%"]]),
                 ("p", "Social value responses will be assessed against the priorities in the Council's Social Value "
                       "Policy Statement (2028): good local jobs, a thriving local supply chain and a net zero borough."),
                 ("p", "Each response receives a score between 1 (very poor) and 10 (outstanding). There is no score of "
                       "zero; a missing response makes the tender non-compliant."),
                 ("p", "The operator will pay the Council a revenue share of not less than 10% of net charging income, "
                       "paid quarterly."),
                 ("p", "The questions are in the Response Template (PDF). Complete it and upload it with your tender.")],
            ]},
            {"name": _CWAC_RT, "pages": [
                [("p", _CWAC_HEADER),
                 ("h", "Response Template"),
                 ("p", "Complete every section. Page limits are sides of A4 in Arial 11. Weightings are of the total "
                       "score."),
                 ("h", "Section A - Technical and operational"),
                 ("t", [["Ref", "Question", "Weighting", "Page limit"],
                        ["A1", "Describe the chargepoint hardware, back office and payment options you will provide, "
                               "including contactless payment and compliance with the Public Charge Point Regulations "
                               "2023.", "20%", "4 pages"],
                        ["A2", "Set out your installation programme, including grid connections with SP Energy "
                               "Networks, and how you will keep disruption to residents to a minimum.", "15%",
                         "3 pages"],
                        ["A3", "Explain how you will keep the network at 99% reliability, including your response to "
                               "faults and your reporting to the Council.", "12.5%", "3 pages"],
                        ["A4", "Describe how your chargepoints will be accessible to disabled drivers, in line with "
                               "PAS 1899.", "5%", "2 pages"]])],
                [("p", _CWAC_HEADER),
                 ("h", "Section B - Social value"),
                 ("p", "B1 Local benefit from the network (12.5%)"),
                 ("p", "Describe how this concession will benefit people in Cheshire West and Chester. You must cover:"),
                 ("b", "apprenticeships and jobs for local people in installing and maintaining the chargepoints"),
                 ("b", "using businesses based in Cheshire West and Chester in your supply chain"),
                 ("b", "affordable charging for residents without off-street parking, including a social tariff"),
                 ("b", "how you will report progress to the Council every quarter"),
                 ("p", "Page limit: 3 pages")],
            ]},
        ],
        "tender": {
            "title": ("On-Street and Car Park Electric Vehicle Chargepoints Concession", _CWAC_ITT, 1),
            # "Cheshire West and Chester Council – Place Operations (...)": the body, not the directorate.
            "buyer": ("Cheshire West and Chester Council", _CWAC_ITT, 1),
            "service": (["On-Street and Car Park Electric Vehicle Chargepoints Concession",
                         "electric vehicle chargepoints concession",
                         "design, install, own, operate and maintain around 400 public electric vehicle charge points",
                         "design, install, own, operate and maintain around 400 public electric vehicle charge points "
                         "in Council car parks and residential streets",
                         "a chargepoint operator to design, install, own, operate and maintain around 400 public "
                         "electric vehicle charge points"],
                        _CWAC_ITT, 1),
            "area": (["Cheshire West and Chester", "Cheshire West",
                      "Ellesmere Port, Northwich, Winsford and rural Cheshire West"], _CWAC_ITT, 1),
            # "approximately £3 million in charging revenue"; the "up to £1.9m" LEVI contribution is a decoy.
            "value_gbp": (3000000, _CWAC_ITT, 1),
            "months": (180, _CWAC_ITT, 1),
            # "No extension is available."
            "extension_months": None,
            # "23rd November, 2029 – 12 noon" (comma after the month); "9th November, 2029" is the clarification date.
            "deadline": ("2029-11-23", _CWAC_ITT, 1),
            # A decimal row "Social value | 12.5%" in the evaluation table.
            "social_value_weighting_percent": (12.5, _CWAC_ITT, 2),
            # 35 / 52.5 / 12.5 is the award split and the 10% revenue share is a decoy; no social value split.
            "qualitative_percent": None,
            "quantitative_percent": None,
            # "between 1 (very poor) and 10 (outstanding). There is no score of zero".
            "scoring_scale": ("1-10", _CWAC_ITT, 2),
            # The Council's own Social Value Policy Statement, named in the sentence on how responses are assessed.
            "framework": ("bespoke", _CWAC_ITT, 2),
        },
        "questions": [
            {"id": "A1", "text": "Describe the chargepoint hardware, back office and payment options you will provide, "
                                 "including contactless payment and compliance with the Public Charge Point Regulations "
                                 "2023.",
             "word_limit": None, "char_limit": None, "page_limit": 4, "weighting_percent": 20, "social_value": False,
             "source": _CWAC_RT, "page": 1, "sub_criteria": []},
            {"id": "A2", "text": "Set out your installation programme, including grid connections with SP Energy "
                                 "Networks, and how you will keep disruption to residents to a minimum.",
             "word_limit": None, "char_limit": None, "page_limit": 3, "weighting_percent": 15, "social_value": False,
             "source": _CWAC_RT, "page": 1, "sub_criteria": []},
            {"id": "A3", "text": "Explain how you will keep the network at 99% reliability, including your response to "
                                 "faults and your reporting to the Council.",
             "word_limit": None, "char_limit": None, "page_limit": 3, "weighting_percent": 12.5, "social_value": False,
             "source": _CWAC_RT, "page": 1, "sub_criteria": []},
            # Accessibility of the chargepoints themselves (PAS 1899): not social value.
            {"id": "A4", "text": "Describe how your chargepoints will be accessible to disabled drivers, in line with "
                                 "PAS 1899.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 5, "social_value": False,
             "source": _CWAC_RT, "page": 1, "sub_criteria": []},
            {"id": "B1", "text": ["Describe how this concession will benefit people in Cheshire West and Chester.",
                                  "Describe how this concession will benefit people in Cheshire West and Chester. You "
                                  "must cover:"],
             "word_limit": None, "char_limit": None, "page_limit": 3, "weighting_percent": 12.5, "social_value": True,
             "source": _CWAC_RT, "page": 2,
             "sub_criteria": ["apprenticeships and jobs for local people in installing and maintaining the chargepoints",
                              "using businesses based in Cheshire West and Chester in your supply chain",
                              "affordable charging for residents without off-street parking, including a social tariff",
                              "how you will report progress to the Council every quarter"]},
        ],
    },
    {
        "name": "held11-docx-halton-housing-kitchens-bathrooms-total-period-not-exceed-bare-numbers-community-promise-0-100",
        "files": [{"name": _HH, "pages": [
            [("h", "Kitchen and Bathroom Replacement Programme 2030–2036"),
             ("p", "Invitation to Tender – Halton Housing"),
             ("p", "Halton Housing is a not-for-profit housing association that owns and manages around 7,000 homes in "
                   "Widnes and Runcorn."),
             ("p", "We are looking for a contractor to replace kitchens and bathrooms in about 1,800 occupied homes "
                   "across Halton, including associated electrical and plastering works, with tenant liaison "
                   "throughout."),
             ("t", [["Tender summary", ""],
                    ["Our ref", "HH/AM/2029/07"],
                    ["Budget", "£7,800,000 (Years 1–4)"],
                    ["Initial contract period", "48 months"],
                    ["Extension", "The contract may be extended so that the total period does not exceed 72 months"],
                    ["Return by", "11am, Thursday the 6th of December 2029"],
                    ["Tenant panel interviews", "w/c 14 January 2030"]])],
            [("h", "Evaluation"),
             ("p", "Evaluation: Price 50 | Quality 35 | Social Value 15 (percentages of the total score)."),
             ("p", "Social value is assessed against Halton Housing's Community Promise, our commitment to tenants on "
                   "jobs, skills and safer neighbourhoods. Your social value answer should show how your offer meets "
                   "the Promise."),
             ("p", "Quality and social value answers are moderated by a panel that includes two members of our tenant "
                   "scrutiny group, and scored as follows:"),
             ("t", [["Score", "Descriptor"],
                    ["100", "Excellent: a full, credible answer with evidence from similar contracts"],
                    ["70", "Good: a credible answer with minor gaps"],
                    ["50", "Acceptable: meets the requirement but with little evidence"],
                    ["20", "Weak: significant gaps or doubts"],
                    ["0", "Unacceptable: no answer, or fails to address the question"]]),
             ("h", "Quality Questions"),
             ("p", "Word limits apply to each answer; words over the limit will be struck out before marking."),
             ("t", [["Ref", "Question", "Weighting", "Limit"],
                    ["Q1", "Describe how you will plan and sequence the works in occupied homes so that no household is "
                           "without a working kitchen for more than five working days or a working bathroom for more "
                           "than one day.", "12%", "1,000 words"],
                    ["Q2", "Explain how you will involve tenants in choosing kitchen and bathroom designs, and support "
                           "older and disabled tenants during the works.", "8%", "750 words"],
                    ["Q3", "Describe your quality control, including the handover inspection and how you will put right "
                           "defects within the 12-month defects period.", "8%", "750 words"],
                    ["Q4", "Describe your approach to asbestos management and to the Building Safety Act 2022 duties "
                           "that apply to these works.", "7%", "500 words"]])],
            [("h", "Social Value"),
             ("t", [["Ref", "Question", "Weighting", "Limit"],
                    ["Q5", "Tell us how you will use this contract to create jobs, apprenticeships and training for "
                           "Halton Housing tenants and their families, spend with local firms, and support community "
                           "projects in our neighbourhoods, and how you will report each quarter against your "
                           "commitments.", "15%", "1,250 words"]])],
        ]}],
        "tender": {
            "title": (["Kitchen and Bathroom Replacement Programme 2030–2036",
                       "Kitchen and Bathroom Replacement Programme"], _HH, 1),
            "buyer": ("Halton Housing", _HH, 1),
            "service": (["Kitchen and Bathroom Replacement Programme", "kitchen and bathroom replacement programme",
                         "replace kitchens and bathrooms in about 1,800 occupied homes across Halton",
                         "replace kitchens and bathrooms in about 1,800 occupied homes",
                         "a contractor to replace kitchens and bathrooms"],
                        _HH, 1),
            "area": (["Halton", "Widnes and Runcorn"], _HH, 1),
            # "£7,800,000 (Years 1–4)": the budget for the 48-month initial period.
            "value_gbp": (7800000, _HH, 1),
            # "48 months" initial; "the total period does not exceed 72 months", so up to 24 months of extension.
            "months": (48, _HH, 1),
            "extension_months": (24, _HH, 1),
            # "11am, Thursday the 6th of December 2029"; the tenant panel week (14 January 2030) is a decoy.
            "deadline": ("2029-12-06", _HH, 1),
            # "Price 50 | Quality 35 | Social Value 15 (percentages of the total score)".
            "social_value_weighting_percent": (15, _HH, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            # A 100/70/50/20/0 descriptor table.
            "scoring_scale": ("0-100", _HH, 2),
            # The housing association's own Community Promise, named in the sentence on how social value is assessed.
            "framework": ("bespoke", _HH, 2),
        },
        "questions": [
            {"id": "Q1", "text": "Describe how you will plan and sequence the works in occupied homes so that no "
                                 "household is without a working kitchen for more than five working days or a working "
                                 "bathroom for more than one day.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 12, "social_value": False,
             "source": _HH, "page": 2, "sub_criteria": []},
            # Tenant involvement and support in the works themselves: not social value.
            {"id": "Q2", "text": "Explain how you will involve tenants in choosing kitchen and bathroom designs, and "
                                 "support older and disabled tenants during the works.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _HH, "page": 2, "sub_criteria": []},
            {"id": "Q3", "text": "Describe your quality control, including the handover inspection and how you will put "
                                 "right defects within the 12-month defects period.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _HH, "page": 2, "sub_criteria": []},
            # Asbestos and building safety: not social value.
            {"id": "Q4", "text": "Describe your approach to asbestos management and to the Building Safety Act 2022 "
                                 "duties that apply to these works.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 7, "social_value": False,
             "source": _HH, "page": 2, "sub_criteria": []},
            # The three asks sit inside one sentence in a table cell, so there are no sub-criteria.
            {"id": "Q5", "text": "Tell us how you will use this contract to create jobs, apprenticeships and training "
                                 "for Halton Housing tenants and their families, spend with local firms, and support "
                                 "community projects in our neighbourhoods, and how you will report each quarter "
                                 "against your commitments.",
             "word_limit": 1250, "char_limit": None, "weighting_percent": 15, "social_value": True,
             "source": _HH, "page": 3, "sub_criteria": []},
        ],
    },
]
