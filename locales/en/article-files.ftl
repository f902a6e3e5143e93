## An item's files: sign-language video, captions, transcript, attachments and "request another format"

# The public item page
article-files-sign-language = Sign-language version
article-files-sign-language-hint = A video in Chinese national sign language, with captions. It does not play by itself.
article-files-no-video-player = Your browser cannot play this video. Download it with the link below.
article-files-download-video = Download the sign-language video
article-files-type-size = {" "}({ $type }, { $size })
article-files-transcript = Transcript
article-files-track-zh = Chinese captions
article-files-track-en = English captions
article-files-attachments = Attachments
article-files-attachments-hint = The main points of the attachments are on this page. You can download the attachments.
article-files-link-suffix = {" "}({ $type }, { $size })
article-files-request = Request another format
article-files-request-item = Request this page in another format (large print, Braille, easy read, audio)

# File types
article-files-type-mp4 = MP4 video
article-files-type-webm = WebM video
article-files-type-vtt = WebVTT captions
article-files-type-pdf = PDF
article-files-type-word = Word
article-files-type-excel = Excel spreadsheet
article-files-type-odt = ODT document
article-files-type-ods = ODS spreadsheet

# The staff files page
article-files-staff-link = Sign-language video, captions and attachments
article-files-staff-title = Sign-language video, captions and attachments
article-files-back = Back to the article
article-files-live-hint = The public sees this item now. Files have no versions: what you upload or remove here appears or disappears on the public page at once.
article-files-not-live-hint = Files have no versions: they become public when the item is published, and changes after that show at once.
article-files-stored = Files
article-files-none = No files yet.
article-files-col-title = Name
article-files-col-role = Used as
article-files-col-file = File
article-files-col-action = Action
article-files-remove = Remove
article-files-role-video = Sign-language video
article-files-role-captions-zh = Chinese captions
article-files-role-captions-en = English captions
article-files-role-attachment = Attachment
article-files-video-heading = Sign-language video
article-files-video-file = Video file
article-files-video-hint = MP4 or WebM, { $size } or smaller. A large file takes a while to upload: keep this page open.
article-files-video-replace-hint = An item has one sign-language video. To use another, first remove the current one in the table above (its captions and transcript go with it).
article-files-upload-video = Upload the video
article-files-captions-heading = Captions
article-files-captions-language = Language of the captions
article-files-captions-zh = Chinese
article-files-captions-en = English
article-files-captions-file = Captions file
article-files-captions-hint = WebVTT (.vtt) in UTF-8, starting with the line WEBVTT, { $size } or smaller.
article-files-upload-captions = Upload the captions
article-files-transcript-zh = Transcript in Chinese
article-files-transcript-en = Transcript in English
article-files-transcript-hint = Everything said in the video, for people who do not watch it. One paragraph per line.
article-files-transcript-save = Save the transcript
article-files-attachment-heading = Attachments
article-files-html-first = Put the content in the body first and attachments only as extras: a web page is easier to read than a file.
article-files-title-zh = Link text in Chinese
article-files-title-en = Link text in English
article-files-attachment-file = File
article-files-attachment-hint = PDF, Word (.docx, .doc), Excel (.xlsx, .xls), ODT or ODS, { $size } or smaller.
article-files-upload-attachment = Upload the attachment
article-files-progress-label = Upload progress
article-files-progress = { $percent }% uploaded

article-files-done-uploaded = File uploaded
article-files-done-removed = File removed
article-files-done-transcript-saved = Transcript saved
article-files-done-request-done = Marked as done
article-files-done-unchanged = Nothing changed

article-files-error-missing = Choose a file
article-files-error-video-too-big = The video must be 200 MB or smaller
article-files-error-attachment-too-big = The attachment must be 20 MB or smaller
article-files-error-captions-too-big = The captions file must be 1 MB or smaller
article-files-error-video-type = The video must be an MP4 or WebM file
article-files-error-attachment-type = The attachment must be a PDF, Word, Excel, ODT or ODS file
article-files-error-captions-not-text = The captions file must be UTF-8 text: save it as UTF-8 and upload it again
article-files-error-captions-not-vtt = The captions file must be WebVTT: its first line must be WEBVTT (convert SRT captions first)
article-files-error-unreadable = The file did not arrive whole: upload it again
article-files-error-video-exists = This item already has a sign-language video: remove it first
article-files-error-no-video = Upload the sign-language video before its captions
article-files-error-captions-language = Choose the language of the captions
article-files-error-captions-exist = There are captions in this language already: remove them first
article-files-error-title-zh = Enter the link text in Chinese

# Request another format
article-files-request-title = Request another format
article-files-request-lead = We can give you this information in large print, Braille, easy read or audio. Staff will contact you within 5 working days.
article-files-request-back = Back to the information
article-files-request-item-label = Information
article-files-request-file-label = Attachment
article-files-request-format = Which format do you need?
article-files-request-format-error = Choose the format you need
article-files-format-large-print = Large print
article-files-format-large-print-hint = Printed in large type, posted to you or collected at a service centre
article-files-format-braille = Braille
article-files-format-braille-hint = A Braille print-out
article-files-format-easy-read = Easy read
article-files-format-easy-read-hint = The main points in short sentences with pictures
article-files-format-audio = Audio
article-files-format-audio-hint = A recording read aloud
article-files-request-name = Your name
article-files-request-name-error = Enter your name
article-files-request-contact = Email address or phone number
article-files-request-contact-hint = We use it to contact you. If you give an email address, you get a confirmation email.
article-files-request-contact-error = Enter an email address or a phone number, like 023-6789 1234
article-files-request-email-error = Enter an email address in the right format, like name@example.com
article-files-request-note = Anything else we should know (optional)
article-files-request-note-hint = For example the print size, where to post it, or when to call you
article-files-request-send = Send the request
article-files-request-limited = Too many requests came from this network. Try again after { $time }, or call us
article-files-sent-title = We have your request
article-files-sent-reference = Your reference number
article-files-sent-next = What happens next
article-files-sent-next-body = Staff will contact you within 5 working days to agree how to get the other format to you.
article-files-sent-emailed = We have sent a confirmation to your email address.

# The staff list of requests
article-files-requests-title = Requests for other formats
article-files-requests-lead = Open requests: { $open }. The longest waiting are at the top.
article-files-requests-none = No requests yet.
article-files-col-item = Information
article-files-col-format = Format
article-files-col-who = Asked by
article-files-col-received = Received
article-files-col-status = Status
article-files-status-open = Open
article-files-status-done = Done
article-files-mark-done = Mark as done

audit-action-upload-article-file = Uploaded a file to an article
audit-action-remove-article-file = Removed a file from an article
audit-action-edit-transcript = Changed a sign-language video's transcript
audit-action-complete-format-request = Completed a request for another format
audit-action-view-format-requests = Viewed the requests for other formats

mail-format-requested-subject = We have your request for another format
mail-format-requested-body =
    We have your request:
    { $title }
    Format: { $format }
    Reference: { $reference }

    Staff will contact you within 5 working days.
