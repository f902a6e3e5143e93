## 在线申请

apply-title = 申请：{ $entitlement }
apply-need-account = 在线申请需要账户，这样您可以保存申请、随时回来继续，并查看审核进度。注册只需一分钟：填写姓名和电子邮箱即可。
apply-who = 这份申请是为谁办理的？
apply-who-hint = 您可以为自己申请，也可以为您帮助的人申请。
apply-who-error = 请选择为谁申请
apply-for-self = 我本人（{ $name }）
apply-add-person = 要为列表里没有的人申请？请先添加
apply-start = 开始申请
apply-online = 在线申请

applications-title = 我的申请
applications-none = 您还没有申请。
applications-draft = 草稿，尚未提交
applications-col-entitlement = 申请项目
applications-col-for = 申请对象
applications-col-status = 状态
applications-col-updated = 最近更新

application-status-draft = 草稿：尚未提交
application-status-submitted = 已提交：社区（村）审核中
application-status-street-review = 街道（镇）审核中
application-status-district-review = 区级审批中
application-status-more-information-needed = 需要您补充材料
application-status-approved = 已批准
application-status-refused = 未批准
application-status-withdrawn = 已撤回

application-next-draft = 请完成各部分，然后核对并提交申请。
application-next-submitted = 社区（村）会先审核您的申请，一般在 10 个工作日内完成。
application-next-street-review = 街道（镇）正在审核您的申请，一般在 10 个工作日内完成。
application-next-district-review = 区里正在审批，一般在 10 个工作日内完成。结果会通过邮件通知您。
application-next-more-information-needed = 需要您补充信息后才能继续。请在下方回复，申请会退回给审核人员。
application-next-approved = 您的申请已获批准。下面写明了批准的内容、起始日期、决定人和日期，您可以查看和打印决定书。
application-next-refused = 您的申请未获批准，原因写在下面。如有异议，决定书写明了可以向哪里、在什么期限内申请行政复议或提起行政诉讼；也欢迎来电，我们会帮助您。
application-next-withdrawn = 此申请已撤回。您可以随时重新申请。

application-section-person = 申请对象信息
application-section-circumstances = 具体情况
application-section-documents = 证明材料
application-section-declaration = 承诺声明
application-task-title = 申请：{ $entitlement }
application-for = 申请对象：{ $name }
application-progress = 您已完成 { $total } 个部分中的 { $done } 个。
task-completed = 已完成
task-not-completed = 未完成
application-check-and-submit = 核对并提交
application-finish-sections = 完成所有部分后，就可以核对并提交申请。
application-delete-draft = 删除此草稿
application-saved-heading = 您的回答已保存
application-saved-body = 草稿会一直保留，直到您提交或删除。可在“我的账户”中找到。
application-back-to-tasks = 返回申请
save-and-continue = 保存并继续
save-and-come-back = 保存，稍后再填

application-phone = 联系电话
application-phone-hint = 能联系到对方或您的手机或座机号码。
application-phone-error = 请输入电话号码，例如 13800000000 或 023 6000 0000
application-area = 居住的社区或村
application-area-hint = 决定由哪个社区（村）受理审核。
application-area-choose = 请选择社区或村
application-area-error = 请选择居住的社区或村
application-address = 家庭住址
application-address-error = 请输入家庭住址
application-address-too-long = 住址不能超过 200 个字符

circumstances-lead = 这些问题与此项目的条件有关。{ $from_checker ->
        [yes] 自测中的回答已经填好，如有错误或遗漏请修改。
       *[no] 如有错误或遗漏请修改。
    }
circumstances-none = 此项目没有其他问题。

documents-lead = 请上传每份材料的扫描件或照片。无论文件名是什么，我们都会检查文件内容。
documents-uploaded-heading = 已上传的材料
documents-none = 还没有上传材料。
documents-file = 选择文件
documents-file-optional = 添加材料（可选）
documents-hint = PDF、JPEG 或 PNG 格式，每个不超过 { $size } MB。
documents-upload = 上传此文件
documents-uploaded = 文件已上传
documents-uploaded-body = 您可以继续添加，或保存并继续。
documents-remove = 删除
documents-error-missing = 请选择要上传的文件
documents-error-too-big = 文件不能超过 10 MB。请用较低分辨率扫描，或每页拍一张照片。
documents-error-type = 文件必须是 PDF、JPEG 或 PNG 格式。此文件是其他类型，与文件名无关。
documents-error-unreadable = 无法读取此文件，请重新上传。
documents-error-none = 请至少上传一份材料，例如残疾人证的扫描件
size-kb = { $size } KB
size-mb = { $size } MB

declaration-lead = 提交申请前，请阅读并确认以下声明。
declaration-self = 本人承诺所填信息真实、完整。如提供虚假信息，愿意退还所领取的款项。
declaration-for-someone = 本人承诺所填关于 { $name } 的信息真实、完整，且本人有权代其办理。如提供虚假信息，相关款项须退还。
declaration-error = 请确认承诺声明后继续

application-check-title = 提交前请核对您的回答
application-submit-heading = 提交申请
application-submit-lead = 提交即表示您确认所作的承诺声明。
application-submit = 确认并提交
application-incomplete = 请先完成所有部分再提交：还有 { $count } 个未完成

confirmation-title = 申请已提交
confirmation-reference = 您的申请编号
confirmation-what = 我们已收到 { $name } 的“{ $entitlement }”申请。
confirmation-email = 我们已给您发送了一封包含此编号的邮件。
confirmation-next-heading = 接下来
confirmation-next-community = 社区（村）审核申请，可能会给您打电话。
confirmation-next-street = 街道（镇）复核。
confirmation-next-district = 区里审批，并通过邮件告知结果。
confirmation-how-long = 每一步一般在 10 个工作日内完成。如需补充材料，我们会发邮件通知您。
confirmation-print = 如需留存，请打印本页或另存为 PDF（使用浏览器的“打印”功能）。
confirmation-follow = 查看申请进度

application-reference = 申请编号
application-submitted-by = 代办人
application-helper = { $name }（{ $relationship }）
application-history = 办理记录
application-history-you-wrote = 您的回复：
application-history-staff-wrote = 审核人员留言：
application-documents = 证明材料
application-withdraw-link = 撤回此申请
application-done-responded = 您的回复已发送
application-done-withdrawn = 您的申请已撤回
application-respond-heading = 回复补充材料的要求
application-respond-asked = 审核人员的要求：
application-respond-message = 您的回复
application-respond-error = 请输入您的回复
application-respond-submit = 发送回复

withdraw-title = 确定要撤回此申请吗？
withdraw-lead = 审核人员将停止办理。您以后可以重新申请，但需要从头填写。
withdraw-submit = 撤回申请
delete-draft-title = 确定要删除此草稿吗？
delete-draft-lead = 其中的回答和材料都会被删除，且无法恢复。
delete-draft-submit = 删除草稿
documents-progress-label = 上传进度
documents-progress = 正在上传：已发送 { $percent }%

## The decision and its letter (决定书)
decision-heading = 审批决定
decision-grant-per-month = 每月 { $amount } 元
decision-grant-per-year = 每年 { $amount } 元
decision-grant-once = 一次性 { $amount } 元
decision-granted = 批准内容
decision-start = 起始日期
decision-refused-reason = 不予批准的原因
decision-refused-details = 说明
decision-decided-by = 决定机关
decision-decided-by-value = 江北区残疾人联合会（经办人：{ $name }）
decision-decided-on = 决定日期
decision-letter-link = 查看和打印决定书
decision-letter-easy-link = 查看简明版决定书
decision-letter-approved = 批准决定书
decision-letter-refused = 不予批准决定书
decision-back = 返回申请进度
decision-person = 申请对象
decision-entitlement = 申请项目
decision-challenge-heading = 如果您不同意这个决定
decision-challenge-reconsideration = 您可以自收到本决定书之日起 { $days } 日内，向{ $body }申请行政复议。如果您在决定当天收到，最晚为 { $by }。
decision-challenge-lawsuit = 您也可以自收到本决定书之日起 { $months } 个月内，直接向人民法院提起行政诉讼。如果您在决定当天收到，最晚为 { $by }。
decision-challenge-again = 情况有变化时，您也可以重新申请。申请复议、诉讼或重新申请，都可以请家人或社区工作人员帮忙，也可以来电问我们。
decision-challenge-ask = 如果您不同意这个决定，请来电问我们可以怎样申请行政复议或提起行政诉讼。
decision-contact-heading = 联系我们
decision-contact = 电话：{ $phone }。地址：{ $address }。办公时间：{ $hours }。
decision-print-hint = 要打印，请使用浏览器的“打印”功能；打印件不含网站的菜单。
decision-easy-title = 审批决定（简明版）
decision-easy-for = 这是给 { $name } 的决定。
decision-easy-approved = 您申请了“{ $entitlement }”。我们同意了。
decision-easy-grant = 您可以得到：{ $grant }。
decision-easy-start = 从 { $start } 开始。
decision-easy-refused = 您申请了“{ $entitlement }”。我们没有同意。
decision-easy-reason = 原因是：{ $reason }。
decision-easy-who = 作出决定的是江北区残疾人联合会的 { $name }，日期是 { $date }。
decision-easy-disagree = 如果您不同意
decision-easy-challenge-body = 您可以请{ $body }重新看一看。这叫“行政复议”。
decision-easy-challenge-by = 最晚在 { $by } 提出。
decision-easy-court = 您也可以去法院。最晚在 { $by } 去。
decision-easy-help = 您可以请家人或社区工作人员帮忙。您也可以打电话问我们。
documents-error-full = 此申请已有 { $max } 份材料，已达上限。请删除不再需要的材料，或将多页合并为一个 PDF。
documents-error-daily-limit = 您今天已上传 { $max } 份材料，已达每日上限。请明天再试；如需上传更多，请联系我们。
upload-error-field-too-long = 此处提交的内容过长，无法读取。请缩短后重新提交。
