"""A fourteenth held-out set for the tender intake, written by a separate writer who never read the extractor's code
(nor its tests, prompts or scripts), and committed before the extractor was run on it. Six packs from buyers and
services the earlier sets do not use (a council's public toilets cleaning and attendant service, a council's Key
Stage 2 school swimming lessons, a council's independent travel training for young people with SEND, an NHS
children's hospital trust's arts for health programme, a housing association's damp, mould and condensation surveys
and remediation, and a council's fly-tipping investigation and clearance), in six Cheshire and Merseyside areas
(Sefton, Knowsley, Warrington, Liverpool - given only in the trust's letterhead address -, Cheshire East and Cheshire
West and Chester), split as: a single PDF with a "Sefton Council - Environment & Parks" running header and a "Page N /
3" footer whose value and deadline are given only in a "Key dates and figures" table and whose social value weighting
is stated twice (10% overall, 7% for its written question); a single PDF with a "not for onward circulation" running
header whose social value question starts on one page and finishes (bullets and word limit) on the next, after the
header and footer; a Word ITT plus a Word response form (question ids "B1" ... "C1" in table boxes, page and word
limits); a PDF ITT (letterhead address only) plus a Word questionnaire with two social value questions in a "Question
number | Question | Weighting | Maximum word count" table; a Word ITT plus a Word response document that weights by
sections and per-question points and names a bespoke "Good Neighbour Charter"; and a PDF ITT plus a Word method
statement template with marks out of 500 per question and character limits.

Phrasings tested: values only in a table cell "£0.62m" (beside an "Annual budget | £155,000" row), "£1.35M over the
maximum term (3+1)" (beside a "£85 per hour" pool hire rate), "c.£240k over 30 months if both extensions are used"
(beside "approx. £96k per annum"), "GBP 480,000 inclusive of the optional year", "c. £2.6 million excluding VAT over
up to five years" (beside a "£350 per survey" rate) and "£1.1 million (whole life, including the extension)"; terms
"starts on 1 July 2030 and ends on 30 June 2033, and may then be extended by up to one further year" (dates only), "3
yrs from 01/09/2030 (+1 yr option)", "18 months initially, with scope to extend by a further six months on two
occasions", "two years + one", "36 months plus up to 24 months at the Association's discretion" and "from 1 October
2030 until 30 September 2034 ... may be extended to 30 September 2035"; deadlines ISO "12:00, 2030-04-15" in a table
(beside "2030-04-01"), "14:00 hrs, Thursday 9th May 2030" (beside "25th April 2030"), "05-Apr-2030 13:00" (beside
"22-Mar-2030"), "April 29th, 2030, 17:00" (US-style, beside "April 15th, 2030"), "Monday 20 May 2030 (12:00)" and
"10:00hrs on Fri 22 Mar 2030" (beside "Fri 8 Mar 2030"). Social value weighting stated twice ("Social Value 10%" in
the award criteria and "SV1 ... 7%" in the question table, the other 3% for the TOMs offer: 10), marks of 1,000 in
prose ("marked out of a possible 1,000 ... 100 for social value": 10), a fraction in words of every mark ("One in
every ten marks available is for social value": 10), an NHS minimum beside the actual share ("a minimum 10% net zero
and social value weighting; for this tender the Trust has set it at 12%": 12), a section's share ("Good Neighbour
Charter (Section 4) 15%": 15) and per-question marks of 500 ("Price 250 ... MS4 Social Value 75": 15). Splits as
marks in words ("Sixty marks ... and forty marks": 60/40), as fractions in words ("four-fifths ... one-fifth": 80/20)
and as the two shares of the whole (7% + 3%: 70/30). Scales as a "Score | Meaning" table 0-4, a "Rating | Marks
awarded" table 0-5, "Outstanding = 4 ... Fail = 0" (0-4), "0 (No response), 20, 40, 60, 80, 100 (Excellent)" (0-100),
"0 (Fail) / 2 (Weak) / 5 (Adequate) / 8 (Good) / 10 (Excellent)" (0-10) and "from 1 (very poor) to 5 (excellent)"
(1-5). Frameworks national-toms ("the National TOMs", "the National TOMs published by the Social Value Portal"),
cm-toms ("the Cheshire and Merseyside Themes, Outcomes and Measures (TOMs) framework", "the Cheshire and Merseyside
TOMs framework"), ppn-06-20 ("PPN 06/20 and its Social Value Model") and bespoke ("our Good Neighbour Charter").
Decoys: Changing Places toilets and needle finds, pool water safety and lifeguards, safeguarding on public transport,
infection prevention on wards, Awaab's Law response times and tenant access, evidence handling for prosecutions, an
annual budget, hourly and per-survey rates, a 60%/40% start/sign-off payment split, monthly and quarterly payments in
arrears and 5% retentions; two social value questions named for PPN 06/20 themes ("Tackling economic inequality:",
"Fighting climate change:") with ids "SV-A" and "SV-B". Same shape as evals/intake_dev.py; a question's
``page_limit`` is scored where given. Its first-run numbers are the unseen estimate.
"""

_SEF = "Sefton Council - Public Toilets Cleaning and Attendants ITT.pdf"
_SEF_HEAD = "Sefton Council - Environment & Parks | Contract ref SC/ENV/2030/044"
_KMBC = "KMBC School Swimming Programme - Invitation to Tender.pdf"
_KMBC_HEAD = "KNOWSLEY MBC · School Swimming Tender · Not for onward circulation"
_WBC_ITT = "WBC Independent Travel Training - ITT.docx"
_WBC_RF = "WBC Independent Travel Training - Response Form.docx"
_AH_ITT = "AHCH Arts for Health Programme ITT.pdf"
_AH_Q = "AHCH Arts for Health - Quality and Social Value Questionnaire.docx"
_DVH_ITT = "DVH Damp and Mould Surveys and Remediation - ITT.docx"
_DVH_RD = "DVH Damp and Mould - Tender Response Document.docx"
_CW_ITT = "CWaC Fly-tipping Service ITT.pdf"
_CW_MS = "CWaC Fly-tipping Service - Method Statement Template.docx"


def _sef_footer(n):
    return ("p", "Page %d / 3" % n)


def _kmbc_footer(n):
    return ("p", "Doc KMBC/EDU/118 - p %d" % n)


def _ah_footer(n):
    return ("p", "AHCH-PROC-2030-071 | Arts for Health ITT | %d" % n)


def _cw_footer(n):
    return ("p", "CWaC | Environmental Services | ITT CW/ENV/0412 | page %d" % n)


PACKS = [
    {
        "name": "held14-pdf-sefton-toilets-value-and-deadline-only-in-table-weighting-stated-twice-national-toms-0-4",
        "files": [{"name": _SEF, "pages": [
            [("p", _SEF_HEAD),
             ("h", "Public Toilets Cleaning and Attendant Service"),
             ("p", "Invitation to Tender"),
             ("p", "Sefton Council is looking for a contractor to clean, open and lock, and staff with attendants "
                   "its public toilets on the seafront and in the town centres at Southport, Formby, Ainsdale and "
                   "Crosby, including the two Changing Places toilets at Southport Pier and Crosby Lakeside."),
             ("p", "The contract starts on 1 July 2030 and ends on 30 June 2033, and may then be extended by up to "
                   "one further year."),
             ("t", [["Key dates and figures", ""],
                    ["Estimated contract value (4 yrs incl. extension)", "£0.62m"],
                    ["Annual budget", "£155,000"],
                    ["Clarification deadline", "2030-04-01"],
                    ["Tender submission deadline", "12:00, 2030-04-15"],
                    ["Contract start", "2030-07-01"]]),
             _sef_footer(1)],
            [("p", _SEF_HEAD),
             ("h", "Award criteria"),
             ("t", [["Criterion", "Weighting"],
                    ["Price", "50%"],
                    ["Quality", "40%"],
                    ["Social Value", "10%"]]),
             ("p", "Social value will be evaluated using the National TOMs. Of the 10% for social value, 7% is for "
                   "the written answer to SV1 and 3% is for the TOMs offer you submit on the Social Value Portal."),
             ("p", "Written answers are scored as follows:"),
             ("t", [["Score", "Meaning"],
                    ["4", "Very good - fully meets the requirement with clear evidence"],
                    ["3", "Good - meets the requirement"],
                    ["2", "Fair - some gaps or risks"],
                    ["1", "Poor - major gaps"],
                    ["0", "Not answered or irrelevant"]]),
             ("p", "Invoices will be paid monthly in arrears; 5% of each invoice is retained until the end of each "
                   "contract year."),
             _sef_footer(2)],
            [("p", _SEF_HEAD),
             ("h", "Questions"),
             ("t", [["No.", "Question", "Weight", "Words"],
                    ["Q1", "Describe your cleaning regime for each site, including how often toilets are checked in "
                           "the summer season and how you will record it.", "15%", "750"],
                    ["Q2", "How will you recruit and manage attendants, and deal with customer complaints on site?",
                     "15%", "750"],
                    ["Q3", "Explain how you will handle vandalism, needle finds and out-of-hours call-outs, and keep "
                           "the Changing Places facilities available.", "10%", "500"],
                    ["SV1", "What will you do for Sefton's communities through this contract, such as jobs for local "
                            "people who are long-term unemployed and support for beach and park volunteer groups?",
                     "7%", "500"]]),
             _sef_footer(3)],
        ]}],
        "tender": {
            "title": ("Public Toilets Cleaning and Attendant Service", _SEF, 1),
            "buyer": ("Sefton Council", _SEF, 1),
            "service": (["Public Toilets Cleaning and Attendant Service",
                         "public toilets cleaning and attendant service",
                         "clean, open and lock, and staff with attendants its public toilets",
                         "a contractor to clean, open and lock, and staff with attendants its public toilets",
                         "clean, open and lock, and staff with attendants its public toilets on the seafront and in "
                         "the town centres"],
                        _SEF, 1),
            "area": (["Sefton", "Southport, Formby, Ainsdale and Crosby"], _SEF, 1),
            # Only in the table: "£0.62m"; "£155,000" is the annual budget.
            "value_gbp": (620000, _SEF, 1),
            # "starts on 1 July 2030 and ends on 30 June 2033": 36 months.
            "months": (36, _SEF, 1),
            "extension_months": (12, _SEF, 1),
            # "12:00, 2030-04-15"; "2030-04-01" (clarifications) and "2030-07-01" (start) are decoys.
            "deadline": ("2030-04-15", _SEF, 1),
            # Overall "Social Value | 10%"; SV1's "7%" is only the written part.
            "social_value_weighting_percent": (10, _SEF, 2),
            # "7% is for the written answer ... 3% is for the TOMs offer": 70/30.
            "qualitative_percent": (70, _SEF, 2),
            "quantitative_percent": (30, _SEF, 2),
            "scoring_scale": ("0-4", _SEF, 2),
            "framework": ("national-toms", _SEF, 2),
        },
        "questions": [
            {"id": "Q1",
             "text": "Describe your cleaning regime for each site, including how often toilets are checked in the "
                     "summer season and how you will record it.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _SEF, "page": 3, "sub_criteria": []},
            {"id": "Q2",
             "text": "How will you recruit and manage attendants, and deal with customer complaints on site?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _SEF, "page": 3, "sub_criteria": []},
            # Vandalism, needles, Changing Places: service delivery, not social value.
            {"id": "Q3",
             "text": "Explain how you will handle vandalism, needle finds and out-of-hours call-outs, and keep the "
                     "Changing Places facilities available.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _SEF, "page": 3, "sub_criteria": []},
            {"id": "SV1",
             "text": "What will you do for Sefton's communities through this contract, such as jobs for local people "
                     "who are long-term unemployed and support for beach and park volunteer groups?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 7, "social_value": True,
             "source": _SEF, "page": 3, "sub_criteria": []},
        ],
    },
    {
        "name": "held14-pdf-knowsley-swimming-sv-question-over-page-break-marks-of-1000-split-in-words-cm-toms-0-5",
        "files": [{"name": _KMBC, "pages": [
            [("p", _KMBC_HEAD),
             ("h", "Key Stage 2 School Swimming Programme"),
             ("p", "Invitation to Tender - Knowsley Metropolitan Borough Council, Education and Inclusion"),
             ("p", "The Council wants a provider to deliver curriculum swimming lessons for Year 4 and Year 5 "
                   "pupils from Knowsley's primary schools, including coach transport between schools and the "
                   "pools at Huyton, Kirkby and Halewood, so that every child can swim 25 metres by the end of Key "
                   "Stage 2."),
             ("p", "Term: 3 yrs from 01/09/2030 (+1 yr option)."),
             ("p", "Estimated value is £1.35M over the maximum term (3+1). Pool hire is currently charged at £85 "
                   "per hour and is included in that figure."),
             ("p", "Key dates: tender clinic 25th April 2030; closing date & time 14:00 hrs, Thursday 9th May 2030; "
                   "award letters 6th June 2030."),
             _kmbc_footer(1)],
            [("p", _KMBC_HEAD),
             ("h", "How we will evaluate"),
             ("p", "Bids are marked out of a possible 1,000. Of that, 400 marks are for price, 500 for quality and "
                   "100 for social value."),
             ("p", "Social value is measured using the Cheshire and Merseyside Themes, Outcomes and Measures (TOMs) "
                   "framework. Sixty marks are for the written answer to Q4 and forty marks for the commitments you "
                   "enter in the TOMs calculator."),
             ("t", [["Rating", "Marks awarded (out of 5)"],
                    ["Excellent", "5"],
                    ["Very good", "4"],
                    ["Good", "3"],
                    ["Satisfactory", "2"],
                    ["Weak", "1"],
                    ["No answer", "0"]]),
             _kmbc_footer(2)],
            [("p", _KMBC_HEAD),
             ("h", "Quality questions"),
             ("p", "Q1 Teaching and progress - 200 marks"),
             ("p", "Describe how you will plan and teach lessons so that pupils of all abilities make progress, and "
                   "how you will report each child's attainment to their school."),
             ("p", "Max 1,500 words"),
             ("p", "Q2 Transport and pool logistics - 150 marks"),
             ("p", "How will you timetable coaches and pool time for around 60 schools, and what will you do when a "
                   "coach or a pool is not available?"),
             ("p", "Max 1,000 words"),
             ("p", "Q3 Water safety and safeguarding - 150 marks"),
             ("p", "Set out your lifeguard cover, teacher-to-pupil ratios and safeguarding procedures, including "
                   "changing room supervision."),
             ("p", "Max 1,000 words"),
             _kmbc_footer(3)],
            [("p", _KMBC_HEAD),
             ("h", "Social value question"),
             ("p", "Q4 Social value - 60 marks"),
             ("p", "Tell us how this contract will benefit Knowsley beyond the lessons themselves. Your answer "
                   "should address:"),
             _kmbc_footer(4)],
            [("p", _KMBC_HEAD),
             ("b", "swimming teacher and lifeguard qualifications for Knowsley residents, with a route into paid work"),
             ("b", "free family swim sessions for children who have not yet met the 25 metre standard"),
             ("b", "buying from Knowsley businesses, such as local coach operators"),
             ("p", "Max 900 words"),
             _kmbc_footer(5)],
        ]}],
        "tender": {
            "title": ("Key Stage 2 School Swimming Programme", _KMBC, 1),
            "buyer": (["Knowsley Metropolitan Borough Council", "Knowsley Council"], _KMBC, 1),
            "service": (["Key Stage 2 School Swimming Programme", "key stage 2 school swimming programme",
                         "deliver curriculum swimming lessons for Year 4 and Year 5 pupils",
                         "deliver curriculum swimming lessons for Year 4 and Year 5 pupils from Knowsley's primary "
                         "schools",
                         "a provider to deliver curriculum swimming lessons",
                         "curriculum swimming lessons"],
                        _KMBC, 1),
            "area": (["Knowsley", "Huyton, Kirkby and Halewood"], _KMBC, 1),
            # "£1.35M over the maximum term (3+1)"; "£85 per hour" is a rate.
            "value_gbp": (1350000, _KMBC, 1),
            "months": (36, _KMBC, 1),
            # "(+1 yr option)".
            "extension_months": (12, _KMBC, 1),
            # "14:00 hrs, Thursday 9th May 2030"; "25th April 2030" and "6th June 2030" are decoys.
            "deadline": ("2030-05-09", _KMBC, 1),
            # "100 for social value" of "a possible 1,000" = 10%.
            "social_value_weighting_percent": (10, _KMBC, 2),
            # "Sixty marks ... and forty marks": 60/40.
            "qualitative_percent": (60, _KMBC, 2),
            "quantitative_percent": (40, _KMBC, 2),
            "scoring_scale": ("0-5", _KMBC, 2),
            "framework": ("cm-toms", _KMBC, 2),
        },
        "questions": [
            # Marks of 1,000: 200 -> 20, 150 -> 15, 60 -> 6.
            {"id": ["Q1", "1"],
             "text": "Describe how you will plan and teach lessons so that pupils of all abilities make progress, and "
                     "how you will report each child's attainment to their school.",
             "word_limit": 1500, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _KMBC, "page": 3, "sub_criteria": []},
            {"id": ["Q2", "2"],
             "text": "How will you timetable coaches and pool time for around 60 schools, and what will you do when a "
                     "coach or a pool is not available?",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _KMBC, "page": 3, "sub_criteria": []},
            # Lifeguards and safeguarding: not social value.
            {"id": ["Q3", "3"],
             "text": "Set out your lifeguard cover, teacher-to-pupil ratios and safeguarding procedures, including "
                     "changing room supervision.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _KMBC, "page": 3, "sub_criteria": []},
            # Starts on page 4; its bullets and limit are on page 5 after the running header.
            {"id": ["Q4", "4"],
             "text": ["Tell us how this contract will benefit Knowsley beyond the lessons themselves.",
                      "Tell us how this contract will benefit Knowsley beyond the lessons themselves. Your answer "
                      "should address:"],
             "word_limit": 900, "char_limit": None, "weighting_percent": 6, "social_value": True,
             "source": _KMBC, "page": 4,
             "sub_criteria": ["swimming teacher and lifeguard qualifications for Knowsley residents, with a route "
                              "into paid work",
                              "free family swim sessions for children who have not yet met the 25 metre standard",
                              "buying from Knowsley businesses, such as local coach operators"]},
        ],
    },
    {
        "name": "held14-docx-warrington-travel-training-one-in-ten-marks-fifths-split-national-toms-0-4-page-limit",
        "files": [
            {"name": _WBC_ITT, "pages": [
                [("h", "Independent Travel Training for Young People with SEND"),
                 ("p", "Warrington Borough Council - Education, Inclusion and SEND Transport"),
                 ("p", "We'd like to commission a provider to teach young people aged 11 to 25 with special "
                       "educational needs and disabilities to travel on their own, safely, to school, college, work "
                       "and leisure, using buses and trains in and around Warrington, so that fewer need a taxi or "
                       "minibus on the home to school transport budget."),
                 ("p", "Contract period: 18 months initially, with scope to extend by a further six months on two "
                       "occasions."),
                 ("p", "Budget: approx. £96k per annum; c.£240k over 30 months if both extensions are used."),
                 ("t", [["Timetable", ""],
                        ["Clarification questions by", "22-Mar-2030"],
                        ["Tender deadline", "05-Apr-2030 13:00"],
                        ["Interviews with shortlisted bidders", "w/c 22-Apr-2030"]])],
                [("h", "Scoring"),
                 ("p", "Price counts for 40% and quality for 50%. One in every ten marks available is for social "
                       "value."),
                 ("p", "Social value is scored against the National TOMs published by the Social Value Portal: "
                       "four-fifths of the social value marks go to your written response (C1) and one-fifth to the "
                       "measures you commit to in the TOMs."),
                 ("p", "Each quality and social value answer is scored Outstanding = 4, Good = 3, Acceptable = 2, "
                       "Poor = 1, Fail = 0."),
                 ("p", "The provider will be paid per young person trained: 60% on starting training and 40% when "
                       "the young person is signed off as travelling independently.")],
            ]},
            {"name": _WBC_RF, "pages": [
                [("h", "Response Form"),
                 ("p", "Section B - Quality"),
                 ("t", [["B1", "How will you assess each young person's readiness and design a training plan that "
                               "suits their needs and their route?"],
                        ["Weighting", "25%"],
                        ["Limit", "1,200 words"],
                        ["Your response", ""]]),
                 ("t", [["B2", "Describe how you will keep young people safe while they learn to travel, including "
                               "what happens if they get lost or are approached by a stranger."],
                        ["Weighting", "15%"],
                        ["Limit", "800 words"],
                        ["Your response", ""]]),
                 ("t", [["B3", "How will you work with parents, carers, schools and the SEND transport team, and "
                               "report outcomes each term?"],
                        ["Weighting", "10%"],
                        ["Limit", "600 words"],
                        ["Your response", ""]])],
                [("p", "Section C - Social Value"),
                 ("t", [["C1", "Explain the social value you will deliver in Warrington through this contract, "
                               "including supported employment and work experience for young people with SEND, "
                               "and your work with local voluntary groups and transport operators."],
                        ["Weighting", "8%"],
                        ["Limit", "2 x A4 sides"],
                        ["Your response", ""]])],
            ]},
        ],
        "tender": {
            "title": ("Independent Travel Training for Young People with SEND", _WBC_ITT, 1),
            "buyer": ("Warrington Borough Council", _WBC_ITT, 1),
            "service": (["Independent Travel Training for Young People with SEND",
                         "independent travel training for young people with SEND",
                         "independent travel training",
                         "teach young people aged 11 to 25 with special educational needs and disabilities to "
                         "travel on their own",
                         "a provider to teach young people aged 11 to 25 with special educational needs and "
                         "disabilities to travel on their own, safely"],
                        _WBC_ITT, 1),
            "area": (["Warrington", "in and around Warrington"], _WBC_ITT, 1),
            # "c.£240k over 30 months if both extensions are used"; "£96k per annum" is annual.
            "value_gbp": (240000, _WBC_ITT, 1),
            "months": (18, _WBC_ITT, 1),
            # "a further six months on two occasions".
            "extension_months": (12, _WBC_ITT, 1),
            # "05-Apr-2030 13:00"; "22-Mar-2030" and "w/c 22-Apr-2030" are decoys.
            "deadline": ("2030-04-05", _WBC_ITT, 1),
            # "One in every ten marks available is for social value".
            "social_value_weighting_percent": (10, _WBC_ITT, 2),
            # "four-fifths ... and one-fifth": 80/20.
            "qualitative_percent": (80, _WBC_ITT, 2),
            "quantitative_percent": (20, _WBC_ITT, 2),
            "scoring_scale": ("0-4", _WBC_ITT, 2),
            "framework": ("national-toms", _WBC_ITT, 2),
        },
        "questions": [
            {"id": "B1",
             "text": "How will you assess each young person's readiness and design a training plan that suits their "
                     "needs and their route?",
             "word_limit": 1200, "char_limit": None, "weighting_percent": 25, "social_value": False,
             "source": _WBC_RF, "page": 1, "sub_criteria": []},
            # Keeping young people safe while travelling: not social value.
            {"id": "B2",
             "text": "Describe how you will keep young people safe while they learn to travel, including what happens "
                     "if they get lost or are approached by a stranger.",
             "word_limit": 800, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _WBC_RF, "page": 1, "sub_criteria": []},
            {"id": "B3",
             "text": "How will you work with parents, carers, schools and the SEND transport team, and report outcomes "
                     "each term?",
             "word_limit": 600, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _WBC_RF, "page": 1, "sub_criteria": []},
            # "8%" is four-fifths of the 10%; "2 x A4 sides" is a page limit.
            {"id": "C1",
             "text": "Explain the social value you will deliver in Warrington through this contract, including "
                     "supported employment and work experience for young people with SEND, and your work with local "
                     "voluntary groups and transport operators.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 8, "social_value": True,
             "source": _WBC_RF, "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held14-pdf-and-docx-alder-hey-arts-area-only-in-address-nhs-minimum-beside-actual-ppn0620-0-100",
        "files": [
            {"name": _AH_ITT, "pages": [
                [("p", "Alder Hey Children's NHS Foundation Trust, East Prescot Road, Liverpool, L14 5AB"),
                 ("h", "Arts for Health Programme"),
                 ("p", "Invitation to Tender | Ref AHCH-PROC-2030-071"),
                 ("p", "Alder Hey Children's NHS Foundation Trust invites tenders from arts organisations to run a "
                       "programme of music, visual arts, storytelling and play sessions on the wards, in outpatient "
                       "waiting areas and in the hospital's park for children and young people in hospital and their "
                       "families."),
                 ("p", "Term: two years + one. Contract value: GBP 480,000 inclusive of the optional year."),
                 ("p", "Clarifications close April 15th, 2030. Completed tenders must be uploaded to Atamis no later "
                       "than April 29th, 2030, 17:00."),
                 _ah_footer(1)],
                [("h", "Evaluation"),
                 ("p", "The Trust will award the contract to the most advantageous tender: Price 60%, Quality 28%, "
                       "Social Value 12%."),
                 ("p", "Social value is evaluated in line with PPN 06/20 and its Social Value Model. NHS England "
                       "guidance sets a minimum 10% net zero and social value weighting; for this tender the Trust "
                       "has set it at 12%."),
                 ("p", "Each answer is scored 0 (No response), 20 (Poor), 40 (Limited), 60 (Good), 80 (Very good) or "
                       "100 (Excellent)."),
                 ("p", "Payment will be made quarterly in arrears on receipt of an activity report."),
                 _ah_footer(2)],
            ]},
            {"name": _AH_Q, "pages": [
                [("h", "Quality and Social Value Questionnaire"),
                 ("t", [["Question number", "Question", "Weighting", "Maximum word count"],
                        ["Q1", "Describe the programme you will offer across the year, how you will adapt it for "
                               "children on different wards, and the artists who will deliver it.", "14%", "1,000"],
                        ["Q2", "How will your artists follow the Trust's infection prevention and control rules and "
                               "work alongside clinical staff on the wards?", "8%", "750"],
                        ["Q3", "How will you evaluate the programme and collect feedback from patients and families?",
                         "6%", "500"]])],
                [("h", "Social Value"),
                 ("t", [["Question number", "Question", "Weighting", "Maximum word count"],
                        ["SV-A", "Tackling economic inequality: how will you create paid opportunities and training "
                                 "for local freelance artists and young people leaving education?", "6%", "500"],
                        ["SV-B", "Fighting climate change: how will you cut the carbon emissions and waste from "
                                 "delivering the programme, including artists' travel and art materials?", "6%",
                         "500"]])],
            ]},
        ],
        "tender": {
            "title": ("Arts for Health Programme", _AH_ITT, 1),
            "buyer": ("Alder Hey Children's NHS Foundation Trust", _AH_ITT, 1),
            "service": (["Arts for Health Programme", "arts for health programme",
                         "run a programme of music, visual arts, storytelling and play sessions",
                         "run a programme of music, visual arts, storytelling and play sessions on the wards",
                         "arts organisations to run a programme of music, visual arts, storytelling and play sessions"],
                        _AH_ITT, 1),
            # Only in the letterhead address ("East Prescot Road, Liverpool, L14 5AB").
            "area": (["Liverpool"], _AH_ITT, 1),
            "value_gbp": (480000, _AH_ITT, 1),
            # "two years + one".
            "months": (24, _AH_ITT, 1),
            "extension_months": (12, _AH_ITT, 1),
            # "April 29th, 2030, 17:00"; "April 15th, 2030" (clarifications) is a decoy.
            "deadline": ("2030-04-29", _AH_ITT, 1),
            # "Social Value 12%"; "a minimum 10% ... weighting" is the NHS floor, not this tender's weighting.
            "social_value_weighting_percent": (12, _AH_ITT, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-100", _AH_ITT, 2),
            "framework": ("ppn-06-20", _AH_ITT, 2),
        },
        "questions": [
            {"id": "Q1",
             "text": "Describe the programme you will offer across the year, how you will adapt it for children on "
                     "different wards, and the artists who will deliver it.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 14, "social_value": False,
             "source": _AH_Q, "page": 1, "sub_criteria": []},
            # Infection prevention: not social value.
            {"id": "Q2",
             "text": "How will your artists follow the Trust's infection prevention and control rules and work "
                     "alongside clinical staff on the wards?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _AH_Q, "page": 1, "sub_criteria": []},
            # Patient feedback: service quality, not social value.
            {"id": "Q3",
             "text": "How will you evaluate the programme and collect feedback from patients and families?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 6, "social_value": False,
             "source": _AH_Q, "page": 1, "sub_criteria": []},
            {"id": "SV-A",
             "text": ["how will you create paid opportunities and training for local freelance artists and young "
                      "people leaving education?",
                      "Tackling economic inequality: how will you create paid opportunities and training for local "
                      "freelance artists and young people leaving education?"],
             "word_limit": 500, "char_limit": None, "weighting_percent": 6, "social_value": True,
             "source": _AH_Q, "page": 2, "sub_criteria": []},
            {"id": "SV-B",
             "text": ["how will you cut the carbon emissions and waste from delivering the programme, including "
                      "artists' travel and art materials?",
                      "Fighting climate change: how will you cut the carbon emissions and waste from delivering the "
                      "programme, including artists' travel and art materials?"],
             "word_limit": 500, "char_limit": None, "weighting_percent": 6, "social_value": True,
             "source": _AH_Q, "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held14-docx-cheshire-east-housing-damp-mould-section-shares-points-good-neighbour-charter-0-10",
        "files": [
            {"name": _DVH_ITT, "pages": [
                [("p", "Dane Valley Homes, Riverside House, Mill Street, Congleton, CW12 1AB"),
                 ("h", "Damp, Mould and Condensation Surveys and Remediation"),
                 ("p", "Invitation to Tender"),
                 ("p", "Dane Valley Homes is a registered provider of social housing with 4,300 homes across "
                       "Congleton, Sandbach, Crewe and Macclesfield. We need a contractor to survey homes where "
                       "tenants report damp or mould, carry out mould washes and remediation (ventilation, insulation "
                       "and repairs to leaks), and revisit to check the problem has gone, within the timescales "
                       "Awaab's Law sets, including making dangerous homes safe within 24 hours."),
                 ("p", "Contract term: 36 months plus up to 24 months at the Association's discretion."),
                 ("p", "Budget: c. £2.6 million excluding VAT over up to five years. Survey visits are priced at "
                       "£350 per survey in the schedule of rates."),
                 ("p", "Return your tender through our e-tendering portal by Monday 20 May 2030 (12:00). A briefing "
                       "for bidders will be held online on Tuesday 30 April 2030.")],
                [("h", "How your tender will be scored"),
                 ("p", "The tender is split into three scored sections: Section 2 Commercial 55%, Section 3 Technical "
                       "30% and Good Neighbour Charter (Section 4) 15%."),
                 ("p", "Points are percentages of the total score. Within Section 3, T1 carries 12 points, T2 10 "
                       "points and T3 8 points; GN1 carries all 15 points of Section 4."),
                 ("p", "Section 4 is evaluated against our Good Neighbour Charter, the commitments we have made to our "
                       "residents on local jobs, warm homes and community investment (Appendix F)."),
                 ("p", "Technical and Charter answers are marked 0 (Fail) / 2 (Weak) / 5 (Adequate) / 8 (Good) / 10 "
                       "(Excellent).")],
            ]},
            {"name": _DVH_RD, "pages": [
                [("h", "Tender Response Document"),
                 ("p", "Section 3 - Technical"),
                 ("t", [["Ref", "T1"],
                        ["Question", "Describe how you will survey a home, find the cause of damp or mould and agree a "
                                     "remedy, and how you will meet the Awaab's Law timescales."],
                        ["Points", "12"],
                        ["Word limit", "1,000"],
                        ["Answer", ""]]),
                 ("t", [["Ref", "T2"],
                        ["Question", "How will you arrange access, keep tenants informed and support households who "
                                     "are vulnerable or have young children while work is carried out?"],
                        ["Points", "10"],
                        ["Word limit", "800"],
                        ["Answer", ""]]),
                 ("t", [["Ref", "T3"],
                        ["Question", "Explain how you will record surveys, photographs and completed works in our "
                                     "asset management system."],
                        ["Points", "8"],
                        ["Word limit", "600"],
                        ["Answer", ""]])],
                [("p", "Section 4 - Good Neighbour Charter"),
                 ("t", [["Ref", "GN1"],
                        ["Question", "How will this contract help us keep the promises in our Good Neighbour Charter? "
                                     "Please cover:"],
                        ["Points", "15"],
                        ["Word limit", "800"],
                        ["Answer", ""]]),
                 ("b", "jobs and apprenticeships for our tenants and their families"),
                 ("b", "energy advice visits for households in fuel poverty"),
                 ("b", "support for our residents' associations and community hubs"),
                 ("p", "Section 5 - Form of Tender: sign and date the declaration at Appendix G.")],
            ]},
        ],
        "tender": {
            "title": ("Damp, Mould and Condensation Surveys and Remediation", _DVH_ITT, 1),
            "buyer": ("Dane Valley Homes", _DVH_ITT, 1),
            "service": (["Damp, Mould and Condensation Surveys and Remediation",
                         "damp, mould and condensation surveys and remediation",
                         "survey homes where tenants report damp or mould, carry out mould washes and remediation",
                         "a contractor to survey homes where tenants report damp or mould",
                         "survey homes where tenants report damp or mould"],
                        _DVH_ITT, 1),
            "area": (["Cheshire East", "Congleton, Sandbach, Crewe and Macclesfield", "Congleton"], _DVH_ITT, 1),
            # "c. £2.6 million excluding VAT over up to five years"; "£350 per survey" is a rate.
            "value_gbp": (2600000, _DVH_ITT, 1),
            "months": (36, _DVH_ITT, 1),
            # "plus up to 24 months at the Association's discretion".
            "extension_months": (24, _DVH_ITT, 1),
            # "Monday 20 May 2030 (12:00)"; "Tuesday 30 April 2030" (briefing) is a decoy.
            "deadline": ("2030-05-20", _DVH_ITT, 1),
            # "Good Neighbour Charter (Section 4) 15%".
            "social_value_weighting_percent": (15, _DVH_ITT, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-10", _DVH_ITT, 2),
            "framework": ("bespoke", _DVH_ITT, 2),
        },
        "questions": [
            # "Points are percentages of the total score".
            {"id": "T1",
             "text": "Describe how you will survey a home, find the cause of damp or mould and agree a remedy, and how "
                     "you will meet the Awaab's Law timescales.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 12, "social_value": False,
             "source": _DVH_RD, "page": 1, "sub_criteria": []},
            # Vulnerable households and access: not social value.
            {"id": "T2",
             "text": "How will you arrange access, keep tenants informed and support households who are vulnerable or "
                     "have young children while work is carried out?",
             "word_limit": 800, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _DVH_RD, "page": 1, "sub_criteria": []},
            {"id": "T3",
             "text": "Explain how you will record surveys, photographs and completed works in our asset management "
                     "system.",
             "word_limit": 600, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _DVH_RD, "page": 1, "sub_criteria": []},
            {"id": "GN1",
             "text": ["How will this contract help us keep the promises in our Good Neighbour Charter?",
                      "How will this contract help us keep the promises in our Good Neighbour Charter? Please cover:"],
             "word_limit": 800, "char_limit": None, "weighting_percent": 15, "social_value": True,
             "source": _DVH_RD, "page": 2,
             "sub_criteria": ["jobs and apprenticeships for our tenants and their families",
                              "energy advice visits for households in fuel poverty",
                              "support for our residents' associations and community hubs"]},
        ],
    },
    {
        "name": "held14-pdf-and-docx-cheshire-west-fly-tipping-marks-of-500-per-question-term-as-dates-cm-toms-1-5",
        "files": [
            {"name": _CW_ITT, "pages": [
                [("h", "Fly-tipping Investigation and Clearance Service"),
                 ("p", "Invitation to Tender"),
                 ("p", "Cheshire West and Chester Council requires a contractor to investigate and clear fly-tipped "
                       "waste from highways, verges and council land across Chester, Ellesmere Port, Northwich and "
                       "Winsford, and to gather and hand over evidence so the Council can take enforcement action."),
                 ("p", "The contract will run from 1 October 2030 until 30 September 2034 and may be extended to 30 "
                       "September 2035."),
                 ("p", "Estimated value: £1.1 million (whole life, including the extension). The current service "
                       "clears around 6,500 incidents a year."),
                 ("p", "Tenders must be submitted via The Chest by 10:00hrs on Fri 22 Mar 2030. Deadline for "
                       "clarification questions: Fri 8 Mar 2030."),
                 _cw_footer(1)],
                [("h", "Evaluation"),
                 ("t", [["Element", "Marks"],
                        ["Price", "250"],
                        ["MS1 Operational delivery", "75"],
                        ["MS2 Evidence and enforcement support", "50"],
                        ["MS3 Vehicles, licences and disposal", "50"],
                        ["MS4 Social Value", "75"],
                        ["Total", "500"]]),
                 ("p", "Social value responses are assessed against the Cheshire and Merseyside TOMs framework."),
                 ("p", "Method statements are scored from 1 (very poor) to 5 (excellent); a score of 1 in any method "
                       "statement may lead to the tender being rejected."),
                 ("p", "Payment is monthly against completed jobs; 5% is retained until the annual performance "
                       "review."),
                 _cw_footer(2)],
            ]},
            {"name": _CW_MS, "pages": [
                [("h", "Method Statement Template"),
                 ("p", "Limits are in characters, including spaces. Text over the limit will not be read."),
                 ("p", "MS1 Operational delivery (75 marks)"),
                 ("p", "Explain how you will receive reports, prioritise and clear fly-tips within the response times "
                       "in the specification, including hazardous waste and asbestos."),
                 ("p", "Maximum 6,000 characters"),
                 ("p", "MS2 Evidence and enforcement support (50 marks)"),
                 ("p", "How will you search fly-tipped waste for evidence, keep it secure and prepare witness "
                       "statements that will stand up in court?"),
                 ("p", "Maximum 4,000 characters"),
                 ("p", "MS3 Vehicles, licences and disposal (50 marks)"),
                 ("p", "Describe your vehicles and waste carrier registration, and where the waste you collect will "
                       "be taken, recycled or disposed of."),
                 ("p", "Maximum 4,000 characters")],
                [("p", "MS4 Social Value (75 marks)"),
                 ("p", "Describe the social value you will deliver for Cheshire West and Chester. Your answer should "
                       "include:"),
                 ("b", "jobs and training for local people, including ex-offenders and care leavers"),
                 ("b", "working with schools and community groups on litter picks and anti-fly-tipping campaigns"),
                 ("b", "how you will cut emissions from your fleet over the contract"),
                 ("p", "Maximum 6,000 characters")],
            ]},
        ],
        "tender": {
            "title": ("Fly-tipping Investigation and Clearance Service", _CW_ITT, 1),
            "buyer": ("Cheshire West and Chester Council", _CW_ITT, 1),
            "service": (["Fly-tipping Investigation and Clearance Service",
                         "fly-tipping investigation and clearance service",
                         "fly-tipping investigation and clearance",
                         "investigate and clear fly-tipped waste from highways, verges and council land",
                         "a contractor to investigate and clear fly-tipped waste"],
                        _CW_ITT, 1),
            "area": (["Cheshire West and Chester", "Chester, Ellesmere Port, Northwich and Winsford"], _CW_ITT, 1),
            # "£1.1 million (whole life, including the extension)"; 6,500 incidents is a volume.
            "value_gbp": (1100000, _CW_ITT, 1),
            # "from 1 October 2030 until 30 September 2034": 48 months.
            "months": (48, _CW_ITT, 1),
            # "may be extended to 30 September 2035": 12 months.
            "extension_months": (12, _CW_ITT, 1),
            # "10:00hrs on Fri 22 Mar 2030"; "Fri 8 Mar 2030" (clarifications) is a decoy.
            "deadline": ("2030-03-22", _CW_ITT, 1),
            # "MS4 Social Value | 75" of "Total | 500" = 15%.
            "social_value_weighting_percent": (15, _CW_ITT, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("1-5", _CW_ITT, 2),
            "framework": ("cm-toms", _CW_ITT, 2),
        },
        "questions": [
            # Marks of 500: 75 -> 15, 50 -> 10.
            {"id": "MS1",
             "text": "Explain how you will receive reports, prioritise and clear fly-tips within the response times in "
                     "the specification, including hazardous waste and asbestos.",
             "word_limit": None, "char_limit": 6000, "weighting_percent": 15, "social_value": False,
             "source": _CW_MS, "page": 1, "sub_criteria": []},
            # Evidence for prosecutions: not social value.
            {"id": "MS2",
             "text": "How will you search fly-tipped waste for evidence, keep it secure and prepare witness statements "
                     "that will stand up in court?",
             "word_limit": None, "char_limit": 4000, "weighting_percent": 10, "social_value": False,
             "source": _CW_MS, "page": 1, "sub_criteria": []},
            {"id": "MS3",
             "text": "Describe your vehicles and waste carrier registration, and where the waste you collect will be "
                     "taken, recycled or disposed of.",
             "word_limit": None, "char_limit": 4000, "weighting_percent": 10, "social_value": False,
             "source": _CW_MS, "page": 1, "sub_criteria": []},
            {"id": "MS4",
             "text": ["Describe the social value you will deliver for Cheshire West and Chester.",
                      "Describe the social value you will deliver for Cheshire West and Chester. Your answer should "
                      "include:"],
             "word_limit": None, "char_limit": 6000, "weighting_percent": 15, "social_value": True,
             "source": _CW_MS, "page": 2,
             "sub_criteria": ["jobs and training for local people, including ex-offenders and care leavers",
                              "working with schools and community groups on litter picks and anti-fly-tipping "
                              "campaigns",
                              "how you will cut emissions from your fleet over the contract"]},
        ],
    },
]
