## Entitlement checker: conditions as plain sentences

condition-registered-in-district = 户籍在江北区
condition-has-certificate = 持有第二代《中华人民共和国残疾人证》
condition-age-between = 年龄在 { $min } 岁到 { $max } 岁之间
condition-adult-age = 年满 18 周岁
condition-working-age = 处于劳动年龄（16 岁到法定退休年龄，退休年龄按性别、岗位和出生年月确定），且没有退休
condition-severe-level = 残疾等级为一级或二级（重度）
condition-level-three-or-four = 残疾等级为三级或四级
condition-category = { $category ->
    [visual] 视力残疾
    [hearing] 听力残疾
    [speech] 言语残疾
    [physical] 肢体残疾
    [intellectual] 智力残疾
    [mental] 精神残疾
   *[multiple] 多重残疾
}
condition-child-rehab-category = 视力、听力、言语、智力或肢体残疾，或孤独症
condition-child-training-category = 智力残疾、脑瘫或孤独症
condition-assisted-employment-category = 智力残疾、精神残疾或重度肢体残疾
condition-mental-health = 精神残疾，或正在接受精神疾病治疗，或患有严重精神障碍
condition-severe-mental-disorder = 确诊为严重精神障碍
condition-household-dibao = 家庭享受城乡最低生活保障（低保）
condition-household-poor = 低保、低收入或特困家庭
condition-poor-or-severe = 困难家庭（低保、低收入或特困），或重度残疾（一级、二级）
condition-income-within-dibao = 家庭月人均收入不超过低保标准
condition-income-within-three-dibao = 家庭月人均收入不超过低保标准的 3 倍
condition-lost-work-ability = 丧失劳动能力
condition-c5-licence = 取得 C5 驾驶证
condition-motorised-wheelchair = 拥有残疾人机动轮椅车
condition-own-vehicle = 拥有本人名下的汽车或残疾人机动轮椅车
condition-housing = { $housing ->
    [dangerous_house] 住房是农村危房
   *[urban_housing_difficulty] 城镇住房困难
}
condition-urban-area = 居住在城镇
condition-needs = { $need ->
    [assistive_device] 需要辅助器具
    [home_adaptation] 家里需要无障碍改造
    [prosthesis] 需要安装假肢
    [cochlear_implant] 需要植入人工耳蜗
   *[rehab_training] 需要康复训练
}
condition-employment = { $employment ->
    [self_employed_licensed] 持营业执照自主创业
    [employed] 在职
    [unemployed] 未就业
    [student] 在校学生
   *[retired] 已退休
}
condition-education = { $education ->
    [preschool] 正在上幼儿园（学前教育）
    [compulsory] 处于义务教育阶段
    [secondary_vocational] 正在读中等职业学校
    [higher_vocational] 正在读高等职业院校
    [university] 正在读大学
   *[none] 没有在上学
}
condition-in-education = 正在上学（从幼儿园到大学）
condition-self-paid-training = 在重庆市定点康复机构自费训练满 1 年

## Entitlement checker: reasons

reason-met = 符合：{ $condition }
reason-not-met = 不符合：{ $condition }
reason-unknown = 还不清楚：{ $condition }
reason-unknown-figure = 还不清楚：{ $condition }。判断所需的标准由区里确定，目前还没有公布。

## Eligibility API errors

api-error-not-json = 请求内容不是有效的 JSON 对象。
api-error-too-large = 请求内容超过 64 KB。
api-error-unknown-field = 没有这个字段。
api-error-wrong-type = { $expected ->
    [boolean] 应为 true 或 false。
    [number] 应为数字。
    [string] 应为文字。
    [array] 应为数组。
   *[other] 类型不对。
}
api-error-unknown-value = 不是允许的取值。允许的取值：{ $allowed }。
api-error-invalid-date = 应为真实存在的日期，格式为 YYYY-MM-DD。
api-error-level = 应为 1 到 4 的整数。
api-error-negative = 不能是负数。
api-error-id = { $problem ->
    [wrong_length] 残疾人证号应为 20 位：18 位身份证号加类别和等级两位数字。
    [not_digits] 号码中有不是数字的字符（只有身份证号最后一位可以是 X）。
    [bad_birth_date] 号码中的出生日期不存在。
    [bad_check_character] 校验码不对，可能有数字输错了。
    [bad_category] 残疾类别数字应为 1 到 7。
   *[bad_level] 残疾等级数字应为 1 到 4。
}

## 认定条件（第 14 号问题新增）

condition-registered-or-living-in-district = 户籍在江北区，或住在江北区
condition-disabled-person = 是残疾人（有残疾人证的直接认定；没有证的由法律援助机构了解后决定）
condition-compulsory-school-age = 处于义务教育年龄（6 至 15 岁；推迟入学、仍在读义务教育的到 17 岁）
condition-blind = 盲人：一级或二级视力残疾（多重残疾中包含视力残疾的，由工作人员核实视力等级）
condition-wants-work = 想工作，也能工作（需要支持也算）
condition-small-business = 正在创办或经营小微企业，或持营业执照个体经营
condition-preschool-grant-group = 在普惠性幼儿园或特殊教育幼儿园（班）上学的残疾儿童，或贫困残疾人家庭在普通幼儿园上学的孩子
api-error-date-out-of-range = 日期应在 1900 年到 2199 年之间。
api-error-born-after-check = 出生日期不能晚于查询日期，也不能晚于今天。
condition-disabled-or-disabled-parent = 本人是残疾人，或父母中有残疾人
