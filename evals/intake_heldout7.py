"""A seventh held-out set for the tender intake, written by a separate writer who never read the extractor's code,
and committed before the extractor was tuned on it. Six packs from buyers the earlier sets do not use (a Cheshire
and Merseyside council, an NHS foundation trust, a housing association, a combined authority, a university and a
police force), split as: a PDF ITT plus a Word questionnaire; three files (instructions PDF, Word questionnaire and a
pricing schedule full of decoy numbers - annual volumes, current annual spend, a 24-month price hold, contract-year
rows); a single PDF whose award table spreads the weightings over sub-criteria; a single Word ITT; three files
(ITT PDF, specification PDF with KPI percentages, Word response document); and a PDF ITT plus a Word response table
with page limits in a "Maximum length" column.

Phrasings tested: values "Up to £3,150,000 over the full term, including any extension", "estimated total value
including extensions", "will not exceed £360,000", "£2,100,000 over the maximum four-year term", "£4.75 million
(initial term only)" and a range "between £7,500,000 and £9,000,000" (no single total, so no value); terms "an initial
period of 36 months with an option to extend by 12 months, twice", "1+1 years", "five years with the option of two
12-month extensions", "up to five years in total", "Four (4) years ... up to two (2) further years" and "one further
period of up to twelve months"; deadlines "Noon on 5 March 2029", "2029-03-12 12:00" (beside a timetable of other
ISO dates), "Tuesday, 3rd April 2029 at 17:00 hrs", "12:00 noon, Thursday 1 March 2029", "10.00 am on 19th February
2029" and "09-Jan-2029 14:00"; social value weighting as "Social Value 20% of the total score", a row in a criteria
table, a sentence after a sub-weighted award table ("15% of the total marks in all"), "Quality 70%, of which Social
Value 15%" where the 15% is of the quality marks (derived 10.5), and a section row; social value splits stated
explicitly ("70% qualitative ... and 30% quantitative", "60% qualitative, 40% quantitative (TOMs)") and packs where
only a price:quality split is given; scales 0-5, 0-10 (a descriptor table reading 10/7/5/3/0), 0-100 ("0, 25, 50,
75 or 100") and none stated; frameworks cm-toms, ppn-06-20, bespoke (a housing association's Social Value Charter;
a combined authority's Social Value Framework), national-toms and none. The social value question is called
"Social Value Method Statement", "Social Value and Net Zero" (two questions, one on staff wellbeing), "Community
Benefits" (two questions), "Social Value" with a page limit and bullets, "Responsible Procurement" and "Added Value".
Limits are written "Word count: 750 maximum", a "Word limit" column, "(max. 3,000 characters)", "Please limit your
answer to 750 words", "500 words maximum", "Your response must not exceed two A4 pages", "Response: up to 1,000
words" and "4 sides of A4" in a table column. Decoys: equality and diversity policy, TUPE, quality assurance,
environmental management (ISO 14001; End-of-Life Vehicles), information security, vetting, and a Fair Work Charter
question, none of them social value questions. Same shape as evals/intake_dev.py; a question's ``page_limit`` is
scored where given. Its first-run numbers are the unseen estimate.
"""

PACKS = [
    {
        "name": "held7-pdf-and-docx-questionnaire-cm-toms-split-70-30-up-to-value",
        "files": [
            {"name": "Knowsley CPE - ITT Part A Instructions.pdf", "pages": [
                [("h", "Civil Parking Enforcement Service"),
                 ("p", "Invitation to Tender - Part A: Instructions and Evaluation"),
                 ("p", "Knowsley Metropolitan Borough Council (the Council) is seeking a contractor to provide on-street "
                       "and off-street civil parking enforcement, including the deployment of civil enforcement "
                       "officers and the removal of abandoned vehicles, across the Borough of Knowsley."),
                 ("t", [["Reference", "KMBC/PE/2029/03"],
                        ["Maximum contract value", "Up to £3,150,000 over the full term, including any extension"],
                        ["Contract period", "An initial period of 36 months with an option to extend by 12 months, "
                                            "twice"],
                        ["Clarification deadline", "5pm on 12 February 2029"],
                        ["Tender submission deadline", "Noon on 5 March 2029"]])],
                [("h", "Evaluation"),
                 ("p", "Tenders will be evaluated on the basis of Price 50%, Quality 30% and Social Value 20% of the "
                       "total score."),
                 ("p", "Social value will be evaluated using the Cheshire and Merseyside Social Value Themes, Outcomes "
                       "and Measures (TOMs). Social value will be assessed 70% qualitative (the method statement at "
                       "question SV1) and 30% quantitative (the TOMs commitments entered in the Social Value Portal)."),
                 ("p", "Quality and social value responses will be scored 0-5 using the scoring descriptors at "
                       "Appendix 1, where 0 is no response and 5 is an excellent response."),
                 ("p", "All questions are set out in Part B (Quality and Social Value Questionnaire), which must be "
                       "returned in Word format.")],
            ]},
            {"name": "Knowsley CPE - ITT Part B Questionnaire.docx", "pages": [
                [("h", "Part B: Quality and Social Value Questionnaire"),
                 ("p", "Answer each question in the box provided. Words over the limit will not be read."),
                 ("p", "Question 1 - Deployment and Patrol Planning (10%)"),
                 ("p", "Describe how you will plan and deploy civil enforcement officers to achieve the patrol hours in "
                       "the specification, including at schools, in district centres and during evenings and "
                       "weekends."),
                 ("p", "Word count: 750 maximum"),
                 ("p", "Question 2 - Equality and Diversity (5%)"),
                 ("p", "Provide a copy of your equality and diversity policy and explain how you will ensure that "
                       "enforcement is carried out fairly and without discrimination, including for Blue Badge "
                       "holders."),
                 ("p", "Word count: 500 maximum"),
                 ("p", "Question 3 - TUPE and Workforce Transfer (5%)"),
                 ("p", "Explain how you will manage the TUPE transfer of the Council's existing civil enforcement "
                       "officers, including consultation and the protection of terms and conditions."),
                 ("p", "Word count: 500 maximum"),
                 ("p", "Question 4 - Quality Assurance and Appeals (10%)"),
                 ("p", "Describe your quality assurance process for penalty charge notices, including how you will "
                       "minimise the number of notices cancelled at informal challenge or appeal."),
                 ("p", "Word count: 600 maximum")],
                [("h", "Social Value"),
                 ("p", "SV1 - Social Value Method Statement (14% of the total score)"),
                 ("p", "Describe how you will deliver the social value commitments you have entered in the Social Value "
                       "Portal for this contract, showing how they will benefit Knowsley residents and how you will "
                       "evidence delivery to the Council."),
                 ("p", "Your answer should cover:"),
                 ("b", "the local people you will employ and how you will recruit them"),
                 ("b", "the apprenticeships, work placements and training you will offer"),
                 ("b", "how you will report progress against each TOMs measure every quarter"),
                 ("p", "Word count: 1,000 maximum")],
            ]},
        ],
        "tender": {
            "title": (["Civil Parking Enforcement Service",
                       "Civil Parking Enforcement Service - Invitation to Tender"],
                      "Knowsley CPE - ITT Part A Instructions.pdf", 1),
            "buyer": ("Knowsley Metropolitan Borough Council", "Knowsley CPE - ITT Part A Instructions.pdf", 1),
            "service": (["Civil Parking Enforcement Service", "civil parking enforcement",
                         "on-street and off-street civil parking enforcement",
                         "on-street and off-street civil parking enforcement, including the deployment of civil "
                         "enforcement officers and the removal of abandoned vehicles"],
                        "Knowsley CPE - ITT Part A Instructions.pdf", 1),
            "area": (["Knowsley", "the Borough of Knowsley", "Borough of Knowsley"],
                     "Knowsley CPE - ITT Part A Instructions.pdf", 1),
            # "Up to £3,150,000 over the full term, including any extension": the stated maximum total.
            "value_gbp": (3150000, "Knowsley CPE - ITT Part A Instructions.pdf", 1),
            "months": (36, "Knowsley CPE - ITT Part A Instructions.pdf", 1),
            # "extend by 12 months, twice" = 24 months of extension.
            "extension_months": (24, "Knowsley CPE - ITT Part A Instructions.pdf", 1),
            # The clarification deadline (12 February 2029) is a decoy.
            "deadline": ("2029-03-05", "Knowsley CPE - ITT Part A Instructions.pdf", 1),
            "social_value_weighting_percent": (20, "Knowsley CPE - ITT Part A Instructions.pdf", 2),
            "qualitative_percent": (70, "Knowsley CPE - ITT Part A Instructions.pdf", 2),
            "quantitative_percent": (30, "Knowsley CPE - ITT Part A Instructions.pdf", 2),
            "scoring_scale": ("0-5", "Knowsley CPE - ITT Part A Instructions.pdf", 2),
            "framework": ("cm-toms", "Knowsley CPE - ITT Part A Instructions.pdf", 2),
        },
        "questions": [
            {"id": ["1", "Question 1", "Q1"],
             "text": "Describe how you will plan and deploy civil enforcement officers to achieve the patrol hours in "
                     "the specification, including at schools, in district centres and during evenings and weekends.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": "Knowsley CPE - ITT Part B Questionnaire.docx", "page": 1, "sub_criteria": []},
            {"id": ["2", "Question 2", "Q2"],
             "text": "Provide a copy of your equality and diversity policy and explain how you will ensure that "
                     "enforcement is carried out fairly and without discrimination, including for Blue Badge holders.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 5, "social_value": False,
             "source": "Knowsley CPE - ITT Part B Questionnaire.docx", "page": 1, "sub_criteria": []},
            {"id": ["3", "Question 3", "Q3"],
             "text": "Explain how you will manage the TUPE transfer of the Council's existing civil enforcement "
                     "officers, including consultation and the protection of terms and conditions.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 5, "social_value": False,
             "source": "Knowsley CPE - ITT Part B Questionnaire.docx", "page": 1, "sub_criteria": []},
            {"id": ["4", "Question 4", "Q4"],
             "text": "Describe your quality assurance process for penalty charge notices, including how you will "
                     "minimise the number of notices cancelled at informal challenge or appeal.",
             "word_limit": 600, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": "Knowsley CPE - ITT Part B Questionnaire.docx", "page": 1, "sub_criteria": []},
            {"id": "SV1",
             "text": ["Describe how you will deliver the social value commitments you have entered in the Social Value "
                      "Portal for this contract, showing how they will benefit Knowsley residents and how you will "
                      "evidence delivery to the Council.",
                      "Describe how you will deliver the social value commitments you have entered in the Social Value "
                      "Portal for this contract, showing how they will benefit Knowsley residents and how you will "
                      "evidence delivery to the Council. Your answer should cover:"],
             # "(14% of the total score)" is stated on the question's own line (70% of the 20% social value).
             "word_limit": 1000, "char_limit": None, "weighting_percent": 14, "social_value": True,
             "source": "Knowsley CPE - ITT Part B Questionnaire.docx", "page": 2,
             "sub_criteria": ["the local people you will employ and how you will recruit them",
                              "the apprenticeships, work placements and training you will offer",
                              "how you will report progress against each TOMs measure every quarter"]},
        ],
    },
    {
        "name": "held7-three-files-nhs-pricing-schedule-decoys-sv-and-net-zero-ppn0620",
        "files": [
            {"name": "STH NEPTS ITT Volume 1 - Instructions.pdf", "pages": [
                [("h", "Non-Emergency Patient Transport Service (NEPTS)"),
                 ("p", "Invitation to Tender - Volume 1: Instructions to Tenderers"),
                 ("p", "Sheffield Teaching Hospitals NHS Foundation Trust (the Trust) invites tenders for a "
                       "non-emergency patient transport service for eligible patients travelling to and from the "
                       "Northern General Hospital, the Royal Hallamshire Hospital and Weston Park Hospital in "
                       "Sheffield."),
                 ("p", "The estimated total value including extensions is £9,800,000 (excluding VAT)."),
                 ("p", "The contract will have an initial term of five years with the option of two 12-month "
                       "extensions."),
                 ("t", [["Activity", "Date"],
                        ["ITT published", "2029-01-15"],
                        ["Deadline for clarification questions", "2029-02-19 12:00"],
                        ["Tender submission deadline", "2029-03-12 12:00"],
                        ["Contract award (anticipated)", "2029-05-01"],
                        ["Service commencement", "2029-10-01"]])],
                [("h", "Evaluation Criteria"),
                 ("t", [["Criterion", "Weighting"],
                        ["Quality", "60%"],
                        ["Price", "30%"],
                        ["Social Value", "10%"]]),
                 ("p", "Social value is evaluated in accordance with Procurement Policy Note PPN 06/20 and the Social "
                       "Value Model, which the NHS has adopted for all new procurements. The social value questions "
                       "are in Volume 2 under the heading Social Value and Net Zero."),
                 ("p", "Each quality and social value response will be scored on a scale of 0 to 100 (0, 25, 50, 75 or "
                       "100), where 100 is an excellent response that fully meets the requirement with no weaknesses."),
                 ("p", "Price is evaluated on the total evaluated price from Volume 3 (Pricing Schedule): the lowest "
                       "price scores the full 30% and other prices score pro rata.")],
            ]},
            {"name": "STH NEPTS ITT Volume 2 - Quality Questionnaire.docx", "pages": [
                [("h", "Volume 2: Quality and Social Value Questionnaire"),
                 ("p", "Limits are stated in words for each question. Any text beyond the limit will not be "
                       "evaluated."),
                 ("t", [["No.", "Question", "Word limit", "Weighting"],
                        ["2.1", "Describe how you will plan and schedule journeys so that patients arrive no more than "
                                "30 minutes before their appointment and are collected within 60 minutes of being ready "
                                "to leave.", "1,000", "20%"],
                        ["2.2", "Describe how you will assess patient eligibility against the Department of Health and "
                                "Social Care eligibility criteria and manage requests from patients who are not "
                                "eligible.", "750", "10%"],
                        ["2.3", "Describe your vehicle fleet, including the number of vehicles able to carry bariatric "
                                "patients and wheelchair users, and your vehicle cleaning and infection prevention "
                                "regime.", "750", "15%"],
                        ["2.4", "Describe your quality assurance and clinical governance arrangements, including how you "
                                "will learn from incidents and complaints.", "750", "10%"],
                        ["2.5", "Describe your environmental management system and confirm whether it is certified to "
                                "ISO 14001.", "300", "5%"]])],
                [("h", "Social Value and Net Zero"),
                 ("t", [["No.", "Question", "Word limit", "Weighting"],
                        ["SV1", "Fighting climate change: describe the steps you will take, over and above the Trust's "
                                "fleet requirements, to reduce the greenhouse gas emissions of the vehicles used on this "
                                "contract, and how you will report progress.", "750", "5%"],
                        ["SV2", "Wellbeing: describe how you will support the physical and mental health of your "
                                "drivers and control room staff, including those working night shifts.", "500", "5%"]])],
            ]},
            {"name": "STH NEPTS ITT Volume 3 - Pricing Schedule.pdf", "pages": [
                [("h", "Volume 3: Pricing Schedule"),
                 ("p", "Tenderers must complete the yellow cells in the Excel version of this schedule. The volumes below "
                       "are indicative annual activity for pricing only and are not a guarantee of work."),
                 ("t", [["Journey type", "Estimated journeys per year", "Price per journey (£)"],
                        ["Ambulatory (seated)", "31,500", "[to be completed]"],
                        ["Wheelchair", "12,200", "[to be completed]"],
                        ["Stretcher", "4,300", "[to be completed]"],
                        ["Bariatric", "650", "[to be completed]"]]),
                 ("p", "The Trust's current annual expenditure on patient transport is approximately £1,350,000. This "
                       "is given for information only and is not a budget."),
                 ("t", [["Contract year", "Period", "Total price (£)"],
                        ["Year 1", "1 October 2029 - 30 September 2030", "[to be completed]"],
                        ["Year 2", "1 October 2030 - 30 September 2031", "[to be completed]"],
                        ["Year 3", "1 October 2031 - 30 September 2032", "[to be completed]"],
                        ["Year 4", "1 October 2032 - 30 September 2033", "[to be completed]"],
                        ["Year 5", "1 October 2033 - 30 September 2034", "[to be completed]"],
                        ["Extension year 1 (optional)", "1 October 2034 - 30 September 2035", "[to be completed]"],
                        ["Extension year 2 (optional)", "1 October 2035 - 30 September 2036", "[to be completed]"]]),
                 ("p", "Prices must be held for the first 24 months. From month 25, prices may be adjusted once a year "
                       "by no more than the CPI rate published in the preceding July.")],
            ]},
        ],
        "tender": {
            "title": (["Non-Emergency Patient Transport Service (NEPTS)", "Non-Emergency Patient Transport Service"],
                      "STH NEPTS ITT Volume 1 - Instructions.pdf", 1),
            "buyer": ("Sheffield Teaching Hospitals NHS Foundation Trust", "STH NEPTS ITT Volume 1 - Instructions.pdf",
                      1),
            "service": (["Non-Emergency Patient Transport Service (NEPTS)", "Non-Emergency Patient Transport Service",
                         "non-emergency patient transport service",
                         "a non-emergency patient transport service for eligible patients",
                         "non-emergency patient transport service for eligible patients travelling to and from the "
                         "Northern General Hospital, the Royal Hallamshire Hospital and Weston Park Hospital"],
                        "STH NEPTS ITT Volume 1 - Instructions.pdf", 1),
            "area": ("Sheffield", "STH NEPTS ITT Volume 1 - Instructions.pdf", 1),
            # The £1,350,000 current annual spend in the pricing schedule is a decoy (annual, "not a budget").
            "value_gbp": (9800000, "STH NEPTS ITT Volume 1 - Instructions.pdf", 1),
            "months": (60, "STH NEPTS ITT Volume 1 - Instructions.pdf", 1),
            # "two 12-month extensions"; the pricing schedule's "first 24 months" price hold is a decoy.
            "extension_months": (24, "STH NEPTS ITT Volume 1 - Instructions.pdf", 1),
            # The timetable also lists the ITT date, the clarification deadline, award and start dates: decoys.
            "deadline": ("2029-03-12", "STH NEPTS ITT Volume 1 - Instructions.pdf", 1),
            "social_value_weighting_percent": (10, "STH NEPTS ITT Volume 1 - Instructions.pdf", 2),
            # Only the quality/price/social value split is given; no qualitative:quantitative split of social value.
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-100", "STH NEPTS ITT Volume 1 - Instructions.pdf", 2),
            "framework": ("ppn-06-20", "STH NEPTS ITT Volume 1 - Instructions.pdf", 2),
        },
        "questions": [
            {"id": "2.1", "text": "Describe how you will plan and schedule journeys so that patients arrive no more than "
                                  "30 minutes before their appointment and are collected within 60 minutes of being "
                                  "ready to leave.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": "STH NEPTS ITT Volume 2 - Quality Questionnaire.docx", "page": 1, "sub_criteria": []},
            {"id": "2.2", "text": "Describe how you will assess patient eligibility against the Department of Health and "
                                  "Social Care eligibility criteria and manage requests from patients who are not "
                                  "eligible.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": "STH NEPTS ITT Volume 2 - Quality Questionnaire.docx", "page": 1, "sub_criteria": []},
            {"id": "2.3", "text": "Describe your vehicle fleet, including the number of vehicles able to carry bariatric "
                                  "patients and wheelchair users, and your vehicle cleaning and infection prevention "
                                  "regime.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": "STH NEPTS ITT Volume 2 - Quality Questionnaire.docx", "page": 1, "sub_criteria": []},
            {"id": "2.4", "text": "Describe your quality assurance and clinical governance arrangements, including how "
                                  "you will learn from incidents and complaints.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": "STH NEPTS ITT Volume 2 - Quality Questionnaire.docx", "page": 1, "sub_criteria": []},
            # A compliance question on the bidder's environmental management system, weighted within Quality.
            {"id": "2.5", "text": "Describe your environmental management system and confirm whether it is certified to "
                                  "ISO 14001.",
             "word_limit": 300, "char_limit": None, "weighting_percent": 5, "social_value": False,
             "source": "STH NEPTS ITT Volume 2 - Quality Questionnaire.docx", "page": 1, "sub_criteria": []},
            {"id": "SV1", "text": ["Fighting climate change: describe the steps you will take, over and above the "
                                   "Trust's fleet requirements, to reduce the greenhouse gas emissions of the vehicles "
                                   "used on this contract, and how you will report progress.",
                                   "describe the steps you will take, over and above the Trust's fleet requirements, to "
                                   "reduce the greenhouse gas emissions of the vehicles used on this contract, and how "
                                   "you will report progress."],
             "word_limit": 750, "char_limit": None, "weighting_percent": 5, "social_value": True,
             "source": "STH NEPTS ITT Volume 2 - Quality Questionnaire.docx", "page": 2, "sub_criteria": []},
            {"id": "SV2", "text": ["Wellbeing: describe how you will support the physical and mental health of your "
                                   "drivers and control room staff, including those working night shifts.",
                                   "describe how you will support the physical and mental health of your drivers and "
                                   "control room staff, including those working night shifts."],
             "word_limit": 500, "char_limit": None, "weighting_percent": 5, "social_value": True,
             "source": "STH NEPTS ITT Volume 2 - Quality Questionnaire.docx", "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held7-pdf-community-benefits-sub-weighted-award-table-range-value-bespoke",
        "files": [{"name": "Karbon Homes - Repairs and Voids ITT.pdf", "pages": [
            [("h", "Responsive Repairs and Void Works - County Durham"),
             ("p", "Invitation to Tender"),
             ("p", "Karbon Homes Limited, a registered provider of social housing, invites tenders for the delivery of "
                   "day-to-day responsive repairs, emergency repairs and void property works to approximately 4,800 "
                   "homes in County Durham."),
             ("p", "The contract value is estimated to be between £7,500,000 and £9,000,000 over the initial term, "
                   "depending on the volume of void works ordered."),
             ("p", "Term: five years, with the option to extend for a further period or periods of up to five years "
                   "in total."),
             ("p", "Tenders must be received through the In-Tend portal no later than Tuesday, 3rd April 2029 at "
                   "17:00 hrs.")],
            [("h", "Section 3: Award Criteria"),
             ("p", "The contract will be awarded to the most economically advantageous tender. The criteria, "
                   "sub-criteria and weightings are set out below."),
             ("t", [["Criterion", "Sub-criterion", "Weighting"],
                    ["Price", "Schedule of rates and void price per property", "40%"],
                    ["Quality", "Q1 Repairs delivery model", "15%"],
                    ["Quality", "Q2 Void turnaround", "15%"],
                    ["Quality", "Q3 Keeping residents informed and complaints", "10%"],
                    ["Quality", "Q4 Equality, diversity and inclusion", "5%"],
                    ["Community Benefits", "CB1 Local jobs and skills", "10%"],
                    ["Community Benefits", "CB2 Supporting our communities", "5%"],
                    ["Total", "", "100%"]]),
             ("p", "Community Benefits is Karbon Homes' name for social value and carries 15% of the total marks in "
                   "all. Community Benefits responses will be assessed against the Karbon Homes Social Value Charter "
                   "2027."),
             ("p", "Each quality and community benefits response will be given a score from 0 to 10, which is then "
                   "multiplied by the weighting.")],
            [("h", "Section 4: Quality Questions"),
             ("p", "Responses are limited to the number of characters shown, including spaces."),
             ("p", "Q1 Repairs delivery model"),
             ("p", "Describe how you will deliver responsive and emergency repairs across County Durham, including how "
                   "you will achieve a right-first-time rate of 90% and attend emergencies within 4 hours."),
             ("p", "(max. 3,000 characters)"),
             ("p", "Q2 Void turnaround"),
             ("p", "Explain how you will return void properties to the Lettable Standard within an average of 15 "
                   "calendar days, including how you will manage major voids."),
             ("p", "(max. 3,000 characters)"),
             ("p", "Q3 Keeping residents informed and complaints"),
             ("p", "How will you make sure residents are kept informed about their repair, and how will you handle "
                   "complaints in line with the Housing Ombudsman's Complaint Handling Code?"),
             ("p", "(max. 2,000 characters)"),
             ("p", "Q4 Equality, diversity and inclusion"),
             ("p", "Describe how your equality, diversity and inclusion policy will be applied to this contract, "
                   "including how operatives will make reasonable adjustments for residents who are disabled or "
                   "vulnerable."),
             ("p", "(max. 1,500 characters)")],
            [("h", "Section 5: Community Benefits"),
             ("p", "CB1 Local jobs and skills"),
             ("p", "What will you do to create jobs, apprenticeships and training for Karbon Homes residents and other "
                   "people in County Durham through this contract?"),
             ("p", "(max. 2,500 characters)"),
             ("p", "CB2 Supporting our communities"),
             ("p", "Describe how you will support community groups, tenants' associations and local charities in the "
                   "neighbourhoods where we have homes, for example through volunteering, donations or the use of "
                   "local suppliers."),
             ("p", "(max. 2,000 characters)")],
        ]}],
        "tender": {
            "title": (["Responsive Repairs and Void Works - County Durham", "Responsive Repairs and Void Works"],
                      "Karbon Homes - Repairs and Voids ITT.pdf", 1),
            "buyer": (["Karbon Homes Limited", "Karbon Homes"], "Karbon Homes - Repairs and Voids ITT.pdf", 1),
            "service": (["Responsive Repairs and Void Works", "responsive repairs and void works",
                         "day-to-day responsive repairs, emergency repairs and void property works",
                         "the delivery of day-to-day responsive repairs, emergency repairs and void property works",
                         "day-to-day responsive repairs, emergency repairs and void property works to approximately "
                         "4,800 homes in County Durham"],
                        "Karbon Homes - Repairs and Voids ITT.pdf", 1),
            "area": ("County Durham", "Karbon Homes - Repairs and Voids ITT.pdf", 1),
            # Only a range ("between £7,500,000 and £9,000,000") is stated; the pack states no single total.
            "value_gbp": None,
            "months": (60, "Karbon Homes - Repairs and Voids ITT.pdf", 1),
            "extension_months": (60, "Karbon Homes - Repairs and Voids ITT.pdf", 1),
            "deadline": ("2029-04-03", "Karbon Homes - Repairs and Voids ITT.pdf", 1),
            # Stated in the sentence after the award table ("carries 15% of the total marks in all"), = CB1 10% + CB2 5%.
            "social_value_weighting_percent": (15, "Karbon Homes - Repairs and Voids ITT.pdf", 2),
            # No qualitative:quantitative split of social value is stated.
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-10", "Karbon Homes - Repairs and Voids ITT.pdf", 2),
            # The buyer's own Social Value Charter.
            "framework": ("bespoke", "Karbon Homes - Repairs and Voids ITT.pdf", 2),
        },
        "questions": [
            {"id": "Q1", "text": "Describe how you will deliver responsive and emergency repairs across County Durham, "
                                 "including how you will achieve a right-first-time rate of 90% and attend emergencies "
                                 "within 4 hours.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 15, "social_value": False,
             "source": "Karbon Homes - Repairs and Voids ITT.pdf", "page": 3, "sub_criteria": []},
            {"id": "Q2", "text": "Explain how you will return void properties to the Lettable Standard within an average "
                                 "of 15 calendar days, including how you will manage major voids.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 15, "social_value": False,
             "source": "Karbon Homes - Repairs and Voids ITT.pdf", "page": 3, "sub_criteria": []},
            {"id": "Q3", "text": "How will you make sure residents are kept informed about their repair, and how will you "
                                 "handle complaints in line with the Housing Ombudsman's Complaint Handling Code?",
             "word_limit": None, "char_limit": 2000, "weighting_percent": 10, "social_value": False,
             "source": "Karbon Homes - Repairs and Voids ITT.pdf", "page": 3, "sub_criteria": []},
            {"id": "Q4", "text": "Describe how your equality, diversity and inclusion policy will be applied to this "
                                 "contract, including how operatives will make reasonable adjustments for residents who "
                                 "are disabled or vulnerable.",
             "word_limit": None, "char_limit": 1500, "weighting_percent": 5, "social_value": False,
             "source": "Karbon Homes - Repairs and Voids ITT.pdf", "page": 3, "sub_criteria": []},
            {"id": "CB1", "text": "What will you do to create jobs, apprenticeships and training for Karbon Homes "
                                  "residents and other people in County Durham through this contract?",
             "word_limit": None, "char_limit": 2500, "weighting_percent": 10, "social_value": True,
             "source": "Karbon Homes - Repairs and Voids ITT.pdf", "page": 4, "sub_criteria": []},
            {"id": "CB2", "text": "Describe how you will support community groups, tenants' associations and local "
                                  "charities in the neighbourhoods where we have homes, for example through "
                                  "volunteering, donations or the use of local suppliers.",
             "word_limit": None, "char_limit": 2000, "weighting_percent": 5, "social_value": True,
             "source": "Karbon Homes - Repairs and Voids ITT.pdf", "page": 4, "sub_criteria": []},
        ],
    },
    {
        "name": "held7-docx-sv-share-of-quality-derived-fair-work-decoy-page-limit-bespoke",
        "files": [{"name": "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", "pages": [
            [("h", "Bus Shelter Cleaning and Maintenance"),
             ("p", "Invitation to Tender"),
             ("p", "The West Yorkshire Combined Authority (the Combined Authority) is seeking a contractor to clean, "
                   "inspect and repair around 14,000 bus shelters and 2,500 bus stop poles across West Yorkshire."),
             ("t", [["Procurement reference", "WYCA-TR-2029-011"],
                    ["Total budget available", "£4.75 million (initial term only)"],
                    ["Duration", "Four (4) years from 1 September 2029, with the option to extend for up to two (2) "
                                 "further years"],
                    ["Return date", "12:00 noon, Thursday 1 March 2029"]])],
            [("h", "Evaluation"),
             ("p", "Tenders will be evaluated on Quality 70%, of which Social Value 15%, and Price 30%. The Social Value "
                   "weighting is a percentage of the quality marks, not of the total score."),
             ("p", "Social value will be assessed against the Combined Authority's Social Value Framework, which sets "
                   "out the Mayor's priorities for inclusive growth, thriving communities and tackling the climate "
                   "emergency."),
             ("p", "Responses will be scored 0 to 5 as follows: 0 - no response; 1 - very poor; 2 - poor; "
                   "3 - satisfactory; 4 - good; 5 - excellent.")],
            [("h", "Technical Questions"),
             ("p", "T1 Cleaning and inspection"),
             ("p", "Describe your cleaning and inspection cycle for bus shelters, including how you will prioritise "
                   "shelters at bus stations and high-footfall stops."),
             ("p", "Please limit your answer to 750 words."),
             ("p", "T2 Reactive repairs"),
             ("p", "Explain how you will make damaged shelters safe within 2 hours and complete permanent repairs "
                   "within 5 working days, including glass replacement."),
             ("p", "Please limit your answer to 750 words."),
             ("p", "T3 Fair work"),
             ("p", "Describe how your employment practices for staff working on this contract meet the West Yorkshire "
                   "Fair Work Charter, including pay, the use of zero-hours contracts and employee voice."),
             ("p", "500 words maximum"),
             ("p", "T4 Quality assurance"),
             ("p", "Describe your quality assurance process, including how you will audit completed cleans and report "
                   "performance to the Combined Authority each month."),
             ("p", "500 words maximum")],
            [("h", "Social Value"),
             ("p", "SV1 Social Value"),
             ("p", "Tell us how you will contribute to the Combined Authority's Social Value Framework through this "
                   "contract. In particular, tell us how you will:"),
             ("b", "recruit people from West Yorkshire who are unemployed or face barriers to work"),
             ("b", "spend with small businesses and social enterprises based in West Yorkshire"),
             ("b", "reduce the carbon emissions from your vehicles and depot"),
             ("p", "Your response must not exceed two A4 pages.")],
        ]}],
        "tender": {
            "title": ("Bus Shelter Cleaning and Maintenance", "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", 1),
            "buyer": (["West Yorkshire Combined Authority", "The West Yorkshire Combined Authority"],
                      "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", 1),
            "service": (["Bus Shelter Cleaning and Maintenance", "bus shelter cleaning and maintenance",
                         "clean, inspect and repair around 14,000 bus shelters and 2,500 bus stop poles",
                         "clean, inspect and repair bus shelters and bus stop poles"],
                        "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", 1),
            "area": ("West Yorkshire", "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", 1),
            "value_gbp": (4750000, "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", 1),
            "months": (48, "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", 1),
            "extension_months": (24, "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", 1),
            "deadline": ("2029-03-01", "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", 1),
            # 15% of the quality marks x quality 70% of the total = 10.5% of the total (a derived value, as
            # docs/CLI.md describes for "15% of the quality marks" with the quality weighting stated).
            "social_value_weighting_percent": (10.5, "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", 2),
            # "Quality 70% ... Price 30%" is the award split, not a qualitative:quantitative social value split.
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-5", "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", 2),
            # The buyer's own Social Value Framework (the Mayor's priorities).
            "framework": ("bespoke", "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", 2),
        },
        "questions": [
            # No question carries its own weighting in this pack.
            {"id": "T1", "text": "Describe your cleaning and inspection cycle for bus shelters, including how you will "
                                 "prioritise shelters at bus stations and high-footfall stops.",
             "word_limit": 750, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", "page": 3, "sub_criteria": []},
            {"id": "T2", "text": "Explain how you will make damaged shelters safe within 2 hours and complete permanent "
                                 "repairs within 5 working days, including glass replacement.",
             "word_limit": 750, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", "page": 3, "sub_criteria": []},
            # Fair work is asked as a technical question, outside the Social Value section.
            {"id": "T3", "text": "Describe how your employment practices for staff working on this contract meet the "
                                 "West Yorkshire Fair Work Charter, including pay, the use of zero-hours contracts and "
                                 "employee voice.",
             "word_limit": 500, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", "page": 3, "sub_criteria": []},
            {"id": "T4", "text": "Describe your quality assurance process, including how you will audit completed cleans "
                                 "and report performance to the Combined Authority each month.",
             "word_limit": 500, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", "page": 3, "sub_criteria": []},
            {"id": "SV1", "text": ["Tell us how you will contribute to the Combined Authority's Social Value Framework "
                                   "through this contract.",
                                   "Tell us how you will contribute to the Combined Authority's Social Value Framework "
                                   "through this contract. In particular, tell us how you will:"],
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": None, "social_value": True,
             "source": "WYCA Bus Shelter Cleaning and Maintenance - ITT.docx", "page": 4,
             "sub_criteria": ["recruit people from West Yorkshire who are unemployed or face barriers to work",
                              "spend with small businesses and social enterprises based in West Yorkshire",
                              "reduce the carbon emissions from your vehicles and depot"]},
        ],
    },
    {
        "name": "held7-three-files-university-responsible-procurement-1plus1-no-scale-no-framework",
        "files": [
            {"name": "UoL-OOH-Helpline-ITT.pdf", "pages": [
                [("h", "Out-of-Hours Student Support Helpline"),
                 ("p", "Invitation to Tender issued by the University of Leicester"),
                 ("p", "The University of Leicester (the University) requires a provider to operate a telephone, text "
                       "and web chat support helpline for its students, most of whom live in the city of Leicester, "
                       "available from 5pm to 9am on weekdays and 24 hours a day at weekends and on bank holidays."),
                 ("p", "Contract Period: 1+1 years, starting 1 August 2029."),
                 ("p", "The total contract value, including the optional extension year, will not exceed £360,000 "
                       "(excluding VAT)."),
                 ("p", "Closing date for tenders: 10.00 am on 19th February 2029.")],
                [("h", "Evaluation"),
                 ("t", [["Section", "Weighting"],
                        ["Technical and Quality (Section B)", "50%"],
                        ["Responsible Procurement (Section C)", "10%"],
                        ["Commercial (Section D)", "40%"]]),
                 ("p", "The questions in Sections B and C carry the weightings shown in the Response Document."),
                 ("p", "Responsible Procurement assesses the social, economic and environmental benefits a supplier "
                       "will deliver through the contract."),
                 ("p", "Responses will be evaluated by a panel drawn from Student Services and Procurement.")],
            ]},
            {"name": "UoL-OOH-Helpline-Specification.pdf", "pages": [
                [("h", "Service Specification"),
                 ("p", "1. The helpline must answer 90% of calls within 60 seconds and respond to 95% of text and web "
                       "chat messages within 5 minutes."),
                 ("p", "2. Call handlers must be trained in suicide prevention and safeguarding and be supervised by a "
                       "qualified clinician."),
                 ("p", "3. The provider must escalate any student at immediate risk to the emergency services and notify "
                       "the University's Duty Officer by 9am the next working day."),
                 ("p", "4. The provider must hold ISO 27001 certification or Cyber Essentials Plus."),
                 ("t", [["KPI", "Target", "Reported"],
                        ["Calls answered within 60 seconds", "90%", "Monthly"],
                        ["Messages answered within 5 minutes", "95%", "Monthly"],
                        ["Escalations notified by 9am", "100%", "Weekly"]])],
            ]},
            {"name": "UoL-OOH-Helpline-Response-Document.docx", "pages": [
                [("h", "Response Document"),
                 ("h", "Section B: Technical and Quality"),
                 ("p", "B1. Service model (20%)"),
                 ("p", "Describe how you will staff and operate the helpline to meet the response times in the "
                       "Specification at the busiest times of the academic year, including the start of term and the "
                       "examination period."),
                 ("p", "Response: up to 1,000 words"),
                 ("p", "B2. Risk and escalation (15%)"),
                 ("p", "Describe how call handlers will identify and respond to a student at risk of harm, including your "
                       "escalation route to the emergency services and the University."),
                 ("p", "Response: up to 750 words"),
                 ("p", "B3. Information security (5%)"),
                 ("p", "Explain how you will keep students' personal data secure and confidential, and confirm your ISO "
                       "27001 or Cyber Essentials Plus certification."),
                 ("p", "Response: up to 300 words"),
                 ("p", "B4. Equality, diversity and inclusion (10%)"),
                 ("p", "How will you ensure the service is accessible to and appropriate for students of all "
                       "backgrounds, including international students, disabled students and LGBTQ+ students?"),
                 ("p", "Response: up to 500 words")],
                [("h", "Section C: Responsible Procurement"),
                 ("p", "C1. Responsible Procurement (10%)"),
                 ("p", "Describe the social, economic and environmental benefits you will deliver through this contract "
                       "that go beyond the requirements of the Specification, with the measures you will use to report "
                       "them to the University."),
                 ("p", "Response: up to 500 words"),
                 ("h", "Section D: Commercial"),
                 ("p", "Complete the Pricing Schedule at Appendix 1 and return it with this Response Document.")],
            ]},
        ],
        "tender": {
            "title": ("Out-of-Hours Student Support Helpline", "UoL-OOH-Helpline-ITT.pdf", 1),
            "buyer": (["University of Leicester", "The University of Leicester"], "UoL-OOH-Helpline-ITT.pdf", 1),
            "service": (["Out-of-Hours Student Support Helpline", "out-of-hours student support helpline",
                         "a telephone, text and web chat support helpline for its students",
                         "operate a telephone, text and web chat support helpline for its students"],
                        "UoL-OOH-Helpline-ITT.pdf", 1),
            "area": (["Leicester", "the city of Leicester"], "UoL-OOH-Helpline-ITT.pdf", 1),
            # "will not exceed £360,000", including the optional extension year.
            "value_gbp": (360000, "UoL-OOH-Helpline-ITT.pdf", 1),
            # "1+1 years": a one-year initial term and a one-year extension.
            "months": (12, "UoL-OOH-Helpline-ITT.pdf", 1),
            "extension_months": (12, "UoL-OOH-Helpline-ITT.pdf", 1),
            "deadline": ("2029-02-19", "UoL-OOH-Helpline-ITT.pdf", 1),
            # "Responsible Procurement (Section C) 10%" in the evaluation table.
            "social_value_weighting_percent": (10, "UoL-OOH-Helpline-ITT.pdf", 2),
            # No qualitative:quantitative split is stated.
            "qualitative_percent": None,
            "quantitative_percent": None,
            # The pack states no scoring scale (only who evaluates); the KPI percentages are not a scale.
            "scoring_scale": None,
            # No framework, policy or charter is named for evaluating responsible procurement.
            "framework": None,
        },
        "questions": [
            {"id": "B1", "text": "Describe how you will staff and operate the helpline to meet the response times in the "
                                 "Specification at the busiest times of the academic year, including the start of term "
                                 "and the examination period.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": "UoL-OOH-Helpline-Response-Document.docx", "page": 1, "sub_criteria": []},
            {"id": "B2", "text": "Describe how call handlers will identify and respond to a student at risk of harm, "
                                 "including your escalation route to the emergency services and the University.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": "UoL-OOH-Helpline-Response-Document.docx", "page": 1, "sub_criteria": []},
            {"id": "B3", "text": "Explain how you will keep students' personal data secure and confidential, and confirm "
                                 "your ISO 27001 or Cyber Essentials Plus certification.",
             "word_limit": 300, "char_limit": None, "weighting_percent": 5, "social_value": False,
             "source": "UoL-OOH-Helpline-Response-Document.docx", "page": 1, "sub_criteria": []},
            {"id": "B4", "text": "How will you ensure the service is accessible to and appropriate for students of all "
                                 "backgrounds, including international students, disabled students and LGBTQ+ students?",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": "UoL-OOH-Helpline-Response-Document.docx", "page": 1, "sub_criteria": []},
            {"id": "C1", "text": "Describe the social, economic and environmental benefits you will deliver through this "
                                 "contract that go beyond the requirements of the Specification, with the measures you "
                                 "will use to report them to the University.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": "UoL-OOH-Helpline-Response-Document.docx", "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held7-pdf-and-docx-police-added-value-national-toms-60-40-page-limit-column",
        "files": [
            {"name": "LC-VRS-ITT.pdf", "pages": [
                [("h", "Police Vehicle Recovery and Storage Service"),
                 ("p", "Invitation to Tender"),
                 ("p", "The Chief Constable of Lancashire Constabulary (the Constabulary) invites tenders for the "
                       "recovery, secure storage and disposal of vehicles seized, abandoned or involved in collisions on "
                       "the road network in Lancashire, 24 hours a day, 365 days a year."),
                 ("p", "The contract will run for an initial term of three years, which may be extended for one further "
                       "period of up to twelve months."),
                 ("p", "The estimated contract value is £2,100,000 over the maximum four-year term."),
                 ("t", [["Tender submission deadline", "09-Jan-2029 14:00"],
                        ["Submission via", "Bluelight e-tendering portal"]])],
                [("h", "Award Criteria"),
                 ("t", [["Criterion", "Weighting"],
                        ["Commercial", "50%"],
                        ["Technical", "35%"],
                        ["Added Value (Social Value)", "15%"]]),
                 ("p", "The Constabulary uses the term Added Value for social value. Social value will be assessed 60% "
                       "qualitative, 40% quantitative (TOMs), using the National Themes, Outcomes and Measures (TOMs)."),
                 ("p", "The quantitative element is the value of the commitments entered in the TOMs calculator. The "
                       "qualitative element is the response to question AV1."),
                 ("p", "Technical and Added Value responses will be scored using the following scale:"),
                 ("t", [["Score", "Descriptor"],
                        ["10", "Excellent - a full, robust response with no weaknesses"],
                        ["7", "Good - a sound response with minor weaknesses"],
                        ["5", "Satisfactory - meets the requirement with some weaknesses"],
                        ["3", "Weak - significant weaknesses or omissions"],
                        ["0", "Unacceptable - no response, or the response does not address the question"]])],
            ]},
            {"name": "LC-VRS Tender Response Document.docx", "pages": [
                [("h", "Tender Response Document"),
                 ("p", "Technical questions. Responses must use Arial 11 point; pages beyond the maximum length will not "
                       "be evaluated."),
                 ("t", [["Ref", "Requirement", "Weighting", "Maximum length"],
                        ["T1", "Describe how you will attend police requests for vehicle recovery within 30 minutes in "
                               "urban areas and 45 minutes in rural areas of Lancashire, at any time of day or night.",
                         "10%", "4 sides of A4"],
                        ["T2", "Describe how you will preserve the forensic integrity and continuity of evidence of "
                               "vehicles recovered from crime scenes and fatal collisions.", "10%", "3 sides of A4"],
                        ["T3", "Describe the security of your storage compound, including CCTV, access control and how "
                               "you will prevent the loss or theft of stored vehicles and property.", "8%",
                         "2 sides of A4"],
                        ["T4", "Provide your environmental management policy and describe how you will prevent fluid "
                               "leaks and dispose of end-of-life vehicles in line with the End-of-Life Vehicles "
                               "Regulations.", "4%", "1 side of A4"],
                        ["T5", "Describe the vetting you will carry out on staff who will handle police vehicles and "
                               "property, and how you will keep it up to date.", "3%", "1 side of A4"]])],
                [("h", "Added Value"),
                 ("p", "AV1 Added Value (9%)"),
                 ("p", "Using the National TOMs, describe the additional benefits you will deliver for communities in "
                       "Lancashire through this contract, with particular reference to:"),
                 ("b", "employment and training for ex-offenders and young people at risk of offending"),
                 ("b", "volunteering with local community safety organisations"),
                 ("b", "support for victims of road traffic collisions and their families"),
                 ("p", "Maximum length: 2 sides of A4.")],
            ]},
        ],
        "tender": {
            "title": ("Police Vehicle Recovery and Storage Service", "LC-VRS-ITT.pdf", 1),
            "buyer": (["Chief Constable of Lancashire Constabulary", "The Chief Constable of Lancashire Constabulary",
                       "Lancashire Constabulary"], "LC-VRS-ITT.pdf", 1),
            "service": (["Police Vehicle Recovery and Storage Service", "vehicle recovery and storage",
                         "the recovery, secure storage and disposal of vehicles",
                         "recovery, secure storage and disposal of vehicles seized, abandoned or involved in "
                         "collisions"],
                        "LC-VRS-ITT.pdf", 1),
            "area": ("Lancashire", "LC-VRS-ITT.pdf", 1),
            "value_gbp": (2100000, "LC-VRS-ITT.pdf", 1),
            "months": (36, "LC-VRS-ITT.pdf", 1),
            "extension_months": (12, "LC-VRS-ITT.pdf", 1),
            "deadline": ("2029-01-09", "LC-VRS-ITT.pdf", 1),
            "social_value_weighting_percent": (15, "LC-VRS-ITT.pdf", 2),
            "qualitative_percent": (60, "LC-VRS-ITT.pdf", 2),
            "quantitative_percent": (40, "LC-VRS-ITT.pdf", 2),
            # The descriptor table runs 0 to 10 (only 0, 3, 5, 7 and 10 are used).
            "scoring_scale": ("0-10", "LC-VRS-ITT.pdf", 2),
            "framework": ("national-toms", "LC-VRS-ITT.pdf", 2),
        },
        "questions": [
            {"id": "T1", "text": "Describe how you will attend police requests for vehicle recovery within 30 minutes in "
                                 "urban areas and 45 minutes in rural areas of Lancashire, at any time of day or night.",
             "word_limit": None, "char_limit": None, "page_limit": 4, "weighting_percent": 10, "social_value": False,
             "source": "LC-VRS Tender Response Document.docx", "page": 1, "sub_criteria": []},
            {"id": "T2", "text": "Describe how you will preserve the forensic integrity and continuity of evidence of "
                                 "vehicles recovered from crime scenes and fatal collisions.",
             "word_limit": None, "char_limit": None, "page_limit": 3, "weighting_percent": 10, "social_value": False,
             "source": "LC-VRS Tender Response Document.docx", "page": 1, "sub_criteria": []},
            {"id": "T3", "text": "Describe the security of your storage compound, including CCTV, access control and how "
                                 "you will prevent the loss or theft of stored vehicles and property.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 8, "social_value": False,
             "source": "LC-VRS Tender Response Document.docx", "page": 1, "sub_criteria": []},
            # Environmental compliance (a legal duty), weighted under Technical: not social value.
            {"id": "T4", "text": "Provide your environmental management policy and describe how you will prevent fluid "
                                 "leaks and dispose of end-of-life vehicles in line with the End-of-Life Vehicles "
                                 "Regulations.",
             "word_limit": None, "char_limit": None, "page_limit": 1, "weighting_percent": 4, "social_value": False,
             "source": "LC-VRS Tender Response Document.docx", "page": 1, "sub_criteria": []},
            {"id": "T5", "text": "Describe the vetting you will carry out on staff who will handle police vehicles and "
                                 "property, and how you will keep it up to date.",
             "word_limit": None, "char_limit": None, "page_limit": 1, "weighting_percent": 3, "social_value": False,
             "source": "LC-VRS Tender Response Document.docx", "page": 1, "sub_criteria": []},
            {"id": "AV1", "text": "Using the National TOMs, describe the additional benefits you will deliver for "
                                  "communities in Lancashire through this contract, with particular reference to:",
             # "(9%)" on the question's own line: 60% qualitative of the 15% Added Value weighting.
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 9, "social_value": True,
             "source": "LC-VRS Tender Response Document.docx", "page": 2,
             "sub_criteria": ["employment and training for ex-offenders and young people at risk of offending",
                              "volunteering with local community safety organisations",
                              "support for victims of road traffic collisions and their families"]},
        ],
    },
]
