"""A ninth held-out set for the tender intake, written by a separate writer who never read the extractor's code,
and committed before the extractor was run on it. Six packs from buyers and services the earlier sets do not use (a
council's school crossing patrol service, an NHS foundation trust's IT service desk, a council public health team's
community stop smoking service, a council's independent advocacy services, a council's market hall concession and a
police force's custody healthcare), split as: a single PDF with a cover, a contents page (section names and page
numbers that are not questions), a running header and a "Page N of 7" footer on every page; a PDF ITT plus a Word
questionnaire whose questions sit in one table with the columns "No. | Criterion | Weighting | Word count"; a Word
ITT plus a Word pricing schedule laid out like an Excel workbook (annual volumes, an affordability ceiling for years
1 to 3, a 70/30 block/outcome payment split, a 24-month price hold and a current outturn, all decoys); three files
(ITT PDF, Word quality questionnaire and a separate Word "Social Value Method Statement" template that alone gives the
social value weighting); a single Word ITT for a concession; and a PDF ITT plus a Word tender response document with
one two-column box (table) per question.

Phrasings tested: values "The estimated value of the contract is £420,000 per year; the total value over the maximum
term is £2,100,000", "circa £1.8m over the full term, including the optional extensions", "£975,000 excluding VAT
for the full 5-year term" (beside a £585,000 years 1-3 ceiling in the pricing schedule), "The annual budget for the
service is circa £310,000" (annual only, so no value), "The estimated value of the concession ... over the full
ten-year term, is £6,400,000" and "Maximum contract value: £11,250,000 over five years (including extensions)"
(beside a current annual cost); terms "a period of three (3) years ... with the option to extend for a further period
or periods of up to two (2) years", "An initial 18 months, with the option to extend by a further 12 months and then a
further 12 months", "An initial term of three (3) years ... extend by up to two (2) further years", "an initial 18
months ... for up to a further 18 months", "an initial term of five (5) years, with the option to extend for a
further five (5) years" and "3 years + 1 year + 1 year"; deadlines "Return date: 17:00, Friday 7 September 2029" (on
the cover and again in section 1, beside a clarification date), "14.09.29 at 5pm" (beside "31.08.29 at 5pm"), "by no
later than 12 noon on the 21st of September 2029", "by 12:00 on Monday 1 October 2029" (beside an outcome date), "by
5pm on 28/09/2029" (beside a site visit on 06/09/2029) and "by 14:00 hrs on Thursday 4th October 2029" (beside a
clarification close). Social value weighting: "Within quality, social value is worth 10% of the total score"; only
in the Word questionnaire's table row for the social value question (the ITT gives "Price 40% and Quality 60%"); a
key-facts table row "Price 40%, Quality 45%, Social Value 15%"; only in the separate method statement template
("carries 10% of the total score"); "worth 20% of the quality marks" with "Quality 70%" (derived 14); and an award
table row "Social Value | 10%". Two packs state a social value split ("split equally between qualitative and
quantitative"; "20% quantitative via the TOMs calculator and 80% qualitative"); the others give only decoys (price
40 / quality 60 twice, Technical/Commercial/Social Value, a 70/30 payment split). Scales 0-4, 0-100 ("0, 25, 50, 75,
100"), 0-10, a 1-5 descriptor table with no 0, 0-5 and none stated (beside a 60% technical threshold). Frameworks
cm-toms, ppn-06-20, national-toms, bespoke (a council's Community Wealth Building Strategy), none and ppn-002. The
social value question is called "Social Value" (bullets), "Inclusive Economy" (a table row), "Social Value" (after a
Carbon reduction question), "Community Wealth Building" (in the template, with bullets), "Local Benefits" (bullets)
and "Social Value Commitments" (a question box). Limits are written "Answer in no more than 1,000 words", a "Word
count" column, "Maximum 5,000 characters (including spaces)", "Maximum 3 sides of A4", "Limit: 1,000 words" and a
"Maximum length" row ("4,500 characters (including spaces)"). Decoys: environmental policy, mobilisation and TUPE,
data protection (UK GDPR, the Data Security and Protection Toolkit), a mobilisation and exit plan, a Carbon Reduction
Plan, information governance, equality and accessibility, an exit plan, health and safety, equality, diversity and
inclusion; none of them social value questions. Same shape as evals/intake_dev.py; a question's ``page_limit`` is
scored where given. Its first-run numbers are the unseen estimate.
"""

_WIRRAL = "Wirral Council - School Crossing Patrol Service ITT.pdf"
_WIRRAL_HEADER = "Wirral Council | School Crossing Patrol Service | Invitation to Tender | Ref WC/SCP/2029/12"
_LUH_ITT = "LUHFT IT Service Desk ITT.pdf"
_LUH_Q = "LUHFT IT Service Desk Quality Questionnaire.docx"
_SEFTON = "Sefton Council - Stop Smoking Service ITT.docx"
_SEFTON_PRICE = "Sefton Council - Stop Smoking Pricing Schedule.docx"
_WBC_ITT = "WBC Advocacy ITT.pdf"
_WBC_Q = "WBC Advocacy Quality Questionnaire.docx"
_WBC_SV = "WBC Advocacy Social Value Method Statement.docx"
_CWAC = "CWaC Chester Market Operator ITT.docx"
_CHESH_ITT = "Cheshire Constabulary - Custody Healthcare ITT.pdf"
_CHESH_TRD = "Cheshire Constabulary - Custody Healthcare Tender Response Document.docx"

PACKS = [
    {
        "name": "held9-pdf-wirral-crossing-patrols-contents-page-running-headers-cm-toms-split-equally-scale-0-4",
        "files": [{"name": _WIRRAL, "pages": [
            [("p", _WIRRAL_HEADER),
             ("h", "School Crossing Patrol Service"),
             ("p", "Invitation to Tender"),
             ("p", "Issued by Wirral Council, Highways and Infrastructure Directorate"),
             ("p", "Return date: 17:00, Friday 7 September 2029"),
             ("p", "Tenders must be submitted through The Chest. Tenders received after the return date will not be "
                   "opened."),
             ("p", "Page 1 of 7")],
            [("p", _WIRRAL_HEADER),
             ("h", "Contents"),
             ("t", [["Section", "Page"],
                    ["1. Introduction and Contract Details", "3"],
                    ["2. Evaluation", "4"],
                    ["3. Quality Questions", "5"],
                    ["4. Social Value", "7"]]),
             ("p", "Page 2 of 7")],
            [("p", _WIRRAL_HEADER),
             ("h", "1. Introduction and Contract Details"),
             ("p", "Wirral Council (the Council) is seeking a provider to recruit, train, equip and manage school "
                   "crossing patrol officers at 68 school crossing sites across Wirral, covering the morning and "
                   "afternoon school journeys during term time."),
             ("p", "The estimated value of the contract is £420,000 per year; the total value over the maximum term is "
                   "£2,100,000."),
             ("p", "The contract will be for a period of three (3) years from 1 January 2030, with the option to extend "
                   "for a further period or periods of up to two (2) years."),
             ("p", "Clarification questions must be submitted through The Chest by 17:00, Friday 24 August 2029."),
             ("p", "Return date: 17:00, Friday 7 September 2029."),
             ("p", "Page 3 of 7")],
            [("p", _WIRRAL_HEADER),
             ("h", "2. Evaluation"),
             ("p", "Tenders will be evaluated on the basis of 40% price and 60% quality. Within quality, social value is "
                   "worth 10% of the total score."),
             ("p", "Social value will be evaluated using the Cheshire and Merseyside Social Value Themes, Outcomes and "
                   "Measures (TOMs). The social value weighting is split equally between qualitative and quantitative: "
                   "the quantitative element is the value of the commitments in your TOMs offer, entered in the Social "
                   "Value Portal, and the qualitative element is your answer to Question 5."),
             ("p", "Quality and social value answers will be scored 0-4: 0 - no answer or an unacceptable answer; "
                   "1 - poor; 2 - satisfactory; 3 - good; 4 - excellent. The score is multiplied by the question's "
                   "weighting."),
             ("p", "Page 4 of 7")],
            [("p", _WIRRAL_HEADER),
             ("h", "3. Quality Questions"),
             ("p", "The weighting shown for each question is a percentage of the total score."),
             ("p", "Question 1 - Recruitment and retention of patrol officers (15%)"),
             ("p", "Describe how you will recruit, vet and retain enough school crossing patrol officers to staff all 68 "
                   "sites, including relief cover for sickness and holidays so that no site is left unstaffed."),
             ("p", "Answer in no more than 1,000 words."),
             ("p", "Question 2 - Training and road safety (15%)"),
             ("p", "Explain the training you will give patrol officers before they first work on the road and each year "
                   "after, in line with the Road Safety GB guidelines for school crossing patrols."),
             ("p", "Answer in no more than 750 words."),
             ("p", "Page 5 of 7")],
            [("p", _WIRRAL_HEADER),
             ("h", "3. Quality Questions (continued)"),
             ("p", "Question 3 - Mobilisation and TUPE (10%)"),
             ("p", "Set out your mobilisation plan for the period before 1 January 2030, including the TUPE transfer of "
                   "the current patrol officers from the Council and the issue of uniforms and equipment."),
             ("p", "Answer in no more than 750 words."),
             ("p", "Question 4 - Environmental policy (10%)"),
             ("p", "Provide your environmental policy and describe how you will reduce the environmental impact of "
                   "delivering this service, including staff travel between sites."),
             ("p", "Answer in no more than 500 words."),
             ("p", "Page 6 of 7")],
            [("p", _WIRRAL_HEADER),
             ("h", "4. Social Value"),
             ("p", "Question 5 - Social Value (5%)"),
             ("p", "Describe the social value you will deliver for Wirral residents through this contract, beyond the "
                   "patrol service itself, and how you will achieve the commitments in your TOMs offer. Your answer "
                   "should cover:"),
             ("b", "recruiting patrol officers from Wirral's most deprived wards, including older people and people "
                   "returning to work"),
             ("b", "road safety education sessions for pupils in Wirral primary schools"),
             ("b", "how you will record and report delivery against your TOMs offer each school term"),
             ("p", "Answer in no more than 1,000 words."),
             ("p", "The quantitative element of social value (5%) is scored from the TOMs offer you submit in the "
                   "Social Value Portal; it is not a written question."),
             ("p", "Page 7 of 7")],
        ]}],
        "tender": {
            # The title is on the cover (page 1); it is repeated in the running header on every page.
            "title": ("School Crossing Patrol Service", _WIRRAL, 1),
            "buyer": ("Wirral Council", _WIRRAL, [1, 3]),
            "service": (["School Crossing Patrol Service", "school crossing patrol service",
                         "recruit, train, equip and manage school crossing patrol officers at 68 school crossing sites",
                         "recruit, train, equip and manage school crossing patrol officers"],
                        _WIRRAL, [1, 3]),
            # "across Wirral" (section 1); the cover and every running header also carry "Wirral Council".
            "area": ("Wirral", _WIRRAL, [1, 3]),
            # "the total value over the maximum term is £2,100,000"; the £420,000 a year is annual_value_gbp.
            "value_gbp": (2100000, _WIRRAL, 3),
            # "three (3) years ... a further period or periods of up to two (2) years".
            "months": (36, _WIRRAL, 3),
            "extension_months": (24, _WIRRAL, 3),
            # Stated on the cover and again in section 1; the clarification date (24 August 2029) is a decoy.
            "deadline": ("2029-09-07", _WIRRAL, [1, 3]),
            "social_value_weighting_percent": (10, _WIRRAL, 4),
            # "split equally between qualitative and quantitative"; the 40% price / 60% quality split is a decoy.
            "qualitative_percent": (50, _WIRRAL, 4),
            "quantitative_percent": (50, _WIRRAL, 4),
            "scoring_scale": ("0-4", _WIRRAL, 4),
            "framework": ("cm-toms", _WIRRAL, 4),
        },
        "questions": [
            {"id": ["1", "Question 1", "Q1"],
             "text": "Describe how you will recruit, vet and retain enough school crossing patrol officers to staff all "
                     "68 sites, including relief cover for sickness and holidays so that no site is left unstaffed.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _WIRRAL, "page": 5, "sub_criteria": []},
            {"id": ["2", "Question 2", "Q2"],
             "text": "Explain the training you will give patrol officers before they first work on the road and each "
                     "year after, in line with the Road Safety GB guidelines for school crossing patrols.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _WIRRAL, "page": 5, "sub_criteria": []},
            {"id": ["3", "Question 3", "Q3"],
             "text": "Set out your mobilisation plan for the period before 1 January 2030, including the TUPE transfer "
                     "of the current patrol officers from the Council and the issue of uniforms and equipment.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _WIRRAL, "page": 6, "sub_criteria": []},
            # An environmental policy question in the quality section: not the social value question.
            {"id": ["4", "Question 4", "Q4"],
             "text": "Provide your environmental policy and describe how you will reduce the environmental impact of "
                     "delivering this service, including staff travel between sites.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _WIRRAL, "page": 6, "sub_criteria": []},
            # "(5%)": the qualitative half of the 10% social value weighting.
            {"id": ["5", "Question 5", "Q5"],
             "text": ["Describe the social value you will deliver for Wirral residents through this contract, beyond "
                      "the patrol service itself, and how you will achieve the commitments in your TOMs offer.",
                      "Describe the social value you will deliver for Wirral residents through this contract, beyond "
                      "the patrol service itself, and how you will achieve the commitments in your TOMs offer. Your "
                      "answer should cover:"],
             "word_limit": 1000, "char_limit": None, "weighting_percent": 5, "social_value": True,
             "source": _WIRRAL, "page": 7,
             "sub_criteria": ["recruiting patrol officers from Wirral's most deprived wards, including older people and "
                              "people returning to work",
                              "road safety education sessions for pupils in Wirral primary schools",
                              "how you will record and report delivery against your TOMs offer each school term"]},
        ],
    },
    {
        "name": "held9-pdf-and-docx-luhft-it-service-desk-word-count-column-inclusive-economy-ppn0620-0-100",
        "files": [
            {"name": _LUH_ITT, "pages": [
                [("h", "IT Service Desk Managed Service"),
                 ("p", "Invitation to Tender"),
                 ("p", "Liverpool University Hospitals NHS Foundation Trust (the Trust) invites tenders for a managed IT "
                       "service desk providing first-line support, 24 hours a day, to around 14,000 staff across its "
                       "hospital sites in Liverpool: the Royal Liverpool University Hospital, Aintree University "
                       "Hospital, Broadgreen Hospital and Liverpool University Dental Hospital."),
                 ("t", [["Reference", "LUHFT/IMT/2029/088"],
                        ["Contract value", "circa £1.8m over the full term, including the optional extensions"],
                        ["Contract term", "An initial 18 months, with the option to extend by a further 12 months and "
                                          "then a further 12 months"],
                        ["Clarification deadline", "31.08.29 at 5pm"],
                        ["Tender deadline", "14.09.29 at 5pm"],
                        ["Service start", "1 April 2030"]]),
                 ("p", "Tenders must be submitted through the Trust's Atamis portal. The questions are in the Quality "
                       "Questionnaire, which must be returned in Word format.")],
                [("h", "Evaluation"),
                 ("p", "Tenders will be evaluated on Price 40% and Quality 60%. Social value is assessed within quality "
                       "and is question 5 of the Quality Questionnaire; the weighting of each question is shown in the "
                       "questionnaire."),
                 ("p", "In line with NHS England guidance, social value is evaluated using the Social Value Model set out "
                       "in Procurement Policy Note PPN 06/20, under the theme Tackling economic inequality."),
                 ("p", "Each quality answer is scored on a scale of 0 to 100: 0 - no response or unacceptable; 25 - poor; "
                       "50 - satisfactory; 75 - good; 100 - excellent."),
                 ("p", "The successful supplier must sign the Trust's data processing agreement and must hold Cyber "
                       "Essentials Plus, evidenced in the Selection Questionnaire.")],
            ]},
            {"name": _LUH_Q, "pages": [
                [("h", "Quality Questionnaire"),
                 ("p", "Answer each question in the response box provided. Weightings are percentages of the total "
                       "score; question 5 is the Trust's social value question. Words over the word count will not be "
                       "evaluated."),
                 ("t", [["No.", "Criterion", "Weighting", "Word count"],
                        ["1", "Service model: describe how you will provide first-line support by telephone, self-service "
                              "portal and live chat 24 hours a day, 365 days a year, and resolve at least 75% of "
                              "incidents at first contact.", "20%", "1,000"],
                        ["2", "Clinical systems: explain how your analysts will prioritise and escalate incidents "
                              "affecting clinical systems, including the electronic patient record, so that patient care "
                              "is not delayed.", "15%", "750"],
                        ["3", "Data protection: describe how you will handle personal data and NHS smartcard requests "
                              "in line with UK GDPR and the Data Security and Protection Toolkit.", "5%", "500"],
                        ["4", "Mobilisation and exit: set out your mobilisation plan for the service start on 1 April "
                              "2030 and your exit plan for handing the service back to the Trust or to a new provider "
                              "at the end of the contract.", "10%", "750"],
                        ["5", "Inclusive Economy: describe how you will use this contract to create good jobs and IT "
                              "careers for people from the most deprived neighbourhoods of Liverpool, including "
                              "apprenticeships and work placements for young people, and how you will report the "
                              "outcomes to the Trust.", "10%", "750"]])],
            ]},
        ],
        "tender": {
            "title": (["IT Service Desk Managed Service", "IT Service Desk"], _LUH_ITT, 1),
            "buyer": ("Liverpool University Hospitals NHS Foundation Trust", _LUH_ITT, 1),
            "service": (["IT Service Desk Managed Service", "IT service desk", "a managed IT service desk",
                         "a managed IT service desk providing first-line support, 24 hours a day",
                         "managed IT service desk providing first-line support, 24 hours a day, to around 14,000 staff"],
                        _LUH_ITT, 1),
            "area": ("Liverpool", _LUH_ITT, 1),
            # "circa £1.8m over the full term, including the optional extensions".
            "value_gbp": (1800000, _LUH_ITT, 1),
            # "An initial 18 months, with the option to extend by a further 12 months and then a further 12 months".
            "months": (18, _LUH_ITT, 1),
            "extension_months": (24, _LUH_ITT, 1),
            # "14.09.29 at 5pm" (day first); "31.08.29 at 5pm" is the clarification deadline.
            "deadline": ("2029-09-14", _LUH_ITT, 1),
            # Stated only as the weighting of question 5, which the questionnaire says is the social value question
            # ("Weightings are percentages of the total score"); the ITT gives only Price 40% / Quality 60%.
            "social_value_weighting_percent": (10, _LUH_Q, 1),
            # Price 40% / Quality 60% is the award split; no qualitative:quantitative social value split is stated.
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-100", _LUH_ITT, 2),
            "framework": ("ppn-06-20", _LUH_ITT, 2),
        },
        "questions": [
            {"id": ["1", "Q1", "Question 1"],
             "text": ["Service model: describe how you will provide first-line support by telephone, self-service "
                      "portal and live chat 24 hours a day, 365 days a year, and resolve at least 75% of incidents at "
                      "first contact.",
                      "describe how you will provide first-line support by telephone, self-service portal and live chat "
                      "24 hours a day, 365 days a year, and resolve at least 75% of incidents at first contact."],
             "word_limit": 1000, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _LUH_Q, "page": 1, "sub_criteria": []},
            {"id": ["2", "Q2", "Question 2"],
             "text": ["Clinical systems: explain how your analysts will prioritise and escalate incidents affecting "
                      "clinical systems, including the electronic patient record, so that patient care is not delayed.",
                      "explain how your analysts will prioritise and escalate incidents affecting clinical systems, "
                      "including the electronic patient record, so that patient care is not delayed."],
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _LUH_Q, "page": 1, "sub_criteria": []},
            # Data protection (UK GDPR): not social value.
            {"id": ["3", "Q3", "Question 3"],
             "text": ["Data protection: describe how you will handle personal data and NHS smartcard requests in line "
                      "with UK GDPR and the Data Security and Protection Toolkit.",
                      "describe how you will handle personal data and NHS smartcard requests in line with UK GDPR and "
                      "the Data Security and Protection Toolkit."],
             "word_limit": 500, "char_limit": None, "weighting_percent": 5, "social_value": False,
             "source": _LUH_Q, "page": 1, "sub_criteria": []},
            # Mobilisation and exit plan: not social value.
            {"id": ["4", "Q4", "Question 4"],
             "text": ["Mobilisation and exit: set out your mobilisation plan for the service start on 1 April 2030 and "
                      "your exit plan for handing the service back to the Trust or to a new provider at the end of the "
                      "contract.",
                      "set out your mobilisation plan for the service start on 1 April 2030 and your exit plan for "
                      "handing the service back to the Trust or to a new provider at the end of the contract."],
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _LUH_Q, "page": 1, "sub_criteria": []},
            {"id": ["5", "Q5", "Question 5"],
             "text": ["Inclusive Economy: describe how you will use this contract to create good jobs and IT careers "
                      "for people from the most deprived neighbourhoods of Liverpool, including apprenticeships and work "
                      "placements for young people, and how you will report the outcomes to the Trust.",
                      "describe how you will use this contract to create good jobs and IT careers for people from the "
                      "most deprived neighbourhoods of Liverpool, including apprenticeships and work placements for "
                      "young people, and how you will report the outcomes to the Trust."],
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _LUH_Q, "page": 1, "sub_criteria": []},
        ],
    },
    {
        "name": "held9-two-docx-sefton-stop-smoking-pricing-schedule-decoys-national-toms-split-20-80-characters",
        "files": [
            {"name": _SEFTON, "pages": [
                [("h", "Community Stop Smoking Service"),
                 ("p", "Invitation to Tender"),
                 ("p", "Sefton Council (the Council), through its Public Health team, is commissioning a community stop "
                       "smoking service offering behavioural support and stop smoking aids, including vapes under the "
                       "Swap to Stop scheme, to adults who live, work or are registered with a GP in Sefton, with a focus "
                       "on Bootle, Netherton and other communities with high smoking rates."),
                 ("t", [["Key information", ""],
                        ["Reference", "SMBC/PH/2029/019"],
                        ["Contract value", "£975,000 excluding VAT for the full 5-year term"],
                        ["Contract period", "An initial term of three (3) years from 1 April 2030, with the option to "
                                            "extend by up to two (2) further years"],
                        ["Tender deadline", "Tenders must be submitted through The Chest by no later than 12 noon on "
                                            "the 21st of September 2029"],
                        ["Evaluation", "Price 40%, Quality 45%, Social Value 15%"]]),
                 ("p", "Prices must be entered in Schedule 2 (Pricing Schedule), issued with this ITT.")],
                [("h", "Evaluation of Social Value and Quality"),
                 ("p", "Social value will be evaluated using the National Themes, Outcomes and Measures (TOMs) "
                       "framework. The 15% social value weighting is made up of 20% quantitative via the TOMs calculator "
                       "and 80% qualitative, from the answer to Question 6."),
                 ("p", "All quality and social value answers are scored from 0 to 10, where 0 is no answer and 10 is an "
                       "excellent answer that fully meets the requirement with strong evidence."),
                 ("h", "Quality Questions"),
                 ("p", "The weighting of each question is a percentage of the total score."),
                 ("p", "Question 1 - Service delivery model (15%)"),
                 ("p", "Describe how you will deliver a 12-week programme of behavioural support with stop smoking aids, "
                       "face to face and remotely, and achieve a four-week quit rate of at least 50% of those who set a "
                       "quit date."),
                 ("p", "Maximum 5,000 characters (including spaces)."),
                 ("p", "Question 2 - Reaching priority groups (10%)"),
                 ("p", "Explain how you will reach and support pregnant women, people with a mental health condition and "
                       "routine and manual workers in Sefton to stop smoking."),
                 ("p", "Maximum 5,000 characters (including spaces)."),
                 ("p", "Question 3 - Workforce (10%)"),
                 ("p", "Describe how your stop smoking practitioners will be trained and certified to the National Centre "
                       "for Smoking Cessation and Training (NCSCT) standard, and how their practice will be supervised."),
                 ("p", "Maximum 3,000 characters (including spaces)."),
                 ("p", "Question 4 - Information governance (5%)"),
                 ("p", "Describe how you will collect, store and share client data in line with UK GDPR and the Data "
                       "Protection Act 2018, including the data returned to the Council each quarter."),
                 ("p", "Maximum 3,000 characters (including spaces)."),
                 ("p", "Question 5 - Carbon reduction (5%)"),
                 ("p", "Provide your Carbon Reduction Plan and describe how you will reduce the carbon emissions of "
                       "delivering this service."),
                 ("p", "Maximum 2,000 characters (including spaces).")],
                [("h", "Section 4 - Social Value Question"),
                 ("p", "Question 6 - Social Value (12%)"),
                 ("p", "Describe how you will deliver the social value commitments you have entered in the TOMs "
                       "calculator, and what further benefits this contract will bring to Sefton residents. Your "
                       "response should include:"),
                 ("b", "local employment, including jobs for people who have used the service"),
                 ("b", "volunteering and support for Sefton community groups that work with smokers"),
                 ("b", "an action plan with measurable milestones for each year of the contract"),
                 ("p", "Maximum 5,000 characters (including spaces).")],
            ]},
            {"name": _SEFTON_PRICE, "pages": [
                [("h", "Schedule 2 - Pricing Schedule"),
                 ("p", "Complete the shaded cells. All prices exclude VAT. This schedule mirrors the Excel pricing "
                       "workbook on The Chest; where the two differ, the workbook prevails."),
                 ("t", [["Line", "Item", "Unit", "Annual volume", "Unit price (£)", "Year 1 (£)", "Year 2 (£)",
                         "Year 3 (£)", "Total (£)"],
                        ["1", "Behavioural support - per person setting a quit date", "Per client", "1,200", "", "", "",
                         "", ""],
                        ["2", "Four-week quit - outcome payment", "Per quit", "600", "", "", "", "", ""],
                        ["3", "Stop smoking aids (NRT and vapes)", "Per client", "1,200", "", "", "", "", ""],
                        ["4", "Training events for partner staff", "Per event", "12", "", "", "", "", ""],
                        ["5", "Total annual price", "", "", "", "", "", "", ""]]),
                 ("p", "Affordability ceiling for Years 1 to 3: £585,000. Bids above the ceiling will be rejected."),
                 ("p", "Indicative payment split: 70% block payment and 30% outcome payments."),
                 ("p", "Prices are held for 24 months; from Year 3 they may be uplifted by CPI, capped at 3%."),
                 ("p", "For information: the current provider's 2028/29 outturn was £188,400 for 1,046 clients.")],
            ]},
        ],
        "tender": {
            "title": ("Community Stop Smoking Service", _SEFTON, 1),
            "buyer": (["Sefton Council", "Sefton Council (the Council), through its Public Health team"], _SEFTON, 1),
            "service": (["Community Stop Smoking Service", "community stop smoking service",
                         "a community stop smoking service offering behavioural support and stop smoking aids",
                         "community stop smoking service offering behavioural support and stop smoking aids, including "
                         "vapes under the Swap to Stop scheme"],
                        _SEFTON, 1),
            "area": (["Sefton", "Bootle, Netherton", "Sefton, with a focus on Bootle, Netherton"], _SEFTON, 1),
            # "£975,000 excluding VAT for the full 5-year term"; the £585,000 years 1-3 ceiling and the £188,400
            # outturn in the pricing schedule are decoys.
            "value_gbp": (975000, _SEFTON, 1),
            "months": (36, _SEFTON, 1),
            "extension_months": (24, _SEFTON, 1),
            "deadline": ("2029-09-21", _SEFTON, 1),
            # A key-information table row: "Price 40%, Quality 45%, Social Value 15%" (page 1), repeated as "The 15%
            # social value weighting" on page 2.
            "social_value_weighting_percent": (15, _SEFTON, [1, 2]),
            # "20% quantitative via the TOMs calculator and 80% qualitative"; the pricing schedule's "70% block payment
            # and 30% outcome payments" is a decoy.
            "qualitative_percent": (80, _SEFTON, 2),
            "quantitative_percent": (20, _SEFTON, 2),
            "scoring_scale": ("0-10", _SEFTON, 2),
            "framework": ("national-toms", _SEFTON, 2),
        },
        "questions": [
            {"id": ["1", "Question 1", "Q1"],
             "text": "Describe how you will deliver a 12-week programme of behavioural support with stop smoking aids, "
                     "face to face and remotely, and achieve a four-week quit rate of at least 50% of those who set a "
                     "quit date.",
             "word_limit": None, "char_limit": 5000, "weighting_percent": 15, "social_value": False,
             "source": _SEFTON, "page": 2, "sub_criteria": []},
            {"id": ["2", "Question 2", "Q2"],
             "text": "Explain how you will reach and support pregnant women, people with a mental health condition and "
                     "routine and manual workers in Sefton to stop smoking.",
             "word_limit": None, "char_limit": 5000, "weighting_percent": 10, "social_value": False,
             "source": _SEFTON, "page": 2, "sub_criteria": []},
            {"id": ["3", "Question 3", "Q3"],
             "text": "Describe how your stop smoking practitioners will be trained and certified to the National Centre "
                     "for Smoking Cessation and Training (NCSCT) standard, and how their practice will be supervised.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 10, "social_value": False,
             "source": _SEFTON, "page": 2, "sub_criteria": []},
            # Information governance / UK GDPR: not social value.
            {"id": ["4", "Question 4", "Q4"],
             "text": "Describe how you will collect, store and share client data in line with UK GDPR and the Data "
                     "Protection Act 2018, including the data returned to the Council each quarter.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 5, "social_value": False,
             "source": _SEFTON, "page": 2, "sub_criteria": []},
            # A Carbon Reduction Plan question in the quality section: not the social value question.
            {"id": ["5", "Question 5", "Q5"],
             "text": "Provide your Carbon Reduction Plan and describe how you will reduce the carbon emissions of "
                     "delivering this service.",
             "word_limit": None, "char_limit": 2000, "weighting_percent": 5, "social_value": False,
             "source": _SEFTON, "page": 2, "sub_criteria": []},
            # "(12%)" = 80% (qualitative) of the 15% social value weighting.
            {"id": ["6", "Question 6", "Q6"],
             "text": ["Describe how you will deliver the social value commitments you have entered in the TOMs "
                      "calculator, and what further benefits this contract will bring to Sefton residents.",
                      "Describe how you will deliver the social value commitments you have entered in the TOMs "
                      "calculator, and what further benefits this contract will bring to Sefton residents. Your "
                      "response should include:"],
             "word_limit": None, "char_limit": 5000, "weighting_percent": 12, "social_value": True,
             "source": _SEFTON, "page": 3,
             "sub_criteria": ["local employment, including jobs for people who have used the service",
                              "volunteering and support for Sefton community groups that work with smokers",
                              "an action plan with measurable milestones for each year of the contract"]},
        ],
    },
    {
        "name": "held9-three-files-warrington-advocacy-sv-method-statement-template-cwb-bespoke-a4-pages-scale-1-5",
        "files": [
            {"name": _WBC_ITT, "pages": [
                [("h", "Independent Advocacy Services"),
                 ("p", "Invitation to Tender"),
                 ("p", "Warrington Borough Council (the Council) invites tenders for an integrated independent advocacy "
                       "service for adults in Warrington, covering statutory advocacy under the Care Act 2014, the Mental "
                       "Capacity Act 2005 (IMCA and Relevant Person's Representative) and the Mental Health Act 1983 "
                       "(IMHA), and NHS complaints advocacy."),
                 ("p", "The annual budget for the service is circa £310,000."),
                 ("p", "The contract will run for an initial 18 months from 1 April 2030, with the option to extend for "
                       "up to a further 18 months."),
                 ("p", "Tenders must be submitted through The Chest by 12:00 on Monday 1 October 2029. The Council "
                       "expects to notify bidders of the outcome on Friday 16 November 2029."),
                 ("p", "The pack comprises this ITT, the Quality Questionnaire and the Social Value Method Statement.")],
                [("h", "Evaluation"),
                 ("p", "Tenders will be evaluated 40% price and 60% quality. Social value is evaluated as part of "
                       "quality; its weighting is shown in the Social Value Method Statement."),
                 ("p", "Social value responses will be assessed against Warrington Borough Council's Community Wealth "
                       "Building Strategy 2028-2032."),
                 ("p", "All quality and social value answers are scored using the following table:"),
                 ("t", [["Score", "Definition"],
                        ["5", "Excellent - fully addresses the question with detailed, relevant evidence"],
                        ["4", "Good - addresses the question with some minor gaps"],
                        ["3", "Adequate - addresses most of the question"],
                        ["2", "Weak - significant gaps or little evidence"],
                        ["1", "Unacceptable - does not address the question, or no response"]]),
                 ("p", "A bidder scoring 1 on any question may be excluded.")],
            ]},
            {"name": _WBC_Q, "pages": [
                [("h", "Quality Questionnaire"),
                 ("p", "Weightings are percentages of the total score. Use Arial 11; pages beyond the stated maximum will "
                       "not be evaluated."),
                 ("p", "Q1 Access and referrals (20%)"),
                 ("p", "Describe how people will be referred to and access the service, including self-referral, and how "
                       "you will meet the statutory timescales for Care Act and IMCA instructions."),
                 ("p", "Maximum 3 sides of A4."),
                 ("p", "Q2 Workforce and qualifications (15%)"),
                 ("p", "Explain how you will ensure that every advocate holds, or is working towards, the National "
                       "Qualification in Independent Advocacy, and how you will supervise them."),
                 ("p", "Maximum 2 sides of A4."),
                 ("p", "Q3 Equality and accessibility (10%)"),
                 ("p", "How will you make the service accessible to people with communication needs, learning "
                       "disabilities or little English, and monitor take-up by people with protected characteristics?"),
                 ("p", "Maximum 2 sides of A4."),
                 ("p", "Q4 Exit plan (5%)"),
                 ("p", "Describe the exit plan you will maintain so that open cases and records can be handed to a new "
                       "provider at the end of the contract without a gap in advocacy."),
                 ("p", "Maximum 1 side of A4.")],
            ]},
            {"name": _WBC_SV, "pages": [
                [("h", "Social Value Method Statement"),
                 ("p", "This template must be completed and returned with your tender. It is the social value question "
                       "for this contract and carries 10% of the total score."),
                 ("p", "SV1 Community Wealth Building (10%)"),
                 ("p", "Tell us how this contract will help build community wealth in Warrington. Your method statement "
                       "should address each of the following:"),
                 ("b", "spending with Warrington-based small businesses and voluntary, community and social enterprise "
                       "organisations"),
                 ("b", "fair employment, including paying the Real Living Wage and recruiting advocates locally, among "
                       "them people with lived experience"),
                 ("b", "using community venues in Warrington for drop-in advocacy sessions"),
                 ("b", "how you will measure and report progress to the Council every six months"),
                 ("p", "Maximum 3 sides of A4."),
                 ("t", [["Your response"], ["[Type here]"]])],
            ]},
        ],
        "tender": {
            "title": ("Independent Advocacy Services", _WBC_ITT, 1),
            "buyer": ("Warrington Borough Council", _WBC_ITT, 1),
            "service": (["Independent Advocacy Services", "independent advocacy services",
                         "an integrated independent advocacy service for adults",
                         "integrated independent advocacy service for adults in Warrington"],
                        _WBC_ITT, 1),
            "area": ("Warrington", _WBC_ITT, 1),
            # "The annual budget for the service is circa £310,000" is a yearly figure (annual_value_gbp), not
            # multiplied out: no total is stated.
            "value_gbp": None,
            "months": (18, _WBC_ITT, 1),
            "extension_months": (18, _WBC_ITT, 1),
            # The outcome date (16 November 2029) is a decoy.
            "deadline": ("2029-10-01", _WBC_ITT, 1),
            # Stated only in the separate Social Value Method Statement template: "carries 10% of the total score".
            "social_value_weighting_percent": (10, _WBC_SV, 1),
            # "40% price and 60% quality" is the award split; no social value split is stated.
            "qualitative_percent": None,
            "quantitative_percent": None,
            # A 1-5 descriptor table with no 0.
            "scoring_scale": ("1-5", _WBC_ITT, 2),
            # The buyer's own Community Wealth Building Strategy, named in the sentence on how social value is assessed.
            "framework": ("bespoke", _WBC_ITT, 2),
        },
        "questions": [
            {"id": "Q1", "text": "Describe how people will be referred to and access the service, including "
                                 "self-referral, and how you will meet the statutory timescales for Care Act and IMCA "
                                 "instructions.",
             "word_limit": None, "char_limit": None, "page_limit": 3, "weighting_percent": 20, "social_value": False,
             "source": _WBC_Q, "page": 1, "sub_criteria": []},
            {"id": "Q2", "text": "Explain how you will ensure that every advocate holds, or is working towards, the "
                                 "National Qualification in Independent Advocacy, and how you will supervise them.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 15, "social_value": False,
             "source": _WBC_Q, "page": 1, "sub_criteria": []},
            # Equality and accessibility of the service itself: not social value.
            {"id": "Q3", "text": "How will you make the service accessible to people with communication needs, learning "
                                 "disabilities or little English, and monitor take-up by people with protected "
                                 "characteristics?",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 10, "social_value": False,
             "source": _WBC_Q, "page": 1, "sub_criteria": []},
            # An exit plan: not social value.
            {"id": "Q4", "text": "Describe the exit plan you will maintain so that open cases and records can be handed "
                                 "to a new provider at the end of the contract without a gap in advocacy.",
             "word_limit": None, "char_limit": None, "page_limit": 1, "weighting_percent": 5, "social_value": False,
             "source": _WBC_Q, "page": 1, "sub_criteria": []},
            {"id": "SV1", "text": ["Tell us how this contract will help build community wealth in Warrington.",
                                   "Tell us how this contract will help build community wealth in Warrington. Your "
                                   "method statement should address each of the following:"],
             "word_limit": None, "char_limit": None, "page_limit": 3, "weighting_percent": 10, "social_value": True,
             "source": _WBC_SV, "page": 1,
             "sub_criteria": ["spending with Warrington-based small businesses and voluntary, community and social "
                              "enterprise organisations",
                              "fair employment, including paying the Real Living Wage and recruiting advocates locally, "
                              "among them people with lived experience",
                              "using community venues in Warrington for drop-in advocacy sessions",
                              "how you will measure and report progress to the Council every six months"]},
        ],
    },
    {
        "name": "held9-docx-cwac-market-hall-concession-local-benefits-share-of-quality-derived-no-framework-0-5",
        "files": [{"name": _CWAC, "pages": [
            [("h", "Management and Operation of Chester Market"),
             ("p", "Invitation to Tender - Concession Contract"),
             ("p", "Cheshire West and Chester Council (the Council) is seeking an operator to manage Chester Market, the "
                   "Council's 50-stall indoor market and food hall in the Northgate development in Chester city centre, "
                   "including letting stalls, running events and maintaining the building's common areas."),
             ("p", "The estimated value of the concession, being the operator's projected income from stall rents, "
                   "service charges and events over the full ten-year term, is £6,400,000."),
             ("p", "The concession will be let for an initial term of five (5) years, with the option to extend for a "
                   "further five (5) years."),
             ("p", "A site visit for interested operators will take place on 06/09/2029 at 10am."),
             ("p", "Tenders must be received through the Council's e-tendering portal by 5pm on 28/09/2029.")],
            [("h", "Section 2 - Evaluation"),
             ("t", [["Criterion", "Weighting"],
                    ["Quality", "70%"],
                    ["Financial offer (concession fee payable to the Council)", "30%"]]),
             ("p", "Local Benefits is evaluated within quality and is worth 20% of the quality marks."),
             ("p", "Answers are scored 0 to 5 against the following descriptors: 0 - no answer; 1 - very poor; "
                   "2 - poor; 3 - acceptable; 4 - good; 5 - excellent.")],
            [("h", "Section 3 - Quality Questions"),
             ("p", "Limits are in words. Text beyond the limit will be disregarded."),
             ("p", "3.1 Market management and operating plan"),
             ("p", "Set out how you will manage the market day to day, including opening hours, stall lettings, "
                   "cleaning of common areas and security, and how you will keep the occupancy rate above 90%."),
             ("p", "Limit: 1,500 words"),
             ("p", "3.2 Marketing and events"),
             ("p", "Describe your marketing plan and the programme of events you will run to increase footfall, "
                   "including evening and seasonal events."),
             ("p", "Limit: 1,000 words"),
             ("p", "3.3 Health, safety and building compliance"),
             ("p", "Explain how you will meet your obligations for fire safety, food hygiene and the maintenance of the "
                   "building's common areas."),
             ("p", "Limit: 1,000 words"),
             ("p", "3.4 Mobilisation and TUPE"),
             ("p", "Describe how you will take over the operation from the current operator, including the TUPE "
                   "transfer of market staff and continuity of existing traders' licences."),
             ("p", "Limit: 750 words"),
             ("h", "Local Benefits"),
             ("p", "3.5 Local Benefits"),
             ("p", "Describe the local benefits your operation of the market will bring to Chester and the wider "
                   "borough. You should address:"),
             ("b", "affordable stalls and start-up support for new local traders, including young entrepreneurs"),
             ("b", "sourcing from Cheshire producers and promoting local food"),
             ("b", "free use of the market by community groups and charities"),
             ("b", "how you will report these benefits to the Council each year"),
             ("p", "Limit: 1,000 words")],
        ]}],
        "tender": {
            "title": (["Management and Operation of Chester Market", "Chester Market"], _CWAC, 1),
            "buyer": ("Cheshire West and Chester Council", _CWAC, 1),
            "service": (["Management and Operation of Chester Market", "management and operation of Chester Market",
                         "an operator to manage Chester Market",
                         "manage Chester Market, the Council's 50-stall indoor market and food hall"],
                        _CWAC, 1),
            "area": (["Chester", "Chester city centre"], _CWAC, 1),
            # "over the full ten-year term, is £6,400,000" (the concession's estimated value).
            "value_gbp": (6400000, _CWAC, 1),
            "months": (60, _CWAC, 1),
            "extension_months": (60, _CWAC, 1),
            # "28/09/2029" (day first); the site visit on 06/09/2029 is a decoy.
            "deadline": ("2029-09-28", _CWAC, 1),
            # Derived, as docs/CLI.md describes: "20% of the quality marks" x "Quality 70%" = 14% of the total.
            "social_value_weighting_percent": (14, _CWAC, 2),
            # "Quality 70%" / financial offer "30%" is the award split; no social value split is stated.
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-5", _CWAC, 2),
            # No framework, TOMs, policy note or council strategy is named anywhere in the pack.
            "framework": None,
        },
        "questions": [
            # No question carries a weighting of its own: the only figure is Local Benefits' "20% of the quality marks"
            # in the evaluation section (a weighting for the criterion, derived into the tender field), so every
            # question's weighting is None.
            {"id": "3.1", "text": "Set out how you will manage the market day to day, including opening hours, stall "
                                  "lettings, cleaning of common areas and security, and how you will keep the occupancy "
                                  "rate above 90%.",
             "word_limit": 1500, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": _CWAC, "page": 3, "sub_criteria": []},
            {"id": "3.2", "text": "Describe your marketing plan and the programme of events you will run to increase "
                                  "footfall, including evening and seasonal events.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": _CWAC, "page": 3, "sub_criteria": []},
            # Health and safety compliance: not social value.
            {"id": "3.3", "text": "Explain how you will meet your obligations for fire safety, food hygiene and the "
                                  "maintenance of the building's common areas.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": _CWAC, "page": 3, "sub_criteria": []},
            # Mobilisation and TUPE: not social value.
            {"id": "3.4", "text": "Describe how you will take over the operation from the current operator, including "
                                  "the TUPE transfer of market staff and continuity of existing traders' licences.",
             "word_limit": 750, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": _CWAC, "page": 3, "sub_criteria": []},
            {"id": "3.5", "text": ["Describe the local benefits your operation of the market will bring to Chester and "
                                   "the wider borough.",
                                   "Describe the local benefits your operation of the market will bring to Chester and "
                                   "the wider borough. You should address:"],
             "word_limit": 1000, "char_limit": None, "weighting_percent": None, "social_value": True,
             "source": _CWAC, "page": 3,
             "sub_criteria": ["affordable stalls and start-up support for new local traders, including young "
                              "entrepreneurs",
                              "sourcing from Cheshire producers and promoting local food",
                              "free use of the market by community groups and charities",
                              "how you will report these benefits to the Council each year"]},
        ],
    },
    {
        "name": "held9-pdf-and-docx-cheshire-police-custody-healthcare-question-boxes-sv-commitments-ppn002-no-scale",
        "files": [
            {"name": _CHESH_ITT, "pages": [
                [("h", "Custody Healthcare and Forensic Medical Services"),
                 ("p", "Invitation to Tender"),
                 ("p", "Cheshire Constabulary (the Constabulary), on behalf of itself and the Police and Crime "
                       "Commissioner for Cheshire, invites tenders for custody healthcare and forensic medical services "
                       "at its custody suites in Middlewich, Runcorn and Blacon, covering detainees across Cheshire, "
                       "Halton and Warrington."),
                 ("t", [["Item", "Detail"],
                        ["Procurement reference", "CC-CJ-2029-031"],
                        ["Maximum contract value", "£11,250,000 over five years (including extensions)"],
                        ["Contract term", "3 years + 1 year + 1 year"],
                        ["Clarification questions close", "14:00 hrs on Thursday 20th September 2029"],
                        ["Tender submission", "by 14:00 hrs on Thursday 4th October 2029"]]),
                 ("p", "Tenders must be submitted via the Bluelight e-tendering portal. For information, the current "
                       "service costs the Constabulary approximately £2.1m a year.")],
                [("h", "Award Criteria"),
                 ("t", [["Criterion", "Weighting"],
                        ["Technical", "55%"],
                        ["Commercial", "35%"],
                        ["Social Value", "10%"]]),
                 ("p", "Social value is evaluated in accordance with Procurement Policy Note PPN 002, Taking account of "
                       "social value in the award of contracts, using the Social Value Model outcome of improving health "
                       "and wellbeing."),
                 ("p", "Each question in the Tender Response Document will be marked by a panel from Custody, "
                       "Professional Standards and Procurement, and the moderated marks converted to the weightings "
                       "shown. Bidders must achieve at least 60% of the available technical marks to proceed.")],
            ]},
            {"name": _CHESH_TRD, "pages": [
                [("h", "Tender Response Document"),
                 ("p", "Complete a response box for each question. Responses over the maximum length will be marked only "
                       "up to the limit. Weightings are percentages of the total score."),
                 ("t", [["Question reference", "C1"],
                        ["Question title", "Clinical model and staffing"],
                        ["Question", "Describe your clinical model for providing healthcare professionals in each "
                                     "custody suite 24 hours a day, including how you will ensure that a detainee who "
                                     "asks to see a healthcare professional is seen within 60 minutes."],
                        ["Weighting", "20%"],
                        ["Maximum length", "1,000 words"]]),
                 ("t", [["Question reference", "C2"],
                        ["Question title", "Forensic medical examinations"],
                        ["Question", "Explain how you will provide forensic medical examiners to take samples and "
                                     "document injuries, maintaining the chain of evidence to the standards of the "
                                     "Faculty of Forensic & Legal Medicine."],
                        ["Weighting", "15%"],
                        ["Maximum length", "750 words"]]),
                 ("t", [["Question reference", "C3"],
                        ["Question title", "Mobilisation and TUPE"],
                        ["Question", "Set out how you will mobilise the service from 1 April 2030, including the TUPE "
                                     "transfer of nurses and paramedics from the incumbent provider."],
                        ["Weighting", "10%"],
                        ["Maximum length", "750 words"]]),
                 ("t", [["Question reference", "C4"],
                        ["Question title", "Equality, diversity and inclusion"],
                        ["Question", "Provide your equality, diversity and inclusion policy and explain how you will meet "
                                     "the needs of detainees with protected characteristics, including neurodivergent "
                                     "detainees."],
                        ["Weighting", "10%"],
                        ["Maximum length", "500 words"]])],
                [("h", "Social Value"),
                 ("t", [["Question reference", "SV1"],
                        ["Question title", "Social Value Commitments"],
                        ["Question", "Set out the commitments you will make through this contract to improve the health "
                                     "and wellbeing of people in Cheshire, Halton and Warrington beyond the custody "
                                     "healthcare service itself, such as training and employment for local people or "
                                     "support for community health initiatives, and how you will measure and report them "
                                     "each quarter."],
                        ["Weighting", "10%"],
                        ["Maximum length", "4,500 characters (including spaces)"]])],
            ]},
        ],
        "tender": {
            "title": ("Custody Healthcare and Forensic Medical Services", _CHESH_ITT, 1),
            "buyer": (["Cheshire Constabulary", "Cheshire Constabulary (the Constabulary)"], _CHESH_ITT, 1),
            "service": (["Custody Healthcare and Forensic Medical Services",
                         "custody healthcare and forensic medical services",
                         "custody healthcare and forensic medical services at its custody suites in Middlewich, "
                         "Runcorn and Blacon"],
                        _CHESH_ITT, 1),
            "area": (["Cheshire, Halton and Warrington", "Cheshire", "Middlewich, Runcorn and Blacon"], _CHESH_ITT, 1),
            # "£11,250,000 over five years (including extensions)"; the "approximately £2.1m a year" current cost is a
            # decoy.
            "value_gbp": (11250000, _CHESH_ITT, 1),
            # "3 years + 1 year + 1 year": initial 36 months, then two 12-month extensions.
            "months": (36, _CHESH_ITT, 1),
            "extension_months": (24, _CHESH_ITT, 1),
            # The clarification close (20 September 2029) is a decoy.
            "deadline": ("2029-10-04", _CHESH_ITT, 1),
            # The award table row "Social Value | 10%" (ITT page 2); the SV1 box's "Weighting | 10%" (the response
            # document's page 2, where weightings are "percentages of the total score") states the same.
            "social_value_weighting_percent": (10, [_CHESH_ITT, _CHESH_TRD], 2),
            # Technical 55% / Commercial 35% / Social Value 10% is the award split; no social value split is stated.
            "qualitative_percent": None,
            "quantitative_percent": None,
            # No scoring scale is stated: marks are "moderated and converted", and "at least 60% of the available
            # technical marks" is a threshold, not a scale.
            "scoring_scale": None,
            "framework": ("ppn-002", _CHESH_ITT, 2),
        },
        "questions": [
            {"id": "C1", "text": "Describe your clinical model for providing healthcare professionals in each custody "
                                 "suite 24 hours a day, including how you will ensure that a detainee who asks to see a "
                                 "healthcare professional is seen within 60 minutes.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _CHESH_TRD, "page": 1, "sub_criteria": []},
            {"id": "C2", "text": "Explain how you will provide forensic medical examiners to take samples and document "
                                 "injuries, maintaining the chain of evidence to the standards of the Faculty of Forensic "
                                 "& Legal Medicine.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _CHESH_TRD, "page": 1, "sub_criteria": []},
            # Mobilisation and TUPE: not social value.
            {"id": "C3", "text": "Set out how you will mobilise the service from 1 April 2030, including the TUPE "
                                 "transfer of nurses and paramedics from the incumbent provider.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _CHESH_TRD, "page": 1, "sub_criteria": []},
            # An equality, diversity and inclusion policy about the service's own detainees: not social value.
            {"id": "C4", "text": "Provide your equality, diversity and inclusion policy and explain how you will meet "
                                 "the needs of detainees with protected characteristics, including neurodivergent "
                                 "detainees.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _CHESH_TRD, "page": 1, "sub_criteria": []},
            # The examples ("such as training and employment ... or support for community health initiatives") sit
            # inside the question sentence, not listed as separate points, so there are no sub-criteria.
            {"id": "SV1", "text": "Set out the commitments you will make through this contract to improve the health and "
                                  "wellbeing of people in Cheshire, Halton and Warrington beyond the custody healthcare "
                                  "service itself, such as training and employment for local people or support for "
                                  "community health initiatives, and how you will measure and report them each quarter.",
             "word_limit": None, "char_limit": 4500, "weighting_percent": 10, "social_value": True,
             "source": _CHESH_TRD, "page": 2, "sub_criteria": []},
        ],
    },
]
