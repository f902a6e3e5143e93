## 邮件，纯文本；{ $name } 是账户持有人姓名，{ $person } 是邮件所说的人（申请对象、为其报名的人）。

mail-greeting = { $name }，您好：
mail-footer =
    请勿回复此邮件。如需帮助，请拨打 { $phone }，或到所在社区（村）咨询。
    电话服务时间：{ $hours }
mail-footer-no-phone = 请勿回复此邮件。如需帮助，请到所在社区（村）咨询。
mail-subject-about = { $subject }（{ $person }）
mail-sign-in-link-subject = 您的登录链接
mail-sign-in-link-body =
    请使用以下链接登录江北区残疾人服务。链接只能使用一次，{ $minutes } 分钟内有效：

    { $link }

    如果不是您本人操作，请忽略此邮件：没有链接任何人都无法登录。
mail-already-registered-subject = 您已经有账户了
mail-already-registered-body =
    有人（可能是您）想用此邮箱注册账户，但您已经有账户了。请使用以下链接登录，链接只能使用一次，{ $minutes } 分钟内有效：

    { $link }

    如果不是您本人操作，请忽略此邮件。
mail-password-reset-subject = 设置新密码
mail-password-reset-body =
    请使用以下链接设置新密码。链接只能使用一次，{ $minutes } 分钟内有效：

    { $link }

    如果不是您本人操作，请忽略此邮件，您的密码没有改变。
mail-password-changed-subject = 您的密码已更改
mail-password-changed-body =
    您账户的密码刚刚被设置或更改，其他设备上的登录已全部退出。

    如果不是您本人操作，请在 { $link }/password-reset 重设密码，并致电我们。
mail-submitted-subject = 已收到申请：{ $reference }
mail-submitted-body =
    我们已收到您的“{ $entitlement }”申请，申请编号为 { $reference }。

    先由社区（村）审核，再由街道（镇）复核，最后由区里审批。每一步一般在 10 个工作日内完成。查看进度：

    { $link }
mail-status-changed-subject = 申请 { $reference } 有新进展
mail-status-changed-body =
    您的“{ $entitlement }”申请（{ $reference }）有新进展，请在这里查看：

    { $link }
mail-information-requested-subject = 需要补充材料：{ $reference }
mail-information-requested-body =
    您的“{ $entitlement }”申请（{ $reference }）需要补充以下信息才能继续办理：

    { $message }

    请在这里回复并上传材料：

    { $link }
mail-withdrawn-subject = 申请已撤回：{ $reference }
mail-withdrawn-body =
    您的“{ $entitlement }”申请（{ $reference }）已撤回。您可以随时重新申请。
mail-account-deleted-subject = 您的账户已注销
mail-account-deleted-body =
    您的账户已注销。尚未作出决定的申请已撤回，草稿已删除。已作出决定的申请按规定由区里保存。
mail-passed-subject = 申请 { $reference } 有新进展
mail-passed-body =
    您的“{ $entitlement }”申请（{ $reference }）已审核通过并转交下一级。{ $level ->
        [street_review] 现由街道（镇）复核。
       *[district_review] 现由区里审批。
    }这一步一般在 10 个工作日内完成。查看进度：

    { $link }
mail-approved-subject = 申请已批准：{ $reference }
mail-approved-body =
    您的“{ $entitlement }”申请（{ $reference }）已批准：{ $unit ->
        [per_month] 每月 { $amount } 元
        [per_year] 每年 { $amount } 元
        [once] 一次性 { $amount } 元
       *[provided] { $provision }
    }，自 { $start } 起。

    决定书写明了批准的内容；如果您不同意，决定书也写明了可以向哪里、在什么期限内申请行政复议或提起行政诉讼。查看和打印决定书：

    { $link }/decision
mail-refused-subject = 申请 { $reference } 的审批结果
mail-refused-body =
    很抱歉，您的“{ $entitlement }”申请（{ $reference }）未获批准。{ $reason ->
        [not_eligible] 不符合申请条件。
        [not_resident] 申请对象不是江北区户籍居民。
        [documents_invalid] 材料缺失或无效。
        [already_receiving] 申请对象已享受此项或重叠的补贴。
        [no_response] 我们请您补充材料后没有收到回复。
       *[other] 审核人员的说明如下。
    }

    { $details }

    如有异议，您可以申请行政复议或提起行政诉讼，也可以重新申请。决定书写明了向哪里、在什么期限内提出。欢迎来电，我们会帮助您。查看和打印决定书：

    { $link }/decision
mail-staff-set-up-subject = 您在江北区残疾人服务的工作人员账户
mail-staff-set-up-body =
    管理员已为您创建工作人员账户，或重置了您的登录方式。请在这里设置密码，并在手机上设置验证码应用（链接只能使用一次，{ $days } 天内有效）：

    { $link }

    如果您没有预期收到这封邮件，请告知管理员。
mail-fair-registered-subject = 报名成功：{ $fair }
mail-fair-registered-body =
    { $attendee } 已报名参加 { $fair }。

    时间：{ $when }
    地点：{ $where }

    主办方会安排好您提出的需要。我们会在前一天提醒您。招聘会页面（有交通方式和日历文件）：

    { $link }

    如果不能参加，请在网站上取消报名，方便主办方安排。
mail-fair-cancelled-subject = 已取消：{ $fair }
mail-fair-cancelled-body =
    很抱歉，原定于 { $when } 举办的 { $fair } 已取消。{ $reason }

    您不需要做任何事。其他招聘会请看：

    { $link }
mail-fair-reminder-subject = 提醒：{ $fair }，{ $when }
mail-fair-reminder-body =
    提醒您：{ $attendee } 已报名参加 { $fair }。

    时间：{ $when }
    地点：{ $where }

    交通方式和参会的用人单位：

    { $link }
mail-booked-subject = 预约成功：{ $course }
mail-booked-body =
    { $attendee } 已预约 { $course } 的名额。

    时间：{ $when }
    地点：{ $where }

    我们会在前一天提醒您。如果不能参加，请取消预约，把名额让给候补的人：

    { $link }
mail-waitlisted-subject = 已加入候补名单：{ $course }
mail-waitlisted-body =
    { $course }（{ $when }）这一期已满，{ $attendee } 已加入候补名单。

    有空出的名额时，我们会发邮件通知您，您有 { $hours } 小时决定是否接受。我的预约：

    { $link }
mail-place-offered-subject = 有名额留给您：{ $course }
mail-place-offered-body =
    { $course }（{ $when }，{ $where }）空出了一个名额，现在留给 { $attendee }。

    请在 { $expires } 前接受，否则名额将给下一位候补的人：

    { $link }
mail-session-cancelled-subject = 已取消：{ $course }，{ $when }
mail-session-cancelled-body =
    很抱歉，{ $course } 在 { $when } 的这一期已取消。{ $reason }

    { $attendee } 的预约已取消，您不需要做任何事。其他期次请看：

    { $link }
mail-session-reminder-subject = 提醒：{ $course }，{ $when }
mail-session-reminder-body =
    提醒您：{ $attendee } 已预约 { $course }。

    时间：{ $when }
    地点：{ $where }

    我的预约：

    { $link }
