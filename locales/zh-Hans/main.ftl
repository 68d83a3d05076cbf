## Connected Care widget: Simplified Chinese (zh-Hans), translated from English, in mainland usage.
## Terms: 联邦医疗保险 (Medicare), 联邦医疗保险优先计划 (Medicare Advantage), 医疗补助 (Medicaid; its nickname 白卡 in brackets),
## A 部分（医院保险）, B 部分（医疗保险）, 自付额 (deductible), 共同保险 (coinsurance), 二维码 (QR code).
## Urgent needs are 需要尽快处理的事情; 紧急 is kept for the 911 line (emergency).
## The widget's check is a 自测 (self-check); 检查 is a medical test.
## Never say "you qualify". Wherever 24/7 help is mentioned, add the 911 line.

widget-label = 慢性病护理管理自测
close = 关闭

## Language menu

language-label = 语言
language-apply = 切换语言
listen = 朗读
language-load-failed = 抱歉，无法加载这种语言。自测内容将以英文显示。
widget-broken = 抱歉，这个工具出了问题，无法使用。您可以在这里了解慢性病护理管理：
try-again = 再试一次

## Start screen

start-title = 慢性病护理管理能帮到您吗？
start-what = 慢性病护理管理（CCM）是联邦医疗保险（Medicare）的一项服务，适用于患有两种或以上长期疾病的人。在两次看病之间，会有一个护理团队为您提供帮助。
start-how = 请回答大约 6 个简短的问题。我们会告诉您，您的答案是否符合联邦医疗保险对 CCM 的基本规定，以及可以向您的医疗服务提供者问些什么。
start-privacy = 您的答案只留在这个页面上，不会被保存，也不会被发送出去。
start-button = 开始

## Moving between screens

progress = 第 { $current } 题，共 { $total } 题
back = 返回
continue = 继续
error-summary-title = 出现了问题
error-prefix = 错误：
error-choose-one = 请选择一个答案。如果您不知道，请选“我不确定”。
error-choose-conditions = 请选择您患有的疾病，或选“以上都没有”或“我不确定”。

## Questions

question-medicare = 您有联邦医疗保险（Medicare）吗？
question-medicare-hint = 联邦医疗保险优先计划（Medicare Advantage）也算联邦医疗保险。
question-part-b = 您有哪一种联邦医疗保险（Medicare）？
question-part-b-hint = 请看您那张红、白、蓝三色的联邦医疗保险卡。如果卡上印有“MEDICAL (PART B)”和开始日期，您就有 B 部分（Part B）。
question-medicaid = 您是否也有医疗补助（Medicaid，俗称白卡），或者有州政府帮您支付联邦医疗保险的费用？
question-medicaid-hint = 这可能会影响您要付的费用。
question-conditions = 医生或护士告诉过您，您患有哪些长期疾病？
question-conditions-hint = 长期（慢性）疾病是指持续一年或更久，或者终身都有的健康问题。请选出您患有的所有疾病。
question-lasting = 这些疾病预计会持续至少一年，或者终身都有吗？
question-lasting-hint = 想一想您的医生或护士是怎么跟您说的。
question-risk = 医生或护士是否说过，这些疾病可能让您病得更重、让日常生活更困难，或者危及您的生命？
question-risk-hint = 如果没有人跟您谈过这件事，请选“我不确定”。

## Answers

answer-yes = 是
answer-no = 否
answer-not-sure = 我不确定
answer-part-b-medical = B 部分（医疗保险）
answer-only-part-a = 只有 A 部分（医院保险）
answer-advantage = 联邦医疗保险优先计划（Medicare Advantage）
answer-no-conditions = 以上都没有
answer-or = 或

condition-arthritis = 关节炎
condition-asthma = 哮喘
condition-atrial-fibrillation = 心房颤动（房颤，AFib）
condition-autism = 自闭症（孤独症）
condition-cancer = 癌症
condition-copd = 慢性阻塞性肺疾病（COPD，一种长期肺病）
condition-dementia = 痴呆症（认知障碍）
condition-depression = 抑郁症
condition-diabetes = 糖尿病
condition-heart-disease = 心脏病或心力衰竭
condition-high-blood-pressure = 高血压
condition-hiv = 艾滋病病毒（HIV）
condition-osteoporosis = 骨质疏松症（骨头变脆）
condition-kidney-disease = 肾病
condition-other = 其他长期疾病

## Check your answers

check-title = 核对您的答案
check-intro = 在查看结果之前，您可以修改答案。
change = 修改
# The button's name for screen readers. Keep the word for "Change" first.
change-label = 修改您对这个问题的答案：{ $question }
check-submit = 查看我的结果
# $count is how many conditions were ticked on the checklist.
conditions-chosen = { $count ->
   *[other] 您选了 { $count } 种疾病：
}

## Result

result-caption = 您的结果

outcome-likely-title = 您的答案符合联邦医疗保险（Medicare）对 CCM 的基本规定
outcome-likely-body = CCM 可能很适合您。请向您的医疗服务提供者咨询。
outcome-possibly-title = CCM 可能适合您
outcome-possibly-body = 有些问题您不确定。这没关系。您的医疗服务提供者可以帮您弄清楚。
outcome-maybe-pcm-title = 可以问问主要疾病护理管理（PCM）
outcome-maybe-pcm-body = CCM 适用于患有两种或以上长期疾病的人。如果您有一种严重的长期疾病，联邦医疗保险（Medicare）有一项服务叫做主要疾病护理管理（PCM）。它会针对这一种疾病为您制定一份护理计划。
outcome-check-coverage-title = 首先，请弄清楚您有哪一种联邦医疗保险（Medicare）
outcome-check-coverage-body = 联邦医疗保险 B 部分（Part B）支付 CCM 的费用。请看您那张红、白、蓝三色的联邦医疗保险卡。如果卡上印有“MEDICAL (PART B)”和开始日期，您就有 B 部分。您也可以拨打 1‑800‑MEDICARE。
outcome-part-a-only-title = 联邦医疗保险（Medicare）B 部分支付 CCM 的费用
outcome-part-a-only-body = 如果只有 A 部分，联邦医疗保险不支付 CCM 的费用。请拨打 1‑800‑MEDICARE，了解 B 部分以及怎样获得 B 部分。
outcome-not-medicare-title = CCM 是联邦医疗保险（Medicare）的服务
outcome-not-medicare-body = 如果没有联邦医疗保险，您就无法通过联邦医疗保险获得 CCM。请问问您自己的健康保险，看看有没有服务可以在两次看病之间帮您管理护理。
outcome-other-options-title = 您的答案不符合 CCM 的基本规定
outcome-other-options-body = 您的医疗服务提供者可能有不同的看法，所以您还是可以问一问。联邦医疗保险（Medicare）的其他服务也可能对您有帮助。

other-services-title = 可以咨询的其他服务
other-service-transitional-care = 过渡期护理管理：在您离开医院或护理院后的 30 天内为您提供帮助。
other-service-remote-monitoring = 远程患者监测：家里的设备会把您的测量数据（例如血压）发送给您的医疗服务提供者。
other-service-behavioral-health = 行为健康整合服务：您的主要医疗服务提供者会和心理健康专家一起为您服务。
other-service-advanced-primary-care = 强化初级保健管理：联邦医疗保险的一项较新的服务，从 2025 年开始提供。

ccm-gives-title = CCM 可以为您提供什么
ccm-gives-team = 一位了解您和您健康状况的护理团队成员。
ccm-gives-plan = 一份和您一起制定的护理计划。您会拿到一份副本。
ccm-gives-medicines = 帮助您管理用药。
ccm-gives-connect = 让您的医生、专科医生、药房、检查机构和医院相互配合。
ccm-gives-transitions = 在您住院、去过急诊室或住过护理院之后为您提供帮助。
ccm-gives-urgent = 有需要尽快处理的事情时，每天 24 小时、每周 7 天都能联系到您的护理团队。
emergency-911 = 如遇紧急情况，请拨打 911。

result-why-title = 为什么您会看到这个结果
reason-medicare-yes = 您说您有联邦医疗保险。
reason-medicare-no = 您说您没有联邦医疗保险。
reason-medicare-not-sure = 您不确定自己有没有联邦医疗保险。
reason-part-b-part-b-medical = 您说您有 B 部分（医疗保险）。
reason-part-b-advantage = 您说您有联邦医疗保险优先计划（Medicare Advantage）。这些计划必须承保 B 部分承保的服务。
reason-part-b-only-part-a = 您说您只有 A 部分（医院保险）。
reason-part-b-not-sure = 您不确定自己有哪一种联邦医疗保险。
reason-conditions-no-conditions = 您说没有医生或护士告诉过您患有长期疾病。
reason-conditions-one-condition = 您选了一种长期疾病。
reason-conditions-two-or-more-conditions = 您选了两种或以上的长期疾病。
reason-conditions-not-sure = 您不确定自己患有哪些长期疾病。
reason-lasting-yes = 您说这些疾病预计会持续一年或更久，或者终身都有。
reason-lasting-no = 您说这些疾病预计不会持续一年或更久。
reason-lasting-not-sure = 您不确定这些疾病会持续多久。
reason-risk-yes = 您说这些疾病可能让您病得更重、让日常生活更困难，或者危及您的生命。
reason-risk-no = 您说没有人告诉过您，这些疾病会让您面临严重的风险。
reason-risk-not-sure = 您不确定这些疾病会带来多大的风险。

result-notes-title = 您应该知道的事
note-cost-original-medicare = 费用：在您付完每年的 B 部分自付额之后，您通常要支付费用的 20%。这叫做共同保险。联邦医疗保险补充保险（Medigap）可能会支付您应付费用的一部分或全部。
note-cost-advantage-plan = 费用：联邦医疗保险优先计划（Medicare Advantage）必须承保 CCM，但您要付的费用和可以去看的医疗服务提供者可能会不同。请打电话问您的计划。
note-cost-medicaid = 大多数同时有联邦医疗保险和医疗补助（Medicaid，俗称白卡）的人，使用 CCM 不用付钱。如果您参加了合格联邦医疗保险受益人（QMB）计划，医疗服务提供者不得向您收取联邦医疗保险的自付额或共同保险。
note-asks-first = 在开始 CCM 之前，您的医疗服务提供者必须先征得您的同意。您可以口头同意，也可以书面同意。您随时都可以停止。
note-visit-first = 如果您是这位医疗服务提供者的新病人，或者过去一年没有找他们看过病，您可能需要先去诊所看一次病。
note-one-provider-a-month = 每个月只能有一位医疗服务提供者为您提供 CCM。

result-ask-title = 您可以问的问题
ask-do-i-qualify = CCM 适合我吗？为什么适合或不适合？
ask-who-is-my-team = 我会和护理团队中的哪一位合作？晚上或周末怎么联系他们？
ask-care-plan-copy = 我会拿到一份护理计划的副本吗？
ask-what-will-i-pay = 我每个月要付多少钱？我的其他保险会支付我应付的部分吗？
ask-visit-first = 我需要先看一次病吗？
ask-how-to-stop = 如果我想停止，该怎么做？
ask-principal-care-fit = 主要疾病护理管理对我的病有帮助吗？
ask-other-services = 还有其他服务能帮助我吗？
ask-which-medicare = 我有联邦医疗保险的哪些部分？
ask-how-to-get-part-b = 我怎样才能获得联邦医疗保险 B 部分？
ask-insurer-coordination = 我的保险计划会帮助长期疾病患者管理他们的护理吗？

result-provider-decides = 只有您的医疗服务提供者才能决定 CCM 是否适合您。
result-contact = 如需 CCM 方面的帮助，请联系：
result-helpline = 对联邦医疗保险有疑问吗？请拨打 1‑800‑MEDICARE（1‑800‑633‑4227）。TTY 听障专线：1‑877‑486‑2048。
result-learn-more = 进一步了解 CCM：
result-learn-more-link = go.cms.gov/CCM
# Opens the browser's print dialog, which can also save a PDF.
result-print = 打印或保存
start-over = 重新开始

## "Connecting the dots": a short explainer of what CCM does, step by step.
## The picture beside each step is decorative: each step's text says all of it.

explainer-open = 什么是 CCM？
explainer-caption = 把各方连接起来
explainer-progress = 第 { $current } 步，共 { $total } 步
explainer-last-step = 这是最后一步。
explainer-previous = 上一步
explainer-next = 下一步
explainer-start-check = 开始自测
explainer-back-to-result = 返回您的结果

# Labels in the picture. Keep each one short: one or two words.
place-you = 您
place-care-team = 护理团队
# Beside the patient in the first step: two or more conditions.
place-two-or-more = 2+
place-main-doctor = 主要医生
place-specialists = 专科医生
place-pharmacy = 药房
place-testing-center = 检查
place-hospital = 医院

explainer-common-title = 很多人有不止一种健康问题
explainer-common-body = 长期（慢性）疾病是指持续一年或更久，或者终身都有的健康问题。糖尿病和高血压就是其中两种。在有联邦医疗保险（Medicare）的人当中，大约每 3 人就有 2 人患有两种或以上的长期疾病。

explainer-places-title = 您可能要去很多地方看病
explainer-places-body = 您可能会看您的主要医生，也会看其他医生，叫做专科医生。您还可能会去药房、做检查的地方和医院。这些地方之间不一定会互相沟通。

explainer-team-title = CCM 用一个护理团队把它们连接起来
explainer-team-body = 有了慢性病护理管理（CCM），会有一个护理团队帮助把各方连接起来。团队中会有一位成员来了解您。他们会帮助您的医生、药房、检查机构和医院相互配合。

explainer-plan-title = 一份和您一起制定的护理计划
explainer-plan-body = 您和您的护理团队会一起制定一份计划。计划中会列出您的健康问题、您的目标、您的药物和您的其他医生。您会拿到一份副本。

explainer-help-title = 在两次看病之间为您提供帮助
explainer-help-body = 您不用等到下次看病。有需要尽快处理的事情时，无论白天还是晚上，您随时都可以联系您的护理团队。

explainer-medicines-title = 在用药和住院方面为您提供帮助
explainer-medicines-body = 您的护理团队会和您一起检查您所有的药物，让这些药物一起使用时效果良好。在您住院、去过急诊室或住过护理院之后，他们会帮助您处理接下来的事情。他们还可以帮您找到在家里和在您所在社区可以得到的帮助。

explainer-cost-title = 谁可以获得 CCM，费用是多少
explainer-cost-body = CCM 属于联邦医疗保险（Medicare）B 部分（Part B）。它适用于患有两种或以上长期疾病、而且这些疾病可能让病情加重很多的人。联邦医疗保险优先计划（Medicare Advantage）也承保 CCM。
explainer-cost-share = 在您付完每年的 B 部分自付额之后，您通常要支付费用的 20%。联邦医疗保险补充保险（Medigap）或医疗补助（Medicaid，俗称白卡）可能会支付您应付费用的一部分或全部。
explainer-cost-consent = 您的医疗服务提供者必须先征得您的同意。您随时都可以停止。

explainer-next-title = 您的下一步
explainer-next-body = 请回答几个简短的问题。您会看到您的答案是否符合联邦医疗保险（Medicare）对 CCM 的基本规定，以及可以问些什么。只有您的医疗服务提供者才能决定 CCM 是否适合您。

## Kiosk: a shared tablet in a waiting room, one patient after another.

kiosk-touch-to-start = 轻触屏幕开始
kiosk-choose-language = 请选择您的语言
kiosk-done = 我做完了
kiosk-larger-text = 放大文字
idle-title = 您还在吗？
# $seconds counts down to 0, once a second.
idle-body = { $seconds ->
   *[other] 为了保护您答案的隐私，这个屏幕上的内容将在 { $seconds } 秒后清除。
}
idle-continue = 我还在

## Kiosk: QR codes to take things home on a phone, and the page a result's
## QR code opens. The QR code holds only the result and the language.

qr-link = 请用手机相机扫描，打开这个链接。
qr-result-title = 把这个结果带走
qr-result = 请用手机相机扫描，就可以在手机上看到这个结果。里面没有您的答案。
# The accessible name of a QR code picture. $address is a web address.
qr-label = { $address } 的二维码
shared-caption = 您在平板电脑上的结果
shared-note = 这个页面显示您做过的自测的结果。您的答案没有被保存，也没有被发送出去。
shared-take-check = 再做一次自测
