## 信息条目的文件：手语视频、字幕、文字稿、附件和“索取其他格式”

# 公开的条目页面
article-files-sign-language = 手语版
article-files-sign-language-hint = 国家通用手语视频，带中文字幕。视频不会自动播放。
article-files-no-video-player = 您的浏览器无法播放此视频，请使用下面的链接下载。
article-files-download-video = 下载手语视频
article-files-type-size = （{ $type }，{ $size }）
article-files-transcript = 文字稿
article-files-track-zh = 中文字幕
article-files-track-en = 英文字幕
article-files-attachments = 附件
article-files-attachments-hint = 本页内容已包含附件的主要信息。附件可以下载。
article-files-link-suffix = （{ $type }，{ $size }）
article-files-request = 索取其他格式
article-files-request-item = 索取本页的其他格式（大字版、盲文、简明版、音频）

# 文件类型
article-files-type-mp4 = MP4 视频
article-files-type-webm = WebM 视频
article-files-type-vtt = WebVTT 字幕
article-files-type-pdf = PDF
article-files-type-word = Word
article-files-type-excel = Excel 表格
article-files-type-odt = ODT 文档
article-files-type-ods = ODS 表格

# 工作人员的文件页面
article-files-staff-link = 手语视频、字幕和附件
article-files-staff-title = 手语视频、字幕和附件
article-files-back = 返回条目
article-files-live-hint = 此条目正在公开。文件不分版本：您在这里上传或删除的文件会立即在公开页面上显示或消失。
article-files-not-live-hint = 文件不分版本：条目发布后，这里的文件会随之公开；发布后再修改，也会立即生效。
article-files-stored = 已有的文件
article-files-none = 还没有文件。
article-files-col-title = 名称
article-files-col-role = 用途
article-files-col-file = 文件
article-files-col-action = 操作
article-files-remove = 删除
article-files-role-video = 手语视频
article-files-role-captions-zh = 中文字幕
article-files-role-captions-en = 英文字幕
article-files-role-attachment = 附件
article-files-video-heading = 手语视频
article-files-video-file = 视频文件
article-files-video-hint = MP4 或 WebM 格式，不超过 { $size }。上传大文件需要一些时间，请不要关闭页面。
article-files-video-replace-hint = 每个条目只有一个手语视频。要换一个视频，请先在上面的表格中删除现在的视频（它的字幕和文字稿也会一起删除）。
article-files-upload-video = 上传视频
article-files-captions-heading = 字幕
article-files-captions-language = 字幕的语言
article-files-captions-zh = 中文
article-files-captions-en = 英文
article-files-captions-file = 字幕文件
article-files-captions-hint = WebVTT 格式（.vtt），UTF-8 编码，第一行是 WEBVTT，不超过 { $size }。
article-files-upload-captions = 上传字幕
article-files-transcript-zh = 中文文字稿
article-files-transcript-en = 英文文字稿
article-files-transcript-hint = 视频里说的全部内容，供不看视频的人阅读。每段一行。
article-files-transcript-save = 保存文字稿
article-files-attachment-heading = 附件
article-files-html-first = 先把内容写在正文里，附件只作补充：网页比附件更容易阅读。
article-files-title-zh = 链接文字（中文）
article-files-title-en = 链接文字（英文）
article-files-attachment-file = 附件文件
article-files-attachment-hint = PDF、Word（.docx、.doc）、Excel（.xlsx、.xls）或 ODT、ODS 文件，不超过 { $size }。
article-files-upload-attachment = 上传附件
article-files-progress-label = 上传进度
article-files-progress = 已上传 { $percent }%

article-files-done-uploaded = 文件已上传
article-files-done-removed = 文件已删除
article-files-done-transcript-saved = 文字稿已保存
article-files-done-request-done = 已标记为办结
article-files-done-unchanged = 没有改变

article-files-error-missing = 请选择一个文件
article-files-error-video-too-big = 视频必须不超过 200 MB
article-files-error-attachment-too-big = 附件必须不超过 20 MB
article-files-error-captions-too-big = 字幕文件必须不超过 1 MB
article-files-error-video-type = 视频必须是 MP4 或 WebM 格式
article-files-error-attachment-type = 附件必须是 PDF、Word、Excel、ODT 或 ODS 文件
article-files-error-captions-not-text = 字幕文件必须是 UTF-8 编码的文本，请用“UTF-8”另存后再上传
article-files-error-captions-not-vtt = 字幕文件必须是 WebVTT 格式：第一行必须是 WEBVTT（SRT 字幕请先转换）
article-files-error-unreadable = 文件没有完整收到，请再上传一次
article-files-error-video-exists = 此条目已经有手语视频，请先删除现在的视频
article-files-error-no-video = 请先上传手语视频，再上传字幕
article-files-error-captions-language = 请选择字幕的语言
article-files-error-captions-exist = 这种语言的字幕已经有了，请先删除现在的字幕
article-files-error-title-zh = 请输入中文链接文字

# 索取其他格式
article-files-request-title = 索取其他格式
article-files-request-lead = 我们可以为您提供大字版、盲文、简明版或音频。工作人员会在 5 个工作日内与您联系。
article-files-request-back = 返回信息页面
article-files-request-item-label = 信息
article-files-request-file-label = 附件
article-files-request-format = 您需要哪种格式？
article-files-request-format-error = 请选择您需要的格式
article-files-format-large-print = 大字版
article-files-format-large-print-hint = 用大号字体打印，寄给您或到服务中心领取
article-files-format-braille = 盲文
article-files-format-braille-hint = 盲文打印件
article-files-format-easy-read = 简明版
article-files-format-easy-read-hint = 用短句和图片说明要点
article-files-format-audio = 音频
article-files-format-audio-hint = 朗读录音
article-files-request-name = 您的姓名
article-files-request-name-error = 请输入您的姓名
article-files-request-contact = 电子邮箱或电话号码
article-files-request-contact-hint = 我们用它联系您。填写电子邮箱的，会收到一封确认邮件。
article-files-request-contact-error = 请输入电子邮箱或电话号码，例如 023-6789 1234
article-files-request-email-error = 请输入正确的电子邮箱，例如 name@example.com
article-files-request-note = 补充说明（选填）
article-files-request-note-hint = 例如字号大小、寄送地址或方便联系的时间
article-files-request-send = 发送请求
article-files-request-limited = 此网络发送的请求太多，请在 { $time } 以后再试，或拨打服务电话
article-files-sent-title = 您的请求已收到
article-files-sent-reference = 您的编号
article-files-sent-next = 接下来
article-files-sent-next-body = 工作人员会在 5 个工作日内与您联系，确认怎样把其他格式交给您。
article-files-sent-emailed = 我们已向您的电子邮箱发送了一封确认邮件。

# 工作人员的请求列表
article-files-requests-title = 其他格式请求
article-files-requests-lead = 待处理的请求：{ $open } 个。最早收到的排在前面。
article-files-requests-none = 还没有请求。
article-files-col-item = 信息
article-files-col-format = 格式
article-files-col-who = 请求人
article-files-col-received = 收到时间
article-files-col-status = 状态
article-files-status-open = 待处理
article-files-status-done = 已办结
article-files-mark-done = 标记为办结

audit-action-upload-article-file = 上传了条目文件
audit-action-remove-article-file = 删除了条目文件
audit-action-edit-transcript = 修改了手语视频文字稿
audit-action-complete-format-request = 办结了其他格式请求
audit-action-view-format-requests = 查看了其他格式请求

mail-format-requested-subject = 我们已收到您索取其他格式的请求
mail-format-requested-body =
    我们已收到您的请求：
    { $title }
    格式：{ $format }
    编号：{ $reference }

    工作人员会在 5 个工作日内与您联系。
