## Entitlement checker: conditions as plain sentences

condition-registered-in-district = Household registration (hukou) in Jiangbei District
condition-has-certificate = Holds a second-generation disability certificate
condition-age-between = Aged { $min } to { $max }
condition-adult-age = Aged 18 or over
condition-working-age = Of working age (16 up to the statutory retirement age, which depends on sex, post and month of birth) and not retired
condition-severe-level = Disability level 1 or 2 (severe)
condition-level-three-or-four = Disability level 3 or 4
condition-category = { $category ->
    [visual] Visual disability
    [hearing] Hearing disability
    [speech] Speech disability
    [physical] Physical disability
    [intellectual] Intellectual disability
    [mental] Mental (psychosocial) disability
   *[multiple] Multiple disabilities
}
condition-child-rehab-category = Visual, hearing, speech, intellectual or physical disability, or autism
condition-child-training-category = Intellectual disability, cerebral palsy or autism
condition-assisted-employment-category = Intellectual or mental disability, or severe physical disability
condition-mental-health = Mental disability, or being treated for a mental illness, or a diagnosed serious mental disorder
condition-severe-mental-disorder = Diagnosed with a serious mental disorder
condition-household-dibao = Household receives the minimum living guarantee (dibao)
condition-household-poor = Household on dibao, on low income, or in extreme poverty
condition-poor-or-severe = Household in financial difficulty (dibao, low income or extreme poverty), or a severe disability (level 1 or 2)
condition-income-within-dibao = Household income per person is at most the dibao standard
condition-income-within-three-dibao = Household income per person is at most 3 times the dibao standard
condition-lost-work-ability = Has lost the ability to work
condition-c5-licence = Has a C5 driving licence
condition-motorised-wheelchair = Owns a motorised wheelchair
condition-own-vehicle = Owns a car in their own name, or a motorised wheelchair
condition-housing = { $housing ->
    [dangerous_house] Lives in a rural house classed as dangerous
   *[urban_housing_difficulty] Has housing difficulties in town
}
condition-urban-area = Lives in a town (urban area)
condition-needs = { $need ->
    [assistive_device] Needs an assistive device
    [home_adaptation] Needs accessibility changes at home
    [prosthesis] Needs a prosthesis
    [cochlear_implant] Needs a cochlear implant
   *[rehab_training] Needs rehabilitation training
}
condition-employment = { $employment ->
    [self_employed_licensed] Self-employed with a business licence
    [employed] Employed
    [unemployed] Not in work
    [student] A student
   *[retired] Retired
}
condition-education = { $education ->
    [preschool] At kindergarten (preschool)
    [compulsory] In compulsory education
    [secondary_vocational] At a secondary vocational school
    [higher_vocational] At a higher vocational college
    [university] At university
   *[none] Not in education
}
condition-in-education = In education (from kindergarten to university)
condition-self-paid-training = Has paid for at least 1 year of training at a designated centre in Chongqing

## Entitlement checker: reasons

reason-met = Met: { $condition }
reason-not-met = Not met: { $condition }
reason-unknown = Not known yet: { $condition }
reason-unknown-figure = Not known yet: { $condition }. The district sets the figure this depends on and has not published it yet.

## Eligibility API errors

api-error-not-json = The request body is not a valid JSON object.
api-error-too-large = The request body is larger than 64 KB.
api-error-unknown-field = There is no field with this name.
api-error-wrong-type = { $expected ->
    [boolean] Must be true or false.
    [number] Must be a number.
    [string] Must be a string.
    [array] Must be an array.
   *[other] Has the wrong type.
}
api-error-unknown-value = Is not one of the allowed values: { $allowed }.
api-error-invalid-date = Must be a real date written YYYY-MM-DD.
api-error-level = Must be a whole number from 1 to 4.
api-error-negative = Must not be negative.
api-error-id = { $problem ->
    [wrong_length] A certificate number has 20 characters: the 18-character ID number, then the category and level digits.
    [not_digits] The number has characters that are not digits (only the ID's last character may be X).
    [bad_birth_date] The date of birth in the number does not exist.
    [bad_check_character] The check character does not match: a digit may be mistyped.
    [bad_category] The category digit must be 1 to 7.
   *[bad_level] The level digit must be 1 to 4.
}

## Conditions added for issue 14

condition-registered-or-living-in-district = Household registration (hukou) in Jiangbei District, or lives in Jiangbei District
condition-disabled-person = A disabled person (a disability certificate shows it; without one, the legal-aid service looks at the situation and decides)
condition-compulsory-school-age = Of compulsory-school age (6 to 15; up to 17 if still in compulsory education after starting late)
condition-blind = Blind: visual disability level 1 or 2 (with multiple disabilities that include a visual one, staff check the visual level)
condition-wants-work = Would like to work and could, with support if needed
condition-small-business = Starting or running a small business, or self-employed with a business licence
condition-preschool-grant-group = A disabled child at an inclusive or special kindergarten, or a child of a poor disabled family at an ordinary kindergarten
api-error-date-out-of-range = The date must be between the years 1900 and 2199.
api-error-born-after-check = The birth date cannot be after the date of the check, or after today.
condition-disabled-or-disabled-parent = Is disabled, or has a disabled parent
