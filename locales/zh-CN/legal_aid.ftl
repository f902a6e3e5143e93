## 法律援助：申请、进度页、工作人员页面和邮件。

home-use-legal-aid = 申请免费法律援助
sitemap-legal-aid = 法律援助
legal-aid-ask-online = 在线申请法律援助
legal-aid-title = 法律援助
legal-aid-lead = 遇到法律问题又请不起律师，区法律援助中心可以免费为您指派律师。
legal-aid-who-heading = 谁可以申请
legal-aid-who-body = 江北区的残疾人及其代理人，可以就劳动、社会保障待遇、婚姻家庭、人身损害、住房或歧视纠纷申请法律援助，刑事案件也可以申请辩护。
legal-aid-exemption-body = 无固定生活来源的残疾人，以及领取低保或特困供养的人员，免予核查经济困难状况。符合的，我们会告诉您。
legal-aid-how-heading = 办理流程
legal-aid-how-decide = 中心自收到申请之日起 7 日内作出决定，决定给予法律援助的，3 日内指派律师。
legal-aid-how-urgent = 距诉讼时效届满或开庭不足 7 日的，中心先行提供法律援助，再补办手续。
legal-aid-how-adjustments = 请告诉我们您需要的便利，例如手语翻译、盲文或大字版、简明版、陪同人员或上门服务。这些会随案件交给律师。
legal-aid-start = 开始申请
legal-aid-yours-heading = 我的申请
legal-aid-yours-none = 您还没有提出申请。
legal-aid-sign-in-first = 请先登录或注册账户再申请法律援助。您也可以到所在街道的法律援助工作站申请。
legal-aid-entitlement-link = 在待遇清单中查看法律援助
legal-aid-back = 返回法律援助
legal-aid-col-reference = 编号
legal-aid-col-person = 当事人
legal-aid-col-status = 状态
legal-aid-col-received = 收到日期
legal-aid-col-area = 地区
legal-aid-col-deadline = 下一期限

legal-aid-form-title = 申请法律援助
legal-aid-form-lead = 请回答以下问题。提交申请后可以补充材料。
legal-aid-for-legend = 为谁申请法律援助？
legal-aid-for-self = 为我自己（{ $name }）
legal-aid-filer-legend = 如果为他人申请，您是他的什么人？
legal-aid-filer-hint = 为自己申请的，不用选择。
legal-aid-filer-self = 本人申请
legal-aid-filer-legal-representative = 法定代理人（父母或监护人）
legal-aid-filer-proxy = 受当事人委托的代理人
legal-aid-filer-key = 申请人身份
legal-aid-certificate-label = 残疾人证号（选填）
legal-aid-certificate-hint = 20 位。为名单上的人申请的，使用已保存的证号。
legal-aid-area-label = 当事人居住的社区
legal-aid-area-hint = 由该街道或镇的法律援助工作站办理。
legal-aid-area-choose = 请选择社区
legal-aid-phone-label = 联系电话
legal-aid-phone-hint = 方便中心或律师联系您。
legal-aid-matter-legend = 是什么方面的问题？
legal-aid-matter-employment = 劳动：工资、解除合同或工伤
legal-aid-matter-benefits = 社会保险、社会救助或残疾人待遇
legal-aid-matter-family = 婚姻家庭：赡养扶养、监护、婚姻或继承
legal-aid-matter-injury = 人身损害或事故
legal-aid-matter-housing = 住房、土地或财产
legal-aid-matter-discrimination = 歧视或被拒绝提供合理便利
legal-aid-matter-criminal = 刑事辩护
legal-aid-matter-other = 其他
legal-aid-description-label = 请简要说明情况
legal-aid-description-hint = 涉及谁、发生了什么、什么时候，以及您的请求。不超过 2000 字。
legal-aid-faced-legend = 有没有必须在某日前办理的期限？
legal-aid-faced-hint = 诉讼时效是可以起诉的最后期限。
legal-aid-faced-none = 没有，或不清楚
legal-aid-faced-limitation = 诉讼时效即将届满
legal-aid-faced-hearing = 已经确定开庭
legal-aid-faced-key = 办理期限
legal-aid-faced-limitation-on = 诉讼时效 { $date } 届满
legal-aid-faced-hearing-on = { $date } 开庭
legal-aid-faced-on-label = 日期（如有）
legal-aid-faced-on-hint = 例如 2026-12-20
legal-aid-adjustments-legend = 您需要哪些便利？
legal-aid-adjustments-hint = 可多选。
legal-aid-adjustment-sign-language = 中国手语翻译
legal-aid-adjustment-braille-large-print = 盲文或大字版
legal-aid-adjustment-easy-read = 简明版文书
legal-aid-adjustment-companion = 陪同人员
legal-aid-adjustment-home-visit = 上门服务
legal-aid-adjustment-other-label = 其他需要（选填）
legal-aid-adjustments-none = 无
legal-aid-income-legend = 当事人的收入情况是？
legal-aid-income-hint = 无固定生活来源的残疾人和社会救助对象免予核查经济困难状况。
legal-aid-income-hint-checker = 已根据您在资格自测中的回答填写，如不正确请修改。
legal-aid-income-social-assistance = 领取低保或特困供养
legal-aid-income-no-fixed-income = 无固定生活来源
legal-aid-income-fixed-income = 有工资、养老金或其他固定收入
legal-aid-income-not-sure = 不清楚
legal-aid-income-key = 收入情况
legal-aid-documents-later = 合同、法院通知等材料，可以在下一页上传。
legal-aid-submit = 提交申请

legal-aid-error-for = 请选择为谁申请
legal-aid-error-filer = 请选择您是当事人的什么人
legal-aid-error-area = 请选择当事人居住的社区
legal-aid-error-phone = 请输入联系电话，例如 023 6785 1234 或 138 0000 0000
legal-aid-error-matter = 请选择问题的类别
legal-aid-error-description = 请简要说明情况
legal-aid-error-faced = 请选择是否有办理期限
legal-aid-error-faced-on = 请按“年-月-日”输入日期，例如 2026-12-20
legal-aid-error-faced-on-range = 日期应在今天之前一年到之后十年之间
legal-aid-error-income = 请选择当事人的收入情况
legal-aid-error-objection = 请说明您认为不予援助的决定有误的理由
legal-aid-error-notice = 请列出所有需要补充的材料
legal-aid-error-documents-once = 补充材料应一次性告知，本申请已经告知过
legal-aid-error-not-now = 申请状态已经改变，请查看后再试
legal-aid-error-decision = 请选择是否给予法律援助
legal-aid-error-reason = 请填写不予援助的理由
legal-aid-error-lawyer = 请从名单中选择律师
legal-aid-error-objection-outcome = 请选择是否维持原决定
legal-aid-error-answer = 请填写决定的理由
legal-aid-error-provided = 请记录是否提供了这项便利
legal-aid-error-note = 请说明为什么没有提供这项便利
legal-aid-error-outcome = 请记录案件结果
legal-aid-error-lawyer-name = 请输入律师姓名
legal-aid-error-lawyer-firm = 请输入律师事务所或中心名称
legal-aid-error-lawyer-phone = 请输入电话
legal-aid-error-lawyer-languages = 请至少选择一种语言

legal-aid-check-key = 经济困难核查
legal-aid-check-exempt-social-assistance = 免予核查经济困难状况：当事人是社会救助对象（《法律援助法》第四十二条）。
legal-aid-check-exempt-disabled-no-income = 免予核查经济困难状况：当事人是无固定生活来源的残疾人（《法律援助法》第四十二条）。
legal-aid-check-required = 中心将核查当事人的经济困难状况。

legal-aid-confirmation-title = 申请已提交
legal-aid-confirmation-reference = 您的申请编号
legal-aid-next-heading = 接下来
legal-aid-confirmation-email = 我们已把申请编号发到您的邮箱。
legal-aid-confirmation-documents = 如需补充材料，中心会一次性告知全部所需材料。您可以随时在进度页上传材料。
legal-aid-confirmation-status-link = 查看申请并上传材料
legal-aid-urgent-tag = 紧急
legal-aid-urgent-explained = 距您的期限不足 7 日，中心先行提供法律援助，再补办手续。
legal-aid-next-decision = 中心将在 { $date } 前作出决定。
legal-aid-next-assignment = 中心将在 { $date } 前为您指派律师。
legal-aid-next-objection = 中心将在 { $date } 前对您的异议作出决定。

legal-aid-status-title = 法律援助申请 { $reference }
legal-aid-status-received = 已收到
legal-aid-status-documents-asked = 需补充材料
legal-aid-status-granted = 给予法律援助
legal-aid-status-refused = 不予法律援助
legal-aid-status-objected = 已收到异议
legal-aid-status-refusal-upheld = 维持不予援助决定
legal-aid-status-assigned = 已指派律师
legal-aid-status-closed = 已结案
legal-aid-notice-heading = 需要补充的材料
legal-aid-notice-once = 本通知一次性列出全部所需材料。请在下方上传，中心在 7 日内作出决定。
legal-aid-decision-heading = 决定
legal-aid-decision-granted = 您获得法律援助。
legal-aid-decision-refused = 不予法律援助。理由：
legal-aid-objection-answer-heading = 对您异议的答复
legal-aid-lawyer-heading = 您的律师
legal-aid-lawyer-name = 姓名
legal-aid-lawyer-firm = 律师事务所或中心
legal-aid-lawyer-phone = 电话
legal-aid-lawyer-languages = 语言
legal-aid-lawyer-state = 是否接新案
legal-aid-outcome-heading = 结果
legal-aid-object-heading = 对不予援助决定提出异议
legal-aid-object-body = 如果您认为决定有误，请告诉中心理由。中心在 5 日内作出决定。
legal-aid-object-label = 您认为决定有误的理由
legal-aid-object-submit = 提交异议
legal-aid-documents-heading = 材料
legal-aid-documents-none = 还没有材料。
legal-aid-document-submit = 上传
legal-aid-details-heading = 申请内容
legal-aid-history-heading = 办理记录
legal-aid-history-by-you = （您）
legal-aid-history-by-centre = （中心）
legal-aid-done-heading = 已完成
legal-aid-done-uploaded = 材料已上传。
legal-aid-done-objected = 异议已提交，中心在 5 日内作出决定。

legal-aid-staff-lead = 您所在地区的申请。紧急申请排在最前，其余按期限先后排列。
legal-aid-staff-open = 办理中
legal-aid-staff-finished = 已办结
legal-aid-staff-none = 没有申请。
legal-aid-days-left = 剩 { $days } 日
legal-aid-days-late = 超期 { $days } 日
legal-aid-clock-due-soon = 即将到期
legal-aid-clock-overdue = 已超期
legal-aid-staff-back = 返回法律援助申请
legal-aid-staff-request-title = 申请 { $reference }
legal-aid-staff-urgent = 紧急：先行提供法律援助，再补办手续。
legal-aid-staff-adjustments = 当事人需要以下便利：
legal-aid-staff-notice-heading = 补充材料
legal-aid-staff-notice-label = 需要补充的全部材料
legal-aid-staff-notice-hint = 只能告知一次，请全部列出。
legal-aid-staff-notice-submit = 发送通知
legal-aid-staff-notice-sent = 已发送补充材料通知：
legal-aid-staff-decide-heading = 作出决定
legal-aid-staff-decide-legend = 是否给予法律援助？
legal-aid-decision-grant = 给予
legal-aid-decision-refuse = 不予
legal-aid-staff-reason-label = 理由
legal-aid-staff-reason-hint = 不予援助的必须填写，会告知当事人。
legal-aid-staff-decide-submit = 记录决定
legal-aid-staff-assign-heading = 指派律师
legal-aid-staff-assign-legend = 律师
legal-aid-staff-assign-hint = 请选择能满足当事人需要（例如手语）的律师。
legal-aid-staff-assign-submit = 指派
legal-aid-staff-objection-heading = 异议
legal-aid-staff-objection-legend = 异议审查决定
legal-aid-objection-overturned = 异议成立：给予法律援助
legal-aid-objection-upheld = 维持原决定
legal-aid-staff-answer-label = 告知当事人的理由
legal-aid-staff-objection-submit = 记录决定
legal-aid-staff-close-heading = 结案
legal-aid-staff-provided-legend = 是否提供了：{ $adjustment }？
legal-aid-staff-provided-note = 关于“{ $adjustment }”的说明（未提供的必须填写）
legal-aid-provided-yes = 已提供
legal-aid-provided-no = 未提供
legal-aid-staff-outcome-label = 案件结果
legal-aid-staff-close-submit = 结案
legal-aid-staff-done-asked = 已发送补充材料通知。
legal-aid-staff-done-decided = 已记录决定并通知当事人。
legal-aid-staff-done-assigned = 已指派律师并通知当事人。
legal-aid-staff-done-objection = 已对异议作出决定并通知当事人。
legal-aid-staff-done-closed = 已结案。
legal-aid-lawyers-title = 法律援助律师
legal-aid-lawyers-none = 名单上没有律师。
legal-aid-lawyers-add = 添加律师
legal-aid-lawyers-add-submit = 添加
legal-aid-lawyer-active = 接新案
legal-aid-lawyer-inactive = 不接新案
legal-aid-lawyer-activate = 改为接新案
legal-aid-lawyer-deactivate = 改为不接新案
legal-aid-lawyers-done-added = 已添加律师。
legal-aid-lawyers-done-changed = 已修改律师信息。
legal-aid-lawyers-back = 返回律师名单
legal-aid-lawyer-change-title = 修改{ $name }的信息
legal-aid-lawyer-change-explain = 可以更正姓名、律所、电话或语言。是否接受新案件请在名单上修改。
legal-aid-lawyer-change-submit = 保存修改
legal-aid-language-mandarin = 普通话
legal-aid-language-chongqing = 重庆话
legal-aid-language-english = 英语
legal-aid-language-csl = 中国手语

audit-action-view-legal-aid-requests = 查看法律援助申请列表
audit-action-view-legal-aid-request = 查看法律援助申请
audit-action-view-legal-aid-document = 查看法律援助材料
audit-action-ask-legal-aid-documents = 一次性告知补充材料
audit-action-decide-legal-aid = 作出法律援助决定
audit-action-assign-lawyer = 指派律师
audit-action-decide-legal-aid-objection = 作出异议审查决定
audit-action-close-legal-aid = 法律援助结案
audit-action-view-lawyers = 查看律师名单
audit-action-edit-lawyer = 修改律师名单

mail-legal-aid-received-subject = 已收到法律援助申请 { $reference }
mail-legal-aid-received-body =
    我们已收到您的法律援助申请，编号 { $reference }。
    { $details ->
        [yes] 距您的期限不足 7 日，中心先行提供法律援助，再补办手续。
       *[other] 中心将在 7 日内作出决定并告知您。
    }

    查看申请、上传材料：{ $link }
mail-legal-aid-documents-asked-subject = 法律援助申请 { $reference } 需补充材料
mail-legal-aid-documents-asked-body =
    法律援助中心审查您的申请 { $reference }，需要以下材料：

    { $details }

    本通知一次性列出全部材料。请在这里上传：{ $link }
mail-legal-aid-granted-subject = 给予法律援助（{ $reference }）
mail-legal-aid-granted-body =
    您的申请 { $reference } 获得法律援助。中心将在 3 日内指派律师并告知您。

    { $link }
mail-legal-aid-refused-subject = 不予法律援助（{ $reference }）
mail-legal-aid-refused-body =
    您的申请 { $reference } 不予法律援助。理由：

    { $reason }

    如有异议，可以在进度页提出，中心在 5 日内作出决定：{ $link }
mail-legal-aid-lawyer-assigned-subject = 已为您指派法律援助律师（{ $reference }）
mail-legal-aid-lawyer-assigned-body =
    为您的申请 { $reference } 指派的律师：{ $details }。
    律师已了解您需要的便利。

    { $link }
mail-legal-aid-objection-decided-subject = 异议审查结果（{ $reference }）
mail-legal-aid-objection-decided-body =
    { $details ->
        [overturned] 您的异议成立，给予法律援助。中心将在 3 日内指派律师。
       *[other] 您的异议经审查，维持不予援助的决定。
    }
    理由：{ $reason }

    { $link }
