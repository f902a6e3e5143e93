## Entitlement checker: start page

check-title = Check what support you can get
check-lead = Answer a few simple questions to find out which allowances and services you can apply for, how much you could get, why, and how to apply.
check-what-you-need = Before you start, it helps to have:
check-bring-certificate = the disability certificate, if there is one: its number answers several questions for you
check-bring-household = whether the household receives dibao, and its monthly income per person
check-bring-time = about 5 minutes; you can answer "Not sure" to any question you cannot answer
check-for-someone = You can answer for a family member, for example your child or parent. Answer about the person you are checking for.
check-privacy = You do not need to sign in. Your answers are kept only during this visit, to show your results, and are deleted when you select Start again or after an hour without activity.
check-start = Start now

## Entitlement checker: shared words

check-back = Back
check-continue = Continue
check-answer-yes = Yes
check-answer-no = No
check-answer-not-sure = Not sure
check-answer-none-of-these = None of these
check-answer-not-given = Not sure, or not answered
check-answer-date = { $day }/{ $month }/{ $year }
check-list-separator = {", "}
check-change = Change
check-answers-title = Check your answers
check-see-results = See your results
date-day = Day
date-month = Month
date-year = Year

## Entitlement checker: questions

check-q-certificate-number = What is the disability certificate number?
check-q-certificate-number-hint = 20 characters, on the disability certificate: the 18-character ID number, then the category and level. If you do not have it or do not know it, you can leave this blank.
check-q-registered = Is the household registration (hukou) in Jiangbei District?
check-q-registered-hint = This is the place on the household register.
check-q-registered-error = Select whether the household registration is in Jiangbei District
check-q-birth-date = What is the date of birth?
check-q-birth-date-hint = For example, 27 3 1970. You can leave this blank.
check-q-birth-date-error = Enter a real date of birth, for example 27 3 1970
check-q-birth-date-future = The date of birth must be in the past
check-q-certificate = Is there a second-generation disability certificate?
check-q-certificate-hint = Second-generation certificates have a photo and were issued from 2008.
check-q-certificate-error = Select whether there is a disability certificate
check-q-category = What type of disability is it?
check-q-category-hint = As on the disability certificate or a hospital diagnosis.
check-q-category-error = Select the type of disability
check-q-level = What level is the disability?
check-q-level-hint = Level 1 is the most severe. The level is on the disability certificate.
check-q-level-error = Select the level of the disability
check-q-child = Does the child have any of these?
check-q-child-hint = Select all that apply. If none apply, select none.
check-q-household = Which support does the household receive?
check-q-household-hint = Dibao, low income (near dibao) and extreme poverty are decided by the civil affairs office.
check-q-household-error = Select the support the household receives, or Not sure
check-q-income = What is the household's monthly income per person, in yuan?
check-q-income-hint = The household's total monthly income divided by the number of people in it. Leave it blank if you do not know.
check-q-income-error = Enter a number, for example 800
check-q-area = Is the household in a town or in the countryside?
check-q-area-hint = As registered: urban or rural.
check-q-area-error = Select town or countryside
check-q-work = Has the person lost the ability to work?
check-q-work-hint = This means they cannot work for a living because of the disability.
check-q-work-error = Select whether the person has lost the ability to work
check-q-mental-health = Has the person been diagnosed with a serious mental disorder?
check-q-mental-health-hint = For example schizophrenia or bipolar disorder, as diagnosed by a hospital.
check-q-mental-health-error = Select whether there is a diagnosis of a serious mental disorder
check-q-housing = Does the household have either of these housing problems?
check-q-housing-hint = A dangerous house is a rural house that a survey found unsafe.
check-q-housing-error = Select the housing situation
check-q-employment = What is the person's work situation?
check-q-employment-hint = Select the one that fits best.
check-q-employment-error = Select the work situation
check-q-education = Is the person in education?
check-q-education-hint = Select the kind of school they attend.
check-q-education-error = Select the education situation
check-q-training = How many years of self-paid training has the child had at a designated centre in Chongqing?
check-q-training-hint = For example 1.5. Enter 0 if none; leave it blank if you do not know.
check-q-training-error = Enter a number, for example 1
check-q-vehicle = Does the person have either of these?
check-q-vehicle-hint = Select all that apply. If none apply, select none.
check-q-needs = Which of these does the person need?
check-q-needs-hint = Select all that are needed. If none are needed, select none.

## Entitlement checker: answer options

check-category-visual = Visual disability
check-category-hearing = Hearing disability
check-category-speech = Speech disability
check-category-physical = Physical disability
check-category-intellectual = Intellectual disability
check-category-mental = Mental (psychosocial) disability
check-category-multiple = Multiple disabilities
check-level-1 = Level 1
check-level-2 = Level 2
check-level-3 = Level 3
check-level-4 = Level 4
check-household-dibao = Dibao (minimum living guarantee)
check-household-low-income = Low income (near dibao)
check-household-extreme-poverty = Extreme poverty support
check-household-none = None of these
check-area-urban = Town (urban)
check-area-rural = Countryside (rural)
check-housing-dangerous-house = Lives in a rural house classed as dangerous
check-housing-urban-housing-difficulty = Has housing difficulties in town
check-housing-none = Neither of these
check-employment-unemployed = Not in work
check-employment-employed = Employed
check-employment-self-employed-licensed = Self-employed with a business licence
check-employment-student = In education
check-employment-retired = Retired
check-education-preschool = Kindergarten
check-education-compulsory = Primary or middle school (compulsory education)
check-education-secondary-vocational = Secondary vocational school
check-education-higher-vocational = Higher vocational college
check-education-university = University
check-education-none = Not in education
check-flag-autism = Autism
check-flag-cerebral-palsy = Cerebral palsy
check-flag-c5-licence = A C5 driving licence
check-flag-motorised-wheelchair = A motorised wheelchair
check-need-assistive-device = An assistive device (such as a wheelchair, hearing aid or crutches)
check-need-home-adaptation = Accessibility changes at home (such as rails or a ramp)
check-need-prosthesis = A prosthesis
check-need-cochlear-implant = A cochlear implant
check-need-rehab-training = Rehabilitation training

## Entitlement checker: results

check-results-title = Your results
check-results-summary = From your answers: you qualify for { $qualifies }, may qualify for { $may }, and do not qualify for { $not }.
check-results-total-month = Monthly allowances you qualify for: { $amount } yuan a month
check-results-total-year = Estimated total per year across everything above: { $amount } yuan
check-results-total-note = The yearly total is the monthly allowances times 12, plus the allowances paid once a year; it leaves out one-off payments and amounts the district sets. These are estimates: the amount is decided when your application is reviewed. If you disagree with a decision, you can ask for an administrative reconsideration or take it to court: the decision letter says how to challenge it and by when.
check-results-qualifies = You qualify ({ $count })
check-results-may = You may qualify ({ $count })
check-results-may-intro = These depend on things we do not know yet. Lines starting "Not known yet" show what is missing.
check-results-not = You do not qualify ({ $count })
check-results-not-intro = From your answers, you do not qualify for these now. Check again if things change, or contact us about other help.
check-results-not-show = Show what you do not qualify for, and why
check-results-documents = Documents:
check-results-apply = How to apply:
check-results-next = What to do next
check-results-print = You can print this page, or save it as a PDF, with your browser's print function and bring it with you.
check-results-change = Change your answers
check-start-again = Start again (delete all answers)
check-results-basis = Legal basis:
