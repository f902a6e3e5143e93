## The directory of places and services (/places)

places-title = Find a place
places-lead = Find the places in Jiangbei that serve disabled people: by street or town, by kind of service, and by what you need to get in and use them. Every accessibility fact was checked on site and says yes, no or not known.
places-area = Street or town
places-area-group = Streets and towns
places-area-any = All streets and towns
places-kind = Kind of service
places-kind-group = Kinds of service
places-kind-any = All kinds of service
places-need = What I need
places-need-hint = Choose any number. Only places checked and found to have them are listed; "not known" is not listed.
places-search = Find places
places-clear = Clear the search
places-count = { $count ->
    [one] 1 place
   *[other] { $count } places
}
places-none = No place matches. Choose fewer things, or call the help line at the bottom of the page.
places-area-error = Choose a street or town from the list
places-kind-error = Choose a kind of service from the list
places-need-error = Choose what you need from the list

places-example-tag = Example data
places-example-note = This is example data, not yet verified, and not a real place. The District Disabled Persons' Federation enters the real ones before the service goes live.

places-feature-step-free = Step-free entrance
places-feature-lift = Lift
places-feature-toilet = Accessible toilet
places-feature-hearing-loop = Hearing loop
places-feature-sign-language = Staff who sign
places-feature-braille = Braille or tactile signs
places-feature-quiet-room = Quiet room
places-feature-parking = Accessible parking

places-fact-yes = Yes
places-fact-no = No
places-fact-unknown = Not known

places-kind-federation-office = Federation office
places-kind-comprehensive = Comprehensive services
places-kind-rehabilitation = Rehabilitation
places-kind-mental-health = Mental health
places-kind-care = Care
places-kind-employment = Employment and training
places-kind-legal-aid = Legal aid
places-kind-culture = Culture and activities
places-kind-reading = Reading

places-back = Back to find a place
places-address = Address
places-services = Services
places-entitlements = What you can apply for here:
places-getting-there = Address and how to get there
places-transport = Public transport
places-phone = Phone
places-sign-video = Sign-language video call
places-hours = Opening hours
places-day = Day
places-opening = Open
places-closed = Closed
places-holidays = Public holidays
places-holidays-open = Open
places-weekday-1 = Monday
places-weekday-2 = Tuesday
places-weekday-3 = Wednesday
places-weekday-4 = Thursday
places-weekday-5 = Friday
places-weekday-6 = Saturday
places-weekday-7 = Sunday
places-accessibility = Accessibility
places-facts-lead = Each of these was checked on site: yes, no, or not known (not checked yet).
places-door-width = Door width
places-door-width-cm = { $cm } cm
places-verified-on = Last verified on { $date } by { $who }
places-not-verified = Not yet verified.

## Staff verifying places (/staff/places)

staff-places-title = Places
staff-places-lead = After checking a place on site, update its accessibility facts, opening hours and contact details here. Saving records today's date and your name.
staff-places-col-place = Place
staff-places-col-area = Area
staff-places-col-verified = Verified
staff-places-none = There are no places in your area yet.
staff-places-back = Back to places
staff-places-caption = Verify a place
staff-places-public-page = See the public page
staff-places-done = What you checked is saved
staff-places-facts-hint = Enter only what you saw or measured on site; choose "not known" for anything you did not check.
staff-places-door-width-hint = In centimetres, for example 90. Leave empty if you did not measure it.
staff-places-sign-days-zh = Days with staff who sign, in Chinese (optional)
staff-places-sign-days-en = Days with staff who sign, in English (optional)
staff-places-sign-days-hint = For example: Tuesdays and Thursdays
staff-places-hours-hint = Use the 24-hour clock, for example 09:00 and 17:00. Leave both empty on a day it is closed.
staff-places-opens = Opens
staff-places-closes = Closes
staff-places-holidays-closed = Closed on public holidays
staff-places-holidays-open = Open on public holidays
staff-places-holiday-note-zh = Note on public holidays, in Chinese (optional)
staff-places-holiday-note-en = Note on public holidays, in English (optional)
staff-places-contact = Contact details
staff-places-sign-video-hint = The video call number deaf people can call. Leave empty if there is none.
staff-places-save-note = When you save, the place is recorded as verified by you today.
staff-places-save = Save what I checked
staff-places-fact-error = Choose yes, no or not known
staff-places-door-width-error = Enter the door width as a whole number of centimetres, like 90, or leave it empty
staff-places-door-width-range-error = A door width is between 40 and 400 centimetres
staff-places-time-error = Enter a time like 09:00, or leave both times empty on a day it is closed
staff-places-closes-before-error = The closing time must be after the opening time
staff-places-holidays-error = Choose whether it opens on public holidays
staff-places-phone-error = Enter a phone number

audit-action-verify-place = Verified a place

staff-places-new = Add a place
staff-places-new-lead = Add a new place. Then check its accessibility and opening hours on site; until someone does, every fact shows as not known.
staff-places-name-zh = Name in Chinese
staff-places-name-en = Name in English (optional)
staff-places-address-zh = Address in Chinese
staff-places-address-en = Address in English (optional)
staff-places-transport-zh = Public transport, in Chinese (optional)
staff-places-transport-en = Public transport, in English (optional)
staff-places-choose-service = Choose a service
staff-places-choose-area = Choose an area
staff-places-add = Add the place
staff-places-created = The place is added
staff-places-created-next = Next: check it on site, then enter its accessibility and opening hours below.
staff-places-name-error = Enter the place's name in Chinese
staff-places-address-error = Enter the address in Chinese
staff-places-area-error = Choose an area from the list
staff-places-service-error = Choose the service given here from the list
audit-action-add-place = Added a place
places-report-barrier = Found a barrier here? Make a complaint online
