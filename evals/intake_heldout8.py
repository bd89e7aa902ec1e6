"""An eighth held-out set for the tender intake, written by a separate writer who never read the extractor's code,
and committed before the extractor was run on it. Six packs from buyers and services the earlier sets do not use (a
Cheshire and Merseyside council's telecare monitoring, an NHS foundation trust's interpreting and translation, a fire
and rescue authority's occupational health, a housing association's gas servicing, a school trust's supply staff and
a combined authority's cycle training), split as: a single Word ITT; a PDF of instructions plus a Word method
statement template; three files (ITT PDF, an Appendix C of evaluation criteria as a PDF, and a Word questionnaire);
a single PDF whose question table runs over two pages (with its header repeated); two Word files (instructions and
questions); and a PDF ITT plus a Word response form whose questions sit in a table.

Phrasings tested: values "Estimated annual value of £385,000 over a 4-year term" (annual only, so no value),
"Total contract value: £1,260,000 (inclusive of all extension options)", "£240,000 per annum, £1,200,000 over the
full term" (beside a current annual spend decoy), "Estimated contract value (initial four years): £5.6m" and "up to
£2.4 million over the contract period, including the extension"; terms "48 months (2+1+1)" (initial 24, extensions
24), "an initial term of two years, extendable annually up to a maximum of five years" (24 + 36), "three years ...
a further two years (to a maximum of five years in total)", "four years, with an option to extend for up to a further
three years", "three academic years ... There is no option to extend" and "2 years + optional 12-month extension";
deadlines "By 2pm on Monday 14 May 2029" (beside a clarification date), "21/05/2029 14:00" (beside "08/05/2029
12:00"), "no later than midday, 7th June 2029", "by 12 noon on Friday 22 June 2029" (beside a bidders' day and a
start date), "by 5pm on Monday 30 April 2029" and "16 April 2029 at 12:00 (midday)"; social value weighting as a table
row "Social Value | 10%", "social value accounts for 15% of the overall evaluation" (beside the NHS "minimum of 10%"
decoy), a Quality sub-row in an appendix table, "quality includes Local Economic Benefit (social value) at 10% of the
overall score", "Social Value carries a 10% weighting" and a row "Social Value | 10%" in a PPN 002 table. One pack
states a social value split ("split 40:60 between the quantitative TOMs offer and the qualitative method statement");
the others give only price:quality splits ("35% price and 65% non-price", "Quality:price ratio 60:40", "50% price and
50% quality", "Quality 40%, Price 50%", "Technical 60%, Commercial 30%"). Scales 0-4 (a descriptor table), "Score 0 / 1
/ 3 / 5", 0-10 (a 10/8/6/4/2/0 table), "scored from 0 to 5", "0 (unacceptable) to 5 (excellent)" and none stated;
frameworks cm-toms, ppn-06-20 (the Social Value Model), national-toms, bespoke (a housing association's Community
Investment Strategy), none (a bare "TOMs" mention) and ppn-002. The social value question is called "Making a
difference locally" (under a heading that does not say social value), "Net Zero and Social Value", "Community
Benefits" (lettered (a)-(c) sub-criteria as paragraphs), "Local Economic Benefit" (in a table row on the second page of
the table), "Social Value" (bullets) and "Social Value - Tackling economic inequality". Limits are written "Max 500
words", "Up to 4,000 characters", "maximum of two A4 pages, font Arial 11", a "Character limit" column, "Word limit:
600" and a "Limit" column ("750 words"). Decoys: safeguarding (adults and children), TUPE, business continuity, a
Carbon Reduction Plan (PPN 06/21) pass/fail question, a Modern Slavery Statement question, equality policies,
information governance, supply chain resilience and sustainability, none of them social value questions. Same shape
as evals/intake_dev.py; a question's ``page_limit`` is scored where given. Its first-run numbers are the unseen
estimate.
"""

PACKS = [
    {
        "name": "held8-docx-halton-telecare-annual-value-only-2plus1plus1-cm-toms-split-40-60-scale-0-4",
        "files": [{"name": "Halton BC - Telecare Monitoring ITT.docx", "pages": [
            [("h", "Telecare and Community Alarm Monitoring Service"),
             ("p", "Invitation to Tender"),
             ("p", "Halton Borough Council (the Council) invites tenders for a 24-hour telecare and community alarm "
                   "monitoring and response service for around 3,200 older and vulnerable residents living in their "
                   "own homes in Runcorn and Widnes."),
             ("t", [["Reference", "HBC/ASC/2029/07"],
                    ["Estimated value", "Estimated annual value of £385,000 over a 4-year term"],
                    ["Contract term", "48 months (2+1+1)"],
                    ["Clarification questions close", "5pm on Friday 4 May 2029"],
                    ["Tender return", "By 2pm on Monday 14 May 2029"]])],
            [("h", "Evaluation"),
             ("t", [["Criterion", "Weighting"],
                    ["Quality", "50%"],
                    ["Price", "40%"],
                    ["Social Value", "10%"]]),
             ("p", "Social value will be evaluated using the Cheshire and Merseyside Social Value Themes, Outcomes and "
                   "Measures (TOMs), adopted by the Council in 2024. The social value weighting is split 40:60 between "
                   "the quantitative TOMs offer (the commitments entered in the Social Value Portal) and the "
                   "qualitative method statement (Question 5)."),
             ("p", "Quality and social value responses will be scored using the following 0-4 scale:"),
             ("t", [["Score", "Descriptor"],
                    ["4", "Excellent - comprehensive, with full evidence and no weaknesses"],
                    ["3", "Good - meets the requirement with minor weaknesses"],
                    ["2", "Acceptable - meets the requirement with some weaknesses"],
                    ["1", "Poor - significant weaknesses or limited evidence"],
                    ["0", "No response, or the response is unacceptable"]])],
            [("h", "Section 3: Quality Questions"),
             ("p", "The weighting shown for each question is a percentage of the total score."),
             ("p", "Question 1 - Service delivery and response times (20%)"),
             ("p", "Describe how you will monitor alarm calls 24 hours a day, 365 days a year, and ensure that 98% of "
                   "calls are answered within 60 seconds and that a responder attends within 45 minutes where needed."),
             ("p", "Max 750 words"),
             ("p", "Question 2 - Safeguarding adults (10%)"),
             ("p", "Explain how your call handlers and responders will recognise and report safeguarding concerns about "
                   "adults at risk, in line with the Halton Safeguarding Adults Board procedures."),
             ("p", "Max 500 words"),
             ("p", "Question 3 - Mobilisation and TUPE (10%)"),
             ("p", "Describe how you will mobilise the service from 1 October 2029, including the TUPE transfer of staff "
                   "from the current provider and the migration of client records."),
             ("p", "Max 500 words"),
             ("p", "Question 4 - Business continuity (10%)"),
             ("p", "Set out your business continuity and disaster recovery arrangements for the monitoring centre, "
                   "including how you will manage the switchover of analogue telephone lines to digital."),
             ("p", "Max 500 words")],
            [("h", "Section 4: Making a difference locally"),
             ("p", "Question 5 - Making a difference locally (6%)"),
             ("p", "Tell us how this contract will make a difference to people and communities in Halton beyond the "
                   "service itself, and how you will deliver the commitments in your TOMs offer. Your response should "
                   "address:"),
             ("b", "employment and training opportunities for Halton residents, including people with disabilities"),
             ("b", "support for local voluntary and community groups working with older people, such as volunteering "
                   "time"),
             ("b", "how you will measure and report progress to the Council each quarter"),
             ("p", "Max 500 words")],
        ]}],
        "tender": {
            "title": ("Telecare and Community Alarm Monitoring Service", "Halton BC - Telecare Monitoring ITT.docx", 1),
            "buyer": (["Halton Borough Council", "Halton BC"], "Halton BC - Telecare Monitoring ITT.docx", 1),
            "service": (["Telecare and Community Alarm Monitoring Service", "telecare and community alarm monitoring",
                         "a 24-hour telecare and community alarm monitoring and response service",
                         "24-hour telecare and community alarm monitoring and response service for around 3,200 older "
                         "and vulnerable residents"],
                        "Halton BC - Telecare Monitoring ITT.docx", 1),
            "area": (["Halton", "Runcorn and Widnes", "Runcorn and Widnes, Halton"],
                     "Halton BC - Telecare Monitoring ITT.docx", [1, 4]),
            # "Estimated annual value of £385,000 over a 4-year term" states only a yearly figure: per docs/CLI.md it
            # is annual_value_gbp and is not multiplied out, so there is no stated total.
            "value_gbp": None,
            # "48 months (2+1+1)": an initial term of 2 years (24 months), then two 1-year extensions (24 months).
            "months": (24, "Halton BC - Telecare Monitoring ITT.docx", 1),
            "extension_months": (24, "Halton BC - Telecare Monitoring ITT.docx", 1),
            # The clarification date (4 May 2029) is a decoy.
            "deadline": ("2029-05-14", "Halton BC - Telecare Monitoring ITT.docx", 1),
            "social_value_weighting_percent": (10, "Halton BC - Telecare Monitoring ITT.docx", 2),
            # "split 40:60 between the quantitative TOMs offer ... and the qualitative method statement".
            "qualitative_percent": (60, "Halton BC - Telecare Monitoring ITT.docx", 2),
            "quantitative_percent": (40, "Halton BC - Telecare Monitoring ITT.docx", 2),
            "scoring_scale": ("0-4", "Halton BC - Telecare Monitoring ITT.docx", 2),
            "framework": ("cm-toms", "Halton BC - Telecare Monitoring ITT.docx", 2),
        },
        "questions": [
            {"id": ["1", "Question 1", "Q1"],
             "text": "Describe how you will monitor alarm calls 24 hours a day, 365 days a year, and ensure that 98% of "
                     "calls are answered within 60 seconds and that a responder attends within 45 minutes where needed.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": "Halton BC - Telecare Monitoring ITT.docx", "page": 3, "sub_criteria": []},
            {"id": ["2", "Question 2", "Q2"],
             "text": "Explain how your call handlers and responders will recognise and report safeguarding concerns "
                     "about adults at risk, in line with the Halton Safeguarding Adults Board procedures.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": "Halton BC - Telecare Monitoring ITT.docx", "page": 3, "sub_criteria": []},
            {"id": ["3", "Question 3", "Q3"],
             "text": "Describe how you will mobilise the service from 1 October 2029, including the TUPE transfer of "
                     "staff from the current provider and the migration of client records.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": "Halton BC - Telecare Monitoring ITT.docx", "page": 3, "sub_criteria": []},
            {"id": ["4", "Question 4", "Q4"],
             "text": "Set out your business continuity and disaster recovery arrangements for the monitoring centre, "
                     "including how you will manage the switchover of analogue telephone lines to digital.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": "Halton BC - Telecare Monitoring ITT.docx", "page": 3, "sub_criteria": []},
            # The heading does not say "social value"; the question's own words (difference to communities beyond the
            # service, the TOMs offer) make it the social value question. "(6%)" = 60% of the 10% social value.
            {"id": ["5", "Question 5", "Q5"],
             "text": ["Tell us how this contract will make a difference to people and communities in Halton beyond "
                      "the service itself, and how you will deliver the commitments in your TOMs offer.",
                      "Tell us how this contract will make a difference to people and communities in Halton beyond "
                      "the service itself, and how you will deliver the commitments in your TOMs offer. Your response "
                      "should address:"],
             "word_limit": 500, "char_limit": None, "weighting_percent": 6, "social_value": True,
             "source": "Halton BC - Telecare Monitoring ITT.docx", "page": 4,
             "sub_criteria": ["employment and training opportunities for Halton residents, including people with "
                              "disabilities",
                              "support for local voluntary and community groups working with older people, such as "
                              "volunteering time",
                              "how you will measure and report progress to the Council each quarter"]},
        ],
    },
    {
        "name": "held8-pdf-and-docx-template-nhs-interpreting-ppn0620-characters-carbon-plan-decoy",
        "files": [
            {"name": "AH-ITS Instructions to Tenderers.pdf", "pages": [
                [("h", "Interpreting and Translation Services"),
                 ("p", "Instructions to Tenderers"),
                 ("p", "Alder Hey Children's NHS Foundation Trust (the Trust) is seeking a provider of face-to-face, "
                       "telephone and video interpreting (including British Sign Language) and written translation for "
                       "patients and families attending Alder Hey Children's Hospital and its community clinics in "
                       "Liverpool."),
                 ("p", "Total contract value: £1,260,000 (inclusive of all extension options)."),
                 ("p", "The contract will be let for an initial term of two years, extendable annually up to a maximum "
                       "of five years."),
                 ("p", "Clarification questions must be raised through the Atamis portal by 08/05/2029 12:00."),
                 ("p", "Tenders must be uploaded to the Atamis portal by 21/05/2029 14:00. Late tenders will not be "
                       "considered.")],
                [("h", "Evaluation"),
                 ("p", "Tenders will be evaluated 35% price and 65% non-price. Within the non-price criteria, social "
                       "value accounts for 15% of the overall evaluation, above the NHS minimum of 10%."),
                 ("p", "Social value is evaluated using the Social Value Model set out in Procurement Policy Note PPN "
                       "06/20, under the themes Fighting climate change and Wellbeing."),
                 ("p", "Method statements are marked as follows. Score 0 / 1 / 3 / 5: 0 - unacceptable or no answer; "
                       "1 - weak, with significant gaps; 3 - satisfactory, meets the requirement; 5 - strong, exceeds "
                       "the requirement with clear evidence."),
                 ("p", "The following are assessed on a pass/fail basis and are not scored: a Carbon Reduction Plan "
                       "meeting PPN 06/21 (method statement MS4), a Modern Slavery Statement and your equality and "
                       "diversity policy (both in the Selection Questionnaire).")],
            ]},
            {"name": "AH-ITS Method Statement Template.docx", "pages": [
                [("h", "Method Statement Template"),
                 ("p", "Answers must not exceed the character limit shown, including spaces. Text over the limit will "
                       "be disregarded."),
                 ("p", "MS1 Service delivery (20%)"),
                 ("p", "Describe how you will provide a face-to-face interpreter within 48 hours of a booking and a "
                       "telephone interpreter within 60 seconds, in the 40 most requested languages, including for "
                       "urgent and out-of-hours requests."),
                 ("p", "Up to 4,000 characters"),
                 ("p", "MS2 Working with children and families (15%)"),
                 ("p", "Explain how you will recruit, vet and train interpreters to work with children and families, "
                       "including enhanced DBS checks and safeguarding training at the required level."),
                 ("p", "Up to 3,000 characters"),
                 ("p", "MS3 Information governance (15%)"),
                 ("p", "Describe how you will protect patient information shared during interpreting and translation, "
                       "including your compliance with the Data Security and Protection Toolkit."),
                 ("p", "Up to 2,000 characters"),
                 ("p", "MS4 Carbon Reduction Plan (Pass/Fail)"),
                 ("p", "Confirm that you have published a Carbon Reduction Plan meeting the requirements of PPN 06/21, "
                       "and give the web address where it can be found."),
                 ("p", "Up to 500 characters")],
                [("h", "Net Zero and Social Value"),
                 ("p", "MS5 Net Zero and Social Value (15%)"),
                 ("p", "Describe the commitments you will make under the Social Value Model themes of Fighting climate "
                       "change and Wellbeing through the delivery of this contract, and how you will measure and report "
                       "them to the Trust."),
                 ("p", "In your response you should include:"),
                 ("b", "how you will cut travel emissions, for example by using remote interpreting where it is "
                       "clinically appropriate"),
                 ("b", "support for the health and wellbeing of your interpreters, including those exposed to "
                       "distressing clinical conversations"),
                 ("b", "a timed action plan with measurable targets for each contract year"),
                 ("p", "Up to 4,000 characters")],
            ]},
        ],
        "tender": {
            "title": ("Interpreting and Translation Services", "AH-ITS Instructions to Tenderers.pdf", 1),
            "buyer": ("Alder Hey Children's NHS Foundation Trust", "AH-ITS Instructions to Tenderers.pdf", 1),
            "service": (["Interpreting and Translation Services", "interpreting and translation services",
                         "face-to-face, telephone and video interpreting (including British Sign Language) and written "
                         "translation",
                         "face-to-face, telephone and video interpreting (including British Sign Language) and written "
                         "translation for patients and families"],
                        "AH-ITS Instructions to Tenderers.pdf", 1),
            "area": ("Liverpool", "AH-ITS Instructions to Tenderers.pdf", 1),
            "value_gbp": (1260000, "AH-ITS Instructions to Tenderers.pdf", 1),
            # "an initial term of two years, extendable annually up to a maximum of five years": 24 months initial,
            # up to 36 months of extension.
            "months": (24, "AH-ITS Instructions to Tenderers.pdf", 1),
            "extension_months": (36, "AH-ITS Instructions to Tenderers.pdf", 1),
            # "21/05/2029 14:00" (day first); the clarification date 08/05/2029 is a decoy.
            "deadline": ("2029-05-21", "AH-ITS Instructions to Tenderers.pdf", 1),
            # "social value accounts for 15% of the overall evaluation"; the "NHS minimum of 10%" is a decoy.
            "social_value_weighting_percent": (15, "AH-ITS Instructions to Tenderers.pdf", 2),
            # "35% price and 65% non-price" is the award split, not a qualitative:quantitative social value split.
            "qualitative_percent": None,
            "quantitative_percent": None,
            # "Score 0 / 1 / 3 / 5": a 0 to 5 scale using four of its marks.
            "scoring_scale": ("0-5", "AH-ITS Instructions to Tenderers.pdf", 2),
            "framework": ("ppn-06-20", "AH-ITS Instructions to Tenderers.pdf", 2),
        },
        "questions": [
            {"id": "MS1", "text": "Describe how you will provide a face-to-face interpreter within 48 hours of a booking "
                                  "and a telephone interpreter within 60 seconds, in the 40 most requested languages, "
                                  "including for urgent and out-of-hours requests.",
             "word_limit": None, "char_limit": 4000, "weighting_percent": 20, "social_value": False,
             "source": "AH-ITS Method Statement Template.docx", "page": 1, "sub_criteria": []},
            {"id": "MS2", "text": "Explain how you will recruit, vet and train interpreters to work with children and "
                                  "families, including enhanced DBS checks and safeguarding training at the required "
                                  "level.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 15, "social_value": False,
             "source": "AH-ITS Method Statement Template.docx", "page": 1, "sub_criteria": []},
            {"id": "MS3", "text": "Describe how you will protect patient information shared during interpreting and "
                                  "translation, including your compliance with the Data Security and Protection "
                                  "Toolkit.",
             "word_limit": None, "char_limit": 2000, "weighting_percent": 15, "social_value": False,
             "source": "AH-ITS Method Statement Template.docx", "page": 1, "sub_criteria": []},
            # Carbon Reduction Plan compliance (PPN 06/21), pass/fail and unweighted: not the social value question.
            {"id": "MS4", "text": "Confirm that you have published a Carbon Reduction Plan meeting the requirements of "
                                  "PPN 06/21, and give the web address where it can be found.",
             "word_limit": None, "char_limit": 500, "weighting_percent": None, "social_value": False,
             "source": "AH-ITS Method Statement Template.docx", "page": 1, "sub_criteria": []},
            {"id": "MS5", "text": ["Describe the commitments you will make under the Social Value Model themes of "
                                   "Fighting climate change and Wellbeing through the delivery of this contract, and how "
                                   "you will measure and report them to the Trust.",
                                   "Describe the commitments you will make under the Social Value Model themes of "
                                   "Fighting climate change and Wellbeing through the delivery of this contract, and how "
                                   "you will measure and report them to the Trust. In your response you should include:"],
             "word_limit": None, "char_limit": 4000, "weighting_percent": 15, "social_value": True,
             "source": "AH-ITS Method Statement Template.docx", "page": 2,
             "sub_criteria": ["how you will cut travel emissions, for example by using remote interpreting where it is "
                              "clinically appropriate",
                              "support for the health and wellbeing of your interpreters, including those exposed to "
                              "distressing clinical conversations",
                              "a timed action plan with measurable targets for each contract year"]},
        ],
    },
    {
        "name": "held8-three-files-fire-occupational-health-appendix-criteria-sv-in-quality-national-toms-a4-pages",
        "files": [
            {"name": "MFRA OH ITT.pdf", "pages": [
                [("h", "Occupational Health and Wellbeing Service"),
                 ("p", "Invitation to Tender"),
                 ("p", "Merseyside Fire and Rescue Authority (the Authority) invites tenders for an occupational health "
                       "and wellbeing service for around 1,000 operational firefighters and support staff based at 24 "
                       "fire stations and the Service Headquarters in Bootle, across Merseyside. The service includes "
                       "pre-employment and periodic medicals, fitness assessments, physiotherapy and access to "
                       "counselling."),
                 ("p", "Contract value: £240,000 per annum, £1,200,000 over the full term."),
                 ("p", "The contract will run for three years from 1 September 2029, with the option to extend for a "
                       "further two years (to a maximum of five years in total)."),
                 ("p", "Tenders must be submitted through The Chest no later than midday, 7th June 2029."),
                 ("p", "For information, the Authority currently spends approximately £210,000 a year on occupational "
                       "health. This is not a budget."),
                 ("p", "The evaluation criteria, weightings and scoring scale are set out in Appendix C. The questions "
                       "are in the Quality Questionnaire, which must be returned in Word format.")],
            ]},
            {"name": "MFRA OH Appendix C - Evaluation Criteria.pdf", "pages": [
                [("h", "Appendix C - Evaluation Criteria"),
                 ("t", [["Criterion", "Sub-criterion", "Weighting"],
                        ["Quality", "Technical questions Q1 to Q4", "50%"],
                        ["Quality", "Social Value (Community Benefits, Q5)", "10%"],
                        ["Price", "Total annual price", "40%"],
                        ["Total", "", "100%"]]),
                 ("p", "Quality:price ratio 60:40. Social value forms part of the quality assessment and is evaluated "
                       "using the National Themes, Outcomes and Measures (TOMs) framework."),
                 ("p", "Each quality response is scored on a scale of 0-10 as follows:"),
                 ("t", [["Score", "Assessment"],
                        ["10", "Excellent - fully meets the requirement, with strong evidence"],
                        ["8", "Very good - meets the requirement, with good evidence"],
                        ["6", "Good - meets most of the requirement"],
                        ["4", "Satisfactory - meets the requirement in part"],
                        ["2", "Poor - significant gaps or little evidence"],
                        ["0", "Unacceptable or no response"]])],
            ]},
            {"name": "MFRA OH Quality Questionnaire.docx", "pages": [
                [("h", "Quality Questionnaire"),
                 ("p", "Answer each question in the space provided. Pages beyond the stated length will not be read."),
                 ("p", "Q1 Clinical service model (20%)"),
                 ("p", "Describe how you will deliver periodic medicals and fitness assessments for operational staff at "
                       "fire stations across Merseyside, with minimal disruption to crewing levels."),
                 ("p", "Response length: maximum of two A4 pages, font Arial 11."),
                 ("p", "Q2 Mental health and trauma support (15%)"),
                 ("p", "Describe the support you will offer to firefighters after traumatic incidents, including "
                       "critical incident debriefs and fast-track access to counselling."),
                 ("p", "Response length: maximum of two A4 pages, font Arial 11."),
                 ("p", "Q3 Clinical governance and records (10%)"),
                 ("p", "Explain your clinical governance arrangements, including the qualifications of your occupational "
                       "health physicians and how you will keep occupational health records secure."),
                 ("p", "Response length: maximum of one A4 page, font Arial 11."),
                 ("p", "Q4 Equality (5%)"),
                 ("p", "Provide your equality policy and explain how the service will meet the needs of staff with "
                       "protected characteristics, including menopause support and reasonable adjustments."),
                 ("p", "Response length: maximum of one A4 page, font Arial 11.")],
                [("h", "Community Benefits"),
                 ("p", "Q5 Community Benefits (10%)"),
                 ("p", "Using the National TOMs, describe the community benefits you will deliver on Merseyside through "
                       "this contract. Your answer must cover:"),
                 ("p", "(a) employment, work experience or training opportunities for local people, including care "
                       "leavers and veterans;"),
                 ("p", "(b) support for the Authority's prevention work, such as health checks or wellbeing sessions "
                       "for vulnerable residents;"),
                 ("p", "(c) how you will measure, evidence and report each commitment annually."),
                 ("p", "Response length: maximum of two A4 pages, font Arial 11.")],
            ]},
        ],
        "tender": {
            "title": ("Occupational Health and Wellbeing Service", "MFRA OH ITT.pdf", 1),
            "buyer": (["Merseyside Fire and Rescue Authority", "Merseyside Fire & Rescue Authority"],
                      "MFRA OH ITT.pdf", 1),
            "service": (["Occupational Health and Wellbeing Service", "occupational health and wellbeing service",
                         "an occupational health and wellbeing service for around 1,000 operational firefighters and "
                         "support staff",
                         "occupational health and wellbeing service for operational firefighters and support staff"],
                        "MFRA OH ITT.pdf", 1),
            "area": ("Merseyside", "MFRA OH ITT.pdf", 1),
            # "£240,000 per annum, £1,200,000 over the full term": the total is stated, so value_gbp is the total;
            # the £210,000 current spend is a decoy.
            "value_gbp": (1200000, "MFRA OH ITT.pdf", 1),
            "months": (36, "MFRA OH ITT.pdf", 1),
            "extension_months": (24, "MFRA OH ITT.pdf", 1),
            "deadline": ("2029-06-07", "MFRA OH ITT.pdf", 1),
            # A Quality sub-row "Social Value (Community Benefits, Q5) | 10%" of a table totalling 100%.
            "social_value_weighting_percent": (10, "MFRA OH Appendix C - Evaluation Criteria.pdf", 1),
            # "Quality:price ratio 60:40" is the award split, not a social value split.
            "qualitative_percent": None,
            "quantitative_percent": None,
            # The table runs 10/8/6/4/2/0 under "a scale of 0-10".
            "scoring_scale": ("0-10", "MFRA OH Appendix C - Evaluation Criteria.pdf", 1),
            "framework": ("national-toms", "MFRA OH Appendix C - Evaluation Criteria.pdf", 1),
        },
        "questions": [
            {"id": "Q1", "text": "Describe how you will deliver periodic medicals and fitness assessments for operational "
                                 "staff at fire stations across Merseyside, with minimal disruption to crewing levels.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 20, "social_value": False,
             "source": "MFRA OH Quality Questionnaire.docx", "page": 1, "sub_criteria": []},
            {"id": "Q2", "text": "Describe the support you will offer to firefighters after traumatic incidents, including "
                                 "critical incident debriefs and fast-track access to counselling.",
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 15, "social_value": False,
             "source": "MFRA OH Quality Questionnaire.docx", "page": 1, "sub_criteria": []},
            {"id": "Q3", "text": "Explain your clinical governance arrangements, including the qualifications of your "
                                 "occupational health physicians and how you will keep occupational health records "
                                 "secure.",
             "word_limit": None, "char_limit": None, "page_limit": 1, "weighting_percent": 10, "social_value": False,
             "source": "MFRA OH Quality Questionnaire.docx", "page": 1, "sub_criteria": []},
            # An equality policy question about the service's own staff: not social value.
            {"id": "Q4", "text": "Provide your equality policy and explain how the service will meet the needs of staff "
                                 "with protected characteristics, including menopause support and reasonable "
                                 "adjustments.",
             "word_limit": None, "char_limit": None, "page_limit": 1, "weighting_percent": 5, "social_value": False,
             "source": "MFRA OH Quality Questionnaire.docx", "page": 1, "sub_criteria": []},
            # Lettered sub-criteria written as paragraphs "(a) ...;": labelled without the letters, as intake_dev.py's
            # "a) jobs for local residents" is.
            {"id": "Q5", "text": ["Using the National TOMs, describe the community benefits you will deliver on "
                                  "Merseyside through this contract.",
                                  "Using the National TOMs, describe the community benefits you will deliver on "
                                  "Merseyside through this contract. Your answer must cover:"],
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 10, "social_value": True,
             "source": "MFRA OH Quality Questionnaire.docx", "page": 2,
             "sub_criteria": ["employment, work experience or training opportunities for local people, including care "
                              "leavers and veterans",
                              "support for the Authority's prevention work, such as health checks or wellbeing sessions "
                              "for vulnerable residents",
                              "how you will measure, evidence and report each commitment annually"]},
        ],
    },
    {
        "name": "held8-pdf-housing-gas-servicing-question-table-over-two-pages-local-economic-benefit-bespoke",
        "files": [{"name": "Magenta Living - Gas Servicing ITT.pdf", "pages": [
            [("h", "Gas Servicing, Breakdown and Heating Repairs Contract"),
             ("p", "Invitation to Tender"),
             ("p", "Magenta Living, a registered provider of social housing, invites tenders for annual gas safety "
                   "inspections and servicing, breakdown response and heating repairs to approximately 12,500 homes "
                   "across Wirral."),
             ("p", "Estimated contract value (initial four years): £5.6m excluding VAT."),
             ("p", "Term: four years, with an option to extend for up to a further three years."),
             ("t", [["Milestone", "Date"],
                    ["Bidders' day", "Wednesday 30 May 2029"],
                    ["Tender return", "By 12 noon on Friday 22 June 2029"],
                    ["Contract start", "1 October 2029"]]),
             ("p", "Tenders must be returned through the Proactis portal. Late tenders will be rejected.")],
            [("h", "Evaluation"),
             ("p", "Tenders will be evaluated 50% price and 50% quality, where quality includes Local Economic Benefit "
                   "(social value) at 10% of the overall score."),
             ("p", "Local Economic Benefit is Magenta Living's name for social value. Responses will be assessed "
                   "against Magenta Living's Community Investment Strategy 2027-2030."),
             ("p", "Each response will be scored from 0 to 5: 0 - no answer; 1 - very poor; 2 - poor; 3 - acceptable; "
                   "4 - good; 5 - excellent. The score is multiplied by the question's weighting."),
             ("h", "Quality Questions"),
             ("p", "Character limits include spaces. The weighting of each question is a percentage of the overall "
                   "score."),
             ("t", [["Ref", "Question", "Weighting", "Character limit"],
                    ["Q1", "Describe how you will plan and deliver the annual gas safety check for every property before "
                           "its certificate expires, including how you will gain access to properties where tenants "
                           "refuse or do not respond.", "12%", "3,000"],
                    ["Q2", "Explain how you will respond to heating and hot water breakdowns within 24 hours, and within "
                           "4 hours for vulnerable households during the winter months.", "10%", "3,000"],
                    ["Q3", "Describe how your engineers will identify and report safeguarding concerns, signs of "
                           "hoarding, damp and mould, or self-neglect when in tenants' homes.", "6%", "2,000"]])],
            [("h", "Quality Questions (continued)"),
             ("t", [["Ref", "Question", "Weighting", "Character limit"],
                    ["Q4", "Supply chain resilience: describe how you will ensure continuity and sustainability of "
                           "supply of boilers, parts and materials, including your contingency plans if a key supplier "
                           "fails.", "6%", "2,000"],
                    ["Q5", "Describe how you will manage the TUPE transfer of engineers from the outgoing contractor "
                           "and support them through the change.", "6%", "1,500"],
                    ["LEB1", "Local Economic Benefit: tell us how you will create jobs and apprenticeships for Wirral "
                             "residents, spend with Wirral-based businesses, and support our tenants into work through "
                             "this contract.", "10%", "2,500"]]),
             ("p", "Price: complete the Schedule of Rates in the pricing workbook.")],
        ]}],
        "tender": {
            "title": (["Gas Servicing, Breakdown and Heating Repairs Contract",
                       "Gas Servicing, Breakdown and Heating Repairs"],
                      "Magenta Living - Gas Servicing ITT.pdf", 1),
            "buyer": ("Magenta Living", "Magenta Living - Gas Servicing ITT.pdf", 1),
            "service": (["Gas Servicing, Breakdown and Heating Repairs", "gas servicing, breakdown and heating repairs",
                         "annual gas safety inspections and servicing, breakdown response and heating repairs",
                         "annual gas safety inspections and servicing, breakdown response and heating repairs to "
                         "approximately 12,500 homes"],
                        "Magenta Living - Gas Servicing ITT.pdf", 1),
            "area": ("Wirral", "Magenta Living - Gas Servicing ITT.pdf", 1),
            # "Estimated contract value (initial four years): £5.6m".
            "value_gbp": (5600000, "Magenta Living - Gas Servicing ITT.pdf", 1),
            "months": (48, "Magenta Living - Gas Servicing ITT.pdf", 1),
            "extension_months": (36, "Magenta Living - Gas Servicing ITT.pdf", 1),
            # The bidders' day and contract start dates in the same table are decoys.
            "deadline": ("2029-06-22", "Magenta Living - Gas Servicing ITT.pdf", 1),
            "social_value_weighting_percent": (10, "Magenta Living - Gas Servicing ITT.pdf", 2),
            # "50% price and 50% quality" is the award split, not a social value split.
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-5", "Magenta Living - Gas Servicing ITT.pdf", 2),
            # The housing association's own Community Investment Strategy.
            "framework": ("bespoke", "Magenta Living - Gas Servicing ITT.pdf", 2),
        },
        "questions": [
            {"id": "Q1", "text": "Describe how you will plan and deliver the annual gas safety check for every property "
                                 "before its certificate expires, including how you will gain access to properties "
                                 "where tenants refuse or do not respond.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 12, "social_value": False,
             "source": "Magenta Living - Gas Servicing ITT.pdf", "page": 2, "sub_criteria": []},
            {"id": "Q2", "text": "Explain how you will respond to heating and hot water breakdowns within 24 hours, and "
                                 "within 4 hours for vulnerable households during the winter months.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": 10, "social_value": False,
             "source": "Magenta Living - Gas Servicing ITT.pdf", "page": 2, "sub_criteria": []},
            {"id": "Q3", "text": "Describe how your engineers will identify and report safeguarding concerns, signs of "
                                 "hoarding, damp and mould, or self-neglect when in tenants' homes.",
             "word_limit": None, "char_limit": 2000, "weighting_percent": 6, "social_value": False,
             "source": "Magenta Living - Gas Servicing ITT.pdf", "page": 2, "sub_criteria": []},
            # Continuity of the supply chain ("sustainability of supply"): not social value.
            {"id": "Q4", "text": ["Supply chain resilience: describe how you will ensure continuity and sustainability "
                                  "of supply of boilers, parts and materials, including your contingency plans if a key "
                                  "supplier fails.",
                                  "describe how you will ensure continuity and sustainability of supply of boilers, "
                                  "parts and materials, including your contingency plans if a key supplier fails."],
             "word_limit": None, "char_limit": 2000, "weighting_percent": 6, "social_value": False,
             "source": "Magenta Living - Gas Servicing ITT.pdf", "page": 3, "sub_criteria": []},
            {"id": "Q5", "text": "Describe how you will manage the TUPE transfer of engineers from the outgoing "
                                 "contractor and support them through the change.",
             "word_limit": None, "char_limit": 1500, "weighting_percent": 6, "social_value": False,
             "source": "Magenta Living - Gas Servicing ITT.pdf", "page": 3, "sub_criteria": []},
            {"id": "LEB1", "text": ["Local Economic Benefit: tell us how you will create jobs and apprenticeships for "
                                    "Wirral residents, spend with Wirral-based businesses, and support our tenants into "
                                    "work through this contract.",
                                    "tell us how you will create jobs and apprenticeships for Wirral residents, spend "
                                    "with Wirral-based businesses, and support our tenants into work through this "
                                    "contract."],
             "word_limit": None, "char_limit": 2500, "weighting_percent": 10, "social_value": True,
             "source": "Magenta Living - Gas Servicing ITT.pdf", "page": 3, "sub_criteria": []},
        ],
    },
    {
        "name": "held8-two-docx-school-trust-supply-staff-no-extension-bare-toms-no-scale-modern-slavery-decoy",
        "files": [
            {"name": "CPLT Supply Staff - Part 1 Instructions.docx", "pages": [
                [("h", "Supply of Temporary Teaching and Support Staff"),
                 ("p", "Part 1: Instructions to Bidders"),
                 ("p", "Cheshire Plains Learning Trust (the Trust), a multi-academy trust of eleven primary and "
                       "secondary academies in Crewe, Nantwich and the surrounding area of Cheshire East, invites "
                       "tenders for the supply of temporary teaching and support staff, including supply teachers, "
                       "teaching assistants and cover supervisors."),
                 ("p", "Estimated total contract value: £1,350,000 excluding VAT."),
                 ("p", "The contract will run for three academic years from 1 September 2029. There is no option to "
                       "extend."),
                 ("p", "Completed tenders must be received by 5pm on Monday 30 April 2029, by email to the Trust's "
                       "Business Manager.")],
                [("h", "How tenders will be evaluated"),
                 ("p", "Tenders will be evaluated on Quality 40%, Price 50%. In addition, Social Value carries a 10% "
                       "weighting."),
                 ("p", "Bidders may refer to TOMs measures in their social value answer if they wish, but no TOMs "
                       "calculator or Social Value Portal is used for this contract."),
                 ("p", "Responses will be evaluated by a panel of headteachers and the Trust's Business Manager. Any "
                       "bidder scoring less than 50% of the available quality marks will be excluded."),
                 ("p", "The questions are in Part 2.")],
            ]},
            {"name": "CPLT Supply Staff - Part 2 Questions.docx", "pages": [
                [("h", "Part 2: Quality Questions"),
                 ("p", "1.1 Filling requests (15%)"),
                 ("p", "How will you fill requests for supply teachers, teaching assistants and cover supervisors "
                       "received before 7.30am on the same day, and what fill rate will you guarantee?"),
                 ("p", "Word limit: 600"),
                 ("p", "1.2 Safeguarding and vetting (15%)"),
                 ("p", "Describe the pre-placement checks you carry out on every worker, in line with Keeping Children "
                       "Safe in Education, and how you will share evidence of these checks with each academy."),
                 ("p", "Word limit: 600"),
                 ("p", "1.3 Quality of staff (10%)"),
                 ("p", "How will you ensure that supply staff are suitably qualified and are briefed on each academy's "
                       "behaviour policy before their first day?"),
                 ("p", "Word limit: 400")],
                [("h", "Social Value"),
                 ("p", "2.1 Social Value (10%)"),
                 ("p", "What will you do, through this contract, to benefit the pupils, families and communities served "
                       "by the Trust's academies? Your answer should address:"),
                 ("b", "careers talks or work experience for pupils"),
                 ("b", "routes into teaching for local people, such as funded teaching assistant qualifications"),
                 ("b", "support for school-based community projects"),
                 ("p", "Word limit: 500"),
                 ("h", "Compliance"),
                 ("p", "3.1 Modern slavery (Pass/Fail)"),
                 ("p", "Provide your Modern Slavery Statement, or explain why you are not required to publish one under "
                       "the Modern Slavery Act 2015."),
                 ("p", "Word limit: 250")],
            ]},
        ],
        "tender": {
            "title": ("Supply of Temporary Teaching and Support Staff", "CPLT Supply Staff - Part 1 Instructions.docx",
                      1),
            "buyer": (["Cheshire Plains Learning Trust", "Cheshire Plains Learning Trust (the Trust)"],
                      "CPLT Supply Staff - Part 1 Instructions.docx", 1),
            "service": (["Supply of Temporary Teaching and Support Staff", "supply of temporary teaching and support staff",
                         "the supply of temporary teaching and support staff, including supply teachers, teaching "
                         "assistants and cover supervisors",
                         "temporary teaching and support staff"],
                        "CPLT Supply Staff - Part 1 Instructions.docx", 1),
            "area": (["Cheshire East", "Crewe, Nantwich and the surrounding area of Cheshire East", "Crewe and Nantwich",
                      "Crewe, Nantwich"],
                     "CPLT Supply Staff - Part 1 Instructions.docx", 1),
            "value_gbp": (1350000, "CPLT Supply Staff - Part 1 Instructions.docx", 1),
            # "three academic years": 36 months.
            "months": (36, "CPLT Supply Staff - Part 1 Instructions.docx", 1),
            # "There is no option to extend": no extension period to report (extension_option would be false).
            "extension_months": None,
            "deadline": ("2029-04-30", "CPLT Supply Staff - Part 1 Instructions.docx", 1),
            "social_value_weighting_percent": (10, "CPLT Supply Staff - Part 1 Instructions.docx", 2),
            # "Quality 40%, Price 50%" is the award split; no social value split is stated.
            "qualitative_percent": None,
            "quantitative_percent": None,
            # No scoring scale is stated; "less than 50% of the available quality marks" is a threshold, not a scale.
            "scoring_scale": None,
            # A bare "TOMs" mention names no framework (docs/CLI.md), and no other framework or policy is named.
            "framework": None,
        },
        "questions": [
            {"id": "1.1", "text": "How will you fill requests for supply teachers, teaching assistants and cover "
                                  "supervisors received before 7.30am on the same day, and what fill rate will you "
                                  "guarantee?",
             "word_limit": 600, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": "CPLT Supply Staff - Part 2 Questions.docx", "page": 1, "sub_criteria": []},
            {"id": "1.2", "text": "Describe the pre-placement checks you carry out on every worker, in line with Keeping "
                                  "Children Safe in Education, and how you will share evidence of these checks with "
                                  "each academy.",
             "word_limit": 600, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": "CPLT Supply Staff - Part 2 Questions.docx", "page": 1, "sub_criteria": []},
            {"id": "1.3", "text": "How will you ensure that supply staff are suitably qualified and are briefed on each "
                                  "academy's behaviour policy before their first day?",
             "word_limit": 400, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": "CPLT Supply Staff - Part 2 Questions.docx", "page": 1, "sub_criteria": []},
            {"id": "2.1", "text": ["What will you do, through this contract, to benefit the pupils, families and "
                                   "communities served by the Trust's academies?",
                                   "What will you do, through this contract, to benefit the pupils, families and "
                                   "communities served by the Trust's academies? Your answer should address:"],
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": "CPLT Supply Staff - Part 2 Questions.docx", "page": 2,
             "sub_criteria": ["careers talks or work experience for pupils",
                              "routes into teaching for local people, such as funded teaching assistant qualifications",
                              "support for school-based community projects"]},
            # A pass/fail modern slavery compliance question under its own "Compliance" heading: not social value.
            {"id": "3.1", "text": "Provide your Modern Slavery Statement, or explain why you are not required to publish "
                                  "one under the Modern Slavery Act 2015.",
             "word_limit": 250, "char_limit": None, "weighting_percent": None, "social_value": False,
             "source": "CPLT Supply Staff - Part 2 Questions.docx", "page": 2, "sub_criteria": []},
        ],
    },
    {
        "name": "held8-pdf-and-docx-response-form-combined-authority-cycle-training-ppn002-limit-column",
        "files": [
            {"name": "LCRCA Cycle Training ITT.pdf", "pages": [
                [("h", "Bikeability Cycle Training Delivery"),
                 ("p", "Invitation to Tender"),
                 ("p", "The Liverpool City Region Combined Authority (the Combined Authority) is seeking a provider to "
                       "deliver Bikeability cycle training to school pupils and adult cycle training across the "
                       "Liverpool City Region: Halton, Knowsley, Liverpool, Sefton, St Helens and Wirral."),
                 ("t", [["Procurement reference", "LCRCA/TRN/2029/014"],
                        ["Budget", "Up to £2.4 million over the contract period, including the extension"],
                        ["Duration", "2 years + optional 12-month extension"],
                        ["Deadline for submissions", "16 April 2029 at 12:00 (midday)"],
                        ["Portal", "The Chest"]])],
                [("h", "Award Criteria"),
                 ("t", [["Criterion", "Weighting"],
                        ["Technical", "60%"],
                        ["Social Value", "10%"],
                        ["Commercial", "30%"]]),
                 ("p", "Social value will be evaluated in line with Procurement Policy Note PPN 002, Taking account of "
                       "social value in the award of contracts, using the Social Value Model outcome of tackling "
                       "economic inequality."),
                 ("p", "Technical and social value responses are scored from 0 (unacceptable) to 5 (excellent) and "
                       "the score is multiplied by the question's weighting."),
                 ("p", "All questions are in the Tender Response Form, which must be returned in Word format.")],
            ]},
            {"name": "LCRCA Cycle Training Tender Response Form.docx", "pages": [
                [("h", "Tender Response Form"),
                 ("p", "Answers over the limit shown will be marked only up to the limit."),
                 ("t", [["No.", "Question", "Weighting", "Limit"],
                        ["Q1", "Describe how you will plan and deliver Bikeability Levels 1, 2 and 3 to at least 18,000 "
                               "pupils a year across all six local authority areas, including how you will work with "
                               "schools to schedule courses.", "25%", "1,000 words"],
                        ["Q2", "How will you recruit, train and retain enough qualified National Standard Instructors, "
                               "and keep their skills up to date?", "15%", "750 words"],
                        ["Q3", "Describe your safeguarding arrangements for children and adults at risk taking part in "
                               "cycle training, including supervision ratios on the road.", "10%", "750 words"],
                        ["Q4", "Provide your equality policy and explain how you will make training accessible to "
                               "disabled children and adults, including the provision of adapted cycles.", "10%",
                         "500 words"]])],
                [("h", "Social Value"),
                 ("t", [["No.", "Question", "Weighting", "Limit"],
                        ["Q5", "Social Value - Tackling economic inequality: describe how you will create employment "
                               "and skills opportunities in the Liverpool City Region for people who face barriers to "
                               "work, and support local VCSEs and small businesses, through this contract. Set out "
                               "measurable commitments and how you will report them.", "10%", "750 words"]])],
            ]},
        ],
        "tender": {
            "title": ("Bikeability Cycle Training Delivery", "LCRCA Cycle Training ITT.pdf", 1),
            "buyer": (["Liverpool City Region Combined Authority", "The Liverpool City Region Combined Authority"],
                      "LCRCA Cycle Training ITT.pdf", 1),
            "service": (["Bikeability Cycle Training Delivery", "Bikeability cycle training",
                         "deliver Bikeability cycle training to school pupils and adult cycle training",
                         "Bikeability cycle training to school pupils and adult cycle training"],
                        "LCRCA Cycle Training ITT.pdf", 1),
            "area": (["Liverpool City Region", "the Liverpool City Region"], "LCRCA Cycle Training ITT.pdf", 1),
            # "Up to £2.4 million over the contract period, including the extension": the stated maximum total.
            "value_gbp": (2400000, "LCRCA Cycle Training ITT.pdf", 1),
            "months": (24, "LCRCA Cycle Training ITT.pdf", 1),
            "extension_months": (12, "LCRCA Cycle Training ITT.pdf", 1),
            "deadline": ("2029-04-16", "LCRCA Cycle Training ITT.pdf", 1),
            "social_value_weighting_percent": (10, "LCRCA Cycle Training ITT.pdf", 2),
            # "Technical 60% ... Commercial 30%" is the award split; no social value split is stated.
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-5", "LCRCA Cycle Training ITT.pdf", 2),
            "framework": ("ppn-002", "LCRCA Cycle Training ITT.pdf", 2),
        },
        "questions": [
            {"id": "Q1", "text": "Describe how you will plan and deliver Bikeability Levels 1, 2 and 3 to at least 18,000 "
                                 "pupils a year across all six local authority areas, including how you will work with "
                                 "schools to schedule courses.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 25, "social_value": False,
             "source": "LCRCA Cycle Training Tender Response Form.docx", "page": 1, "sub_criteria": []},
            {"id": "Q2", "text": "How will you recruit, train and retain enough qualified National Standard Instructors, "
                                 "and keep their skills up to date?",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": "LCRCA Cycle Training Tender Response Form.docx", "page": 1, "sub_criteria": []},
            {"id": "Q3", "text": "Describe your safeguarding arrangements for children and adults at risk taking part in "
                                 "cycle training, including supervision ratios on the road.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": "LCRCA Cycle Training Tender Response Form.docx", "page": 1, "sub_criteria": []},
            # Accessibility of the service itself and an equality policy: not social value.
            {"id": "Q4", "text": "Provide your equality policy and explain how you will make training accessible to "
                                 "disabled children and adults, including the provision of adapted cycles.",
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": "LCRCA Cycle Training Tender Response Form.docx", "page": 1, "sub_criteria": []},
            {"id": "Q5", "text": ["Social Value - Tackling economic inequality: describe how you will create employment "
                                  "and skills opportunities in the Liverpool City Region for people who face barriers "
                                  "to work, and support local VCSEs and small businesses, through this contract. Set "
                                  "out measurable commitments and how you will report them.",
                                  "describe how you will create employment and skills opportunities in the Liverpool "
                                  "City Region for people who face barriers to work, and support local VCSEs and small "
                                  "businesses, through this contract. Set out measurable commitments and how you will "
                                  "report them."],
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": "LCRCA Cycle Training Tender Response Form.docx", "page": 2, "sub_criteria": []},
        ],
    },
]
