## Time limits: when a signed-in session ends, staying signed in, and what a page says after a session ended

idle-region-label = Time signed in
# $minutes: minutes without activity; $time: the local time it ends, e.g. 10:42
idle-ends = To protect your information, you will be signed out after { $minutes } minutes without activity (at about { $time }).
idle-stay = Stay signed in
idle-warning = You will be signed out in about 2 minutes because there has been no activity. To carry on, choose “Stay signed in”.
idle-extended = You are still signed in. The time has started again.
idle-ended-now = You have been signed out because there was no activity. To carry on, sign in again; what you send will not be lost.
idle-ended-heading = To protect your information
idle-ended = You were signed out because there was no activity for a while. Please sign in again.
idle-ended-form-kept = You were signed out because there was no activity for a while. Please sign in again; what you entered has been kept and will be filled in after you sign in (files need to be chosen again).
check-answers-forgotten = There was no activity for more than 60 minutes, so to protect your information your earlier answers to the checker were cleared. Please answer the questions again from the start.
staff-code-timed-out = The code was not entered within 10 minutes of the password, so for security please enter your password again. After signing in you will go to the page you were opening.
staff-session-lifetime-ended = You have been signed in for 10 hours, the longest a staff session lasts, so for security please sign in again. After signing in you will go to the page you were opening.
