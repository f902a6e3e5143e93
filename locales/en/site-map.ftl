## Site map

footer-site-map = Site map
sitemap-title = Site map
sitemap-lead = Every section of this website.
sitemap-find-heading = Find out about and apply for support
sitemap-home = Home
sitemap-entitlements = All support
sitemap-check = Check what support you can get
sitemap-fairs = Job fairs
sitemap-past-fairs = Past job fairs
sitemap-training = Vocational training
sitemap-account-heading = Your account (sign in needed)
sitemap-register = Create an account
sitemap-sign-in = Sign in
sitemap-account = Your account
sitemap-applications = Your applications
sitemap-bookings = Your registrations and bookings
sitemap-people = Add someone you help
sitemap-details = Your contact details
sitemap-site-heading = About this website
sitemap-settings = Display settings (text size, contrast, spacing)
sitemap-accessibility = Accessibility statement
sitemap-privacy = Privacy notice
sitemap-staff-heading = Staff
sitemap-staff = Staff sign-in
