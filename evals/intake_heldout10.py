"""A tenth held-out set for the tender intake, written by a separate writer who never read the extractor's code, and
committed before the extractor was run on it. Six packs from buyers and services the earlier sets do not use (a city
council's festive lighting scheme, a council's seasonal beach lifeguard service, a council's digital inclusion
support service, a council's household waste recycling centres, an NHS foundation trust's car park management and a
police force's vehicle recovery and storage), split as: a single PDF with an "OFFICIAL - COMMERCIAL" running header
and a "LCC/REG/2029/0417 - pg N" footer, a timetable table and a descriptor scale listed from 5 down to 0; a Word ITT
plus a PDF evaluation appendix (with its own running header) that alone gives the weightings, as shares of the
quality section; a single Word "tender pack" whose method statements sit in one table ("MS | Method statement |
Weighting | Max words"), beside an 80/20 fixed/outcome payment split and a "60% aged 65+ or disabled" target; three
files (PDF ITT with a running header, a Word quality response document with one "Question Qn (Weighting: n%) (Max n
words)" line per question and a Word commercial schedule full of tonnages, rebates and a years 1-3 ceiling); a single
PDF whose evaluation matrix table gives each question's weighting and word limit, with the question texts on a later
page; and a Word ITT plus a Word tender response table ("Ref | Question | Max words | Marks").

Phrasings tested: values in words and figures ("one million, six hundred thousand pounds (£1,600,000) over the full
term, including any extension"), with "k" and "c." ("£640k p.a. (c.£3.2m over the max. 5 yr term)"), as "£1.35m
over the 3 year contract" beside "£450,000 per annum", "£14.7 million (fourteen point seven million pounds) for the
initial term" beside a £600,000-a-year rebate and a £6.5m years 1-3 ceiling, "Total Contract Value (TCV): £2.75M ex
VAT" beside a parking income figure, and "approx. £3.96m over the full 6 years (4+2)" beside "c.£660k per annum".
Terms "24 months ... extended ... by up to a further 24 months, in increments of 12 months", "2 yrs initial + option
to extend 3 x 12 months", "3 years from 01/04/2030 to 31/03/2033. There is no option to extend.", "an initial seven
(7) years ... up to a further three (3) years (7+3)", table rows "Initial term | 36 months" and "Optional extension |
24 months (12 + 12)", and "four (4) years ... a single extension of up to two (2) years". Deadlines "Noon, Wed 12th
Sept 2029", "5.00pm Monday 3rd September 2029", "Friday, 19 October 2029 at 10:00am", "Midday on Tuesday, 6 November
2029", "10/12/2029 12:00" and "by 1200hrs on 15 Nov 2029", each beside a clarification date (and site visits, a
standstill date, a switch-on date). Social value weightings "fifteen per cent (15 per cent) of the overall score"
(words and "per cent"), "Social Value ... 25%" of the quality section with "Quality (60%)" (derived 15, only in the
PDF appendix), a ratio "Quality:Price:Social Value = 50:30:20", a criteria table row "Social Value | 12%", an
evaluation matrix section "Net Zero and Social Value | 10%", and marks "Social Value 10 marks (100 marks in total)".
Splits "split 60/40 between the qualitative method statement ... and the quantified commitments" and "split 70:30
between the quantitative offer ... and the qualitative method statement" (quantitative named first); the others
give decoys only (50/40/15 parts of the whole; 60% on switch-on / 40% on removal; 80/20 fixed/outcome payment; 50:50
rebate share). Scales 0-5 listed high to low, 0-3 ("Fail / Partially meets / Meets / Exceeds"), "a mark of 0, 2, 4,
6, 8 or 10", "a five-point scale from 1 (Very Poor) to 5 (Excellent)", "0 Unacceptable | 1 Poor | ... | 4
Excellent" and percentage descriptors ("Excellent 100%" ... "Unacceptable 0%"). Frameworks "the Cheshire & Merseyside
TOMs" (ampersand), "the National TOMs (Themes, Outcomes and Measures) 2022", bespoke (the Council's Social Value
Policy (2028)), none (only a bare "TOMs calculator"), ppn-06-20 and ppn-002. The social value question is called
"Social Value: Lighting up our Neighbourhoods" (bullets, "a maximum of 2 x A4 sides"), "Social Value" (bullets,
"Max. 3,500 chars inc. spaces"), an MS5 table row, "Community Benefit" (bullets), an SV1 question whose limit is
only in the matrix, and an SV1 table row. Decoys: an energy use (LED) question, water safety education for schools
and beach safeguarding (both core service), a partnership question naming the voluntary sector, recycling rate
targets, TUPE and mobilisation, health and safety, enforcement and complaints, vetting and information security,
equality and diversity. Same shape as evals/intake_dev.py; a question's ``page_limit`` is scored where given. Its
first-run numbers are the unseen estimate.
"""

_LCC = "LCC Festive Lighting Scheme ITT.pdf"
_LCC_HEAD = "OFFICIAL - COMMERCIAL"
_SEF_ITT = "Sefton Council - Beach Lifeguard Service ITT.docx"
_SEF_APP = "Appendix 3 - Evaluation Methodology.pdf"
_SEF_HEAD = "Sefton Council | Beach Lifeguard and Coastal Safety Service | Appendix 3"
_KMBC = "KMBC Digital Inclusion Service - Tender Pack.docx"
_CEC_ITT = "CEC HWRC Operation - ITT.pdf"
_CEC_HEAD = "Cheshire East Council - Operation of Household Waste Recycling Centres - ITT"
_CEC_Q = "CEC HWRC - Quality Response Document.docx"
_CEC_COM = "CEC HWRC - Commercial Schedule.docx"
_LHCH = "LHCH Car Park Management ITT.pdf"
_MP_ITT = "MerPol Vehicle Recovery - Document 1 ITT.docx"
_MP_TR = "MerPol Vehicle Recovery - Document 3 Tender Response.docx"

PACKS = [
    {
        "name": "held10-pdf-lcc-festive-lighting-official-header-per-cent-in-words-value-in-words-cm-toms-ampersand-2xA4",
        "files": [{"name": _LCC, "pages": [
            [("p", _LCC_HEAD),
             ("h", "Festive Lighting Scheme"),
             ("p", "Supply, Installation, Maintenance and Removal of Festive Lighting"),
             ("p", "Invitation to Tender issued by Liverpool City Council"),
             ("p", "Tender Return: Noon, Wed 12th Sept 2029"),
             ("p", "Tenders must be uploaded to The Chest. Late tenders will not be considered."),
             ("p", "LCC/REG/2029/0417 - pg 1")],
            [("p", _LCC_HEAD),
             ("h", "Part A - About this Procurement"),
             ("p", "Liverpool City Council (\"the Council\") wishes to appoint a single contractor to supply, install, "
                   "maintain and remove the festive lighting displays in Liverpool city centre and in the district "
                   "centres of Allerton Road, Lark Lane, Old Swan and Walton Vale, including the Christmas tree on St "
                   "George's Plateau."),
             ("p", "The total contract value is estimated at one million, six hundred thousand pounds (£1,600,000) over "
                   "the full term, including any extension."),
             ("p", "The Contract shall run for 24 months from 1 January 2030 and may be extended at the Council's sole "
                   "discretion by up to a further 24 months, in increments of 12 months."),
             ("t", [["Activity", "Date"],
                    ["ITT published", "Mon 20th Aug 2029"],
                    ["Clarification questions close", "Wed 29th Aug 2029"],
                    ["Tender return", "Noon, Wed 12th Sept 2029"],
                    ["First switch-on", "Thu 14th Nov 2030"]]),
             ("p", "LCC/REG/2029/0417 - pg 2")],
            [("p", _LCC_HEAD),
             ("h", "Part B - How Tenders will be Evaluated"),
             ("p", "Price accounts for fifty per cent (50 per cent), quality for thirty-five per cent (35 per cent) and "
                   "social value for fifteen per cent (15 per cent) of the overall score."),
             ("p", "Social value will be assessed using the Cheshire & Merseyside TOMs (Themes, Outcomes and Measures). "
                   "Your written response to Q5 is evaluated together with the measures you commit to in the TOMs offer "
                   "template."),
             ("p", "Each quality and social value response will be scored against the descriptors below."),
             ("t", [["Score", "Descriptor"],
                    ["5", "Excellent - a comprehensive, robust response with strong supporting evidence"],
                    ["4", "Good - a strong response with minor gaps"],
                    ["3", "Acceptable - meets the requirement"],
                    ["2", "Weak - some significant gaps or concerns"],
                    ["1", "Poor - major gaps; little confidence in delivery"],
                    ["0", "Unacceptable - no response, or the response does not address the question"]]),
             ("p", "Payment for each season will be made 60% on switch-on and 40% on removal of the displays."),
             ("p", "LCC/REG/2029/0417 - pg 3")],
            [("p", _LCC_HEAD),
             ("h", "Part C - Quality Questions"),
             ("p", "The weighting of each question is given as a per cent of the overall score."),
             ("p", "Q1 Design and product range (10 per cent)"),
             ("p", "Describe your proposed designs for the city centre and the four district centres, the product range "
                   "you will use and how the displays will be refreshed over the term."),
             ("p", "Word limit: 800"),
             ("p", "Q2 Installation, working at height and traffic management (10 per cent)"),
             ("p", "Set out your method for installing and removing the displays safely, including working at height "
                   "from mobile elevating work platforms and the traffic management you will use on the highway."),
             ("p", "Word limit: 800"),
             ("p", "Q3 Maintenance and fault response (10 per cent)"),
             ("p", "Explain how you will inspect the displays during the season and how quickly you will repair a fault "
                   "reported by the Council outside normal working hours."),
             ("p", "Word limit: 600"),
             ("p", "Q4 Energy use (5 per cent)"),
             ("p", "Describe how your displays will keep energy use to a minimum, including the use of LED lamps and "
                   "timers."),
             ("p", "Word limit: 400"),
             ("p", "LCC/REG/2029/0417 - pg 4")],
            [("p", _LCC_HEAD),
             ("h", "Part D - Social Value"),
             ("p", "Q5 Social Value: Lighting up our Neighbourhoods (15 per cent)"),
             ("p", "Tell us what social value you will deliver for Liverpool's communities through this contract and how "
                   "the commitments in your TOMs offer will be met. Please address:"),
             ("b", "jobs and apprenticeships for Liverpool residents, particularly in electrical installation"),
             ("b", "working with schools and community groups in the district centres on their switch-on events"),
             ("b", "spend with Liverpool-based suppliers and social enterprises"),
             ("b", "how progress will be evidenced to the Council after each season"),
             ("p", "Response length: a maximum of 2 x A4 sides (Arial 11)."),
             ("p", "LCC/REG/2029/0417 - pg 5")],
        ]}],
        "tender": {
            "title": (["Festive Lighting Scheme",
                       "Supply, Installation, Maintenance and Removal of Festive Lighting"], _LCC, 1),
            "buyer": ("Liverpool City Council", _LCC, [1, 2]),
            "service": (["Supply, Installation, Maintenance and Removal of Festive Lighting",
                         "supply, install, maintain and remove the festive lighting displays",
                         "supply, install, maintain and remove the festive lighting displays in Liverpool city centre",
                         "Festive Lighting Scheme", "festive lighting"],
                        _LCC, [1, 2]),
            "area": (["Liverpool", "Liverpool city centre"], _LCC, 2),
            # "one million, six hundred thousand pounds (£1,600,000) over the full term, including any extension".
            "value_gbp": (1600000, _LCC, 2),
            # "24 months ... by up to a further 24 months, in increments of 12 months".
            "months": (24, _LCC, 2),
            "extension_months": (24, _LCC, 2),
            # "Noon, Wed 12th Sept 2029" on the cover and in the timetable; 29 Aug (clarifications), 20 Aug (published)
            # and 14 Nov 2030 (switch-on) are decoys.
            "deadline": ("2029-09-12", _LCC, [1, 2]),
            # "social value for fifteen per cent (15 per cent) of the overall score".
            "social_value_weighting_percent": (15, _LCC, 3),
            # No qualitative:quantitative split is stated (the written response is evaluated "together with" the TOMs
            # offer); 50/35/15 and the 60/40 switch-on/removal payment are decoys.
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-5", _LCC, 3),
            "framework": ("cm-toms", _LCC, 3),
        },
        "questions": [
            {"id": ["Q1", "1"],
             "text": "Describe your proposed designs for the city centre and the four district centres, the product "
                     "range you will use and how the displays will be refreshed over the term.",
             "word_limit": 800, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _LCC, "page": 4, "sub_criteria": []},
            {"id": ["Q2", "2"],
             "text": "Set out your method for installing and removing the displays safely, including working at height "
                     "from mobile elevating work platforms and the traffic management you will use on the highway.",
             "word_limit": 800, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _LCC, "page": 4, "sub_criteria": []},
            {"id": ["Q3", "3"],
             "text": "Explain how you will inspect the displays during the season and how quickly you will repair a "
                     "fault reported by the Council outside normal working hours.",
             "word_limit": 600, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _LCC, "page": 4, "sub_criteria": []},
            # Energy use of the displays themselves (part of the service): not the social value question.
            {"id": ["Q4", "4"],
             "text": "Describe how your displays will keep energy use to a minimum, including the use of LED lamps and "
                     "timers.",
             "word_limit": 400, "char_limit": None, "weighting_percent": 5, "social_value": False,
             "source": _LCC, "page": 4, "sub_criteria": []},
            # "a maximum of 2 x A4 sides": a page limit of 2, no word limit.
            {"id": ["Q5", "5"],
             "text": ["Tell us what social value you will deliver for Liverpool's communities through this contract and "
                      "how the commitments in your TOMs offer will be met.",
                      "Tell us what social value you will deliver for Liverpool's communities through this contract and "
                      "how the commitments in your TOMs offer will be met. Please address:"],
             "word_limit": None, "char_limit": None, "page_limit": 2, "weighting_percent": 15, "social_value": True,
             "source": _LCC, "page": 5,
             "sub_criteria": ["jobs and apprenticeships for Liverpool residents, particularly in electrical installation",
                              "working with schools and community groups in the district centres on their switch-on "
                              "events",
                              "spend with Liverpool-based suppliers and social enterprises",
                              "how progress will be evidenced to the Council after each season"]},
        ],
    },
    {
        "name": "held10-docx-and-pdf-sefton-beach-lifeguards-k-values-share-of-quality-section-derived-national-toms-0-3",
        "files": [
            {"name": _SEF_ITT, "pages": [
                [("h", "Beach Lifeguard and Coastal Safety Service"),
                 ("p", "Invitation to Tender"),
                 ("p", "Sefton Council - Green Sefton (Coast and Countryside)"),
                 ("p", "Sefton Council is seeking an experienced provider to deliver a seasonal beach lifeguard and "
                       "coastal safety service on the Sefton coast at Ainsdale, Formby and Southport, from May to "
                       "September each year, including lifeguard cover at the bathing beaches, beach patrols and water "
                       "safety education."),
                 ("t", [["Summary", ""],
                        ["Indicative budget", "£640k p.a. (c.£3.2m over the max. 5 yr term)"],
                        ["Term", "2 yrs initial + option to extend 3 x 12 months"],
                        ["Deadline for clarifications", "5.00pm Mon 20th August 2029"],
                        ["Closing date", "5.00pm Monday 3rd September 2029"],
                        ["Portal", "The Chest (ref. DN7741)"]]),
                 ("p", "The evaluation criteria and weightings are in Appendix 3 (Evaluation Methodology).")],
                [("h", "Tender Questions"),
                 ("p", "Answer every question. Maximum lengths are in characters, including spaces; text beyond the "
                       "limit will not be read."),
                 ("p", "SC1 - Lifeguard cover and rotas"),
                 ("p", "Describe how you will staff each lifeguard station from 10am to 6pm every day of the season, "
                       "including rotas, relief cover and how you will respond to changes in tides and weather."),
                 ("p", "Max. 4,000 chars inc. spaces"),
                 ("p", "SC2 - Water safety education"),
                 ("p", "Describe the programme of water safety talks you will deliver in Sefton primary schools each "
                       "summer term, as required by section 6 of the Specification."),
                 ("p", "Max. 3,000 chars inc. spaces"),
                 ("p", "SC3 - Safeguarding on the beach"),
                 ("p", "Set out your procedure for lost and found children and for safeguarding vulnerable adults on the "
                       "beach, including how you will work with Merseyside Police and HM Coastguard."),
                 ("p", "Max. 3,000 chars inc. spaces"),
                 ("p", "SC4 - Social Value"),
                 ("p", "Explain the additional benefits your organisation will deliver for Sefton's coastal communities "
                       "over the life of the contract, in particular:"),
                 ("b", "recruiting and training local young people as beach lifeguards"),
                 ("b", "volunteering with Sefton coast conservation and community groups"),
                 ("b", "reducing single-use plastics and beach litter"),
                 ("b", "how you will measure and report these benefits against the National TOMs"),
                 ("p", "Max. 3,500 chars inc. spaces")],
            ]},
            {"name": _SEF_APP, "pages": [
                [("p", _SEF_HEAD),
                 ("h", "Appendix 3 - Evaluation Methodology"),
                 ("p", "Tenders will be evaluated on the basis of Price (40%) and Quality (60%). The quality section is "
                       "divided as follows."),
                 ("t", [["Quality criterion", "Question(s)", "Share of quality section"],
                        ["Service delivery", "SC1 - SC3", "75%"],
                        ["Social Value", "SC4", "25%"]]),
                 ("p", "Social value commitments must be expressed using the National TOMs (Themes, Outcomes and "
                       "Measures) 2022, and social value will be evaluated against them."),
                 ("p", "Each answer is scored 0-3: 0 Fail - does not answer the question; 1 Partially meets - some "
                       "elements missing; 2 Meets - a full answer; 3 Exceeds - a full answer with added value and strong "
                       "evidence."),
                 ("p", "A minimum score of 2 is required for SC3 (Safeguarding on the beach); tenders scoring 0 or 1 on "
                       "SC3 will be excluded."),
                 ("p", "Appendix 3 - p.1")],
            ]},
        ],
        "tender": {
            "title": ("Beach Lifeguard and Coastal Safety Service", _SEF_ITT, 1),
            "buyer": ("Sefton Council", _SEF_ITT, 1),
            "service": (["Beach Lifeguard and Coastal Safety Service", "beach lifeguard and coastal safety service",
                         "a seasonal beach lifeguard and coastal safety service",
                         "seasonal beach lifeguard and coastal safety service on the Sefton coast at Ainsdale, Formby "
                         "and Southport"],
                        _SEF_ITT, 1),
            "area": (["Sefton", "the Sefton coast", "Ainsdale, Formby and Southport", "Southport"], _SEF_ITT, 1),
            # "c.£3.2m over the max. 5 yr term"; the £640k a year is the annual figure.
            "value_gbp": (3200000, _SEF_ITT, 1),
            # "2 yrs initial + option to extend 3 x 12 months".
            "months": (24, _SEF_ITT, 1),
            "extension_months": (36, _SEF_ITT, 1),
            # "5.00pm Monday 3rd September 2029"; the clarification deadline (20 August) is a decoy.
            "deadline": ("2029-09-03", _SEF_ITT, 1),
            # Derived: Social Value is 25% of the quality section, and Quality is 60% of the total (0.25 x 60 = 15).
            # Stated only in the PDF appendix.
            "social_value_weighting_percent": (15, _SEF_APP, 1),
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-3", _SEF_APP, 1),
            "framework": ("national-toms", _SEF_APP, 1),
        },
        "questions": [
            # The only weightings are shares of the quality section for criteria (SC1-SC3 together 75%), so no question
            # carries a weighting of the total score of its own.
            {"id": "SC1",
             "text": "Describe how you will staff each lifeguard station from 10am to 6pm every day of the season, "
                     "including rotas, relief cover and how you will respond to changes in tides and weather.",
             "word_limit": None, "char_limit": 4000, "weighting_percent": None, "social_value": False,
             "source": _SEF_ITT, "page": 2, "sub_criteria": []},
            # Water safety talks in schools are a requirement of the Specification (core service), not social value.
            {"id": "SC2",
             "text": "Describe the programme of water safety talks you will deliver in Sefton primary schools each "
                     "summer term, as required by section 6 of the Specification.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": None, "social_value": False,
             "source": _SEF_ITT, "page": 2, "sub_criteria": []},
            # Safeguarding: not social value.
            {"id": "SC3",
             "text": "Set out your procedure for lost and found children and for safeguarding vulnerable adults on the "
                     "beach, including how you will work with Merseyside Police and HM Coastguard.",
             "word_limit": None, "char_limit": 3000, "weighting_percent": None, "social_value": False,
             "source": _SEF_ITT, "page": 2, "sub_criteria": []},
            {"id": "SC4",
             "text": ["Explain the additional benefits your organisation will deliver for Sefton's coastal communities "
                      "over the life of the contract, in particular:",
                      "Explain the additional benefits your organisation will deliver for Sefton's coastal communities "
                      "over the life of the contract"],
             "word_limit": None, "char_limit": 3500, "weighting_percent": None, "social_value": True,
             "source": _SEF_ITT, "page": 2,
             "sub_criteria": ["recruiting and training local young people as beach lifeguards",
                              "volunteering with Sefton coast conservation and community groups",
                              "reducing single-use plastics and beach litter",
                              "how you will measure and report these benefits against the National TOMs"]},
        ],
    },
    {
        "name": "held10-docx-knowsley-digital-inclusion-ratio-50-30-20-split-60-40-bespoke-policy-marks-0-2-4-10-no-ext",
        "files": [{"name": _KMBC, "pages": [
            [("h", "Knowsley Digital Inclusion Support Service"),
             ("p", "Tender Pack (instructions, specification summary and method statements)"),
             ("p", "Knowsley Metropolitan Borough Council"),
             ("t", [["Ref", "KMBC/CS/2029/064"],
                    ["Budget", "£450,000 per annum; total contract value £1.35m over the 3 year contract"],
                    ["Contract length", "3 years from 01/04/2030 to 31/03/2033. There is no option to extend."],
                    ["Clarification questions by", "Friday, 5 October 2029 at 10:00am"],
                    ["Tender deadline", "Friday, 19 October 2029 at 10:00am"]]),
             ("p", "Please submit via The Chest. Do not email tenders to officers. Tenders recieved after the deadline "
                   "won't be opened.")],
            [("h", "Section 2 - What we want"),
             ("p", "Knowsley Council wants a provider to help residents who are digitally excluded to get online: "
                   "lending devices and data, running drop-in digital skills sessions in libraries and community "
                   "centres in Kirkby, Huyton, Halewood and Prescot, and supporting people to use online council, NHS "
                   "and Universal Credit services."),
             ("p", "We expect around 2,000 residents a year to use the service; at least 60% should be aged 65+ or "
                   "disabled."),
             ("p", "Payment is 80% fixed and 20% on outcomes (residents moving to using the internet independently).")],
            [("h", "Section 3 - Award criteria"),
             ("p", "Quality:Price:Social Value = 50:30:20"),
             ("p", "Social value is assessed against the Council's Social Value Policy (2028) and its priorities for "
                   "Knowsley residents."),
             ("p", "The 20% for social value is split 60/40 between the qualitative method statement (MS5) and the "
                   "quantified commitments in the Social Value Commitment Form."),
             ("p", "Each method statement is given a mark of 0, 2, 4, 6, 8 or 10 (0 = not answered or unacceptable, "
                   "10 = excellent, fully evidenced)."),
             ("p", "The Social Value Commitment Form (8%) is a spreadsheet; it is not a method statement and has no "
                   "word limit.")],
            [("h", "Section 4 - Method Statements"),
             ("p", "Weightings are of the total score. Anything over the word limit won't be marked."),
             ("t", [["MS", "Method statement", "Weighting", "Max words"],
                    ["MS1", "Delivery model: describe how you will run the device lending scheme and the drop-in "
                            "sessions across the four townships, including opening times and how residents book.",
                     "20%", "1,000"],
                    ["MS2", "Reaching digitally excluded residents: explain how you will find and engage residents who "
                            "are not online, including older people, disabled people and people with low literacy.",
                     "15%", "750"],
                    ["MS3", "Safeguarding and data: describe how you will safeguard vulnerable adults and wipe and "
                            "securely reissue loaned devices in line with UK GDPR.",
                     "5%", "500"],
                    ["MS4", "Partnership working: describe how you will work with Knowsley libraries, housing providers "
                            "and the voluntary and community sector to refer residents into the service.",
                     "10%", "500"],
                    ["MS5", "Social value: describe the social value you will add in Knowsley through this contract "
                            "beyond the core service, e.g. jobs and volunteering roles for local people, refurbishing "
                            "donated devices, and spend with Knowsley businesses and VCFSE organisations, and how you "
                            "will evidence it.",
                     "12%", "750"]])],
        ]}],
        "tender": {
            "title": ("Knowsley Digital Inclusion Support Service", _KMBC, 1),
            "buyer": (["Knowsley Metropolitan Borough Council", "Knowsley Council"], _KMBC, [1, 2]),
            "service": (["Knowsley Digital Inclusion Support Service", "digital inclusion support service",
                         "help residents who are digitally excluded to get online",
                         "a provider to help residents who are digitally excluded to get online"],
                        _KMBC, [1, 2]),
            "area": (["Knowsley", "Kirkby, Huyton, Halewood and Prescot"], _KMBC, [1, 2]),
            # "total contract value £1.35m over the 3 year contract"; £450,000 per annum is the annual figure.
            "value_gbp": (1350000, _KMBC, 1),
            # "3 years from 01/04/2030 to 31/03/2033. There is no option to extend."
            "months": (36, _KMBC, 1),
            "extension_months": None,
            # The clarification date (5 October) is a decoy.
            "deadline": ("2029-10-19", _KMBC, 1),
            # "Quality:Price:Social Value = 50:30:20".
            "social_value_weighting_percent": (20, _KMBC, 3),
            # "split 60/40 between the qualitative method statement (MS5) and the quantified commitments"; the 80/20
            # fixed/outcome payment and "at least 60% ... aged 65+ or disabled" are decoys.
            "qualitative_percent": (60, _KMBC, 3),
            "quantitative_percent": (40, _KMBC, 3),
            # "a mark of 0, 2, 4, 6, 8 or 10".
            "scoring_scale": ("0-10", _KMBC, 3),
            # "assessed against the Council's Social Value Policy (2028)": the buyer's own policy.
            "framework": ("bespoke", _KMBC, 3),
        },
        "questions": [
            {"id": "MS1",
             "text": ["Delivery model: describe how you will run the device lending scheme and the drop-in sessions "
                      "across the four townships, including opening times and how residents book.",
                      "describe how you will run the device lending scheme and the drop-in sessions across the four "
                      "townships, including opening times and how residents book."],
             "word_limit": 1000, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _KMBC, "page": 4, "sub_criteria": []},
            {"id": "MS2",
             "text": ["Reaching digitally excluded residents: explain how you will find and engage residents who are not "
                      "online, including older people, disabled people and people with low literacy.",
                      "explain how you will find and engage residents who are not online, including older people, "
                      "disabled people and people with low literacy."],
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _KMBC, "page": 4, "sub_criteria": []},
            # Safeguarding and data protection: not social value.
            {"id": "MS3",
             "text": ["Safeguarding and data: describe how you will safeguard vulnerable adults and wipe and securely "
                      "reissue loaned devices in line with UK GDPR.",
                      "describe how you will safeguard vulnerable adults and wipe and securely reissue loaned devices "
                      "in line with UK GDPR."],
             "word_limit": 500, "char_limit": None, "weighting_percent": 5, "social_value": False,
             "source": _KMBC, "page": 4, "sub_criteria": []},
            # Referral partnerships that run the service (it names the voluntary sector): not social value.
            {"id": "MS4",
             "text": ["Partnership working: describe how you will work with Knowsley libraries, housing providers and "
                      "the voluntary and community sector to refer residents into the service.",
                      "describe how you will work with Knowsley libraries, housing providers and the voluntary and "
                      "community sector to refer residents into the service."],
             "word_limit": 500, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _KMBC, "page": 4, "sub_criteria": []},
            # The examples ("e.g. jobs and volunteering roles ...") sit inside the sentence: no sub-criteria.
            {"id": "MS5",
             "text": ["Social value: describe the social value you will add in Knowsley through this contract beyond "
                      "the core service, e.g. jobs and volunteering roles for local people, refurbishing donated "
                      "devices, and spend with Knowsley businesses and VCFSE organisations, and how you will evidence "
                      "it.",
                      "describe the social value you will add in Knowsley through this contract beyond the core "
                      "service, e.g. jobs and volunteering roles for local people, refurbishing donated devices, and "
                      "spend with Knowsley businesses and VCFSE organisations, and how you will evidence it."],
             "word_limit": 750, "char_limit": None, "weighting_percent": 12, "social_value": True,
             "source": _KMBC, "page": 4, "sub_criteria": []},
        ],
    },
    {
        "name": "held10-pdf-and-two-docx-cheshire-east-hwrc-commercial-schedule-decoys-split-70-30-quant-first-1-5-no-fw",
        "files": [
            {"name": _CEC_ITT, "pages": [
                [("p", _CEC_HEAD),
                 ("h", "Operation of Household Waste Recycling Centres"),
                 ("p", "Invitation to Tender"),
                 ("p", "Cheshire East Council invites tenders for the operation of its eight household waste recycling "
                       "centres (HWRCs) at Alsager, Bexton (Knutsford), Congleton, Crewe, Macclesfield, Middlewich, "
                       "Nantwich and Poynton, including site staffing, the reuse shop at Crewe and the haulage of "
                       "materials to reprocessors."),
                 ("t", [["Milestone", "Date"],
                        ["Site visits", "w/c 1 October 2029"],
                        ["Clarification deadline", "Midday on Tuesday, 23 October 2029"],
                        ["Tender deadline", "Midday on Tuesday, 6 November 2029"],
                        ["Contract start", "1 July 2030"]]),
                 ("p", "1")],
                [("p", _CEC_HEAD),
                 ("h", "2. Contract Scope and Value"),
                 ("p", "The estimated contract value is £14.7 million (fourteen point seven million pounds) for the "
                       "initial term."),
                 ("p", "The contract will be let for an initial seven (7) years, with an option to extend for up to a "
                       "further three (3) years (7+3)."),
                 ("p", "Recycling income rebates, estimated at £600,000 a year, are shared 50:50 with the Council and are "
                       "not included in the contract value."),
                 ("p", "2")],
                [("p", _CEC_HEAD),
                 ("h", "3. Evaluation"),
                 ("t", [["Criterion", "Weighting"],
                        ["Price", "45%"],
                        ["Quality", "43%"],
                        ["Social Value", "12%"]]),
                 ("p", "Social value marks are split 70:30 between the quantitative offer (your commitments in the TOMs "
                       "calculator, scored relative to the best offer) and the qualitative method statement (Question "
                       "Q6 of the Quality Response Document)."),
                 ("p", "Quality and social value method statements are scored on a five-point scale from 1 (Very Poor) "
                       "to 5 (Excellent)."),
                 ("p", "3")],
            ]},
            {"name": _CEC_Q, "pages": [
                [("h", "Quality Response Document"),
                 ("p", "Weightings are percentages of the total score. Please keep to the word limits; diagrams count "
                       "towards them."),
                 ("p", "Question Q1 (Weighting: 12%) (Max 1,200 words)"),
                 ("p", "Site operation and customer service"),
                 ("p", "Describe how you will staff and run the eight sites, including opening hours, queue management "
                       "on busy weekends and how you will handle complaints from residents."),
                 ("p", "Question Q2 (Weighting: 12%) (Max 1,200 words)"),
                 ("p", "Recycling performance"),
                 ("p", "Explain how you will achieve the contractual recycling and reuse rate of at least 65% across the "
                       "sites, including the segregation of materials and checks on trade waste."),
                 ("p", "Question Q3 (Weighting: 8%) (Max 800 words)"),
                 ("p", "Health and safety"),
                 ("p", "Set out how you will manage the risks of vehicle movements, working at height on the container "
                       "bays and handling hazardous waste such as asbestos and gas bottles."),
                 ("p", "Question Q4 (Weighting: 6%) (Max 600 words)"),
                 ("p", "Workforce and TUPE"),
                 ("p", "Describe how you will manage the TUPE transfer of site operatives and train them for their "
                       "roles.")],
                [("p", "Question Q5 (Weighting: 5%) (Max 600 words)"),
                 ("p", "Mobilisation"),
                 ("p", "Provide your mobilisation plan for the contract start on 1 July 2030, including the handover of "
                       "site equipment and the reuse shop."),
                 ("p", "Question Q6 (Weighting: 3.6%) (Max 1,000 words)"),
                 ("p", "Community Benefit"),
                 ("p", "Describe how you will deliver the commitments in your social value offer and the wider benefit "
                       "this contract will bring to Cheshire East communities, covering:"),
                 ("b", "employment and training for local people, including people with disabilities, at the sites and "
                       "the reuse shop"),
                 ("b", "donating reusable items to local charities and community groups"),
                 ("b", "how you will monitor and report your commitments to the Council every six months")],
            ]},
            {"name": _CEC_COM, "pages": [
                [("h", "Commercial Schedule"),
                 ("p", "Complete all yellow cells. Prices exclude VAT and are fixed for Contract Year 1; from Year 2 they "
                       "are indexed each 1 July by CPI."),
                 ("t", [["Item", "Basis", "Annual quantity", "Rate (£)", "Annual price (£)"],
                        ["Site management fee (8 sites)", "Per annum", "1", "", ""],
                        ["Haulage - dry recyclables", "Per tonne", "21,500", "", ""],
                        ["Haulage - residual waste", "Per tonne", "14,800", "", ""],
                        ["Reuse shop operation", "Per annum", "1", "", ""],
                        ["Total annual price", "", "", "", ""]]),
                 ("p", "Affordability ceiling for Years 1 to 3: £6.5m. Tenders above it may be rejected."),
                 ("p", "Recycling income rebate to the Council: 50% of net income.")],
            ]},
        ],
        "tender": {
            "title": ("Operation of Household Waste Recycling Centres", _CEC_ITT, 1),
            "buyer": ("Cheshire East Council", _CEC_ITT, 1),
            "service": (["Operation of Household Waste Recycling Centres",
                         "the operation of its eight household waste recycling centres",
                         "operation of its eight household waste recycling centres (HWRCs)",
                         "household waste recycling centres"],
                        _CEC_ITT, 1),
            "area": (["Cheshire East", "Alsager, Bexton (Knutsford), Congleton, Crewe, Macclesfield, Middlewich, "
                      "Nantwich and Poynton"], _CEC_ITT, 1),
            # "£14.7 million ... for the initial term"; the £600,000 a year rebate and the £6.5m years 1-3 ceiling are
            # decoys.
            "value_gbp": (14700000, _CEC_ITT, 2),
            # "an initial seven (7) years ... up to a further three (3) years (7+3)".
            "months": (84, _CEC_ITT, 2),
            "extension_months": (36, _CEC_ITT, 2),
            # Site visits, the clarification deadline (23 October) and the contract start are decoys.
            "deadline": ("2029-11-06", _CEC_ITT, 1),
            "social_value_weighting_percent": (12, _CEC_ITT, 3),
            # "split 70:30 between the quantitative offer ... and the qualitative method statement" (quantitative named
            # first); the 50:50 rebate share is a decoy.
            "qualitative_percent": (30, _CEC_ITT, 3),
            "quantitative_percent": (70, _CEC_ITT, 3),
            "scoring_scale": ("1-5", _CEC_ITT, 3),
            # Only a bare "TOMs calculator" is named: no particular TOMs, policy note or council strategy.
            "framework": None,
        },
        "questions": [
            {"id": ["Q1", "1"],
             "text": "Describe how you will staff and run the eight sites, including opening hours, queue management on "
                     "busy weekends and how you will handle complaints from residents.",
             "word_limit": 1200, "char_limit": None, "weighting_percent": 12, "social_value": False,
             "source": _CEC_Q, "page": 1, "sub_criteria": []},
            # Recycling performance of the service itself: not social value.
            {"id": ["Q2", "2"],
             "text": "Explain how you will achieve the contractual recycling and reuse rate of at least 65% across the "
                     "sites, including the segregation of materials and checks on trade waste.",
             "word_limit": 1200, "char_limit": None, "weighting_percent": 12, "social_value": False,
             "source": _CEC_Q, "page": 1, "sub_criteria": []},
            {"id": ["Q3", "3"],
             "text": "Set out how you will manage the risks of vehicle movements, working at height on the container "
                     "bays and handling hazardous waste such as asbestos and gas bottles.",
             "word_limit": 800, "char_limit": None, "weighting_percent": 8, "social_value": False,
             "source": _CEC_Q, "page": 1, "sub_criteria": []},
            {"id": ["Q4", "4"],
             "text": "Describe how you will manage the TUPE transfer of site operatives and train them for their roles.",
             "word_limit": 600, "char_limit": None, "weighting_percent": 6, "social_value": False,
             "source": _CEC_Q, "page": 1, "sub_criteria": []},
            {"id": ["Q5", "5"],
             "text": "Provide your mobilisation plan for the contract start on 1 July 2030, including the handover of "
                     "site equipment and the reuse shop.",
             "word_limit": 600, "char_limit": None, "weighting_percent": 5, "social_value": False,
             "source": _CEC_Q, "page": 2, "sub_criteria": []},
            # "(Weighting: 3.6%)": the qualitative 30% of the 12% social value weighting.
            {"id": ["Q6", "6"],
             "text": ["Describe how you will deliver the commitments in your social value offer and the wider benefit "
                      "this contract will bring to Cheshire East communities, covering:",
                      "Describe how you will deliver the commitments in your social value offer and the wider benefit "
                      "this contract will bring to Cheshire East communities"],
             "word_limit": 1000, "char_limit": None, "weighting_percent": 3.6, "social_value": True,
             "source": _CEC_Q, "page": 2,
             "sub_criteria": ["employment and training for local people, including people with disabilities, at the "
                              "sites and the reuse shop",
                              "donating reusable items to local charities and community groups",
                              "how you will monitor and report your commitments to the Council every six months"]},
        ],
    },
    {
        "name": "held10-pdf-lhch-car-parks-evaluation-matrix-limits-only-in-matrix-net-zero-and-sv-ppn0620-0-4-dd-mm",
        "files": [{"name": _LHCH, "pages": [
            [("h", "Car Park Management Services"),
             ("p", "Invitation to Tender"),
             ("p", "Liverpool Heart and Chest Hospital NHS Foundation Trust (LHCH) is seeking a contractor to manage the "
                   "patient, visitor and staff car parks at its hospital site on Thomas Drive, Liverpool, including "
                   "pay-on-exit equipment, permit administration and parking enforcement."),
             ("t", [["Procurement timetable", ""],
                    ["Clarification deadline", "26/11/2029 12:00"],
                    ["Submission deadline", "10/12/2029 12:00"],
                    ["Standstill ends", "21/12/2029"],
                    ["Contract start", "01/04/2030"]]),
             ("t", [["Contract summary", ""],
                    ["Total Contract Value (TCV)", "£2.75M ex VAT (including extension options)"],
                    ["Initial term", "36 months"],
                    ["Optional extension", "24 months (12 + 12)"]]),
             ("p", "For information only: the Trust's car parking income in 2028/29 was £1.1M.")],
            [("h", "Evaluation Matrix"),
             ("t", [["Section", "Section weighting", "Question", "Question weighting", "Limit"],
                    ["Commercial", "30%", "Price schedule", "30%", "n/a"],
                    ["Technical", "60%", "T1 Car park operations", "25%", "1,000 words"],
                    ["", "", "T2 Technology and payment", "20%", "750 words"],
                    ["", "", "T3 Enforcement and complaints", "15%", "750 words"],
                    ["Net Zero and Social Value", "10%", "SV1 Social value", "10%", "750 words"]]),
             ("p", "SV1 is evaluated under the Social Value Model in Procurement Policy Note PPN 06/20, theme Tackling "
                   "economic inequality, in line with NHS England's net zero and social value guidance."),
             ("p", "Scoring: 0 Unacceptable | 1 Poor | 2 Adequate | 3 Good | 4 Excellent"),
             ("p", "A Carbon Reduction Plan is required at selection stage (pass/fail) and is not scored here.")],
            [("h", "Technical and Social Value Questions"),
             ("p", "T1 Car park operations"),
             ("p", "Describe how you will operate the car parks 24 hours a day, including staffing, keeping spaces near "
                   "the main entrance free for blue badge holders and patients attending for treatment."),
             ("p", "T2 Technology and payment"),
             ("p", "Describe the pay-on-exit and ANPR equipment you will install and how patients and visitors will be "
                   "able to pay, including by card, app and concession permits."),
             ("p", "T3 Enforcement and complaints"),
             ("p", "Explain your approach to enforcement on the site and how you will handle appeals and complaints "
                   "from patients, visitors and staff."),
             ("p", "SV1 Social value"),
             ("p", "Describe how your organisation will support the Trust's role as an anchor institution through this "
                   "contract, including:"),
             ("b", "employing people from Liverpool postcodes, including people who face barriers to work"),
             ("b", "paying at least the Real Living Wage to all staff working on the contract"),
             ("b", "promoting active travel and electric vehicle charging on the site"),
             ("b", "how you will report progress to the Trust each quarter")],
        ]}],
        "tender": {
            "title": ("Car Park Management Services", _LHCH, 1),
            "buyer": (["Liverpool Heart and Chest Hospital NHS Foundation Trust",
                       "Liverpool Heart and Chest Hospital NHS Foundation Trust (LHCH)"], _LHCH, 1),
            "service": (["Car Park Management Services", "car park management services",
                         "manage the patient, visitor and staff car parks",
                         "manage the patient, visitor and staff car parks at its hospital site on Thomas Drive, "
                         "Liverpool"],
                        _LHCH, 1),
            "area": ("Liverpool", _LHCH, 1),
            # "£2.75M ex VAT (including extension options)"; the £1.1M parking income is a decoy.
            "value_gbp": (2750000, _LHCH, 1),
            "months": (36, _LHCH, 1),
            "extension_months": (24, _LHCH, 1),
            # "10/12/2029 12:00" (day first: 10 December); 26/11/2029, 21/12/2029 and 01/04/2030 are decoys.
            "deadline": ("2029-12-10", _LHCH, 1),
            # The matrix section "Net Zero and Social Value | 10%" (and SV1's own "10%").
            "social_value_weighting_percent": (10, _LHCH, 2),
            # Commercial 30 / Technical 60 / Net Zero and Social Value 10 is the award split; no social value split.
            "qualitative_percent": None,
            "quantitative_percent": None,
            "scoring_scale": ("0-4", _LHCH, 2),
            "framework": ("ppn-06-20", _LHCH, 2),
        },
        "questions": [
            # Each question's weighting and limit are only in the evaluation matrix (page 2); the texts are on page 3.
            {"id": "T1",
             "text": "Describe how you will operate the car parks 24 hours a day, including staffing, keeping spaces "
                     "near the main entrance free for blue badge holders and patients attending for treatment.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 25, "social_value": False,
             "source": _LHCH, "page": 3, "sub_criteria": []},
            {"id": "T2",
             "text": "Describe the pay-on-exit and ANPR equipment you will install and how patients and visitors will "
                     "be able to pay, including by card, app and concession permits.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _LHCH, "page": 3, "sub_criteria": []},
            # Enforcement and complaints: not social value.
            {"id": "T3",
             "text": "Explain your approach to enforcement on the site and how you will handle appeals and complaints "
                     "from patients, visitors and staff.",
             "word_limit": 750, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _LHCH, "page": 3, "sub_criteria": []},
            {"id": "SV1",
             "text": ["Describe how your organisation will support the Trust's role as an anchor institution through "
                      "this contract, including:",
                      "Describe how your organisation will support the Trust's role as an anchor institution through "
                      "this contract"],
             "word_limit": 750, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _LHCH, "page": 3,
             "sub_criteria": ["employing people from Liverpool postcodes, including people who face barriers to work",
                              "paying at least the Real Living Wage to all staff working on the contract",
                              "promoting active travel and electric vehicle charging on the site",
                              "how you will report progress to the Trust each quarter"]},
        ],
    },
    {
        "name": "held10-two-docx-merseyside-police-vehicle-recovery-marks-of-100-1200hrs-percent-descriptors-ppn002",
        "files": [
            {"name": _MP_ITT, "pages": [
                [("h", "Vehicle Recovery, Storage and Disposal Service"),
                 ("p", "Document 1 - Invitation to Tender"),
                 ("p", "The Chief Constable of Merseyside Police (the Force) invites tenders for a vehicle recovery, "
                       "storage and disposal service for vehicles that are seized, abandoned, causing an obstruction or "
                       "involved in collisions across the Merseyside force area (Liverpool, Sefton, Knowsley, St Helens "
                       "and Wirral), 24 hours a day, 365 days a year."),
                 ("p", "Anticipated value: c.£660k per annum; approx. £3.96m over the full 6 years (4+2)."),
                 ("p", "The Contract Period is four (4) years commencing 1st April 2030, with the option of a single "
                       "extension of up to two (2) years."),
                 ("p", "Clarification questions: by 1200hrs on 1 Nov 2029."),
                 ("p", "Tender return: by 1200hrs on 15 Nov 2029, via the Bluelight portal."),
                 ("p", "Recovery and storage charges are set by statutory regulations and are paid by vehicle owners; "
                       "they are not part of the tendered price.")],
                [("h", "Award Criteria"),
                 ("p", "Award criteria: Quality 55 marks, Price 35 marks, Social Value 10 marks (100 marks in total)."),
                 ("p", "Social value will be evaluated in line with PPN 002 (Taking account of social value in the award "
                       "of contracts)."),
                 ("p", "Quality and social value answers are awarded a percentage of the marks available: Excellent "
                       "100%; Good 70%; Satisfactory 50%; Poor 20%; Unacceptable 0%."),
                 ("p", "All staff with access to Force systems or premises must hold Non Police Personnel Vetting (NPPV) "
                       "Level 2 before the contract starts.")],
            ]},
            {"name": _MP_TR, "pages": [
                [("h", "Document 3 - Tender Response"),
                 ("p", "Answer each question below in the space provided. Marks are out of the 100 available for the "
                       "whole tender."),
                 ("t", [["Ref", "Question", "Max words", "Marks"],
                        ["Q1", "Describe how you will attend recovery requests within 30 minutes in urban areas and 45 "
                               "minutes elsewhere on Merseyside, at any time of day or night.", "1,000", "20"],
                        ["Q2", "Describe your storage compound(s), including security, CCTV and how you will preserve "
                               "vehicles held as evidence for forensic examination.", "800", "15"],
                        ["Q3", "Explain how you will ensure that all staff and subcontractors hold NPPV Level 2 and how "
                               "you will protect Force information in line with UK GDPR.", "600", "10"],
                        ["Q4", "Describe how your service will treat vehicle owners with dignity and respect, meeting "
                               "the Public Sector Equality Duty.", "600", "10"],
                        ["SV1", "Social Value: describe the social value you will deliver on Merseyside through this "
                                "contract, including fair work and good jobs for your drivers and yard staff, "
                                "opportunities for local people who face barriers to employment, and how you will "
                                "report it to the Force.", "800", "10"]])],
            ]},
        ],
        "tender": {
            "title": ("Vehicle Recovery, Storage and Disposal Service", _MP_ITT, 1),
            "buyer": (["Merseyside Police", "The Chief Constable of Merseyside Police",
                       "Chief Constable of Merseyside Police"], _MP_ITT, 1),
            "service": (["Vehicle Recovery, Storage and Disposal Service",
                         "vehicle recovery, storage and disposal service",
                         "a vehicle recovery, storage and disposal service for vehicles that are seized, abandoned, "
                         "causing an obstruction or involved in collisions"],
                        _MP_ITT, 1),
            # "across the Merseyside force area (Liverpool, Sefton, Knowsley, St Helens and Wirral)".
            "area": (["Merseyside", "Liverpool, Sefton, Knowsley, St Helens and Wirral"], _MP_ITT, 1),
            # "approx. £3.96m over the full 6 years (4+2)"; "c.£660k per annum" is the annual figure.
            "value_gbp": (3960000, _MP_ITT, 1),
            "months": (48, _MP_ITT, 1),
            "extension_months": (24, _MP_ITT, 1),
            # "by 1200hrs on 15 Nov 2029"; "by 1200hrs on 1 Nov 2029" (clarifications) is a decoy.
            "deadline": ("2029-11-15", _MP_ITT, 1),
            # "Social Value 10 marks (100 marks in total)".
            "social_value_weighting_percent": (10, _MP_ITT, 2),
            "qualitative_percent": None,
            "quantitative_percent": None,
            # Percentage-of-marks descriptors from "Unacceptable 0%" to "Excellent 100%".
            "scoring_scale": ("0-100", _MP_ITT, 2),
            "framework": ("ppn-002", _MP_ITT, 2),
        },
        "questions": [
            # Marks are out of 100 for the whole tender, so each question's marks are its percentage weighting.
            {"id": "Q1",
             "text": "Describe how you will attend recovery requests within 30 minutes in urban areas and 45 minutes "
                     "elsewhere on Merseyside, at any time of day or night.",
             "word_limit": 1000, "char_limit": None, "weighting_percent": 20, "social_value": False,
             "source": _MP_TR, "page": 1, "sub_criteria": []},
            {"id": "Q2",
             "text": "Describe your storage compound(s), including security, CCTV and how you will preserve vehicles "
                     "held as evidence for forensic examination.",
             "word_limit": 800, "char_limit": None, "weighting_percent": 15, "social_value": False,
             "source": _MP_TR, "page": 1, "sub_criteria": []},
            # Vetting and information security: not social value.
            {"id": "Q3",
             "text": "Explain how you will ensure that all staff and subcontractors hold NPPV Level 2 and how you will "
                     "protect Force information in line with UK GDPR.",
             "word_limit": 600, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _MP_TR, "page": 1, "sub_criteria": []},
            # Equality towards the service's own users: not social value.
            {"id": "Q4",
             "text": "Describe how your service will treat vehicle owners with dignity and respect, meeting the Public "
                     "Sector Equality Duty.",
             "word_limit": 600, "char_limit": None, "weighting_percent": 10, "social_value": False,
             "source": _MP_TR, "page": 1, "sub_criteria": []},
            {"id": "SV1",
             "text": ["Social Value: describe the social value you will deliver on Merseyside through this contract, "
                      "including fair work and good jobs for your drivers and yard staff, opportunities for local "
                      "people who face barriers to employment, and how you will report it to the Force.",
                      "describe the social value you will deliver on Merseyside through this contract, including fair "
                      "work and good jobs for your drivers and yard staff, opportunities for local people who face "
                      "barriers to employment, and how you will report it to the Force."],
             "word_limit": 800, "char_limit": None, "weighting_percent": 10, "social_value": True,
             "source": _MP_TR, "page": 1, "sub_criteria": []},
        ],
    },
]
