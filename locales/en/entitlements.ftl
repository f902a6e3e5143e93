## Entitlement catalogue: one block per entitlement (names, who, what, easy read, documents)

ent-e01-name = Minimum living guarantee (dibao)
ent-e01-who = Households registered in Jiangbei whose income per person is at most the dibao standard.
ent-e01-what = A monthly payment that brings your household up to the dibao standard.
ent-e01-easy = If your family does not have enough money to live on, you can ask for dibao and get money every month.
ent-e01-documents = Household register (hukou), ID cards, and a statement of household income and property.

ent-e02-name = Dibao for a disabled adult on their own
ent-e02-who = Disabled adults who cannot work, in a household whose income per person is at most 3 times the dibao standard.
ent-e02-what = You can be counted as a household of your own and receive dibao on your own.
ent-e02-easy = If you are a disabled adult who cannot work, you can get dibao on your own even if your family earns a little more.
ent-e02-documents = Disability certificate, household register, ID card, proof that you cannot work, and a statement of household income.

ent-e03-name = Living allowance for disabled people in financial difficulty
ent-e03-who = Disabled people who receive dibao and hold a second-generation disability certificate.
ent-e03-what = A monthly living allowance, raised over time.
ent-e03-easy = If you have a disability certificate and your family gets dibao, you can get extra money every month.
ent-e03-documents = Disability certificate, dibao certificate, ID card and a bank card.

ent-e04-name = Nursing subsidy for people with severe disabilities
ent-e04-who = People whose disability certificate says level 1 or 2.
ent-e04-what = A yearly nursing subsidy; the amount is reviewed every two years.
ent-e04-easy = If your disability is very severe (level 1 or 2), you can get money every year to help pay for care.
ent-e04-documents = Disability certificate, ID card and a bank card.

ent-e05-name = Subsidy for a C5 driving licence
ent-e05-who = Disabled people who have obtained a C5 driving licence.
ent-e05-what = A one-off subsidy at the Chongqing standard.
ent-e05-easy = If you passed the C5 driving test, you can ask for money back.
ent-e05-documents = Disability certificate, C5 driving licence, ID card and a bank card.

ent-e06-name = Fuel subsidy for a motorised wheelchair
ent-e06-who = Disabled people who own a motorised wheelchair.
ent-e06-what = A subsidy towards fuel.
ent-e06-easy = If you have a motorised wheelchair, you can get help paying for fuel.
ent-e06-documents = Disability certificate, the wheelchair's registration, ID card and a bank card.

ent-e07-name = Road and bridge toll exemption
ent-e07-who = Disabled people who own a vehicle: a car in their own name or a motorised wheelchair.
ent-e07-what = Road and bridge tolls reduced or waived.
ent-e07-easy = If you drive your own car, you may pay less or nothing at tolls.
ent-e07-documents = Disability certificate, driving licence and vehicle registration.

ent-e08-name = Discounts on utilities for low-income households
ent-e08-who = Disabled people in households on dibao or on low income.
ent-e08-what = Discounts on electricity, water, gas, cable TV, city transport and refuse fees.
ent-e08-easy = If your family is poor, you can pay less for water, power, gas and some other bills.
ent-e08-documents = Disability certificate, dibao or low-income proof, household register.

ent-e09-name = Medical assistance
ent-e09-who = Disabled people in households on dibao, in extreme poverty or on low income, and people with a severe disability (level 1 or 2).
ent-e09-what = Help with medical bills, with a rising cap; poor disabled people pay no hospital deposit.
ent-e09-easy = If your family is poor, or your disability is severe, you get help paying for doctors. Poor disabled people pay no deposit in hospital.
ent-e09-documents = Disability certificate, dibao or hardship proof, and medical bills.

ent-e10-name = Free medication for mental illness
ent-e10-who = People with a mental disability, and people being treated for a mental illness, whatever their certificate says.
ent-e10-what = Basic psychiatric medication free of charge.
ent-e10-easy = If you have a mental illness, you can get basic medicine for free.
ent-e10-documents = Disability certificate or a diagnosis, and ID card.

ent-e11-name = Full medical assistance for serious mental disorders
ent-e11-who = People diagnosed with a serious mental disorder.
ent-e11-what = Full help with medical costs (since 2017).
ent-e11-easy = If you are diagnosed with a serious mental disorder, your treatment costs are fully covered.
ent-e11-documents = Diagnosis, ID card and medical bills.

ent-e12-name = Help paying pension and medical insurance contributions
ent-e12-who = Disabled people in households in difficulty (dibao, low income, extreme poverty) or with a severe disability (level 1 or 2).
ent-e12-what = Your own contributions to residents' pension and medical insurance are paid in part or in full.
ent-e12-easy = If your family is poor or your disability is severe, the government helps pay your insurance.
ent-e12-documents = Disability certificate, dibao or hardship proof, and ID card.

ent-e13-name = Pension contributions paid for poor people with level 3 or 4 disabilities
ent-e13-who = Disabled people with level 3 or 4 disabilities in households in difficulty.
ent-e13-what = Part of the lowest tier of pension contributions is paid for you.
ent-e13-easy = If your disability is level 3 or 4 and your family is poor, part of your pension payments is paid for you.
ent-e13-documents = Disability certificate, dibao or hardship proof, and ID card.

ent-e14-name = Housing support in towns
ent-e14-who = Disabled people in low-income urban households with housing difficulties.
ent-e14-what = Priority for public rental housing, or a rent subsidy.
ent-e14-easy = If your family in town has nowhere suitable to live, you get priority for public housing or help with rent.
ent-e14-documents = Disability certificate, household register, proof of income, and a statement of your housing.

ent-e15-name = Repair of dangerous houses
ent-e15-who = Disabled people whose family lives in a house classed as dangerous.
ent-e15-what = The full cost for a family in difficulty; 80% of the cost for other families.
ent-e15-easy = If your house is dangerous, the government helps repair it, and poor families pay nothing.
ent-e15-documents = Disability certificate, household register, and a survey or inspection of the house.

ent-e16-name = Home accessibility adaptations
ent-e16-who = Disabled people whose home needs accessibility changes.
ent-e16-what = Free for families in difficulty; a subsidy for other families.
ent-e16-easy = If you need changes at home such as rails or ramps, you can ask for them; poor families pay nothing.
ent-e16-documents = Disability certificate, household register, and what you need changed.

ent-e17-name = Job matching and job fairs
ent-e17-who = Disabled people of working age (16 up to the statutory retirement age), not retired, who are able and want to work.
ent-e17-what = Job matching, careers advice and job fairs for disabled people.
ent-e17-easy = If you want to work, you can get help finding a job and go to job fairs.
ent-e17-documents = Disability certificate, ID card and a CV if you have one.

ent-e18-name = Free vocational training
ent-e18-who = Disabled people of working age (16 up to the statutory retirement age) who are not retired.
ent-e18-what = Free vocational skills training.
ent-e18-easy = You can learn a trade or skill for free.
ent-e18-documents = Disability certificate and ID card.

ent-e19-name = Self-employment grant
ent-e19-who = Disabled people who are self-employed with a business licence.
ent-e19-what = A one-off self-employment grant.
ent-e19-easy = If you run your own business with a licence, you can get a one-off grant.
ent-e19-documents = Disability certificate, business licence, ID card and a bank card.

ent-e20-name = Support for starting a micro-enterprise
ent-e20-who = Disabled people of working age who are starting or running a small business (including licensed self-employment).
ent-e20-what = Start-up support and incubation.
ent-e20-easy = If you want to start a small company, you can get help.
ent-e20-documents = Disability certificate, ID card and a business plan.

ent-e21-name = Assisted employment
ent-e21-who = People of working age who want to work and have an intellectual or mental disability, or a severe physical disability (also as part of multiple disabilities).
ent-e21-what = Places in sheltered or assisted workplaces.
ent-e21-easy = If you have an intellectual, mental or severe physical disability, you can work in a place with support.
ent-e21-documents = Disability certificate and ID card.

ent-e22-name = Rehabilitation for disabled children aged 0 to 6
ent-e22-who = Children aged 0 to 6 with visual, hearing, speech, intellectual or physical disabilities, or autism.
ent-e22-what = Free surgery, assistive devices and rehabilitation training; emergency treatment free.
ent-e22-easy = Children under 7 with a disability get operations, aids and training for free.
ent-e22-documents = The child's household register, birth certificate or ID, and a diagnosis or disability certificate.

ent-e23-name = Training subsidy for children aged 7 to 14
ent-e23-who = Children aged 7 to 14 with an intellectual disability, cerebral palsy or autism who have paid for at least a year of training at a designated centre in Chongqing.
ent-e23-what = A yearly training subsidy.
ent-e23-easy = If your child aged 7 to 14 has trained at an approved centre for a year, you can get money towards it.
ent-e23-documents = The child's household register, diagnosis or disability certificate, and the training centre's receipts.

ent-e24-name = Prosthesis subsidy
ent-e24-who = People registered in Jiangbei who need a prosthesis.
ent-e24-what = A subsidy towards a prosthesis.
ent-e24-easy = If you need an artificial limb, you can get money towards it.
ent-e24-documents = Household register, ID card and the hospital's fitting recommendation.

ent-e25-name = Cochlear implant subsidy
ent-e25-who = People registered in Jiangbei who need a cochlear implant.
ent-e25-what = A subsidy towards a cochlear implant.
ent-e25-easy = If you need a cochlear implant, you can get money towards it.
ent-e25-documents = Household register, ID card and the hospital's assessment.

ent-e26-name = Basic assistive devices
ent-e26-who = Certificate holders who need an assistive device.
ent-e26-what = A basic assistive device fitted for you.
ent-e26-easy = If you need a wheelchair, hearing aid, crutches or a similar aid, you can get a basic one.
ent-e26-documents = Disability certificate and ID card.

ent-e27-name = Community rehabilitation services
ent-e27-who = Certificate holders; people in difficulty and with severe disabilities come first.
ent-e27-what = Rehabilitation services in your community.
ent-e27-easy = If you have a disability certificate, you can get rehabilitation near home.
ent-e27-documents = Disability certificate and ID card.

ent-e28-name = Preschool grant
ent-e28-who = Disabled children at an inclusive or special kindergarten; and children of poor families with a disabled parent at an ordinary kindergarten (the child needs no certificate).
ent-e28-what = A yearly grant per child.
ent-e28-easy = If your disabled child goes to an inclusive or special kindergarten, you can get a grant every year. If your family is poor and a parent is disabled, you can get it for a child at an ordinary kindergarten too.
ent-e28-documents = The child's disability certificate, household register and proof of kindergarten place.

ent-e29-name = Free compulsory education and teaching at home
ent-e29-who = Disabled children of compulsory-school age (6 to 15, or up to 17 if they started late), including children who cannot go to school.
ent-e29-what = Free compulsory education; teaching at home or online for children who cannot attend school.
ent-e29-easy = Disabled children go to primary and middle school for free; teachers can come to your home.
ent-e29-documents = Disability certificate and household register.

ent-e30-name = Free secondary vocational education
ent-e30-who = Disabled students at a secondary vocational school.
ent-e30-what = No tuition fees.
ent-e30-easy = Disabled students pay no fees at secondary vocational school.
ent-e30-documents = Disability certificate and student card or letter of admission.

ent-e31-name = Full support at higher vocational college
ent-e31-who = Disabled students at a higher vocational college whose family is in financial difficulty.
ent-e31-what = Support for the whole course.
ent-e31-easy = If your family is poor, you get support for your whole higher vocational course.
ent-e31-documents = Disability certificate, letter of admission or student card, and proof of hardship.

ent-e32-name = Help with learning supplies and transport
ent-e32-who = Disabled students in education.
ent-e32-what = Help with special learning supplies, training and transport costs.
ent-e32-easy = Disabled students get help paying for special school things and travel.
ent-e32-documents = Disability certificate and student card.

ent-e33-name = Help for disabled university students
ent-e33-who = Disabled students at university.
ent-e33-what = Help with starting university and with living costs.
ent-e33-easy = If you go to university, you can get help with starting and with living costs.
ent-e33-documents = Disability certificate and letter of admission or student card.

ent-e34-name = Free Braille publication
ent-e34-who = Blind people: visual disability level 1 or 2. Low vision (level 3 or 4) is not included.
ent-e34-what = One Braille publication free: your employer subscribes for you if you work; otherwise the District Disabled Persons' Federation gives it.
ent-e34-easy = If you are blind, you can get a Braille magazine or book for free. If you work, ask your employer. If not, ask the District Federation.
ent-e34-documents = Disability certificate.

ent-e35-name = Free or cheaper entry to public venues
ent-e35-who = Certificate holders.
ent-e35-what = Free or discounted entry to public cultural and sports venues and parks.
ent-e35-easy = With a disability certificate, parks, museums and sports places are free or cheaper.
ent-e35-documents = Disability certificate (show it at the venue).

ent-e36-name = Legal aid
ent-e36-who = Disabled people, with or without a disability certificate; a certificate makes it quicker.
ent-e36-what = Legal help through the legal-aid network.
ent-e36-easy = If you have a legal problem, you can get free legal help. You can ask even without a disability certificate.
ent-e36-documents = Disability certificate, ID card and papers about your problem.

## Catalogue pages

entitlements-title = Support you can get
entitlements-lead = Jiangbei District offers disabled people and their families the following support. Open each one to see who can apply, what you get and how to apply.
theme-living = Basic living
theme-health-insurance = Health and insurance
theme-housing = Housing and accessibility
theme-work = Work
theme-rehabilitation = Rehabilitation
theme-education = Education
theme-everyday-life = Culture, rights and everyday life
entitlement-code = Reference { $code }
entitlement-in-short = In short
entitlement-who-heading = Who it is for
entitlement-conditions-intro = You need to meet all of these:
entitlement-what-heading = What you get
entitlement-apply-heading = How to apply
entitlement-documents-heading = Documents to bring
entitlement-basis-heading = Legal basis
entitlement-basis = Jiangbei District plan to speed up a decent standard of living for disabled people (Jiangbei District Government Document [2018] No. 10), chapter { $chapter }, section { $section }
entitlement-back = See all support
amount-per-month = { $value } yuan a month (from { $since })
amount-per-year = { $value } yuan a year (from { $since })
amount-once = { $value } yuan, paid once (from { $since })
amount-share = { $value }% of the cost (from { $since })
amount-set-by-district = The district sets the amount; it is not published here yet.
amount-for-poor = Families in difficulty: { $amount }
amount-for-others = Other families: { $amount }
amount-free = free
channel-community = Apply online here, or to the disability officer of your community (or village). The community takes the application, the street or town office reviews it, and the District Disabled Persons' Federation decides.
channel-street-office = Apply at the civil-affairs counter of your street or town service centre.
channel-district-federation = Contact the District Disabled Persons' Federation. The contact details are at the bottom of this page.
channel-health-centre = Ask at your community health service centre.
channel-school = Ask your child's school or kindergarten, or the District Education Commission.
channel-employment-service = Contact the District Disabled Persons' Federation's employment service, and come to job fairs and training for disabled people.
channel-at-venue = You do not need to apply: show your disability certificate when you go in.
channel-employer-or-federation = If you work, your employer subscribes for you free of charge; if not, ask the District Disabled Persons' Federation.
channel-library = Go to the reading room for visually impaired people at the district public library: no application and no certificate needed.
channel-legal-aid = Ask at the legal-aid post of your street or town, or the legal-aid point in your community.
entitlement-check-link = Check whether you qualify

## Employment support: where to find jobs and training
entitlement-work-heading = Find work and training
entitlement-work-fairs = See job fairs and register
entitlement-work-training = Book free vocational training

## Residence: what each entitlement asks of hukou or residence, and why (for policy staff to review)

ent-e01-residence = Needs household registration (hukou) in Jiangbei: dibao is handled, and household income checked, by the street or town office where the hukou is.
ent-e02-residence = Needs hukou in Jiangbei: separate dibao is dibao, handled where the hukou is.
ent-e03-residence = Needs hukou in Jiangbei: the allowance goes to the district's dibao recipients, so it follows the dibao hukou.
ent-e04-residence = Needs hukou in Jiangbei: by national rules the nursing subsidy is applied for where the hukou is.
ent-e05-residence = Needs hukou in Jiangbei: paid at the Chongqing standard by the district of the hukou.
ent-e06-residence = Needs hukou in Jiangbei: the fuel subsidy is paid by the Federation of the district of the hukou.
ent-e07-residence = No hukou or residence condition: show the certificate and vehicle papers at the toll station.
ent-e08-residence = Needs hukou in Jiangbei: the discounts follow the dibao or low-income status decided where the hukou is.
ent-e09-residence = Needs hukou in Jiangbei: medical assistance is decided by the civil affairs office where the hukou is.
ent-e10-residence = Hukou in Jiangbei or living in Jiangbei: free medication is managed by the community health centre where you live.
ent-e11-residence = Needs hukou in Jiangbei: full medical assistance is decided by the civil affairs office where the hukou is.
ent-e12-residence = Needs hukou in Jiangbei: residents' insurance is paid where the hukou is.
ent-e13-residence = Needs hukou in Jiangbei: the pension contribution is paid where the hukou is.
ent-e14-residence = Hukou in Jiangbei or living in Jiangbei: housing support is also open to families in difficulty who live and work in the district.
ent-e15-residence = Needs hukou in Jiangbei: the repair is for the own house of a family with rural hukou in the district.
ent-e16-residence = Hukou in Jiangbei or living in Jiangbei: the home adapted is the one you live in here.
ent-e17-residence = Hukou in Jiangbei or living in Jiangbei: employment services are for disabled people looking for work in the district.
ent-e18-residence = Hukou in Jiangbei or living in Jiangbei: training is for disabled people living or looking for work in the district.
ent-e19-residence = Needs hukou in Jiangbei: the grant goes to self-employed disabled people with hukou in the district.
ent-e20-residence = Hukou in Jiangbei or living in Jiangbei: the support is for businesses set up in the district.
ent-e21-residence = Hukou in Jiangbei or living in Jiangbei: assisted workplaces are offered close to where you live.
ent-e22-residence = Hukou in Jiangbei or living in Jiangbei: the national child rehabilitation scheme covers children with local hukou or a local residence permit.
ent-e23-residence = Hukou in Jiangbei or living in Jiangbei: handled like rehabilitation for children aged 0 to 6.
ent-e24-residence = Needs hukou in Jiangbei: the plan says "to people with hukou in Jiangbei who are fitted with a prosthesis".
ent-e25-residence = Needs hukou in Jiangbei: the plan says "to people with hukou in Jiangbei who receive a cochlear implant".
ent-e26-residence = Needs hukou in Jiangbei: devices are fitted where the certificate was issued (the hukou).
ent-e27-residence = Hukou in Jiangbei or living in Jiangbei: community rehabilitation is given where you live.
ent-e28-residence = Hukou in Jiangbei or living in Jiangbei: the grant follows the child's kindergarten in the district.
ent-e29-residence = Hukou in Jiangbei or living in Jiangbei: children go to school near where they live.
ent-e30-residence = Hukou in Jiangbei or living in Jiangbei: free tuition follows the school.
ent-e31-residence = Needs hukou in Jiangbei: financial difficulty is decided where the hukou is.
ent-e32-residence = Hukou in Jiangbei or living in Jiangbei: the subsidy follows students studying in the district.
ent-e33-residence = Needs hukou in Jiangbei: university students mostly study elsewhere, so the help goes to students with hukou here.
ent-e34-residence = Hukou in Jiangbei or living in Jiangbei: the publication is sent to your address in the district.
ent-e35-residence = No hukou or residence condition: show the certificate at the venue.
ent-e36-residence = No hukou or residence condition: legal aid can be asked for where the matter happened or where you live.

## Entitlements E37–E46: support the plan names that the first catalogue missed
## (name, who, what, easy read, documents, and residence: hukou or living in the district, and why)

ent-e37-name = Easier medical bills and reimbursement for severe disability
ent-e37-who = People with a level 1 or 2 disability certificate whose hukou is in Jiangbei.
ent-e37-what = Reimbursement under the district's scheme for severely disabled people, and easier settlement of medical bills; medical rehabilitation items paid by basic medical insurance are reimbursed as the rules say.
ent-e37-easy = If your disability is severe (level 1 or 2), paying at the hospital is easier. You can get some of the cost back. Medical insurance also pays for some rehabilitation.
ent-e37-documents = Disability certificate, ID card, medical insurance card, and the hospital's receipts and list of charges.
ent-e37-residence = Severely disabled people whose hukou is in Jiangbei can apply, because medical insurance and medical assistance are handled where the hukou is.

ent-e38-name = Community jobs, work from home and online work
ent-e38-who = Disabled people of working age with a certificate who want to work.
ent-e38-what = Help to find work in community services, community public-welfare jobs, household services and e-commerce, and support for working from home and online.
ent-e38-easy = If you want to work, you can get help to find a job in your community. You can also work from home. You can also work online.
ent-e38-documents = Disability certificate and ID card.
ent-e38-residence = People whose hukou is in Jiangbei or who live in Jiangbei can ask, because employment services are given where you live.

ent-e39-name = Day care, work-therapy and recreation stations
ent-e39-who = Certificate holders from poor families, and people with a severe (level 1 or 2) disability.
ent-e39-what = Basic rehabilitation, day care, work therapy and leisure activities at day care, work-therapy and recreation stations in the community.
ent-e39-easy = If your family is poor or your disability is severe, you can go to a station in your community during the day. People there look after you. You can do rehabilitation. You can also do crafts and games.
ent-e39-documents = Disability certificate and ID card; for a poor family, the dibao card or proof of difficulty.
ent-e39-residence = People whose hukou is in Jiangbei or who live in Jiangbei can ask, because the stations serve the disabled people living near them.

ent-e40-name = Care centre for children with an intellectual disability
ent-e40-who = Children under 18 with an intellectual disability whose hukou is in Jiangbei.
ent-e40-what = Care, looking after and rehabilitation training at the district's care centre for children with an intellectual disability.
ent-e40-easy = A child with an intellectual disability can go to the district care centre. People there look after the child. The child can also do training.
ent-e40-documents = The child's disability certificate or a hospital diagnosis, and the household register (hukou).
ent-e40-residence = Children whose hukou is in Jiangbei can apply, because the care centre is a district facility and the district gives its places to children registered here.

ent-e41-name = Free disability screening for children aged 0 to 6
ent-e41-who = Children aged 0 to 6. No disability certificate is needed.
ent-e41-what = A free check for disability, so that it is found and treated early; a child who needs help is referred to rehabilitation aid and followed up.
ent-e41-easy = Children aged 0 to 6 can have a free check for disability. Finding it early helps. You do not need a disability certificate.
ent-e41-documents = The child's household register or birth certificate, and the child health record book.
ent-e41-residence = Children whose hukou is in Jiangbei or who live in Jiangbei can be screened, because screening is a basic public health service given by the community health centre where you live.

ent-e42-name = Support in ordinary classes and help in exams
ent-e42-who = Disabled pupils learning in ordinary classes, and disabled students who need help to take exams.
ent-e42-what = The school supports disabled pupils learning in ordinary classes; in exams, help is given under the rules for disabled candidates, for example large-print or Braille papers or extra time, as that exam's rules say.
ent-e42-easy = A disabled child can learn in an ordinary class with other children. The school helps you. In exams, you can ask for the help you need.
ent-e42-documents = Disability certificate and student card.
ent-e42-residence = Students whose hukou is in Jiangbei or who live in Jiangbei can ask, because the school they attend and the exam authority give this help.

ent-e43-name = Enrolment aid for children of disabled families
ent-e43-who = Children in education from poor families with a disabled parent, whose hukou is in Jiangbei.
ent-e43-what = One-off enrolment aid, or support through the whole course, to help with the cost of going to school or college.
ent-e43-easy = If your mother or father is disabled and your family is poor, you can get help to go to school.
ent-e43-documents = The parent's disability certificate, household register, student card or letter of admission, and proof that the family is poor.
ent-e43-residence = Families whose hukou is in Jiangbei can apply, because education aid is for families on the civil-affairs register of families in difficulty, which goes by hukou.

ent-e44-name = Rehabilitation sports at home
ent-e44-who = Certificate holders and their families, in the communities where the rehabilitation sports family programme runs.
ent-e44-what = Rehabilitation sports and guidance at home. The programme starts in pilot communities and is being extended.
ent-e44-easy = You can do rehabilitation exercise at home. Someone comes to show you how. It is only in some communities for now.
ent-e44-documents = Disability certificate and ID card.
ent-e44-residence = People whose hukou is in Jiangbei or who live in Jiangbei can ask, because the service comes to your home in the community where you live.

ent-e45-name = Reading rooms with Braille and audio books
ent-e45-who = People with a visual disability. You do not need to apply.
ent-e45-what = Free use of the public library's reading rooms for visually impaired people, with Braille books and audio books.
ent-e45-easy = If you cannot see well, you can go to the library. It has books in Braille. It also has books you can listen to.
ent-e45-documents = Nothing special. Bring your disability certificate if you have one.
ent-e45-residence = You do not need hukou in Jiangbei or to live here, because the library's reading rooms are open to everyone who comes.

ent-e46-name = Help at home (services the district buys)
ent-e46-who = Certificate holders, in the streets where the district buys help-at-home services.
ent-e46-what = Help at home from social organisations that the government pays, mainly rehabilitation, care and nursing.
ent-e46-easy = Someone can come to your home to help you. For example with care, nursing or rehabilitation. It is only in some streets for now.
ent-e46-documents = Disability certificate and ID card.
ent-e46-residence = People whose hukou is in Jiangbei or who live in Jiangbei can ask, because the help comes to your home and the street where you live arranges it.
